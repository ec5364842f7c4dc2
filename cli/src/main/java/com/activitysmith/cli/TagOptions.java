package com.activitysmith.cli;

import java.util.List;
import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/** The tags stored with the notification or activity: omitted keeps them, {@code --clear-tags} removes them. */
final class TagOptions {
  @Option(names = "--tags", split = ",", paramLabel = "TAG",
      description = "Tags to store with it (comma-separated, at most 20, each like deploy or env:prod).")
  @Nullable List<String> tags;

  @Option(names = "--clear-tags", description = "Remove all tags (sends an empty list).")
  boolean clearTags;

  boolean anySet() {
    return tags != null || clearTags;
  }

  void apply(RequestBody body) {
    if (clearTags && tags != null) {
      throw new UsageException("--tags and --clear-tags cannot be combined");
    }
    body.put("tags", clearTags ? List.of() : tags, clearTags ? "--clear-tags" : "--tags");
  }
}
