package com.activitysmith.generator.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.NumberSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.openapitools.codegen.CodegenConfig;

class ActivitySmithJavaCodegenTest {

  @Test
  void isFoundByItsGeneratorName() {
    assertThat(ServiceLoader.load(CodegenConfig.class).stream().map(p -> p.get().getName()))
        .contains(ActivitySmithJavaCodegen.NAME);
  }

  @Test
  void recognisesANumberOrStringUnionOnly() {
    assertThat(ActivitySmithJavaCodegen.isNumberOrString(oneOf(new NumberSchema(), new StringSchema()))).isTrue();
    assertThat(ActivitySmithJavaCodegen.isNumberOrString(oneOf(new StringSchema(), new NumberSchema()))).isTrue();
    assertThat(ActivitySmithJavaCodegen.isNumberOrString(oneOf(new IntegerSchema(), new StringSchema()))).isFalse();
    assertThat(ActivitySmithJavaCodegen.isNumberOrString(oneOf(new NumberSchema(), new ObjectSchema()))).isFalse();
    assertThat(ActivitySmithJavaCodegen.isNumberOrString(new StringSchema())).isFalse();
  }

  private static Schema<Object> oneOf(Schema<?>... choices) {
    Schema<Object> schema = new Schema<>();
    schema.setOneOf(List.of(choices));
    return schema;
  }
}
