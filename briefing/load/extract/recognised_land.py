"""Land recognised as another's: "will never recognise the occupied territories as Russian", "would not
recognise the regions seized by Moscow as part of a Russian state". The object and its "as Russian" together name Russia keeping
the land (the territory issue's opposite keyword, as "Crimea as part of Russia" is in issues.toml), whatever the
land is called; the verb before it stays the cue ("never recognise": against Russia keeping it, so for the
proposition "Ukraine regains its occupied land"). The land's own words ("territories", "occupied") name either
outcome alone, so the hits they make inside the phrase give way to it."""

from __future__ import annotations

import re

__all__ = ["ISSUE", "recognised_land"]

#: The issue whose proposition the phrase names the opposite of (the bundled one; a folder's own issues lack it).
ISSUE = "territory"

_TAKEN = r"(?:occupied|seized|annexed|captured|taken|held|controlled)"
#: After a recognising verb (and up to two adverbs), its object the land (up to five words before its noun, not a
#: clause's "that"; an "occupied by Russia" after it) and "as (part of) Russia(n …)"; or, without the "as …", land
#: said to be taken ("the occupied territories", "the territories occupied by Russia": to recognise them is to
#: recognise the taking), not the subject of a clause ("recognise the occupied territories remain Ukrainian").
_PHRASE = re.compile(
    r"\b(?:recogni[sz](?:e|es|ed|ing)|recognition\s+of|acknowledg(?:e|es|ed|ing)|legiti[mz]i[sz](?:e|es|ed|ing))"
    r"\s+(?:(?:legally|formally|officially|ever|de\s+jure)\s+){0,2}"
    r"(?P<land>(?:(?P<before>(?:(?!(?:that|the\s+fact|how|what|whether)\b)[\w’'-]+\s+){0,5}?)"
    r"(?:territor(?:y|ies)|regions?|lands?|oblasts?|areas)"
    r"(?P<after>\s+(?:(?:it\s+|that\s+it\s+)?(?:has\s+)?" + _TAKEN + r")"
    r"(?:\s+by\s+(?:Russia|Moscow|the\s+Kremlin))?)?)"
    r"(?P<as>\s+as\s+(?:(?:part|a\s+part)\s+of\s+|belonging\s+to\s+)?(?:a\s+|the\s+)?"
    r"(?:Russia|Russian(?:\s+(?:territory|state|land|soil))?|Russian\s+Federation))?)(?![\w-])"
    r"(?!\s+(?:remain|remains|are|is|were|was|belong|belongs|will|would|must|should|have|has|had)\b)",
    re.IGNORECASE)
_TAKEN_BEFORE = re.compile(rf"\b{_TAKEN}\b", re.IGNORECASE)


def recognised_land(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of land named as recognised as Russia's in text[start:end] (issue_tags asks only of a sentence
    holding one of the verbs)."""
    return [(m.start("land"), m.end("land")) for m in _PHRASE.finditer(text, start, end)
            if m.group("as") or m.group("after") or _TAKEN_BEFORE.search(m.group("before"))]
