package com.activitysmith.bench;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.validation.PreSendValidation;
import com.activitysmith.internal.validation.GeneratedRules;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * What the client does with a payload before any byte reaches the network: the same validation
 * step and the same Moshi the client uses. The one place that names the runtime's internals, so
 * a change there is a change here only.
 */
public final class SdkPath {
  private static final Moshi MOSHI = JsonSupport.moshi();
  private static final PreSendValidation VALIDATION = new PreSendValidation(new GeneratedRules());

  private SdkPath() {}

  /** Validates the request body as the client does before sending; throws on a violation. */
  public static void validate(String operationId, Object request) {
    VALIDATION.check(new Operation(operationId, false, false, request));
  }

  /** The request body's bytes, written as Retrofit's Moshi converter writes them. */
  public static byte[] serialize(Object request) {
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) MOSHI.adapter(request.getClass());
    Buffer buffer = new Buffer();
    try {
      adapter.toJson(buffer, request);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return buffer.readByteArray();
  }
}
