package com.activitysmith.generator.validation;

/**
 * Rewrites an ECMA-262 regular expression (what JSON Schema's {@code pattern} means) as a Java
 * regex that matches the same strings with {@code Matcher.find()}.
 *
 * <p>The differences handled: {@code $} (Java's also matches before a final line terminator;
 * ECMA's only at the end), {@code .} (ECMA excludes exactly {@code \n \r \u2028 \u2029}),
 * {@code \s}/{@code \S} (ECMA's whitespace is Unicode's), a literal {@code [} or {@code &&} in a
 * character class, and the empty classes {@code []} and {@code [^]}.
 */
public final class EcmaPattern {
  private static final String SPACE = "\\t\\n\\u000B\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";
  private static final String DOT = "[^\\n\\r\\u2028\\u2029]";

  private EcmaPattern() {}

  /**
   * The Java form of an ECMA-262 pattern.
   *
   * @param ecma the pattern as the spec writes it
   * @return a pattern {@link java.util.regex.Pattern} compiles with the same meaning
   */
  public static String toJava(String ecma) {
    StringBuilder out = new StringBuilder(ecma.length() + 16);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        char next = ecma.charAt(++i);
        switch (next) {
          case 'd' -> out.append(inClass ? "0-9" : "[0-9]");
          case 'D' -> out.append(inClass ? "\\x00-/:-\\x{10FFFF}" : "[^0-9]");
          case 's' -> out.append(inClass ? SPACE : "[" + SPACE + "]");
          case 'S' -> {
            if (inClass) {
              throw new IllegalArgumentException("\\S inside a character class is not supported: " + ecma);
            }
            out.append("[^").append(SPACE).append(']');
          }
          default -> out.append('\\').append(next);
        }
        continue;
      }
      if (inClass) {
        if (c == ']') {
          inClass = false;
          out.append(c);
        } else if (c == '[' || c == '&') {
          out.append('\\').append(c);
        } else {
          out.append(c);
        }
        continue;
      }
      switch (c) {
        case '$' -> out.append("\\z");
        case '.' -> out.append(DOT);
        case '[' -> {
          if (ecma.startsWith("[]", i)) {
            out.append("(?!)");
            i += 1;
          } else if (ecma.startsWith("[^]", i)) {
            out.append("[\\s\\S]");
            i += 2;
          } else {
            inClass = true;
            out.append(c);
            if (i + 1 < ecma.length() && ecma.charAt(i + 1) == '^') {
              out.append('^');
              i++;
            }
            // A ']' first in a Java class is literal; in ECMA it closes an empty class, handled above.
          }
        }
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
