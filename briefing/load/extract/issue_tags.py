"""Issue tags: every keyword of every issue (issues.toml `keywords`) found in a sentence by one compiled
regex over a lower-cased copy of the text; issues.py reads the polarity of the clause around each hit.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from briefing.load.extract import land_exits
from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.proposition_stops import keywords_name_of
from briefing.load.extract.recognised_land import ISSUE, recognised_land
from briefing.model import Issue

class KeywordsName:
    """What an issue's keywords name, relative to its proposition (issues.toml `keywords_name`)."""

    PROPOSITION = "proposition"  # "NATO membership" for "Ukraine may join NATO": supporting it is for
    OPPOSITE = "opposite"        # "sanctions" for "Sanctions on Russia are eased": supporting them is against
    EITHER = "either"            # "territory" for "Ukraine regains its occupied land": no automatic stance
    ALL = (PROPOSITION, OPPOSITE, EITHER)


@dataclass(frozen=True)
class IssueHit:
    issue: str
    start: int
    end: int
    keyword: str
    #: What this keyword names, where issues.toml says so for it (keywords_proposition/_opposite); else "".
    name: str = ""


class IssueTagger:
    """One compiled regex for all keywords of all issues."""

    def __init__(self, issues: list[Issue]) -> None:
        #: What each issue's keywords name (see KeywordsName): how a cue on them reads for the proposition (a
        #: proposition that stops what they name reads them as the opposite: proposition_stops.py).
        self.keywords_name: dict[str, str] = {issue.id: keywords_name_of(issue) for issue in issues}
        self.owner: dict[str, str] = {}
        self.named: dict[str, str] = {}  # a keyword's own naming, over its issue's
        for issue in issues:
            for name, words in ((KeywordsName.PROPOSITION, issue.keywords_proposition),
                                (KeywordsName.OPPOSITE, issue.keywords_opposite), ("", issue.keywords)):
                for keyword in words:
                    if self.owner.setdefault(_key(keyword), issue.id) == issue.id and name:
                        self.named.setdefault(_key(keyword), name)
        words = sorted(self.owner, key=len, reverse=True)
        # Matched case-sensitively against a lower-cased copy of the text (much faster than IGNORECASE);
        # the IGNORECASE pattern is kept for texts whose lower-casing changes their length. Keywords
        # are grouped by first character (no two of different groups can match at one place, and each
        # group keeps their order): the engine then tries a dozen groups at a word, not a hundred words.
        self.pattern = re.compile(rf"\b(?:{_by_first_character(words)})(?!\w)") if words else None
        body = "|".join(_escaped(w) for w in words)
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
        hits = [IssueHit(self._issue_of(m.group(0)), m.start(), m.end(), text[m.start():m.end()],
                         self.named.get(_key(m.group(0)), "")) for m in matches]
        sentence = lowered[start:end]  # (sliced once: searched for a few words below)
        if "ceasefire" in self.keywords_name and "war" in sentence:
            hits = _with_qualified_ends(hits, text, start, end, _QUALIFIED_END, "ceasefire", _stop_or_end)
        if "military_aid" in self.keywords_name and " to " in sentence and _DELIVERED_TO_WORD.search(sentence):
            hits = _with_qualified_ends(hits, text, start, end, _DELIVERED_TO, "military_aid")
        if ISSUE in self.keywords_name and ("recogni" in sentence or "acknowledg" in sentence or "legiti" in sentence):
            hits = _with_recognised_land(hits, text, start, end)
        if land_exits.ISSUE in self.keywords_name and land_exits.HINT.search(sentence):
            hits = _with_land_exits(hits, text, start, end)
        if any(h.issue == "security_guarantees" for h in hits):
            hits = [h for h in hits if h.issue != "security_guarantees"
                    or (_OTHER_SECURITY.search(lowered, max(0, h.start - 12), h.start) is None
                        and not _guarantee_of_another(h, hits, lowered)
                        and not (_SENT.match(h.keyword) and _ELSEWHERE.match(text, h.end)))]
        return hits

    def tags_any(self, text: str) -> bool:
        """Whether `tags` finds a keyword in the whole of `text`: yes at the first of another issue than the security
        guarantees (the only hits `tags` drops are of that issue, and what it adds drops none), read to the end only
        when there is none (fit.py asks this of whole articles: a scan of the first keyword, not of all)."""
        if self.pattern is None or self.pattern_i is None:
            return False
        lowered, _exact = _lower(text)
        matches = self.pattern.finditer(lowered) if len(lowered) == len(text) else self.pattern_i.finditer(text)
        if any(self._issue_of(m.group(0)) != "security_guarantees" for m in matches):
            return True
        return bool(self.tags(text, 0, len(text)))

    def _issue_of(self, said: str) -> str:
        issue = self.owner.get(_key(said))
        if issue is None:
            # IGNORECASE (the pattern for a text lower() lengthens, one with "İstanbul") reads "Crımea"
            # as "crimea"; lower() does not. The keyword matched is the first that matches so.
            issue = next(self.owner[w] for w in self._words if re.fullmatch(_escaped(w), said, re.IGNORECASE))
        return issue


#: "end the three-year-long war", "stop this senseless war": the ceasefire issue's "end the war" with a word or two
#: that only say how long or how bad the war is (a list: "end the trade war" is another war).
_QUALIFIED_END = guarded(r"\b(?:end|ends|ended|ending|stop|stops|stopped|stopping|halt|halts|halted|halting)\s+"
                            r"(?:the|this|a)\s+(?:(?:(?:two|three|four|five|\d+)-(?:and-a-half-)?years?(?:-long|-old)?|"
                            r"long|brutal|bloody|devastating|senseless|costly|terrible|horrible|deadly|full-scale|"
                            r"ongoing|protracted|grinding|destructive|endless)\s+){1,2}(?:war|conflict)\b", re.IGNORECASE)


def _stop_or_end(said: str) -> str:
    """"Stop this senseless war" names a halt, the proposition (as "stop the war" does in issues.toml); "end the
    three-year-long war" an end, which names no order of truce and settlement: the issue's own naming ("either")."""
    return KeywordsName.PROPOSITION if said[:1].lower() in ("s", "h") else ""


#: Guarantees of another kind of security: "energy security guarantees to Hungary", "gas supply guarantees" are no
#: guarantee of the peace.
_OTHER_SECURITY = re.compile(r"\b(?:energy|gas|oil|fuel|supply|food|financial|economic|investment)\s+$")


#: Troops sent or deployed (a guarantees keyword: "ready to send troops") …
_SENT = re.compile(r"(?:send|sending|deploy|deploying)\b", re.IGNORECASE)
#: … to a front, a battle or a place other than Ukraine: fighting, not a guarantee of the peace ("stop sending
#: troops to Kursk", "deploying troops to the front line", "sending troops to Russia"); a place is a capitalised
#: word not followed within two words by Ukraine ("to western Ukraine", "to Kyiv" stay guarantees).
_ELSEWHERE = re.compile(r"\s+(?:to|into|in)\s+(?:the\s+)?(?:(?:front(?:line|\s+lines?)?|frontlines?|battlefield|battle|"
                        r"fight|fighting|war|trenches|border|frontier)\b|(?!(?:Ukraine|Ukrainian|Kyiv|Kiev|Odesa|Odessa|Lviv|Kharkiv|Dnipro|"
                        r"Zaporizhzhia|Mykolaiv|January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)[A-Z]\w*"
                        r"(?![\w-]*\s+(?:\w+\s+)?(?:Ukraine|Kyiv|Kiev)\b))")


#: "guarantees that …": what is guaranteed follows.
_THAT_AFTER = re.compile(r"\s+that\b")


def _guarantee_of_another(hit: IssueHit, hits: list[IssueHit], lowered: str) -> bool:
    """"Written guarantees that Kyiv will never join NATO": a guarantee whose that-clause names another
    issue's keyword (within 80 characters) is a guarantee of that issue's outcome, not of the peace by troops (no
    security-guarantees tag; the other issue's keyword stays)."""
    if _THAT_AFTER.match(lowered, hit.end) is None:
        return False
    return any(hit.end <= h.start <= hit.end + 80 and h.issue not in ("security_guarantees", hit.issue) for h in hits)


_DELIVERY_VERBS = ("delivered", "sent", "supplied", "shipped", "transferred", "over")
#: " delivered to " …: what a sentence must hold for _DELIVERED_TO to be tried (each holds " to ", tested first);
#: one scan for the six, not six.
_DELIVERED_TO_WORDS = tuple(f" {verb} to " for verb in _DELIVERY_VERBS)
_DELIVERED_TO_WORD = re.compile("|".join(re.escape(said) for said in _DELIVERED_TO_WORDS))
#: Weapons in a passive to the recipient: "air defence systems will be delivered to Ukraine" (the weapons, as a
#: military-aid keyword; stance_cues reads the passive). Nothing between the weapons and the auxiliary.
_DELIVERED_TO = re.compile(r"\b(?:weapons|arms|missiles|munitions|ammunition|shells|tanks|jets|systems|batteries|"
                           r"launchers)(?=\s+(?:will|would|could|can|should|must|are|is|were|was|have|has|had)\s+"
                           r"(?:not\s+|also\s+|soon\s+|now\s+|already\s+)?(?:be|been|being)\s+(?:being\s+)?"
                           r"(?:delivered|sent|supplied|shipped|transferred|handed\s+over)\s+to\s+(?:Ukraine|Kyiv|Kiev)\b)",
                           re.IGNORECASE)


def _with_recognised_land(hits: list[IssueHit], text: str, start: int, end: int) -> list[IssueHit]:
    """`hits` with land recognised as Russia's (recognised_land.py) as one opposite keyword of the territory
    issue, in place of the hits inside it."""
    spans = recognised_land(text, start, end)
    if not spans:
        return hits
    kept = [h for h in hits if not any(a < h.end and h.start < b for a, b in spans)]
    found = [IssueHit(ISSUE, a, b, text[a:b], KeywordsName.OPPOSITE) for a, b in spans]
    return sorted(kept + found, key=lambda h: h.start)


def _with_land_exits(hits: list[IssueHit], text: str, start: int, end: int) -> list[IssueHit]:
    """`hits` with troops leaving land (land_exits.py) as one keyword of the territory issue naming its
    proposition or its opposite, in place of the hits inside it."""
    spans = land_exits.land_exits(text, start, end)
    if not spans:
        return hits
    kept = [h for h in hits if not any(a < h.end and h.start < b for a, b, _n in spans)]
    found = [IssueHit(land_exits.ISSUE, a, b, text[a:b], name) for a, b, name in spans]
    return sorted(kept + found, key=lambda h: h.start)


def _with_qualified_ends(hits: list[IssueHit], text: str, start: int, end: int, pattern: re.Pattern,
                         issue: str, name_of: Callable[[str], str] | None = None) -> list[IssueHit]:
    """`hits` and, where no keyword overlaps it, each match of `pattern` as a keyword of `issue` (named by
    `name_of(match)` where given, as issues.toml names a keyword)."""
    found = [IssueHit(issue, m.start(), m.end(), m.group(0), name_of(m.group(0)) if name_of else "")
             for m in pattern.finditer(text, start, end)
             if not any(h.start < m.end() and m.start() < h.end for h in hits)]
    return sorted(hits + found, key=lambda h: h.start) if found else hits


def _by_first_character(words: list[str]) -> str:
    """An alternation of `words`, in their order, as one alternative per first character."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1], []).append(word[1:])
    return "|".join(_escaped(first) + "(?:" + "|".join(_escaped(rest) for rest in rests) + ")"
                    for first, rests in groups.items())


def _key(keyword: str) -> str:
    """A keyword as the tagger keys it: lower-cased, its apostrophes straight ("Russia’s control over" and
    "Russia's control over" are one keyword, whichever the file or the text writes)."""
    return keyword.lower().replace("’", "'")


def _escaped(key: str) -> str:
    """`key` as a pattern, each apostrophe matching either form (the text keeps its own: spans read back)."""
    return re.escape(key).replace("'", "['’]")


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
