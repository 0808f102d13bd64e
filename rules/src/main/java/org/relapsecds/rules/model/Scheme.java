package org.relapsecds.rules.model;

/**
 * The three first-relapse risk schemes: ALL-REZ BFM / IntReALL, UK ALL R3, and the Children's
 * Oncology Group.
 */
public enum Scheme {
  BFM,
  UK_R3,
  COG
}
