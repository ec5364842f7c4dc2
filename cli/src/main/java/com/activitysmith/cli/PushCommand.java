package com.activitysmith.cli;

import com.activitysmith.PushResult;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.util.List;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code activitysmith push}: sends a push notification. */
@Command(name = "push", mixinStandardHelpOptions = true,
    description = "Send a push notification to your devices.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  activitysmith push --title 'Build Failed 🚨' --message 'CI failed on main' --subtitle main",
        "  activitysmith push --title 'Homepage ready' --media https://cdn.example.com/v2.png \\",
        "      --redirection https://github.com/acme/web/pull/482",
        "  activitysmith push --title 'Deploy failed' --channels ops,oncall \\",
        "      --actions '[{\"title\":\"Open run\",\"type\":\"open_url\",\"url\":\"https://ci.example.com/runs/42\"}]'",
        "  activitysmith push --title 'Disk 95% full' --interruption-level time-sensitive --metadata '{\"host\":\"db-1\"}'",
        "  activitysmith --json push --simulator --title Hello"})
final class PushCommand extends CliCommand {
  @Option(names = "--title", required = true, paramLabel = "TEXT", description = "The notification's title.")
  String title;

  @Option(names = "--message", paramLabel = "TEXT", description = "The body text.")
  @Nullable String message;

  @Option(names = "--subtitle", paramLabel = "TEXT", description = "A line between title and message.")
  @Nullable String subtitle;

  @Option(names = "--media", paramLabel = "URL", description = "An https URL of an image, audio or video to attach; not with --actions.")
  @Nullable String media;

  @Option(names = "--redirection", paramLabel = "URL", description = "Where tapping the notification leads (https, or an app's deep link).")
  @Nullable String redirection;

  @Option(names = "--icon", paramLabel = "URL", description = "An https image URL shown instead of the app icon.")
  @Nullable String icon;

  @Option(names = "--interruption-level", paramLabel = "LEVEL",
      description = "passive, active (the default) or time-sensitive.")
  @Nullable String interruptionLevel;

  @Option(names = "--actions", paramLabel = "JSON",
      description = "Up to 4 long-press actions, a JSON array of {title, type: open_url|webhook, url, method?, body?}.")
  @Nullable String actions;

  @Option(names = "--actions-file", paramLabel = "FILE", description = "Read --actions' JSON from FILE ('-' for stdin).")
  @Nullable String actionsFile;

  @Mixin
  ChannelOptions channels;

  @Option(names = "--tags", split = ",", paramLabel = "TAG", description = "Tags to store with the notification (comma-separated).")
  @Nullable List<String> tags;

  @Mixin
  MetadataOptions metadata;

  @Override
  int run() {
    RequestBody body = new RequestBody(sources());
    body.put("title", title, "--title");
    body.put("message", message, "--message");
    body.put("subtitle", subtitle, "--subtitle");
    body.put("media", media, "--media");
    body.put("redirection", redirection, "--redirection");
    body.put("icon", icon, "--icon");
    body.put("interruption_level", interruptionLevel, "--interruption-level");
    JsonSources.Parsed list = files().read("--actions", actions, "--actions-file", actionsFile, "actions");
    if (list != null) {
      body.put("actions", list.value(), list.flag());
    }
    channels.apply(body);
    body.put("tags", tags, "--tags");
    metadata.apply(body, files());
    PushNotificationRequest request = body.decode(PushNotificationRequest.class);
    try (Connection connection = connect()) {
      PushResult result = connection.client().notifications().send(PushPayload.of(request));
      output().result(Results.push(result), Results.pushLine(result));
    }
    return ExitCodes.OK;
  }
}
