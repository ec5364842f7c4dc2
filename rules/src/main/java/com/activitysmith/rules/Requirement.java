package com.activitysmith.rules;

import java.util.List;
import java.util.Objects;

/** One entry of a type's {@code requires} list for a phase. */
public sealed interface Requirement {

  /**
   * Whether a content state (as a JSON object) meets this requirement.
   *
   * @param state the content state
   * @return true when the state meets it
   */
  boolean isMetBy(java.util.Map<String, ?> state);

  /** The field must be present. */
  record Field(String name) implements Requirement {
    /**
     * Checks that the name is present.
     *
     * @param name the name
     */
    public Field {
      Objects.requireNonNull(name, "name == null");
    }

    @Override
    public boolean isMetBy(java.util.Map<String, ?> state) {
      return state.get(name) != null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The field must be present with this exact value ({@code counts_down=false}). */
  record FixedValue(String name, Object value) implements Requirement {
    /**
     * Checks that name and value are present.
     *
     * @param name the name
     * @param value the value
     */
    public FixedValue {
      Objects.requireNonNull(name, "name == null");
      Objects.requireNonNull(value, "value == null");
    }

    @Override
    public boolean isMetBy(java.util.Map<String, ?> state) {
      Object actual = state.get(name);
      return actual != null && String.valueOf(actual).equals(String.valueOf(value));
    }

    @Override
    public String toString() {
      return name + "=" + value;
    }
  }

  /** One of the groups must be met in full. */
  record OneOf(List<List<Requirement>> groups) implements Requirement {
    /**
     * Copies the groups.
     *
     * @param groups the groups
     */
    public OneOf {
      groups = groups.stream().map(List::copyOf).toList();
    }

    @Override
    public boolean isMetBy(java.util.Map<String, ?> state) {
      return groups.stream().anyMatch(group -> group.stream().allMatch(r -> r.isMetBy(state)));
    }

    @Override
    public String toString() {
      return groups.stream().map(g -> g.stream().map(Object::toString).reduce((a, b) -> a + " + " + b).orElse("nothing"))
          .reduce((a, b) -> a + " or " + b).orElse("");
    }
  }
}
