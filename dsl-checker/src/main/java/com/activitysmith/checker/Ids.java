package com.activitysmith.checker;

import com.activitysmith.exception.Violation;
import java.util.Map;

/**
 * The stable id of each kind of violation and the fix it suggests. Ids are the validators' own
 * rule names ({@code StepRange}, {@code maximum}) in upper camel case; a message that already says
 * how to fix it (the type rules' do) keeps its own words.
 */
final class Ids {
  private static final Map<String, String> RENAMED = Map.of("not", "RefusedValue");

  private static final Map<String, String> HINTS = Map.ofEntries(
      Map.entry("minimum", "raise the value"),
      Map.entry("maximum", "lower the value"),
      Map.entry("exclusiveMinimum", "give a larger value"),
      Map.entry("exclusiveMaximum", "give a smaller value"),
      Map.entry("minLength", "give a longer text"),
      Map.entry("maxLength", "shorten the text"),
      Map.entry("pattern", "change the text so that it matches"),
      Map.entry("not", "use an allowed scheme, such as https://"),
      Map.entry("format", "give a complete link, such as https://example.com/path"),
      Map.entry("minItems", "give more items"),
      Map.entry("maxItems", "give fewer items"),
      Map.entry("minProperties", "give more entries"),
      Map.entry("maxProperties", "give fewer entries"),
      Map.entry("maxJsonBytes", "send less data"),
      Map.entry("uniqueItems", "list each value once"),
      Map.entry("required", "set it"),
      Map.entry("type", "give a value of the right kind"));

  private Ids() {}

  /** {@code StepRange}, {@code Maximum}, {@code MaxItems}: the id shown as {@code [activitysmith:Id]}. */
  static String id(String rule) {
    String renamed = RENAMED.getOrDefault(rule, rule);
    return renamed.isEmpty() ? "Invalid" : Character.toUpperCase(renamed.charAt(0)) + renamed.substring(1);
  }

  /** The error text: id, the validator's message, and a fix unless the message has one. */
  static String message(Violation violation) {
    String text = violation.message();
    if (text.startsWith(" ")) {
      // The field's own name is empty (an empty metadata key): say where it is instead.
      text = violation.path() + text;
    }
    String hint = HINTS.get(violation.rule());
    if (hint != null && !text.contains(";")) {
      text = text + "; " + hint;
    }
    return "[activitysmith:" + id(violation.rule()) + "] " + text;
  }
}
