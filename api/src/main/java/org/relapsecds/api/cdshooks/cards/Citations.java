package org.relapsecds.api.cdshooks.cards;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.relapsecds.api.evaluation.EvidenceView;

/** Card sources from evidence: the citation as label, its DOI (else PubMed id) as URL. */
final class Citations {
  private static final Pattern DOI =
      Pattern.compile("doi:\\s*(10\\.\\d{4,9}/[^\\s;]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern PMID = Pattern.compile("PMID:?\\s*(\\d{1,9})");

  private Citations() {}

  /** The source's page: {@code https://doi.org/...}, else PubMed, else null. */
  static String url(String citation) {
    if (citation == null) {
      return null;
    }
    Matcher doi = DOI.matcher(citation);
    if (doi.find()) {
      return "https://doi.org/" + doi.group(1).replaceAll("[.,)]+$", "");
    }
    Matcher pmid = PMID.matcher(citation);
    return pmid.find() ? "https://pubmed.ncbi.nlm.nih.gov/" + pmid.group(1) + "/" : null;
  }

  /** The first source that has a page, else the first source, else null. */
  static EvidenceView primary(List<EvidenceView> evidence) {
    return evidence.stream()
        .filter(e -> url(e.citation()) != null)
        .findFirst()
        .orElse(evidence.isEmpty() ? null : evidence.get(0));
  }

  /** A Markdown list of the sources, linked where they have a page. */
  static String markdown(List<EvidenceView> evidence) {
    StringBuilder md = new StringBuilder();
    for (EvidenceView e : evidence) {
      String url = url(e.citation());
      md.append("- ")
          .append(Markdown.escape(e.citation()))
          .append(url == null ? "" : " ([source](" + url + "))")
          .append('\n');
    }
    return md.toString();
  }
}
