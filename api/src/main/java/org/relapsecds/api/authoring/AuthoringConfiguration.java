package org.relapsecds.api.authoring;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.relapsecds.api.audit.AuditFileImport;
import org.relapsecds.api.audit.AuditLog;
import org.relapsecds.api.authoring.gate.ScenarioReferenceCheck;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.knowledgebase.StartupRules;
import org.relapsecds.authoring.check.RuleCheck;
import org.relapsecds.authoring.gate.CompletionCheck;
import org.relapsecds.authoring.gate.CompositeReferenceCheck;
import org.relapsecds.authoring.gate.PublishingGate;
import org.relapsecds.authoring.gate.ReferenceCheck;
import org.relapsecds.authoring.gate.VignetteReferenceCheck;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.authoring.lifecycle.RuleLifecycle;
import org.relapsecds.authoring.store.RuleStore;
import org.relapsecds.authoring.store.git.GitRuleRepository;
import org.relapsecds.authoring.store.git.RuleFolderWatcher;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.engine.RuleSource;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Builds the knowledge lifecycle of the {@code authoring} module from properties: the git rule
 * store, the publishing gate behind the lifecycle's gate port, the audit trail in the database.
 *
 * <p>Properties: {@code cds.rules.repository} (rule git repository, default {@code ./data/rules}),
 * {@code cds.rules.remote} (clone this when the folder is missing), {@code cds.audit.file} (an
 * {@code audit.jsonl} of an earlier version to import once; default beside the repository folder),
 * {@code cds.rules.watch} (reload on outside edits, default off), {@code
 * cds.rules.impact.max-grid-cases} (sample the impact grid down to this many cases; 0, the default,
 * keeps the whole grid).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AuthoringConfiguration {

  @Bean(destroyMethod = "close")
  GitRuleRepository ruleRepository(
      @Value("${cds.rules.repository:./data/rules}") Path directory,
      @Value("${cds.rules.remote:}") String remote) {
    return GitRuleRepository.openOrCreate(directory, remote, BundledRules.load());
  }

  /**
   * The knowledge base at startup is the repository's active commit; the start-up runs the rule
   * check on it before compiling (KnowledgeBaseStartup), so a file edited on disk while the server
   * was down never reaches the compiler unchecked.
   */
  @Bean
  StartupRules repositoryStartupRules(RuleStore repository) {
    return new StartupRules() {
      @Override
      public List<RuleSource> sources() {
        return repository.active().sources();
      }

      @Override
      public String origin() {
        return "the active commit of " + repository.location();
      }
    };
  }

  /** Reloads outside edits of the rule folder by itself; only with {@code cds.rules.watch=true}. */
  @Bean(destroyMethod = "close")
  @org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(
      name = "cds.rules.watch",
      havingValue = "true")
  RuleFolderWatcher ruleFolderWatcher(GitRuleRepository repository, RuleLifecycle lifecycle)
      throws java.io.IOException {
    return new RuleFolderWatcher(
        repository.directory(),
        java.time.Duration.ofSeconds(1),
        () -> lifecycle.reload("Outside edit picked up by the file watch", "file-watch"));
  }

  @Bean
  @ConditionalOnMissingBean
  ReferenceCheck referenceCheck() {
    return new CompositeReferenceCheck(
        List.of(new ScenarioReferenceCheck(), new VignetteReferenceCheck()));
  }

  /**
   * The gate: lint, compile, then within {@code cds.rules.gate.time-limit} (default 60 s) every
   * case of the reference corpus (impact grid, vignettes, scenario cases) must finish under the
   * evaluation limits and the reference check must hold.
   */
  @Bean
  PublishingGate publishingGate(
      RuleCheck ruleCheck,
      KnowledgeBaseCompiler compiler,
      ReferenceCheck referenceCheck,
      @Value("${cds.rules.gate.time-limit:60s}") java.time.Duration timeLimit) {
    List<RelapseCase> grid = ImpactCorpus.grid();
    CompletionCheck completion =
        new CompletionCheck(
            candidate -> {
              List<RelapseCase> corpus = new java.util.ArrayList<>(grid);
              corpus.addAll(referenceCheck.cases(candidate));
              return corpus;
            });
    return new PublishingGate(ruleCheck, compiler, referenceCheck, completion, timeLimit);
  }

  /**
   * The audit trail in the database. An {@code audit.jsonl} of an earlier version ({@code
   * cds.audit.file}, default beside the repository folder) is imported once, then renamed.
   */
  @Bean
  AuditLog auditLog(
      DataSource dataSource,
      @Value("${cds.audit.file:}") String file,
      @Value("${cds.rules.repository:./data/rules}") Path repository) {
    Path path =
        file.isBlank()
            ? repository.toAbsolutePath().normalize().resolveSibling("audit.jsonl")
            : Path.of(file);
    AuditFileImport.importOnce(path, dataSource);
    return new AuditLog(dataSource, Clock.systemUTC());
  }

  /**
   * The lifecycle; {@code cds.rules.impact.max-grid-cases} bounds the impact grid (0, the default,
   * keeps the whole grid).
   */
  @Bean
  RuleLifecycle ruleLifecycle(
      RuleStore repository,
      PublishingGate gate,
      ActiveKnowledgeBase active,
      AuditLog audit,
      @Value("${cds.rules.impact.max-grid-cases:0}") int maxGridCases,
      org.springframework.beans.factory.ObjectProvider<
              org.relapsecds.authoring.remote.RulePublication>
          publication) {
    return new RuleLifecycle(
        repository,
        new PublishingGateAdapter(gate),
        gate.ruleCheck(),
        active,
        audit::record,
        maxGridCases,
        // replication call site: with cds.rules.remote, changes are pushed (api.replication)
        publication.getIfAvailable(
            () -> org.relapsecds.authoring.remote.RulePublication.LOCAL_ONLY));
  }
}
