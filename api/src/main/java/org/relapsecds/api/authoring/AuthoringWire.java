package org.relapsecds.api.authoring;

import java.util.Arrays;
import java.util.List;
import org.relapsecds.api.authoring.AuthoringViews.CaseChange;
import org.relapsecds.api.authoring.AuthoringViews.CompileError;
import org.relapsecds.api.authoring.AuthoringViews.DraftState;
import org.relapsecds.api.authoring.AuthoringViews.DraftView;
import org.relapsecds.api.authoring.AuthoringViews.FieldChange;
import org.relapsecds.api.authoring.AuthoringViews.FileDiff;
import org.relapsecds.api.authoring.AuthoringViews.FileEntry;
import org.relapsecds.api.authoring.AuthoringViews.FileListing;
import org.relapsecds.api.authoring.AuthoringViews.FileNameRule;
import org.relapsecds.api.authoring.AuthoringViews.GateFailure;
import org.relapsecds.api.authoring.AuthoringViews.HistoryEntry;
import org.relapsecds.api.authoring.AuthoringViews.ImpactReport;
import org.relapsecds.api.authoring.AuthoringViews.LintFinding;
import org.relapsecds.api.authoring.AuthoringViews.ValidationResult;
import org.relapsecds.authoring.lifecycle.Activation;
import org.relapsecds.authoring.lifecycle.DraftChanges;
import org.relapsecds.authoring.lifecycle.RuleFiles;
import org.relapsecds.authoring.lifecycle.Validation;
import org.relapsecds.rules.engine.RuleFileKind;

/** Maps the lifecycle's domain results to the wire types of {@link AuthoringViews}. */
final class AuthoringWire {
  private static final FileNameRule FILE_NAME =
      new FileNameRule(
          RuleFileKind.NAME.pattern(),
          Arrays.stream(RuleFileKind.values()).map(RuleFileKind::extension).toList(),
          RuleFileKind.MAX_NAME_LENGTH);

  private AuthoringWire() {}

  static FileListing of(RuleFiles files) {
    return new FileListing(
        files.activeCommit(),
        files.knowledgeBaseVersion(),
        files.ruleCount(),
        files.draftCommit(),
        files.draftPending(),
        files.files().stream()
            .map(
                f ->
                    new FileEntry(
                        f.file(),
                        f.activeVersion(),
                        f.draftVersion(),
                        DraftState.valueOf(f.draft().name())))
            .toList(),
        FILE_NAME);
  }

  static ValidationResult of(Validation validation) {
    return new ValidationResult(
        validation.valid(),
        validation.errors().stream()
            .map(p -> new CompileError(p.file(), p.line(), p.column(), p.message()))
            .toList(),
        validation.findings().stream()
            .map(f -> new LintFinding(f.file(), f.line(), f.column(), f.code(), f.message()))
            .toList(),
        validation.compiled());
  }

  static DraftView of(DraftChanges draft) {
    return new DraftView(
        draft.activeCommit(),
        draft.knowledgeBaseVersion(),
        draft.draftCommit(),
        draft.pending(),
        draft.files().stream().map(d -> new FileDiff(d.file(), d.change(), d.patch())).toList());
  }

  static AuthoringViews.Activation of(Activation activation) {
    return new AuthoringViews.Activation(
        activation.action(),
        activation.commit(),
        activation.previousVersion(),
        activation.knowledgeBaseVersion(),
        activation.ruleCount(),
        activation.impact() == null ? null : of(activation.impact()),
        activation.millis());
  }

  static ImpactReport of(org.relapsecds.authoring.impact.ImpactReport report) {
    return new ImpactReport(
        report.activeVersion(),
        report.draftVersion(),
        report.cases(),
        report.changedCases(),
        report.changesByField(),
        report.changesByKind(),
        report.examples().stream()
            .map(
                c ->
                    new CaseChange(
                        c.caseId(),
                        c.label(),
                        c.changes().stream()
                            .map(
                                f ->
                                    new FieldChange(
                                        f.field(), f.active(), f.draft(), f.removed(), f.added()))
                            .toList()))
            .toList(),
        report.millis());
  }

  static List<HistoryEntry> history(List<org.relapsecds.authoring.store.HistoryEntry> entries) {
    return entries.stream()
        .map(
            e ->
                new HistoryEntry(
                    e.commit(),
                    e.author(),
                    e.date(),
                    e.reason(),
                    e.action(),
                    e.knowledgeBaseVersion(),
                    e.files()))
        .toList();
  }

  static List<GateFailure> failures(List<org.relapsecds.authoring.gate.GateFailure> failures) {
    return failures.stream()
        .map(f -> new GateFailure(f.step(), f.file(), f.line(), f.column(), f.message()))
        .toList();
  }
}
