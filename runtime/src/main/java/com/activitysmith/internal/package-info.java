/**
 * The client's machinery, not part of the public API: may change in any release without notice.
 *
 * <p>{@code http} builds the OkHttp and Retrofit stack, {@code call} is the one path every request
 * takes, {@code validation} checks requests before they are sent, {@code retry} decides and waits
 * between attempts, {@code error} turns error responses into exceptions.
 */
package com.activitysmith.internal;
