/**
 * The small interfaces through which finished payloads reach the client.
 *
 * <p>The fluent DSL's finished chains implement them, so {@code notifications().send(push("Build
 * failed").message("..."))} needs no {@code build()}; a caller holding a generated request model
 * wraps it with the interface's {@code of(..)} factory instead.
 */
package com.activitysmith.payload;
