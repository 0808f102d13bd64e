package org.relapsecds.authoring.impact;

import java.util.List;
import java.util.Map;

/**
 * What a draft changes on the reference corpus.
 *
 * @param activeVersion the knowledge base answering now
 * @param draftVersion the draft's knowledge base
 * @param cases cases evaluated on each side
 * @param changedCases cases whose outcome differs in at least one field
 * @param changesByField changed cases per field (marrow, site, and timing, risk group and HSCT per
 *     scheme, recommendations, alerts)
 * @param changesByKind changed cases per field and transition, e.g. {@code riskGroup.BFM: S2 -> S3}
 * @param examples the changed cases, up to a limit, each with its fields
 * @param millis how long the analysis took
 */
public record ImpactReport(
    String activeVersion,
    String draftVersion,
    int cases,
    int changedCases,
    Map<String, Integer> changesByField,
    Map<String, Integer> changesByKind,
    List<CaseChange> examples,
    long millis) {
  public ImpactReport {
    changesByField = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changesByField));
    changesByKind = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(changesByKind));
    examples = List.copyOf(examples);
  }
}
