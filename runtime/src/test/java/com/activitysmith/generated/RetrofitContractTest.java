package com.activitysmith.generated;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.HTTP;
import retrofit2.http.Path;

/**
 * Each operation in the spec has exactly one Retrofit method, on the interface named after its
 * tag, with the spec's HTTP method, path, path parameters, body type and idempotency marker.
 * The list of operations comes from the spec, not from this file.
 */
class RetrofitContractTest {

  record Operation(String id, String tag, String method, String path, JsonNode node) {}

  static List<Operation> operations() {
    List<Operation> ops = new ArrayList<>();
    SpecTree.SPEC.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
      if (op.getValue().has("operationId")) {
        ops.add(new Operation(op.getValue().get("operationId").asText(), op.getValue().get("tags").get(0).asText(),
            op.getKey().toUpperCase(), path.getKey(), op.getValue()));
      }
    }));
    return ops;
  }

  @Test
  void specHasTheEightOperations() {
    assertThat(operations()).hasSize(8);
  }

  @TestFactory
  Stream<DynamicTest> everyOperationHasOneMatchingRetrofitMethod() {
    return operations().stream().map(op -> DynamicTest.dynamicTest(op.id(), () -> {
      Class<?> api = Class.forName("com.activitysmith.generated.api." + op.tag() + "Api");
      List<Method> methods = Arrays.stream(api.getMethods())
          .filter(m -> m.getName().equals(op.id()) && Modifier.isAbstract(m.getModifiers()))
          .toList();
      assertThat(methods).as("Retrofit methods named %s", op.id()).hasSize(1);
      Method method = methods.get(0);

      HTTP http = method.getAnnotation(HTTP.class);
      assertThat(http.method()).isEqualTo(op.method());
      assertThat("/" + http.path()).isEqualTo(op.path());
      assertThat(method.getReturnType()).isEqualTo(Call.class);
      assertThat(method.isAnnotationPresent(Idempotent.class))
          .as("@Idempotent").isEqualTo(op.node().get("x-activitysmith-idempotent").asBoolean());

      List<String> specPathParams = new ArrayList<>();
      SpecTree.SPEC.at(pointer(op.path())).path("parameters")
          .forEach(p -> specPathParams.add(SpecTree.deref(p).get("name").asText()));
      List<String> javaPathParams = Arrays.stream(method.getParameters())
          .filter(p -> p.isAnnotationPresent(Path.class)).map(p -> p.getAnnotation(Path.class).value()).toList();
      assertThat(javaPathParams).containsExactlyElementsOf(specPathParams);

      JsonNode requestBody = op.node().path("requestBody");
      Optional<Parameter> body = Arrays.stream(method.getParameters())
          .filter(p -> p.isAnnotationPresent(Body.class)).findFirst();
      assertThat(http.hasBody()).isEqualTo(!requestBody.isMissingNode());
      String schema = SpecTree.refName(requestBody.at("/content/application~1json/schema"));
      Type bodyType = body.orElseThrow().getParameterizedType();
      if (requestBody.path("required").asBoolean(false)) {
        assertThat(bodyType.getTypeName()).endsWith(".model." + schema);
      } else {
        assertThat(((ParameterizedType) bodyType).getRawType()).isEqualTo(Optional.class);
        assertThat(((ParameterizedType) bodyType).getActualTypeArguments()[0].getTypeName()).endsWith(".model." + schema);
      }

      String responseSchema = SpecTree.refName(op.node().at("/responses/200/content/application~1json/schema"));
      Type returned = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
      assertThat(returned.getTypeName()).endsWith(".model." + responseSchema);
    }));
  }

  private static String pointer(String path) {
    return "/paths/" + path.replace("~", "~0").replace("/", "~1");
  }
}
