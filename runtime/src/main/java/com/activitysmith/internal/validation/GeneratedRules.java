package com.activitysmith.internal.validation;

import com.activitysmith.exception.Violation;
import com.activitysmith.generated.validation.RequestRules;
import java.util.List;

/**
 * The client's validator: the rules compiled from the spec at build time ({@link RequestRules}),
 * the same code the simulator answers its 400s with. Reads no spec and builds no JSON tree.
 * Thread-safe.
 */
public final class GeneratedRules implements RequestValidator {
  @Override
  public List<Violation> validate(String operationId, Object body) {
    return RequestRules.validate(operationId, body);
  }

  @Override
  public List<Violation> validatePathParameter(String operationId, String name, String value) {
    return RequestRules.validatePathParameter(operationId, name, value);
  }

  @Override
  public String toString() {
    return "GeneratedRules";
  }
}
