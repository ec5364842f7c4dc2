package com.activitysmith.internal.budget;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RateLimitPolicyState;
import com.activitysmith.RateLimitState;
import com.activitysmith.RequestBudget;
import com.activitysmith.exception.RequestBudgetException;
import com.activitysmith.generated.ApiOperation;
import com.activitysmith.internal.retry.RetryScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.annotation.Nullable;

/**
 * Where every request waits for room in the {@link RequestBudget} before it is sent. Waiting
 * requests queue by {@link RequestBudget.Priority}, then in arrival order; a request is held back only by earlier
 * ones that need a policy with no room, so a spent Live Activity budget never delays a push. A
 * blocking call waits on its own thread; an asynchronous one only holds a queue entry, and the
 * client's {@link RetryScheduler} (the thread retries wait on) admits the queue when the budget
 * expects room. A
 * request whose wait would exceed the allowed wait fails with {@link RequestBudgetException}
 * without being sent. Thread-safe.
 *
 * <p>The policies and their sizes are the spec's ({@link ApiOperation#rateLimitPolicies()}); every
 * answer's {@code RateLimit} headers correct the budget through {@link #settle}.
 */
public final class BudgetGate implements AutoCloseable {
  private final RequestBudget budget;
  private final Clock clock;
  private final RetryScheduler scheduler;
  private final Duration maxWait;
  private final boolean open;
  private final TreeSet<Waiter> queue = new TreeSet<>();
  private final Map<String, AtomicLong> inFlight = new ConcurrentHashMap<>();
  private final Map<String, List<RequestBudget.Policy>> policies = new ConcurrentHashMap<>();
  /** Policies whose size the service reported differently from the spec ({@code RateLimit-Policy}): the service's win. */
  private final Map<String, RequestBudget.Policy> reportedSizes = new ConcurrentHashMap<>();
  /** Per operation, the policies the service reported that the spec does not list for it. */
  private final Map<String, Set<String>> learnedNames = new ConcurrentHashMap<>();
  private long sequence;
  private @Nullable Instant wakeAt;
  private @Nullable Future<?> wake;
  private boolean closed;

  /**
   * Creates the gate.
   *
   * @param clock measures the allowed wait (the retry policy's clock)
   * @param scheduler runs the wake-up when the budget expects room (the client's, shared with retries)
   * @param maxWait the longest a request may wait for room
   */
  public BudgetGate(RequestBudget budget, Clock clock, RetryScheduler scheduler, Duration maxWait) {
    this.budget = requireNonNull(budget, "budget == null");
    this.clock = requireNonNull(clock, "clock == null");
    this.scheduler = requireNonNull(scheduler, "scheduler == null");
    this.maxWait = requireNonNull(maxWait, "maxWait == null");
    this.open = budget == NoBudget.INSTANCE;
  }

  /** The budget requests are counted against. */
  public RequestBudget budget() {
    return budget;
  }

  /**
   * The policies an operation counts against: the spec's, sized as the service last reported them
   * in a {@code RateLimit-Policy} header when it did, and any further policy the service reported
   * for the operation (an older deployment counts several features against one account policy).
   */
  public List<RequestBudget.Policy> policies(String operationId) {
    List<RequestBudget.Policy> fromSpec = policies.computeIfAbsent(operationId, id -> ApiOperation.of(id).rateLimitPolicies()
        .stream()
        .map(limit -> new RequestBudget.Policy(limit.name(), limit.quota(), Duration.ofSeconds(limit.windowSeconds())))
        .toList());
    Set<String> learned = learnedNames.getOrDefault(operationId, Set.of());
    if (reportedSizes.isEmpty() && learned.isEmpty()) {
      return fromSpec;
    }
    List<RequestBudget.Policy> all = new ArrayList<>();
    for (RequestBudget.Policy policy : fromSpec) {
      all.add(reportedSizes.getOrDefault(policy.name(), policy));
    }
    for (String name : learned) {
      RequestBudget.Policy policy = reportedSizes.get(name);
      if (policy != null && all.stream().noneMatch(p -> p.name().equals(name))) {
        all.add(policy);
      }
    }
    return List.copyOf(all);
  }

  /**
   * Waits on the calling thread until the budget has room for the operation.
   *
   * @return the permit to {@link #settle} once the call is answered
   * @throws RequestBudgetException if no room is expected within the allowed wait
   */
  public Permit acquire(String operationId) {
    CompletableFuture<Permit> admitted = admit(operationId);
    try {
      return admitted.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (!admitted.cancel(false)) {
        // Admitted in the meantime: hand the room back.
        admitted.thenAccept(this::giveBack);
      }
      throw new RequestBudgetException("Interrupted while waiting for room in the rate budget; nothing was sent ["
          + operationId + "]", operationId, List.of(), Duration.ZERO);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * Queues the operation for room in the budget without holding a thread.
   *
   * @return a future completed with the permit when there is room, or with {@link
   *     RequestBudgetException} when none is expected within the allowed wait; cancelling it
   *     leaves the queue
   */
  public CompletableFuture<Permit> admit(String operationId) {
    List<RequestBudget.Policy> needed = policies(operationId);
    if (open || needed.isEmpty()) {
      return CompletableFuture.completedFuture(started(new Permit(operationId, needed)));
    }
    Waiter waiter;
    synchronized (this) {
      if (closed) {
        throw new IllegalStateException("ActivitySmith client is closed");
      }
      waiter = new Waiter(operationId, needed, RequestBudget.Priority.of(operationId), sequence++, clock.instant().plus(maxWait));
      queue.add(waiter);
    }
    waiter.future.whenComplete((permit, failure) -> {
      if (waiter.future.isCancelled()) {
        synchronized (this) {
          queue.remove(waiter);
        }
      }
    });
    drain();
    return waiter.future;
  }

  /**
   * Records that a call sent with the permit was answered, correcting the budget from the answer's
   * {@code RateLimit} headers (empty when no answer came).
   */
  public void settle(Permit permit, RateLimitState state) {
    requireNonNull(permit, "permit == null");
    requireNonNull(state, "state == null");
    for (RequestBudget.Policy policy : permit.policies()) {
      inFlight(policy).decrementAndGet();
    }
    if (open) {
      return;
    }
    for (RateLimitPolicyState reported : state.policies()) {
      RequestBudget.Policy counted = permit.policies().stream().filter(p -> p.name().equals(reported.name())).findFirst()
          .orElse(null);
      RequestBudget.Policy sized;
      if (counted != null) {
        sized = resized(counted, reported);
      } else if (reported.quota().isPresent() && reported.quota().getAsLong() > 0
          && reported.window().filter(w -> !w.isNegative() && !w.isZero()).isPresent()) {
        // A policy the spec does not list for this operation: count the operation against it from now on.
        sized = new RequestBudget.Policy(reported.name(), reported.quota().getAsLong(), reported.window().get());
        reportedSizes.put(sized.name(), sized);
        learnedNames.computeIfAbsent(permit.operationId(), id -> ConcurrentHashMap.newKeySet()).add(sized.name());
      } else {
        continue;
      }
      if (reported.remaining().isPresent() && reported.reset().isPresent()) {
        long others = counted != null ? Math.max(0, inFlight(counted).get()) : 0;
        budget.correct(sized, reported.remaining().getAsLong(), reported.reset().get(), others);
      }
    }
    drain();
  }

  /** The policy as the service sized it in the answer ({@code q} and {@code w}), remembered for later requests. */
  private RequestBudget.Policy resized(RequestBudget.Policy policy, RateLimitPolicyState reported) {
    long quota = reported.quota().orElse(policy.quota());
    Duration window = reported.window().filter(w -> !w.isNegative() && !w.isZero()).orElse(policy.window());
    if (quota < 1 || (quota == policy.quota() && window.equals(policy.window()))) {
      return policy;
    }
    RequestBudget.Policy sized = new RequestBudget.Policy(policy.name(), quota, window);
    reportedSizes.put(policy.name(), sized);
    return sized;
  }

  /** How many requests are queued for room; for tests. */
  public synchronized int queued() {
    return queue.size();
  }

  private Permit started(Permit permit) {
    for (RequestBudget.Policy policy : permit.policies()) {
      inFlight(policy).incrementAndGet();
    }
    return permit;
  }

  private void giveBack(Permit permit) {
    for (RequestBudget.Policy policy : permit.policies()) {
      inFlight(policy).decrementAndGet();
    }
    budget.release(permit.policies(), RequestBudget.Priority.of(permit.operationId()));
  }

  private AtomicLong inFlight(RequestBudget.Policy policy) {
    return inFlight.computeIfAbsent(policy.name(), name -> new AtomicLong());
  }

  /** Admits every queued request the budget has room for, fails those out of time, and sets the next wake-up. */
  private void drain() {
    List<Runnable> completions = new ArrayList<>();
    synchronized (this) {
      if (closed) {
        return;
      }
      Instant now = clock.instant();
      Set<String> blocked = new HashSet<>();
      Duration soonest = null;
      for (Waiter waiter : new ArrayList<>(queue)) {
        if (waiter.future.isDone()) {
          queue.remove(waiter);
          continue;
        }
        if (waiter.policies.stream().anyMatch(p -> blocked.contains(p.name()))) {
          if (now.isAfter(waiter.deadline)) {
            queue.remove(waiter);
            completions.add(() -> waiter.future.completeExceptionally(tooLong(waiter, Duration.ZERO, blocked)));
          }
          continue;
        }
        // Sized afresh: an answer since this request queued may have reported the service's sizes.
        List<RequestBudget.Policy> current = policies(waiter.operationId);
        Duration wait = budget.tryAcquire(current, waiter.priority);
        if (wait.isZero()) {
          queue.remove(waiter);
          Permit permit = started(new Permit(waiter.operationId, current));
          completions.add(() -> {
            if (!waiter.future.complete(permit)) {
              giveBack(permit);
            }
          });
          continue;
        }
        if (now.plus(wait).isAfter(waiter.deadline)) {
          queue.remove(waiter);
          Duration until = wait;
          completions.add(() -> waiter.future.completeExceptionally(tooLong(waiter, until, Set.of())));
          continue;
        }
        waiter.policies.forEach(p -> blocked.add(p.name()));
        soonest = soonest == null || wait.compareTo(soonest) < 0 ? wait : soonest;
      }
      if (soonest != null) {
        wakeUp(now, soonest);
      }
    }
    completions.forEach(Runnable::run);
  }

  private RequestBudgetException tooLong(Waiter waiter, Duration until, Set<String> blocked) {
    List<String> names = waiter.policies.stream().map(RequestBudget.Policy::name)
        .filter(name -> blocked.isEmpty() || blocked.contains(name)).toList();
    return new RequestBudgetException("The rate budget has no room for " + waiter.operationId + " within the "
        + maxWait.toMillis() + " ms allowed (ActivitySmith.Builder#budgetWait); policies " + names
        + (until.isZero() ? " are taken by requests queued first" : " expect room in " + until.toMillis() + " ms")
        + "; nothing was sent", waiter.operationId, names, until);
  }

  /** Makes sure a drain runs once the budget expects room (holding the lock); an earlier need moves the wake-up. */
  private void wakeUp(Instant now, Duration wait) {
    Instant at = now.plus(wait);
    if (wakeAt != null && !at.isBefore(wakeAt)) {
      return;
    }
    if (wake != null) {
      wake.cancel(true);
    }
    wakeAt = at;
    try {
      wake = scheduler.schedule(this::woken, wait, () -> {});
    } catch (RejectedExecutionException e) {
      wakeAt = null;
      wake = null;
    }
  }

  private void woken() {
    synchronized (this) {
      wakeAt = null;
      wake = null;
    }
    drain();
  }

  /**
   * Stops the wake-ups and fails every queued request with an {@link IllegalStateException}; the
   * budget itself is the application's to close.
   */
  @Override
  public void close() {
    List<Waiter> left;
    synchronized (this) {
      closed = true;
      left = new ArrayList<>(queue);
      queue.clear();
      if (wake != null) {
        wake.cancel(true);
      }
    }
    for (Waiter waiter : left) {
      waiter.future.completeExceptionally(new IllegalStateException("ActivitySmith client was closed before "
          + waiter.operationId + " had room in the rate budget; nothing was sent"));
    }
  }

  /**
   * Room for one request in the budget, taken before it was sent.
   *
   * @param operationId the operation
   * @param policies the policies it was counted against
   */
  public record Permit(String operationId, List<RequestBudget.Policy> policies) {}

  /** A queued request: ordered by priority, then arrival. */
  private static final class Waiter implements Comparable<Waiter> {
    final String operationId;
    final List<RequestBudget.Policy> policies;
    final RequestBudget.Priority priority;
    final long sequence;
    final Instant deadline;
    final CompletableFuture<Permit> future = new CompletableFuture<>();

    Waiter(String operationId, List<RequestBudget.Policy> policies, RequestBudget.Priority priority, long sequence, Instant deadline) {
      this.operationId = operationId;
      this.policies = policies;
      this.priority = priority;
      this.sequence = sequence;
      this.deadline = deadline;
    }

    @Override
    public int compareTo(Waiter other) {
      int byPriority = priority.compareTo(other.priority);
      return byPriority != 0 ? byPriority : Long.compare(sequence, other.sequence);
    }
  }
}
