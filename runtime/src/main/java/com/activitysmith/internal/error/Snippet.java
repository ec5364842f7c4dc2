package com.activitysmith.internal.error;

/**
 * The start of a non-JSON body as one readable line: markup dropped (script and style elements
 * with their content), whitespace collapsed, at most {@value #MAX_CHARS} characters. One pass over
 * the body with no backtracking, so its cost grows linearly with the body and stops early once the
 * line is full.
 */
final class Snippet {
  static final int MAX_CHARS = 200;

  private Snippet() {}

  static String of(String body) {
    String text = text(body, true);
    if (text.isEmpty()) {
      text = text(body, false);
    }
    return '"' + text + '"';
  }

  private static String text(String body, boolean dropMarkup) {
    StringBuilder out = new StringBuilder(MAX_CHARS + 1);
    boolean space = false;
    // Once no '>' follows some '<', none follows any later one either: remembering that keeps
    // a body full of unclosed '<' linear.
    int noCloseFrom = Integer.MAX_VALUE;
    int n = body.length();
    for (int i = 0; i < n; i++) {
      char c = body.charAt(i);
      if (dropMarkup && c == '<' && i < noCloseFrom) {
        int close = body.indexOf('>', i + 1);
        if (close < 0) {
          noCloseFrom = i;
        } else {
          String element = rawTextElement(body, i + 1);
          if (element != null) {
            int end = indexOfIgnoreCase(body, "</" + element, close + 1);
            if (end < 0) {
              break;
            }
            close = body.indexOf('>', end);
            if (close < 0) {
              break;
            }
          }
          i = close;
          space = out.length() > 0;
          continue;
        }
      }
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
      if (out.length() > MAX_CHARS) {
        out.setLength(MAX_CHARS);
        return out.append('…').toString();
      }
    }
    return out.toString();
  }

  /** "script" or "style" when the tag starting at {@code from} opens one, else null. */
  private static String rawTextElement(String body, int from) {
    for (String name : new String[] {"script", "style"}) {
      int end = from + name.length();
      if (body.regionMatches(true, from, name, 0, name.length())
          && (end >= body.length() || !Character.isLetterOrDigit(body.charAt(end)))) {
        return name;
      }
    }
    return null;
  }

  private static int indexOfIgnoreCase(String body, String needle, int from) {
    char first = needle.charAt(0);
    for (int i = from; i <= body.length() - needle.length(); i++) {
      if (body.charAt(i) == first && body.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }
}
