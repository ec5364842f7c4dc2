package com.activitysmith.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import javax.annotation.Nullable;

/**
 * Which option gave which part of a request body, so that a problem at a JSON path (ours or the
 * client's validation's) names the flag to change: {@code content_state.current_step} set by
 * {@code --current-step}, {@code content_state.metrics[2].value} inside {@code --metrics-file}.
 */
final class FlagSources {
  private final Map<String, String> byPath = new HashMap<>();
  private final Predicate<String> optionExists;

  /** @param optionExists whether the command has an option of this name, for fields nobody set */
  FlagSources(Predicate<String> optionExists) {
    this.optionExists = optionExists;
  }

  /** Records that the value at this JSON path came from this option. */
  void record(String path, String flag) {
    byPath.put(path, flag);
  }

  /**
   * The option behind a JSON path: the one that set it or the nearest enclosing value; for a
   * field nobody set (a required one missing), the option named after it, if the command has one.
   */
  @Nullable String flagFor(String path) {
    String p = path;
    while (true) {
      String flag = byPath.get(p);
      if (flag != null) {
        return flag;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      if (cut <= 0) {
        break;
      }
      p = p.substring(0, cut);
    }
    String bare = path.startsWith("content_state.") ? path.substring("content_state.".length()) : path;
    bare = bare.replaceAll("\\[\\d+]", "");
    String[] candidates = {bare.replace('.', '-'), bare.substring(bare.lastIndexOf('.') + 1)};
    for (String candidate : candidates) {
      String flag = "--" + candidate.replace('_', '-');
      if (!candidate.isEmpty() && optionExists.test(flag)) {
        return flag;
      }
    }
    return null;
  }
}
