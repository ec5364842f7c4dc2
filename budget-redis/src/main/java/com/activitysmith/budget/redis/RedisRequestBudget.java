package com.activitysmith.budget.redis;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RequestBudget;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A {@link RequestBudget} kept in Redis, so that every JVM using one API key stays under the
 * service's limits together: each policy's buckets live under one Redis key per namespace, and
 * Bucket4j's Lettuce integration takes from them atomically (compare-and-swap).
 *
 * <pre>{@code
 * RequestBudget shared = RedisRequestBudget.builder()
 *     .uri("redis://budget.internal:6379")
 *     .namespace("acme-production")        // one per API key: every JVM on the key names the same
 *     .build();
 * ActivitySmith smith = ActivitySmith.builder().apiKey(key).requestBudget(shared).build();
 * // ... at shutdown, after the clients:
 * shared.close();
 * }</pre>
 *
 * <p>The buckets are those of {@link RequestBudget#local()}: per policy, one holding the quota
 * of a window, and one pacing intermediate requests (updates, stream states, metric values, badge
 * counts) evenly across the window, so that they cannot take more than the quota in any stretch of
 * one window however the JVMs' requests interleave. A {@code RateLimit} header reporting fewer
 * requests left than the shared bucket holds lowers it; since other JVMs' requests in flight are
 * not known here, a header never raises it.
 *
 * <p>When Redis does not answer (within {@link Builder#commandTimeout}, or the connection is
 * gone), the budget logs one warning and counts in a budget local to this JVM, sized the same, so
 * that nothing waits on Redis and nothing is lost; it tries Redis again every {@link
 * Builder#retryAfter} and logs when it is back. Thread-safe.
 */
public final class RedisRequestBudget implements RequestBudget {
  private static final System.Logger LOG = System.getLogger(RedisRequestBudget.class.getName());
  private static final Duration MIN_EXPIRY = Duration.ofMinutes(5);
  /**
   * How many pace intervals ahead an intermediate request may book its turn. Booking, rather than
   * asking again when a token is due, serves the JVMs in the order they asked: asking again, the
   * one closest to Redis would win every token.
   */
  private static final long BOOKING_HORIZON = 10;

  private final RedisClient client;
  private final boolean ownsClient;
  private final String namespace;
  private final String where;
  private final Duration retryAfter;
  private final Clock clock;
  private final RequestBudget fallback;
  private final Map<String, BucketProxy> buckets = new ConcurrentHashMap<>();
  /** Pace tokens booked for the next request of a kind (priority and policies), and when it may go. */
  private final Map<String, Instant> tickets = new ConcurrentHashMap<>();
  private volatile StatefulRedisConnection<String, byte[]> connection;
  private volatile ProxyManager<String> proxies;
  private volatile Instant downUntil = Instant.MIN;
  private volatile boolean down;

  private RedisRequestBudget(Builder builder) {
    this.ownsClient = builder.client == null;
    this.client = ownsClient ? RedisClient.create(builder.uri) : builder.client;
    this.client.setOptions(ClientOptions.builder()
        .autoReconnect(true)
        // Fail at once while disconnected instead of queueing the budget's commands.
        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
        .timeoutOptions(TimeoutOptions.enabled(builder.commandTimeout))
        .build());
    this.namespace = builder.namespace;
    this.where = builder.uri != null ? redacted(builder.uri) : "the given RedisClient";
    this.retryAfter = builder.retryAfter;
    this.clock = builder.clock;
    this.fallback = RequestBudget.local(builder.clock);
  }

  /**
   * Starts describing a shared budget.
   *
   * @return a builder; {@link Builder#namespace} and one of {@link Builder#uri} or {@link Builder#client} are required
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Duration tryAcquire(List<Policy> policies, Priority priority) {
    requireNonNull(policies, "policies == null");
    requireNonNull(priority, "priority == null");
    ProxyManager<String> redis = redis();
    if (redis == null) {
      return fallback.tryAcquire(policies, priority);
    }
    String ticketKey = priority + " " + policies.stream().map(Policy::name).toList();
    Instant booked = tickets.get(ticketKey);
    if (booked != null) {
      Duration left = Duration.between(clock.instant(), booked);
      if (left.isNegative() || left.isZero()) {
        tickets.remove(ticketKey, booked);
        return Duration.ZERO;
      }
      return left;
    }
    List<BucketProxy> taken = new ArrayList<>();
    try {
      long bookedNanos = 0;
      for (Policy policy : policies) {
        BucketProxy window = bucket(redis, policy, "window");
        ConsumptionProbe probe = window.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
          giveBack(taken);
          return contended(probe.getNanosToWaitForRefill());
        }
        taken.add(window);
        if (priority == Priority.INTERMEDIATE) {
          BucketProxy pace = bucket(redis, policy, "pace");
          long[] delay = {0};
          long horizon = policy.window().toNanos() / Pace.of(policy).perWindow() * BOOKING_HORIZON;
          if (!book(pace, horizon, delay)) {
            giveBack(taken);
            return contended(pace.estimateAbilityToConsume(1).getNanosToWaitForRefill());
          }
          taken.add(pace);
          bookedNanos = Math.max(bookedNanos, delay[0]);
        }
      }
      up();
      if (bookedNanos > 0) {
        // Booked in turn: the tokens are taken, and the request may go once the pace has them.
        // The gate asks again when told; that ask redeems the booking.
        Duration wait = Duration.ofNanos(bookedNanos);
        tickets.put(ticketKey, clock.instant().plus(wait));
        return wait;
      }
      return Duration.ZERO;
    } catch (RuntimeException e) {
      wentAway(e);
      giveBackQuietly(taken);
      return fallback.tryAcquire(policies, priority);
    }
  }

  @Override
  public void release(List<Policy> policies, Priority priority) {
    ProxyManager<String> redis = redis();
    if (redis == null) {
      fallback.release(policies, priority);
      return;
    }
    try {
      for (Policy policy : policies) {
        giveBack(bucketsFor(redis, policy, priority));
      }
    } catch (RuntimeException e) {
      wentAway(e);
    }
  }

  @Override
  public void correct(Policy policy, long remaining, Duration reset, long inFlight) {
    requireNonNull(policy, "policy == null");
    requireNonNull(reset, "reset == null");
    ProxyManager<String> redis = redis();
    if (redis == null) {
      fallback.correct(policy, remaining, reset, inFlight);
      return;
    }
    try {
      BucketProxy window = bucket(redis, policy, "window");
      long target = Math.max(0, Math.min(policy.quota(), remaining - Math.max(0, inFlight)));
      long available = window.getAvailableTokens();
      if (available > target) {
        window.tryConsumeAsMuchAsPossible(available - target);
      }
    } catch (RuntimeException e) {
      wentAway(e);
      fallback.correct(policy, remaining, reset, inFlight);
    }
  }

  /**
   * Whether the budget is counting in Redis now.
   *
   * @return false while it falls back to this JVM's own budget
   */
  public boolean shared() {
    return redis() != null;
  }

  /** Closes the connection to Redis (and the client, when the budget created it). */
  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
      connection = null;
      proxies = null;
    }
    if (ownsClient) {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
    }
  }

  @Override
  public String toString() {
    return "RedisRequestBudget{" + where + ", namespace=" + namespace + (down ? ", falling back to a local budget" : "") + "}";
  }

  /** The proxies on a live connection, or null while Redis is taken to be away. */
  private ProxyManager<String> redis() {
    ProxyManager<String> current = proxies;
    if (current != null && !down) {
      return current;
    }
    if (clock.instant().isBefore(downUntil)) {
      return null;
    }
    synchronized (this) {
      if (proxies != null && !down) {
        return proxies;
      }
      if (clock.instant().isBefore(downUntil)) {
        return null;
      }
      try {
        if (connection == null) {
          connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
          buckets.clear();
          proxies = Bucket4jLettuce.casBasedBuilder(connection)
              .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(MIN_EXPIRY))
              .build();
        }
        connection.sync().ping();
        up();
        return proxies;
      } catch (RuntimeException e) {
        wentAway(e);
        return null;
      }
    }
  }

  /**
   * How long to wait before asking again: until the refill, plus up to half as long again at
   * random. Every JVM told the same refill time would otherwise ask at the same moment, and the
   * one with the shortest way to Redis would win every token; the spread makes each ask a fair
   * draw.
   */
  private static Duration contended(long nanosToRefill) {
    long wait = Math.max(1, nanosToRefill);
    return Duration.ofNanos(wait + ThreadLocalRandom.current().nextLong(wait / 2 + 1));
  }

  private List<BucketProxy> bucketsFor(ProxyManager<String> redis, Policy policy, Priority priority) {
    BucketProxy window = bucket(redis, policy, "window");
    return priority == Priority.INTERMEDIATE ? List.of(window, bucket(redis, policy, "pace")) : List.of(window);
  }

  private BucketProxy bucket(ProxyManager<String> redis, Policy policy, String kind) {
    String key = "activitysmith:budget:" + namespace + ":" + policy.name() + ":" + policy.quota() + "/"
        + policy.window().toSeconds() + "s:" + kind;
    return buckets.computeIfAbsent(key, k -> redis.builder().build(k, () -> configuration(policy, kind)));
  }

  private static BucketConfiguration configuration(Policy policy, String kind) {
    long quota = policy.quota();
    if (kind.equals("window")) {
      return BucketConfiguration.builder()
          .addLimit(limit -> limit.capacity(quota).refillIntervally(quota, policy.window()))
          .build();
    }
    Pace pace = Pace.of(policy);
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(pace.burst()).refillGreedy(pace.perWindow(), policy.window()))
        .build();
  }

  /**
   * Books one token of the pace if it frees up within {@code horizon}: Bucket4j's blocking consume
   * takes it atomically in Redis and then would sleep; here it only records how long.
   */
  private static boolean book(BucketProxy pace, long horizon, long[] delay) {
    try {
      return pace.asBlocking().tryConsume(1, horizon, nanos -> delay[0] = nanos);
    } catch (InterruptedException e) {
      // The strategy never sleeps, so nothing waited; keep the flag for the caller.
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void giveBack(List<BucketProxy> taken) {
    for (BucketProxy bucket : taken) {
      bucket.addTokens(1);
    }
  }

  private void giveBackQuietly(List<BucketProxy> taken) {
    try {
      giveBack(taken);
    } catch (RuntimeException ignored) {
      // Redis is away; the buckets refill by themselves.
    }
  }

  private void up() {
    if (down) {
      synchronized (this) {
        if (down) {
          down = false;
          LOG.log(Level.INFO, "Redis rate budget at {0} answers again; namespace {1} is shared again", where, namespace);
        }
      }
    }
  }

  private void wentAway(RuntimeException e) {
    synchronized (this) {
      downUntil = clock.instant().plus(retryAfter);
      if (!down) {
        down = true;
        LOG.log(Level.WARNING, "Redis rate budget at {0} did not answer ({1}); counting in this JVM''s own budget "
            + "until it does, trying again every {2} ms; requests go on", where, e.toString(), retryAfter.toMillis());
      }
    }
  }

  private static String redacted(RedisURI uri) {
    return uri.getHost() + ":" + uri.getPort();
  }

  /** Describes a {@link RedisRequestBudget}. */
  public static final class Builder {
    private RedisURI uri;
    private RedisClient client;
    private String namespace;
    private Duration commandTimeout = Duration.ofMillis(500);
    private Duration retryAfter = Duration.ofSeconds(5);
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Where Redis is; the budget creates and closes its own client.
     *
     * @param uri a Redis URI such as {@code redis://budget.internal:6379}
     * @return this builder
     */
    public Builder uri(String uri) {
      this.uri = RedisURI.create(requireNonNull(uri, "uri == null"));
      this.client = null;
      return this;
    }

    /**
     * A Lettuce client the application owns (and closes); the budget opens one connection on it
     * and sets its options (timeouts, rejecting commands while disconnected).
     *
     * @param client the client
     * @return this builder
     */
    public Builder client(RedisClient client) {
      this.client = requireNonNull(client, "client == null");
      this.uri = null;
      return this;
    }

    /**
     * Which shared budget this is: every JVM using one API key names the same namespace, and
     * different keys different ones.
     *
     * @param namespace letters, digits, {@code . _ -}; at most 64
     * @return this builder
     */
    public Builder namespace(String namespace) {
      requireNonNull(namespace, "namespace == null");
      if (!namespace.matches("[A-Za-z0-9._-]{1,64}")) {
        throw new IllegalArgumentException("namespace must be 1 to 64 letters, digits, '.', '_' or '-' but was \""
            + namespace + "\"");
      }
      this.namespace = namespace;
      return this;
    }

    /**
     * How long one Redis command may take before Redis is taken to be away.
     *
     * @param commandTimeout positive; default 500 ms
     * @return this builder
     */
    public Builder commandTimeout(Duration commandTimeout) {
      this.commandTimeout = positive("commandTimeout", commandTimeout);
      return this;
    }

    /**
     * How long the budget counts locally after Redis went away before it tries Redis again.
     *
     * @param retryAfter positive; default 5 s
     * @return this builder
     */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = positive("retryAfter", retryAfter);
      return this;
    }

    /**
     * The clock of the local fallback and of the retries.
     *
     * @param clock default the system clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock == null");
      return this;
    }

    /**
     * Creates the budget. It connects on first use; while Redis cannot be reached it counts locally.
     *
     * @return the budget, to pass to {@code ActivitySmith.Builder#requestBudget} and close after the clients
     * @throws IllegalStateException if neither {@link #uri} nor {@link #client} nor {@link #namespace} was given
     */
    public RedisRequestBudget build() {
      if (uri == null && client == null) {
        throw new IllegalStateException("Redis is not set: call uri(\"redis://host:6379\") or client(redisClient)");
      }
      if (namespace == null) {
        throw new IllegalStateException("namespace is not set: name the budget every JVM on this API key shares");
      }
      return new RedisRequestBudget(this);
    }

    private static Duration positive(String name, Duration value) {
      requireNonNull(value, () -> name + " == null");
      if (value.isNegative() || value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive but was " + value);
      }
      return value;
    }
  }
}
