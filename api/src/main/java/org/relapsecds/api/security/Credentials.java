package org.relapsecds.api.security;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Builds the users and API keys from configuration: configured entries, the bootstrap properties,
 * and credentials generated at first start (kept as hashes under the data directory, shown once in
 * a box after the ready line, see {@link #announceGenerated}). An editor is generated whenever no
 * configured account may edit rules, so adding a clinician never locks the rule editors out; an API
 * key whenever none is configured.
 */
final class Credentials {
  private static final Logger log = LoggerFactory.getLogger(Credentials.class);

  static final String EDITOR = "editor";
  static final String BOOTSTRAP_KEY_NAME = "bootstrap";
  static final String GENERATED_KEY_NAME = "generated";

  private final List<UserDetails> users = new ArrayList<>();
  private final List<ApiKeys.Entry> apiKeys = new ArrayList<>();
  private final List<String[]> generatedSecrets = new ArrayList<>();
  private GeneratedCredentials generated;

  Credentials(CdsSecurityProperties properties) {
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

    for (CdsSecurityProperties.User user : properties.users()) {
      String hash = user.passwordHash();
      if (user.username() == null || hash == null) {
        throw new IllegalStateException("cds.security.users needs username and password-hash");
      }
      users.add(
          user(user.username(), hash.startsWith("{") ? hash : "{bcrypt}" + hash, user.roles()));
    }
    if (hasText(properties.bootstrapEditorPassword())) {
      users.add(
          user(
              EDITOR,
              "{bcrypt}" + bcrypt.encode(properties.bootstrapEditorPassword()),
              List.of(Roles.RULE_EDITOR)));
    }
    boolean editorConfigured =
        users.stream()
            .anyMatch(
                u ->
                    u.getAuthorities().stream()
                        .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.RULE_EDITOR)));
    if (!editorConfigured) {
      generated = new GeneratedCredentials(properties.generatedCredentials());
      String hash = generated.hash(GeneratedCredentials.EDITOR_PASSWORD_HASH);
      if (hash == null) {
        String password = GeneratedCredentials.newSecret();
        hash = bcrypt.encode(password);
        generated.store(GeneratedCredentials.EDITOR_PASSWORD_HASH, hash);
        generatedSecrets.add(
            new String[] {"Web UI user 'editor' (RULE_EDITOR), password", password});
      } else {
        log.info(
            "User 'editor' uses the password generated at first start (hash in {})",
            generated.file());
      }
      users.add(user(EDITOR, "{bcrypt}" + hash, List.of(Roles.RULE_EDITOR)));
    }

    for (CdsSecurityProperties.ApiKey key : properties.apiKeys()) {
      if (key.hash() == null) {
        throw new IllegalStateException("cds.security.api-keys needs a hash");
      }
      apiKeys.add(
          new ApiKeys.Entry(
              key.name() == null ? "api-key-" + apiKeys.size() : key.name(),
              key.hash(),
              key.roles()));
    }
    if (hasText(properties.bootstrapApiKey())) {
      apiKeys.add(
          new ApiKeys.Entry(
              BOOTSTRAP_KEY_NAME,
              ApiKeys.sha256(properties.bootstrapApiKey()),
              List.of(Roles.SERVICE)));
    }
    if (apiKeys.isEmpty()) {
      if (generated == null) {
        generated = new GeneratedCredentials(properties.generatedCredentials());
      }
      String hash = generated.hash(GeneratedCredentials.API_KEY_HASH);
      if (hash == null) {
        String key = GeneratedCredentials.newSecret();
        hash = ApiKeys.sha256(key);
        generated.store(GeneratedCredentials.API_KEY_HASH, hash);
        generatedSecrets.add(new String[] {"API key (header X-API-Key, role SERVICE)", key});
      } else {
        log.info("API key generated at first start is in use (hash in {})", generated.file());
      }
      apiKeys.add(new ApiKeys.Entry(GENERATED_KEY_NAME, hash, List.of(Roles.SERVICE)));
    }
  }

  List<UserDetails> users() {
    return users;
  }

  List<ApiKeys.Entry> apiKeys() {
    return apiKeys;
  }

  Set<String> usernames() {
    return users.stream().map(UserDetails::getUsername).collect(Collectors.toSet());
  }

  private static UserDetails user(String name, String encodedPassword, List<String> roles) {
    return User.withUsername(name)
        .password(encodedPassword)
        .roles(roles.toArray(String[]::new))
        .build();
  }

  /**
   * Prints the credentials generated at this start, once, in a box (printed, not logged: log files
   * are shipped and kept, the console of a first start is not). Nothing when none were generated.
   */
  synchronized void announceGenerated(PrintStream console) {
    if (generatedSecrets.isEmpty()) {
      return;
    }
    List<String> lines = new ArrayList<>();
    lines.add("relapse-cds first start: generated credentials, shown only this once");
    lines.add("");
    for (String[] secret : generatedSecrets) {
      lines.add(secret[0] + ": " + secret[1]);
    }
    lines.add("");
    lines.add("Their hashes are kept in " + generated.file().toAbsolutePath());
    lines.add("Delete that file to generate new ones, or configure cds.security.* instead.");
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    String rule = "+" + "-".repeat(width + 2) + "+";
    console.println();
    console.println(rule);
    lines.forEach(l -> console.println("| " + l + " ".repeat(width - l.length()) + " |"));
    console.println(rule);
    console.println();
    console.flush();
    generatedSecrets.clear();
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
