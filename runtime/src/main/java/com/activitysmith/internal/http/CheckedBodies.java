package com.activitysmith.internal.http;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.ApiOperation;
import com.activitysmith.internal.call.Operation;
import com.activitysmith.internal.validation.PreSendValidation;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Validates a request body just before it is written as JSON, so that what JSON cannot carry
 * (a NaN or an object of no JSON type in a free-form value, nesting without end) becomes a
 * {@link com.activitysmith.exception.ValidationException} naming the field instead of the JSON
 * writer's failure. Retrofit writes the body when the call's request is first built, which
 * {@code ApiCaller} does before anything is sent; a body is validated exactly once.
 */
final class CheckedBodies extends Converter.Factory {
  private final PreSendValidation validation;
  private final Converter.Factory json;

  CheckedBodies(PreSendValidation validation, Converter.Factory json) {
    this.validation = requireNonNull(validation, "validation == null");
    this.json = requireNonNull(json, "json == null");
  }

  @Override
  @SuppressWarnings("unchecked")
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    Converter<Object, RequestBody> write =
        (Converter<Object, RequestBody>) json.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
    String operationId = operationOf(type);
    if (write == null || operationId == null) {
      return write;
    }
    return body -> {
      // An optional body (a stream's DELETE) arrives as an Optional; an empty one has nothing to check.
      Object value = body instanceof java.util.Optional<?> optional ? optional.orElse(null) : body;
      validation.check(new Operation(operationId, false, false, value));
      return write.convert(body);
    };
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
    return json.responseBodyConverter(type, annotations, retrofit);
  }

  /** The operation whose request body has this type (or is an {@code Optional} of it); each operation has its own. */
  private static String operationOf(Type type) {
    if (type instanceof java.lang.reflect.ParameterizedType p && p.getRawType() == java.util.Optional.class) {
      type = p.getActualTypeArguments()[0];
    }
    for (ApiOperation op : ApiOperation.values()) {
      if (type.equals(op.bodyType())) {
        return op.id();
      }
    }
    return null;
  }
}
