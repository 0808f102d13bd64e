package org.relapsecds.api.cdshooks.cards;

/** Text into GitHub Flavored Markdown, and one-sentence summaries under the length limit. */
final class Markdown {
  private Markdown() {}

  /** Escapes the characters that would start Markdown or HTML markup. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    return text.replaceAll("([\\\\`*_\\[\\]<>|#])", "\\\\$1");
  }

  /** The text cut to at most {@code max} characters at a word, with an ellipsis when cut. */
  static String shorten(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max - 1);
    return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
  }

  /** The first sentence of a text. */
  static String firstSentence(String text) {
    int end = text.indexOf(". ");
    return end < 0 ? text : text.substring(0, end + 1);
  }
}
