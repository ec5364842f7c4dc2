package com.activitysmith.budget.redis;

import com.activitysmith.ActivitySmith;
import com.activitysmith.RequestBudget;
import com.activitysmith.RequestBudget.Policy;
import com.activitysmith.RequestBudget.Priority;
import com.activitysmith.exception.RequestBudgetException;
import com.activitysmith.generated.model.PushNotificationRequest;
import com.activitysmith.payload.PushPayload;
import java.time.Duration;
import java.util.List;

/**
 * The other JVM of the shared-budget tests, started by them with the test class path.
 *
 * <ul>
 *   <li>{@code take <redis-uri> <namespace> <tries>}: tries to take from a 50-per-hour policy and
 *       prints {@code taken=N}.
 *   <li>{@code push <redis-uri> <namespace> <base-url> <api-key> <count>}: sends pushes through a
 *       client on the shared budget, waiting at most 1 s for room, and prints {@code sent=N
 *       refused=M}.
 * </ul>
 */
public final class BudgetChild {
  static final Policy HOURLY = new Policy("test:hourly", 50, Duration.ofHours(1));

  private BudgetChild() {}

  public static void main(String[] args) {
    try (RedisRequestBudget budget = RedisRequestBudget.builder().uri(args[1]).namespace(args[2]).build()) {
      if (args[0].equals("take")) {
        int taken = 0;
        for (int i = 0, tries = Integer.parseInt(args[3]); i < tries; i++) {
          if (budget.tryAcquire(List.of(HOURLY), Priority.FINAL).isZero()) {
            taken++;
          }
        }
        System.out.println("taken=" + taken + " shared=" + budget.shared());
      } else {
        System.out.println(push(budget, args[3], args[4], Integer.parseInt(args[5])) + " shared=" + budget.shared());
      }
    }
  }

  static String push(RequestBudget budget, String baseUrl, String apiKey, int count) {
    int sent = 0;
    int refused = 0;
    try (ActivitySmith smith = ActivitySmith.builder().apiKey(apiKey).baseUrl(baseUrl).requestBudget(budget)
        .budgetWait(Duration.ofSeconds(1)).build()) {
      for (int i = 0; i < count; i++) {
        try {
          smith.notifications().send(PushPayload.of(PushNotificationRequest.builder().title("Build " + i).build()));
          sent++;
        } catch (RequestBudgetException e) {
          refused++;
        }
      }
    }
    return "sent=" + sent + " refused=" + refused;
  }
}
