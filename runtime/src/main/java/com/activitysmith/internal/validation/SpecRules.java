package com.activitysmith.internal.validation;

import static java.util.Objects.requireNonNull;

import com.activitysmith.rules.Violation;
import com.activitysmith.rules.ApiRules;
import java.util.List;
import java.util.function.Supplier;

/**
 * The client's validator: the spec's schemas and per-type Live Activity rules, as {@link ApiRules}
 * reads them from the spec this SDK was built from. The same rules drive the DSL and the simulator,
 * so the client holds no copy of any of them. Thread-safe.
 */
public final class SpecRules implements RequestValidator {
  private final Supplier<ApiRules> rules;

  /** Uses the bundled spec, read on first use. */
  public SpecRules() {
    this(ApiRules::fromSpec);
  }

  SpecRules(Supplier<ApiRules> rules) {
    this.rules = requireNonNull(rules, "rules == null");
  }

  @Override
  public List<Violation> validate(String operationId, Object jsonTree) {
    return rules.get().validate(operationId, jsonTree);
  }

  @Override
  public List<Violation> validatePathParameter(String operationId, String name, String value) {
    return rules.get().validatePathParameter(operationId, name, value);
  }

  @Override
  public String toString() {
    return "SpecRules";
  }
}
