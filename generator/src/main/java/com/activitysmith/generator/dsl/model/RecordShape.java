package com.activitysmith.generator.dsl.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Optional;

/**
 * A generated model record as the DSL writer sees it: its class and its components in
 * constructor order, each with its wire name and Java type. Read from the compiled records, so
 * the DSL constructs exactly the records the client sends.
 *
 * @param type the record class
 * @param components the components, in the canonical constructor's order
 */
public record RecordShape(ClassName type, List<Component> components) {
  /**
   * Copies the components.
   *
   * @param type the record class
   * @param components the components, in the canonical constructor's order
   */
  public RecordShape {
    components = List.copyOf(components);
  }

  /**
   * One component.
   *
   * @param wireName its JSON name ({@code number_of_steps})
   * @param type its Java type
   * @param nested the shape of its record type when the DSL fills that record too ({@code content_state})
   */
  public record Component(String wireName, TypeName type, Optional<RecordShape> nested) {}

  /**
   * The component with this wire name.
   *
   * @param wireName the JSON name
   * @return its index, or -1
   */
  public int indexOf(String wireName) {
    for (int i = 0; i < components.size(); i++) {
      if (components.get(i).wireName().equals(wireName)) {
        return i;
      }
    }
    return -1;
  }
}
