package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import com.activitysmith.testing.internal.Audience;
import com.activitysmith.testing.internal.History;
import com.activitysmith.testing.internal.KeyRing;
import com.activitysmith.testing.internal.NoDelayServerSockets;
import com.activitysmith.testing.internal.PolicyTable;
import com.activitysmith.testing.internal.RateLimiter;
import com.activitysmith.testing.internal.ServiceState;
import com.activitysmith.testing.internal.SpecRequestValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.Nullable;
import mockwebserver3.MockWebServer;

/**
 * A local, in-process stand-in for the ActivitySmith service: the 8 API operations on
 * {@code http://127.0.0.1:<port>/api} with the service's semantics, limits, authentication,
 * channel targeting and request validation (the rules come from the project's spec), plus a
 * {@linkplain #journal() journal} of every request, a model of what the {@linkplain #lockScreen()
 * lock screen} shows, and {@linkplain #faults() fault injection}.
 *
 * <pre>{@code
 * try (Simulator simulator = Simulator.start()) {
 *   ActivitySmith client = ActivitySmith.builder()
 *       .apiKey(simulator.apiKey())
 *       .baseUrl(simulator.baseUrl())
 *       .build();
 *   // ... exercise your code ...
 *   assertThat(simulator.lockScreen().pushes()).hasSize(1);
 * }
 * }</pre>
 *
 * <p>Defaults, each changeable on the {@link Builder}: accepts the key {@value #DEFAULT_API_KEY};
 * one paired device and no channels; at most 4 concurrent Live Activities; 60 requests per minute
 * per account (the whole simulator, whichever key) on push, stream PUT and DELETE and metrics; any metric key; an 8-hour Live Activity
 * lifetime; ended activities dismissed after 2 minutes; the system UTC clock.
 *
 * <p>Besides the API, the simulator answers a small control API without authentication under
 * {@code /_simulator/} (lock screen, journal, pausing streams, faults, reset) so that clients in
 * other languages can drive it; see {@link SimulatorMain}.
 *
 * <p>Thread-safe. Close it to stop the server.
 */
public final class Simulator implements AutoCloseable {
  /** The API key a simulator accepts when none is configured. */
  public static final String DEFAULT_API_KEY = "ask_simulator_test_key";

  private final MockWebServer server;
  private final String urlHost;
  private final Clock clock;
  private final KeyRing keys;
  private final ServiceState state;
  private final RateLimiter rateLimiter;
  private final int accountQuota;
  private final Set<Endpoint> rateLimited;
  private final boolean legacy;
  private volatile @Nullable BillingBlock billingBlock;
  private final Faults faults;
  private final History<JournalEntry> journal;
  private final long maxRequestBytes;
  private final SpecRequestValidator validator = new SpecRequestValidator();
  private int sequence;

  private Simulator(Builder b) {
    this.clock = b.clock;
    this.faults = new Faults(b.maxPendingFaults);
    Map<String, Set<String>> keyMap = new LinkedHashMap<>(b.keys);
    if (keyMap.isEmpty()) {
      keyMap.put(DEFAULT_API_KEY, null);
    }
    this.keys = new KeyRing(keyMap, b.acceptAnyKey);
    this.state = new ServiceState(new ServiceState.Settings(
        b.activityLimit, b.activityLifetime, b.defaultDismissal, b.knownMetrics == null ? null : Set.copyOf(b.knownMetrics),
        b.journalCapacity, b.journalBytes, b.legacy));
    this.rateLimiter = new RateLimiter(b.clock);
    this.accountQuota = b.rateLimit;
    this.legacy = b.legacy;
    this.rateLimited = b.rateLimitedOperations != null ? Set.copyOf(b.rateLimitedOperations)
        : b.legacy ? Builder.defaultRateLimited() : EnumSet.allOf(Endpoint.class);
    this.journal = new History<>(b.journalCapacity, b.journalBytes);
    this.maxRequestBytes = b.maxRequestBytes;
    this.urlHost = b.host.isAnyLocalAddress() ? "127.0.0.1"
        : b.host.getHostAddress().contains(":") ? "[" + b.host.getHostAddress() + "]" : b.host.getHostAddress();
    this.server = new MockWebServer();
    // The server reads a longer body to its end but keeps only this much; the dispatcher answers 413.
    server.setBodyLimit(b.maxRequestBytes);
    server.setServerSocketFactory(new NoDelayServerSockets(b.maxHeaderBytes));
    server.setDispatcher(new SimulatorDispatcher(this, new Audience(b.devices, b.channels, b.legacy), validator));
    try {
      server.start(b.host, b.port);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + b.host.getHostAddress() + ":" + b.port + ": " + e.getMessage(), e);
    }
  }

  /**
   * Starts a simulator with the defaults on a free port of 127.0.0.1.
   *
   * @return the running simulator; close it when done
   */
  public static Simulator start() {
    return builder().start();
  }

  /**
   * A builder with the defaults described on {@link Simulator}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The base URL to give a client: {@code http://127.0.0.1:<port>/api}.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return "http://" + urlHost + ":" + server.getPort() + "/api";
  }

  /**
   * The port it listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * The first accepted API key: the one to give a client.
   *
   * @return the API key
   */
  public String apiKey() {
    return keys.primaryKey();
  }

  /**
   * The requests received so far (a snapshot).
   *
   * @return the journal
   */
  public synchronized Journal journal() {
    return new Journal(journal.items(), journal.dropped());
  }

  /**
   * What the lock screen shows now (a snapshot).
   *
   * @return the lock screen
   */
  public LockScreen lockScreen() {
    java.time.Instant now = clock.instant();
    ServiceState.Snapshot s = state.snapshot(now);
    return new LockScreen(now, s.activities(), s.pushes(), s.pushesDropped(), s.metrics(), s.badge(), s.pausedStreams());
  }

  /**
   * The fault schedule: faults played on the next matching requests.
   *
   * @return the schedule
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Pauses a stream, as its switch in the ActivitySmith dashboard does: the activity it shows
   * ends at once, and PUTs answer {@code paused} without delivering until {@link #resumeStream}.
   *
   * @param streamKey the stream to pause
   */
  public void pauseStream(String streamKey) {
    state.pauseStream(requireNonNull(streamKey, "streamKey == null"), clock.instant());
  }

  /**
   * Resumes a paused stream; its next PUT starts a new Live Activity.
   *
   * @param streamKey the stream to resume
   */
  public void resumeStream(String streamKey) {
    state.resumeStream(requireNonNull(streamKey, "streamKey == null"));
  }

  /** Forgets all state, the journal, pending faults and rate-limit counts; keeps the configuration. */
  public void reset() {
    state.reset();
    faults.clear();
    rateLimiter.reset();
    billingBlock = null;
    synchronized (this) {
      journal.clear();
      sequence = 0;
    }
  }

  /** Stops the server. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "Simulator[" + baseUrl() + "]";
  }

  // ---- for the dispatcher ----------------------------------------------------------------------

  Clock clock() {
    return clock;
  }

  KeyRing keys() {
    return keys;
  }

  ServiceState state() {
    return state;
  }

  RateLimiter rateLimiter() {
    return rateLimiter;
  }

  /** The policies a request of this operation counts against; empty when it counts against none. */
  List<PolicyTable.Policy> policiesFor(Endpoint operation) {
    if (accountQuota == 0 || !rateLimited.contains(operation)) {
      return List.of();
    }
    return legacy ? PolicyTable.legacy(operation, accountQuota) : PolicyTable.today(operation, accountQuota);
  }

  /**
   * Whether it answers as the older deployment did (see {@link Builder#legacy()}).
   *
   * @return true for the older deployment's behaviour
   */
  public boolean isLegacy() {
    return legacy;
  }

  /**
   * Blocks the account as the service does when billing stops it: push, Live Activity start,
   * stream PUT and badge answer 402 with this reason (and its upgrade URL and trial period) until
   * {@link #unblockBilling()} or {@link #reset()}. Other operations keep working.
   *
   * @param reason why billing blocks the account
   */
  public void blockBilling(BillingBlock reason) {
    this.billingBlock = requireNonNull(reason, "reason == null");
  }

  /** Lifts a {@link #blockBilling} block. */
  public void unblockBilling() {
    this.billingBlock = null;
  }

  /**
   * The billing block in force, if any.
   *
   * @return the block, or empty when the account is not blocked
   */
  public java.util.Optional<BillingBlock> billingBlock() {
    return java.util.Optional.ofNullable(billingBlock);
  }

  MockWebServer server() {
    return server;
  }

  synchronized int nextSequence() {
    return ++sequence;
  }

  synchronized void record(JournalEntry entry) {
    // Java strings hold up to two bytes a character; count them so, as the heap does.
    journal.add(entry, 2L * (entry.requestBody().length() + entry.responseBody().length() + entry.path().length()) + 512);
  }

  /** What is wrong with a stream key by the spec's rule; empty when it is a valid key. */
  List<String> streamKeyProblems(String streamKey) {
    return validator.validatePathParameter(Endpoint.END_STREAM, "stream_key", streamKey).stream()
        .map(Object::toString).toList();
  }

  long maxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * Configures a {@link Simulator}. Not thread-safe; {@link #start()} may be called more than once
   * (each call starts another simulator).
   */
  public static final class Builder {
    private InetAddress host = loopback();
    private int port;
    private final Map<String, Set<String>> keys = new LinkedHashMap<>();
    private boolean acceptAnyKey;
    private int devices = 1;
    private final Map<String, Integer> channels = new LinkedHashMap<>();
    private int activityLimit = 4;
    private int rateLimit = -1;
    private @Nullable Set<Endpoint> rateLimitedOperations;
    private boolean legacy;
    private @Nullable Set<String> knownMetrics;
    private Clock clock = Clock.systemUTC();
    private Duration activityLifetime = Duration.ofHours(8);
    private Duration defaultDismissal = Duration.ofMinutes(2);
    private int journalCapacity = 10_000;
    private long journalBytes = 64L << 20;
    private long maxRequestBytes = 1L << 20;
    private int maxHeaderBytes = 64 * 1024;
    private int maxPendingFaults = 10_000;

    private Builder() {}

    /**
     * Listens on this port; default 0, a free port the system picks.
     *
     * @param port the port, 1 to 65535, or 0 for a free one
     * @return this builder
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535 but was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Listens on this address; default 127.0.0.1.
     *
     * @param host the address to bind
     * @return this builder
     */
    public Builder host(InetAddress host) {
      this.host = requireNonNull(host, "host == null");
      return this;
    }

    /**
     * Accepts this key for every recipient. The first key added is {@link Simulator#apiKey()};
     * without any, {@value Simulator#DEFAULT_API_KEY} is accepted.
     *
     * @param key the API key, not empty
     * @return this builder
     */
    public Builder apiKey(String key) {
      keys.put(requireKey(key), null);
      return this;
    }

    /**
     * Accepts this key, scoped to these channels (a "Channel Scoped" key): it may target only them.
     *
     * @param key the API key, not empty
     * @param channelScope the channel slugs it may target
     * @return this builder
     */
    public Builder apiKey(String key, String... channelScope) {
      requireNonNull(channelScope, "channelScope == null");
      if (channelScope.length == 0) {
        throw new IllegalArgumentException("a channel-scoped key needs at least one channel");
      }
      Set<String> scope = new LinkedHashSet<>();
      for (String slug : channelScope) {
        scope.add(requireNonNull(slug, "channel == null"));
      }
      keys.put(requireKey(key), scope);
      return this;
    }

    /**
     * Accepts any non-empty bearer key as an all-recipients key (configured keys keep their scopes).
     *
     * @return this builder
     */
    public Builder acceptAnyApiKey() {
      this.acceptAnyKey = true;
      return this;
    }

    /**
     * The number of devices paired with the account, reached when a request names no channel; default 1.
     *
     * @param devices how many devices; 0 or more
     * @return this builder
     */
    public Builder devices(int devices) {
      if (devices < 0) {
        throw new IllegalArgumentException("devices must not be negative but was " + devices);
      }
      this.devices = devices;
      return this;
    }

    /**
     * Adds a channel with one subscribed device.
     *
     * @param slug the channel's slug
     * @return this builder
     */
    public Builder channel(String slug) {
      return channel(slug, 1);
    }

    /**
     * Adds a channel with this many subscribed devices (0 makes targeting it answer 404 no recipients).
     *
     * @param slug the channel's slug
     * @param devices how many devices subscribe to it; 0 or more
     * @return this builder
     */
    public Builder channel(String slug, int devices) {
      requireNonNull(slug, "slug == null");
      if (slug.isEmpty()) {
        throw new IllegalArgumentException("slug must not be empty");
      }
      if (devices < 0) {
        throw new IllegalArgumentException("devices must not be negative but was " + devices);
      }
      channels.put(slug, devices);
      return this;
    }

    /**
     * At most this many Live Activities running at once (429 with limit and active beyond); default 4.
     *
     * @param limit the most Live Activities running at once; 1 or more
     * @return this builder
     */
    public Builder activityLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("activity limit must be at least 1 but was " + limit + "; use noActivityLimit()");
      }
      this.activityLimit = limit;
      return this;
    }

    /**
     * Lets any number of Live Activities run at once.
     *
     * @return this builder
     */
    public Builder noActivityLimit() {
      this.activityLimit = 0;
      return this;
    }

    /**
     * At most this many requests per minute for the account (all keys together) in each
     * rate-limit policy, instead of the service's quotas (today: push and badges 60, Live
     * Activities and metrics 300, each feature also 600 per IP; the older deployment: 60 shared).
     *
     * @param requestsPerMinute the quota of each policy; 1 or more
     * @return this builder
     */
    public Builder rateLimit(int requestsPerMinute) {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException("rate limit must be at least 1 but was " + requestsPerMinute + "; use noRateLimit()");
      }
      this.rateLimit = requestsPerMinute;
      return this;
    }

    /**
     * Turns the request rate limit off.
     *
     * @return this builder
     */
    public Builder noRateLimit() {
      this.rateLimit = 0;
      return this;
    }

    /**
     * The operations that count against the rate limits; default every operation, or for a
     * {@link #legacy()} simulator those with {@link Endpoint#rateLimitedByDefault()} (push,
     * stream PUT and DELETE, metrics).
     *
     * @param operations the operations to count
     * @return this builder
     */
    public Builder rateLimitedOperations(Endpoint... operations) {
      requireNonNull(operations, "operations == null");
      this.rateLimitedOperations = operations.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(operations));
      return this;
    }

    /**
     * Only these metric keys exist in the account; others answer 404 "Metric not found". By
     * default every well-formed key is accepted.
     *
     * @param keys the metric keys that exist
     * @return this builder
     */
    public Builder knownMetrics(String... keys) {
      requireNonNull(keys, "keys == null");
      this.knownMetrics = new LinkedHashSet<>(Arrays.asList(keys));
      return this;
    }

    /**
     * The clock for timestamps, rate-limit windows, lifetimes and dismissals; default UTC system time.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * How long a Live Activity runs before it ends by itself (a stream then rotates); default 8 hours.
     *
     * @param lifetime how long a Live Activity runs; positive
     * @return this builder
     */
    public Builder activityLifetime(Duration lifetime) {
      this.activityLifetime = requirePositive(lifetime, "lifetime");
      return this;
    }

    /**
     * How long an ended Live Activity stays on the lock screen when the end names no dismissal; default 2 minutes.
     *
     * @param dismissal how long an ended card stays; zero or more
     * @return this builder
     */
    public Builder defaultDismissal(Duration dismissal) {
      requireNonNull(dismissal, "dismissal == null");
      if (dismissal.isNegative()) {
        throw new IllegalArgumentException("dismissal must not be negative but was " + dismissal);
      }
      this.defaultDismissal = dismissal;
      return this;
    }

    /**
     * Keeps at most this many journal entries, and as many delivered pushes and ended Live
     * Activities, dropping the oldest ({@link Journal#dropped()} and {@link LockScreen#pushesDropped()}
     * count them); default 10,000.
     *
     * @param capacity the most entries kept; 1 or more
     * @return this builder
     */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("journal capacity must be at least 1 but was " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /**
     * Keeps the journal, and separately the delivered pushes, within about this many bytes of heap,
     * dropping the oldest entries; default 64 MiB. The newest entry is always kept.
     *
     * @param bytes the approximate heap bound; positive
     * @return this builder
     */
    public Builder journalBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("journal bytes must be at least 1 but was " + bytes);
      }
      this.journalBytes = bytes;
      return this;
    }

    /**
     * Answers 413 to a request whose body is longer than this, API and control requests alike;
     * default 1 MiB. A longer body is read to its end without being kept.
     *
     * @param bytes the longest body accepted; positive
     * @return this builder
     */
    public Builder maxRequestBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("max request bytes must be at least 1 but was " + bytes);
      }
      this.maxRequestBytes = bytes;
      return this;
    }

    /**
     * Answers 431 and closes the connection when a request line and its headers take more than
     * this many bytes, before more of them is held in memory; default 64 KiB.
     *
     * @param bytes the longest request head accepted; 256 or more
     * @return this builder
     */
    public Builder maxHeaderBytes(int bytes) {
      if (bytes < 256) {
        throw new IllegalArgumentException("max header bytes must be at least 256 but was " + bytes);
      }
      this.maxHeaderBytes = bytes;
      return this;
    }

    /**
     * At most this many faults wait in the schedule at once; more are refused; default 10,000.
     *
     * @param faults the most pending faults; 1 or more
     * @return this builder
     */
    public Builder maxPendingFaults(int faults) {
      if (faults < 1) {
        throw new IllegalArgumentException("max pending faults must be at least 1 but was " + faults);
      }
      this.maxPendingFaults = faults;
      return this;
    }

    /**
     * Answers as the older deployment of the service did: 404 (not 422) when a request reaches
     * no device, one rate limit of 60 requests per minute shared by push, stream PUT and DELETE
     * and metrics (start, update, end and badge uncounted), no {@code RateLimit} headers, and the
     * Live Activity limit's 429 without device counts. Default: today's service.
     *
     * @return this builder
     */
    public Builder legacy() {
      this.legacy = true;
      return this;
    }

    /**
     * Starts a simulator with this configuration.
     *
     * @return the running simulator; close it when done
     */
    public Simulator start() {
      return new Simulator(this);
    }

    private static String requireKey(String key) {
      requireNonNull(key, "key == null");
      if (key.isBlank() || key.chars().anyMatch(Character::isWhitespace)) {
        // Never echo the value: it may be a real key pasted with a stray newline.
        throw new IllegalArgumentException("an API key must be non-empty and contain no whitespace (got "
            + key.length() + " characters)");
      }
      return key;
    }

    private static Duration requirePositive(Duration d, String name) {
      requireNonNull(d, name + " == null");
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + d);
      }
      return d;
    }

  private static Set<Endpoint> defaultRateLimited() {
      Set<Endpoint> out = EnumSet.noneOf(Endpoint.class);
      for (Endpoint op : Endpoint.values()) {
        if (op.rateLimitedByDefault()) {
          out.add(op);
        }
      }
      return out;
    }

    private static InetAddress loopback() {
      try {
        return InetAddress.getByName("127.0.0.1");
      } catch (UnknownHostException e) {
        throw new AssertionError(e);
      }
    }
  }
}
