package com.activitysmith.dsl;

import com.activitysmith.generated.JsonSupport;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.validation.RequestRules;
import java.util.List;

/** Test helper: a request record as the client would send it, and the compiled rules' verdict on it. */
final class WireJson {
  private WireJson() {}

  @SuppressWarnings("unchecked")
  static String of(Object record) {
    return JsonSupport.moshi().adapter((Class<Object>) record.getClass()).toJson(record);
  }

  static List<Violation> violations(String operationId, Object record) {
    return RequestRules.validate(operationId, record);
  }
}
