package org.relapsecds.authoring.store.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    Path objects = gitDir.resolve("objects");
    List<Path> stale = new ArrayList<>();
    try {
      // objects/ holds no lock files and most of the repository's files: not walked at start-up
      Files.walkFileTree(
          gitDir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(objects) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (file.getFileName().toString().endsWith(".lock")
                  && attrs.isRegularFile()
                  && attrs.lastModifiedTime().compareTo(limit) < 0) {
                stale.add(file);
              }
              return FileVisitResult.CONTINUE;
            }
          });
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
}
