package com.activitysmith.it;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Quick start code (client + DSL) compiles against the modules as they are. */
class ReadmeQuickStartTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void quickStartCodeCompiles() throws Exception {
    String readme = Files.readString(Path.of("../README.md"));
    int start = readme.indexOf("## Quick start");
    int end = readme.indexOf("\n## ", start + 1);
    Matcher block = JAVA_BLOCK.matcher(readme.substring(start, end));
    assertThat(block.find()).as("a java block in the Quick start").isTrue();
    // Only the imports the README shows: a missing or wrong one fails the compilation.
    StringBuilder imports = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (String line : block.group(1).split("\n")) {
      (line.startsWith("import ") ? imports : body).append(line).append('\n');
    }
    assertThat(imports.toString()).as("the Quick start shows its imports").contains("import com.activitysmith.ActivitySmith;");

    String source = imports + "class QuickStart {\n  void run() {\n" + body + "  }\n}\n";
    assertThat(javac().withOptions("-proc:none").compile(JavaFileObjects.forSourceString("QuickStart", source)))
        .succeededWithoutWarnings();
  }
}
