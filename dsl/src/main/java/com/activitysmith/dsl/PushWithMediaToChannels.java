package com.activitysmith.dsl;

/** A {@link PushWithMedia} whose channels are set; neither buttons nor channels follow. Immutable and thread-safe. */
public interface PushWithMediaToChannels extends PushOptions<PushWithMediaToChannels> {}
