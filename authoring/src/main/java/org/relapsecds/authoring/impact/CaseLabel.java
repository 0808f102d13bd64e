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
    parts.add(String.format(Locale.ROOT, "marrow %s %%", number(c.marrowBlastPercent())));
    if (!c.extramedullarySites().isEmpty()) {
      parts.add(
          c.extramedullarySites().stream()
              .map(s -> words(s.name()))
              .sorted()
              .collect(Collectors.joining(" + ")));
    }
    if (c.relapseCnsStatus() != null) {
      parts.add(c.relapseCnsStatus().name());
    }
    if (c.diagnosisDate() != null && c.relapseDate() != null) {
      parts.add(
          "relapse "
              + Period.between(c.diagnosisDate(), c.relapseDate()).toTotalMonths()
              + " months from D0"
              + (c.isOnFrontlineTherapy() || c.endOfTherapyDate() == null
                  ? " on therapy"
                  : ", "
                      + Period.between(c.endOfTherapyDate(), c.relapseDate()).toTotalMonths()
                      + " from DEOT"));
    }
    if (c.mrd() != null) {
      parts.add("MRD " + String.format(Locale.ROOT, "%.0e", c.mrd()).replace("e-0", "e-"));
    }
    if (Boolean.FALSE.equals(c.secondRemission())) {
      parts.add("no CR2");
    }
    if (c.relapseNumber() > 1) {
      parts.add("relapse " + c.relapseNumber());
    }
    if (c.priorHsct()) {
      parts.add("after HSCT");
    }
    c.genetics().stream().map(g -> g.name().replace('_', '-')).sorted().forEach(parts::add);
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
