package org.relapsecds.api.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
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
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

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
    counter("cds.evaluations", "channel", channel, "result", "evaluated", "site", site).increment();
    StringJoiner groups = new StringJoiner(",");
    for (Scheme scheme : Scheme.values()) {
      SchemeAssessment a = outcome.risk().get(scheme);
      if (a != null) {
        String group = a.group() != null ? a.group().name() : "PENDING";
        groups.add(scheme.name() + ":" + group);
        counter("cds.evaluation.groups", "scheme", scheme.name(), "group", group).increment();
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
          .addArgument(groups.length() == 0 ? "none" : groups.toString())
          .addArgument(outcome.firedRules().size())
          .addArgument(() -> String.format(Locale.ROOT, "%.3f", nanos / 1e6))
          .addArgument(channel)
          .addKeyValue("caseId", caseId)
          .addKeyValue("knowledgeBase", kb.version())
          .addKeyValue("durationMs", nanos / 1e6)
          .log();
    }
  }

  /** A case was rejected as invalid. */
  public void rejected(String channel) {
    counter("cds.evaluations", "channel", channel, "result", "rejected", "site", "NONE")
        .increment();
  }

  private Counter counter(String name, String... tags) {
    return counters.computeIfAbsent(
        name + String.join("|", tags),
        k ->
            Counter.builder(name)
                .description("Evaluations by outcome")
                .tags(tags)
                .register(registry));
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
