package org.relapsecds.authoring.impact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.Explained;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.RelapseCase;
import org.relapsecds.rules.model.Scheme;

/**
 * Evaluates a corpus on the active and the draft knowledge base and reports, field by field, the
 * cases whose outcome changes. Runs in parallel on the caller's side (the editor's request), never
 * on the evaluation path.
 */
public final class ImpactAnalysis {
  /** Changed cases listed in full in a report; the counts cover all of them. */
  public static final int EXAMPLE_LIMIT = 200;

  private ImpactAnalysis() {}

  /**
   * Compares the outcomes of every corpus case.
   *
   * @throws EvaluationLimitExceededException at the first case either knowledge base does not
   *     finish: the other cases are skipped, since rules that loop for one case cost a time budget
   *     for each of thousands
   */
  public static ImpactReport analyse(
      KnowledgeBase active, KnowledgeBase draft, List<RelapseCase> corpus) {
    long start = System.nanoTime();
    AtomicReference<EvaluationLimitExceededException> stopped = new AtomicReference<>();
    List<CaseChange> changed =
        corpus.parallelStream()
            .filter(c -> stopped.get() == null)
            .map(c -> compareUnlessStopped(c, active, draft, stopped))
            .filter(c -> !c.changes().isEmpty())
            .toList();
    if (stopped.get() != null) {
      throw stopped.get();
    }
    Map<String, Integer> byField = new TreeMap<>();
    Map<String, Integer> byKind = new TreeMap<>();
    for (CaseChange c : changed) {
      for (FieldChange f : c.changes()) {
        byField.merge(f.field(), 1, Integer::sum);
        byKind.merge(f.kind(), 1, Integer::sum);
      }
    }
    return new ImpactReport(
        active.version(),
        draft.version(),
        corpus.size(),
        changed.size(),
        byField,
        byKind,
        changed.subList(0, Math.min(EXAMPLE_LIMIT, changed.size())),
        (System.nanoTime() - start) / 1_000_000);
  }

  private static CaseChange compareUnlessStopped(
      RelapseCase relapseCase,
      KnowledgeBase active,
      KnowledgeBase draft,
      AtomicReference<EvaluationLimitExceededException> stopped) {
    try {
      return compare(relapseCase, active, draft);
    } catch (EvaluationLimitExceededException e) {
      stopped.compareAndSet(null, e);
      return new CaseChange(relapseCase.caseId(), CaseLabel.of(relapseCase), List.of());
    }
  }

  static CaseChange compare(RelapseCase relapseCase, KnowledgeBase active, KnowledgeBase draft) {
    Map<String, String> before = summary(active, relapseCase);
    Map<String, String> after = summary(draft, relapseCase);
    List<FieldChange> changes = new ArrayList<>();
    TreeSet<String> fields = new TreeSet<>(before.keySet());
    fields.addAll(after.keySet());
    for (String field : fields) {
      String a = before.getOrDefault(field, "none");
      String d = after.getOrDefault(field, "none");
      if (!Objects.equals(a, d)) {
        changes.add(clinical(field, a, d));
      }
    }
    return new CaseChange(relapseCase.caseId(), CaseLabel.of(relapseCase), changes);
  }

  /** A change as the lines of a clinical diff: what the active rules say, what the draft says. */
  private static FieldChange clinical(String field, String active, String draft) {
    if (field.equals("recommendations") || field.equals("alerts")) {
      List<String> before = items(active);
      List<String> after = items(draft);
      return new FieldChange(
          field,
          active,
          draft,
          before.stream().filter(i -> !after.contains(i)).toList(),
          after.stream().filter(i -> !before.contains(i)).toList());
    }
    String label = fieldLabel(field);
    return new FieldChange(
        field,
        active,
        draft,
        List.of(label + ": " + words(active)),
        List.of(label + ": " + words(draft)));
  }

  private static List<String> items(String joined) {
    return joined.equals("none") ? List.of() : List.of(joined.split(ITEM_SEPARATOR));
  }

  private static String fieldLabel(String field) {
    int dot = field.indexOf('.');
    String what = dot < 0 ? field : field.substring(0, dot);
    String scheme = dot < 0 ? "" : schemeName(field.substring(dot + 1));
    return switch (what) {
      case "timing" -> scheme + " time to relapse";
      case "riskGroup" -> scheme + " risk group";
      case "hsct" -> "HSCT in CR2 under " + scheme;
      case "site" -> "Relapse site";
      case "marrow" -> "Marrow";
      case "error" -> "Evaluation error";
      default -> field;
    };
  }

  private static String schemeName(String scheme) {
    return scheme.equals("UK_R3") ? "UK ALL R3" : scheme;
  }

  private static String words(String value) {
    return value.matches("S[1-4]|M[1-3]|CNS[1-3]")
        ? value
        : value.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static final String ITEM_SEPARATOR = "; ";

  /** The outcome fields an editor compares, as text. */
  static Map<String, String> summary(KnowledgeBase kb, RelapseCase relapseCase) {
    Map<String, String> fields = new TreeMap<>();
    Outcome outcome;
    try {
      outcome = kb.evaluate(relapseCase);
    } catch (EvaluationLimitExceededException e) {
      throw e;
    } catch (RuntimeException e) {
      fields.put("error", e.getClass().getSimpleName());
      return fields;
    }
    fields.put("marrow", outcome.marrow().map(Enum::name).orElse("none"));
    fields.put("site", outcome.site().map(Enum::name).orElse("none"));
    for (Scheme scheme : Scheme.values()) {
      SchemeAssessment a = outcome.risk().get(scheme);
      if (a == null) {
        continue;
      }
      String group =
          a.group() != null
              ? a.group().name()
              : a.groupPending() != null ? "pending " + a.groupPending() : "none";
      fields.put("timing." + scheme, a.timing() == null ? "none" : a.timing().name());
      fields.put("riskGroup." + scheme, group);
      fields.put("hsct." + scheme, a.hsct() == null ? "none" : a.hsct().name());
    }
    fields.put("recommendations", codes(outcome.recommendations()));
    fields.put("alerts", codes(outcome.alerts()));
    return fields;
  }

  private static String codes(Collection<? extends Explained<?>> items) {
    TreeSet<String> codes =
        items.stream().map(e -> item(e.item())).collect(Collectors.toCollection(TreeSet::new));
    return codes.isEmpty() ? "none" : String.join(ITEM_SEPARATOR, codes);
  }

  /** A recommendation by its title and schemes, an alert by its severity and code, in words. */
  private static String item(Object item) {
    if (item instanceof org.relapsecds.rules.model.Recommendation r) {
      return r.title()
          + (r.schemes().isEmpty()
              ? ""
              : r.schemes().stream()
                  .sorted()
                  .map(sc -> schemeName(sc.name()))
                  .collect(Collectors.joining(", ", " (", ")")));
    }
    if (item instanceof org.relapsecds.rules.model.Alert a) {
      return words(a.severity().name()) + " alert: " + words(a.code().name());
    }
    return String.valueOf(item);
  }
}
