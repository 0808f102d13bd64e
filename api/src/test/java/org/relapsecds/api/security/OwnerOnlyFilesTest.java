package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
  void generatedCredentialsAreOwnerOnly() throws Exception {
    Path file = dir.resolve("security").resolve("generated-credentials.properties");

    new GeneratedCredentials(file).store(GeneratedCredentials.API_KEY_HASH, "sha256:00");

    assertThat(permissions(file)).isEqualTo("rw-------");
    assertThat(permissions(file.getParent())).isEqualTo("rwx------");
  }

  @Test
  void theEmbeddedDatabaseFolderIsOwnerOnly() throws Exception {
    Path folder =
        OwnerOnlyFiles.h2Folder(
            "jdbc:h2:file:" + dir.resolve("db").resolve("relapse-cds") + ";MODE=PostgreSQL");
    assertThat(folder).isEqualTo(dir.resolve("db").toAbsolutePath());

    OwnerOnlyFiles.ensureFolder(folder);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    OwnerOnlyFiles.ensureFolder(folder);

    assertThat(permissions(folder)).isEqualTo("rwx------");
    assertThat(OwnerOnlyFiles.h2Folder("jdbc:postgresql://db/cds")).isNull();
  }
}
