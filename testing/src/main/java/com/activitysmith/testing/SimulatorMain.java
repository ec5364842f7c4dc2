package com.activitysmith.testing;

import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own, so that clients in any language can be pointed at it:
 *
 * <pre>
 * java -jar activitysmith-testing-VERSION-standalone.jar --port 8787 --api-key ask_local
 * </pre>
 *
 * It prints the base URL and the accepted key, then serves until interrupted. Options:
 * <pre>
 * --port N                 port to listen on (default 8787; 0 picks a free one)
 * --host ADDRESS           address to listen on (default 127.0.0.1)
 * --api-key KEY            accept KEY for every recipient (repeatable)
 * --api-key KEY=ch1,ch2    accept KEY scoped to channels ch1 and ch2
 * --any-api-key            accept any bearer key
 * --devices N              devices paired with the account (default 1)
 * --channel SLUG[:N]       a channel with N devices (default 1; repeatable)
 * --activity-limit N|off   concurrent Live Activities (default 4)
 * --rate-limit N|off       requests per minute per key (default 60)
 * --metric KEY             only these metric keys exist (repeatable; default any)
 * --legacy                 answer as the older deployment: 404 no recipients, one shared limit
 * --max-request-bytes N    413 for longer request bodies (default 1048576)
 * --max-header-bytes N     431 for longer request heads (default 65536)
 * --journal-capacity N     journal entries, pushes and ended activities kept (default 10000)
 * --journal-bytes N        bytes of journal (and of pushes) kept (default 67108864)
 * --max-pending-faults N   faults that may wait at once (default 10000)
 * </pre>
 *
 * <p>SIGTERM or Ctrl-C stops it within a few seconds, even when a request is still being
 * handled: the server gets {@value #STOP_GRACE_SECONDS} seconds to close, then the process exits.
 */
public final class SimulatorMain {
  private SimulatorMain() {}

  /**
   * Starts the simulator and blocks until the process is stopped; exits with 2 on bad arguments.
   *
   * @param args the options above
   * @throws InterruptedException when the waiting thread is interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Simulator simulator;
    try {
      simulator = start(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    announce(simulator, System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(simulator), "simulator-shutdown"));
    new CountDownLatch(1).await();
  }

  /** How long a stop waits for the server to close before the process exits anyway. */
  static final int STOP_GRACE_SECONDS = 3;

  /**
   * Closes the simulator, but waits at most {@value #STOP_GRACE_SECONDS} seconds: a connection
   * thread stuck in a request (or a heap that ran out) must not keep the process from exiting,
   * since the JVM halts once the shutdown hooks return.
   */
  static void stop(Simulator simulator) {
    Thread closer = new Thread(simulator::close, "simulator-close");
    closer.setDaemon(true);
    closer.start();
    try {
      closer.join(STOP_GRACE_SECONDS * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Parses the options and starts a simulator; the caller closes it.
   *
   * @param args the options above
   * @return the running simulator
   * @throws IllegalArgumentException on an unknown option or a bad value
   */
  public static Simulator start(String... args) {
    Simulator.Builder builder = Simulator.builder().port(8787);
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    List<String> metrics = new ArrayList<>();
    while (!rest.isEmpty()) {
      String option = rest.remove(0);
      switch (option) {
        case "--port" -> builder.port(integer(option, value(option, rest)));
        case "--host" -> builder.host(host(value(option, rest)));
        case "--api-key" -> {
          String value = value(option, rest);
          int eq = value.indexOf('=');
          if (eq < 0) {
            builder.apiKey(value);
          } else {
            builder.apiKey(value.substring(0, eq), value.substring(eq + 1).split(","));
          }
        }
        case "--any-api-key" -> builder.acceptAnyApiKey();
        case "--devices" -> builder.devices(integer(option, value(option, rest)));
        case "--channel" -> {
          String value = value(option, rest);
          int colon = value.indexOf(':');
          if (colon < 0) {
            builder.channel(value);
          } else {
            builder.channel(value.substring(0, colon), integer(option, value.substring(colon + 1)));
          }
        }
        case "--activity-limit" -> {
          String value = value(option, rest);
          if (value.equals("off")) {
            builder.noActivityLimit();
          } else {
            builder.activityLimit(integer(option, value));
          }
        }
        case "--rate-limit" -> {
          String value = value(option, rest);
          if (value.equals("off")) {
            builder.noRateLimit();
          } else {
            builder.rateLimit(integer(option, value));
          }
        }
        case "--metric" -> metrics.add(value(option, rest));
        case "--legacy" -> builder.legacy();
        case "--max-request-bytes" -> builder.maxRequestBytes(longInteger(option, value(option, rest)));
        case "--max-header-bytes" -> builder.maxHeaderBytes(integer(option, value(option, rest)));
        case "--journal-capacity" -> builder.journalCapacity(integer(option, value(option, rest)));
        case "--journal-bytes" -> builder.journalBytes(longInteger(option, value(option, rest)));
        case "--max-pending-faults" -> builder.maxPendingFaults(integer(option, value(option, rest)));
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (!metrics.isEmpty()) {
      builder.knownMetrics(metrics.toArray(new String[0]));
    }
    return builder.start();
  }

  /** Prints where the simulator listens and how to use it. */
  static void announce(Simulator simulator, PrintStream out) {
    out.println("ActivitySmith simulator listening on " + simulator.baseUrl());
    out.println("API key: " + simulator.apiKey());
    out.println("Lock screen: GET " + simulator.baseUrl().replace("/api", "/_simulator/lock-screen"));
    out.flush();
  }

  static String usage() {
    return "usage: java -jar activitysmith-testing-standalone.jar [--port N] [--host ADDRESS]"
        + " [--api-key KEY[=channel,...]]... [--any-api-key] [--devices N] [--channel SLUG[:N]]..."
        + " [--activity-limit N|off] [--rate-limit N|off] [--metric KEY]... [--legacy] [--max-request-bytes N] [--max-header-bytes N]"
        + " [--journal-capacity N] [--journal-bytes N] [--max-pending-faults N]";
  }

  private static String value(String option, List<String> rest) {
    if (rest.isEmpty()) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return rest.remove(0);
  }

  private static int integer(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number but was \"" + value + "\"");
    }
  }

  private static long longInteger(String option, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a whole number but was \"" + value + "\"");
    }
  }

  private static InetAddress host(String value) {
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException("unknown host \"" + value + "\"");
    }
  }
}
