"""Who "the MP", "the Labour MP", "the senator" or "the lawmaker" is in one article, for quote attribution
(role_options.py): a seat many people hold at once, so the phrase names someone only when exactly one person of the
article is shown holding such a seat (by a title the gazetteer gives them, the words printed before their name
"Labour MP X", a post-nominal "X MP said", or an apposition "X, the MP who …"). A party before the noun ("the Labour
MP") must not disagree with a party those titles give them; a constituency or state ("the Spen Valley MP") must be
one of their titles' words. "The MP for Y" is left to no one (a seat the phrase itself narrows). Two or more, or no
one: no one (speaker unknown).
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["APPOSED", "MEMBER_ROLE", "member_holder", "unnamed_member_before"]

#: "the MP", "The Labour MP", "the Republican senator", "the Spen Valley MP"; never "the MP for …"/"of …".
MEMBER_ROLE = re.compile(r"\b[Tt]he[ \t]+(?P<qual>(?:[A-Z][\w’'-]*[ \t]+){1,2})?"
                         r"(?P<noun>MP|MEP|[Ss]enator|[Cc]ongress(?:wo)?man|[Ll]awmaker)(?![-\w])"
                         r"(?![ \t]+(?:of|for)\b)")
_SEATS = {
    "mp": r"(?i:\bmps?\b|\bmember of parliament\b)",
    "mep": r"(?i:\bmeps?\b|\bmember of the european parliament\b)",
    "senator": r"(?i:\bsenator\b)|\bSen\.",
    "congressman": r"(?i:\bcongress(?:wo)?man\b|\brepresentative\b)|\bRep\.",
}
_SEATS["congresswoman"] = _SEATS["congressman"]
_SEATS["lawmaker"] = "|".join((*_SEATS.values(), r"(?i:\blawmaker\b|\blegislator\b)"))
_SEAT_WORD = {noun: re.compile(word) for noun, word in _SEATS.items()}
#: A name's apposition before the phrase ("X, the MP who …, said"): the name is the subject, not the phrase.
APPOSED = re.compile(r"[\w.)][ \t]*,[ \t]*$")
#: The parties a qualifier may name; a holder's title naming another of them disagrees.
_PARTIES = ("labour", "conservative", "tory", "liberal democrat", "lib dem", "snp", "reform", "green", "plaid",
            "republican", "democratic", "democrat", "gop", "independent", "sinn féin", "dup")
_PARTY_IN = re.compile(rf"\b(?:{'|'.join(_PARTIES)})\b", re.IGNORECASE)
_SAME_PARTY = {"tory": "conservative", "democrat": "democratic", "gop": "republican", "lib dem": "liberal democrat"}


def _party(words: str) -> str:
    return _SAME_PARTY.get(words.lower(), words.lower())


def _fits(qual: str, titles: tuple[str, ...]) -> bool:
    """Whether the words before the noun fit the holder's titles: printed in one of them, or a party no title of
    theirs contradicts."""
    if not qual or any(qual.lower() in title.lower() for title in titles):
        return True
    if _PARTY_IN.fullmatch(qual) is None:
        return False  # a constituency or a state none of their titles names
    named = {_party(hit.group(0)) for title in titles for hit in _PARTY_IN.finditer(title)}
    return not named or named == {_party(qual)}


def member_holder(role: re.Match[str], present: frozenset[str], shown: dict[str, tuple[str, ...]]) -> str | None:
    """The one person of `present` whom `shown` (actor → every title, lead and apposition the article or the
    gazetteer gives them) shows holding the phrase's seat, its qualifier fitting; None for none or two."""
    seat = _SEAT_WORD[role.group("noun").lower()]
    members = [actor for actor in present if any(seat.search(title) for title in shown.get(actor, ()))]
    if len(members) != 1:
        return None
    qual = " ".join((role.group("qual") or "").split())
    return members[0] if _fits(qual, shown.get(members[0], ())) else None


#: How far before the phrase an unnamed member ("a Labour MP who …", "another senator") is looked for.
_UNNAMED_REACH = 600


def unnamed_member_before(text: str, role: re.Match[str]) -> bool:
    """Whether someone unnamed holding such a seat stands shortly before the phrase ("A Labour MP who … said …
    “…,” the MP added"): the phrase may be that one, not plainly the one member named."""
    return _unnamed(role.group("noun")).search(text, max(0, role.start() - _UNNAMED_REACH), role.start()) is not None


@lru_cache(maxsize=16)
def _unnamed(noun: str) -> re.Pattern[str]:
    """Someone unnamed holding the seat `noun` names: "A Labour MP", "another senator", "one lawmaker"."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother|[Oo]ne)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?{re.escape(noun)}(?![-\w])")
