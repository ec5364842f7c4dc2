package com.activitysmith.dsl;

/** A {@link PushWithActions} whose channels are set; neither media nor channels follow. Immutable and thread-safe. */
public interface PushWithActionsToChannels extends PushOptions<PushWithActionsToChannels> {}
