package org.relapsecds.authoring.impact;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.relapsecds.rules.model.Immunophenotype;
import org.relapsecds.rules.model.RelapseCase;

/**
 * A reference case named by the facts that define it, as a clinician would say it ("B-precursor,
 * marrow 25 %, testis, relapse 18 months from diagnosis on therapy, MRD 1e-4, relapse 2"), for the
 * impact view where the corpus's generated ids mean nothing to a reader.
 */
final class CaseLabel {
  private CaseLabel() {}

  static String of(RelapseCase c) {
    List<String> parts = new ArrayList<>();
    Immunophenotype phenotype = c.getImmunophenotype();
    parts.add(phenotype == null ? "phenotype unknown" : words(phenotype.name()));
    parts.add(String.format(Locale.ROOT, "marrow %s %%", number(c.getMarrowBlastPercent())));
    if (!c.getExtramedullarySites().isEmpty()) {
      parts.add(
          c.getExtramedullarySites().stream()
              .map(s -> words(s.name()))
              .sorted()
              .collect(Collectors.joining(" + ")));
    }
    if (c.getRelapseCnsStatus() != null) {
      parts.add(c.getRelapseCnsStatus().name());
    }
    if (c.getDiagnosisDate() != null && c.getRelapseDate() != null) {
      parts.add(
          "relapse "
              + Period.between(c.getDiagnosisDate(), c.getRelapseDate()).toTotalMonths()
              + " months from D0"
              + (c.isOnFrontlineTherapy() || c.getEndOfTherapyDate() == null
                  ? " on therapy"
                  : ", "
                      + Period.between(c.getEndOfTherapyDate(), c.getRelapseDate()).toTotalMonths()
                      + " from DEOT"));
    }
    if (c.getMrd() != null) {
      parts.add("MRD " + String.format(Locale.ROOT, "%.0e", c.getMrd()).replace("e-0", "e-"));
    }
    if (Boolean.FALSE.equals(c.getSecondRemission())) {
      parts.add("no CR2");
    }
    if (c.getRelapseNumber() > 1) {
      parts.add("relapse " + c.getRelapseNumber());
    }
    if (c.isPriorHsct()) {
      parts.add("after HSCT");
    }
    c.getGenetics().stream().map(g -> g.name().replace('_', '-')).sorted().forEach(parts::add);
    return String.join(", ", parts);
  }

  private static String number(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }

  private static String words(String constant) {
    String w = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return w.equals("b precursor") ? "B-precursor" : w.equals("t lineage") ? "T-lineage" : w;
  }
}
