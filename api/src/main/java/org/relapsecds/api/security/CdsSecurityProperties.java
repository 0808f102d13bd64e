package org.relapsecds.api.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security configuration ({@code cds.security.*}).
 *
 * @param bootstrapApiKey an API key accepted with role SERVICE (plain text, e.g. from a secret)
 * @param bootstrapEditorPassword creates user {@code editor} (RULE_EDITOR) with this password
 * @param users configured users with bcrypt password hashes
 * @param apiKeys configured API keys, stored as hashes
 * @param generatedCredentials where the hashes of generated first-start credentials are kept
 */
@ConfigurationProperties("cds.security")
public record CdsSecurityProperties(
    String bootstrapApiKey,
    String bootstrapEditorPassword,
    List<User> users,
    List<ApiKey> apiKeys,
    Path generatedCredentials) {

  public CdsSecurityProperties {
    users = users == null ? List.of() : List.copyOf(users);
    apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    if (generatedCredentials == null) {
      generatedCredentials = Path.of("data", "security", "generated-credentials.properties");
    }
  }

  /**
   * A user.
   *
   * @param username login name
   * @param passwordHash bcrypt hash ({@code $2a$...} or {@code {bcrypt}$2a$...})
   * @param roles roles without prefix, e.g. {@code CLINICIAN}
   */
  public record User(String username, String passwordHash, List<String> roles) {
    public User {
      roles = roles == null ? List.of() : List.copyOf(roles);
    }
  }

  /**
   * An API key, stored hashed.
   *
   * @param name a label for logs and {@code /api/v1/me}, e.g. the calling system
   * @param hash {@code sha256:<hex>} of the key, or a bcrypt hash
   * @param roles roles, default SERVICE
   */
  public record ApiKey(String name, String hash, List<String> roles) {
    public ApiKey {
      roles = roles == null || roles.isEmpty() ? List.of(Roles.SERVICE) : List.copyOf(roles);
    }
  }
}
