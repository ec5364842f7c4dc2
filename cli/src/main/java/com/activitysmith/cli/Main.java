package com.activitysmith.cli;

/**
 * Entry point of the executable jar: runs {@link ActivitySmithCli} on the process's streams and
 * environment and exits with its exit code.
 *
 * <pre>{@code
 * java -jar activitysmith.jar push --title "Build failed" --message "main is red"
 * }</pre>
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command line and exits with the code {@link ActivitySmithCli} documents.
   *
   * @param args the command and its options, as `activitysmith --help` lists them
   */
  public static void main(String[] args) {
    int code = ActivitySmithCli.run(Io.system(), args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }
}
