package com.activitysmith.cli;

import java.math.BigDecimal;
import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/**
 * The content state of a Live Activity, as flags or as one JSON object: {@code --content-state}
 * takes the spec's snake_case keys or the camelCase ones alike; flags win over the object.
 */
final class ContentOptions {
  @Option(names = "--content-state", paramLabel = "JSON",
      description = "The whole content state as a JSON object (snake_case or camelCase keys); flags override its fields.")
  @Nullable String contentState;

  @Option(names = "--content-state-file", paramLabel = "FILE", description = "Read the content state JSON from FILE ('-' for stdin).")
  @Nullable String contentStateFile;

  @Option(names = "--title", paramLabel = "TEXT", description = "Headline of the Live Activity (required in every content state).")
  @Nullable String title;

  @Option(names = "--subtitle", paramLabel = "TEXT", description = "Line under the title.")
  @Nullable String subtitle;

  @Option(names = "--type", paramLabel = "TYPE",
      description = "segmented_progress, progress, metrics, stats, alert, timer or value; required when starting.")
  @Nullable String type;

  @Option(names = "--message", paramLabel = "TEXT", description = "alert: the text of the alert.")
  @Nullable String message;

  @Option(names = "--number-of-steps", paramLabel = "N", description = "segmented_progress: how many segments the bar has.")
  @Nullable Integer numberOfSteps;

  @Option(names = "--current-step", paramLabel = "N", description = "segmented_progress: how many segments are complete (0..number of steps).")
  @Nullable Integer currentStep;

  @Option(names = "--percentage", paramLabel = "0-100", description = "progress: completion in percent.")
  @Nullable BigDecimal percentage;

  @Option(names = "--value", paramLabel = "NUMBER|TEXT",
      description = "value: the big value shown, a number or a text kept as written ('$48,210'); progress: the current number, with --upper-limit.")
  @Nullable String value;

  @Option(names = "--upper-limit", paramLabel = "NUMBER", description = "progress: the value that means done.")
  @Nullable BigDecimal upperLimit;

  @Option(names = "--duration-seconds", paramLabel = "SECONDS", description = "timer: the countdown's length; sending it restarts the timer.")
  @Nullable BigDecimal durationSeconds;

  @Option(names = "--counts-down", arity = "0..1", paramLabel = "true|false",
      description = "timer: --counts-down=false makes an open-ended count-up timer.")
  @Nullable Boolean countsDown;

  @Option(names = "--color", paramLabel = "COLOR", description = "lime, green, cyan, blue, purple, magenta, red, orange, yellow or gray.")
  @Nullable String color;

  @Option(names = "--step-color", paramLabel = "COLOR", description = "segmented_progress: the color of completed steps.")
  @Nullable String stepColor;

  @Option(names = "--icon-symbol", paramLabel = "SF_SYMBOL", description = "An SF Symbol shown with the activity, e.g. hammer.fill.")
  @Nullable String iconSymbol;

  @Option(names = "--icon-color", paramLabel = "COLOR", description = "The icon's color.")
  @Nullable String iconColor;

  @Option(names = "--badge-title", paramLabel = "TEXT", description = "A small badge on the activity.")
  @Nullable String badgeTitle;

  @Option(names = "--badge-color", paramLabel = "COLOR", description = "The badge's color.")
  @Nullable String badgeColor;

  @Option(names = "--metrics", paramLabel = "JSON",
      description = "metrics/stats: a JSON array of 1-8 {label, value, unit?, color?}.")
  @Nullable String metrics;

  @Option(names = "--metrics-file", paramLabel = "FILE", description = "Read the metrics JSON array from FILE ('-' for stdin).")
  @Nullable String metricsFile;

  /** A JSON number as written on the command line is sent as a number, anything else as text. */
  static Object numberOrText(String text) {
    BigDecimal number = MetricsCommand.Update.number(text);
    return number != null ? number : text;
  }

  /** Whether any content flag or document was given. */
  boolean anySet() {
    return contentState != null || contentStateFile != null || title != null || subtitle != null || type != null
        || message != null || numberOfSteps != null || currentStep != null || percentage != null || value != null
        || upperLimit != null || durationSeconds != null || countsDown != null || color != null || stepColor != null
        || iconSymbol != null || iconColor != null || badgeTitle != null || badgeColor != null || metrics != null
        || metricsFile != null;
  }

  /** Puts the content state into the body at {@code content_state}, checked against the given content-state record. */
  void apply(RequestBody body, JsonSources files, Class<?> contentStateType) {
    JsonSources.Parsed document = files.read("--content-state", contentState, "--content-state-file", contentStateFile, "content_state");
    if (document != null) {
      body.merge("content_state", contentStateType, document);
    }
    body.put("content_state.title", title, "--title");
    body.put("content_state.subtitle", subtitle, "--subtitle");
    body.put("content_state.type", type, "--type");
    body.put("content_state.message", message, "--message");
    body.put("content_state.number_of_steps", numberOfSteps, "--number-of-steps");
    body.put("content_state.current_step", currentStep, "--current-step");
    body.put("content_state.percentage", percentage, "--percentage");
    body.put("content_state.value", value == null ? null : numberOrText(value), "--value");
    body.put("content_state.upper_limit", upperLimit, "--upper-limit");
    body.put("content_state.duration_seconds", durationSeconds, "--duration-seconds");
    body.put("content_state.counts_down", countsDown, "--counts-down");
    body.put("content_state.color", color, "--color");
    body.put("content_state.step_color", stepColor, "--step-color");
    body.put("content_state.icon.symbol", iconSymbol, "--icon-symbol");
    body.put("content_state.icon.color", iconColor, "--icon-color");
    body.put("content_state.badge.title", badgeTitle, "--badge-title");
    body.put("content_state.badge.color", badgeColor, "--badge-color");
    JsonSources.Parsed metricList = files.read("--metrics", metrics, "--metrics-file", metricsFile, "content_state.metrics");
    if (metricList != null) {
      body.put("content_state.metrics", metricList.value(), metricList.flag());
    }
  }
}
