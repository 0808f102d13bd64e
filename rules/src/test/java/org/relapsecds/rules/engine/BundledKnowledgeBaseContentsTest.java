package org.relapsecds.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.relapsecds.rules.testing.BundledKnowledgeBase;

/** The bundled knowledge base is complete, indexed and fully annotated. */
class BundledKnowledgeBaseContentsTest {

  private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"");

  private static List<String> drlFilesInFolder() throws IOException, URISyntaxException {
    // The folder of the index itself: test classes share the package name, so the folder name
    // alone could resolve to the test-classes directory.
    URL index = BundledRules.class.getClassLoader().getResource(BundledRules.INDEX);
    assertThat(index).as("bundled index on the test classpath").isNotNull();
    assertThat(index.getProtocol()).isEqualTo("file");
    try (Stream<Path> files = Files.list(Path.of(index.toURI()).getParent())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".drl")).toList();
    }
  }

  @Test
  void everyBundledDrlFileIsIndexedAndEveryIndexedFileExists() throws Exception {
    List<String> indexed = BundledRules.indexedFiles();

    assertThat(indexed).doesNotHaveDuplicates();
    assertThat(indexed).containsExactlyInAnyOrderElementsOf(drlFilesInFolder());
  }

  @Test
  void theClassificationFilesAreBundled() {
    assertThat(BundledRules.indexedFiles())
        .contains(
            "site.drl",
            "scope.drl",
            "timing.drl",
            "bfm.drl",
            "uk-r3.drl",
            "cog.drl",
            "transplant.drl",
            "data-quality.drl");
  }

  @Test
  void everyRuleCitesRegisteredSourcesAndHasAStatus() {
    KnowledgeBase kb = BundledKnowledgeBase.get();
    EvidenceSources sources = EvidenceSources.bundled();

    assertThat(kb.rules()).isNotEmpty();
    for (RuleDescriptor rule : kb.rules()) {
      assertThat(rule.evidenceKeys()).as("@evidence of " + rule.name()).isNotEmpty();
      assertThat(rule.evidenceKeys())
          .as("@evidence of " + rule.name())
          .allSatisfy(key -> assertThat(sources.contains(key)).as(key).isTrue());
      assertThat(rule.status()).as("@status of " + rule.name()).isIn("verified", "unverified");
      assertThat(rule.file()).as("file of " + rule.name()).isIn(BundledRules.indexedFiles());
    }
  }

  @Test
  void everyRuleWrittenInTheFilesIsInTheKnowledgeBase() {
    int written = 0;
    for (RuleSource source : BundledRules.load()) {
      Matcher m = RULE.matcher(source.text());
      while (m.find()) {
        written++;
      }
    }

    assertThat(BundledKnowledgeBase.get().ruleCount()).isEqualTo(written);
  }

  @Test
  void everyFileDeclaresTheKnowledgeBasePackageAndStartsWithAHeaderComment() {
    for (RuleSource source : BundledRules.load()) {
      assertThat(source.text()).as(source.file()).startsWith("//");
      assertThat(source.text()).as(source.file()).contains("package org.relapsecds.rules.kb;");
    }
  }

  @Test
  void theVersionIsAContentHashOfTheSources() {
    List<RuleSource> sources = BundledRules.load();
    KnowledgeBase kb = BundledKnowledgeBase.get();

    assertThat(kb.version())
        .matches("[0-9a-f]{12}")
        .isEqualTo(KnowledgeBaseCompiler.version(sources));
    List<RuleSource> reversed = new ArrayList<>(sources);
    Collections.reverse(reversed);
    assertThat(KnowledgeBaseCompiler.version(reversed))
        .as("the order of the files does not matter")
        .isEqualTo(kb.version());
    List<RuleSource> edited = new ArrayList<>(sources);
    RuleSource first = sources.get(0);
    edited.set(0, new RuleSource(first.file(), first.text() + "\n// edited\n"));
    assertThat(KnowledgeBaseCompiler.version(edited)).isNotEqualTo(kb.version());
  }
}
