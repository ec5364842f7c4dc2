package com.activitysmith.dsl;

/**
 * A {@link Push} whose channels are set: it takes media or buttons and every other option, but
 * not channels again. Immutable and thread-safe.
 */
public interface PushToChannels extends PushOptions<PushToChannels>,
    PushKinds<PushWithMediaToChannels, PushWithActionsToChannels> {}
