package org.relapsecds.authoring.lifecycle;

import java.util.List;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.rules.engine.CompileProblem;

/**
 * What checking an edit found; nothing is saved.
 *
 * @param valid whether it passes the rule check and compiles
 * @param errors compile problems, those of the edited file first
 * @param findings the rule check's findings
 * @param compiled whether the text reached the compiler (unsafe text never does)
 */
public record Validation(
    boolean valid, List<CompileProblem> errors, List<Finding> findings, boolean compiled) {
  public Validation {
    errors = List.copyOf(errors);
    findings = List.copyOf(findings);
  }
}
