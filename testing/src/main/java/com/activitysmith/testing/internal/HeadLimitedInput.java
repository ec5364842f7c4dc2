package com.activitysmith.testing.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A connection's input that refuses a request head (request line and headers) longer than a
 * limit: the caller gets {@code 431} and the connection closes, before the server holds more than
 * the limit in memory. It follows HTTP/1.1 framing across keep-alive requests: after each head it
 * lets the {@code Content-Length} body through uncounted; after a chunked body, which it does not
 * parse, it stops counting for the rest of that connection.
 */
final class HeadLimitedInput extends FilterInputStream {
  private final Socket socket;
  private final int limit;
  private final StringBuilder head = new StringBuilder();
  private boolean inHead = true;
  private boolean untracked;
  private int headBytes;
  private int lineLength;
  private long bodyLeft;

  HeadLimitedInput(InputStream in, Socket socket, int limit) {
    super(in);
    this.socket = socket;
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int n = in.read(b, off, len);
    if (n <= 0 || untracked) {
      return n;
    }
    int i = off;
    int end = off + n;
    while (i < end && !untracked) {
      if (!inHead) {
        long skip = Math.min(bodyLeft, end - i);
        i += (int) skip;
        bodyLeft -= skip;
        if (bodyLeft == 0) {
          startHead();
        }
        continue;
      }
      char c = (char) (b[i++] & 0xff);
      if (++headBytes > limit) {
        refuse();
      }
      head.append(c);
      if (c == '\n') {
        if (lineLength == 0 && headBytes > 2) {
          endHead();
        }
        lineLength = 0;
      } else if (c != '\r') {
        lineLength++;
      }
    }
    return n;
  }

  private void startHead() {
    inHead = true;
    head.setLength(0);
    headBytes = 0;
    lineLength = 0;
  }

  private void endHead() {
    long length = 0;
    for (String line : head.toString().split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
        untracked = true;
        return;
      }
      if (name.equals("content-length")) {
        try {
          length = Long.parseLong(value);
        } catch (NumberFormatException e) {
          length = 0; // the server answers the malformed header itself
        }
      }
    }
    if (length > 0) {
      inHead = false;
      bodyLeft = length;
    } else {
      startHead();
    }
  }

  private void refuse() throws IOException {
    String body = "{\"error\":\"Request Header Fields Too Large\",\"message\":\"The request line and headers take more than "
        + limit + " bytes; send fewer or shorter headers\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    try {
      OutputStream out = socket.getOutputStream();
      out.write(("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/json; charset=utf-8\r\n"
          + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(bytes);
      out.flush();
    } finally {
      socket.close();
    }
    throw new IOException("request head over " + limit + " bytes");
  }
}
