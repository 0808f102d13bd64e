package org.relapsecds.authoring.store.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Git's lock files left by a server that was killed in the middle of a write ({@code index.lock}
 * during a checkout, {@code refs/.../x.lock} during a ref update). Git never removes them itself,
 * and while one is there every later checkout or ref update of that file fails: a restarted server
 * could then neither move to the published rules nor record a fetch. Only files older than this
 * process are removed: a lock a live process holds is younger (git holds one for milliseconds).
 */
final class StaleLocks {
  private static final Logger log = LoggerFactory.getLogger(StaleLocks.class);

  private StaleLocks() {}

  /**
   * Removes the lock files under {@code gitDir} last written before {@code startedAt}.
   *
   * @return the files removed
   */
  static List<Path> removeOlderThan(Path gitDir, Instant startedAt) {
    if (!Files.isDirectory(gitDir)) {
      return List.of();
    }
    FileTime limit = FileTime.from(startedAt);
    try (Stream<Path> files = Files.walk(gitDir)) {
      List<Path> stale =
          files
              .filter(p -> !p.startsWith(gitDir.resolve("objects")))
              .filter(p -> p.getFileName().toString().endsWith(".lock"))
              .filter(p -> isOlder(p, limit))
              .toList();
      for (Path lock : stale) {
        Files.deleteIfExists(lock);
        log.warn(
            "Removed {} of the rule repository, left by a process that stopped in the middle of"
                + " a git write",
            gitDir.relativize(lock));
      }
      return stale;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look for stale git locks in " + gitDir, e);
    }
  }

  /** When this JVM started; a lock file older than that was left by another process. */
  static Instant processStart() {
    return ProcessHandle.current().info().startInstant().orElse(Instant.now());
  }

  private static boolean isOlder(Path file, FileTime limit) {
    try {
      return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(limit) < 0;
    } catch (IOException e) {
      return false; // removed meanwhile
    }
  }
}
