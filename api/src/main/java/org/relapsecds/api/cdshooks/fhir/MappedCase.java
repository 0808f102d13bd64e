package org.relapsecds.api.cdshooks.fhir;

import java.util.List;
import org.relapsecds.api.evaluation.EvaluationRequest;

/**
 * The case read from a patient's FHIR record.
 *
 * @param inScope false when the record holds no ALL Condition (the service answers no cards)
 * @param request the case in the evaluation API's wire form
 * @param gaps fields left out, with the reason
 * @param mappedElements how many FHIR elements contributed a value
 */
public record MappedCase(
    boolean inScope, EvaluationRequest request, List<Gap> gaps, int mappedElements) {}
