package com.activitysmith.cli;

import javax.annotation.Nullable;

/** The options every command takes; set by picocli on {@link ActivitySmithCli}. */
final class GlobalOptions {
  @Nullable String apiKey;
  @Nullable String apiKeyFile;
  @Nullable String baseUrl;
  boolean simulator;
  boolean json;
}
