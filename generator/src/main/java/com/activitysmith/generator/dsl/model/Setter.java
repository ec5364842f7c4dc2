package com.activitysmith.generator.dsl.model;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import java.util.List;

/**
 * Sets one wire key from a DSL method's parameters.
 *
 * @param key the wire name ({@code current_step})
 * @param request whether the key belongs to the request rather than its content state
 * @param params the parameters it takes (none for a fixed value)
 * @param value the expression producing the wire value from those parameters
 * @param doc what the key means, for Javadoc
 */
public record Setter(String key, boolean request, List<ParameterSpec> params, CodeBlock value, String doc) {
  /**
   * Copies the parameters.
   *
   * @param key the wire name ({@code current_step})
   * @param request whether the key belongs to the request rather than its content state
   * @param params the parameters it takes (none for a fixed value)
   * @param value the expression producing the wire value from those parameters
   * @param doc what the key means, for Javadoc
   */
  public Setter {
    params = List.copyOf(params);
  }
}
