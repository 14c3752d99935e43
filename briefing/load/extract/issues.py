"""Issue tags by keyword (issues.toml `keywords`) and stance cues that make a candidate position.

A sentence that names a negotiating side (through an actor of that side), an issue (a keyword) and a
stance cue ("rule out", "unacceptable", "demand", "agree", "propose", "not feasible") is a candidate
position of that side on that issue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Issue, Stance

#: (stance, rule name, pattern); first match in the sentence wins, so stronger cues come first.
_STANCE_CUES: tuple[tuple[Stance, str, re.Pattern[str]], ...] = tuple(
    (stance, name, re.compile(pattern, re.IGNORECASE))
    for stance, name, pattern in (
        (Stance.REJECTS, "reject", r"\b(?:reject(?:s|ed|ing)?|rul(?:e|es|ed|ing) out|refus(?:e|es|ed|ing)|"
                                   r"(?:will|would|do|does|did) not (?:accept|tolerate|allow|agree)|won[’']t (?:accept|allow)|"
                                   r"unacceptable|not acceptable|never,? under any circumstances)\b"),
        (Stance.OPPOSES, "oppose", r"\b(?:oppos(?:e|es|ed|ing)|not feasible|unrealistic|illusion(?:ary)?|"
                                   r"against|no talk of|no role for|not in NATO)\b"),
        (Stance.DEMANDS, "demand", r"\b(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)?|key condition|preconditions?|"
                                   r"must|expects?|expected)\b"),
        (Stance.PROPOSES, "propose", r"\b(?:propos(?:e|es|ed|al)|offer(?:s|ed)?|suggest(?:s|ed)?|ready to)\b"),
        (Stance.SUPPORTS, "agree", r"\b(?:agree(?:s|d)?|accept(?:s|ed)?|support(?:s|ed)?|back(?:s|ed)|welcome[sd]?|"
                                   r"willing to|want(?:s)? (?:the|a|to))\b"),
    )
)


@dataclass(frozen=True)
class IssueHit:
    issue: str
    start: int
    end: int
    keyword: str


@dataclass(frozen=True)
class StanceCue:
    stance: Stance
    start: int
    end: int
    cue: str
    rule: str


class IssueTagger:
    """One compiled regex for all keywords of all issues."""

    def __init__(self, issues: list[Issue]) -> None:
        self.owner: dict[str, str] = {}
        for issue in issues:
            for keyword in issue.keywords:
                self.owner.setdefault(keyword.lower(), issue.id)
        words = sorted(self.owner, key=len, reverse=True)
        body = "|".join(re.escape(w) for w in words)
        # Matched case-sensitively against a lower-cased copy of the text (much faster than IGNORECASE);
        # the IGNORECASE pattern is kept for texts whose lower-casing changes their length.
        self.pattern = re.compile(rf"\b(?:{body})(?!\w)") if words else None
        self.pattern_i = re.compile(rf"\b(?:{body})(?!\w)", re.IGNORECASE) if words else None
        self._lowered: tuple[str, str] | None = None

    def tags(self, text: str, start: int, end: int) -> list[IssueHit]:
        if self.pattern is None or self.pattern_i is None:
            return []
        if self._lowered is None or self._lowered[0] is not text:
            self._lowered = (text, text.lower())
        lowered = self._lowered[1]
        if len(lowered) == len(text):
            matches = self.pattern.finditer(lowered, start, end)
        else:
            matches = self.pattern_i.finditer(text, start, end)
        return [IssueHit(self.owner[m.group(0).lower()], m.start(), m.end(), text[m.start():m.end()])
                for m in matches]


_ALL_CUES = re.compile("|".join(f"(?P<c{i}>{pattern.pattern})" for i, (_s, _n, pattern) in enumerate(_STANCE_CUES)),
                       re.IGNORECASE)


def stance_cue(text: str, start: int, end: int) -> StanceCue | None:
    """The strongest stance cue of text[start:end] (reject > oppose > demand > propose > agree), first of its kind."""
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
