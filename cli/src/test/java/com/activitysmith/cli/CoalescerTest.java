package com.activitysmith.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class CoalescerTest {
  @Test
  void sendsAnOfferOnceTheIntervalHasPassed() throws Exception {
    CountDownLatch sent = new CountDownLatch(1);
    List<Integer> values = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(0, System.nanoTime(), v -> {
      values.add(v);
      sent.countDown();
    });

    coalescer.offer(1);

    assertThat(sent.await(60, TimeUnit.SECONDS)).isTrue();
    coalescer.finish();
    assertThat(values).containsExactly(1);
  }

  @Test
  void offersWhileASendIsUnderwayCollapseIntoTheNewest() throws Exception {
    CountDownLatch firstStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch secondSent = new CountDownLatch(1);
    List<Integer> values = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(0, System.nanoTime(), v -> {
      values.add(v);
      if (values.size() == 1) {
        firstStarted.countDown();
        await(release);
      } else {
        secondSent.countDown();
      }
    });

    coalescer.offer(1);
    assertThat(firstStarted.await(60, TimeUnit.SECONDS)).isTrue();
    coalescer.offer(2);
    coalescer.offer(3);
    coalescer.offer(4);
    release.countDown();

    assertThat(secondSent.await(60, TimeUnit.SECONDS)).isTrue();
    coalescer.finish();
    assertThat(values).containsExactly(1, 4);
  }

  @Test
  void finishDropsWhatIsWaitingForTheInterval() {
    List<Integer> values = new CopyOnWriteArrayList<>();
    Coalescer coalescer = new Coalescer(TimeUnit.HOURS.toMillis(1), System.nanoTime(), values::add);

    coalescer.offer(1);
    coalescer.offer(2);
    coalescer.finish();
    coalescer.offer(3);

    assertThat(values).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
