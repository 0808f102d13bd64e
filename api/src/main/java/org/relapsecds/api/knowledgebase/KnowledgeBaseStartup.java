package org.relapsecds.api.knowledgebase;

import java.util.List;
import org.relapsecds.authoring.check.Finding;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.Compilation;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Compiles and activates the first knowledge base once the server is up, before readiness is
 * reported: requests never wait for a compile, and an evaluation that arrives earlier gets a 503
 * instead of a slow answer. The rules pass the rule check first (what a rule may say): rules that
 * fail it, or do not compile, stop the startup with a message naming the first findings, and never
 * become active.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KnowledgeBaseStartup implements ApplicationRunner {
  private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseStartup.class);

  private final ActiveKnowledgeBase active;
  private final ObjectProvider<StartupRules> startupRules;
  private final KnowledgeBaseCompiler compiler;
  private final RuleCheck ruleCheck;

  KnowledgeBaseStartup(
      ActiveKnowledgeBase active,
      ObjectProvider<StartupRules> startupRules,
      KnowledgeBaseCompiler compiler,
      RuleCheck ruleCheck) {
    this.active = active;
    this.startupRules = startupRules;
    this.compiler = compiler;
    this.ruleCheck = ruleCheck;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (active.find().isPresent()) {
      return; // another component activated one already
    }
    long start = System.nanoTime();
    StartupRules rules = startupRules.getIfAvailable(() -> BundledRules::load);
    List<RuleSource> sources = rules.sources();
    List<Finding> findings = ruleCheck.check(sources);
    if (!findings.isEmpty()) {
      throw new IllegalStateException(
          "The rules of "
              + rules.origin()
              + " fail the rule check (what a rule may say), so they are not activated; fix or"
              + " revert the files: "
              + findings.subList(0, Math.min(5, findings.size())));
    }
    Compilation compilation = compiler.compile(sources);
    if (!compilation.succeeded()) {
      throw new IllegalStateException(
          "The knowledge base does not compile: " + compilation.problems());
    }
    log.info(
        "Compiled {} rule files in {} ms", sources.size(), (System.nanoTime() - start) / 1_000_000);
    active.activate(compilation.orThrow());
  }
}
