package com.activitysmith.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The minimal local responder the loopback and cold-start runs talk to: it reads each request
 * and answers 200 with a fixed JSON body for the path (a push or a stream PUT), nothing else. It
 * is not the simulator, so what is measured is the client, not a service model.
 *
 * <p>{@code java -cp benchmarks.jar com.activitysmith.bench.Responder [port]} prints
 * {@code http://127.0.0.1:PORT/api} and serves until stopped; {@link #start(int)} runs it in a
 * process of one's own.
 */
public final class Responder implements AutoCloseable {
  static final byte[] PUSH = ("{\"success\":true,\"devices_notified\":2,\"users_notified\":1,"
      + "\"effective_channel_slugs\":[\"releases\"],\"timestamp\":\"2026-12-02T06:00:00Z\",\"tags\":[\"deploy\"]}")
      .getBytes(StandardCharsets.UTF_8);
  static final byte[] STREAM = ("{\"success\":true,\"operation\":\"updated\",\"stream_key\":\"fleet\","
      + "\"activity_id\":\"la_8f3c2a1b\",\"devices_notified\":2,\"users_notified\":1,"
      + "\"timestamp\":\"2026-12-02T06:00:00Z\"}").getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final ExecutorService pool;

  private Responder(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  /** Starts on 127.0.0.1 ({@code port} 0 picks a free one). */
  public static Responder start(int port) throws IOException {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's
    // delayed ACK: about 40 ms per request, which would measure the responder, not the client.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "responder");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(pool);
    server.createContext("/", Responder::answer);
    server.start();
    return new Responder(server, pool);
  }

  private static void answer(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    byte[] body = exchange.getRequestURI().getPath().contains("/live-activity/stream/") ? STREAM : PUSH;
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** The base URL to give a client. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api";
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /** Serves until the process is stopped. */
  public static void main(String[] args) throws Exception {
    Responder responder = start(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    System.out.println(responder.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
