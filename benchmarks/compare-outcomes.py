#!/usr/bin/env python3
"""Compares two outcome dumps of the reference corpus (ReferenceCorpusOutcomeDump, one JSON line per
case): everything but the fired-rule trace must be byte-identical; the trace may differ only by
firings of the named helper rules and by the text of the formerly DRL-declared types
(`Name( a=x )` became the record text `Name[a=x]`). Usage: compare-outcomes.py before after."""
import json
import re
import sys

HELPERS = {
    "One setting beyond the standard first-relapse arm holds",
    "Two settings beyond the standard first-relapse arm hold",
    "Three settings beyond the standard first-relapse arm hold",
    "One agent awaits an unknown marker",
    "Two agents await an unknown marker",
}
DECLARED = ("NovelAgentSetting", "EligibilityAwaits", "IsolatedCnsRelapse", "IsolatedTesticularRelapse")


def record_text(derived):
    m = re.match(r"^(\w+)\(\s*(.*?)\s*\)$", derived)
    return f"{m.group(1)}[{m.group(2)}]" if m and m.group(1) in DECLARED else derived


def trace(fired, drop_helpers):
    return [(r["rule"]["name"], [record_text(d) for d in r["derived"]])
            for r in fired if not (drop_helpers and r["rule"]["name"] in HELPERS)]


before = open(sys.argv[1]).read().splitlines()
after = open(sys.argv[2]).read().splitlines()
assert len(before) == len(after), "different numbers of cases"
identical = outside = trace_other = helper_firings = 0
for b, a in zip(before, after):
    if b == a:
        identical += 1
        continue
    x, y = json.loads(b), json.loads(a)
    fx, fy = x.pop("firedRules"), y.pop("firedRules")
    if x != y:
        outside += 1
    helper_firings += sum(1 for r in fy if r["rule"]["name"] in HELPERS)
    if trace(fx, False) != trace(fy, True):
        trace_other += 1
print(f"{len(before)} cases: {identical} byte-identical in full; outcome outside the trace differs"
      f" in {outside}; trace differs beyond helper firings and record text in {trace_other};"
      f" {helper_firings} helper firings added")
sys.exit(1 if outside or trace_other else 0)
