package org.relapsecds.rules.model;

/** Time to relapse category; COG knows only EARLY and LATE. */
public enum TimingCategory {
  VERY_EARLY,
  EARLY,
  LATE
}
