package com.activitysmith.checker;

import com.activitysmith.exception.ValidationException;
import com.activitysmith.exception.Violation;
import com.activitysmith.generated.ApiOperation;
import com.activitysmith.generated.JsonSupport;
import com.activitysmith.generated.validation.RequestRules;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.annotation.Nullable;

/**
 * Turns an evaluated chain into the request records its payload interfaces make, exactly as the
 * client does, and runs the client's generated validators ({@link RequestRules}) on them.
 */
final class Requests {
  private static final String PAYLOAD_PACKAGE = "com.activitysmith.payload";
  private static final Map<Class<?>, List<Method>> CONVERSIONS = new ConcurrentHashMap<>();

  private Requests() {}

  /** The payload interfaces' conversion methods a chain's static type offers; empty when it is no payload. */
  static List<Method> conversions(Class<?> type) {
    return CONVERSIONS.computeIfAbsent(type, t -> {
      Set<Class<?>> payloads = new LinkedHashSet<>();
      collect(t, payloads);
      List<Method> out = new ArrayList<>();
      for (Class<?> payload : payloads) {
        for (Method method : payload.getMethods()) {
          if (Modifier.isAbstract(method.getModifiers()) && method.getDeclaringClass() == payload) {
            out.add(method);
          }
        }
      }
      return List.copyOf(out);
    });
  }

  private static void collect(Class<?> type, Set<Class<?>> out) {
    if (type.isInterface() && type.getPackageName().equals(PAYLOAD_PACKAGE)) {
      out.add(type);
    }
    for (Class<?> parent : type.getInterfaces()) {
      collect(parent, out);
    }
  }

  /**
   * What the client's checks say about a chain value: the violations found by every payload
   * interface it is (a chain usable as two payloads is reported only for what both refuse), and the
   * first request as a JSON tree, for finding which argument set a field.
   */
  static final class Outcome {
    private final List<Violation> violations;
    private final @Nullable Object record;
    private Object tree;

    Outcome(List<Violation> violations, @Nullable Object record) {
      this.violations = violations;
      this.record = record;
    }

    List<Violation> violations() {
      return violations;
    }

    /** The request as a JSON tree, written only when a violation needs placing; null without a record. */
    @Nullable Object tree() {
      if (tree == null && record != null) {
        tree = json(record);
      }
      return tree;
    }

    /** The JSON value at a violation path such as {@code content_state.metrics[2].value}, or null. */
    @Nullable Object at(String path) {
      Object node = tree();
      if (path.isEmpty()) {
        return node;
      }
      for (String part : path.split("\\.")) {
        String name = part;
        List<Integer> indexes = new ArrayList<>();
        int bracket = part.indexOf('[');
        if (bracket >= 0) {
          name = part.substring(0, bracket);
          for (String index : part.substring(bracket + 1).split("\\[")) {
            indexes.add(Integer.parseInt(index.replace("]", "")));
          }
        }
        node = node instanceof Map<?, ?> map ? map.get(name) : null;
        for (int index : indexes) {
          node = node instanceof List<?> list && index < list.size() ? list.get(index) : null;
        }
        if (node == null) {
          return null;
        }
      }
      return node;
    }
  }

  /** Converts {@code value} through each conversion and validates the records. */
  static Outcome check(Object value, List<Method> conversions) throws ChainModel.EvaluationFailure {
    Set<Violation> common = null;
    Object first = null;
    for (Method conversion : conversions) {
      List<Violation> found;
      Object record = null;
      try {
        Object[] args = new Object[conversion.getParameterCount()];
        for (int i = 0; i < args.length; i++) {
          // An activity id: any id will do, the rules on it are the client's at run time.
          args[i] = "a";
        }
        record = conversion.invoke(value, args);
        found = RequestRules.validate(operationOf(record.getClass()), record);
      } catch (InvocationTargetException e) {
        if (e.getCause() instanceof ValidationException invalid) {
          found = invalid.violations();
        } else {
          throw new ChainModel.EvaluationFailure(e.getCause());
        }
      } catch (IllegalAccessException e) {
        throw new ChainModel.Mismatch("cannot call " + conversion + ": " + e, e);
      }
      if (first == null) {
        first = record;
      }
      if (common == null) {
        common = new LinkedHashSet<>(found);
      } else {
        common.retainAll(found);
      }
    }
    return new Outcome(common == null ? List.of() : List.copyOf(common), first);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object json(Object record) {
    return JsonSupport.moshi().adapter((Class) record.getClass()).toJsonValue(record);
  }

  /** The operation whose body is a record of this type. */
  static String operationOf(Class<?> bodyType) {
    for (ApiOperation op : ApiOperation.values()) {
      if (op.bodyType() == bodyType) {
        return op.id();
      }
    }
    throw new ChainModel.Mismatch("no operation takes a " + bodyType.getName(), null);
  }
}
