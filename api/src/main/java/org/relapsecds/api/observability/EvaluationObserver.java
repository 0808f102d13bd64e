package org.relapsecds.api.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.engine.SchemeAssessment;
import org.relapsecds.rules.model.Scheme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reports every evaluation: a latency histogram ({@code cds_evaluation_seconds}), counters by
 * outcome ({@code cds_evaluations_total} by result and site, {@code cds_evaluation_groups_total} by
 * scheme and group), and one structured log line with the case id, knowledge-base version, groups
 * and duration. The log line never carries dates or other facts of the patient.
 */
@Component
public class EvaluationObserver {
  private static final Logger log = LoggerFactory.getLogger("org.relapsecds.api.evaluation");

  private final MeterRegistry registry;
  // Meters are cached by value keys: no registry lookup by tags (which builds and hashes a meter
  // id) and no key string concatenated per evaluation.
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<Evaluations, Counter> evaluations = new ConcurrentHashMap<>();
  private final Map<Groups, Counter> groups = new ConcurrentHashMap<>();

  private record Evaluations(String channel, String result, String site) {}

  private record Groups(Scheme scheme, String group) {}

  public EvaluationObserver(MeterRegistry registry) {
    this.registry = registry;
  }

  /** A case was evaluated. */
  public void evaluated(
      String caseId, KnowledgeBase kb, Outcome outcome, long nanos, String channel) {
    timers
        .computeIfAbsent(
            channel,
            c ->
                Timer.builder("cds.evaluation")
                    .description("Time to evaluate one case with the knowledge base")
                    .tag("channel", c)
                    .publishPercentileHistogram()
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
    String site = outcome.site().map(Enum::name).orElse("NONE");
    count(new Evaluations(channel, "evaluated", site));
    StringJoiner groupList = new StringJoiner(",");
    for (Scheme scheme : Scheme.values()) {
      SchemeAssessment a = outcome.risk().get(scheme);
      if (a != null) {
        String group = a.group() != null ? a.group().name() : "PENDING";
        groupList.add(scheme.name() + ":" + group);
        groups
            .computeIfAbsent(
                new Groups(scheme, group),
                k ->
                    Counter.builder("cds.evaluation.groups")
                        .description("Evaluations by outcome")
                        .tags("scheme", k.scheme().name(), "group", k.group())
                        .register(registry))
            .increment();
      }
    }
    if (log.isInfoEnabled()) {
      log.atInfo()
          .setMessage(
              "evaluation caseId={} knowledgeBase={} site={} groups={} firedRules={}"
                  + " durationMs={} channel={}")
          .addArgument(() -> safe(caseId))
          .addArgument(kb.version())
          .addArgument(site)
          .addArgument(groupList.length() == 0 ? "none" : groupList.toString())
          .addArgument(outcome.firedRules().size())
          .addArgument(() -> millis(nanos))
          .addArgument(channel)
          .addKeyValue("caseId", caseId)
          .addKeyValue("knowledgeBase", kb.version())
          .addKeyValue("durationMs", nanos / 1e6)
          .log();
    }
  }

  /**
   * The knowledge base did not finish for a case: counted in {@code
   * cds_evaluation_limit_reached_total} (by limit and channel) and logged once, as one line with
   * the knowledge-base version and the rules involved (no stack trace: the fault is in the rules).
   */
  public void limitReached(String caseId, EvaluationLimitExceededException e, String channel) {
    Counter.builder("cds.evaluation.limit.reached")
        .description("Evaluations stopped at the rule firing limit or the time budget")
        .tags("limit", e.limit().name(), "channel", channel)
        .register(registry)
        .increment();
    count(new Evaluations(channel, "limit-reached", "NONE"));
    log.atWarn()
        .setMessage(
            "evaluation stopped caseId={} knowledgeBase={} limit={} firings={} durationMs={}"
                + " rules={} channel={}")
        .addArgument(() -> safe(caseId))
        .addArgument(e.knowledgeBaseVersion())
        .addArgument(e.limit())
        .addArgument(e.ruleFirings())
        .addArgument(e.elapsed().toMillis())
        .addArgument(() -> safe(String.join("|", e.rulesInvolved())))
        .addArgument(channel)
        .log();
  }

  /** A case was rejected as invalid. */
  public void rejected(String channel) {
    count(new Evaluations(channel, "rejected", "NONE"));
  }

  private void count(Evaluations key) {
    evaluations
        .computeIfAbsent(
            key,
            k ->
                Counter.builder("cds.evaluations")
                    .description("Evaluations by outcome")
                    .tags("channel", k.channel(), "result", k.result(), "site", k.site())
                    .register(registry))
        .increment();
  }

  /**
   * Milliseconds with three decimals, as {@code %.3f} would print them, without a {@link
   * java.util.Formatter}: that costs more than the rest of the log line.
   */
  static String millis(long nanos) {
    long micros = (nanos + 500) / 1000;
    long fraction = micros % 1000;
    StringBuilder s = new StringBuilder(12).append(micros / 1000).append('.');
    if (fraction < 100) {
      s.append('0');
    }
    if (fraction < 10) {
      s.append('0');
    }
    return s.append(fraction).toString();
  }

  /** The case id as one token: a caller's id must not be able to forge log lines. */
  static String safe(String caseId) {
    if (caseId == null) {
      return "-";
    }
    StringBuilder s = new StringBuilder(caseId.length());
    for (int i = 0; i < caseId.length(); i++) {
      char c = caseId.charAt(i);
      s.append(Character.isISOControl(c) || Character.isWhitespace(c) ? '_' : c);
    }
    return s.toString();
  }
}
