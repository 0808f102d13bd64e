package org.relapsecds.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Entry point of the relapse-cds service. */
@SpringBootApplication
public class RelapseCdsApplication {
  public static void main(String[] args) {
    SpringApplication.run(RelapseCdsApplication.class, args);
  }
}
