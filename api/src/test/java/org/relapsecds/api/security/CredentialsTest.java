package org.relapsecds.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** First-start credentials are generated once, printed once, and kept only as hashes. */
class CredentialsTest {
  @TempDir Path data;

  @Test
  void withoutConfigurationAnEditorPasswordAndAnApiKeyAreGeneratedPrintedOnceAndKept()
      throws Exception {
    Path file = data.resolve("security/generated.properties");
    ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
    Credentials first = new Credentials(properties(file));
    first.announceGenerated(console(firstConsole));
    String printed = firstConsole.toString(StandardCharsets.UTF_8);
    String password = secretAfter("password: ", printed);
    String key = secretAfter("role SERVICE\\): ", printed);

    assertThat(first.users())
        .singleElement()
        .satisfies(u -> assertThat(u.getUsername()).isEqualTo("editor"));
    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(password, first.users().get(0).getPassword()))
        .isTrue();
    assertThat(new ApiKeys(first.apiKeys()).match(key)).isPresent();
    String stored = Files.readString(file);
    assertThat(stored).doesNotContain(password).doesNotContain(key);

    ByteArrayOutputStream secondConsole = new ByteArrayOutputStream();
    Credentials second = new Credentials(properties(file));
    second.announceGenerated(console(secondConsole));
    assertThat(secondConsole.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(new ApiKeys(second.apiKeys()).match(key)).isPresent();
    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(password, second.users().get(0).getPassword()))
        .isTrue();
  }

  @Test
  void bootstrapPropertiesReplaceGeneratedCredentials() {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    Credentials credentials =
        new Credentials(
            new CdsSecurityProperties(
                "the-key", "the-password", List.of(), List.of(), data.resolve("x")));
    credentials.announceGenerated(console(console));
    assertThat(console.size()).isZero();
    assertThat(Files.exists(data.resolve("x"))).isFalse();
    assertThat(new ApiKeys(credentials.apiKeys()).match("the-key")).isPresent();
    assertThat(new ApiKeys(credentials.apiKeys()).match("the-key ")).isEmpty();
    assertThat(credentials.users().get(0).getAuthorities().toString()).contains("ROLE_RULE_EDITOR");
  }

  @Test
  void configuringAClinicianKeepsTheGeneratedEditor() {
    Path file = data.resolve("security/generated.properties");
    ByteArrayOutputStream firstConsole = new ByteArrayOutputStream();
    new Credentials(properties(file)).announceGenerated(console(firstConsole));
    String password = secretAfter("password: ", firstConsole.toString(StandardCharsets.UTF_8));

    String clinicianHash = new BCryptPasswordEncoder().encode("clinician-password");
    Credentials withClinician =
        new Credentials(
            new CdsSecurityProperties(
                null,
                null,
                List.of(
                    new CdsSecurityProperties.User(
                        "dr-jones", clinicianHash, List.of(Roles.CLINICIAN))),
                List.of(),
                file));
    assertThat(withClinician.usernames()).containsExactlyInAnyOrder("dr-jones", "editor");
    UserDetails editor =
        withClinician.users().stream()
            .filter(u -> u.getUsername().equals("editor"))
            .findFirst()
            .orElseThrow();
    assertThat(
            PasswordEncoderFactories.createDelegatingPasswordEncoder()
                .matches(password, editor.getPassword()))
        .isTrue();
  }

  @Test
  void aConfiguredRuleEditorReplacesTheGeneratedOne() {
    Credentials credentials =
        new Credentials(
            new CdsSecurityProperties(
                null,
                null,
                List.of(
                    new CdsSecurityProperties.User(
                        "dr-smith",
                        new BCryptPasswordEncoder().encode("editor-password"),
                        List.of(Roles.RULE_EDITOR))),
                List.of(),
                data.resolve("y")));
    assertThat(credentials.usernames()).containsExactly("dr-smith");
  }

  @Test
  void theGeneratedCredentialsArePrintedInABox() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Credentials(properties(data.resolve("z"))).announceGenerated(console(out));
    List<String> lines =
        out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
    assertThat(lines.get(0)).matches("\\+-+\\+");
    assertThat(lines.get(lines.size() - 1)).isEqualTo(lines.get(0));
    assertThat(lines.subList(1, lines.size() - 1))
        .allSatisfy(l -> assertThat(l).startsWith("| ").endsWith(" |").hasSameSizeAs(lines.get(0)));
  }

  private static CdsSecurityProperties properties(Path file) {
    return new CdsSecurityProperties(null, null, List.of(), List.of(), file);
  }

  private static PrintStream console(ByteArrayOutputStream out) {
    return new PrintStream(out, true, StandardCharsets.UTF_8);
  }

  private static String secretAfter(String label, String text) {
    Matcher m = Pattern.compile(label + "(\\S+)").matcher(text);
    assertThat(m.find()).as("printed: " + label).isTrue();
    return m.group(1);
  }
}
