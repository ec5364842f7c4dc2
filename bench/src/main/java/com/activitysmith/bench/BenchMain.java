package com.activitysmith.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark of this module and writes the report: the JMH payload benchmarks, the
 * loopback client runs and the cold starts, each beside its baseline, all in this one run.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar com.activitysmith.bench.BenchMain --out bench/RESULTS.md
 * [--node-sdk DIR] [--command TEXT]}; {@code bench/run.sh} builds the jar and calls it.
 */
public final class BenchMain {
  private static final int COLD_RUNS = 10;

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i], args[i + 1]);
    }
    Path out = Path.of(opts.getOrDefault("--out", "bench/RESULTS.md"));
    String jar = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    Path work = Files.createDirectories(Path.of(jar).getParent().resolve("bench-work"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    for (Payloads p : Payloads.values()) {
      p.check();
    }
    if (!ColdRaw.BODY.equals(new String(Payloads.PUSH_3_ACTIONS.sdk(), StandardCharsets.UTF_8))) {
      throw new IllegalStateException("ColdRaw.BODY is not what the SDK sends:\n"
          + new String(Payloads.PUSH_3_ACTIONS.sdk(), StandardCharsets.UTF_8));
    }

    StringBuilder md = new StringBuilder();
    Process responder = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", jar,
        Responder.class.getName(), "0").redirectError(ProcessBuilder.Redirect.INHERIT).start();
    Runtime.getRuntime().addShutdownHook(new Thread(responder::destroy));
    try {
      String baseUrl = new BufferedReader(new InputStreamReader(responder.getInputStream(), StandardCharsets.UTF_8)).readLine();
      System.out.println("[bench] responder at " + baseUrl);

      String payloads = opts.containsKey("--skip-jmh") ? "" : payloadSection(Integer.parseInt(opts.getOrDefault("--warmup", "3")),
          Integer.parseInt(opts.getOrDefault("--measure", "5")));
      System.out.println("[bench] loopback");
      String loopback = loopbackSection(java, jar, baseUrl, Integer.parseInt(opts.getOrDefault("--requests", "10000")));
      System.out.println("[bench] cold start");
      String cold = coldSection(java, jar, baseUrl, work, opts.get("--node-sdk"), opts.get("--aot-jdk"));

      md.append("# Benchmark results\n\n")
          .append("Written by `bench/run.sh` (").append("`").append(BenchMain.class.getName()).append("`); every figure ")
          .append("below comes from the one run described here, and every ratio compares figures of that run.\n\n")
          .append("| | |\n|---|---|\n")
          .append("| date | ").append(started).append(" |\n")
          .append("| command | `").append(opts.getOrDefault("--command", "bench/run.sh")).append("` |\n")
          .append("| machine | ").append(cpuModel()).append(", ").append(Runtime.getRuntime().availableProcessors())
          .append(" cores, ").append(memTotal()).append(", ").append(System.getProperty("os.name")).append(' ')
          .append(System.getProperty("os.version")).append(" (shared with other work while it ran) |\n")
          .append("| JDK | ").append(System.getProperty("java.vm.name")).append(' ')
          .append(System.getProperty("java.runtime.version")).append(" |\n")
          .append("| commit | ").append(opts.getOrDefault("--commit", "?")).append(" |\n\n")
          .append(payloads).append(loopback).append(cold);
    } finally {
      responder.destroy();
      responder.waitFor(10, TimeUnit.SECONDS);
    }
    Files.writeString(out, md.toString());
    System.out.println("[bench] wrote " + out.toAbsolutePath());
  }

  // ---- JMH

  private static String payloadSection(int warmup, int measure) throws Exception {
    Options options = new OptionsBuilder().include(PayloadBench.class.getName()).addProfiler("gc")
        .warmupIterations(warmup).measurementIterations(measure).shouldFailOnError(true).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> byPayload = new LinkedHashMap<>();
    for (RunResult r : results) {
      String payload = r.getParams().getParam("payload");
      String side = r.getParams().getBenchmark().endsWith("sdk") ? "sdk" : "baseline";
      double ns = r.getPrimaryResult().getScore();
      double bytes = Double.NaN;
      for (Map.Entry<String, Result> e : r.getSecondaryResults().entrySet()) {
        if (e.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = e.getValue().getScore();
        }
      }
      double[] row = byPayload.computeIfAbsent(payload, k -> new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN});
      int at = side.equals("sdk") ? 0 : 2;
      row[at] = ns;
      row[at + 1] = bytes;
    }
    StringBuilder sb = new StringBuilder("## Payloads: DSL build + validate + serialize\n\n")
        .append("JMH 1.37, `PayloadBench`: 1 fork, ").append(warmup).append(" x 1 s warm-up, ").append(measure)
        .append(" x 1 s measurement, average time, `-prof gc` (B/op is `gc.alloc.rate.norm`). ")
        .append("*SDK*: the DSL chain, the generated request record, the client's pre-send validation and the ")
        .append("client's Moshi writing the bytes. *Baseline*: the same JSON built as nested `Map`s and written with a ")
        .append("plain Moshi (checked equal to the SDK's JSON before the run). Targets: at most 2 us and 2 KB per payload, ")
        .append("and at most 1.5x the baseline.\n\n")
        .append("| payload | SDK ns/op | SDK B/op | baseline ns/op | baseline B/op | time ratio | alloc ratio |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|\n");
    for (Map.Entry<String, double[]> e : byPayload.entrySet()) {
      double[] r = e.getValue();
      sb.append("| ").append(e.getKey().toLowerCase()).append(" | ").append(fmt(r[0])).append(" | ").append(fmt(r[1]))
          .append(" | ").append(fmt(r[2])).append(" | ").append(fmt(r[3])).append(" | ")
          .append(String.format("%.2fx", r[0] / r[2])).append(" | ").append(String.format("%.2fx", r[1] / r[3]))
          .append(" |\n");
    }
    double[] ns = byPayload.values().stream().mapToDouble(r -> r[0]).sorted().toArray();
    double[] bs = byPayload.values().stream().mapToDouble(r -> r[1]).sorted().toArray();
    double[] ratio = byPayload.values().stream().mapToDouble(r -> r[0] / r[2]).sorted().toArray();
    sb.append("\nSDK range: ").append(fmt(ns[0])).append(" to ").append(fmt(ns[ns.length - 1])).append(" ns/op, ")
        .append(fmt(bs[0])).append(" to ").append(fmt(bs[bs.length - 1])).append(" B/op; time ratio to the baseline ")
        .append(String.format("%.2fx to %.2fx", ratio[0], ratio[ratio.length - 1])).append(".\n\n");
    return sb.toString();
  }

  // ---- loopback

  private static String loopbackSection(String java, String jar, String baseUrl, int requests) throws Exception {
    Process p = new ProcessBuilder(java, "-Xms256m", "-Xmx256m", "-cp", jar, Loopback.class.getName(), baseUrl,
        String.valueOf(requests)).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        System.out.println("[loopback] " + line);
        rows.add(line.split("\t"));
      }
    }
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the loopback run failed");
    }
    StringBuilder sb = new StringBuilder("## Loopback client cost\n\n")
        .append("`Loopback`, in its own JVM (`-Xmx256m`), against `Responder` (JDK `HttpServer` answering a fixed 200 ")
        .append("JSON) in another process on 127.0.0.1. *SDK*: `ActivitySmith` with its defaults and ")
        .append("`RetryPolicy.none()` and `RequestBudget.unlimited()` (the default budget would hold it to the service's rate limits), sending a push with 3 actions (`notifications().send` / `sendAsync`) or a stream ")
        .append("PUT with 8 metrics (`liveActivities().stream` / `streamAsync`) from a DSL payload built once. *Raw*: ")
        .append("a plain `OkHttpClient` (dispatcher at 64 per host) posting the bytes the SDK sends and reading the ")
        .append("answer as a string. Sync with N in flight is N threads calling in a loop; async is N calls ")
        .append("outstanding. Every configuration ran ").append(requests / 2).append(" warm-up requests, then ")
        .append(requests).append(" measured ones. CPU per request is the client process's CPU time (all its ")
        .append("threads, JIT and GC included) over the measured requests. Target: at most 1.15x raw OkHttp's ")
        .append("CPU per request.\n\n")
        .append("| call | mode | in flight | SDK req/s | raw req/s | SDK p50 / p99 us | raw p50 / p99 us | SDK CPU us/req | raw CPU us/req | CPU ratio |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i + 1 < rows.size(); i += 2) {
      String[] s = rows.get(i);
      String[] w = rows.get(i + 1);
      sb.append("| ").append(s[1].toLowerCase()).append(" | ").append(s[2]).append(" | ").append(s[3]).append(" | ")
          .append(s[5]).append(" | ").append(w[5]).append(" | ").append(s[6]).append(" / ").append(s[7]).append(" | ")
          .append(w[6]).append(" / ").append(w[7]).append(" | ").append(s[8]).append(" | ").append(w[8]).append(" | ")
          .append(String.format("%.2fx", Double.parseDouble(s[8]) / Double.parseDouble(w[8]))).append(" |\n");
    }
    sb.append('\n').append(profileSection(java, jar, baseUrl));
    return sb.append('\n').toString();
  }

  /** Where the Java CPU per request goes, SDK beside raw OkHttp, from {@link LoopbackProfile}. */
  private static String profileSection(String java, String jar, String baseUrl) throws Exception {
    Map<String, Map<String, String[]>> byRun = new LinkedHashMap<>();
    for (String call : new String[] {"PUSH", "STREAM_8_METRICS"}) {
      for (String client : new String[] {"sdk", "raw"}) {
        Process p = new ProcessBuilder(java, "-Xms256m", "-Xmx256m", "-cp", jar, LoopbackProfile.class.getName(), baseUrl,
            client, call).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String[]> stages = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = r.readLine(); line != null; line = r.readLine()) {
            System.out.println("[profile] " + call + " " + client + " " + line);
            String[] f = line.split("\t");
            stages.put(f[0], f);
          }
        }
        if (p.waitFor() != 0) {
          throw new IllegalStateException("the loopback profile failed");
        }
        byRun.put(call + "/" + client, stages);
      }
    }
    StringBuilder sb = new StringBuilder("### Where the client's CPU goes\n\n")
        .append("`LoopbackProfile`: one thread calling sync in a loop (20,000 warm-up calls, then 30,000 recorded), ")
        .append("sampled by JDK Flight Recorder every millisecond; each sample counts for the first stage on its stack ")
        .append("in the order below. Java code only (time in the kernel's socket calls, JIT and GC threads are not ")
        .append("sampled), so the figures are microseconds of Java CPU per request on the calling thread.\n\n")
        .append("| stage | push: SDK us/req | push: raw us/req | stream 8 metrics: SDK us/req | stream 8 metrics: raw us/req |\n")
        .append("|---|---:|---:|---:|---:|\n");
    Map<String, String[]> first = byRun.values().iterator().next();
    double[] totals = new double[4];
    for (String stage : first.keySet()) {
      sb.append("| ").append(stage);
      int i = 0;
      for (Map<String, String[]> stages : byRun.values()) {
        String[] f = stages.get(stage);
        double us = f == null ? 0 : Double.parseDouble(f[2]);
        totals[i++] += us;
        sb.append(" | ").append(String.format("%.1f", us));
      }
      sb.append(" |\n");
    }
    sb.append("| **all Java code** |");
    for (double t : totals) {
      sb.append(String.format(" **%.1f** |", t));
    }
    return sb.append("\n").toString();
  }

  // ---- cold start

  private record Variant(String name, List<String> command) {}

  private static String coldSection(String java, String jar, String baseUrl, Path work, String nodeSdk, String aotJdk)
      throws Exception {
    Path sdkJsa = work.resolve("sdk.jsa");
    Path rawJsa = work.resolve("raw.jsa");
    Files.deleteIfExists(sdkJsa);
    Files.deleteIfExists(rawJsa);
    // One training run each writes the AppCDS archive (JDK 13+ dynamic archive).
    time(List.of(java, "-XX:ArchiveClassesAtExit=" + sdkJsa, "-cp", jar, ColdSdk.class.getName(), baseUrl), work);
    time(List.of(java, "-XX:ArchiveClassesAtExit=" + rawJsa, "-cp", jar, ColdRaw.class.getName(), baseUrl), work);
    List<Variant> variants = new ArrayList<>(List.of(
        new Variant("SDK", List.of(java, "-cp", jar, ColdSdk.class.getName(), baseUrl)),
        new Variant("raw OkHttp", List.of(java, "-cp", jar, ColdRaw.class.getName(), baseUrl)),
        new Variant("SDK + AppCDS", List.of(java, "-XX:SharedArchiveFile=" + sdkJsa, "-cp", jar, ColdSdk.class.getName(), baseUrl)),
        new Variant("raw OkHttp + AppCDS", List.of(java, "-XX:SharedArchiveFile=" + rawJsa, "-cp", jar, ColdRaw.class.getName(), baseUrl))));
    String aotNote = "";
    if (aotJdk != null && Files.isExecutable(Path.of(aotJdk, "bin", "java"))) {
      // JDK 24+ ahead-of-time cache (JEP 483, one-step training from JDK 25): the classes loaded and
      // linked in a training run, with their profiles, mapped at start.
      String java25 = Path.of(aotJdk, "bin", "java").toString();
      Path sdkAot = work.resolve("sdk.aot");
      Path rawAot = work.resolve("raw.aot");
      Files.deleteIfExists(sdkAot);
      Files.deleteIfExists(rawAot);
      time(List.of(java25, "-XX:AOTCacheOutput=" + sdkAot, "-cp", jar, ColdSdk.class.getName(), baseUrl), work);
      time(List.of(java25, "-XX:AOTCacheOutput=" + rawAot, "-cp", jar, ColdRaw.class.getName(), baseUrl), work);
      String version = javaVersion(java25);
      variants.add(new Variant("SDK, JDK " + version + " + AOT cache",
          List.of(java25, "-XX:AOTCache=" + sdkAot, "-cp", jar, ColdSdk.class.getName(), baseUrl)));
      variants.add(new Variant("raw OkHttp, JDK " + version + " + AOT cache",
          List.of(java25, "-XX:AOTCache=" + rawAot, "-cp", jar, ColdRaw.class.getName(), baseUrl)));
      aotNote = " AOT cache rows: the same jar on JDK " + version + " (`--aot-jdk`), one training run with "
          + "`-XX:AOTCacheOutput`, then `-XX:AOTCache` (JEP 483: classes loaded and linked ahead of time, with "
          + "their profiles); their ratio is to raw OkHttp with the same JDK and cache.";
    }
    String nodeNote;
    if (nodeSdk != null && Files.isDirectory(Path.of(nodeSdk))) {
      Path script = Path.of("bench", "node", "cold-push.js").toAbsolutePath();
      variants.add(new Variant("official Node SDK", List.of("node", script.toString(), baseUrl, nodeSdk)));
      nodeNote = "The Node SDK (`activitysmith` " + nodeVersion(nodeSdk) + " from npm, installed into a temporary directory "
          + "outside the repository; Node " + nodeRuntime() + ") takes no base URL: its constructor leaves the generated "
          + "client's `basePath` at the production default. `bench/node/cold-push.js` therefore wraps the global `fetch` "
          + "the SDK calls, rewriting that URL's prefix to the local responder; the SDK itself runs unchanged.";
    } else {
      nodeNote = "The official Node SDK was not measured in this run (no `--node-sdk` directory: npm was unavailable).";
    }
    Map<String, List<double[]>> samples = new LinkedHashMap<>();
    for (int i = 0; i < COLD_RUNS; i++) {
      for (Variant v : variants) {
        samples.computeIfAbsent(v.name(), k -> new ArrayList<>()).add(time(v.command(), work));
      }
    }
    StringBuilder sb = new StringBuilder("## Cold start\n\n")
        .append("A fresh process per run: build the client, send the push with 3 actions to the responder, exit. ")
        .append("`ColdSdk` uses the SDK (DSL payload, default client); `ColdRaw` posts the same bytes with a plain ")
        .append("`OkHttpClient`. Both run from the same `benchmarks.jar` with the JDK's defaults. AppCDS: one training ")
        .append("run with `-XX:ArchiveClassesAtExit`, then `-XX:SharedArchiveFile`. Measured with GNU `/usr/bin/time` ")
        .append("(CPU = user + system), ").append(COLD_RUNS).append(" runs each, interleaved; medians. ").append(nodeNote)
        .append(aotNote)
        .append(" Targets: without an archive at most 1.3x raw OkHttp's CPU; with one, at or below the Node SDK.\n\n")
        .append("| process | CPU s (median) | wall s (median) | CPU vs raw OkHttp | CPU vs Node SDK |\n")
        .append("|---|---:|---:|---:|---:|\n");
    double raw = median(samples.get("raw OkHttp"), 1);
    double rawCds = median(samples.get("raw OkHttp + AppCDS"), 1);
    Double node = samples.containsKey("official Node SDK") ? median(samples.get("official Node SDK"), 1) : null;
    double rawAot = samples.keySet().stream().filter(k -> k.startsWith("raw OkHttp, JDK")).findFirst()
        .map(k -> median(samples.get(k), 1)).orElse(Double.NaN);
    for (Map.Entry<String, List<double[]>> e : samples.entrySet()) {
      double cpu = median(e.getValue(), 1);
      double wall = median(e.getValue(), 0);
      double base = e.getKey().contains("AppCDS") ? rawCds : e.getKey().contains("AOT") ? rawAot : raw;
      sb.append("| ").append(e.getKey()).append(" | ").append(String.format("%.2f", cpu)).append(" | ")
          .append(String.format("%.2f", wall)).append(" | ")
          .append(e.getKey().contains("Node") ? "" : String.format("%.2fx", cpu / base)).append(" | ")
          .append(node == null || e.getKey().contains("Node") ? "" : String.format("%.2fx", cpu / node)).append(" |\n");
    }
    sb.append("\nCPU vs raw OkHttp compares like with like (AppCDS rows with raw OkHttp + AppCDS, AOT cache rows with ")
        .append("raw OkHttp on the same JDK and cache).\n");
    return sb.toString();
  }

  /** Runs the command under GNU time; returns {wall, user + system} in seconds. */
  private static double[] time(List<String> command, Path work) throws Exception {
    Path timing = work.resolve("time.txt");
    List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", timing.toString()));
    full.addAll(command);
    Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(work.resolve("cold.log").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed: " + Files.readString(work.resolve("cold.log")));
    }
    String[] f = Files.readString(timing).trim().split("\\s+");
    int n = f.length;
    return new double[] {Double.parseDouble(f[n - 3]), Double.parseDouble(f[n - 2]) + Double.parseDouble(f[n - 1])};
  }

  private static double median(List<double[]> samples, int index) {
    double[] v = samples.stream().mapToDouble(s -> s[index]).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static String fmt(double v) {
    return Double.isNaN(v) ? "?" : String.format("%,.0f", v);
  }

  private static String cpuModel() throws IOException {
    return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
  }

  private static String memTotal() throws IOException {
    return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .map(l -> Math.round(Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0) + " GiB RAM").findFirst().orElse("");
  }

  private static String nodeVersion(String sdkDir) throws IOException {
    String pkg = Files.readString(Path.of(sdkDir, "package.json"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"").matcher(pkg);
    return m.find() ? m.group(1) : "?";
  }

  private static String javaVersion(String javaBin) throws Exception {
    Process p = new ProcessBuilder(javaBin, "-XshowSettings:properties", "-version").redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("java\\.runtime\\.version = (\\S+)").matcher(text);
    return m.find() ? m.group(1) : "?";
  }

  private static String nodeRuntime() throws Exception {
    Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
    String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    p.waitFor();
    return v;
  }

}
