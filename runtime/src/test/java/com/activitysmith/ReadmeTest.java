package com.activitysmith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Using the client" examples compile against this module as it is. */
class ReadmeTest {
  private static final String SECTION = "## Using the client";
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void usageExamplesCompile(@TempDir Path out) throws IOException {
    List<String> snippets = snippets(Files.readString(Path.of(System.getProperty("activitysmith.readme")), StandardCharsets.UTF_8));
    assertThat(snippets).as("java blocks in " + SECTION).hasSize(2);

    // Only the imports each example shows: a missing or wrong one fails the compilation.
    java.util.Set<String> imports = new java.util.LinkedHashSet<>();
    StringBuilder bodies = new StringBuilder();
    for (int i = 0; i < snippets.size(); i++) {
      StringBuilder body = new StringBuilder();
      for (String line : snippets.get(i).split("\n")) {
        if (line.startsWith("import ")) {
          imports.add(line);
        } else {
          body.append(line).append('\n');
        }
      }
      bodies.append("  void example").append(i).append("() {\n").append(body).append("  }\n");
    }
    assertThat(imports).as("every example shows its imports").isNotEmpty();
    StringBuilder source = new StringBuilder(String.join("\n", imports)).append("\n\nclass ReadmeExamples {\n")
        .append(bodies).append("}\n");

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    boolean compiled;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      JavaFileObject file = new SimpleJavaFileObject(java.net.URI.create("string:///ReadmeExamples.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      compiled = javac.getTask(output, files, diagnostics,
          List.of("-classpath", System.getProperty("java.class.path"), "-d", out.toString(), "-proc:none"),
          null, List.of(file)).call();
    }

    assertThat(compiled).as("README examples compile:\n%s\n%s\n%s", diagnostics.getDiagnostics(), output, source).isTrue();
    assertThat(out.resolve("ReadmeExamples.class")).exists();
  }

  private static List<String> snippets(String readme) {
    int start = readme.indexOf(SECTION);
    assertThat(start).as("README has a '" + SECTION + "' section").isNotNegative();
    int end = readme.indexOf("\n## ", start + SECTION.length());
    Matcher blocks = JAVA_BLOCK.matcher(readme.substring(start, end < 0 ? readme.length() : end));
    List<String> snippets = new ArrayList<>();
    while (blocks.find()) {
      snippets.add(blocks.group(1));
    }
    return snippets;
  }
}
