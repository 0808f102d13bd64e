package org.relapsecds.api.authoring.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.relapsecds.api.authoring.gate.ScenarioReferenceCheck;
import org.relapsecds.authoring.gate.VignetteReferenceCheck;
import org.relapsecds.authoring.impact.ImpactCorpus;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.KnowledgeBase;
import org.relapsecds.rules.engine.KnowledgeBaseCompiler;
import org.relapsecds.rules.model.RelapseCase;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the full outcome (every field, the fired-rule trace included, minus the knowledge-base
 * version, which is the hash of the DRL text) of every case of the reference corpus, one line per
 * case, to the file named by {@code -Dcds.dumpOutcomes}: run before and after a rewrite of the
 * rules and compare the files byte for byte (docs/security.md gives the figures).
 */
@EnabledIfSystemProperty(named = "cds.dumpOutcomes", matches = ".+")
class ReferenceCorpusOutcomeDump {
  @Test
  void dump() throws IOException, NoSuchAlgorithmException {
    String rules = System.getProperty("cds.dumpRules", "");
    KnowledgeBase kb =
        new KnowledgeBaseCompiler()
            .compile(
                rules.isBlank() ? BundledRules.load() : BundledRules.fromDirectory(Path.of(rules)))
            .orThrow();
    JsonMapper json =
        JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
    List<RelapseCase> cases = new ArrayList<>(ImpactCorpus.grid());
    cases.addAll(new ScenarioReferenceCheck().cases(kb));
    cases.addAll(new VignetteReferenceCheck().cases(kb));
    List<String> lines = new ArrayList<>();
    for (RelapseCase c : cases) {
      lines.add(json.writeValueAsString(kb.evaluate(c)).replace(kb.version(), "<version>"));
    }
    Path out = Path.of(System.getProperty("cds.dumpOutcomes"));
    Files.write(out, lines);
    byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(out));
    Files.writeString(
        Path.of(out + ".sha256"), cases.size() + " cases " + HexFormat.of().formatHex(digest));
  }
}
