package com.activitysmith.generated.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.exception.Violation;
import com.activitysmith.generated.ApiOperation;
import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.rules.ApiRules;
import com.squareup.moshi.JsonAdapter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The spec stays the truth: random valid and invalid requests, built as generated records, get
 * the same verdict, rule by rule ({@code path|rule}), from the compiled {@link RequestRules} and
 * from a JSON-schema validation of the spec itself (the {@code rules} module's networknt-based
 * interpreter, test scope only) applied to the JSON the client would send.
 *
 * <p>The few places where the two legitimately speak differently are mapped, never ignored: the
 * interpreter names a too-long list at its first extra item ({@code metrics[8]}) where the
 * compiled rules name the list, and reports a failed {@code oneOf} (a metric value) as
 * {@code oneOf} where the compiled rules name the alternative's broken keyword.
 */
class SpecDifferentialTest {
  private static final ApiRules SPEC = ApiRules.fromSpec();
  private static final AtomicLong TRIED = new AtomicLong();
  private static final AtomicLong INVALID = new AtomicLong();
  private static final AtomicLong RULES_COMPARED = new AtomicLong();

  private static final String[] STRINGS = {"x", "Deploy", "", "ok-key_1", "a".repeat(65), "https://ci.example.com/p/1",
      "shortcuts://run-shortcut?name=X", "ftp://x", "Ω🚨", "cpu\u2028", "release"};
  private static final String[] URIS = {"https://ci.example.com/hooks/1", "shortcuts://run-shortcut?name=Deploy%20Log",
      "http://insecure.example.com", "ftp://files.example.com/x", "relative/path", "mailto:a@example.com",
      "https://example.com/a?b=c#d"};
  private static final String[] DECIMALS = {"1", "3", "4", "42", "-1", "0", "0.5", "99.95", "100", "100.0000000000000001",
      "101", "-1E-400", "1E-400", "1E+65", "1234567890.123456789", "0.0"};
  /** How many entries at the start of each pool are valid almost everywhere; tame requests use only those. */
  private static boolean tame;
  private static final int[] INTEGERS = {1, 2, 3, 4, -1, 0, 5, 8, 12, 100, Integer.MAX_VALUE};

  @Provide
  Arbitrary<ApiOperation> operation() {
    return Arbitraries.of(Arrays.stream(ApiOperation.values()).filter(op -> op.bodyType() != null).toList());
  }

  @Property(tries = 10_000)
  void compiledRulesAgreeWithTheSpecRuleByRule(@ForAll("operation") ApiOperation op, @ForAll long seed) {
    Random random = new Random(seed);
    tame = random.nextInt(3) == 0;
    Object record = random(op.bodyType(), random, 0, tame ? 0 : random.nextInt(4));
    @SuppressWarnings("unchecked")
    JsonAdapter<Object> adapter = (JsonAdapter<Object>) JsonSupport.moshi().adapter(op.bodyType());
    String json = adapter.toJson(record);

    List<Violation> compiled = RequestRules.validate(op.id(), record);
    List<com.activitysmith.rules.SpecViolation> reference = SPEC.validateJson(op.id(), json);

    // A failed oneOf (a metric value): the interpreter reports oneOf plus each alternative's
    // complaint (type, maxLength); the compiled rules report the matching alternative's keyword.
    Set<String> oneOfPaths = new TreeSet<>();
    reference.stream().filter(v -> v.rule().equals("oneOf")).forEach(v -> oneOfPaths.add(v.path()));
    Set<String> expected = new TreeSet<>();
    // Rules that are not the union's own (a per-type rule at the same path) keep their names.
    reference.forEach(v -> expected.add(oneOfPaths.contains(v.path()) && (v.rule().equals("oneOf")
        || v.rule().equals("type") || ONE_OF_RULES.contains(v.rule())) ? v.path() + "|oneOf" : normalize(v.path(), v.rule())));
    Set<String> actual = new TreeSet<>();
    compiled.forEach(v -> actual.add(oneOfPaths.contains(v.path()) && (v.rule().equals("type") || ONE_OF_RULES.contains(v.rule()))
        ? v.path() + "|oneOf" : v.path() + "|" + v.rule()));

    TRIED.incrementAndGet();
    RULES_COMPARED.addAndGet(expected.size());
    if (!expected.isEmpty()) {
      INVALID.incrementAndGet();
    }
    assertThat(actual).as("%s %s%nreference: %s%ncompiled: %s", op.id(), json, reference, compiled)
        .isEqualTo(expected);
  }

  @Property(tries = 10_000)
  void pathParametersAgreeWithTheSpec(@ForAll("pathParameter") String value) {
    for (ApiOperation op : ApiOperation.values()) {
      for (String name : op.pathParameters()) {
        Set<String> expected = new TreeSet<>();
        SPEC.validatePathParameter(op.id(), name, value).forEach(v -> expected.add(v.path() + "|" + v.rule()));
        Set<String> actual = new TreeSet<>();
        RequestRules.validatePathParameter(op.id(), name, value).forEach(v -> actual.add(v.path() + "|" + v.rule()));
        TRIED.incrementAndGet();
        if (endsWithLineTerminator(value)) {
          // The reference runs the pattern with java.util.regex, whose $ also matches before a final
          // line terminator; ECMA-262, which the spec means, does not. The compiled rules must reject.
          assertThat(actual).contains(name + "|pattern");
          expected.add(name + "|pattern");
        }
        assertThat(actual).as("%s %s %s", op.id(), name, value).isEqualTo(expected);
      }
    }
  }

  @AfterContainer
  static void report() {
    System.out.println("differential: " + TRIED + " inputs, " + INVALID + " invalid bodies, " + RULES_COMPARED
        + " reference violations matched rule by rule");
  }

  @Provide
  Arbitrary<String> pathParameter() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09_.-\n\r\u2028\u2029 /").ofMaxLength(12),
        Arbitraries.strings().withChars("a-z0-9_.-").ofMinLength(0).ofMaxLength(300),
        Arbitraries.strings().all().ofMaxLength(10));
  }

  private static final Set<String> ONE_OF_RULES = Set.of("minimum", "minLength", "maxLength");

  private static String normalize(String path, String rule) {
    if (rule.equals("maxItems") && path.endsWith("]")) {
      path = path.substring(0, path.lastIndexOf('['));
    }
    return path + "|" + rule;
  }

  private static int pick(Random random, int size, int safe) {
    return random.nextInt(tame ? safe : size);
  }

  private static boolean endsWithLineTerminator(String value) {
    return !value.isEmpty() && "\n\r\u2028\u2029".indexOf(value.charAt(value.length() - 1)) >= 0;
  }

  /** A random record: each component absent, or a value from the pools above (valid and not). */
  private static Object random(Class<?> type, Random random, int depth, int sparseness) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      boolean present = tame ? random.nextBoolean() : random.nextInt(sparseness + 2) == 0 || (depth == 0 && random.nextInt(3) == 0);
      args[i] = present ? value(components[i].getGenericType(), random, depth + 1, sparseness) : null;
    }
    try {
      return type.getDeclaredConstructor(types).newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Object value(Type type, Random random, int depth, int sparseness) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      return STRINGS[pick(random, STRINGS.length, 2)];
    }
    if (raw == Integer.class) {
      return INTEGERS[pick(random, INTEGERS.length, 4)];
    }
    if (raw == Long.class) {
      return (long) INTEGERS[pick(random, INTEGERS.length, 4)];
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal(DECIMALS[pick(random, DECIMALS.length, 4)]);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return random.nextBoolean();
    }
    if (raw == URI.class) {
      return URI.create(URIS[pick(random, URIS.length, 1)]);
    }
    if (raw == OffsetDateTime.class) {
      return !tame && random.nextInt(8) == 0 ? OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
          : OffsetDateTime.of(2026, 3, 4, 9, random.nextInt(60), 0, 0, ZoneOffset.ofHours(random.nextInt(3) - 1));
    }
    if (raw == MetricValue.class) {
      return random.nextBoolean() ? MetricValue.of(new BigDecimal(DECIMALS[pick(random, DECIMALS.length, 4)]))
          : MetricValue.of(STRINGS[pick(random, STRINGS.length, 2)]);
    }
    if (raw.isSealed()) {
      // A scalar union (Number, Text, Flag): one of its records around a value of its own type.
      Class<?>[] choices = raw.getPermittedSubclasses();
      Class<?> choice = choices[random.nextInt(choices.length)];
      // Sparseness 0 with "tame" off can still leave the one component out; a choice always holds its value.
      Object inner = value(choice.getRecordComponents()[0].getGenericType(), random, depth + 1, sparseness);
      try {
        return choice.getDeclaredConstructor(choice.getRecordComponents()[0].getType()).newInstance(inner);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    if (raw == boolean.class) {
      return random.nextBoolean();
    }
    if (raw.isEnum()) {
      Object[] constants = raw.getEnumConstants();
      // UNKNOWN (the last constant) now and then: it cannot be sent.
      return constants[!tame && random.nextInt(20) == 0 ? constants.length - 1 : random.nextInt(constants.length - 1)];
    }
    if (raw == List.class) {
      Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
      int size = tame ? 1 + random.nextInt(3) : random.nextInt(5) == 0 ? random.nextInt(12) : random.nextInt(4);
      List<Object> out = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        boolean nullItem = !tame && random.nextInt(40) == 0 && item == String.class;
        out.add(nullItem ? null : value(item, random, depth + 1, sparseness));
      }
      return out;
    }
    if (raw == Map.class && ((ParameterizedType) type).getActualTypeArguments()[1] != Object.class) {
      Type valueType = ((ParameterizedType) type).getActualTypeArguments()[1];
      Map<String, Object> typed = new LinkedHashMap<>();
      int size = random.nextInt(3);
      for (int i = 0; i < size; i++) {
        typed.put(i == 2 && !tame ? "" : "k" + i, value(valueType, random, depth + 1, sparseness));
      }
      return typed;
    }
    if (raw == Map.class) {
      Map<String, Object> free = new LinkedHashMap<>();
      int size = random.nextInt(3);
      for (int i = 0; i < size; i++) {
        free.put("k" + i, random.nextBoolean() ? new BigDecimal(DECIMALS[pick(random, DECIMALS.length, 4)])
            : Map.of("nested", List.of(STRINGS[pick(random, STRINGS.length, 2)])));
      }
      return free;
    }
    if (raw.isRecord()) {
      return random(raw, random, depth, depth > 3 ? 0 : sparseness);
    }
    throw new IllegalStateException("no random value for " + type);
  }
}
