package org.relapsecds.api.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The case form's field descriptions, read from {@code fields.js} as text (no JavaScript engine is
 * on the test classpath): each field object's path, kind, required and local flags and option
 * values, with the option lists it names by constant ({@code options: CNS}, {@code ...PHENOTYPE})
 * resolved.
 */
final class FieldsJs {
  /** Where the web-ui jar serves its scripts from, on the api's classpath. */
  static final String SCRIPTS = "/META-INF/resources/assets/js/";

  private static final Pattern CONSTANT = Pattern.compile("export const (\\w+) = \\[");
  private static final Pattern OPTION = Pattern.compile("\\[\\s*'([^']*)'\\s*,");
  private static final Pattern SPREAD = Pattern.compile("\\.\\.\\.(\\w+)");
  private static final Pattern FIELD_START = Pattern.compile("\\{path: '");
  private static final Pattern PATH = Pattern.compile("\\bpath: '([^']*)'");

  /**
   * One field of the form.
   *
   * @param path the contract path, e.g. {@code relapse.cd19}
   * @param kind text, date, number, select, checks, checkbox, tristate or mrd
   * @param required whether the form requires it
   * @param local whether it is the form's own, never sent
   * @param options the option values, {@code ''} included; empty when the kind has none
   */
  record Field(String path, String kind, boolean required, boolean local, List<String> options) {}

  private FieldsJs() {}

  /** A script of the web UI, from the classpath. */
  static String script(String name) {
    try (InputStream in = FieldsJs.class.getResourceAsStream(SCRIPTS + name)) {
      if (in == null) {
        throw new IllegalStateException(SCRIPTS + name + " is not on the classpath (web-ui jar)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every field object of the text, in form order. */
  static List<Field> fields(String source) {
    Map<String, List<String>> constants = new LinkedHashMap<>();
    Matcher constant = CONSTANT.matcher(source);
    while (constant.find()) {
      int open = constant.end() - 1;
      constants.put(
          constant.group(1), options(source.substring(open, close(source, open)), constants));
    }
    List<Field> fields = new ArrayList<>();
    Matcher start = FIELD_START.matcher(source);
    while (start.find()) {
      String body = source.substring(start.start(), close(source, start.start()));
      Matcher path = PATH.matcher(body);
      path.find();
      fields.add(
          new Field(
              path.group(1),
              member(body, "kind"),
              body.contains("required: true"),
              body.contains("local: true"),
              fieldOptions(body, constants)));
    }
    return fields;
  }

  /** How many {@code path:} members the text has: the parser must have found a field for each. */
  static int pathCount(String source) {
    return (int) PATH.matcher(source).results().count();
  }

  private static List<String> fieldOptions(String body, Map<String, List<String>> constants) {
    int at = body.indexOf("options: ");
    if (at < 0) {
      return List.of();
    }
    int from = at + "options: ".length();
    if (body.charAt(from) == '[') {
      return options(body.substring(from, close(body, from)), constants);
    }
    Matcher name = Pattern.compile("\\w+").matcher(body);
    name.find(from);
    List<String> named = constants.get(name.group());
    if (named == null) {
      throw new IllegalStateException("fields.js: options constant " + name.group() + " unknown");
    }
    return named;
  }

  /**
   * The first element of every pair in an array text, and the values of the constants it spreads.
   */
  private static List<String> options(String array, Map<String, List<String>> constants) {
    List<String> values = new ArrayList<>();
    Matcher spread = SPREAD.matcher(array);
    while (spread.find()) {
      values.addAll(constants.getOrDefault(spread.group(1), List.of()));
    }
    Matcher option = OPTION.matcher(array);
    while (option.find()) {
      values.add(option.group(1));
    }
    return values;
  }

  private static String member(String body, String name) {
    Matcher m = Pattern.compile("\\b" + name + ": '([^']*)'").matcher(body);
    return m.find() ? m.group(1) : null;
  }

  /**
   * The index just after the bracket or brace that closes the one at {@code open}, strings skipped.
   */
  private static int close(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '"' || c == '`') {
        for (i++; text.charAt(i) != c; i++) {
          if (text.charAt(i) == '\\') {
            i++;
          }
        }
      } else if (c == '[' || c == '{') {
        depth++;
      } else if ((c == ']' || c == '}') && --depth == 0) {
        return i + 1;
      }
    }
    throw new IllegalStateException("fields.js: no closing bracket for the one at " + open);
  }
}
