package com.activitysmith.dsl;

import java.util.Collection;

/**
 * Who a push goes to: said once, so the kind it leads to has no {@code channels(..)} and a
 * second call does not compile instead of replacing the first.
 *
 * @param <C> the same kind of push with its channels set
 */
public interface PushChannels<C> {
  /**
   * Sets {@code target.channels}: only devices subscribed to these channels are notified.
   *
   * @param channel the first channel slug
   * @param more further channel slugs, possibly none
   * @return a copy with the target set, which takes every other option but not channels again
   */
  C channels(String channel, String... more);

  /**
   * Sets {@code target.channels} from a list computed at run time; the client rejects an empty one.
   *
   * @param channels the channel slugs, in order
   * @return a copy with the target set, which takes every other option but not channels again
   */
  C channels(Collection<String> channels);
}
