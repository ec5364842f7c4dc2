package com.activitysmith.internal.http;

import java.io.IOException;

/** A successful response's body exceeded the client's cap; raised while reading, before decoding. */
public final class BodyTooLargeException extends IOException {
  private final long limitBytes;

  BodyTooLargeException(long limitBytes) {
    super("response body exceeds " + limitBytes + " bytes");
    this.limitBytes = limitBytes;
  }

  /** The cap the body exceeded. */
  public long limitBytes() {
    return limitBytes;
  }
}
