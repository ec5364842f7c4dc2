package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A request head longer than the limit gets 431 and a closed connection before the simulator
 * holds it; normal keep-alive traffic, bodies included, passes the head counting untouched.
 */
class HeaderLimitTest {

  @Test
  void aHugeHeaderIs431AndTheConnectionCloses() throws IOException {
    try (Simulator simulator = Simulator.builder().maxHeaderBytes(4096).start();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      String answer;
      try {
        out.write(("GET /_simulator/lock-screen HTTP/1.1\r\nHost: x\r\nX-Big: ").getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = "a".repeat(8192).getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 1024; i++) { // 8 MiB, far past the limit: the server hangs up early
          out.write(chunk);
        }
        answer = readAll(socket.getInputStream());
      } catch (SocketException e) {
        answer = readAll(socket.getInputStream());
      }
      assertThat(answer).startsWith("HTTP/1.1 431 ").contains("more than 4096 bytes");
      assertThat(simulator.journal().size()).isZero();
    }
  }

  @Test
  void keepAliveRequestsWithBodiesStillWork() throws IOException {
    try (Simulator simulator = Simulator.builder().maxHeaderBytes(1024).start();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), simulator.port())) {
      socket.setSoTimeout(10_000);
      // Each body is longer than the head limit: it must not be counted as head.
      String title = "t".repeat(3000);
      String body = "{\"title\":\"" + title + "\"}";
      StringBuilder requests = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        requests.append("POST /api/push-notification HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ")
            .append(simulator.apiKey()).append("\r\nContent-Type: application/json\r\nContent-Length: ")
            .append(body.getBytes(StandardCharsets.UTF_8).length).append("\r\n\r\n").append(body);
      }
      requests.append("GET /_simulator/lock-screen HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      socket.getOutputStream().write(requests.toString().getBytes(StandardCharsets.UTF_8));
      socket.shutdownOutput(); // the server answers what it has read, then sees the end

      String answers = readAll(socket.getInputStream());
      assertThat(answers.split("HTTP/1.1 200 ", -1)).hasSize(5);
      assertThat(simulator.lockScreen().pushes()).hasSize(3);
    }
  }

  private static String readAll(InputStream in) throws IOException {
    ByteArrayOutputStream seen = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) > 0; ) {
        seen.write(buffer, 0, n);
      }
    } catch (SocketException e) {
      // a reset after the answer: what was read is the answer
    }
    return seen.toString(StandardCharsets.UTF_8);
  }
}
