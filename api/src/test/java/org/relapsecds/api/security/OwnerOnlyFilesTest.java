package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relapsecds.api.audit.AuditLog;

/** The audit trail and the generated credentials are readable by the service's user only. */
class OwnerOnlyFilesTest {
  @TempDir Path dir;

  @BeforeEach
  void posixOnly() {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
  }

  private static String permissions(Path path) throws Exception {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  @Test
  void aNewAuditFileAndItsFolderAreOwnerOnly() throws Exception {
    Path file = dir.resolve("data").resolve("audit.jsonl");

    new AuditLog(file, Clock.systemUTC()).record("editor", "rule.save", "x.drl", "test");

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(file.getParent())).isEqualTo("rwx------");
  }

  @Test
  void anAuditFileLeftWorldReadableIsNarrowed() throws Exception {
    Path file = Files.writeString(dir.resolve("audit.jsonl"), "");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

    new AuditLog(file, Clock.systemUTC()).record("editor", "rule.save", "x.drl", "test");

    assertThat(permissions(file)).isEqualTo("rw-------");
  }

  @Test
  void generatedCredentialsAreOwnerOnly() throws Exception {
    Path file = dir.resolve("security").resolve("generated-credentials.properties");

    new GeneratedCredentials(file).store(GeneratedCredentials.API_KEY_HASH, "sha256:00");

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(file.getParent())).isEqualTo("rwx------");
  }
}
