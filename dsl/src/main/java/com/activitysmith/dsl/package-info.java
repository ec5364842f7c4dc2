/**
 * The fluent payload language: {@code import static com.activitysmith.dsl.Dsl.*;} and write
 * {@code push("Build failed").message("CI failed on main")} or
 * {@code liveActivity("Deploy").segmented(4).step(1).color(YELLOW)}.
 *
 * <p>Each Live Activity type has its own chain per phase (start, update, end, stream), generated
 * from the spec's {@code x-activitysmith-live-activity-types}: a chain that misses what its type
 * requires in that phase, or uses a feature the type does not support, does not compile. Finished
 * chains implement the runtime's payload interfaces, so they go straight to the client. Values
 * the compiler cannot know (ranges, URL schemes, list sizes) are checked by the client against
 * the same spec before anything is sent.
 */
@GenerateLiveActivityDsl
package com.activitysmith.dsl;

import com.activitysmith.generator.dsl.GenerateLiveActivityDsl;
