package com.activitysmith.internal.validation;

import static java.util.Objects.requireNonNull;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.internal.call.Operation;
import java.util.List;

/**
 * The one validation step every request passes before any network I/O: each path parameter and
 * the body record are handed to the {@link RequestValidator}. Thread-safe.
 */
public final class PreSendValidation {
  private final RequestValidator validator;

  /** Creates the step around a validator. */
  public PreSendValidation(RequestValidator validator) {
    this.validator = requireNonNull(validator, "validator == null");
  }

  /**
   * Validates the operation's body, if it has one.
   *
   * @throws ValidationException listing every violation found
   */
  public void check(Operation operation) {
    Object body = operation.body();
    if (body == null) {
      return;
    }
    List<Violation> violations = validator.validate(operation.id(), body);
    if (violations == null) {
      throw new IllegalStateException(validator + " returned null for " + operation.id());
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(operation.id(), violations);
    }
  }

  /**
   * Validates a path parameter before it is put into a request.
   *
   * @return the value
   * @throws ValidationException listing every violation found
   */
  public String checkPathParameter(String operationId, String name, String value) {
    requireNonNull(value, name + " == null");
    List<Violation> violations = validator.validatePathParameter(operationId, name, value);
    if (violations == null) {
      throw new IllegalStateException(validator + " returned null for " + operationId + " " + name);
    }
    if (!violations.isEmpty()) {
      throw new ValidationException(operationId, violations);
    }
    return value;
  }
}
