package org.relapsecds.authoring.store.git;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.relapsecds.rules.engine.RuleFileKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the rule folder and runs a reload once rule files stop changing for a moment (an editor's
 * save often writes several times). Off by default ({@code cds.rules.watch=true} turns it on); the
 * reload goes through the same gate as every other change.
 */
public final class RuleFolderWatcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RuleFolderWatcher.class);

  private final WatchService watchService;
  private final Thread thread;

  /**
   * @param folder the rule repository's working tree
   * @param quiet how long the folder must stay unchanged before {@code reload} runs
   * @param reload what to do; its failures are logged, the watch goes on
   */
  public RuleFolderWatcher(Path folder, Duration quiet, Runnable reload) throws IOException {
    this.watchService = FileSystems.getDefault().newWatchService();
    folder.register(
        watchService,
        StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY,
        StandardWatchEventKinds.ENTRY_DELETE);
    this.thread = new Thread(() -> run(quiet, reload), "rule-folder-watch");
    thread.setDaemon(true);
    thread.start();
    log.info("Watching {} for outside edits of the rules", folder);
  }

  private void run(Duration quiet, Runnable reload) {
    try {
      while (true) {
        WatchKey key = watchService.take();
        boolean ruleFileChanged = drainRuleFileEvents(key);
        // wait until the folder has been quiet for a moment
        while (true) {
          WatchKey more = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
          if (more == null) {
            break;
          }
          ruleFileChanged |= drainRuleFileEvents(more);
        }
        if (ruleFileChanged) {
          try {
            reload.run();
          } catch (RuntimeException e) {
            log.warn("Reload after an outside edit was not applied: {}", e.getMessage());
          }
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean drainRuleFileEvents(WatchKey key) {
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path p && RuleFileKind.isRuleFile(p.toString())) {
        changed = true;
      }
    }
    key.reset();
    return changed;
  }

  @Override
  public void close() throws IOException {
    watchService.close();
    thread.interrupt();
  }
}
