package com.activitysmith.testing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import javax.net.ServerSocketFactory;

/**
 * Server sockets whose connections send without Nagle's delay, and refuse a request head longer
 * than a limit (see {@link HeadLimitedInput}). The server writes a response's head and body
 * separately; with Nagle on, the body waits for the client's delayed ACK (about 40 ms a request
 * on Linux).
 */
public final class NoDelayServerSockets extends ServerSocketFactory {
  private final int maxHeadBytes;

  /**
   * Sockets refusing request heads over {@code maxHeadBytes}.
   *
   * @param maxHeadBytes the most bytes a request line and its headers may take
   */
  public NoDelayServerSockets(int maxHeadBytes) {
    this.maxHeadBytes = maxHeadBytes;
  }

  @Override
  public ServerSocket createServerSocket() throws IOException {
    return new NoDelayServerSocket(maxHeadBytes);
  }

  @Override
  public ServerSocket createServerSocket(int port) throws IOException {
    ServerSocket socket = new NoDelayServerSocket(maxHeadBytes);
    socket.bind(new java.net.InetSocketAddress(port));
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog) throws IOException {
    ServerSocket socket = new NoDelayServerSocket(maxHeadBytes);
    socket.bind(new java.net.InetSocketAddress(port), backlog);
    return socket;
  }

  @Override
  public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
    ServerSocket socket = new NoDelayServerSocket(maxHeadBytes);
    socket.bind(new java.net.InetSocketAddress(address, port), backlog);
    return socket;
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    private final int maxHeadBytes;

    NoDelayServerSocket(int maxHeadBytes) throws IOException {
      super();
      this.maxHeadBytes = maxHeadBytes;
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = new HeadLimitedSocket(maxHeadBytes);
      implAccept(socket);
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  private static final class HeadLimitedSocket extends Socket {
    private final int maxHeadBytes;
    private @javax.annotation.Nullable InputStream input;

    HeadLimitedSocket(int maxHeadBytes) {
      this.maxHeadBytes = maxHeadBytes;
    }

    @Override
    public synchronized InputStream getInputStream() throws IOException {
      if (input == null) {
        input = new HeadLimitedInput(super.getInputStream(), this, maxHeadBytes);
      }
      return input;
    }
  }
}
