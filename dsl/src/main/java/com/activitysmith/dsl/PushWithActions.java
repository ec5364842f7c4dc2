package com.activitysmith.dsl;

/** A push notification with one to four buttons; it cannot also take media. Immutable and thread-safe. */
public interface PushWithActions extends PushOptions<PushWithActions>, PushChannels<PushWithActionsToChannels> {}
