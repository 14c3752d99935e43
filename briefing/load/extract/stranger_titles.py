"""Titles an article prints right before a name it makes no known person of ("Portuguese Prime Minister Luís
Montenegro", when people extraction made no person of him): another holder of that title, so a bare "the prime
minister" in that article is not plainly the one known person holding it (role_options reads this: unknown, unless
the sentence before has a known holder as its subject or speaker). A former holder ("former Prime Minister X") is
none; a title-case headline's capitalised verb ("Prime Minister Says …") is no name.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.name_words import TITLES

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["stranger_titles"]

#: A title, then a name of one to four capitalised words, then a lower-case word or a mark (not a headline's next
#: capitalised word): "Prime Minister Luís Montenegro said".
_TITLED_NAME = guarded(rf"(?<![\w-])(?i:(?P<title>{TITLES}))[ \u00a0]+"
                       r"(?P<name>[A-Z][\w’'-]*(?:[ \u00a0]+[A-Z][\w’'-]*){0,3})(?=[ \u00a0]+[a-z]|[,.;:’'])")
#: A headline's verb or a function word where a name would start: "Prime Minister Says …".
_NOT_A_NAME = frozenset({"Says", "Said", "Calls", "Warns", "Urges", "Meets", "Vows", "Tells", "Visits", "Backs",
                         "Rejects", "Is", "Has", "Was", "Will", "To", "And", "Of", "On", "In", "At", "For", "The"})
#: Right before the title: a holder no longer in office.
_FORMER = re.compile(r"(?i:\b(?:former|ex-|late|then-?|onetime|one-time)[ \u00a0]*)$")


def stranger_titles(text: str, mentions: list[MentionAt], in_quote: Callable[[int], bool]) -> frozenset[str]:
    """The titles (lower case) printed before a name no person mention covers, outside quotes (`mentions`: sorted
    by start, not overlapping). One scan of the text."""
    persons = [m for m in mentions if m.person]
    starts = [m.start for m in persons]
    found: set[str] = set()
    for hit in _TITLED_NAME.finditer(text):
        n_s, n_e = hit.span("name")
        if in_quote(hit.start()) or text[n_s:n_e].split()[0] in _NOT_A_NAME \
                or _FORMER.search(text, max(0, hit.start() - 12), hit.start()):
            continue
        i = bisect.bisect_left(starts, n_e) - 1
        if i >= 0 and persons[i].end > n_s:
            continue  # a person we know: "Prime Minister Pedro Sánchez"
        found.add(" ".join(hit.group("title").lower().split()))
    return frozenset(found)
