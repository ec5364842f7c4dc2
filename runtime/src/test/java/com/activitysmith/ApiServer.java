package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.TimeUnit;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** A local stand-in for the API on 127.0.0.1, and clients pointed at it with fake time. */
final class ApiServer implements AutoCloseable {
  static final String KEY = "ask_live_7Hq2ZrT9mWx4Lp0Q";

  final MockWebServer server = new MockWebServer();
  final FakeTime time = new FakeTime();

  ApiServer() {
    server.setServerSocketFactory(new NoDelayServerSockets());
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api";
  }

  /** A builder for this server, retrying by the default rules but on fake time. */
  ActivitySmith.Builder builder() {
    return ActivitySmith.builder().apiKey(KEY).baseUrl(baseUrl()).retryPolicy(time.policy().build());
  }

  /** A client that never retries. */
  ActivitySmith oneShot() {
    return builder().retryPolicy(RetryPolicy.none()).build();
  }

  void reply(int code, String body) {
    server.enqueue(json(code, body).build());
  }

  void reply(MockResponse response) {
    server.enqueue(response);
  }

  static MockResponse.Builder json(int code, String body) {
    return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body);
  }

  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() {
    server.close();
  }

  /**
   * Server sockets whose connections send small segments at once. MockWebServer writes a response's
   * head and body separately; with Nagle's algorithm the body then waits for the client's delayed
   * ACK, some 40 ms per response, which would dominate tests that make thousands of requests.
   */
  static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException();
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException();
    }
  }
}
