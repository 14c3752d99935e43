"""Leaving an effort toward a thing (no_stance.py): "a withdrawal from the efforts to broker a ceasefire", "could
pull out of its mediation of a truce", "halted efforts to broker a ceasefire". Stepping out of, or stopping, an
effort whose object is the keyword's thing says who stopped trying, not whether they want the thing or not: it
read the withdrawing side *for* the ceasefire (two refusals cancelled) or *against* it. Blocking someone else's
effort ("blocked efforts to impose sanctions") is a stance and stays one: "block" is no leaving."""

from __future__ import annotations

import re

from briefing.load.extract.cue_scan import guarded

__all__ = ["leaves_an_effort"]

#: A leaving (or a stop) right before a broker's effort, and its own words up to the keyword: "withdrawal from the
#: efforts to broker a", "walk away from its role in", "abandoned attempts to reach a". An effort that is the holder's
#: own want ("dropped its bid for NATO membership", "abandoned its push for sanctions") is left a stance. One bounded
#: window before the keyword (at most 160 characters), each part bounded: linear in the window.
_LEFT_EFFORT = guarded(
    r"\b(?:withdr(?:aw|aws|awing|ew|awn|awal)\s+from|pull(?:s|ed|ing)?\s+out\s+(?:of|from)|"
    r"walk(?:s|ed|ing)?\s+away\s+from|step(?:s|ped|ping)?\s+(?:back|away|aside)\s+from|back(?:s|ed|ing)?\s+out\s+of|"
    r"quit(?:s|ting)?|abandon(?:s|ed|ing|ment\s+of)?|g(?:ive|ives|ave|iving|iven)\s+up(?:\s+on)?|exit(?:s|ed|ing)?|"
    r"le(?:ave|aves|ft|aving)|end(?:s|ed|ing)?|halt(?:s|ed|ing)?|suspend(?:s|ed|ing)?|paus(?:e|es|ed|ing)|"
    r"stop(?:s|ped|ping)?|drop(?:s|ped|ping)?)\s+"
    r"(?:[\w’'.-]+\s+){0,3}?"
    r"(?:(?:efforts?|attempts?|push|drive)\s+(?:to|aimed\s+at|towards?)\s+(?:help\s+)?"
    r"(?:broker(?:ing)?|mediat(?:e|ing)|facilitat(?:e|ing)|negotiat(?:e|ing)|secur(?:e|ing)|reach(?:ing)?|"
    r"achiev(?:e|ing)|clinch(?:ing)?|seal(?:ing)?|bring(?:ing)?\s+about|find(?:ing)?|forg(?:e|ing)|"
    r"hammer(?:ing)?\s+out)|"
    r"(?:role|mediation|brokering|mediating|facilitation)\s+(?:in|of|on|for|over|toward|towards))\s+"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE)


def leaves_an_effort(text: str, start: int, lo: int) -> bool:
    """Whether the words right before the keyword at `start` (not before `lo`) leave or stop an effort toward it."""
    return _LEFT_EFFORT.search(text, max(lo, start - 160), start) is not None
