package com.activitysmith;

import java.util.List;
import javax.annotation.Nullable;

/** Defaults for the parts of a response the service may leave out, and repairs of harmless breaks. */
final class Results {
  private Results() {}

  static int count(@Nullable Integer count) {
    return count == null ? 0 : count;
  }

  /**
   * The list, or empty without one. A null element (which the spec does not allow) is dropped: the
   * service has acted by the time its answer is read, and failing the call would invite a repeat.
   */
  static List<String> list(@Nullable List<String> list) {
    if (list == null) {
      return List.of();
    }
    return list.contains(null) ? list.stream().filter(java.util.Objects::nonNull).toList() : list;
  }
}
