"""Whom a verb of telling addresses ("he told the Ukrainian leader: “…”", "“…,” she assured the minister"): the
person spoken to is never the speaker, so a speaker read from a pronoun or a role that turns out to be that
person is no one's we can name (attribution.after and verb_speaker.verb_speaker ask `addressed`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Who

__all__ = ["addressed"]

#: The verbs of saying whose object is the person spoken to.
_TELLING = re.compile(r"(?:told|tells|tell|telling|assured|assures|assuring|reminded|reminds|reminding|urged|urges|"
                      r"urging|warned|warns|warning|informed|informs|thanked|thanks|thanking|asked|asks|asking|"
                      r"promised|promises|reassured|reassures)")
#: Its object right after it, up to a comma, colon, semicolon, "that", a quotation mark or a full stop.
_OBJECT = re.compile(r"[ \t]+(?P<obj>[^,;:.“”\"\n]{2,80}?)[ \t]*(?:[,;:.“\"]|\bthat\b|$)")


def addressed(text: str, verb_start: int, verb_end: int, stop: int, who: Callable[..., Who]) -> str | None:
    """The person the verb of telling text[verb_start:verb_end] addresses right after it (before `stop`), as
    `who` reads its object ("told the Ukrainian leader" → its holder); None for none, or another verb."""
    if not _TELLING.fullmatch(text, verb_start, verb_end):
        return None
    obj = _OBJECT.match(text, verb_end, stop)
    if obj is None:
        return None
    return who(obj.start("obj"), obj.end("obj"), "first")[0]
