package com.activitysmith.cli;

import java.util.List;
import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/** Which devices: only those subscribed to these channels ({@code target.channels}). */
final class ChannelOptions {
  @Option(names = "--channels", split = ",", paramLabel = "SLUG",
      description = "Send only to devices on these channels (comma-separated slugs).")
  @Nullable List<String> channels;

  void apply(RequestBody body) {
    body.put("target.channels", channels, "--channels");
  }
}
