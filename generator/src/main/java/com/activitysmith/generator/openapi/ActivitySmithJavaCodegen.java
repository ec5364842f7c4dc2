package com.activitysmith.generator.openapi;

import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenOperation;
import org.openapitools.codegen.CodegenParameter;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.SupportingFile;
import org.openapitools.codegen.languages.AbstractJavaCodegen;
import org.openapitools.codegen.model.ModelMap;
import org.openapitools.codegen.model.ModelsMap;
import org.openapitools.codegen.model.OperationsMap;
import org.openapitools.codegen.utils.ModelUtils;

/**
 * OpenAPI Generator codegen {@value #NAME}: Retrofit 3 service interfaces and Moshi records.
 *
 * <p>What it does that the stock {@code retrofit2} library does not:
 *
 * <ul>
 *   <li>models are records, so Moshi keeps declaration order, with {@code @Json} snake_case names
 *       and a fluent builder; absent optional fields are null and left out of the JSON;
 *   <li>enums carry an {@code UNKNOWN} member that values added by the server later decode to;
 *   <li>a {@code oneOf} of a number and a string becomes a small sealed type (exact numbers kept);
 *   <li>a DELETE with a body is declared {@code @HTTP(method = "DELETE", hasBody = true)} and its
 *       optional body is an {@code Optional}, with a no-body overload;
 *   <li>operations marked {@code x-activitysmith-idempotent: true} carry {@code @Idempotent},
 *       which a retry interceptor can read from Retrofit's {@code Invocation} tag;
 *   <li>a {@code JsonSupport} class wires the adapters (date-time, URI, BigDecimal, enums);
 *   <li>every file carries {@code @Generated}.
 * </ul>
 */
public class ActivitySmithJavaCodegen extends AbstractJavaCodegen {
  /** The generator name to give {@code openapi-generator-maven-plugin}'s {@code generatorName}. */
  public static final String NAME = "activitysmith-java";
  static final String NUMBER_OR_STRING = "x-number-or-string";

  /** Sets up the templates, type mappings and the files every run writes. */
  public ActivitySmithJavaCodegen() {
    super();
    embeddedTemplateDir = templateDir = NAME;
    modelTemplateFiles.clear();
    modelTemplateFiles.put("model.mustache", ".java");
    apiTemplateFiles.clear();
    apiTemplateFiles.put("api.mustache", ".java");
    apiTestTemplateFiles.clear();
    modelTestTemplateFiles.clear();
    apiDocTemplateFiles.clear();
    modelDocTemplateFiles.clear();
    // Records and their builders are written by our templates; these switch off the stock extras.
    setSerializableModel(false);
    setOpenApiNullable(false);
    setUseBeanValidation(false);
    setDateLibrary("java8");
    typeMapping.put("number", "BigDecimal");
    importMapping.put("BigDecimal", "java.math.BigDecimal");
  }

  /** No Swagger/OpenAPI annotations in the output: the records carry only Moshi's {@code @Json}. */
  @Override
  public AnnotationLibrary getAnnotationLibrary() {
    return AnnotationLibrary.NONE;
  }

  @Override
  public DocumentationProvider getDocumentationProvider() {
    return DocumentationProvider.NONE;
  }

  @Override
  public ModelsMap postProcessModels(ModelsMap objs) {
    ModelsMap result = super.postProcessModels(objs);
    result.getImports().removeIf(i -> !i.getOrDefault("import", "").startsWith("java.")
        && !i.getOrDefault("import", "").startsWith(modelPackage + "."));
    return result;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public CodegenType getTag() {
    return CodegenType.CLIENT;
  }

  @Override
  public String getHelp() {
    return "Retrofit 3 interfaces and Moshi records for the ActivitySmith API.";
  }

  @Override
  public void processOpts() {
    super.processOpts();
    supportingFiles.clear();
    String invokerFolder = (sourceFolder + File.separator + invokerPackage).replace('.', File.separatorChar);
    supportingFiles.add(new SupportingFile("JsonSupport.mustache", invokerFolder, "JsonSupport.java"));
    supportingFiles.add(new SupportingFile("Idempotent.mustache", invokerFolder, "Idempotent.java"));
    additionalProperties.put("generatorClass", getClass().getName());
  }

  @Override
  public CodegenModel fromModel(String name, Schema model) {
    CodegenModel codegen = super.fromModel(name, model);
    if (isNumberOrString(model)) {
      codegen.vendorExtensions.put(NUMBER_OR_STRING, true);
      codegen.imports.clear();
      codegen.imports.add("BigDecimal");
    }
    return codegen;
  }

  /** A {@code oneOf} of exactly one number schema and one string schema. */
  static boolean isNumberOrString(Schema<?> schema) {
    List<Schema> choices = schema.getOneOf();
    if (choices == null || choices.size() != 2) {
      return false;
    }
    Set<String> kinds = new TreeSet<>();
    for (Schema<?> choice : choices) {
      if (ModelUtils.isNumberSchema(choice) && !ModelUtils.isIntegerSchema(choice)) {
        kinds.add("number");
      } else if (ModelUtils.isStringSchema(choice)) {
        kinds.add("string");
      }
    }
    return kinds.equals(Set.of("number", "string"));
  }

  @Override
  public OperationsMap postProcessOperationsWithModels(OperationsMap objs, List<ModelMap> allModels) {
    OperationsMap result = super.postProcessOperationsWithModels(objs, allModels);
    Set<String> used = new TreeSet<>();
    for (CodegenOperation op : result.getOperations().getOperation()) {
      used.add(op.returnBaseType);
      if (op.bodyParam != null) {
        used.add(op.bodyParam.baseType);
      }
    }
    // Error bodies are read by the runtime's error mapper; import only what signatures name.
    result.getImports().removeIf(i -> !used.contains(i.get("classname")));
    for (CodegenOperation op : result.getOperations().getOperation()) {
      // Retrofit paths are relative to the base URL, which ends in a slash.
      if (op.path.startsWith("/")) {
        op.path = op.path.substring(1);
      }
      for (CodegenParameter param : op.allParams) {
        if (param.isBodyParam) {
          param.paramName = "body";
        }
      }
      CodegenParameter body = op.bodyParam;
      boolean hasBody = body != null;
      op.vendorExtensions.put("x-has-body", hasBody);
      op.vendorExtensions.put("x-optional-body", hasBody && !body.required);
      op.vendorExtensions.put("x-plain-verb", !hasBody || body.required);
    }
    return result;
  }

  @Override
  public Map<String, Object> postProcessSupportingFileData(Map<String, Object> objs) {
    objs.put(CodegenConstants.INVOKER_PACKAGE, invokerPackage);
    return super.postProcessSupportingFileData(objs);
  }
}
