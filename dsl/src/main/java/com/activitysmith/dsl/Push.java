package com.activitysmith.dsl;

/**
 * A push notification with neither media nor buttons yet: {@code push("Build failed")}. Already
 * complete; {@link #media} or {@link #actions} lead to kinds that cannot take the other, as the
 * service requires, and {@link #channels} to one that cannot take channels again. Immutable and
 * thread-safe.
 */
public interface Push extends PushOptions<Push>, PushKinds<PushWithMedia, PushWithActions>, PushChannels<PushToChannels> {}
