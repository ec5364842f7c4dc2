package com.activitysmith.rules;

import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.regex.Pattern;

/**
 * Spec patterns (ECMA-262, as JSON Schema defines them) on {@link java.util.regex}.
 *
 * <p>The two dialects agree on what the spec's patterns use except one anchor: ECMA-262's
 * {@code $} (without the multiline flag) matches only at the end of the input, Java's also before
 * a final line terminator, so {@code "deploy\n"} would pass {@code ^[a-z]+$}. Every unescaped
 * {@code $} outside a character class becomes {@code \z}.
 */
final class EcmaPatterns implements RegularExpressionFactory {
  static final EcmaPatterns INSTANCE = new EcmaPatterns();

  private EcmaPatterns() {}

  @Override
  public RegularExpression getRegularExpression(String regex) {
    Pattern pattern = Pattern.compile(toJava(regex));
    return value -> pattern.matcher(value).find();
  }

  /** The Java regex that means what the ECMA-262 one does. */
  static String toJava(String ecma) {
    StringBuilder out = new StringBuilder(ecma.length() + 4);
    boolean inClass = false;
    for (int i = 0; i < ecma.length(); i++) {
      char c = ecma.charAt(i);
      if (c == '\\' && i + 1 < ecma.length()) {
        out.append(c).append(ecma.charAt(++i));
      } else if (c == '[' && !inClass) {
        inClass = true;
        out.append(c);
      } else if (c == ']' && inClass) {
        inClass = false;
        out.append(c);
      } else if (c == '$' && !inClass) {
        out.append("\\z");
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
