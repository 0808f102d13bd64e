package org.relapsecds.api.evaluation;

import java.util.ArrayList;
import java.util.List;
import org.relapsecds.api.decisions.Caller;
import org.relapsecds.api.decisions.DecisionRecorder;
import org.relapsecds.api.knowledgebase.ActiveKnowledgeBase;
import org.relapsecds.api.observability.EvaluationObserver;
import org.relapsecds.api.problem.InvalidField;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.api.problem.ServiceNotReadyException;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.Outcome;
import org.relapsecds.rules.model.RelapseCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Evaluates cases: reads and checks the wire form, runs the active knowledge base, maps the outcome
 * back, reports each evaluation to metrics and the log and records it in the decision log. Shared
 * by the single and the batch endpoint so both answer alike.
 */
@Service
public class EvaluationService {
  private final CaseReader reader;
  private final CaseMapper mapper;
  private final ActiveKnowledgeBase knowledgeBase;
  private final EvaluationObserver observer;
  private final DecisionRecorder recorder;

  /**
   * @param recorder the decision log; absent only with {@code cds.decisions.enabled=false} (for
   *     measuring its overhead), when responses carry no {@code decisionId}
   */
  public EvaluationService(
      CaseReader reader,
      CaseMapper mapper,
      ActiveKnowledgeBase knowledgeBase,
      EvaluationObserver observer,
      ObjectProvider<DecisionRecorder> recorder) {
    this.reader = reader;
    this.mapper = mapper;
    this.knowledgeBase = knowledgeBase;
    this.observer = observer;
    this.recorder = recorder.getIfAvailable();
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
   * Evaluates a valid case with the knowledge base active at this moment and records the decision
   * (see {@link DecisionRecorder}): the response carries its {@code decisionId}.
   *
   * @param caseJson the case as received (evaluation-request JSON), kept in the decision log
   * @param hookInstance the CDS Hooks {@code hookInstance}, or null for other channels
   * @throws ServiceNotReadyException when the decision log cannot take the record (503): the
   *     outcome is then not returned
   * @throws EvaluationLimitExceededException when the rules did not finish for the case (counted
   *     and logged here; answered as a 500 problem)
   */
  public EvaluationResponse evaluate(
      RelapseCase relapseCase,
      byte[] caseJson,
      String channel,
      Caller caller,
      String hookInstance) {
    KnowledgeBase kb = knowledgeBase.current(); // read once: one version per response
    long start = System.nanoTime();
    Outcome outcome;
    try {
      outcome = kb.evaluate(relapseCase);
    } catch (EvaluationLimitExceededException e) {
      observer.limitReached(relapseCase.caseId(), e, channel);
      throw e;
    }
    long nanos = System.nanoTime() - start;
    observer.evaluated(relapseCase.caseId(), kb, outcome, nanos, channel);
    if (recorder == null) {
      return OutcomeMapper.toResponse(null, relapseCase.caseId(), kb, outcome);
    }
    String decisionId = DecisionRecorder.newId();
    EvaluationResponse response =
        OutcomeMapper.toResponse(decisionId, relapseCase.caseId(), kb, outcome);
    recorder.record(decisionId, channel, caller, hookInstance, caseJson, response, nanos);
    return response;
  }

  /**
   * Evaluates a case with a given knowledge base, unrecorded: for replaying a recorded decision,
   * which is itself an audited action, not a new decision.
   */
  public EvaluationResponse evaluateWith(KnowledgeBase kb, RelapseCase relapseCase) {
    return OutcomeMapper.toResponse(null, relapseCase.caseId(), kb, kb.evaluate(relapseCase));
  }
}
