"""Words a person relays rather than says (attribution.py asks): "“…,” Trump quoted Zelensky as writing", "Trump
quoted Zelensky as saying: “…”" are the source's words, not the reader's; "“…,” Zelensky's letter reads, Trump says"
names its writer only as an owner, so the words are left to no one rather than given to the reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.speakers import Who

__all__ = ["relayed_after", "relayed_before"]

_SOURCE = r"(?P<source>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
_RELAYED_AFTER = re.compile(
    rf"(?P<lead>[\s,;:–—-]*)(?:(?:[^“”\"\n.;]{{1,80}}?\s)?quot(?:ed|es)\s+{_SOURCE}\s+as\s+(?:saying|writing|having\s+"
    rf"(?:said|written))\b|(?P<owner>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){{0,3}})[’']s\s+"
    rf"(?:letter|statement|post|message|note)\s+(?:reads|read|says|said|states)\b)")
_RELAYED_BEFORE = re.compile(rf"\bquot(?:ed|es|ing)\s+{_SOURCE}\s+as\s+(?:saying|writing)\s*[,:]?\s*$")
#: How far after a quote its relaying clause may run.
_REACH = 200


def relayed_after(text: str, quote_end: int, para_end: int, inner_end: str, who: Callable[..., Who]):  # noqa: ANN201
    """“…,” X quoted Y as saying / “…,” Y's letter reads: Y, or no one (see the module's docstring)."""
    match = _RELAYED_AFTER.match(text, quote_end, min(para_end, quote_end + _REACH))
    if match is None or not (inner_end in ",…—-" or "," in match.group("lead")):
        return None
    return _relayed(match, who)


def relayed_before(text: str, window_start: int, quote_start: int, who: Callable[..., Who]):  # noqa: ANN201
    """X quoted Y as saying: “…” — Y."""
    match = _RELAYED_BEFORE.search(text, window_start, quote_start)
    return None if match is None else _relayed(match, who)


def _relayed(match: re.Match[str], who: Callable[..., Who]):  # noqa: ANN202
    if not match.groupdict().get("source"):
        return None, "quote:unnamed", 0.5, -1, -1  # "Y's letter reads": no one named as its speaker
    actor, a_s, a_e = who(match.start("source"), match.end("source"), "first")
    if actor is None:
        return None, "quote:unnamed", 0.5, -1, -1
    return actor, "quote:relayed", 0.85, a_s, a_e
