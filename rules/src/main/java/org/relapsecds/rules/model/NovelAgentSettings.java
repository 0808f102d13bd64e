package org.relapsecds.rules.model;

/**
 * All the settings beyond the standard first-relapse arm that hold for a case, in words.
 *
 * @param descriptions the descriptions, sorted and joined by "; "
 */
public record NovelAgentSettings(String descriptions) {
  // The default record text, spelled out: Java 17 builds it with String.format, and the engine's
  // trace prints every derived fact. DerivedFactTextTest keeps the two the same.
  @Override
  public String toString() {
    return "NovelAgentSettings[descriptions=" + descriptions + "]";
  }
}
