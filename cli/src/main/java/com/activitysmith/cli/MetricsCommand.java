package com.activitysmith.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code activitysmith metrics update <key> <value>}: records a lock-screen widget metric. */
@Command(name = "metrics", aliases = "metric", mixinStandardHelpOptions = true,
    description = "Lock-screen widget metrics.",
    subcommands = MetricsCommand.Update.class,
    footerHeading = "%nExamples:%n",
    footer = {"  activitysmith metrics update api.uptime 99.95", "  activitysmith metric update deploy.status 'all green'"})
final class MetricsCommand {
  private MetricsCommand() {}

  /** {@code metrics update}. */
  @Command(name = "update", mixinStandardHelpOptions = true,
      description = "Record a metric's value: a number (0 or more) or a text of 1-64 characters.",
      footerHeading = "%nExamples:%n",
      footer = {"  activitysmith metrics update queue.depth 42", "  activitysmith metrics update deploy.status 'all green'"})
  static final class Update extends CliCommand {
    @Parameters(index = "0", paramLabel = "KEY", description = "The metric's key as defined in the app, like api.uptime.")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", description = "A number is sent as a number, anything else as text.")
    String value;

    @Override
    int run() {
      sources().record("key", "KEY");
      sources().record("value", "VALUE");
      BigDecimal number = number(value);
      try (Connection connection = connect()) {
        if (number != null) {
          connection.client().metrics().update(key, number);
        } else {
          connection.client().metrics().update(key, value);
        }
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("success", true);
      result.put("key", key);
      result.put("value", number != null ? number : value);
      output().result(result, "Metric " + key + " set to " + value + ".");
      return ExitCodes.OK;
    }

    /** A JSON number (no leading +, no hex, no NaN), or null when the text is not one. */
    static BigDecimal number(String text) {
      if (!text.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")) {
        return null;
      }
      return new BigDecimal(text);
    }
  }
}
