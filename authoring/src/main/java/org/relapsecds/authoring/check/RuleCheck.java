package org.relapsecds.authoring.check;

import java.util.ArrayList;
import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.ParserError;
import org.relapsecds.rules.engine.EvidenceSources;
import org.relapsecds.rules.engine.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule check: decides, before anything is compiled, whether DRL text says only what a clinical
 * rule may say (docs/security.md, "What a rule may say, and why"). An allow-list, not a deny-list:
 * the file is parsed with the Drools DRL parser, and every descriptor it yields must be one of the
 * allowed shapes; the consequences are parsed as Java with JavaParser and must be {@code insert(new
 * T(...));} statements of fact-model types. Anything else is a finding with file, line and column.
 *
 * <p>Every path that compiles DRL runs this first: validate, save, publish, reload, rollback, the
 * folder watcher and start-up. Thread-safe; findings come back in file and text order.
 */
public final class RuleCheck {
  private static final Logger log = LoggerFactory.getLogger(RuleCheck.class);

  private final FactModel model;
  private final EvidenceSources evidenceSources;

  RuleCheck(FactModel model, EvidenceSources evidenceSources) {
    this.model = model;
    this.evidenceSources = evidenceSources;
  }

  /** The check for this build's fact model and sources registry. */
  public static RuleCheck standard() {
    return new RuleCheck(FactModel.standard(), EvidenceSources.bundled());
  }

  /** Findings for every file, in file order; empty when every file may be compiled. */
  public List<Finding> check(List<RuleSource> sources) {
    List<Finding> findings = new ArrayList<>();
    for (RuleSource source : sources) {
      findings.addAll(check(source));
    }
    return findings;
  }

  /** Findings for one file, in text order. */
  public List<Finding> check(RuleSource source) {
    long start = System.nanoTime();
    List<Finding> findings = run(source.file(), source.text());
    findings.sort(
        java.util.Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column));
    if (!findings.isEmpty()) {
      Finding first = findings.get(0);
      // one line per refused file, whatever the text holds: the message is ours, never the text's
      log.info(
          "Rule check refused {}: {} finding(s) in {} ms; first at {}:{} ({})",
          source.file(),
          findings.size(),
          (System.nanoTime() - start) / 1_000_000,
          first.line(),
          first.column(),
          first.code());
    }
    return findings;
  }

  private List<Finding> run(String file, String raw) {
    List<Finding> limits = TextLimits.check(file, raw);
    if (!limits.isEmpty()) {
      return new ArrayList<>(limits);
    }
    List<Finding> findings = new ArrayList<>(UnicodeEscapes.findings(file, raw));
    String text = UnicodeEscapes.decode(raw);
    if (text != raw) {
      List<Finding> decodedLimits = TextLimits.check(file, text);
      if (!decodedLimits.isEmpty()) {
        findings.addAll(decodedLimits);
        return findings;
      }
    }
    DrlParser parser = new DrlParser();
    PackageDescr descr;
    try {
      descr = parser.parse(false, text);
    } catch (DroolsParserException | RuntimeException e) {
      findings.add(new Finding(file, 1, 1, Finding.SYNTAX, "the DRL parser cannot read this file"));
      return findings;
    } catch (StackOverflowError e) {
      // The depth limit should make this unreachable; if a construct still recurses this deep,
      // the text is refused rather than the request thread lost. Only the parse is guarded.
      findings.add(new Finding(file, 1, 1, "too-deep", "the file is nested too deeply to be read"));
      return findings;
    }
    if (parser.hasErrors() || descr == null) {
      for (DroolsError error : parser.getErrors()) {
        int line = error instanceof ParserError p ? Math.max(1, p.getRow()) : 1;
        int column = error instanceof ParserError p ? Math.max(0, p.getCol()) + 1 : 1;
        findings.add(new Finding(file, line, column, Finding.SYNTAX, error.getMessage()));
      }
      if (findings.isEmpty()) {
        findings.add(
            new Finding(file, 1, 1, Finding.SYNTAX, "the DRL parser cannot read this file"));
      }
      return findings;
    }
    if (descr.getRules().size() > TextLimits.MAX_RULES) {
      findings.add(
          new Finding(
              file,
              1,
              1,
              "too-many-rules",
              "the file has "
                  + descr.getRules().size()
                  + " rules; a rule file may have at most "
                  + TextLimits.MAX_RULES
                  + ": split it by concern"));
      return findings;
    }
    findings.addAll(new FileCheck(file, text, descr, model, evidenceSources).run());
    return findings;
  }
}
