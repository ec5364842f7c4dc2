package com.activitysmith.cli;

import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/** A Live Activity's buttons, each a JSON object {title, type: open_url|webhook, url, method?, body?}. */
final class ActionOptions {
  @Option(names = "--action", paramLabel = "JSON", description = "The button: {\"title\", \"type\": open_url|webhook, \"url\", \"method\"?, \"body\"?}.")
  @Nullable String action;

  @Option(names = "--action-file", paramLabel = "FILE", description = "Read --action's JSON from FILE ('-' for stdin).")
  @Nullable String actionFile;

  @Option(names = "--secondary-action", paramLabel = "JSON", description = "A second button, same shape as --action.")
  @Nullable String secondaryAction;

  @Option(names = "--secondary-action-file", paramLabel = "FILE", description = "Read --secondary-action's JSON from FILE ('-' for stdin).")
  @Nullable String secondaryActionFile;

  boolean anySet() {
    return action != null || actionFile != null || secondaryAction != null || secondaryActionFile != null;
  }

  void apply(RequestBody body, JsonSources files) {
    JsonSources.Parsed first = files.read("--action", action, "--action-file", actionFile, "action");
    if (first != null) {
      body.put("action", first.value(), first.flag());
    }
    JsonSources.Parsed second = files.read("--secondary-action", secondaryAction, "--secondary-action-file", secondaryActionFile, "secondary_action");
    if (second != null) {
      body.put("secondary_action", second.value(), second.flag());
    }
  }
}
