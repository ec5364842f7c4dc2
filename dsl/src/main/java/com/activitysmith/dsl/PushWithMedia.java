package com.activitysmith.dsl;

/** A push notification with {@code media}; it cannot also take buttons. Immutable and thread-safe. */
public interface PushWithMedia extends PushOptions<PushWithMedia>, PushChannels<PushWithMediaToChannels> {}
