package org.relapsecds.rules.engine;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * The rules of one knowledge base with their descriptors and resolved evidence, built once when the
 * knowledge base is compiled; immutable, so shared by all evaluations.
 *
 * <p>The trace names the rule of every firing and of every inserted fact. Looking the Drools rule
 * up by identity, with its citations already resolved, spares building a key string, hashing it and
 * resolving the citations again each time: the rules and the registry never change within a
 * knowledge base.
 */
final class RuleCatalog {
  private final Map<String, CitedRule> byKey;
  private final Map<Rule, CitedRule> byRule;
  private final EvidenceSources evidenceSources;

  private RuleCatalog(
      Map<String, CitedRule> byKey, Map<Rule, CitedRule> byRule, EvidenceSources evidenceSources) {
    this.byKey = byKey;
    this.byRule = byRule;
    this.evidenceSources = evidenceSources;
  }

  /** Describes every rule of a compiled Drools knowledge base. */
  static RuleCatalog of(KieBase kieBase, EvidenceSources evidenceSources) {
    Map<String, CitedRule> byKey = new LinkedHashMap<>();
    Map<Rule, CitedRule> byRule = new IdentityHashMap<>();
    for (KiePackage kiePackage : kieBase.getKiePackages()) {
      for (Rule rule : kiePackage.getRules()) {
        CitedRule cited = cite(rule, evidenceSources);
        byKey.put(key(rule), cited);
        byRule.put(rule, cited);
      }
    }
    return new RuleCatalog(byKey, byRule, evidenceSources);
  }

  /** Number of rules. */
  int size() {
    return byKey.size();
  }

  /** Every rule, in package and file order. */
  Collection<CitedRule> all() {
    return byKey.values();
  }

  /** The registry the evidence was resolved against. */
  EvidenceSources evidenceSources() {
    return evidenceSources;
  }

  /** The descriptor and evidence of a rule that fired. */
  CitedRule cited(Rule rule) {
    CitedRule known = byRule.get(rule);
    return known != null ? known : lookUp(rule);
  }

  // Drools hands the listeners the rule instances of its packages, which the identity map holds;
  // this is the safety net should it ever pass a copy.
  private CitedRule lookUp(Rule rule) {
    CitedRule known = byKey.get(key(rule));
    return known != null ? known : cite(rule, evidenceSources);
  }

  /** A rule's descriptor (name, DRL file, metadata) with its evidence resolved. */
  private static CitedRule cite(Rule rule, EvidenceSources evidenceSources) {
    String file = "";
    if (rule instanceof RuleImpl impl && impl.getResource() != null) {
      file = KnowledgeBaseCompiler.fileName(impl.getResource().getSourcePath());
    }
    return CitedRule.of(
        new RuleDescriptor(rule.getName(), file, RuleMetadata.normalise(rule.getMetaData())),
        evidenceSources);
  }

  /** Identifies a rule across packages. */
  private static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }
}
