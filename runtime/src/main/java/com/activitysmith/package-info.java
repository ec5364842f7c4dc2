/**
 * The ActivitySmith client: {@link com.activitysmith.ActivitySmith} and what it hands out.
 *
 * <p>{@link com.activitysmith.ActivitySmith#notifications()}, {@link
 * com.activitysmith.ActivitySmith#liveActivities()}, {@link com.activitysmith.ActivitySmith#metrics()}
 * and {@link com.activitysmith.ActivitySmith#badges()} each cover one part of the API; results are
 * small immutable records; {@link com.activitysmith.RetryPolicy} says when failed calls are
 * repeated. Errors are the unchecked exceptions of {@code com.activitysmith.exception}.
 */
package com.activitysmith;
