package com.activitysmith.cli;

import com.activitysmith.testing.JournalEntry;
import com.activitysmith.testing.Endpoint;
import com.activitysmith.testing.Simulator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One simulator per test class on 127.0.0.1, reset before each test; runs point at it through the environment. */
abstract class SimulatorTestBase {
  static Simulator simulator;

  @BeforeAll
  static void startSimulator() {
    simulator = Simulator.builder().channel("ops", 2).knownMetrics("api.uptime", "deploy.status").start();
  }

  @AfterAll
  static void stopSimulator() {
    simulator.close();
  }

  @BeforeEach
  void resetSimulator() {
    simulator.reset();
  }

  /** A run with the simulator's key and URL in the environment. */
  static CliRun cli() {
    return new CliRun().env("ACTIVITYSMITH_API_KEY", simulator.apiKey()).env("ACTIVITYSMITH_BASE_URL", simulator.baseUrl());
  }

  static CliRun.Result run(String... args) {
    return cli().run(args);
  }

  static List<JournalEntry> journal() {
    return simulator.journal().entries();
  }

  static List<JournalEntry> journal(Endpoint operation) {
    return simulator.journal().entries(operation);
  }

  /** The request body of the only request of this operation. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> onlyRequest(Endpoint operation) {
    List<JournalEntry> entries = journal(operation);
    if (entries.size() != 1) {
      throw new AssertionError("expected one " + operation + " request but the journal has " + simulator.journal());
    }
    return (Map<String, Object>) entries.get(0).requestJson().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }
}
