package com.activitysmith.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** POST /push-notification: delivery, counts, targeting, badge and tags, validation. */
class PushNotificationTest {
  private final Simulator simulator = Simulator.builder().devices(2).channel("ops", 1).channel("releases", 3).start();
  private final Http http = new Http(simulator);

  @AfterEach
  void close() {
    simulator.close();
  }

  @Test
  void deliversToEveryDeviceWhenNoChannelIsNamed() {
    Http.Answer answer = http.post("/push-notification", "{'title':'Build Failed 🚨','message':'CI failed on main'}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json()).containsEntry("success", true)
        .containsEntry("devices_notified", new BigDecimal(2))
        .containsEntry("users_notified", BigDecimal.ONE)
        .containsKey("timestamp");
    assertThat(answer.headers().get("Content-Type")).startsWith("application/json");
    DeliveredPush push = simulator.lockScreen().lastPush().orElseThrow();
    assertThat(push.title()).isEqualTo("Build Failed 🚨");
    assertThat(push.message()).contains("CI failed on main");
    assertThat(push.channels()).isNull();
    assertThat(push.devices()).isEqualTo(2);
  }

  @Test
  void deliversToTheTargetedChannelsDevices() {
    Http.Answer answer = http.post("/push-notification",
        "{'title':'Deploy waiting','target':{'channels':['ops','releases']},'tags':['deploy']}");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.at("devices_notified")).isEqualTo(new BigDecimal(4));
    assertThat(answer.at("effective_channel_slugs")).isEqualTo(List.of("ops", "releases"));
    assertThat(answer.at("tags")).isEqualTo(List.of("deploy"));
    assertThat(simulator.lockScreen().lastPush().orElseThrow().channels()).containsExactly("ops", "releases");
  }

  @Test
  void aPushWithABadgeSetsTheAppIconBadge() {
    http.post("/push-notification", "{'title':'Inbox','badge':7}");

    assertThat(simulator.lockScreen().badge()).hasValue(7);
  }

  @Test
  void rejectsMediaWithActionsNamingTheFields() {
    Http.Answer answer = http.post("/push-notification", "{'title':'x','media':'https://cdn.example.com/a.png',"
        + "'actions':[{'title':'Open','type':'open_url','url':'https://example.com'}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("error")).isEqualTo("Invalid request");
    assertThat(answer.string("message")).isNotBlank();
    assertThat(simulator.lockScreen().pushes()).isEmpty();
  }

  @Test
  void rejectsAMissingTitleNamingTheField() {
    Http.Answer answer = http.post("/push-notification", "{'message':'no title'}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("message")).contains("title");
  }

  @Test
  void rejectsAnUnknownFieldNamingIt() {
    Http.Answer answer = http.post("/push-notification", "{'title':'x','colour':'red'}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("message")).contains("colour");
  }

  @Test
  void rejectsAWebhookActionWithoutHttps() {
    Http.Answer answer = http.post("/push-notification",
        "{'title':'x','actions':[{'title':'Go','type':'webhook','url':'http://example.com/hook'}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.string("message")).contains("actions[0].url");
  }

  @Test
  void rejectsBodiesThatAreNotJsonObjects() {
    assertThat(http.send("POST", "/push-notification", "{\"title\": ").status()).isEqualTo(400);
    assertThat(http.send("POST", "/push-notification", "{\"title\": ").string("error")).isEqualTo("Invalid JSON");
    assertThat(http.send("POST", "/push-notification", "[1, 2]").status()).isEqualTo(400);
    assertThat(http.send("POST", "/push-notification", "").string("message")).contains("body is required");
  }

  @Test
  void answersUnknownRoutesAndMethodsLikeAnHttpServer() {
    assertThat(http.post("/push-notifications", "{'title':'x'}").status()).isEqualTo(404);
    Http.Answer wrongMethod = http.send("GET", "/push-notification", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.headers().get("Allow")).isEqualTo("POST");
  }
}
