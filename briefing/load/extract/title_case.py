"""A position read from a line in title case ("Leader Announces Pause on Tariffs After Country Pledges Troops")
is less sure (findings.py). Who holds a stance is found by capitals: a capitalised word is a name, a lower-case one
is not. In a headline every word is capitalised, so "Country" in "After Country Pledges" reads as no one and the
pledge fell to the main clause's leader (a wrong holder at 0.9, on a real headline). A stance cue written with a
capital after the line's first word is how such a line shows itself (a verb is never capitalised mid-sentence in
prose); its position keeps its reading but at most TITLE_CASE_CEILING, below the bands a reader trusts."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.issues import Polarity

__all__ = ["TITLE_CASE_CEILING", "title_case_capped"]

#: The highest confidence of a position read from a title-case line.
TITLE_CASE_CEILING = 0.6
#: What may stand before a line's first word: spaces, quotation marks, a dash or bullet.
_LEAD = re.compile(r"[\s“\"‘'«—–•*-]*")


def title_case_capped(confidence: float, polarity: Polarity, text: str, start: int) -> float:
    """`confidence`, or TITLE_CASE_CEILING if lower, when a stance cue of `polarity` is capitalised and is not the
    first word of the sentence at `start` (a title-case headline)."""
    first = _LEAD.match(text, start).end()  # type: ignore[union-attr]
    if any(c.kind not in ("cond", "not") and c.text[:1].isupper() and c.start > first for c in polarity.cues):
        return min(confidence, TITLE_CASE_CEILING)
    return confidence
