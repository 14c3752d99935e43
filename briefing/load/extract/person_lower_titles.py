"""Titles the word lists lack, read from the article itself (issue 10, people17).

A capitalised word right before a full name ("Kerr County Sheriff Jo Roe") is the person's title, not a given
name, where the same article writes the word in lower case as someone speaking ("the sheriff said", "the
county coroner told reporters"): a role is what speaks; a name's first word is never written so. Only a name of
two words or more after the word is cut ("Hurricane Melissa" stays a storm: one word after it), and a word that
is a given name of the gazetteer's people is never cut. The answer is a function of the article's text alone, so
an earlier load's kept introductions stay right.

A place or body right before a lower-case title and a name ("said Minneapolis police chief Jo Roe") qualifies the
title; it is no one speaking (`qualifies_a_title`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.name_words import TITLES, TOKEN

#: Speech after a lower-case role word: "the sheriff said", "the county coroner told", "the sheriff’s office said"
#: is not one (an office speaks, not the role).
_ROLE_SPEAKS = re.compile(r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,2}?(?P<word>[a-z]{4,})"
                          r"[ \u00a0]+(?:said|says|told|added|adds|noted|wrote|explained|stated|confirmed|announced|"
                          r"urged|warned|insisted|stressed|declared|replied|responded|recalled)\b")
#: Up to two lower-case words, a title and a capitalised word: the title of the name after it ("police chief Jo
#: Roe", "county sheriff Jo Roe", "police Chief Jo Roe").
_LOWER_TITLE_THEN_NAME = re.compile(rf"[ \u00a0]+(?:(?!(?:said|says|told|added|the|a|an|and|or|to|of|as)\b)[a-z]+[ \u00a0]+)"
                                    rf"{{0,2}}?(?i:{TITLES})[ \u00a0]+[A-Z]")


@lru_cache(maxsize=16)
def speaking_roles(text: str) -> frozenset[str]:
    """The lower-case words the text writes as a role someone speaks in ("the sheriff said": "sheriff")."""
    return frozenset(m.group("word") for m in _ROLE_SPEAKS.finditer(text))


def title_cut(run: str, name_start: int, words: tuple[str, ...], text: str,
              gazetteer: Gazetteer) -> tuple[int, tuple[str, ...]] | None:
    """Where the name starts in `run` (and its words) once a first word the article writes as a speaking role
    is cut off as a title, or None when the first word is no such title."""
    if len(words) < 3 or words[0].lower() not in speaking_roles(text) \
            or any(a.kind == "person" and a.name.split()[0] == words[0] for a in gazetteer.actors.values()):
        return None
    second = next(m for m in TOKEN.finditer(run, name_start) if m.start() > name_start)
    return second.start(), words[1:]


def qualifies_a_title(text: str, end: int, limit: int) -> bool:
    """Whether a lower-case title and a capitalised word follow text[:end] ("Minneapolis| police chief Jo …"):
    the run before is a place or body qualifying the title, no one speaking."""
    return _LOWER_TITLE_THEN_NAME.match(text, end, min(limit, end + 60)) is not None
