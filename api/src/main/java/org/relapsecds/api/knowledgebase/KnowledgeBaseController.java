package org.relapsecds.api.knowledgebase;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.relapsecds.api.evaluation.EvidenceView;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.RuleDescriptor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Describes the active knowledge base: version, files, and every rule with its metadata. */
@RestController
@Tag(name = "Knowledge base")
class KnowledgeBaseController {
  private final ActiveKnowledgeBase active;
  private final org.springframework.beans.factory.ObjectProvider<RuleOrigin> origin;

  KnowledgeBaseController(
      ActiveKnowledgeBase active,
      org.springframework.beans.factory.ObjectProvider<RuleOrigin> origin) {
    this.active = active;
    this.origin = origin;
  }

  @GetMapping(path = "/api/v1/knowledge-base", produces = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      operationId = "getKnowledgeBase",
      summary = "The active knowledge base",
      description =
          "Version (content hash), rule count, files, and every rule with its metadata; with a"
              + " rule remote, the commit this server serves and the published head if different.")
  KnowledgeBaseView knowledgeBase() {
    ActiveKnowledgeBase.Activation activation = active.activation();
    KnowledgeBase kb = activation.knowledgeBase();
    List<RuleDescriptor> rules = kb.rules();
    Map<String, Long> perFile =
        rules.stream().collect(Collectors.groupingBy(RuleDescriptor::file, Collectors.counting()));
    List<KnowledgeBaseView.FileView> files =
        kb.sources().stream()
            .map(s -> new KnowledgeBaseView.FileView(s.file(), perFile.getOrDefault(s.file(), 0L)))
            .toList();
    Function<RuleDescriptor, KnowledgeBaseView.RuleView> view =
        r ->
            new KnowledgeBaseView.RuleView(
                r.name(),
                r.file(),
                r.status(),
                r.metadata(),
                EvidenceView.of(kb.evidenceSources().resolve(r.evidenceKeys())));
    return new KnowledgeBaseView(
        kb.version(),
        kb.ruleCount(),
        activation.activatedAt(),
        files,
        rules.stream().map(view).toList(),
        origin.stream().findFirst().flatMap(RuleOrigin::replication).orElse(null));
  }
}
