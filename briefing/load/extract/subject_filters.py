"""Whether a name `who` (speakers.py) found in a stretch before or after a speech verb cannot be the verb's subject:
a possessive ("Trump's envoy said"), a name used as a modifier ("Trump envoy says"), a name inside an inserted
clause (", who sits in X's cabinet,"), a preposition's object ("After talks with Putin, Trump said"), whom an
unnamed person speaks for ("an aide to X"), a silent actor (a country, a place), or the maker or owner of a thing
that speaks ("a plan released by X stated", "a statement from the office of X said"), or a family name opening
another person's full name ("Kim Kwang-ma" for the article's "Kim"), or a place's second part (", from
Haddonfield, New Jersey, said"). Split from speakers.py.
"""

from __future__ import annotations

import re

from briefing.load.extract.quote_frames import DASH_ASIDE
from briefing.load.extract.name_words import TITLES
from briefing.load.extract.possessives import possessive_after
from briefing.load.extract.speaker_patterns import (
    AFTER_PREPOSITION,
    APPOSED_OBJECT,
    INSERTED_CLAUSE,
    INSERTED_PARTICIPLE,
    NAME_AS_ADJUNCT,
    PREPOSITION_REACH,
    UNNAMED_FOR,
)

__all__ = ["THING_AGENT", "TITLED_NAME_AFTER", "inserted_spans", "not_a_subject", "place_tail"]

#: Nouns of a person's own words: "a statement released by X", "a letter from X" are X's (unless an office's).
_AUTHORED = frozenset({"statement", "statements", "letter", "message", "post", "posts", "tweet", "video", "speech",
                       "remarks", "comments", "interview", "op-ed", "article", "column", "note", "email", "address",
                       "readout", "words", "book", "memoir", "essay", "appeal", "reply", "response"})
#: Nouns of a role whose holder the name after them may be: "the leader of the X Party Y said" (Y leads it).
_ROLE_HEADS = frozenset({"leader", "head", "president", "chairman", "chairwoman", "chair", "chief", "secretary",
                         "minister", "director", "commander", "mayor", "governor", "speaker", "founder", "premier",
                         "chancellor", "ambassador", "envoy", "king", "queen", "prince", "emir"})
#: A thing whose maker or owner is named inside its phrase, the last thing before the name: a determiner, a
#: phrase headed by a lower-case noun, perhaps a participle of making, then "by", "of" or "from" (perhaps "the
#: office of", "the administration of") and titles: "a plan released by the administration of President X", "the
#: report commissioned by X", "a statement from the office of X"; a second name joined by "and" is the thing's too.
#: The name is the thing's, not a verb's subject.
THING_AGENT = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]nother)\s+(?:[\w’'.-]+\s+){0,3}?"
    r"(?P<head>[a-z][\w’'-]*)\s+(?:(?:[a-z]+ed|written|drawn\s+up|put\s+forward|sent|signed|set\s+out)\s+)?"
    r"(?:by|of|from)\s+(?:the\s+)?(?P<body>(?:office|administration|government|team|cabinet|ministry|campaign|"
    r"party|staff|camp|aides|allies|family|lawyers)\s+(?:of|for)\s+(?:the\s+)?)?"
    rf"(?:(?:[A-Z][\w.’'-]*|(?i:{TITLES})|and|&)\s+){{0,8}}$")
#: Right after a one-word name, a hyphenated given name: the word is a family name opening someone else's full
#: name ("Kim Kwang-ma, 81, said" is not the Kim the article knows as "Kim" for Kim Moon-soo).
_GIVEN_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+-[a-z]+\b")
#: Right after a name, a title and another name: the name is a qualifier of that person's title ("Trump Secretary
#: Jane Holloway", "Harris County Judge X", "Northfield President Y"), not the subject; the name after the title is.
TITLED_NAME_AFTER = re.compile(rf"[ \t]+(?:(?:County|City|State)[ \t]+)?(?:(?i:{TITLES})[ \t]+){{1,3}}"
                               r"(?:[A-Z]\.[ \t]*)?[A-Z][a-z’'-]+")
#: A place's second part: the name closes "City, State" inside an apposition of origin that opens with a comma
#: and "from" and closes with a comma ("X, from Haddonfield, New Jersey, said"): the name is where X is from.
_PLACE_TAIL_BEFORE = re.compile(r",[ \t]+from[ \t]+(?:[A-Z][\w’'.-]*[ \t]+){0,2}[A-Z][\w’'.-]*,[ \t]*$")
#: How far before a name the "from City," of _PLACE_TAIL_BEFORE is looked for.
_PLACE_REACH = 50
#: How far before a name the thing's phrase is looked for.
_THING_REACH = 120


def thing_agent(text: str, start: int, name_start: int) -> bool:
    """Whether the name at `name_start` is the maker or owner of a thing named just before it (THING_AGENT),
    other than a person's own words made by that person ("a statement released by X" stays X's)."""
    match = THING_AGENT.search(text, max(start, name_start - _THING_REACH), name_start)
    return match is not None and (match.group("body") is not None
                                  or match.group("head") not in _AUTHORED | _ROLE_HEADS)


def place_tail(text: str, start: int, name_start: int, name_end: int) -> bool:
    """Whether the name at `name_start` is a place's second part in ", from City, State," (_PLACE_TAIL_BEFORE)."""
    return (text[name_end:name_end + 1] == ","
            and _PLACE_TAIL_BEFORE.search(text, max(start, name_start - _PLACE_REACH), name_start) is not None)


def inserted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The inserted clauses of text[start:end]: ", who …,", ", during X's visit,", ", speaking on …,"."""
    return [(m.start(), m.end()) for pattern in (INSERTED_CLAUSE, APPOSED_OBJECT, INSERTED_PARTICIPLE, DASH_ASIDE)
            for m in pattern.finditer(text, start, end)]


def not_a_subject(text: str, start: int, option: tuple[int, int, str | None], inserted: list[tuple[int, int]],
                  silent: frozenset[str]) -> bool:
    """Whether the name `option` (start, end, actor) found in text[start:…] is not the subject of a verb there."""
    o_start, o_end, actor = option
    return (possessive_after(text, o_end) or NAME_AS_ADJUNCT.match(text, o_end) is not None
            or TITLED_NAME_AFTER.match(text, o_end) is not None
            or any(a <= o_start < b for a, b in inserted) or actor in silent
            or AFTER_PREPOSITION.search(text, max(start, o_start - PREPOSITION_REACH), o_start) is not None
            or UNNAMED_FOR.search(text, max(start, o_start - 120), o_start) is not None
            or thing_agent(text, start, o_start) or place_tail(text, start, o_start, o_end)
            or (_GIVEN_NAME_AFTER.match(text, o_end) is not None and " " not in text[o_start:o_end]))
