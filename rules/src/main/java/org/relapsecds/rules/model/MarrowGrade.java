package org.relapsecds.rules.model;

/** Marrow status from the blast percentage: M1 < 5 %, M2 5 to < 25 %, M3 >= 25 %. */
public enum MarrowGrade {
  M1,
  M2,
  M3
}
