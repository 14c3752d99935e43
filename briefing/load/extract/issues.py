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
        # Matched case-sensitively against a lower-cased copy of the text (much faster than IGNORECASE);
        # the IGNORECASE pattern is kept for texts whose lower-casing changes their length. Keywords
        # are grouped by first character (no two of different groups can match at one place, and each
        # group keeps their order): the engine then tries a dozen groups at a word, not a hundred words.
        self.pattern = re.compile(rf"\b(?:{_by_first_character(words)})(?!\w)") if words else None
        body = "|".join(re.escape(w) for w in words)
        self.pattern_i = re.compile(rf"\b(?:{body})(?!\w)", re.IGNORECASE) if words else None
        self._words = words

    def tags(self, text: str, start: int, end: int) -> list[IssueHit]:
        if self.pattern is None or self.pattern_i is None:
            return []
        lowered, _exact = _lower(text)
        if len(lowered) == len(text):
            matches = self.pattern.finditer(lowered, start, end)
        else:
            matches = self.pattern_i.finditer(text, start, end)
        return [IssueHit(self._issue_of(m.group(0)), m.start(), m.end(), text[m.start():m.end()]) for m in matches]

    def _issue_of(self, said: str) -> str:
        issue = self.owner.get(said.lower())
        if issue is None:
            # IGNORECASE (the pattern for a text lower() lengthens, one with "İstanbul") reads "Crımea"
            # as "crimea"; lower() does not. The keyword matched is the first that matches so.
            issue = next(self.owner[w] for w in self._words if re.fullmatch(re.escape(w), said, re.IGNORECASE))
        return issue


def _by_first_character(words: list[str]) -> str:
    """An alternation of `words`, in their order, as one alternative per first character."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(re.escape(first) + "(?:" + "|".join(re.escape(rest) for rest in rests) + ")"
                    for first, rests in groups.items())


#: The last text lower-cased, and whether the lower-cased copy reads exactly as IGNORECASE reads the
#: text: the same length, and neither "ı" nor "ſ" (IGNORECASE takes them for "i" and "s"; lower()
#: leaves them be). lower() changes no character's \w, \s or \d class (checked over all of Unicode
#: by tests/extract/test_fast_text.py).
_lowered: tuple[str, str, bool] = ("", "", True)


def _lower(text: str) -> tuple[str, bool]:
    global _lowered  # noqa: PLW0603 - a one-text memo: every sentence of a source asks in turn
    memo = _lowered
    if memo[0] is not text:
        lowered = text.lower()
        memo = _lowered = (text, lowered, len(lowered) == len(text) and "ı" not in text and "ſ" not in text)
    return memo[1], memo[2]


_ALL_CUES = re.compile("|".join(f"(?P<c{i}>{pattern.pattern})" for i, (_s, _n, pattern) in enumerate(_STANCE_CUES)),
                       re.IGNORECASE)
# The same, case-sensitive, for a lower-cased text, with the word boundary every cue starts with tested
# once (about four times faster). The cues hold no upper-case escape (\B, \W ...) to be spoilt by lower().
assert all(p.pattern.startswith(r"\b") and not re.search(r"\\[A-Z]", p.pattern) for _s, _n, p in _STANCE_CUES)
_ALL_CUES_LOWER = re.compile(
    r"\b(?:" + "|".join(f"(?P<c{i}>{pattern.pattern[2:].lower()})" for i, (_s, _n, pattern) in enumerate(_STANCE_CUES))
    + ")")


def stance_cue(text: str, start: int, end: int) -> StanceCue | None:
    """The strongest stance cue of text[start:end] (reject > oppose > demand > propose > agree), first of its kind."""
    lowered, exact = _lower(text)
    matches = _ALL_CUES_LOWER.finditer(lowered, start, end) if exact else _ALL_CUES.finditer(text, start, end)
    best: tuple[int, re.Match[str]] | None = None
    for match in matches:
        rank = int((match.lastgroup or "c9")[1:])
        if best is None or rank < best[0]:
            best = (rank, match)
            if rank == 0:
                break
    if best is None:
        return None
    rank, match = best
    stance, name, _pattern = _STANCE_CUES[rank]
    return StanceCue(stance, match.start(), match.end(), text[match.start():match.end()], f"stance:{name}")
