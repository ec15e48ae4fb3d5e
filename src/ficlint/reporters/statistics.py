"""Statistics: how many findings of each code, most first (ruff's --statistics)."""

from __future__ import annotations

from collections import Counter


def report(findings, rules, stream) -> None:
    counts = Counter(f.code for f in findings)
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rules.get(code)
        fixable = sum(1 for f in findings if f.code == code and f.fix and f.fix.safe)
        stream.write(f"{count:6d}  {code:<6} {'[*]' if fixable else '   '} {rule.name if rule else ''}\n")
