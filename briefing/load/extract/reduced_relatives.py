"""A cue that is the verb of a relative clause, said or reduced, whose subject is a noun other than the holder
(cue_scope.py asks): such a cue says what that noun does or what was done to the keyword, not where the sentence's
holder stands.

- A relative on a preposition's object: "threatened tariffs on countries adopting digital levies", "would weigh
  tariffs on countries that adopt digital levies" read the threatener *for* the levies (0.9): the countries adopt
  them; the threat is against them.
- A past participle right after the keyword, or after the rest of a list it opens: "tariffs in retaliation for
  digital levies, penalties and practices imposed on American firms" read the one retaliating *for* the levies
  (0.9): others imposed them, on the firms the participle names ("a truce agreed by Russia", a participle with its
  agent, is holders.py's; "wants sanctions lifted", a small clause, is the want's: both kept).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issue_tags import IssueHit
    from briefing.load.extract.issues import Cue

__all__ = ["cue_of_a_relative"]

#: Before the cue: a preposition, a lower-case noun phrase (a plural for a bare participle), then "that/which/who"
#: or nothing. The noun is common (a name before the cue is a holder: "urged Japan, backing the plan, to …").
_OBJECT_RELATIVE = re.compile(r"\b(?:on|upon|to|against|with|for|from|at|over|into|towards?|among)\s+"
                              r"(?:(?:all|any|every|the|those|other|such|some|many|these|foreign|several|certain)\s+)?"
                              r"(?:[a-z][\w-]*\s+)?(?:(?P<plural>[a-z]+s)\s+|(?P<noun>[a-z]+)\s+(?P<rel>that|which|who)\s+"
                              r"(?:(?:[a-z]+ly|also|already|still|now)\s+)?)$")

#: Between the keyword and a past participle: nothing, or the rest of a list the keyword opens (its items, commas,
#: "and"/"or", closing quotes), with no auxiliary or pronoun that would make the participle a clause's own verb.
_LIST_TAIL = re.compile(r"(?:(?:\s*[,”\"’')]+\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)(?!(?:is|are|was|were|be|been|being|has|have|had|"
                        r"will|would|it|they|he|she|we|which|that|who)\b)[\w’'-]+){0,6}[\s,”\"’')]+", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn)")
#: After the participle, whom the measure falls on: "imposed on American firms", "levied against …" (a finite verb,
#: "the aid resumed", or a small clause, "wants sanctions lifted before …", has none; nor has a day, "on Monday").
_FALLS_ON = re.compile(r"\s+(?:on|upon|against)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                       r"January|February|March|April|May|June|July|August|September|October|November|December|"
                       r"\d)\b)", re.IGNORECASE)


def _on_an_object(cue: Cue, hit: IssueHit, text: str) -> bool:
    if cue.end > hit.start:
        return False
    before = _OBJECT_RELATIVE.search(text, max(0, cue.start - 80), cue.start)
    if before is None:
        return False
    # "countries that adopt": a relative; a bare plural only before a participle ("countries adopting")
    return before.group("rel") is not None or cue.text.lower().endswith("ing")


def _done_to_the_keyword(cue: Cue, hit: IssueHit, text: str) -> bool:
    # (a want's only: not a condition, "provided it is kept", nor a small clause's lowering, "wants sanctions
    # lifted on the lender", which the want before it reads)
    if cue.kind != "pos" or not (hit.end <= cue.start <= hit.end + 80) or _PARTICIPLE.fullmatch(cue.text.lower()) is None:
        return False
    return _FALLS_ON.match(text, cue.end) is not None and _LIST_TAIL.fullmatch(text, hit.end, cue.start) is not None


def cue_of_a_relative(cue: Cue, hit: IssueHit, text: str) -> bool:
    """Whether `cue` is the verb of a relative clause on a preposition's object before the keyword `hit`, or a past
    participle the keyword (or its list) is the object of, without its agent (see the module's doc)."""
    return _on_an_object(cue, hit, text) or _done_to_the_keyword(cue, hit, text)
