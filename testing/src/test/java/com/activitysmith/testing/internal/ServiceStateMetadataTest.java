package com.activitysmith.testing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.activitysmith.testing.LiveActivityCard;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the account keeps metadata, tags and {@code value} cards: omitted keeps, {@code {}} and
 * {@code []} clear, entries merge. Driven below the request pipeline, whose rules come from the spec.
 */
class ServiceStateMetadataTest {
  private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  private static final Audience.Recipients ONE = new Audience.Recipients(1, 1, null);

  private final ServiceState state = new ServiceState(new ServiceState.Settings(
      4, Duration.ofHours(8), Duration.ofMinutes(2), null, 100, 1 << 20, false));

  private static Map<String, Object> tree(String json) {
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) JsonTree.parse(json.replace('\'', '"'));
      return map;
    } catch (JsonTree.MalformedJsonException e) {
      throw new AssertionError(e);
    }
  }

  private LiveActivityCard card(String id) {
    return state.snapshot(NOW).activities().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void metadataMergesIsKeptWhenOmittedAndClearedByAnEmptyObject() {
    Reply started = state.start(tree("{'content_state':{'title':'Revenue','type':'value','value':'$48,210'},"
        + "'metadata':{'deploy':'api','attempt':1},'tags':['prod','eu']}"), ONE, NOW);
    String id = (String) ((Map<?, ?>) started.body()).get("activity_id");

    state.update(tree("{'activity_id':'" + id + "','content_state':{'title':'Revenue','value':49000},"
        + "'metadata':{'attempt':2,'ok':true}}"), NOW);
    LiveActivityCard merged = card(id);
    state.update(tree("{'activity_id':'" + id + "','content_state':{'title':'Revenue','value':49100}}"), NOW);
    LiveActivityCard kept = card(id);
    state.end(tree("{'activity_id':'" + id + "','content_state':{'title':'Revenue','value':1},'metadata':{},'tags':[]}"), NOW);
    LiveActivityCard cleared = card(id);

    assertThat(merged.metadata()).containsExactly(Map.entry("deploy", "api"), Map.entry("attempt", new BigDecimal(2)),
        Map.entry("ok", true));
    assertThat(merged.tags()).containsExactly("prod", "eu");
    assertThat(kept.metadata()).isEqualTo(merged.metadata());
    assertThat(kept.describe()).contains("Revenue (value) 49100").contains("#prod #eu").contains("deploy=api");
    assertThat(cleared.metadata()).isEmpty();
    assertThat(cleared.tags()).isEmpty();
  }

  @Test
  void aTextValueShowsAsWritten() {
    Reply started = state.start(tree("{'content_state':{'title':'Revenue','type':'value','value':'$48,210'}}"), ONE, NOW);
    String id = (String) ((Map<?, ?>) started.body()).get("activity_id");

    assertThat(card(id).describe()).isEqualTo("[ACTIVE] Revenue (value) $48,210");
  }

  @Test
  void streamDeleteTakesMetadataAndTagsToo() {
    state.streamPut("k", tree("{'content_state':{'title':'t','type':'alert','message':'m'},'metadata':{'a':'1'}}"), ONE, NOW);
    state.streamDelete("k", tree("{'metadata':{'b':2},'tags':['done']}"), NOW);

    LiveActivityCard ended = state.snapshot(NOW).activities().get(0);
    assertThat(ended.metadata()).containsOnlyKeys("a", "b");
    assertThat(ended.tags()).isEqualTo(List.of("done"));
  }

  @Test
  void pushesKeepTheirMetadataTagsAndInterruptionLevel() {
    state.push(tree("{'title':'Deploy','metadata':{'sha':'abc'},'tags':['ci'],'interruption_level':'time-sensitive'}"),
        10, ONE, NOW);

    var push = state.snapshot(NOW).pushes().get(0);
    assertThat(push.metadata()).containsEntry("sha", "abc");
    assertThat(push.tags()).containsExactly("ci");
    assertThat(push.interruptionLevel()).isEqualTo("time-sensitive");
  }
}
