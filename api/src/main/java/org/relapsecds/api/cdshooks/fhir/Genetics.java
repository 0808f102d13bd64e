package org.relapsecds.api.cdshooks.fhir;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.relapsecds.rules.model.GeneticLesion;

/**
 * Genetic lesions from Genomics Reporting variant Observations: the genes of one variant (component
 * LOINC 48018-6, by HGNC id or, as a fallback, by symbol) or its ISCN text (component 81291-7).
 * Only lesions a variant names unambiguously are read: a fusion of both partner genes in one
 * variant, the translocation's ISCN band pair, any TP53 variant. Other lesions (KMT2A
 * rearrangement, hypodiploidy, IKZF1 deletion, ...) need more than the gene and are left to the
 * case form.
 */
final class Genetics {
  static final String GENE_STUDIED = "48018-6";
  static final String ISCN = "81291-7";

  /** HGNC ids of the mCODE example (ETV6, RUNX1) and the other fusion partners read here. */
  private static final Map<String, String> HGNC =
      Map.of(
          "HGNC:3495", "ETV6",
          "HGNC:10471", "RUNX1",
          "HGNC:1014", "BCR",
          "HGNC:76", "ABL1",
          "HGNC:11633", "TCF3",
          "HGNC:4977", "HLF",
          "HGNC:11998", "TP53");

  private Genetics() {}

  static Set<GeneticLesion> of(Observation variant) {
    Set<String> genes = new HashSet<>();
    StringBuilder iscn = new StringBuilder();
    for (Observation.ObservationComponentComponent c : variant.getComponent()) {
      boolean gene =
          c.getCode().getCoding().stream().anyMatch(k -> GENE_STUDIED.equals(k.getCode()));
      boolean karyotype = c.getCode().getCoding().stream().anyMatch(k -> ISCN.equals(k.getCode()));
      if (gene && c.hasValueCodeableConcept()) {
        genes.addAll(symbols(c.getValueCodeableConcept()));
      } else if (karyotype) {
        iscn.append(c.hasValueStringType() ? c.getValueStringType().getValue() : "")
            .append(c.hasValueCodeableConcept() ? c.getValueCodeableConcept().getText() : "");
      }
    }
    Set<GeneticLesion> lesions = EnumSet.noneOf(GeneticLesion.class);
    String karyotype = iscn.toString().replace(" ", "");
    if (genes.containsAll(Set.of("ETV6", "RUNX1")) || karyotype.contains("t(12;21)")) {
      lesions.add(GeneticLesion.ETV6_RUNX1);
    }
    if (genes.containsAll(Set.of("BCR", "ABL1")) || karyotype.contains("t(9;22)")) {
      lesions.add(GeneticLesion.BCR_ABL1);
    }
    if (genes.containsAll(Set.of("TCF3", "HLF")) || karyotype.contains("t(17;19)")) {
      lesions.add(GeneticLesion.TCF3_HLF);
    }
    if (genes.contains("TP53")) {
      lesions.add(GeneticLesion.TP53_ALTERATION);
    }
    return lesions;
  }

  private static Set<String> symbols(CodeableConcept concept) {
    Set<String> symbols = new HashSet<>();
    for (Coding coding : concept.getCoding()) {
      String id = coding.getCode();
      if (id != null && HGNC.containsKey(id.toUpperCase(Locale.ROOT))) {
        symbols.add(HGNC.get(id.toUpperCase(Locale.ROOT)));
      } else if (coding.hasDisplay()) {
        symbols.add(coding.getDisplay().trim().toUpperCase(Locale.ROOT));
      }
    }
    if (concept.hasText()) {
      symbols.add(concept.getText().trim().toUpperCase(Locale.ROOT));
    }
    return symbols;
  }
}
