package com.activitysmith.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code activitysmith} command: its global options and subcommands, as a picocli model.
 *
 * <pre>{@code
 * int exitCode = new CommandLine(new ActivitySmithCli()).execute("push", "--simulator", "--title", "Hello");
 * }</pre>
 *
 * <p>Build-time tools (picocli's completion generator) instantiate it with the no-argument
 * constructor; {@link Main} runs it on the process's streams.
 */
@Command(name = "activitysmith",
    mixinStandardHelpOptions = true,
    versionProvider = ActivitySmithCli.Version.class,
    description = {
        "Push notifications, Live Activities, widget metrics and the app icon badge from your shell, CI and cron jobs.",
        "The key comes from --api-key-file FILE or the ACTIVITYSMITH_API_KEY environment variable;"
            + " --simulator runs against an embedded simulator without one."},
    subcommands = {
        PushCommand.class,
        ActivityCommand.class,
        MetricsCommand.class,
        BadgeCommand.class,
        WatchCommand.class,
        DemoCommand.class,
        CompletionCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:internal error of the command line",
        "2:usage error (unknown option, bad argument, unreadable file)",
        "3:invalid request, nothing was sent",
        "4:authentication or permission error (no key, 401, 403)",
        "5:rate limit or Live Activity limit (429)",
        "6:other API error (no recipients, not found, billing, 5xx)",
        "7:network error, no answer",
        "8:demo not confirmed"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  activitysmith demo",
        "  export ACTIVITYSMITH_API_KEY=ask_...",
        "  activitysmith push --title 'Build failed' --message 'main is red'",
        "  activitysmith activity stream deploy --type segmented_progress --title Deploy --number-of-steps 4 --current-step 1",
        "  activitysmith watch --title 'Nightly backup' -- ./backup.sh",
        "  activitysmith --json badge 3 | jq .devices_updated"})
public final class ActivitySmithCli {
  private final Io io;
  private final GlobalOptions globals = new GlobalOptions();

  @Spec
  CommandSpec spec;

  /** A command line on the process's own streams and environment. */
  public ActivitySmithCli() {
    this(Io.system());
  }

  ActivitySmithCli(Io io) {
    this.io = io;
  }

  @Option(names = "--api-key", scope = ScopeType.INHERIT, paramLabel = "KEY",
      description = "API key (ask_...). Shows in process lists: prefer --api-key-file or ACTIVITYSMITH_API_KEY.")
  void apiKey(String value) {
    globals.apiKey = value;
  }

  @Option(names = "--api-key-file", scope = ScopeType.INHERIT, paramLabel = "FILE",
      description = "Read the API key from FILE ('-' for stdin).")
  void apiKeyFile(String value) {
    globals.apiKeyFile = value;
  }

  @Option(names = "--base-url", scope = ScopeType.INHERIT, paramLabel = "URL",
      description = "API base URL (default https://activitysmith.com/api, or ACTIVITYSMITH_BASE_URL); https, or http on 127.0.0.1/localhost.")
  void baseUrl(String value) {
    globals.baseUrl = value;
  }

  @Option(names = "--simulator", scope = ScopeType.INHERIT,
      description = "Send to an embedded simulator started for this command; no key needed.")
  void simulator(boolean value) {
    globals.simulator = value;
  }

  @Option(names = "--json", scope = ScopeType.INHERIT,
      description = "Print the result, or a structured error, as one JSON object on stdout; messages go to stderr.")
  void json(boolean value) {
    globals.json = value;
  }

  Io io() {
    return io;
  }

  GlobalOptions globals() {
    return globals;
  }

  Output output() {
    return new Output(io, globals.json);
  }

  /** Runs the command line and returns its exit code (see {@link ExitCodes}). */
  static int run(Io io, String... args) {
    return commandLine(io).execute(args);
  }

  /** The configured picocli command line: exit codes, error printing, streams. */
  static CommandLine commandLine(Io io) {
    ActivitySmithCli root = new ActivitySmithCli(io);
    CommandLine cl = new CommandLine(root);
    cl.setOut(new java.io.PrintWriter(io.out(), true));
    cl.setErr(new java.io.PrintWriter(io.err(), true));
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> root.output().failure(e));
    cl.setParameterExceptionHandler((e, args) -> {
      boolean json = Arrays.asList(args).contains("--json");
      if (json) {
        return new Output(io, true).simple("usage_error", ExitCodes.USAGE, e.getMessage());
      }
      CommandLine failed = e.getCommandLine();
      failed.getErr().println("activitysmith: " + e.getMessage());
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, failed.getErr())) {
        failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
      }
      return ExitCodes.USAGE;
    });
    return cl;
  }

  /** The version from the jar's build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"activitysmith " + version() + " (Java SDK CLI, Java " + System.getProperty("java.version") + ")"};
    }

    static String version() throws IOException {
      Properties p = new Properties();
      try (InputStream in = ActivitySmithCli.class.getResourceAsStream("version.properties")) {
        if (in == null) {
          throw new IOException("version.properties is missing from the jar");
        }
        p.load(in);
      }
      return p.getProperty("version");
    }
  }
}
