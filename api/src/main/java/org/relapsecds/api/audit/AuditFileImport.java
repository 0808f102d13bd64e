package org.relapsecds.api.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Upgrades from the file-based audit trail: an {@code audit.jsonl} left by an earlier version is
 * imported into the database once, in one transaction with a marker (its SHA-256) in {@code
 * audit_import}, then renamed to {@code audit.jsonl.imported}. A restart between the commit and the
 * rename finds the marker and only renames; the file is never read again after that.
 */
public final class AuditFileImport {
  private static final Logger log = LoggerFactory.getLogger(AuditFileImport.class);

  private AuditFileImport() {}

  /**
   * Imports the file if it exists and was not imported before.
   *
   * @return the number of events imported (0 when there was nothing to do)
   */
  public static int importOnce(Path file, DataSource dataSource) {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      String digest = sha256(bytes);
      JdbcClient jdbc = JdbcClient.create(dataSource);
      TransactionTemplate tx =
          new TransactionTemplate(new DataSourceTransactionManager(dataSource));
      int imported =
          tx.execute(
              status -> {
                boolean done =
                    jdbc.sql("SELECT COUNT(*) FROM audit_import WHERE file_sha256 = ?")
                            .param(digest)
                            .query(Integer.class)
                            .single()
                        > 0;
                if (done) {
                  return 0;
                }
                JsonMapper json = JsonMapper.builder().build();
                List<String> lines =
                    new String(bytes, StandardCharsets.UTF_8)
                        .lines()
                        .filter(l -> !l.isBlank())
                        .toList();
                for (String line : lines) {
                  AuditLog.insert(jdbc, json.readValue(line, AuditEvent.class));
                }
                jdbc.sql(
                        "INSERT INTO audit_import (file_sha256, file_path, events, imported_at)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(
                        digest,
                        file.toAbsolutePath().toString(),
                        lines.size(),
                        OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
                return lines.size();
              });
      Files.move(
          file,
          file.resolveSibling(file.getFileName() + ".imported"),
          StandardCopyOption.REPLACE_EXISTING);
      if (imported > 0) {
        log.info("Imported {} audit events from {} into the database", imported, file);
      }
      return imported;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot import the audit file " + file, e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
