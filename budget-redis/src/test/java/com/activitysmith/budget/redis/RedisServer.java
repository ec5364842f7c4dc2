package com.activitysmith.budget.redis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A real {@code redis-server} on 127.0.0.1 and a free port, started by the test and stopped by it
 * (and by a shutdown hook, should the test JVM end first). Nothing is saved to disk.
 */
final class RedisServer implements AutoCloseable {
  private final Path binary;
  private final int port;
  private Process process;

  private RedisServer(Path binary, int port) {
    this.binary = binary;
    this.port = port;
  }

  /** Starts a server on a free port. */
  static RedisServer start() {
    RedisServer server = new RedisServer(binary(), freePort());
    server.restart();
    return server;
  }

  String uri() {
    return "redis://127.0.0.1:" + port;
  }

  int port() {
    return port;
  }

  /** Starts the server again on the same port (after {@link #stop()}). */
  synchronized void restart() {
    if (process != null && process.isAlive()) {
      return;
    }
    ProcessBuilder builder = new ProcessBuilder(List.of(binary.toString(), "--port", Integer.toString(port),
        "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes"))
        .redirectErrorStream(true);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + binary, e);
    }
    Process started = process;
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8))) {
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
          if (!ready.isDone()) {
            seen.append(line).append('\n');
          }
          if (line.contains("Ready to accept connections")) {
            ready.complete(null);
          }
        }
        ready.completeExceptionally(new IllegalStateException("redis-server exited before it was ready:\n" + seen));
      } catch (IOException e) {
        ready.completeExceptionally(e);
      }
    }, "redis-server-output");
    reader.setDaemon(true);
    reader.start();
    try {
      ready.get(20, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      started.destroyForcibly();
      throw new IllegalStateException("redis-server did not get ready within 20 s", e);
    } catch (Exception e) {
      throw new IllegalStateException("redis-server did not start on port " + port, e);
    }
  }

  /** Kills the server at once, as a crash would. */
  synchronized void stop() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public void close() {
    stop();
  }

  private static Path binary() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "redis-server");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    Path debian = Path.of("/usr/bin/redis-server");
    if (Files.isExecutable(debian)) {
      return debian;
    }
    throw new IllegalStateException("redis-server is not installed: the shared budget's tests need it "
        + "(Debian: apt-get install -y redis-server; .ci/run installs it)");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
