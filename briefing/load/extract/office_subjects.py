"""A country's word inside the name of an office that deals with that country ("the Polish Foreign Ministry's
North American Department", "the European Affairs Directorate", "the State Department's Russia desk"): the word
says what the office works on, not whose it is, so it places no one (person_roles.side_of skips it; the office's
own country, its possessor, still places: "the Polish Foreign Ministry's" is Poland's).

A department of a government named with its portfolio is the government's own ("the US State Department", "the
U.S. Department of Justice", "the Ukrainian Main Intelligence Directorate"): its country word is kept.
"""

from __future__ import annotations

import re

__all__ = ["names_an_office"]

#: Portfolio words: a country's word before them is the government's own ("US State Department").
_PORTFOLIO = (r"(?:State|Defen[cs]e|Justice|Treasury|Foreign|Homeland|Commerce|Energy|Interior|Agriculture|"
              r"Labou?r|Transportation|Education|Health|War|Security|Intelligence|Police|Immigration|Emergency|"
              r"Trade|Finance|Economic|Economy|Main|General|Federal|National|Central|Presidential)")
#: The head of an office's name, after the country's word and other capitalised words (no possessive between:
#: "the Russian General Staff's Main Directorate" is Russia's); in lower case, a desk or a department of one.
_HEAD = (r"(?:(?:Department|Directorate|Division|Desk|Bureau|Section)s?|Affairs|"
         r"desk|department|directorate|division|bureau|section)(?![\w’'-])")
_OFFICE_AFTER = re.compile(rf"(?:[ \u00a0-]+(?:and[ \u00a0]+)?(?!{_PORTFOLIO}(?![\w-]))[A-Z][\w-]*(?=[ \u00a0]))*?"
                           rf"[ \u00a0]+{_HEAD}")
#: "US Department of State", "Russian Bureau of …": the department named right after its country is its own.
_OWN_DEPARTMENT = re.compile(r"[ \u00a0]+(?:Department|Directorate|Division|Bureau|Section)[ \u00a0]+of\b")
#: A region's or a number's word before the country's: "North American", "Second European", "Latin American".
_REGION_BEFORE = re.compile(r"(?:North|South|East|West|Central|Eastern|Western|Northern|Southern|Latin|First|"
                            r"Second|Third|Fourth|Fifth|Sixth)[ \u00a0-]$")


def names_an_office(text: str, start: int, end: int) -> bool:
    """Whether the country word text[start:end] is part of the name of an office that deals with the country."""
    if _OFFICE_AFTER.match(text, end) is None:
        return False
    return _REGION_BEFORE.search(text, max(0, start - 9), start) is not None \
        or _OWN_DEPARTMENT.match(text, end) is None
