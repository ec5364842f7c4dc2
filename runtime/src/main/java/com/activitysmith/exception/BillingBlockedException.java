package com.activitysmith.exception;

import com.activitysmith.RateLimitState;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import javax.annotation.Nullable;

/**
 * The account may not send until its billing is sorted out (HTTP 402 on push, start, stream and
 * badge): the trial expired or was used up, or the overage cap was reached. Immutable.
 *
 * <p>Never retried: nothing changes until someone acts on the account, usually at {@link
 * #upgradeUrl()}.
 */
public class BillingBlockedException extends ApiException {
  /** Why the account is blocked; {@link #UNKNOWN} for a reason this SDK does not know yet. */
  public enum Reason {
    /** The trial period is over. */
    TRIAL_EXPIRED,
    /** The trial's allowance is used up. */
    TRIAL_EXHAUSTED,
    /** The paid plan's overage cap is reached. */
    BILLING_OVERAGE_CAP_REACHED,
    /** A reason the service added after this SDK was built; see {@link ApiException#errorCode()}. */
    UNKNOWN;

    /** The reason for a body's {@code error} value ({@code trial_expired}, ...); UNKNOWN otherwise. */
    public static Reason of(@Nullable String error) {
      if (error == null) {
        return UNKNOWN;
      }
      for (Reason reason : values()) {
        if (reason != UNKNOWN && reason.name().toLowerCase(Locale.ROOT).equals(error)) {
          return reason;
        }
      }
      return UNKNOWN;
    }
  }

  private final Reason reason;
  private final @Nullable String upgradeUrl;
  private final @Nullable OffsetDateTime trialStartedAt;
  private final @Nullable OffsetDateTime trialEndsAt;

  /**
   * Creates the exception; see {@link ApiException#ApiException} for the common parameters.
   *
   * @param reason why the account is blocked
   * @param upgradeUrl the body's {@code upgrade_url}, or null
   * @param trialStartedAt the body's {@code trial_period.started_at}, or null
   * @param trialEndsAt the body's {@code trial_period.ends_at}, or null
   */
  public BillingBlockedException(String message, int statusCode, @Nullable String errorCode,
      @Nullable String serverMessage, @Nullable String requestId, String rawBody, int attempts,
      RateLimitState rateLimit, Reason reason, @Nullable String upgradeUrl,
      @Nullable OffsetDateTime trialStartedAt, @Nullable OffsetDateTime trialEndsAt) {
    super(message, statusCode, errorCode, serverMessage, requestId, rawBody, attempts, rateLimit);
    this.reason = java.util.Objects.requireNonNull(reason, "reason == null");
    this.upgradeUrl = upgradeUrl;
    this.trialStartedAt = trialStartedAt;
    this.trialEndsAt = trialEndsAt;
  }

  /** Why the account is blocked. */
  public Reason reason() {
    return reason;
  }

  /** Where the account's owner can upgrade or raise the cap, if the body said. */
  public Optional<String> upgradeUrl() {
    return Optional.ofNullable(upgradeUrl);
  }

  /** When the trial began, if the body gave the trial period. */
  public Optional<OffsetDateTime> trialStartedAt() {
    return Optional.ofNullable(trialStartedAt);
  }

  /** When the trial ends or ended, if the body gave the trial period. */
  public Optional<OffsetDateTime> trialEndsAt() {
    return Optional.ofNullable(trialEndsAt);
  }
}
