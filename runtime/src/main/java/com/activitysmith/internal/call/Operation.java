package com.activitysmith.internal.call;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.ApiOperation;
import com.activitysmith.generated.Idempotent;
import com.activitysmith.generated.model.NoRecipientsError;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;
import okhttp3.Request;
import retrofit2.Invocation;
import retrofit2.http.Body;

/**
 * What the client knows about a request from the generated Retrofit method that made it, read
 * from Retrofit's {@link Invocation} tag: nothing here is a hand-written list of operations.
 *
 * @param id the operation id (the generated method's name), such as {@code sendPushNotification}
 * @param idempotent whether the method carries {@link Idempotent}: repeating it is safe
 * @param targetable whether the spec's 404 response for the operation is {@code NoRecipientsError}
 *     (push, start, stream, badge: no device matched), rather than "the named thing does not exist"
 * @param body the request body model, or null when the request has none
 */
public record Operation(String id, boolean idempotent, boolean targetable, @Nullable Object body) {
  /** Checks the id is present. */
  public Operation {
    requireNonNull(id, "id == null");
  }

  /** Reads the operation of a request Retrofit built from a generated interface. */
  public static Operation of(Request request) {
    requireNonNull(request, "request == null");
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      throw new IllegalStateException("Request " + request.method() + " " + request.url().encodedPath()
          + " was not made by a generated Retrofit interface");
    }
    Shape shape = SHAPES.computeIfAbsent(invocation.method(), Shape::of);
    Object body = null;
    if (shape.bodyIndex() >= 0) {
      Object argument = invocation.arguments().get(shape.bodyIndex());
      body = argument instanceof Optional<?> optional ? optional.orElse(null) : argument;
    }
    return new Operation(shape.id(), shape.idempotent(), shape.targetable(), body);
  }

  private static final Map<Method, Shape> SHAPES = new ConcurrentHashMap<>();

  /** What a generated method says about its operation; read by reflection once per method. */
  private record Shape(String id, boolean idempotent, boolean targetable, int bodyIndex) {
    static Shape of(Method method) {
      int bodyIndex = bodyParameterIndex(method);
      boolean targetable = NoRecipientsError.class.getSimpleName()
          .equals(ApiOperation.of(method.getName()).responseSchema(404));
      return new Shape(method.getName(), method.isAnnotationPresent(Idempotent.class), targetable, bodyIndex);
    }
  }

  private static int bodyParameterIndex(Method method) {
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      if (Arrays.stream(annotations[i]).anyMatch(Body.class::isInstance)) {
        return i;
      }
    }
    return -1;
  }
}
