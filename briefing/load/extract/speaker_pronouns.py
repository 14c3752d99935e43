"""Which pronoun an article shows each of its people to take, for the pronoun veto of speakers.py: "Mayor X denied
it. … “…,” he said" is not X's when the article elsewhere writes "X said on Monday she …" (or "Ms. X").

The evidence is pronoun_fit.Pronouns' (event agents read the same): an honorific before the name, or a pronoun a
few plain words after it in a sentence that names no one else. A person shown both pronouns, or neither, is
vetoed for neither, and nothing is guessed from a first name. The veto only ever leaves a quote with no speaker;
it never picks one.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from briefing.load.extract.pronoun_fit import Pronouns
from briefing.load.extract.speaker_roles import honorific_pronouns

if TYPE_CHECKING:
    from collections.abc import Callable

    from briefing.load.extract.speakers import MentionAt

__all__ = ["shown_pronouns", "surname_pronouns"]


def shown_pronouns(text: str, sentences: list[tuple[int, int]], mentions: list[MentionAt]) -> dict[str, str]:
    """actor → "he" or "she": the one pronoun the article shows that person to take (`mentions`: sorted by start;
    names inside quotes are not read)."""
    pronouns = Pronouns()
    starts = [m.start for m in mentions]
    for start, end in sentences:
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        persons = [(m.actor, m.start, m.end) for m in mentions[lo:hi] if m.person and not m.quoted and m.end <= end]
        if persons:
            pronouns.read(text, start, end, persons)
            for actor, word in _kin_pronouns(text, start, end, persons):
                pronouns.seen.setdefault(actor, set()).add(word)
    shown = {actor: next(iter(words)) for actor, words in pronouns.seen.items() if len(words) == 1}
    # An honorific or a gendered title ("Ms", "Queen") outweighs the pronouns: a translation's "X said he …" for a
    # woman the article calls "Ms X" leaves her "she", so a later "he said" is no one's, not hers.
    return shown | honorific_pronouns(text, [m for m in mentions if m.person and not m.quoted])


#: A kin word right before a name or in its apposition shows the person's pronoun: "her husband Ivan Holm", "the
#: leader's wife, Maria Holm", "Maria Holm, his wife,". Lower case only ("Mother Teresa" is a name).
_KIN_WORDS = {"wife": "she", "widow": "she", "mother": "she", "daughter": "she", "sister": "she",
              "husband": "he", "widower": "he", "father": "he", "son": "he", "brother": "he"}
_KIN = "|".join(_KIN_WORDS)
_KIN_BEFORE = re.compile(rf"(?<![\w-])(?P<kin>{_KIN}),?[ \t]+$")
_KIN_AFTER = re.compile(rf",[ \t]+(?:his|her|their|the|[A-Z][\w’'-]*[’']s)[ \t]+(?:[a-z]+[ \t]+)?(?P<kin>{_KIN})(?![-\w])")


def _kin_pronouns(text: str, start: int, end: int, persons: list[tuple[str, int, int]]) -> list[tuple[str, str]]:
    """(actor, pronoun) for each person of text[start:end] a kin word right before or after the name shows."""
    found = []
    for actor, m_start, m_end in persons:
        hit = _KIN_BEFORE.search(text, max(start, m_start - 12), m_start) or _KIN_AFTER.match(text, m_end, min(end, m_end + 40))
        if hit is not None:
            found.append((actor, _KIN_WORDS[hit.group("kin")]))
    return found


#: An honorific before a capitalised word: "Mr. Johnson", "Ms Roe".
_HONORIFIC_WORD = re.compile(r"\b(Mrs|Mr|Ms)\.?[ \t\u00a0]+([A-Z][a-z’'-]+)\b")
_HONORIFIC_PRONOUN = {"Mr": "he", "Mrs": "she", "Ms": "she"}


def surname_pronouns(text: str, surname_of: dict[str, str], shown: dict[str, str],
                     quoted: Callable[[int], bool]) -> dict[str, str]:
    """`shown` with the pronoun of each person the article names in full whose honorific it prints only before
    the bare surname, no mention ("Mr. Johnson" where two Johnsons of the folder leave the short name to no one,
    and surnames.py gives it to the article's one Johnson): as the honorific before a mention shows it. A person
    shown both pronouns is left out. One scan of the text."""
    if not surname_of:
        return shown
    seen: dict[str, set[str]] = {}
    for m in _HONORIFIC_WORD.finditer(text):
        actor = surname_of.get(m.group(2))
        if actor is not None and actor not in shown and not quoted(m.start()):
            seen.setdefault(actor, set()).add(_HONORIFIC_PRONOUN[m.group(1)])
    if not seen:
        return shown
    return shown | {actor: next(iter(words)) for actor, words in seen.items() if len(words) == 1}
