package org.relapsecds.api.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The accepted API keys, held only as hashes. SHA-256 hashes (random keys need no slow hash) are
 * compared in constant time; bcrypt hashes are supported too, and a key that matched one is
 * remembered by its SHA-256 so bcrypt runs once per key, not once per request.
 */
public final class ApiKeys {
  /** An accepted key: its label and roles. */
  public record Entry(String name, String hash, List<String> roles) {}

  private static final int MAX_REMEMBERED = 1000;

  private final List<Entry> entries;
  private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
  private final Map<String, Entry> rememberedBcrypt = new ConcurrentHashMap<>();

  public ApiKeys(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** {@code sha256:<hex>} of a key. */
  public static String sha256(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The entry a presented key matches, if any. */
  public Optional<Entry> match(String presented) {
    String sha = sha256(presented);
    byte[] shaBytes = sha.getBytes(StandardCharsets.US_ASCII);
    Entry found = null;
    for (Entry entry : entries) {
      if (entry.hash().startsWith("sha256:")
          && MessageDigest.isEqual(
              shaBytes, entry.hash().toLowerCase().getBytes(StandardCharsets.US_ASCII))) {
        found = entry; // no early exit: the time taken does not tell which key matched
      }
    }
    if (found != null) {
      return Optional.of(found);
    }
    Entry remembered = rememberedBcrypt.get(sha);
    if (remembered != null) {
      return Optional.of(remembered);
    }
    for (Entry entry : entries) {
      String hash = entry.hash().startsWith("{bcrypt}") ? entry.hash().substring(8) : entry.hash();
      if (hash.startsWith("$2") && bcrypt.matches(presented, hash)) {
        if (rememberedBcrypt.size() < MAX_REMEMBERED) {
          rememberedBcrypt.put(sha, entry);
        }
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }
}
