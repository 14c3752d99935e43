"""Which pronoun an article shows each of its people to take, for the pronoun veto of speakers.py: "Mayor X denied
it. … “…,” he said" is not X's when the article elsewhere writes "X said on Monday she …" (or "Ms. X").

The evidence is pronoun_fit.Pronouns' (event agents read the same): an honorific before the name, or a pronoun a
few plain words after it in a sentence that names no one else. A person shown both pronouns, or neither, is
vetoed for neither, and nothing is guessed from a first name. The veto only ever leaves a quote with no speaker;
it never picks one.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from briefing.load.extract.pronoun_fit import Pronouns

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["shown_pronouns"]


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
    return {actor: next(iter(words)) for actor, words in pronouns.seen.items() if len(words) == 1}
