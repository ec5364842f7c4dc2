package com.activitysmith.testing;

import static java.util.Objects.requireNonNull;

import com.activitysmith.ActivitySmith;
import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link ActivitySmithSimulator}: starts a {@link Simulator} per test
 * method or per class when a parameter asks for one, injects it and an {@link ActivitySmith}
 * client pointed at it, and closes both when the method or class is done.
 *
 * <p>Register it yourself for settings the annotation lacks:
 * <pre>{@code
 * @RegisterExtension
 * static SimulatorExtension simulator = SimulatorExtension.using(
 *     Simulator.builder().apiKey("ask_ops", "ops").channel("ops").knownMetrics("cpu"));
 * }</pre>
 * Each test method gets its own simulator unless {@link #perClass()} is called; a shared one can
 * also be injected into {@code @BeforeAll} methods.
 */
public final class SimulatorExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SimulatorExtension.class);

  private final Supplier<Simulator.Builder> configured;
  private final boolean programmatic;
  private boolean perClass;

  /** Used by {@link ActivitySmithSimulator}; reads its settings from the annotation. */
  public SimulatorExtension() {
    this.configured = null;
    this.programmatic = false;
  }

  private SimulatorExtension(Supplier<Simulator.Builder> configured) {
    this.configured = configured;
    this.programmatic = true;
  }

  /**
   * An extension starting simulators configured by {@code builder} (which must not be changed afterwards).
   *
   * @param builder the configuration
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SimulatorExtension using(Simulator.Builder builder) {
    requireNonNull(builder, "builder == null");
    return new SimulatorExtension(() -> builder);
  }

  /**
   * An extension starting simulators with the defaults.
   *
   * @return the extension, to register with {@code @RegisterExtension}
   */
  public static SimulatorExtension withDefaults() {
    return new SimulatorExtension(Simulator::builder);
  }

  /**
   * Shares one simulator among all test methods of the class (register the extension on a static field).
   *
   * @return this extension
   */
  public SimulatorExtension perClass() {
    this.perClass = true;
    return this;
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Simulator.class || type == ActivitySmith.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (context.getTestMethod().isEmpty() && !sharedByClass(context)) {
      throw new ParameterResolutionException("A simulator per test method cannot be injected into "
          + parameter.getDeclaringExecutable() + "; use @ActivitySmithSimulator(lifecycle = PER_CLASS) or "
          + "SimulatorExtension.perClass() to share one across the class");
    }
    Resources resources = resources(context);
    return parameter.getParameter().getType() == Simulator.class ? resources.simulator : resources.client();
  }

  /** The simulator (and client) for this context: the class's when shared, else the method's. */
  private Resources resources(ExtensionContext context) {
    ExtensionContext owner = context;
    if (sharedByClass(context)) {
      while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
        owner = owner.getParent().get();
      }
    }
    ExtensionContext.Store store = owner.getStore(NAMESPACE);
    ExtensionContext scope = owner;
    return store.getOrComputeIfAbsent(Resources.class, k -> new Resources(builder(scope).start()), Resources.class);
  }

  private boolean sharedByClass(ExtensionContext context) {
    if (programmatic) {
      return perClass;
    }
    if (context.getTestMethod().flatMap(m -> annotation(m)).isPresent()) {
      return false;
    }
    return context.getTestClass().flatMap(SimulatorExtension::annotation)
        .map(a -> a.lifecycle() == ActivitySmithSimulator.Lifecycle.PER_CLASS).orElse(false);
  }

  private Simulator.Builder builder(ExtensionContext context) {
    if (programmatic) {
      return configured.get();
    }
    Optional<ActivitySmithSimulator> settings = context.getTestMethod().flatMap(SimulatorExtension::annotation)
        .or(() -> context.getTestClass().flatMap(SimulatorExtension::annotation));
    return settings.map(SimulatorExtension::fromAnnotation).orElseGet(Simulator::builder);
  }

  private static Optional<ActivitySmithSimulator> annotation(AnnotatedElement element) {
    return AnnotationSupport.findAnnotation(element, ActivitySmithSimulator.class);
  }

  static Simulator.Builder fromAnnotation(ActivitySmithSimulator settings) {
    Simulator.Builder builder = Simulator.builder().devices(settings.devices());
    for (String key : settings.apiKeys()) {
      int eq = key.indexOf('=');
      if (eq < 0) {
        builder.apiKey(key);
      } else {
        builder.apiKey(key.substring(0, eq), key.substring(eq + 1).split(","));
      }
    }
    for (String channel : settings.channels()) {
      int colon = channel.indexOf(':');
      if (colon < 0) {
        builder.channel(channel);
      } else {
        builder.channel(channel.substring(0, colon), Integer.parseInt(channel.substring(colon + 1)));
      }
    }
    if (settings.activityLimit() == 0) {
      builder.noActivityLimit();
    } else {
      builder.activityLimit(settings.activityLimit());
    }
    if (settings.rateLimit() == 0) {
      builder.noRateLimit();
    } else if (settings.rateLimit() > 0) {
      builder.rateLimit(settings.rateLimit());
    }
    if (settings.legacy()) {
      builder.legacy();
    }
    return builder;
  }

  /**
   * A simulator and the client made for it, closed together when their context ends. JUnit 5.13+
   * closes AutoCloseable store values; older versions need CloseableResource. Closing twice is harmless.
   */
  @SuppressWarnings("deprecation")
  private static final class Resources implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final Simulator simulator;
    private ActivitySmith client;
    private boolean closed;

    Resources(Simulator simulator) {
      this.simulator = simulator;
    }

    synchronized ActivitySmith client() {
      if (client == null) {
        client = ActivitySmith.builder().apiKey(simulator.apiKey()).baseUrl(simulator.baseUrl()).build();
      }
      return client;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try {
        if (client != null) {
          client.close();
        }
      } finally {
        simulator.close();
      }
    }
  }
}
