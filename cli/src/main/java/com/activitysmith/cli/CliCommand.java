package com.activitysmith.cli;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the root's streams and global options, the record of which flag
 * set which field, and turning the client's {@link ValidationException} into problems that name
 * flags.
 */
abstract class CliCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  private FlagSources sources;
  private JsonSources files;

  @Override
  public final Integer call() throws Exception {
    sources = new FlagSources(name -> spec.findOption(name) != null);
    files = new JsonSources(io());
    try {
      return run();
    } catch (ValidationException e) {
      List<Problem> problems = new ArrayList<>();
      for (Violation v : e.violations()) {
        problems.add(new Problem(sources.flagFor(v.path()), v.path(), v.rule(), v.message()));
      }
      throw new InvalidInputException(problems);
    }
  }

  /** Does the work and returns the exit code; failures are thrown and printed by {@link Output#failure}. */
  abstract int run() throws Exception;

  final ActivitySmithCli root() {
    return (ActivitySmithCli) spec.root().userObject();
  }

  final Io io() {
    return root().io();
  }

  final GlobalOptions globals() {
    return root().globals();
  }

  final Output output() {
    return root().output();
  }

  final FlagSources sources() {
    return sources;
  }

  final JsonSources files() {
    return files;
  }

  /** Connects as the global options say; the caller closes it. */
  final Connection connect() {
    return Connection.open(globals(), io(), files);
  }
}
