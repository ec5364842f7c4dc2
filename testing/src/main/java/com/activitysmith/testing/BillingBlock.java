package com.activitysmith.testing;

import java.util.Locale;

/**
 * Why the service blocks an account until someone acts on its billing; set one with
 * {@link Simulator#blockBilling(BillingBlock)} (or {@code POST /_simulator/account} with
 * {@code {"billing_block": "trial_expired"}}). Push, Live Activity start, stream PUT and badge then
 * answer 402 with {@code {error, message, upgrade_url, trial_period?}}.
 */
public enum BillingBlock {
  /** The free trial's time ran out; the answer carries the trial period. */
  TRIAL_EXPIRED("The free trial has ended. Upgrade to keep sending."),
  /** The free trial's allowance is used up; the answer carries the trial period. */
  TRIAL_EXHAUSTED("The free trial's allowance is used up. Upgrade to keep sending."),
  /** A paid account reached the overage cap it set. */
  BILLING_OVERAGE_CAP_REACHED("The account reached its overage cap. Raise the cap to keep sending.");

  /** Where the simulator's 402 answers send people to upgrade. */
  public static final String UPGRADE_URL = "https://activitysmith.com/app/billing";

  private final String message;

  BillingBlock(String message) {
    this.message = message;
  }

  /**
   * The reason as the service writes it in {@code error}, such as {@code trial_expired}.
   *
   * @return the reason's wire name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The answer's human-readable message.
   *
   * @return the message the 402 answer carries
   */
  public String message() {
    return message;
  }

  /**
   * Whether the answer carries {@code trial_period}.
   *
   * @return true when the 402 answer names the trial period
   */
  public boolean hasTrialPeriod() {
    return this != BILLING_OVERAGE_CAP_REACHED;
  }

  /** The reason for a wire name, as the control API takes it. */
  static BillingBlock fromWireName(String name) {
    for (BillingBlock b : values()) {
      if (b.wireName().equals(name)) {
        return b;
      }
    }
    throw new IllegalArgumentException("unknown billing block \"" + (name.length() > 60 ? name.substring(0, 57) + "..." : name) + "\"; one of trial_expired, trial_exhausted,"
        + " billing_overage_cap_reached");
  }
}
