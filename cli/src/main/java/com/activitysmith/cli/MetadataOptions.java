package com.activitysmith.cli;

import javax.annotation.Nullable;
import picocli.CommandLine.Option;

/** Metadata stored with the notification or activity: omitted keeps it, {@code {}} clears it. */
final class MetadataOptions {
  @Option(names = "--metadata", paramLabel = "JSON",
      description = "A JSON object of up to 50 string, number or boolean values to store with it; '{}' clears it.")
  @Nullable String metadata;

  @Option(names = "--metadata-file", paramLabel = "FILE", description = "Read --metadata's JSON from FILE ('-' for stdin).")
  @Nullable String metadataFile;

  boolean anySet() {
    return metadata != null || metadataFile != null;
  }

  void apply(RequestBody body, JsonSources files) {
    JsonSources.Parsed document = files.read("--metadata", metadata, "--metadata-file", metadataFile, "metadata");
    if (document != null) {
      body.put("metadata", document.value(), document.flag());
    }
  }
}
