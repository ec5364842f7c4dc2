package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.api.BadgesApi;
import com.activitysmith.generated.api.LiveActivitiesApi;
import com.activitysmith.generated.api.MetricsApi;
import com.activitysmith.generated.api.PushNotificationsApi;
import com.activitysmith.internal.budget.BudgetGate;
import com.activitysmith.internal.call.ApiCaller;
import com.activitysmith.internal.error.ErrorMapper;
import com.activitysmith.internal.error.Redactor;
import com.activitysmith.internal.http.BaseUrl;
import com.activitysmith.internal.http.HttpStack;
import com.activitysmith.internal.retry.RetryEngine;
import com.activitysmith.internal.retry.RetryScheduler;
import com.activitysmith.internal.validation.PreSendValidation;
import com.activitysmith.internal.validation.RequestValidator;
import com.activitysmith.internal.validation.GeneratedRules;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import javax.annotation.Nullable;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The ActivitySmith client: push notifications, Live Activities, widget metrics and the app icon
 * badge.
 *
 * <pre>{@code
 * try (ActivitySmith smith = ActivitySmith.fromEnv()) {
 *   smith.notifications().send(PushPayload.of(PushNotificationRequest.builder()
 *       .title("Build failed").message("main is red").build()));
 * }
 * }</pre>
 *
 * <p>Create one per application and share it: it is immutable and thread-safe, and all calls go
 * through one connection pool. The {@code ...Async} calls run on OkHttp's own asynchronous
 * execution and wait between attempts on one scheduler thread, so no thread is held per call; their
 * futures complete on OkHttp's threads (or on {@link Builder#executor}). {@link #close()} releases
 * the pool and those threads. Every request carries the key as a bearer token and identifies the SDK with {@code
 * X-ActivitySmith-SDK: java-v<version>} and {@code User-Agent: activitysmith-java/<version>};
 * failed calls are retried as the {@link RetryPolicy} says. The key never appears in {@link
 * #toString()}, in exception messages or in logs.
 *
 * <p>Before anything is sent, every request (its body and its stream or metric key) is checked
 * against the rules of the spec this SDK was built from, the same rules the DSL and the simulator
 * use; a broken rule throws {@link com.activitysmith.exception.ValidationException} naming each
 * problem and where it is.
 */
public final class ActivitySmith implements AutoCloseable {
  /** The production API, used unless {@link Builder#baseUrl} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://activitysmith.com/api";

  /** The most bytes of one response body the client reads unless {@link Builder#maxResponseBytes} says otherwise: 1 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 1024 * 1024;

  /** How long a request waits for room in the rate budget unless {@link Builder#budgetWait} says otherwise: 60 s. */
  public static final Duration DEFAULT_BUDGET_WAIT = Duration.ofSeconds(60);

  /** How many Live Activities may run at once unless {@link Builder#liveActivityLimit} says otherwise: 4, the service's limit today. */
  public static final int DEFAULT_LIVE_ACTIVITY_LIMIT = 4;

  /** The environment variable {@link #fromEnv()} reads the key from. */
  public static final String API_KEY_ENV = "ACTIVITYSMITH_API_KEY";

  private final HttpStack http;
  private final ApiCaller caller;
  private final RetryPolicy retryPolicy;
  private final RequestBudget budget;
  private final Notifications notifications;
  private final LiveActivities liveActivities;
  private final Metrics metrics;
  private final Badges badges;

  private ActivitySmith(Builder builder, String apiKey) {
    HttpUrl baseUrl = BaseUrl.parse(builder.baseUrl);
    this.retryPolicy = builder.retryPolicy;
    PreSendValidation validation = new PreSendValidation(builder.validator);
    this.http = HttpStack.create(baseUrl, apiKey, builder.okHttpClient,
        builder.connectTimeout, builder.readTimeout, builder.callTimeout, builder.maxResponseBytes, validation);
    Redactor redactor = new Redactor(apiKey);
    AtomicBoolean closed = new AtomicBoolean();
    RetryEngine engine = new RetryEngine(retryPolicy, new ErrorMapper(redactor, retryPolicy.clock()), redactor, closed::get);
    this.budget = builder.requestBudget != null ? builder.requestBudget : RequestBudget.local(retryPolicy.clock());
    RetryScheduler scheduler = new RetryScheduler(retryPolicy);
    BudgetGate gate = new BudgetGate(budget, retryPolicy.clock(), scheduler, builder.budgetWait);
    this.caller = new ApiCaller(validation, engine, scheduler, gate,
        closed, builder.executor, builder.closeGracePeriod);
    this.notifications = new Notifications(caller, http.api(PushNotificationsApi.class), List.of());
    this.liveActivities = new LiveActivities(caller, http.api(LiveActivitiesApi.class), List.of(),
        new ActiveActivities(builder.liveActivityLimit));
    this.metrics = new Metrics(caller, http.api(MetricsApi.class));
    this.badges = new Badges(caller, http.api(BadgesApi.class), List.of());
  }

  /**
   * Creates a client with the key from the {@value #API_KEY_ENV} environment variable and every
   * other setting at its default.
   *
   * @throws IllegalStateException if the variable is unset or blank
   */
  public static ActivitySmith fromEnv() {
    return fromEnv(System::getenv);
  }

  static ActivitySmith fromEnv(Function<String, String> environment) {
    String apiKey = environment.apply(API_KEY_ENV);
    if (apiKey == null || apiKey.isBlank()) {
      throw new IllegalStateException(API_KEY_ENV + " is " + (apiKey == null ? "not set" : "blank")
          + "; set it to your ActivitySmith API key, or pass the key with ActivitySmith.builder().apiKey(..)");
    }
    return builder().apiKey(apiKey.strip()).build();
  }

  /** Returns a builder for a client with custom settings; only the API key is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Push notifications. */
  public Notifications notifications() {
    return notifications;
  }

  /** Live Activities, by activity id or by stream key. */
  public LiveActivities liveActivities() {
    return liveActivities;
  }

  /** Lock-screen widget metrics. */
  public Metrics metrics() {
    return metrics;
  }

  /** The app icon badge. */
  public Badges badges() {
    return badges;
  }

  /** The rate budget requests wait for; see {@link Builder#requestBudget}. */
  public RequestBudget requestBudget() {
    return budget;
  }

  /** The OkHttp client requests run on; for tests in this package. */
  OkHttpClient httpClient() {
    return http.client();
  }

  /**
   * Releases the connection pool and the asynchronous calls' threads. Later calls fail with {@link
   * IllegalStateException}. Asynchronous calls still in flight get up to {@link
   * Builder#closeGracePeriod} (default 5 s) to finish; each one still pending then completes with an
   * {@link com.activitysmith.exception.ApiConnectionException}, so no future is left pending once
   * this returns. An {@link OkHttpClient} or executor the application supplied is left running.
   * Idempotent.
   */
  @Override
  public void close() {
    caller.close();
    http.close();
  }

  /** Describes the client without its key. */
  @Override
  public String toString() {
    return "ActivitySmith{baseUrl=" + http.baseUrl() + ", apiKey=" + Redactor.MASK + ", retryPolicy=" + retryPolicy + ", requestBudget=" + budget + "}";
  }

  /**
   * Configures an {@link ActivitySmith}. Not thread-safe; each {@link #build()} returns a new,
   * independent client.
   */
  public static final class Builder {
    private @Nullable String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration callTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Executor executor;
    private RequestValidator validator = new GeneratedRules();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Duration closeGracePeriod = Duration.ofSeconds(5);
    private @Nullable RequestBudget requestBudget;
    private Duration budgetWait = DEFAULT_BUDGET_WAIT;
    private int liveActivityLimit = DEFAULT_LIVE_ACTIVITY_LIMIT;

    private Builder() {}

    /** Sets the API key ({@code ask_...}); required. */
    public Builder apiKey(String apiKey) {
      requireNonNull(apiKey, "apiKey == null");
      if (apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey is blank");
      }
      for (int i = 0; i < apiKey.length(); i++) {
        char c = apiKey.charAt(i);
        if (c <= ' ' || c >= 0x7f) {
          // The message names the position only: the key itself must not appear anywhere.
          throw new IllegalArgumentException("apiKey contains a character not allowed in an HTTP header at index " + i);
        }
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets the API's base URL. Default {@value ActivitySmith#DEFAULT_BASE_URL}. Must be https,
     * except on 127.0.0.1, ::1 and localhost, where tests and the simulator run plain http, and must
     * not carry credentials ({@code user:password@}): the API key is the only credential sent.
     *
     * @throws IllegalArgumentException if the URL is malformed or not allowed
     */
    public Builder baseUrl(String baseUrl) {
      BaseUrl.parse(baseUrl);
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets how long to wait for a connection; zero means no limit. Default 10 s (or the supplied client's). */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout("connectTimeout", timeout);
      return this;
    }

    /** Sets how long to wait for each read from the connection; zero means no limit. Default 30 s (or the supplied client's). */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout("readTimeout", timeout);
      return this;
    }

    /**
     * Sets how long one attempt may take end to end; zero means no limit. Default 60 s (or the
     * supplied client's). The retry policy's {@code maxElapsed} bounds the call as a whole.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout("callTimeout", timeout);
      return this;
    }

    /** Sets when failed calls are retried. Default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} switches retries off. */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = requireNonNull(retryPolicy, "retryPolicy == null");
      return this;
    }

    /**
     * Runs requests on a client derived from the application's own (sharing its connection pool,
     * dispatcher, proxy and TLS settings). Timeouts set on this builder override the client's.
     * {@link ActivitySmith#close()} leaves the application's client running.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = requireNonNull(okHttpClient, "okHttpClient == null");
      return this;
    }

    /**
     * Completes the {@code ...Async} calls' futures on the application's executor, so that what the
     * application chains onto them runs there rather than on OkHttp's threads. The calls themselves
     * still run on OkHttp's asynchronous execution. {@link ActivitySmith#close()} leaves the executor
     * running.
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor == null");
      return this;
    }

    /**
     * Sets the most bytes of one response body the client reads, counted after gzip decoding;
     * from 1 KiB to 1 GiB. Default {@value ActivitySmith#DEFAULT_MAX_RESPONSE_BYTES} (1 MiB); the
     * service's answers are a few hundred bytes. A success body past it fails the call with {@link
     * com.activitysmith.exception.ResponseTooLargeException}; an error body past it is cut there.
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes < 1024 || maxResponseBytes > 1024L * 1024 * 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be from 1024 to 1073741824 but was " + maxResponseBytes);
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Sets how long {@link ActivitySmith#close()} lets asynchronous calls in flight finish before it
     * ends the rest with an {@link com.activitysmith.exception.ApiConnectionException}; zero ends them
     * at once. Default 5 s.
     */
    public Builder closeGracePeriod(Duration closeGracePeriod) {
      this.closeGracePeriod = timeout("closeGracePeriod", closeGracePeriod);
      return this;
    }

    /**
     * Sets the rate budget every request waits for before it is sent, so that the client holds
     * requests back instead of sending them into a 429. Default {@link RequestBudget#local()} on
     * the retry policy's clock: one bucket per rate-limit policy in this JVM, sized from the spec and
     * corrected by the service's {@code RateLimit} headers. {@link RequestBudget#unlimited()}
     * switches it off; a shared budget (the {@code activitysmith-budget-redis} module) keeps several
     * JVMs using one key under the limits together. When demand exceeds the budget, pushes, ends and
     * stream ends go first, then starts, then intermediate states. {@link ActivitySmith#close()}
     * leaves the budget open: it is the application's.
     */
    public Builder requestBudget(RequestBudget requestBudget) {
      this.requestBudget = requireNonNull(requestBudget, "requestBudget == null");
      return this;
    }

    /**
     * Sets the longest a request waits for room in the rate budget; a blocking call then throws
     * {@link com.activitysmith.exception.RequestBudgetException}, an asynchronous call's future
     * fails with it, and nothing is sent. A request that the budget expects to wait longer fails at
     * once. Default 60 s, one window of the service's policies.
     */
    public Builder budgetWait(Duration budgetWait) {
      this.budgetWait = timeout("budgetWait", budgetWait);
      return this;
    }

    /**
     * Sets how many Live Activities may run at once, as the service enforces it; default {@value
     * ActivitySmith#DEFAULT_LIVE_ACTIVITY_LIMIT}. A start (or a stream state for a key with no
     * running activity) that would exceed the activities this client started and has not seen end
     * throws {@link com.activitysmith.exception.LiveActivityLimitException} without being sent. The
     * service's own {@code limit}, when a 429 reports it, replaces this number.
     */
    public Builder liveActivityLimit(int liveActivityLimit) {
      if (liveActivityLimit < 1) {
        throw new IllegalArgumentException("liveActivityLimit must be at least 1 but was " + liveActivityLimit);
      }
      this.liveActivityLimit = liveActivityLimit;
      return this;
    }

    Builder validator(RequestValidator validator) {
      this.validator = requireNonNull(validator, "validator == null");
      return this;
    }

    /**
     * Creates the client.
     *
     * @throws IllegalStateException if no API key was set
     */
    public ActivitySmith build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is required: call apiKey(..) or use ActivitySmith.fromEnv()");
      }
      return new ActivitySmith(this, apiKey);
    }

    /** Describes the settings without the key. */
    @Override
    public String toString() {
      return "ActivitySmith.Builder{baseUrl=" + baseUrl + ", apiKey=" + (apiKey == null ? "unset" : Redactor.MASK) + "}";
    }

    private static Duration timeout(String name, Duration timeout) {
      requireNonNull(timeout, name + " == null");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative but was " + timeout);
      }
      return timeout;
    }
  }
}
