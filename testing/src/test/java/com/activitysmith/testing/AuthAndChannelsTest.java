package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** API keys, their channel scopes, and how targets resolve to recipients. */
class AuthAndChannelsTest {
  @Test
  void aMissingOrWrongKeyIsUnauthorizedOnEveryOperation() {
    try (Simulator simulator = Simulator.start()) {
      Http none = new Http(simulator).withKey(null);
      Http wrong = new Http(simulator).withKey("ask_wrong");
      for (Endpoint op : Endpoint.values()) {
        String path = op.pathTemplate().replace("{stream_key}", "k").replace("{key}", "m");
        Http.Answer missing = none.send(op.method(), path, "{}");
        Http.Answer invalid = wrong.send(op.method(), path, "{}");
        assertThat(missing.status()).as(op.name()).isEqualTo(401);
        assertThat(missing.string("message")).isEqualTo("Missing API key");
        assertThat(invalid.status()).as(op.name()).isEqualTo(401);
        assertThat(invalid.string("message")).isEqualTo("Invalid API key");
      }
      assertThat(simulator.journal().entries()).allSatisfy(e -> assertThat(e.delivered()).isFalse());
    }
  }

  @Test
  void theDefaultKeyIsAcceptedAndOthersOnlyWhenConfigured() {
    try (Simulator defaults = Simulator.start();
        Simulator custom = Simulator.builder().apiKey("ask_mine").start();
        Simulator anyKey = Simulator.builder().acceptAnyApiKey().start()) {
      assertThat(defaults.apiKey()).isEqualTo(Simulator.DEFAULT_API_KEY);
      assertThat(new Http(defaults).post("/badge", "{'badge':1}").status()).isEqualTo(200);
      assertThat(new Http(custom).withKey(Simulator.DEFAULT_API_KEY).post("/badge", "{'badge':1}").status()).isEqualTo(401);
      assertThat(new Http(custom).post("/badge", "{'badge':1}").status()).isEqualTo(200);
      assertThat(new Http(anyKey).withKey("whatever").post("/badge", "{'badge':1}").status()).isEqualTo(200);
    }
  }

  @Test
  void unknownChannelsHaveNoRecipients() {
    try (Simulator simulator = Simulator.builder().channel("ops").start()) {
      Http http = new Http(simulator);

      Http.Answer push = http.post("/push-notification", "{'title':'x','target':{'channels':['marketing']}}");
      Http.Answer start = http.post("/live-activity/start",
          "{'content_state':{'title':'x','type':'alert','message':'m'},'target':{'channels':['marketing']}}");
      Http.Answer stream = http.put("/live-activity/stream/s",
          "{'content_state':{'title':'x','type':'alert','message':'m'},'channels':['marketing']}");
      Http.Answer badge = http.post("/badge", "{'badge':1,'target':{'channels':['marketing']}}");

      for (Http.Answer answer : Arrays.asList(push, start, stream, badge)) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        assertThat(answer.json()).containsEntry("error", "No recipients found")
            .containsEntry("effective_channel_slugs", List.of("marketing"));
      }
      assertThat(simulator.lockScreen().pushes()).isEmpty();
      assertThat(simulator.lockScreen().allLiveActivities()).isEmpty();
      assertThat(simulator.lockScreen().badge()).isEmpty();
    }
  }

  @Test
  void anAccountWithoutDevicesHasNoRecipients() {
    try (Simulator simulator = Simulator.builder().devices(0).start()) {
      Http.Answer answer = new Http(simulator).post("/push-notification", "{'title':'x'}");

      assertThat(answer.status()).isEqualTo(422);
      assertThat(answer.json()).containsEntry("effective_channel_slugs", null);
    }
  }

  @Test
  void legacyAnswersNoRecipientsWith404() {
    try (Simulator simulator = Simulator.builder().legacy().channel("ops", 0).start()) {
      Http http = new Http(simulator);
      Http.Answer push = http.post("/push-notification", "{'title':'x','target':{'channels':['ops']}}");
      Http.Answer badge = http.post("/badge", "{'badge':1,'target':{'channels':['ops']}}");

      for (Http.Answer answer : Arrays.asList(push, badge)) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(404);
        assertThat(answer.json()).containsEntry("error", "No recipients found")
            .containsEntry("effective_channel_slugs", List.of("ops"));
      }
    }
  }

  @Test
  void aScopedKeyMayNotTargetChannelsOutsideItsScope() {
    try (Simulator simulator = Simulator.builder().apiKey("ask_ops", "ops").channel("ops").channel("finance").start()) {
      Http http = new Http(simulator);

      Http.Answer outside = http.post("/push-notification", "{'title':'x','target':{'channels':['ops','finance']}}");
      Http.Answer outsideStream = http.put("/live-activity/stream/s",
          "{'content_state':{'title':'x','type':'alert','message':'m'},'channels':['finance']}");

      assertThat(outside.status()).isEqualTo(403);
      assertThat(outside.json()).containsEntry("error", "Invalid channel targeting");
      assertThat(outside.string("message")).contains("finance");
      assertThat(outsideStream.status()).isEqualTo(403);
      assertThat(simulator.lockScreen().pushes()).isEmpty();
    }
  }

  @Test
  void aScopedKeyWithoutTargetReachesItsOwnChannels() {
    try (Simulator simulator = Simulator.builder().apiKey("ask_ops", "ops", "dev").channel("ops", 2).channel("dev").start()) {
      Http.Answer answer = new Http(simulator).post("/push-notification", "{'title':'x'}");

      assertThat(answer.status()).isEqualTo(200);
      assertThat(answer.json()).containsEntry("effective_channel_slugs", List.of("dev", "ops"))
          .containsEntry("devices_notified", new BigDecimal(3));
    }
  }

  @Test
  void anEmptyChannelListIsABadTarget() {
    try (Simulator simulator = Simulator.start()) {
      Http.Answer answer = new Http(simulator).post("/push-notification", "{'title':'x','target':{'channels':[]}}");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.string("error")).isEqualTo("Invalid channel targeting");
      assertThat(answer.string("message")).contains("target.channels");
    }
  }
}
