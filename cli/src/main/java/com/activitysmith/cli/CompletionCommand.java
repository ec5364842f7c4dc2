package com.activitysmith.cli;

import java.io.IOException;
import java.io.InputStream;
import picocli.CommandLine.Command;

/**
 * {@code activitysmith completion}: prints the bash/zsh completion script that picocli generated
 * from this command model when the jar was built.
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print the shell completion script (bash and zsh) generated at build time.",
        "bash: source <(activitysmith completion)",
        "zsh:  autoload -U +X compinit && compinit; autoload -U +X bashcompinit && bashcompinit; source <(activitysmith completion)"},
    footerHeading = "%nExamples:%n",
    footer = {"  activitysmith completion > ~/.local/share/bash-completion/completions/activitysmith",
        "  echo 'source <(activitysmith completion)' >> ~/.zshrc"})
final class CompletionCommand extends CliCommand {
  /** Where the build puts the generated script inside the jar. */
  static final String RESOURCE = "activitysmith_completion";

  @Override
  int run() throws IOException {
    try (InputStream in = CompletionCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException(RESOURCE + " is missing: the jar was built without its completion script");
      }
      io().out().write(in.readAllBytes());
      io().out().flush();
    }
    return ExitCodes.OK;
  }
}
