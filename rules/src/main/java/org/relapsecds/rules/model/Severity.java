package org.relapsecds.rules.model;

/** How urgently an alert asks for attention. */
public enum Severity {
  INFO,
  WARNING,
  CRITICAL
}
