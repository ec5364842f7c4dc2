package com.activitysmith.cli;

import com.activitysmith.LiveActivity;
import com.activitysmith.StreamEndResult;
import com.activitysmith.StreamResult;
import com.activitysmith.UpdateResult;
import com.activitysmith.generated.model.ContentStateEnd;
import com.activitysmith.generated.model.ContentStateStart;
import com.activitysmith.generated.model.ContentStateUpdate;
import com.activitysmith.generated.model.LiveActivityEndRequest;
import com.activitysmith.generated.model.LiveActivityStartRequest;
import com.activitysmith.generated.model.LiveActivityStreamDeleteRequest;
import com.activitysmith.generated.model.LiveActivityStreamRequest;
import com.activitysmith.generated.model.LiveActivityUpdateRequest;
import com.activitysmith.generated.model.StreamContentState;
import com.activitysmith.payload.EndPayload;
import com.activitysmith.payload.StartPayload;
import com.activitysmith.payload.StreamEndPayload;
import com.activitysmith.payload.StreamPayload;
import com.activitysmith.payload.UpdatePayload;
import javax.annotation.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code activitysmith activity ...}: Live Activities by id (start, update, end) or by stream key. */
@Command(name = "activity", mixinStandardHelpOptions = true,
    description = "Start, update and end Live Activities, by activity id or by stream key.",
    subcommands = {
        ActivityCommand.Start.class,
        ActivityCommand.Update.class,
        ActivityCommand.End.class,
        ActivityCommand.Stream.class,
        ActivityCommand.EndStream.class},
    footerHeading = "%nExamples:%n",
    footer = {
        "  id=$(activitysmith --json activity start --title Deploy --type segmented_progress \\",
        "      --number-of-steps 4 --current-step 1 | jq -r .activity_id)",
        "  activitysmith activity update --activity-id \"$id\" --title Deploy --current-step 2",
        "  activitysmith activity end --activity-id \"$id\" --title Deploy --current-step 4 --color green",
        "  activitysmith activity stream backup --type progress --title Backup --percentage 42",
        "  activitysmith activity end-stream backup"})
final class ActivityCommand {
  private ActivityCommand() {}

  /** {@code activity start}. */
  @Command(name = "start", mixinStandardHelpOptions = true,
      description = "Start a Live Activity and print its id.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  activitysmith activity start --title Deploy --type segmented_progress --number-of-steps 4 --current-step 1",
          "  activitysmith activity start --title 'CPU' --type metrics --metrics '[{\"label\":\"CPU\",\"value\":42,\"unit\":\"%\"}]'",
          "  activitysmith activity start --content-state '{\"title\":\"Upload\",\"type\":\"progress\",\"upperLimit\":10,\"value\":3}'"})
  static final class Start extends CliCommand {
    @Mixin ContentOptions content;
    @Mixin ActionOptions actions;
    @Mixin ChannelOptions channels;
    @Mixin TagOptions tags;
    @Mixin MetadataOptions metadata;

    @Override
    int run() {
      RequestBody body = new RequestBody(sources());
      content.apply(body, files(), ContentStateStart.class);
      actions.apply(body, files());
      channels.apply(body);
      tags.apply(body);
      metadata.apply(body, files());
      LiveActivityStartRequest request = body.decode(LiveActivityStartRequest.class);
      try (Connection connection = connect()) {
        LiveActivity started = connection.client().liveActivities().start(StartPayload.of(request));
        output().result(Results.started(started), Results.startedLine(started));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code activity update}. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Replace the content of a running Live Activity.",
      footerHeading = "%nExamples:%n",
      footer = {"  activitysmith activity update --activity-id act_123 --title Deploy --current-step 3"})
  static final class Update extends CliCommand {
    @Option(names = "--activity-id", required = true, paramLabel = "ID", description = "The id 'activity start' printed.")
    String activityId;

    @Mixin ContentOptions content;
    @Mixin ActionOptions actions;
    @Mixin TagOptions tags;
    @Mixin MetadataOptions metadata;

    @Override
    int run() {
      RequestBody body = new RequestBody(sources());
      body.put("activity_id", activityId, "--activity-id");
      content.apply(body, files(), ContentStateUpdate.class);
      actions.apply(body, files());
      tags.apply(body);
      metadata.apply(body, files());
      LiveActivityUpdateRequest request = body.decode(LiveActivityUpdateRequest.class);
      try (Connection connection = connect()) {
        UpdateResult result = connection.client().liveActivities().update(activityId, UpdatePayload.of(request));
        output().result(Results.updated(result), Results.updatedLine("Updated", result));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code activity end}. */
  @Command(name = "end", mixinStandardHelpOptions = true,
      description = "Show a final state and end a Live Activity.",
      footerHeading = "%nExamples:%n",
      footer = {"  activitysmith activity end --activity-id act_123 --title Deploy --current-step 4 --color green --auto-dismiss-minutes 0"})
  static final class End extends CliCommand {
    @Option(names = "--activity-id", required = true, paramLabel = "ID", description = "The id 'activity start' printed.")
    String activityId;

    @Mixin ContentOptions content;
    @Mixin ActionOptions actions;
    @Mixin TagOptions tags;
    @Mixin MetadataOptions metadata;

    @Option(names = "--auto-dismiss-minutes", paramLabel = "MINUTES", description = "Remove it from the lock screen after this many minutes (0 = now).")
    @Nullable Integer autoDismissMinutes;

    @Override
    int run() {
      RequestBody body = new RequestBody(sources());
      body.put("activity_id", activityId, "--activity-id");
      content.apply(body, files(), ContentStateEnd.class);
      body.put("content_state.auto_dismiss_minutes", autoDismissMinutes, "--auto-dismiss-minutes");
      actions.apply(body, files());
      tags.apply(body);
      metadata.apply(body, files());
      LiveActivityEndRequest request = body.decode(LiveActivityEndRequest.class);
      try (Connection connection = connect()) {
        UpdateResult result = connection.client().liveActivities().end(activityId, EndPayload.of(request));
        output().result(Results.updated(result), Results.updatedLine("Ended", result));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code activity stream <key>}. */
  @Command(name = "stream", mixinStandardHelpOptions = true,
      description = "Send a stream's latest state: the first call starts a Live Activity, later ones update it.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  activitysmith activity stream deploy-api --type segmented_progress --title 'Deploy api' \\",
          "      --number-of-steps 4 --current-step 2 --channels ops",
          "  echo '{\"title\":\"Queue\",\"type\":\"metrics\",\"metrics\":[{\"label\":\"depth\",\"value\":42}]}' \\",
          "      | activitysmith activity stream queue --content-state-file -"})
  static final class Stream extends CliCommand {
    @Parameters(index = "0", paramLabel = "STREAM_KEY", description = "Names what the stream tracks: letters, digits, _ and -.")
    String streamKey;

    @Mixin ContentOptions content;
    @Mixin ActionOptions actions;
    @Mixin ChannelOptions channels;
    @Mixin TagOptions tags;
    @Mixin MetadataOptions metadata;

    @Option(names = "--auto-dismiss-minutes", paramLabel = "MINUTES", description = "When it ends, remove it after this many minutes.")
    @Nullable Integer autoDismissMinutes;

    @Option(names = "--auto-dismiss-seconds", paramLabel = "SECONDS", description = "When it ends, remove it after this many seconds.")
    @Nullable Integer autoDismissSeconds;

    @Override
    int run() {
      RequestBody body = new RequestBody(sources());
      content.apply(body, files(), StreamContentState.class);
      body.put("content_state.auto_dismiss_minutes", autoDismissMinutes, "--auto-dismiss-minutes");
      body.put("content_state.auto_dismiss_seconds", autoDismissSeconds, "--auto-dismiss-seconds");
      actions.apply(body, files());
      channels.apply(body);
      tags.apply(body);
      metadata.apply(body, files());
      LiveActivityStreamRequest request = body.decode(LiveActivityStreamRequest.class);
      try (Connection connection = connect()) {
        StreamResult result = connection.client().liveActivities().stream(streamKey, StreamPayload.of(request));
        output().result(Results.stream(result), Results.streamLine(result));
      }
      return ExitCodes.OK;
    }
  }

  /** {@code activity end-stream <key>}. */
  @Command(name = "end-stream", mixinStandardHelpOptions = true,
      description = "End a stream's Live Activity, with its latest state or the one given.",
      footerHeading = "%nExamples:%n",
      footer = {
          "  activitysmith activity end-stream deploy-api",
          "  activitysmith activity end-stream deploy-api --title 'Deploy api' --current-step 4 --color green --auto-dismiss-seconds 30"})
  static final class EndStream extends CliCommand {
    @Parameters(index = "0", paramLabel = "STREAM_KEY", description = "The stream to end.")
    String streamKey;

    @Mixin ContentOptions content;
    @Mixin ActionOptions actions;
    @Mixin TagOptions tags;
    @Mixin MetadataOptions metadata;

    @Option(names = "--auto-dismiss-minutes", paramLabel = "MINUTES", description = "Remove it after this many minutes (0 = now).")
    @Nullable Integer autoDismissMinutes;

    @Option(names = "--auto-dismiss-seconds", paramLabel = "SECONDS", description = "Remove it after this many seconds.")
    @Nullable Integer autoDismissSeconds;

    @Override
    int run() {
      RequestBody body = new RequestBody(sources());
      content.apply(body, files(), StreamContentState.class);
      body.put("content_state.auto_dismiss_minutes", autoDismissMinutes, "--auto-dismiss-minutes");
      body.put("content_state.auto_dismiss_seconds", autoDismissSeconds, "--auto-dismiss-seconds");
      actions.apply(body, files());
      tags.apply(body);
      metadata.apply(body, files());
      LiveActivityStreamDeleteRequest request = body.isEmpty() ? null : body.decode(LiveActivityStreamDeleteRequest.class);
      try (Connection connection = connect()) {
        StreamEndResult result = request == null
            ? connection.client().liveActivities().endStream(streamKey)
            : connection.client().liveActivities().endStream(streamKey, StreamEndPayload.of(request));
        output().result(Results.streamEnded(result), Results.streamEndedLine(result));
      }
      return ExitCodes.OK;
    }
  }
}
