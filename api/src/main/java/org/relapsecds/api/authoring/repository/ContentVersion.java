package org.relapsecds.api.authoring.repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.relapsecds.rules.engine.RuleSource;

/**
 * The knowledge-base version of a set of DRL files without compiling them: the same content hash
 * the rules module computes ({@code KnowledgeBase.version()}; a test keeps the two equal). Lets the
 * history name the version of commits that carry no version trailer (the initial commit, commits
 * made outside the editor).
 */
final class ContentVersion {
  private ContentVersion() {}

  static String of(List<RuleSource> sources) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sources.stream()
          .sorted(Comparator.comparing(RuleSource::file))
          .forEach(
              s -> {
                digest.update(s.file().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(s.text().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
              });
      return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
