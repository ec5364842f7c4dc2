package com.activitysmith.cli;

import com.activitysmith.ActivitySmith;
import com.activitysmith.testing.Simulator;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The client a command talks through, and the embedded simulator behind it when {@code --simulator}
 * is given. Closing it closes both.
 */
final class Connection implements AutoCloseable {
  /** The environment variable naming another base URL, as {@code --base-url} does. */
  static final String BASE_URL_ENV = "ACTIVITYSMITH_BASE_URL";

  private final ActivitySmith client;
  private final @Nullable Simulator simulator;

  private Connection(ActivitySmith client, @Nullable Simulator simulator) {
    this.client = client;
    this.simulator = simulator;
  }

  /**
   * Connects as the global options say.
   *
   * @throws UsageException for a malformed base URL or conflicting options
   * @throws MissingKeyException if no key is given anywhere
   */
  static Connection open(GlobalOptions options, Io io, JsonSources files) {
    if (options.simulator) {
      if (options.baseUrl != null) {
        throw new UsageException("--simulator and --base-url cannot be combined");
      }
      Simulator simulator = Simulator.builder().noRateLimit().start();
      try {
        return new Connection(ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build(), simulator);
      } catch (RuntimeException e) {
        simulator.close();
        throw e;
      }
    }
    String key = apiKey(options, io, files);
    ActivitySmith.Builder builder = ActivitySmith.builder().apiKey(key);
    String baseUrl = options.baseUrl != null ? options.baseUrl : io.env().apply(BASE_URL_ENV);
    if (baseUrl != null && !baseUrl.isBlank()) {
      try {
        builder.baseUrl(baseUrl.strip());
      } catch (IllegalArgumentException e) {
        throw new UsageException("--base-url: " + e.getMessage(), e);
      }
    }
    return new Connection(builder.build(), null);
  }

  /** Where the key comes from, first found wins: --api-key, --api-key-file, ACTIVITYSMITH_API_KEY. */
  static String apiKey(GlobalOptions options, Io io, JsonSources files) {
    String key;
    if (options.apiKey != null) {
      io.err().println("warning: --api-key shows the key to anyone who can list processes on this machine;"
          + " prefer --api-key-file or the " + ActivitySmith.API_KEY_ENV + " environment variable");
      key = options.apiKey;
    } else if (options.apiKeyFile != null) {
      key = files.text("--api-key-file", options.apiKeyFile);
    } else {
      key = io.env().apply(ActivitySmith.API_KEY_ENV);
    }
    if (key == null || key.isBlank()) {
      throw new MissingKeyException("no API key: set " + ActivitySmith.API_KEY_ENV
          + ", or give --api-key-file FILE; --simulator runs against an embedded simulator without one");
    }
    try {
      ActivitySmith.builder().apiKey(key.strip());
      return key.strip();
    } catch (IllegalArgumentException e) {
      throw new MissingKeyException("the API key is malformed: " + e.getMessage());
    }
  }

  ActivitySmith client() {
    return client;
  }

  Optional<Simulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  @Override
  public void close() {
    client.close();
    if (simulator != null) {
      simulator.close();
    }
  }

  /** No key was given; exit code {@link ExitCodes#AUTH}. */
  static final class MissingKeyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingKeyException(String message) {
      super(message);
    }
  }
}
