"""boilerplate.py before it was made faster: every line searched with all rules in one pattern."""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate import (
    _LINE,
    _LINE_RULES,
    _SIDEBAR,
    _adjacent,
    _gap_is_blank,
    _is_paragraph,
    _is_short,
)
from briefing.model import Region

_ANY_RULE = re.compile("|".join(f"(?:{pattern.pattern})" for _rule, _label, pattern in _LINE_RULES))


def find_regions(text: str) -> list[Region]:
    """Boilerplate and off-topic regions of a source, in text order, not overlapping."""
    lines: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        stripped = match.group(0).strip()
        if stripped:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            lines.append((match.start() + lead, match.start() + lead + len(stripped), stripped))
    marks: list[tuple[str, str] | None] = [None] * len(lines)
    tail: Region | None = None
    for index, (start, _end, line) in enumerate(lines):
        if _SIDEBAR.match(line) and index > 0:
            rest = [entry[2] for entry in lines[index + 1:]]
            offtopic = any(_is_paragraph(r) for r in rest)
            tail = Region(kind="offtopic" if offtopic else "boilerplate",
                          label=f"'{line}' sidebar" + (": other stories" if offtopic else ""),
                          start=start, end=len(text.rstrip()), origin="auto",
                          confidence=0.8 if offtopic else 0.9,
                          rule="offtopic:sidebar" if offtopic else "boiler:sidebar-links")
            lines = lines[:index]
            marks = marks[:index]
            break
        if _ANY_RULE.search(line) is None:
            continue
        for rule, label, pattern in _LINE_RULES:
            if pattern.search(line):
                marks[index] = (rule, label)
                break
    # Short lines next to boilerplate (tag lines, navigation) join it; repeat so runs are absorbed.
    changed = True
    while changed:
        changed = False
        for index, (_s, _e, line) in enumerate(lines):
            if marks[index] is None and _is_short(line):
                neighbour = (index > 0 and marks[index - 1]) or (index + 1 < len(lines) and marks[index + 1])
                if neighbour:
                    marks[index] = ("boiler:short-line-near-boilerplate", neighbour[1])
                    changed = True
    # A trailing block after a source credit that holds no article paragraph is boilerplate.
    last_credit = max((i for i, m in enumerate(marks) if m and m[0] in ("boiler:source-credit", "boiler:comments")),
                      default=None)
    if last_credit is not None and not any(_is_paragraph(line) for _s, _e, line in lines[last_credit + 1:]):
        for index in range(last_credit + 1, len(lines)):
            if marks[index] is None:
                marks[index] = ("boiler:trailing-block", "Trailing links and navigation")
    regions: list[Region] = []
    for index, mark in enumerate(marks):
        if mark is None:
            continue
        start, end, _line = lines[index]
        rule, label = mark
        previous = regions[-1] if regions else None
        if previous is not None and _adjacent(lines, marks, index):
            rules = previous.rule if rule in previous.rule.split("+") else f"{previous.rule}+{rule}"
            labels = previous.label if label in previous.label.split("; ") else f"{previous.label}; {label}"
            regions[-1] = previous.model_copy(update={"end": end, "rule": rules, "label": labels})
        else:
            regions.append(Region(kind="boilerplate", label=label, start=start, end=end, origin="auto",
                                  confidence=0.9, rule=rule))
    if tail is not None:
        if regions and _gap_is_blank(text, regions[-1].end, tail.start) and tail.kind == "boilerplate":
            regions[-1] = regions[-1].model_copy(update={"end": tail.end})
        else:
            regions.append(tail)
    return regions
