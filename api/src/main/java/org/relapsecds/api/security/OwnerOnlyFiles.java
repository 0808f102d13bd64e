package org.relapsecds.api.security;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files only the service's own user may read: the audit trail and the hashes of generated
 * credentials. On a POSIX file system they are created as {@code 600} (their folder, when created
 * here, as {@code 700}) before the first byte is written, so there is no moment in which another
 * user could read them; a file found with wider permissions is narrowed. Elsewhere (Windows) the
 * folder's ACL applies, as documented in docs/security.md.
 */
public final class OwnerOnlyFiles {
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwx------");

  private OwnerOnlyFiles() {}

  /** Makes sure the file exists, readable and writable by the owner only. */
  public static Path ensure(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    Path parent = absolute.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      if (posix) {
        Files.createDirectories(parent, attribute(FOLDER));
      } else {
        Files.createDirectories(parent);
      }
    }
    if (!posix) {
      if (!Files.exists(absolute)) {
        Files.createFile(absolute);
      }
      return absolute;
    }
    try {
      Files.createFile(absolute, attribute(FILE));
    } catch (FileAlreadyExistsException e) {
      if (!Files.getPosixFilePermissions(absolute).equals(FILE)) {
        Files.setPosixFilePermissions(absolute, FILE);
      }
    }
    // the umask may have removed bits, never added any; state them anyway
    Files.setPosixFilePermissions(absolute, FILE);
    return absolute;
  }

  /**
   * Makes sure the folder exists and only the owner may enter it ({@code 700}); an existing folder
   * with wider permissions is narrowed. Used for the embedded database's folder, since H2 creates
   * its files with the process's umask.
   */
  public static Path ensureFolder(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return Files.createDirectories(absolute);
    }
    if (!Files.isDirectory(absolute)) {
      Files.createDirectories(absolute, attribute(FOLDER));
    }
    Files.setPosixFilePermissions(absolute, FOLDER);
    return absolute;
  }

  /**
   * The folder of an embedded H2 file database ({@code jdbc:h2:file:<folder>/<name>;...}), or null
   * for any other JDBC URL.
   */
  public static Path h2Folder(String jdbcUrl) {
    String prefix = "jdbc:h2:file:";
    if (jdbcUrl == null || !jdbcUrl.startsWith(prefix)) {
      return null;
    }
    String path = jdbcUrl.substring(prefix.length());
    int options = path.indexOf(';');
    Path file = Path.of(options < 0 ? path : path.substring(0, options));
    return file.toAbsolutePath().getParent();
  }

  private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> p) {
    return PosixFilePermissions.asFileAttribute(p);
  }
}
