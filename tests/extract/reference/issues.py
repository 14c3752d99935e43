"""issues.py before it was made faster: one alternative per keyword, and the stance cues matched with
IGNORECASE, each with its own word boundary."""

from __future__ import annotations

import re

from briefing.load.extract.issues import _STANCE_CUES, IssueHit, IssueTagger, StanceCue


def tags(tagger: IssueTagger, text: str, start: int, end: int) -> list[IssueHit]:
    words = sorted(tagger.owner, key=len, reverse=True)
    if not words:
        return []
    body = "|".join(re.escape(w) for w in words)
    pattern = re.compile(rf"\b(?:{body})(?!\w)")
    pattern_i = re.compile(rf"\b(?:{body})(?!\w)", re.IGNORECASE)
    lowered = text.lower()
    if len(lowered) == len(text):
        matches = pattern.finditer(lowered, start, end)
    else:
        matches = pattern_i.finditer(text, start, end)
    return [IssueHit(tagger.owner[m.group(0).lower()], m.start(), m.end(), text[m.start():m.end()])
            for m in matches]


_ALL_CUES = re.compile("|".join(f"(?P<c{i}>{pattern.pattern})" for i, (_s, _n, pattern) in enumerate(_STANCE_CUES)),
                       re.IGNORECASE)


def stance_cue(text: str, start: int, end: int) -> StanceCue | None:
    best: tuple[int, re.Match[str]] | None = None
    for match in _ALL_CUES.finditer(text, start, end):
        rank = int((match.lastgroup or "c9")[1:])
        if best is None or rank < best[0]:
            best = (rank, match)
            if rank == 0:
                break
    if best is None:
        return None
    rank, match = best
    stance, name, _pattern = _STANCE_CUES[rank]
    return StanceCue(stance, match.start(), match.end(), match.group(0), f"stance:{name}")
