package org.relapsecds.rules.model;

/**
 * A setting beyond the standard first-relapse arm, in which a trial or a novel agent is advised.
 *
 * @param kind REFRACTORY, LATER_RELAPSE or AFTER_HSCT
 * @param description the setting in words
 */
public record NovelAgentSetting(String kind, String description) {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "NovelAgentSetting[kind=" + kind + ", description=" + description + "]";
  }
}
