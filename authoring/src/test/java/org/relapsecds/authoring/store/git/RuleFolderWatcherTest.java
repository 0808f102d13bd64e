package org.relapsecds.authoring.store.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderWatcherTest {
  @TempDir Path folder;

  @Test
  void aBurstOfDrlWritesTriggersOneReloadOnceTheFolderIsQuiet() throws Exception {
    AtomicInteger reloads = new AtomicInteger();
    RuleFolderWatcher watcher =
        new RuleFolderWatcher(folder, Duration.ofMillis(300), reloads::incrementAndGet);
    try {
      Files.writeString(folder.resolve("bfm.drl"), "one");
      Files.writeString(folder.resolve("bfm.drl"), "two");
      Files.writeString(folder.resolve("cog.drl"), "three");

      await().atMost(Duration.ofSeconds(10)).until(() -> reloads.get() >= 1);
      Thread.sleep(600); // a second reload would come within the quiet period
      assertThat(reloads.get()).isEqualTo(1);
    } finally {
      watcher.close();
    }
  }

  @Test
  void filesOtherThanDrlDoNotTriggerAReload() throws Exception {
    AtomicInteger reloads = new AtomicInteger();
    RuleFolderWatcher watcher =
        new RuleFolderWatcher(folder, Duration.ofMillis(100), reloads::incrementAndGet);
    try {
      Files.writeString(folder.resolve("notes.txt"), "x");
      Thread.sleep(500); // several quiet periods: a reload would have run by now
      assertThat(reloads.get()).isZero();

      Files.writeString(folder.resolve("trigger.drl"), "x");
      await().atMost(Duration.ofSeconds(10)).until(() -> reloads.get() == 1);
    } finally {
      watcher.close();
    }
  }
}
