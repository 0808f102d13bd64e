package org.relapsecds.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.relapsecds.api.security.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only audit trail: one JSON object per line in a file beside the rule repository, so it
 * survives restarts and can be read with standard tools. Writes are serialised and flushed to disk
 * before the call returns. The file is readable by the service's user only ({@code 600}): it names
 * users, addresses and failed logins.
 */
public final class AuditLog {
  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

  private final Path file;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();
  private boolean fileChecked;

  public AuditLog(Path file, Clock clock) {
    this.file = file.toAbsolutePath().normalize();
    this.clock = clock;
  }

  /** The file the trail is written to. */
  public Path file() {
    return file;
  }

  /** Appends one event. */
  public synchronized AuditEvent record(String actor, String action, String target, String detail) {
    AuditEvent event = new AuditEvent(clock.instant().toString(), actor, action, target, detail);
    try {
      if (!fileChecked) {
        OwnerOnlyFiles.ensure(file);
        fileChecked = true;
      }
      Files.writeString(
          file,
          json.writeValueAsString(event) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND,
          StandardOpenOption.WRITE,
          StandardOpenOption.SYNC);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the audit log " + file, e);
    }
    log.info("audit {} by {} on {}", action, actor, target);
    return event;
  }

  /** The newest events first, at most {@code limit}, optionally only those of one action prefix. */
  public synchronized List<AuditEvent> recent(int limit, String actionPrefix) {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<AuditEvent> events = new ArrayList<>();
      for (int i = lines.size() - 1; i >= 0 && events.size() < limit; i--) {
        String line = lines.get(i);
        if (line.isBlank()) {
          continue;
        }
        AuditEvent event = json.readValue(line, AuditEvent.class);
        if (actionPrefix == null || event.action().startsWith(actionPrefix)) {
          events.add(event);
        }
      }
      return events;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the audit log " + file, e);
    }
  }
}
