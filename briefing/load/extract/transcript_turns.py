"""Transcript turns (holders.py): whose turn a sentence lies in, and whether a quote is a turn of a reporter or a
host (their turn narrates) or of a guest (their claim about a side is not that side's stance)."""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Actor

__all__ = ["guest_turn", "reporter", "turn"]

#: A transcript turn's label, from the line's start to the turn's first word ("CHARLES MAYNES, BYLINE: ").
_TURN_LABEL = re.compile(r"[A-Z][A-Z .’'-]*(?:, [A-Z]+)?:\s*")
_REPORTER = re.compile(r"\b(?:host|byline|correspondent|reporter|anchor|journalist|editor)\b", re.IGNORECASE)


def reporter(actor: Actor) -> bool:
    """A journalist (a role the text gives: "host", "BYLINE", "NPR's Russia correspondent"): their turn narrates;
    anyone else's turn is their own claim (a third party's claim about a side is no position of that side)."""
    return any(_REPORTER.search(role.title) for role in actor.roles)


#: A transcript's turn label, alone on its line or before the turn's words: "PETER LIND, BYLINE:", "KOVAL: …".
_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,3})(?:, (?P<role>[A-Z][A-Z ]{1,40}))?:"
                         r"(?=[ \t]|$)")
_REPORTING = frozenset({"HOST", "BYLINE", "CORRESPONDENT", "REPORTER", "ANCHOR"})
#: The last text's turns: (offsets of the labels, whether each is a reporter's or host's), a one-text memo.
_turns: tuple[str, list[int], list[bool]] = ("", [], [])


def guest_turn(text: str, at: int) -> bool:
    """Whether `at` lies in a transcript turn (a text with two labels or more) of someone who is not a reporter or
    a host ("MARTA VOSS, ANALYST:"; a surname label after a full one is that person's): what a guest says about a
    side is their claim, not that side's stance. Turns that are quotes are left to the quote's speaker."""
    global _turns  # noqa: PLW0603 - a one-text memo: every sentence of a source asks in turn
    if _turns[0] is not text:
        starts, reporting, known = [], [], {}
        for m in _LABEL_LINE.finditer(text):
            name, role = m.group("name"), (m.group("role") or "").strip()
            words = name.split()
            if not role and len(words) < 2 and words[-1] not in known:
                continue  # "SOURCE:", "RELATED:", "MOSCOW:": a page's labels, not a person's turn
            if role or len(words) >= 2:
                known.setdefault(words[-1], role in _REPORTING)
            starts.append(m.start())
            reporting.append(role in _REPORTING or known.get(words[-1], False))
        _turns = (text, starts, reporting) if len(starts) >= 2 else (text, [], [])
    _text, starts, reporting = _turns
    i = bisect_right(starts, at) - 1
    return i >= 0 and not reporting[i]


def turn(text: str, at: int) -> bool:
    """Whether a quote starting at `at` is a transcript turn (its line opens with a capitalised label)."""
    line = text.rfind("\n", 0, at) + 1
    if line == at:  # the label alone on the line before ("PETER LIND, BYLINE:", then the turn)
        end = line
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return _TURN_LABEL.fullmatch(text, text.rfind("\n", 0, end) + 1, end) is not None
    return _TURN_LABEL.fullmatch(text, line, at) is not None
