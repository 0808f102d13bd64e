package org.relapsecds.api.replication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.knowledgebase.KnowledgeBaseView;
import org.relapsecds.api.knowledgebase.RuleOrigin;
import org.relapsecds.authoring.lifecycle.RuleLifecycle;
import org.relapsecds.authoring.remote.RemoteEndpoint;
import org.relapsecds.authoring.remote.ReplicaStatus;
import org.relapsecds.authoring.remote.RuleReplica;
import org.relapsecds.authoring.store.git.GitRuleRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the rule remote. Properties: {@code cds.rules.remote} (a bare repository path or any git
 * URL; unset: one server alone), {@code cds.rules.remote.username} and {@code
 * cds.rules.remote.password} (an https user and token), {@code cds.rules.remote.fetch-interval}
 * (default 2 s), {@code cds.rules.remote.timeout} (one fetch or push, default 10 s), {@code
 * cds.server-name} (names this server in the audit trail; default the host name).
 */
@Configuration(proxyBeanMethods = false)
class ReplicationConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${cds.rules.remote:}' != ''")
  RuleReplica ruleReplica(
      GitRuleRepository repository,
      @Value("${cds.rules.remote}") String remote,
      @Value("${cds.rules.remote.username:}") String username,
      @Value("${cds.rules.remote.password:}") String password,
      @Value("${cds.rules.remote.timeout:10s}") Duration timeout,
      @Value("${cds.server-name:${HOSTNAME:relapse-cds}}") String serverName) {
    try {
      return new RuleReplica(
          repository.directory(),
          new RemoteEndpoint(remote, username, password, timeout),
          "refs/heads/" + GitRuleRepository.DRAFT_BRANCH,
          Clock.systemUTC(),
          serverName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the rule repository for the remote", e);
    }
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnExpression("'${cds.rules.remote:}' != ''")
  RemoteFollower remoteFollower(
      RuleReplica replica,
      RuleLifecycle service,
      @Value("${cds.rules.remote.fetch-interval:2s}") Duration interval,
      @Value("${cds.server-name:${HOSTNAME:relapse-cds}}") String serverName) {
    return new RemoteFollower(replica, service, interval, "server:" + serverName);
  }

  /**
   * Part of the readiness group: with a remote, ready only once this server has compared itself
   * with it (and adopted its head if that passes the checks); one server alone is always UP here.
   */
  @Bean
  HealthIndicator ruleRemoteHealthIndicator(
      ObjectProvider<RuleReplica> replica, ActiveKnowledgeBase active) {
    return () -> {
      RuleReplica r = replica.getIfAvailable();
      if (r == null) {
        return Health.up().withDetail("remote", "none").build();
      }
      ReplicaStatus status = r.status();
      Health.Builder health = status.caughtUp() ? Health.up() : Health.outOfService();
      health
          .withDetail("remote", r.remote())
          .withDetail("servedCommit", String.valueOf(status.servedCommit()))
          .withDetail(
              "servedVersion",
              active.find().map(a -> a.knowledgeBase().version()).orElse("loading"))
          .withDetail("remoteHead", String.valueOf(status.remoteHead()))
          .withDetail("inSync", status.inSync());
      if (status.lastFetch() != null) {
        health.withDetail("lastFetch", status.lastFetch().toString());
      }
      if (status.lastError() != null) {
        health.withDetail("lastError", status.lastError());
      }
      if (status.refusedCommit() != null) {
        health.withDetail("refusedCommit", status.refusedCommit());
      }
      return health.build();
    };
  }

  /** What {@code GET /api/v1/knowledge-base} says about the remote. */
  @Bean
  RuleOrigin ruleOrigin(ObjectProvider<RuleReplica> replica) {
    return () ->
        java.util.Optional.ofNullable(replica.getIfAvailable())
            .map(RuleReplica::status)
            .map(
                s ->
                    new KnowledgeBaseView.Replication(
                        s.servedCommit(),
                        s.inSync() ? null : s.remoteHead(),
                        s.inSync(),
                        s.lastFetch(),
                        s.refusedCommit()));
  }
}
