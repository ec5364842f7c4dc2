package com.activitysmith.it.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Wildcard imports of the SDK's packages never clash: across every published jar the BOM names,
 * no two public top-level types outside {@code internal} packages share a simple name.
 */
class UniquePublicNamesTest {
  /**
   * Collisions known to be on their way out, each with the change that removes it. An entry must
   * still collide exactly as listed: delete it when its rename lands.
   */
  private static final Map<String, Set<String>> KNOWN_COLLISIONS = Map.of(
      // Issue 12 Part A (branch h/dsl2) renames the DSL's LiveActivities; delete this line then.
      "LiveActivities", Set.of("com.activitysmith.LiveActivities", "com.activitysmith.dsl.LiveActivities"));

  private static SortedMap<String, SortedSet<String>> typesBySimpleName;

  @BeforeAll
  static void scanPublishedJars() throws IOException {
    typesBySimpleName = new TreeMap<>();
    String version = Bom.version();
    for (String artifactId : Bom.managedJars()) {
      Path jar = Bom.targetDir(artifactId).resolve(artifactId + "-" + version + ".jar");
      assertThat(jar).as(artifactId + " (built before it-tests in the reactor)").exists();
      for (String type : PublicTypes.in(jar)) {
        typesBySimpleName.computeIfAbsent(type.substring(type.lastIndexOf('.') + 1), k -> new TreeSet<>())
            .add(type + " (" + artifactId + ")");
      }
    }
  }

  @Test
  void noTwoPublicTypesShareASimpleName() {
    SortedMap<String, SortedSet<String>> duplicates = new TreeMap<>();
    typesBySimpleName.forEach((simpleName, types) -> {
      if (types.size() > 1 && !isKnown(simpleName, types)) {
        duplicates.put(simpleName, types);
      }
    });
    assertThat(duplicates)
        .as("public simple names used by more than one published type (wildcard imports of their packages clash)")
        .isEmpty();
  }

  @Test
  void everyKnownCollisionStillExists() {
    KNOWN_COLLISIONS.forEach((simpleName, types) -> assertThat(isKnown(simpleName, typesBySimpleName.get(simpleName)))
        .as("KNOWN_COLLISIONS lists %s as %s, but the published jars have %s; update or delete that entry",
            simpleName, types, typesBySimpleName.get(simpleName))
        .isTrue());
  }

  @Test
  void theScanSeesPublicTopLevelTypesOnly() {
    assertThat(typesBySimpleName).containsKeys(
        "ActivitySmith", "ValidationException", "Dsl", "Simulator", "DeliveredPush", "Endpoint", "SpecViolation",
        "ApiRules", "LiteralCheckProcessor", "ActivitySmithCli");
    assertThat(typesBySimpleName.get("Simulator")).containsExactly(
        "com.activitysmith.testing.Simulator (activitysmith-testing)");
    assertThat(typesBySimpleName)
        .as("package-private (AlertEndImpl), internal (Wire) and nested (Builder) types stay out")
        .doesNotContainKeys("AlertEndImpl", "Wire", "Builder");
  }

  @Test
  void internalMeansAPackageSegment() {
    assertThat(PublicTypes.isInternal("com.activitysmith.internal")).isTrue();
    assertThat(PublicTypes.isInternal("com.activitysmith.dsl.internal.wire")).isTrue();
    assertThat(PublicTypes.isInternal("com.activitysmith.internals")).isFalse();
    assertThat(PublicTypes.isInternal("com.activitysmith")).isFalse();
  }

  private static boolean isKnown(String simpleName, Set<String> found) {
    Set<String> known = KNOWN_COLLISIONS.get(simpleName);
    if (known == null || found == null) {
      return false;
    }
    Set<String> names = new TreeSet<>();
    found.forEach(t -> names.add(t.substring(0, t.indexOf(' '))));
    return names.equals(known);
  }
}
