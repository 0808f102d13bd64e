package org.relapsecds.api;

import org.relapsecds.api.security.PasswordHashCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the relapse-cds service. {@code java -jar relapse-cds-api-*-exec.jar
 * hash-password} prints the bcrypt hash of a password for {@code
 * cds.security.users[n].password-hash} without starting the service.
 */
@SpringBootApplication
public class RelapseCdsApplication {
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(PasswordHashCommand.NAME)) {
      System.exit(PasswordHashCommand.run(System.console(), System.in, System.out, System.err));
    }
    SpringApplication.run(RelapseCdsApplication.class, args);
  }
}
