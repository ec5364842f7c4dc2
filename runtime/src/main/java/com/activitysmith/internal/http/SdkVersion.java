package com.activitysmith.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's version, written into {@code version.properties} by the build. */
public final class SdkVersion {
  private static final String RESOURCE = "/com/activitysmith/version.properties";
  private static final String VERSION = load();

  private SdkVersion() {}

  /** The version this jar was built as, such as {@code 0.1.0}. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath; the jar was packaged wrongly");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(RESOURCE + " holds no built version: '" + version + "'");
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + RESOURCE, e);
    }
  }
}
