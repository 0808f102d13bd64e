package org.relapsecds.api.security;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Shows the credentials generated at first start after the "ready" line, so that they are the last
 * thing on the console rather than lost among the start-up lines above it.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstStartAnnouncement implements ApplicationListener<ApplicationReadyEvent> {
  private final Credentials credentials;

  FirstStartAnnouncement(Credentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void onApplicationEvent(ApplicationReadyEvent event) {
    credentials.announceGenerated(System.out);
  }
}
