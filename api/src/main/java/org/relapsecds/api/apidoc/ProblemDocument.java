package org.relapsecds.api.apidoc;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.List;
import java.util.Map;
import org.relapsecds.api.authoring.AuthoringViews.GateFailure;
import org.relapsecds.api.problem.InvalidField;

/**
 * The documented shape of every error answer: an RFC 9457 problem document as the service sends it,
 * the extension members at the top level (Spring's {@code ProblemDetail} keeps them in a map that
 * Jackson flattens; its own schema would show that map as a {@code properties} member no answer
 * has). Only a schema: answers are built by {@code org.relapsecds.api.problem.Problems} and the
 * features' exception handlers; the generated-client test in {@code api-contract-tests} checks that
 * real answers match it.
 *
 * @param type the problem type, a {@code urn:relapse-cds:problem:...} URN
 * @param title short summary of the type
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param instance the request path
 * @param errors 400 invalid-request: every offending field
 * @param line batch: the 1-based input line the problem is about
 * @param currentEtag 412 on a rule edit: the file's ETag now
 * @param draftCommit 409 on a publish without the reviewed draft: the draft's commit now
 * @param failures 422 from rule authoring: each point the rule check or the publishing gate refused
 * @param operationOutcome CDS Hooks: the same error as a FHIR R4 OperationOutcome
 * @param knowledgeBase 500 evaluation-incomplete: the version that did not finish
 * @param limit 500 evaluation-incomplete: {@code ruleFirings} or {@code timeBudget}
 * @param rulesInvolved 500 evaluation-incomplete: the rules that fired most
 */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem document (application/problem+json). Extension members are at the top"
            + " level; which appear depends on the type. Clients ignore members they do not know.")
public record ProblemDocument(
    @Schema(
            requiredMode = RequiredMode.REQUIRED,
            format = "uri",
            example = "urn:relapse-cds:problem:invalid-request")
        String type,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "Invalid request") String title,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "400") int status,
    @Schema(requiredMode = RequiredMode.REQUIRED, example = "1 field of the request is not valid.")
        String detail,
    @Schema(
            requiredMode = RequiredMode.REQUIRED,
            format = "uri-reference",
            example = "/api/v1/evaluations")
        String instance,
    @Schema(description = "400 invalid-request: every offending field") List<InvalidField> errors,
    @Schema(description = "Batch: the 1-based input line this problem is about") Integer line,
    @Schema(description = "412 on a rule edit: the file's ETag now (reload, apply, retry)")
        String currentEtag,
    @Schema(description = "409 on a publish: the draft commit to review (impact) and confirm")
        String draftCommit,
    @Schema(description = "422 from rule authoring: what the rule check or the gate refused")
        List<GateFailure> failures,
    @Schema(description = "CDS Hooks: the same error as a FHIR R4 OperationOutcome")
        Map<String, Object> operationOutcome,
    @Schema(description = "500 evaluation-incomplete: the knowledge-base version")
        String knowledgeBase,
    @Schema(
            description = "500 evaluation-incomplete: the limit reached",
            allowableValues = {"ruleFirings", "timeBudget"})
        String limit,
    @Schema(description = "500 evaluation-incomplete: the rules that fired most")
        List<String> rulesInvolved) {}
