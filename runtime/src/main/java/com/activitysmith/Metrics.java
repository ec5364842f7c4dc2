package com.activitysmith;

import static java.util.Objects.requireNonNull;

import com.activitysmith.generated.api.MetricsApi;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.MetricValueUpdateRequest;
import com.activitysmith.generated.model.MetricValueUpdateResponse;
import com.activitysmith.internal.call.ApiCaller;
import com.activitysmith.internal.validation.Arguments;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import javax.annotation.Nullable;
import retrofit2.Call;

/**
 * Records values of the metrics shown by the lock-screen widgets. Obtain it from {@link
 * ActivitySmith#metrics()}; immutable and thread-safe.
 *
 * <pre>{@code
 * smith.metrics().update("api.uptime", 99.95);
 * smith.metrics().update("deploy.status", "all green");
 * smith.metrics().update("queue.depth", 42, Instant.parse("2026-03-04T09:00:00Z"));
 * }</pre>
 *
 * <p>Keys must match {@code ^[a-z0-9][a-z0-9_.-]{0,63}$} and name a metric defined in the
 * ActivitySmith app; they are checked before sending and URL-encoded in the path. Numbers must be
 * finite and not negative and are sent exactly (a {@link java.math.BigDecimal} keeps all its
 * digits); text must have 1 to 64 characters. Recording a value is idempotent and retried on any
 * transient failure.
 */
public final class Metrics {
  private static final String UPDATE = "updateMetricValue";

  private final ApiCaller caller;
  private final MetricsApi api;

  Metrics(ApiCaller caller, MetricsApi api) {
    this.caller = caller;
    this.api = api;
  }

  /**
   * Records a numeric value, measured now.
   *
   * @throws com.activitysmith.exception.ValidationException for a bad key or value; nothing is sent
   * @throws com.activitysmith.exception.NotFoundException if no metric has this key
   * @throws com.activitysmith.exception.ApiException for other error answers
   * @throws com.activitysmith.exception.ApiConnectionException if no answer arrives
   */
  public void update(String key, Number value) {
    caller.call(prepare(key, Arguments.metricNumber(UPDATE, value), null));
  }

  /** Records a text value (1 to 64 characters), measured now; fails as {@link #update(String, Number)} does. */
  public void update(String key, String value) {
    caller.call(prepare(key, Arguments.metricText(value), null));
  }

  /** Records a numeric value measured at the given time; fails as {@link #update(String, Number)} does. */
  public void update(String key, Number value, Instant timestamp) {
    caller.call(prepare(key, Arguments.metricNumber(UPDATE, value), requireNonNull(timestamp, "timestamp == null")));
  }

  /** Records a text value measured at the given time; fails as {@link #update(String, Number)} does. */
  public void update(String key, String value, Instant timestamp) {
    caller.call(prepare(key, Arguments.metricText(value), requireNonNull(timestamp, "timestamp == null")));
  }

  /** Records a numeric value without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<Void> updateAsync(String key, Number value) {
    return caller.callAsync(prepare(key, Arguments.metricNumber(UPDATE, value), null)).thenApply(response -> null);
  }

  /** Records a text value without blocking; invalid input throws at once, other failures complete the future. */
  public CompletableFuture<Void> updateAsync(String key, String value) {
    return caller.callAsync(prepare(key, Arguments.metricText(value), null)).thenApply(response -> null);
  }

  /** Records a timestamped numeric value without blocking. */
  public CompletableFuture<Void> updateAsync(String key, Number value, Instant timestamp) {
    return caller.callAsync(prepare(key, Arguments.metricNumber(UPDATE, value), requireNonNull(timestamp, "timestamp == null")))
        .thenApply(response -> null);
  }

  /** Records a timestamped text value without blocking. */
  public CompletableFuture<Void> updateAsync(String key, String value, Instant timestamp) {
    return caller.callAsync(prepare(key, Arguments.metricText(value), requireNonNull(timestamp, "timestamp == null")))
        .thenApply(response -> null);
  }

  private Call<MetricValueUpdateResponse> prepare(String key, MetricValue value, @Nullable Instant timestamp) {
    MetricValueUpdateRequest request = MetricValueUpdateRequest.builder()
        .value(value)
        .timestamp(timestamp == null ? null : Arguments.timestamp(UPDATE, timestamp))
        .build();
    return api.updateMetricValue(caller.checkPathParameter(UPDATE, "key", requireNonNull(key, "key == null")), request);
  }
}
