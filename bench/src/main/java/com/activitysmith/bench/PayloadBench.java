package com.activitysmith.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** DSL build + validate + serialize per payload, beside a map written with Moshi. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PayloadBench {
  @Param
  public Payloads payload;

  /** Fails the run when the two sides would not send the same JSON. */
  @Setup
  public void check() {
    payload.check();
  }

  /** What the client does before sending. */
  @Benchmark
  public byte[] sdk() {
    return payload.sdk();
  }

  /** The same JSON as a map, written with Moshi. */
  @Benchmark
  public byte[] baseline() {
    return payload.baseline();
  }
}
