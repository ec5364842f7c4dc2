package com.activitysmith;

import java.util.List;
import javax.annotation.Nullable;

/** Defaults for the parts of a response the service may leave out. */
final class Results {
  private Results() {}

  static int count(@Nullable Integer count) {
    return count == null ? 0 : count;
  }

  static List<String> list(@Nullable List<String> list) {
    return list == null ? List.of() : list;
  }
}
