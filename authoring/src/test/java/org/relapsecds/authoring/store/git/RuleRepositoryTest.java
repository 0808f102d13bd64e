package org.relapsecds.authoring.store.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.authoring.store.HistoryEntry;
import org.relapsecds.authoring.store.StaleVersionException;
import org.relapsecds.rules.engine.BundledRules;
import org.relapsecds.rules.engine.RuleSource;

class RuleRepositoryTest {
  private static final String ALICE = "alice";
  private static final String BOB = "bob";

  @TempDir Path dir;

  private GitRuleRepository create() {
    return GitRuleRepository.openOrCreate(dir.resolve("rules"), null, BundledRules.load());
  }

  @Test
  void firstStartCreatesTheRepositoryFromTheBundledRulesWithOneCommit() {
    try (GitRuleRepository repo = create()) {
      assertThat(repo.active().sources()).containsExactlyInAnyOrderElementsOf(BundledRules.load());
      assertThat(repo.history(null, 10))
          .singleElement()
          .satisfies(h -> assertThat(h.action()).isEqualTo("initial"));
      assertThat(repo.workingTreeSources())
          .containsExactlyInAnyOrderElementsOf(BundledRules.load());
      assertThat(repo.hasPendingDraft()).isFalse();
    }
  }

  @Test
  void theHistoryNamesTheKnowledgeBaseVersionOfACommitWithoutTrailer() {
    try (GitRuleRepository repo = create()) {
      String bundledVersion =
          new org.relapsecds.rules.engine.KnowledgeBaseCompiler()
              .compile(BundledRules.load())
              .orThrow()
              .version();

      assertThat(repo.history(null, 1).get(0).knowledgeBaseVersion()).isEqualTo(bundledVersion);
      assertThat(repo.commitOfVersion(bundledVersion)).contains(repo.active().commit());
    }
  }

  @Test
  void aDraftEditIsAnAttributedCommitThatLeavesTheActiveRulesAndFolderAlone() throws Exception {
    try (GitRuleRepository repo = create()) {
      String file = "site.drl";
      String blob = repo.draft().blobIds().get(file);
      String text = repo.draft().file(file).orElseThrow().text() + "\n// reviewed\n";

      repo.saveDraft(file, text, blob, ALICE, "Edit site.drl");

      assertThat(repo.hasPendingDraft()).isTrue();
      assertThat(repo.draft().file(file).orElseThrow().text()).isEqualTo(text);
      assertThat(repo.active().file(file).orElseThrow().text()).isNotEqualTo(text);
      assertThat(Files.readString(repo.directory().resolve(file), StandardCharsets.UTF_8))
          .isNotEqualTo(text);
      assertThat(repo.history(file, 10).get(0).author()).isEqualTo("alice");
    }
  }

  @Test
  void aStaleEditIsRefusedAndChangesNothing() {
    try (GitRuleRepository repo = create()) {
      String file = "site.drl";
      String blob = repo.draft().blobIds().get(file);
      String original = repo.draft().file(file).orElseThrow().text();
      repo.saveDraft(file, original + "\n// alice\n", blob, ALICE, "alice");
      String draftCommit = repo.draft().commit();

      assertThatThrownBy(() -> repo.saveDraft(file, original + "\n// bob\n", blob, BOB, "bob"))
          .isInstanceOf(StaleVersionException.class);

      assertThat(repo.draft().commit()).isEqualTo(draftCommit);
      assertThat(repo.draft().file(file).orElseThrow().text()).contains("// alice");
    }
  }

  @Test
  void creatingAnExistingFileIsRefused() {
    try (GitRuleRepository repo = create()) {
      assertThatThrownBy(() -> repo.saveDraft("site.drl", "x", null, ALICE, "create"))
          .isInstanceOf(StaleVersionException.class);
    }
  }

  @Test
  void theDraftSurvivesARestart() {
    String text;
    try (GitRuleRepository repo = create()) {
      text = repo.draft().file("site.drl").orElseThrow().text() + "\n// kept\n";
      repo.saveDraft("site.drl", text, repo.draft().blobIds().get("site.drl"), ALICE, "edit");
      repo.saveDraft("new.drl", "package x;\n", null, ALICE, "create");
    }
    try (GitRuleRepository reopened = create()) {
      assertThat(reopened.hasPendingDraft()).isTrue();
      assertThat(reopened.draft().file("site.drl").orElseThrow().text()).isEqualTo(text);
      assertThat(reopened.draft().file("new.drl")).isPresent();
    }
  }

  @Test
  void locksLeftByAKilledServerAreRemovedOnOpenAndItsNextCommitWorks() throws Exception {
    Path git = dir.resolve("rules/.git");
    try (GitRuleRepository repo = create()) {
      assertThat(repo.hasPendingDraft()).isFalse();
    }
    java.nio.file.attribute.FileTime beforeThisProcess =
        java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2020-01-01T00:00:00Z"));
    List<Path> left = List.of(git.resolve("index.lock"), git.resolve("refs/heads/main.lock"));
    for (Path lock : left) {
      Files.writeString(lock, "");
      Files.setLastModifiedTime(lock, beforeThisProcess);
    }
    Path fresh = git.resolve("refs/heads/draft.lock"); // as if a live process held it now
    Files.writeString(fresh, "");

    try (GitRuleRepository repo = create()) {
      assertThat(left).noneMatch(Files::exists);
      assertThat(fresh).exists();
      Files.delete(fresh);
      List<RuleSource> edited = new ArrayList<>(repo.active().sources());
      edited.set(0, new RuleSource(edited.get(0).file(), edited.get(0).text() + "\n// after\n"));
      String commit = repo.commitActive(edited, false, BOB, "After a crash", "reload", "v");
      assertThat(repo.active().commit()).isEqualTo(commit);
      assertThat(repo.workingTreeIsClean()).isTrue();
    }
  }

  @Test
  void commitActiveMergesTheDraftChecksItOutAndRecordsReasonAndVersion() throws Exception {
    try (GitRuleRepository repo = create()) {
      String blob = repo.draft().blobIds().get("site.drl");
      String text = repo.draft().file("site.drl").orElseThrow().text() + "\n// v2\n";
      repo.saveDraft("site.drl", text, blob, ALICE, "edit");
      List<RuleSource> draft = repo.draft().sources();

      String commit = repo.commitActive(draft, true, BOB, "Clarify", "publish", "abc123def456");

      assertThat(repo.active().commit()).isEqualTo(commit);
      assertThat(repo.active().file("site.drl").orElseThrow().text()).isEqualTo(text);
      assertThat(Files.readString(repo.directory().resolve("site.drl"))).isEqualTo(text);
      assertThat(repo.hasPendingDraft()).isFalse();
      assertThat(repo.workingTreeIsClean()).isTrue();
      HistoryEntry last = repo.history(null, 10).get(0);
      assertThat(last.author()).isEqualTo("bob");
      assertThat(last.reason()).isEqualTo("Clarify");
      assertThat(last.knowledgeBaseVersion()).isEqualTo("abc123def456");
      assertThat(repo.commitOfVersion("abc123def456")).contains(commit);
      assertThat(repo.history("site.drl", 10))
          .extracting(HistoryEntry::author)
          .contains("alice", "bob");
    }
  }

  @Test
  void anOutsideEditShowsInTheWorkingTreeAndMakesItDirty() throws Exception {
    try (GitRuleRepository repo = create()) {
      Files.writeString(repo.directory().resolve("extra.drl"), "package x;\n");

      assertThat(repo.workingTreeIsClean()).isFalse();
      List<String> names = new ArrayList<>();
      repo.workingTreeSources().forEach(s -> names.add(s.file()));
      assertThat(names).contains("extra.drl", "site.drl");
    }
  }

  @Test
  void theDiffShowsTheDraftChange() {
    try (GitRuleRepository repo = create()) {
      String blob = repo.draft().blobIds().get("site.drl");
      String text = repo.draft().file("site.drl").orElseThrow().text().replace("< 5", "< 6");
      repo.saveDraft("site.drl", text, blob, ALICE, "edit");

      assertThat(repo.diff(repo.active().commit(), repo.draft().commit()))
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.file()).isEqualTo("site.drl");
                assertThat(d.change()).isEqualTo("MODIFY");
                assertThat(d.patch()).contains("-  RelapseCase( marrowBlastPercent < 5 )");
                assertThat(d.patch()).contains("+  RelapseCase( marrowBlastPercent < 6 )");
              });
    }
  }
}
