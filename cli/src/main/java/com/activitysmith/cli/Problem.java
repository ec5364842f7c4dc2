package com.activitysmith.cli;

import static java.util.Objects.requireNonNull;

import javax.annotation.Nullable;

/**
 * One thing wrong with the input, with where it is: the flag that carries it (when one does) and
 * its JSON path in the request body.
 *
 * @param flag the option that gave the value, such as {@code --current-step}, or null
 * @param path the JSON path in the request, such as {@code content_state.metrics[2].value}; empty for the body
 * @param rule the rule broken, such as {@code maximum} or {@code StepRange}
 * @param message what is wrong and what to change
 */
record Problem(@Nullable String flag, String path, String rule, String message) {
  Problem {
    requireNonNull(path, "path == null");
    requireNonNull(rule, "rule == null");
    requireNonNull(message, "message == null");
  }

  /** {@code --current-step (content_state.current_step): must be at most 4 [StepRange]}. */
  String describe() {
    String where = flag == null ? (path.isEmpty() ? "request" : path)
        : path.isEmpty() ? flag : flag + " (" + path + ")";
    return where + ": " + message + " [" + rule + "]";
  }
}
