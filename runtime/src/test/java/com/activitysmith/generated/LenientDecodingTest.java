package com.activitysmith.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.activitysmith.generated.model.ActivityMetric;
import com.activitysmith.generated.model.LiveActivityColor;
import com.activitysmith.generated.model.LiveActivityStreamPutResponse;
import com.activitysmith.generated.model.MetadataValue;
import com.activitysmith.generated.model.MetricValue;
import com.activitysmith.generated.model.StreamPutOperation;
import com.squareup.moshi.JsonDataException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Responses from a newer service still decode: unknown enum values and unknown fields. */
class LenientDecodingTest {

  @Test
  void unknownEnumValueDecodesToUnknown() throws Exception {
    var response = JsonSupport.moshi().adapter(LiveActivityStreamPutResponse.class).fromJson(
        "{\"success\":true,\"operation\":\"teleported\",\"stream_key\":\"k\",\"timestamp\":\"2026-03-04T09:15:00Z\"}");
    assertThat(response.operation()).isEqualTo(StreamPutOperation.UNKNOWN);
    assertThat(StreamPutOperation.UNKNOWN.wireValue()).isNull();
    assertThat(StreamPutOperation.ROTATED.wireValue()).isEqualTo("rotated");
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    var metric = JsonSupport.moshi().adapter(ActivityMetric.class).fromJson(
        "{\"label\":\"CPU\",\"sparkline\":[1,2,3],\"value\":7,\"color\":\"ultraviolet\",\"nested\":{\"a\":null}}");
    assertThat(metric.label()).isEqualTo("CPU");
    assertThat(metric.value()).isEqualTo(MetricValue.of(7));
    assertThat(metric.color()).isEqualTo(LiveActivityColor.UNKNOWN);
  }

  @Test
  void metricValueIsNumberOrTextAndNothingElse() throws Exception {
    var adapter = JsonSupport.moshi().adapter(MetricValue.class);
    assertThat(adapter.fromJson("0.1000")).isEqualTo(MetricValue.of(new BigDecimal("0.1000")));
    assertThat(adapter.fromJson("\"12 ms\"")).isEqualTo(MetricValue.of("12 ms"));
    assertThat(adapter.toJson(MetricValue.of(new BigDecimal("1E+3")))).isEqualTo("1000");
    assertThatThrownBy(() -> adapter.fromJson("true"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("Expected a number or a string but was BOOLEAN at $");
  }

  @Test
  void metadataValueIsNumberTextOrBooleanAndSaysSoInWords() throws Exception {
    var adapter = JsonSupport.moshi().adapter(MetadataValue.class);
    assertThat(adapter.fromJson("true")).isEqualTo(MetadataValue.of(true));
    assertThat(adapter.fromJson("812")).isEqualTo(MetadataValue.of(812));
    assertThat(adapter.fromJson("\"main\"")).isEqualTo(MetadataValue.of("main"));
    assertThatThrownBy(() -> adapter.fromJson("[1]")).isInstanceOf(JsonDataException.class)
        .hasMessageContaining("Expected a number, a string or a boolean but was BEGIN_ARRAY at $");
  }

  @Test
  void malformedDateTimeNamesWhereItWas() {
    var adapter = JsonSupport.moshi().adapter(LiveActivityStreamPutResponse.class);
    assertThatThrownBy(() -> adapter.fromJson("{\"timestamp\":\"yesterday\"}"))
        .isInstanceOf(JsonDataException.class).hasMessageContaining("at $.timestamp");
  }
}
