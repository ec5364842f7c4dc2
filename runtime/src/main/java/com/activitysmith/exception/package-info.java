/**
 * The unchecked exceptions the client throws, in one shallow tree.
 *
 * <pre>
 * ActivitySmithException
 * ├── ValidationException          the request broke a rule; nothing was sent
 * ├── ApiConnectionException       no usable response: timeout or network failure
 * └── ApiException                 the API answered with an error status
 *     ├── InvalidRequestException      400
 *     ├── AuthenticationException      401
 *     ├── PermissionException          403
 *     ├── NoRecipientsException        404 on push, start, stream and badge
 *     ├── NotFoundException            404 on end-stream and metrics
 *     ├── RateLimitException           429, request rate
 *     ├── LiveActivityLimitException   429, concurrent Live Activity limit
 *     └── ServerException              5xx
 * </pre>
 *
 * <p>A status without a subclass of its own (a 402 or 422, say) is a plain {@link
 * com.activitysmith.exception.ApiException}. Misuse of the SDK itself (a {@code null} argument,
 * an invalid option) is reported with the JDK's {@code NullPointerException} and {@code
 * IllegalArgumentException} before anything is sent. No exception's message contains the API key.
 */
package com.activitysmith.exception;
