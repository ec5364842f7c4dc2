/**
 * The unchecked exceptions the client throws, in one shallow tree.
 *
 * <pre>
 * ActivitySmithException
 * ├── ValidationException          the request broke a rule; nothing was sent
 * ├── ApiConnectionException       no usable response: timeout, network failure, or the client closed
 * └── ApiException                 the API answered with an error, a redirect, or a success that breaks the spec
 *     ├── InvalidRequestException      400
 *     ├── AuthenticationException      401
 *     ├── BillingBlockedException      402, the account's trial or billing blocks sending
 *     ├── PermissionException          403
 *     ├── NoRecipientsException        422 (404 from older deployments) on push, start, stream and badge
 *     ├── BadgeDeliveryException       422 or 502 on badge, with a badge_* code
 *     ├── NotFoundException            any other 404, and every 404 that is not the service's JSON
 *     ├── RateLimitException           429, request rate
 *     ├── LiveActivityLimitException   429, concurrent Live Activity limit
 *     ├── ServerException              5xx
 *     └── ResponseTooLargeException    a success body past the client's byte cap
 * </pre>
 *
 * <p>A status without a subclass of its own (a 409 or a 3xx, say) is a plain {@link
 * com.activitysmith.exception.ApiException}; so is a success whose body lacks a field the spec
 * requires. Every {@code ApiException} carries the response's rate-limit state ({@link
 * com.activitysmith.exception.ApiException#rateLimit()}). Misuse of the SDK itself (a {@code null}
 * argument, an invalid option) is reported with the JDK's {@code NullPointerException} and {@code
 * IllegalArgumentException} before anything is sent. No exception's message or cause chain contains
 * the API key.
 */
package com.activitysmith.exception;
