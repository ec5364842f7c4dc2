package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over one {@link LiveActivityCard}. Obtain it from {@link SimulatorAssert} or {@link
 * SimulatorAssertions#assertThat(LiveActivityCard)}.
 */
public final class LiveActivityCardAssert extends AbstractAssert<LiveActivityCardAssert, LiveActivityCard> {
  LiveActivityCardAssert(LiveActivityCard actual) {
    super(actual, LiveActivityCardAssert.class);
  }

  /**
   * Checks that it is still running.
   *
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert isActive() {
    isNotNull();
    if (!actual.isActive()) {
      failWithMessage("Expected Live Activity <%s> to be running but it ended at %s: %s", actual.title(),
          actual.endedAt(), actual.describe());
    }
    return this;
  }

  /**
   * Checks that it has ended.
   *
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert isEnded() {
    isNotNull();
    if (actual.isActive()) {
      failWithMessage("Expected Live Activity <%s> to have ended but it is running: %s", actual.title(), actual.describe());
    }
    return this;
  }

  /**
   * Checks its type's wire name, such as {@code segmented_progress}.
   *
   * @param type the expected wire name
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasType(String type) {
    isNotNull();
    if (!actual.type().equals(type)) {
      failWithMessage("Expected Live Activity <%s> to be of type <%s> but was <%s>", actual.title(), type, actual.type());
    }
    return this;
  }

  /**
   * Checks its title.
   *
   * @param title the expected title
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasTitle(String title) {
    return hasField("title", title);
  }

  /**
   * Checks {@code current_step}.
   *
   * @param step the expected current step
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert atStep(int step) {
    return hasField("current_step", step);
  }

  /**
   * Checks {@code number_of_steps}.
   *
   * @param steps the expected number of steps
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert ofSteps(int steps) {
    return hasField("number_of_steps", steps);
  }

  /**
   * Checks {@code percentage}.
   *
   * @param percentage the expected percentage, compared by value
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert atPercentage(Number percentage) {
    return hasField("percentage", percentage);
  }

  /**
   * Checks {@code subtitle}.
   *
   * @param subtitle the expected subtitle
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasSubtitle(String subtitle) {
    return hasField("subtitle", subtitle);
  }

  /**
   * Checks {@code message}.
   *
   * @param message the expected message
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasMessage(String message) {
    return hasField("message", message);
  }

  /**
   * Checks one content-state field: numbers compare by value (3 equals 3.0), other values with
   * {@code equals} against the JSON tree (strings, booleans, maps, lists).
   *
   * @param field the content-state field's wire name, such as {@code current_step}
   * @param expected the value it should hold
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasField(String field, Object expected) {
    requireNonNull(field, "field == null");
    isNotNull();
    Object value = actual.contentState().get(field);
    if (!actual.contentState().containsKey(field)) {
      failWithMessage("Expected Live Activity <%s> to have %s <%s> but it has no %s; content state: %s",
          actual.title(), field, expected, field, actual.contentState());
    } else if (!SimulatorAssert.Values.same(value, expected)) {
      failWithMessage("Expected Live Activity <%s> to have %s <%s> but was <%s>", actual.title(), field, expected,
          value instanceof BigDecimal n ? com.activitysmith.testing.internal.Numbers.text(n) : value);
    }
    return this;
  }

  /**
   * Checks its stored tags, in order.
   *
   * @param tags the expected tags, in order
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasTags(String... tags) {
    isNotNull();
    List<String> expected = Arrays.asList(tags);
    if (!actual.tags().equals(expected)) {
      failWithMessage("Expected Live Activity <%s> to have tags %s but had %s", actual.title(), expected, actual.tags());
    }
    return this;
  }

  /**
   * Checks one stored metadata entry: numbers compare by value, strings and booleans with equals.
   *
   * @param key the metadata key
   * @param expected the value it should hold
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasMetadata(String key, Object expected) {
    requireNonNull(key, "key == null");
    isNotNull();
    if (!actual.metadata().containsKey(key)) {
      failWithMessage("Expected Live Activity <%s> to have metadata %s <%s> but its metadata is %s", actual.title(), key,
          expected, actual.metadata());
    } else if (!SimulatorAssert.Values.same(actual.metadata().get(key), expected)) {
      failWithMessage("Expected Live Activity <%s> to have metadata %s <%s> but was <%s>", actual.title(), key, expected,
          actual.metadata().get(key));
    }
    return this;
  }

  /**
   * Checks that it stores no metadata (none sent, or cleared with {@code {}}).
   *
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasNoMetadata() {
    isNotNull();
    if (!actual.metadata().isEmpty()) {
      failWithMessage("Expected Live Activity <%s> to have no metadata but had %s", actual.title(), actual.metadata());
    }
    return this;
  }

  /**
   * Checks {@code value}: a number (compared by value) or a text such as {@code "$48,210"}.
   *
   * @param value the expected number or text
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasValue(Object value) {
    return hasField("value", value);
  }

  /**
   * Checks how many updates reached the devices after the start (noops are not counted).
   *
   * @param changes the expected number of delivered updates
   * @return this assertion, for more checks
   */
  public LiveActivityCardAssert hasChanges(int changes) {
    isNotNull();
    if (actual.changes() != changes) {
      failWithMessage("Expected Live Activity <%s> to have changed %s time(s) after its start but it changed %s time(s)",
          actual.title(), changes, actual.changes());
    }
    return this;
  }
}
