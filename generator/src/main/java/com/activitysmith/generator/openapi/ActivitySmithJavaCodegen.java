package com.activitysmith.generator.openapi;

import com.activitysmith.generator.validation.ValidatorEmitter;
import com.activitysmith.rules.ApiRules;
import io.swagger.v3.oas.models.media.Schema;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 *   <li>a {@code oneOf} of scalars (a number, a string, a boolean; at least two of them) becomes a
 *       small sealed type with one record per choice ({@code Number}, {@code Text}, {@code Flag};
 *       exact numbers kept), and {@code JsonSupport} gets an adapter for each;
 *   <li>{@code uniqueItems} lists stay {@code List}s, in the caller's order; validation reports
 *       duplicates;
 *   <li>a DELETE with a body is declared {@code @HTTP(method = "DELETE", hasBody = true)} and its
 *       optional body is an {@code Optional}, with a no-body overload;
 *   <li>operations marked {@code x-activitysmith-idempotent: true} carry {@code @Idempotent},
 *       which a retry interceptor can read from Retrofit's {@code Invocation} tag;
 *   <li>validators over the records and the operations' metadata, compiled from the spec's rules
 *       ({@link ValidatorEmitter});
 *   <li>a {@code JsonSupport} class wires the adapters (date-time written as UTC with milliseconds,
 *       as the official SDKs send it; URI, BigDecimal, scalar unions, enums);
 *   <li>every file carries {@code @Generated}.
 * </ul>
 */
public class ActivitySmithJavaCodegen extends AbstractJavaCodegen {
  /** The generator name to give {@code openapi-generator-maven-plugin}'s {@code generatorName}. */
  public static final String NAME = "activitysmith-java";
  static final String SCALAR_UNION = "x-scalar-union";
  private final java.util.SortedMap<String, Map<String, Object>> scalarUnions = new java.util.TreeMap<>();

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
    // Tags are sent in the caller's order; a Set would reorder nothing but hide duplicates the
    // validator reports by name.
    typeMapping.put("set", "List");
    instantiationTypes.put("set", "ArrayList");
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
    supportingFiles.add(new SupportingFile("Required.mustache", invokerFolder, "Required.java"));
    additionalProperties.put("generatorClass", getClass().getName());
  }

  @Override
  public CodegenModel fromModel(String name, Schema model) {
    CodegenModel codegen = super.fromModel(name, model);
    Set<String> kinds = scalarChoices(model);
    if (kinds != null) {
      Map<String, Object> union = new java.util.HashMap<>();
      union.put("name", codegen.classname);
      union.put("hasNumber", kinds.contains("number"));
      union.put("hasText", kinds.contains("string"));
      union.put("hasFlag", kinds.contains("boolean"));
      union.put("choices", String.join(", ", kinds.stream().map(k -> k.equals("string") ? "Text"
          : k.equals("number") ? "Number" : "Flag").sorted(java.util.Comparator.comparing(ActivitySmithJavaCodegen::order)).toList()));
      union.put("expected", inWords(kinds.stream().sorted(java.util.Comparator.comparing(ActivitySmithJavaCodegen::order))
          .map(k -> k.equals("string") ? "a string" : k.equals("number") ? "a number" : "a boolean").toList()));
      codegen.vendorExtensions.put(SCALAR_UNION, union);
      codegen.imports.clear();
      codegen.imports.add("BigDecimal");
      scalarUnions.put(codegen.classname, union);
    }
    return codegen;
  }

  private static int order(String kind) {
    return List.of("number", "Number", "string", "Text", "boolean", "Flag").indexOf(kind);
  }

  /**
   * The kinds ({@code number}, {@code string}, {@code boolean}) of a {@code oneOf} whose two or
   * three choices are distinct scalars; null for any other schema.
   */
  static Set<String> scalarChoices(Schema<?> schema) {
    List<Schema> choices = schema.getOneOf();
    if (choices == null || choices.size() < 2 || choices.size() > 3) {
      return null;
    }
    Set<String> kinds = new TreeSet<>();
    for (Schema<?> choice : choices) {
      String kind = ModelUtils.isNumberSchema(choice) && !ModelUtils.isIntegerSchema(choice) ? "number"
          : ModelUtils.isStringSchema(choice) ? "string"
          : ModelUtils.isBooleanSchema(choice) ? "boolean" : null;
      if (kind == null || !kinds.add(kind)) {
        return null;
      }
    }
    return kinds;
  }

  /** Whether the schema is a {@code oneOf} of exactly a number and a string. */
  static boolean isNumberOrString(Schema<?> schema) {
    return Set.of("number", "string").equals(scalarChoices(schema));
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
    objs.put("scalarUnions", List.copyOf(scalarUnions.values()));
    writeValidators();
    return super.postProcessSupportingFileData(objs);
  }

  /** The rules compiled from the spec, beside the models they check (see {@link ValidatorEmitter}). */
  private void writeValidators() {
    ApiRules rules;
    try (InputStream in = Files.newInputStream(Path.of(getInputSpec()))) {
      rules = ApiRules.fromSpec(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the spec " + getInputSpec(), e);
    }
    String version = openAPI == null || openAPI.getInfo() == null ? "" : openAPI.getInfo().getVersion();
    new ValidatorEmitter(rules, this::toVarName, invokerPackage, modelPackage, version)
        .writeTo(Path.of(outputFolder(), sourceFolder));
  }

  /** "a", "a or b", "a, b or c": a list of choices as a sentence says it. */
  static String inWords(java.util.List<String> choices) {
    if (choices.size() <= 2) {
      return String.join(" or ", choices);
    }
    return String.join(", ", choices.subList(0, choices.size() - 1)) + " or " + choices.get(choices.size() - 1);
  }
}
