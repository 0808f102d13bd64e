package org.relapsecds.api.batch;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.relapsecds.api.decisions.Caller;
import org.relapsecds.api.decisions.Channels;
import org.relapsecds.api.evaluation.ApiExamples;
import org.relapsecds.api.evaluation.EvaluationService;
import org.relapsecds.api.evaluation.RequestBodies;
import org.relapsecds.api.problem.InvalidRequestException;
import org.relapsecds.api.problem.ProblemWriter;
import org.relapsecds.api.problem.Problems;
import org.relapsecds.api.problem.ServiceNotReadyException;
import org.relapsecds.rules.engine.EvaluationLimitExceededException;
import org.relapsecds.rules.model.RelapseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/v1/evaluations/batch}: NDJSON in, NDJSON out, streamed. Each input line gets
 * exactly one output line, in input order: the outcome, or a problem document naming the line. A
 * bad line never stops the batch. Memory stays flat whatever the batch size: one line is read,
 * evaluated and written at a time, and output is flushed whenever the input would block. Each
 * evaluated line is a decision of its own in the decision log, its {@code decisionId} in its line.
 */
@RestController
@Tag(name = "Evaluation")
class BatchEvaluationController {
  private static final Logger log = LoggerFactory.getLogger(BatchEvaluationController.class);
  static final String CHANNEL = Channels.BATCH;
  static final String PATH = "/api/v1/evaluations/batch";

  private final EvaluationService service;
  private final JsonMapper jsonMapper;
  private final ProblemWriter problems;

  BatchEvaluationController(
      EvaluationService service, JsonMapper jsonMapper, ProblemWriter problems) {
    this.service = service;
    this.jsonMapper = jsonMapper;
    this.problems = problems;
  }

  @PostMapping(path = PATH, consumes = MediaType.APPLICATION_NDJSON_VALUE)
  @Operation(
      operationId = "evaluateBatch",
      summary = "Evaluate many cases (NDJSON)",
      description =
          "One case per line in; one outcome or one problem document (with its `line` number) per"
              + " line out, in input order, streamed. Blank lines are skipped. Each line may be"
              + " up to 64 KB.",
      requestBody =
          @io.swagger.v3.oas.annotations.parameters.RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = MediaType.APPLICATION_NDJSON_VALUE,
                      examples = @ExampleObject(name = "two lines", value = ApiExamples.BATCH))),
      responses = {
        @ApiResponse(
            responseCode = "200",
            description =
                "One JSON document per input line: an outcome, or a problem with its line (bad"
                    + " lines do not stop the batch)",
            content = @Content(mediaType = MediaType.APPLICATION_NDJSON_VALUE)),
        @ApiResponse(responseCode = "415", description = "Not application/x-ndjson")
      })
  void evaluateBatch(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    Caller caller = Caller.of(authentication);
    NdjsonLineReader lines =
        new NdjsonLineReader(request.getInputStream(), RequestBodies.CASE_LIMIT_BYTES);
    response.setStatus(HttpStatus.OK.value());
    response.setContentType(MediaType.APPLICATION_NDJSON_VALUE);
    ServletOutputStream out = response.getOutputStream();
    for (NdjsonLineReader.Line line = lines.next(); line != null; line = lines.next()) {
      if (line.blank()) {
        continue;
      }
      out.write(answer(line, caller));
      out.write('\n');
      if (lines.wouldBlock()) {
        out.flush();
      }
    }
    out.flush();
  }

  private byte[] answer(NdjsonLineReader.Line line, Caller caller) {
    if (line.tooLong()) {
      return problem(Problems.payloadTooLarge(RequestBodies.CASE_LIMIT_BYTES), line);
    }
    try {
      RelapseCase relapseCase = service.read(line.bytes(), CHANNEL);
      return jsonMapper.writeValueAsBytes(
          service.evaluate(relapseCase, line.bytes(), CHANNEL, caller, null));
    } catch (InvalidRequestException e) {
      return problem(Problems.invalidRequest(e.errors()), line);
    } catch (EvaluationLimitExceededException e) {
      return problem(Problems.evaluationIncomplete(e), line); // counted and logged by the service
    } catch (ServiceNotReadyException e) {
      return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage()), line);
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      log.error("Unexpected failure {} on batch line {}", id, line.number(), e);
      return problem(
          Problems.of(
              HttpStatus.INTERNAL_SERVER_ERROR,
              "The server could not evaluate this line (error id " + id + ")."),
          line);
    }
  }

  private byte[] problem(ProblemDetail problem, NdjsonLineReader.Line line) {
    problem.setProperty("line", line.number());
    Problems.complete(problem, PATH); // every problem names its type and instance
    return problems.toBytes(problem);
  }
}
