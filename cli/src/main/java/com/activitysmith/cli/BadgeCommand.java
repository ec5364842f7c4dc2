package com.activitysmith.cli;

import com.activitysmith.BadgeResult;
import com.activitysmith.Badges;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code activitysmith badge <count>}: sets the number on the app icon. */
@Command(name = "badge", aliases = "badge-count", mixinStandardHelpOptions = true,
    description = "Set the number on the ActivitySmith app icon (0 clears it).",
    footerHeading = "%nExamples:%n",
    footer = {"  activitysmith badge 3", "  activitysmith badge-count 0 --channels ops"})
final class BadgeCommand extends CliCommand {
  @Parameters(index = "0", paramLabel = "COUNT", description = "0 to 2147483647.")
  int count;

  @Mixin
  ChannelOptions channels;

  @Override
  int run() {
    sources().record("badge", "COUNT");
    sources().record("target.channels", "--channels");
    try (Connection connection = connect()) {
      Badges badges = connection.client().badges();
      List<String> slugs = channels.channels;
      if (slugs != null && !slugs.isEmpty()) {
        badges = badges.channels(slugs.get(0), slugs.subList(1, slugs.size()).toArray(String[]::new));
      }
      BadgeResult result = badges.set(count);
      output().result(Results.badge(result), Results.badgeLine(result));
    }
    return ExitCodes.OK;
  }
}
