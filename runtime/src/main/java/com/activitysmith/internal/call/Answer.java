package com.activitysmith.internal.call;

import static java.util.Objects.requireNonNull;

import com.activitysmith.RateLimitState;

/**
 * A successful call's decoded body and what its headers said about the rate limits.
 *
 * @param body the decoded body, never null
 * @param rateLimit the rate-limit state of the response that answered
 * @param <T> the body's model type
 */
public record Answer<T>(T body, RateLimitState rateLimit) {
  /** Checks both parts are present. */
  public Answer {
    requireNonNull(body, "body == null");
    requireNonNull(rateLimit, "rateLimit == null");
  }
}
