package com.activitysmith.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Writes the shell completion script at build time: picocli's {@link AutoComplete} script with each
 * list of option names sorted. Picocli lists options in the order reflection returns their setter
 * methods, which the JVM does not fix, so two builds could write different scripts; sorted, the
 * script (and the jar) is the same every time. Completion is unaffected: the shell sorts matches.
 *
 * <p>{@code java -cp ... com.activitysmith.cli.CompletionScriptWriter OUTPUT_FILE}
 */
final class CompletionScriptWriter {
  private static final Pattern OPTION_LIST = Pattern.compile("(local (?:flag|arg)_opts=\")([^\"]*)(\")");

  private CompletionScriptWriter() {}

  public static void main(String[] args) throws IOException {
    String script = AutoComplete.bash("activitysmith", new CommandLine(new ActivitySmithCli()));
    Path out = Path.of(args[0]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, sortOptionLists(script), StandardCharsets.UTF_8);
  }

  static String sortOptionLists(String script) {
    Matcher m = OPTION_LIST.matcher(script);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      List<String> words = new ArrayList<>(Arrays.asList(m.group(2).trim().split(" +")));
      words.removeIf(String::isEmpty);
      words.sort(null);
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + String.join(" ", words) + m.group(3)));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
