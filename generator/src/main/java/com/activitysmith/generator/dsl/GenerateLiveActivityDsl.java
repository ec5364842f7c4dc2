package com.activitysmith.generator.dsl;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Asks {@link LiveActivityDslProcessor} to write the Live Activity steps of the fluent DSL into
 * the annotated package, from the spec's {@code x-activitysmith-live-activity-types}.
 *
 * <p>Put it on a {@code package-info.java}:
 * <pre>{@code
 * @GenerateLiveActivityDsl
 * package com.activitysmith.dsl;
 * }</pre>
 * The spec comes from the processor path ({@code activitysmith-spec}) unless the processor
 * option {@code -Aactivitysmith.spec=<path>} names another file. Source retention only: nothing
 * of the generator is needed at run time.
 */
@Documented
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.PACKAGE)
public @interface GenerateLiveActivityDsl {}
