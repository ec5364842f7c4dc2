package com.activitysmith.generator.dsl.model;

import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.List;

/**
 * One method of a step: a name and the keys it sets, in order.
 *
 * @param name the Java method name
 * @param setters what it sets
 */
public record DslMethod(String name, List<Setter> setters) {
  /**
   * Copies the setters.
   *
   * @param name the Java method name
   * @param setters what it sets
   */
  public DslMethod {
    setters = List.copyOf(setters);
  }

  /**
   * All parameters, in setter order.
   *
   * @return the parameters
   */
  public List<ParameterSpec> params() {
    List<ParameterSpec> out = new ArrayList<>();
    setters.forEach(s -> out.addAll(s.params()));
    return out;
  }

  /**
   * Whether the last parameter is a varargs array.
   *
   * @return true for a varargs method
   */
  public boolean varargs() {
    List<ParameterSpec> params = params();
    return !params.isEmpty() && params.get(params.size() - 1).type() instanceof com.palantir.javapoet.ArrayTypeName;
  }

  /**
   * Name and erased parameter types, for clash checks.
   *
   * @return the signature, such as {@code step(int,)}
   */
  public String signature() {
    StringBuilder sb = new StringBuilder(name).append('(');
    for (ParameterSpec p : params()) {
      TypeName t = p.type();
      sb.append(t).append(',');
    }
    return sb.append(')').toString();
  }

  /**
   * The wire keys it sets, for Javadoc.
   *
   * @return the keys as inline code tags, comma-separated
   */
  public String keys() {
    return String.join(", ", setters.stream().map(s -> "{@code " + s.key() + "}").toList());
  }
}
