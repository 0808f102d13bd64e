package org.relapsecds.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.observability.EvaluationObserver;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.stereotype.Service;

/**
 * Evaluates cases: reads and checks the wire form, runs the active knowledge base, maps the outcome
 * back, and reports each evaluation to metrics and the log. Shared by the single and the batch
 * endpoint so both answer alike.
 */
@Service
public class EvaluationService {
  private final CaseReader reader;
  private final CaseMapper mapper;
  private final ActiveKnowledgeBase knowledgeBase;
  private final EvaluationObserver observer;

  public EvaluationService(
      CaseReader reader,
      CaseMapper mapper,
      ActiveKnowledgeBase knowledgeBase,
      EvaluationObserver observer) {
    this.reader = reader;
    this.mapper = mapper;
    this.knowledgeBase = knowledgeBase;
    this.observer = observer;
  }

  /**
   * Reads a case from JSON.
   *
   * @throws InvalidRequestException naming every offending field, one message per field
   */
  public RelapseCase read(byte[] json, String channel) {
    CaseReader.Read read = reader.read(json);
    List<InvalidField> errors = new ArrayList<>(read.errors());
    RelapseCase relapseCase = null;
    if (read.request() != null) {
      try {
        relapseCase = mapper.toCase(read.request());
      } catch (InvalidRequestException e) {
        errors.addAll(e.errors());
      }
    }
    if (!errors.isEmpty()) {
      observer.rejected(channel);
      throw new InvalidRequestException(CaseMapper.onePerField(errors));
    }
    return relapseCase;
  }

  /**
   * Evaluates a valid case with the knowledge base active at this moment.
   *
   * @throws EvaluationLimitExceededException when the rules did not finish for the case (counted
   *     and logged here; answered as a 500 problem)
   */
  public EvaluationResponse evaluate(RelapseCase relapseCase, String channel) {
    return evaluate(relapseCase, EvaluationOrigin.of(channel));
  }

  /**
   * Evaluates a valid case with the knowledge base active at this moment, for a caller described by
   * {@code origin} (the CDS Hooks channel names its client and hook instance).
   */
  public EvaluationResponse evaluate(RelapseCase relapseCase, EvaluationOrigin origin) {
    String channel = origin.channel();
    KnowledgeBase kb = knowledgeBase.current(); // read once: one version per response
    long start = System.nanoTime();
    Outcome outcome;
    try {
      outcome = kb.evaluate(relapseCase);
    } catch (EvaluationLimitExceededException e) {
      observer.limitReached(relapseCase.getCaseId(), e, channel);
      throw e;
    }
    long nanos = System.nanoTime() - start;
    observer.evaluated(relapseCase.getCaseId(), kb, outcome, nanos, channel);
    return OutcomeMapper.toResponse(relapseCase.getCaseId(), kb, outcome);
  }
}
