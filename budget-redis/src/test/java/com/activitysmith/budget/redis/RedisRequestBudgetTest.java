package com.activitysmith.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.ActivitySmith;
import com.activitysmith.RequestBudget.Policy;
import com.activitysmith.RequestBudget.Priority;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class RedisRequestBudgetTest {
  private static RedisServer redis;

  private final List<AutoCloseable> closing = new ArrayList<>();
  private final List<LogRecord> logged = new ArrayList<>();
  private final Logger logger = Logger.getLogger(RedisRequestBudget.class.getName());
  private final Handler capture = new Handler() {
    @Override
    public synchronized void publish(LogRecord record) {
      logged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @BeforeAll
  static void startRedis() {
    redis = RedisServer.start();
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @AfterEach
  void closeAll() throws Exception {
    logger.removeHandler(capture);
    for (AutoCloseable c : closing) {
      c.close();
    }
    redis.restart();
  }

  @Test
  void twoJvmsTakeFromOneBudgetAndTogetherStayUnderIt(TestInfo test) throws Exception {
    String namespace = namespace(test);
    RedisRequestBudget budget = budget(namespace);
    int taken = take(budget, 20);

    String child = runChild("take", redis.uri(), namespace, "100");

    assertThat(taken).isEqualTo(20);
    assertThat(child).isEqualTo("taken=30 shared=true");
    assertThat(take(budget, 100)).as("the other JVM took the rest").isZero();
  }

  @Test
  void clientsInTwoJvmsSendWithinTheServicesLimitTogetherAndGetNo429(TestInfo test) throws Exception {
    String namespace = namespace(test);
    try (Simulator simulator = Simulator.builder().rateLimit(10).start()) {
      String mine = BudgetChild.push(budget(namespace), simulator.baseUrl(), simulator.apiKey(), 6);

      String theirs = runChild("push", redis.uri(), namespace, simulator.baseUrl(), simulator.apiKey(), "10");

      assertThat(mine).isEqualTo("sent=6 refused=0");
      List<JournalEntry> pushes = simulator.journal().entries(Endpoint.PUSH);
      assertThat(pushes).extracting(JournalEntry::status).as("no 429: the budget held the rest back").containsOnly(200);
      int theirSent = Integer.parseInt(theirs.replaceAll("sent=(\\d+) .*", "$1"));
      assertThat(theirs).as("they got what was left of the minute's 10").isEqualTo("sent=" + theirSent + " refused="
          + (10 - theirSent) + " shared=true");
      assertThat(pushes).hasSize(6 + theirSent).hasSizeLessThanOrEqualTo(10);
    }
  }

  @Test
  void redisGoingAwayFallsBackToTheLocalBudgetWithOneWarningAndComesBack(TestInfo test) throws Exception {
    logger.addHandler(capture);
    RedisRequestBudget budget = RedisRequestBudget.builder().uri(redis.uri()).namespace(namespace(test))
        .retryAfter(Duration.ofMillis(200)).commandTimeout(Duration.ofMillis(300)).build();
    closing.add(budget);
    assertThat(take(budget, 3)).isEqualTo(3);
    assertThat(budget.shared()).isTrue();

    redis.stop();

    assertThat(take(budget, 5)).as("requests go on, counted locally").isEqualTo(5);
    assertThat(budget.shared()).isFalse();
    assertThat(budget.toString()).endsWith(", falling back to a local budget}");
    assertThat(warnings()).hasSize(1);
    assertThat(warnings().get(0)).contains("did not answer").contains("counting in this JVM's own budget");

    redis.restart();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!budget.shared() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(budget.shared()).as("back on Redis once it answers").isTrue();
    assertThat(take(budget, 1)).isEqualTo(1);
    assertThat(warnings()).hasSize(1);
    assertThat(messages(Level.INFO)).anyMatch(m -> m.contains("answers again"));
  }

  @Test
  void aClientLosesNothingWhenRedisGoesAwayMidRun(TestInfo test) throws Exception {
    try (Simulator simulator = Simulator.builder().start();
        ActivitySmith smith = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl())
            .requestBudget(RedisRequestBudget.builder().uri(redis.uri()).namespace(namespace(test))
                .retryAfter(Duration.ofSeconds(30)).commandTimeout(Duration.ofMillis(300)).build())
            .build()) {
      closing.add(smith.requestBudget());
      for (int i = 0; i < 20; i++) {
        if (i == 10) {
          redis.stop();
        }
        smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().title("Push " + i).build()));
      }

      assertThat(simulator.lockScreen().pushes()).hasSize(20);
      assertThat(((RedisRequestBudget) smith.requestBudget()).shared()).isFalse();
    }
  }

  @Test
  void namespacesAreSeparateBudgets(TestInfo test) {
    assertThat(take(budget(namespace(test) + "-a"), 60)).isEqualTo(50);
    assertThat(take(budget(namespace(test) + "-b"), 60)).isEqualTo(50);
  }

  @Test
  void aReportedRemainingLowersTheSharedBudgetButNeverRaisesIt(TestInfo test) {
    RedisRequestBudget budget = budget(namespace(test));
    take(budget, 10);

    budget.correct(BudgetChild.HOURLY, 45, Duration.ofMinutes(30), 0);
    assertThat(take(budget, 100)).as("40 left by our count, 45 by the service's: ours stands").isEqualTo(40);

    RedisRequestBudget other = budget(namespace(test) + "-lowered");
    other.correct(BudgetChild.HOURLY, 5, Duration.ofMinutes(30), 2);
    assertThat(take(other, 100)).as("5 left less our 2 in flight").isEqualTo(3);
  }

  @Test
  void intermediateRequestsArePacedInTheSharedBudgetToo(TestInfo test) {
    RedisRequestBudget budget = budget(namespace(test));
    Policy live = new Policy("account:live_activities", 300, Duration.ofSeconds(60));
    int updates = 0;
    for (int i = 0; i < 100; i++) {
      if (budget.tryAcquire(List.of(live), Priority.INTERMEDIATE).isZero()) {
        updates++;
      }
    }
    assertThat(updates).as("a burst of a tenth of the quota, and what the pace refilled while this ran").isBetween(30, 45);
    assertThat(budget.tryAcquire(List.of(live), Priority.FINAL)).as("an end is not paced").isZero();
  }

  @Test
  void contendingJvmsBookTheirTurnsInTheOrderTheyAsked(TestInfo test) throws Exception {
    String namespace = namespace(test);
    RedisRequestBudget first = budget(namespace);
    RedisRequestBudget second = budget(namespace);
    // 20 per 6 s: a burst of 2, then one every 333 ms.
    Policy quick = new Policy("test:quick", 20, Duration.ofSeconds(6));
    assertThat(first.tryAcquire(List.of(quick), Priority.INTERMEDIATE)).isZero();
    assertThat(first.tryAcquire(List.of(quick), Priority.INTERMEDIATE)).isZero();

    Duration firstTurn = first.tryAcquire(List.of(quick), Priority.INTERMEDIATE);
    Duration secondTurn = second.tryAcquire(List.of(quick), Priority.INTERMEDIATE);

    assertThat(firstTurn).isPositive();
    assertThat(secondTurn).as("booked after the first's turn").isGreaterThan(firstTurn.plusMillis(200));
    assertThat(first.tryAcquire(List.of(quick), Priority.INTERMEDIATE)).as("asking early keeps the booking")
        .isPositive().isLessThanOrEqualTo(firstTurn);
    Thread.sleep(firstTurn.toMillis() + 50);
    assertThat(first.tryAcquire(List.of(quick), Priority.INTERMEDIATE)).as("its turn came").isZero();
  }

  @Test
  void theBuilderSaysWhatIsMissing() {
    assertThatThrownBy(() -> RedisRequestBudget.builder().namespace("x").build())
        .hasMessage("Redis is not set: call uri(\"redis://host:6379\") or client(redisClient)");
    assertThatThrownBy(() -> RedisRequestBudget.builder().uri(redis.uri()).build())
        .hasMessage("namespace is not set: name the budget every JVM on this API key shares");
    assertThatThrownBy(() -> RedisRequestBudget.builder().namespace("acme prod"))
        .hasMessage("namespace must be 1 to 64 letters, digits, '.', '_' or '-' but was \"acme prod\"");
  }

  private RedisRequestBudget budget(String namespace) {
    RedisRequestBudget budget = RedisRequestBudget.builder().uri(redis.uri()).namespace(namespace).build();
    closing.add(budget);
    return budget;
  }

  private static int take(RedisRequestBudget budget, int tries) {
    int taken = 0;
    for (int i = 0; i < tries; i++) {
      if (budget.tryAcquire(List.of(BudgetChild.HOURLY), Priority.FINAL).isZero()) {
        taken++;
      }
    }
    return taken;
  }

  private List<String> warnings() {
    return messages(Level.WARNING);
  }

  private synchronized List<String> messages(Level level) {
    return logged.stream().filter(r -> r.getLevel().equals(level))
        .map(r -> java.text.MessageFormat.format(r.getMessage(), r.getParameters())).toList();
  }

  private static String namespace(TestInfo test) {
    String name = test.getTestMethod().orElseThrow().getName();
    return name.substring(0, Math.min(40, name.length())) + "-" + ProcessHandle.current().pid();
  }

  private static String runChild(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BudgetChild.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    if (!child.waitFor(90, TimeUnit.SECONDS)) {
      child.destroyForcibly();
      throw new AssertionError("the other JVM did not finish within 90 s");
    }
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(child.exitValue()).as(output).isZero();
    String[] lines = output.split("\n");
    return lines[lines.length - 1].strip();
  }
}
