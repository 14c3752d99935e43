"""A nationality noun as a speech verb's subject: "“…,” said the Pole", "the Belgian added" (role_options.py).

It names the one person of the article the text gives that nationality ("Iga Swiatek of Poland", "Poland's Iga
Swiatek", "Polish star Iga Swiatek", "Iga Swiatek (Poland)"); with none or two, or with a "fellow Pole" (someone
unmarked shares it), no one, so the quote stays "speaker unknown" as before. Only right beside a speech verb ("said the Pole", "the Pole
said"): elsewhere ("after beating the American") the noun is no subject. The marks are found in one pass over the
text a nationality noun beside a speech verb asks for.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["CAPS", "NATIONAL_NOUN", "beside_verb", "marked_people", "national_holder", "nationals"]

#: noun → (adjective, countries as printed): the nationality nouns a sports or politics page uses for a person.
_NATIONALITIES: dict[str, tuple[str, str]] = {
    "Pole": ("Polish", "Poland"), "Belgian": ("Belgian", "Belgium"), "Spaniard": ("Spanish", "Spain"),
    "Briton": ("British", "Britain|Great Britain|the United Kingdom|the UK"),
    "American": ("American", "the United States|the US|the U\\.S\\.|the USA|America"),
    "German": ("German", "Germany"), "Frenchman": ("French", "France"), "Frenchwoman": ("French", "France"),
    "Italian": ("Italian", "Italy"), "Dutchman": ("Dutch", "the Netherlands"), "Dutchwoman": ("Dutch", "the Netherlands"),
    "Dane": ("Danish", "Denmark"), "Swede": ("Swedish", "Sweden"), "Finn": ("Finnish", "Finland"),
    "Norwegian": ("Norwegian", "Norway"), "Czech": ("Czech", "the Czech Republic|Czechia"),
    "Russian": ("Russian", "Russia"), "Ukrainian": ("Ukrainian", "Ukraine"), "Australian": ("Australian", "Australia"),
    "Canadian": ("Canadian", "Canada"), "Serb": ("Serbian", "Serbia"), "Croat": ("Croatian", "Croatia"),
    "Greek": ("Greek", "Greece"), "Argentine": ("Argentine", "Argentina"), "Brazilian": ("Brazilian", "Brazil"),
    "Austrian": ("Austrian", "Austria"), "Hungarian": ("Hungarian", "Hungary"), "Romanian": ("Romanian", "Romania"),
    "Kazakh": ("Kazakh", "Kazakhstan"), "Belarusian": ("Belarusian", "Belarus"), "Japanese": ("Japanese", "Japan"),
    "Chinese": ("Chinese", "China"), "Portuguese": ("Portuguese", "Portugal"), "Mexican": ("Mexican", "Mexico"),
    "Irishman": ("Irish", "Ireland"), "Irishwoman": ("Irish", "Ireland"), "Scot": ("Scottish", "Scotland"),
    "Swiss": ("Swiss", "Switzerland"), "Slovak": ("Slovak", "Slovakia"), "Bulgarian": ("Bulgarian", "Bulgaria"),
    "Kenyan": ("Kenyan", "Kenya"), "Turk": ("Turkish", "Turkey|Türkiye"), "Chilean": ("Chilean", "Chile"),
    "Slovenian": ("Slovenian", "Slovenia"), "Colombian": ("Colombian", "Colombia"),
}
_NOUNS = "|".join(sorted(_NATIONALITIES, key=len, reverse=True))
#: "the Pole", "the young Belgian", "the 24-year-old Spaniard": a nationality noun after "the".
NATIONAL_NOUN = re.compile(rf"\b[Tt]he[ \t]+(?:(?:\d{{1,3}}-year-old|young|veteran|experienced)[ \t]+)?"
                           rf"(?P<noun>{_NOUNS})(?![\w’'-])"
                           # the noun as a head ("said the Pole after …"), not a modifier ("the German government")
                           rf"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:after|as|before|when|while|in|at|on|with|to|during|"
                           rf"following|later|then|[a-z]+ly)\b)")
_VERBS = (r"said|says|added|adds|explained|admitted|insisted|continued|remarked|noted|joked|laughed|"
          r"told[ \t]+[\w ]{1,30}?|went[ \t]+on|replied|reflected|conceded|smiled")
#: Right before the noun: the speech verb it follows ("“…,” said the Pole").
_VERB_BEFORE = re.compile(rf"\b(?:{_VERBS})[ \t]+$")
#: Right after it: the speech verb it is the subject of ("the Pole said", "the Pole later added").
_VERB_AFTER = re.compile(rf"[ \t]+(?:[a-z]+ly[ \t]+|later[ \t]+|then[ \t]+)?(?:said|says|added|adds|explained|"
                         rf"admitted|insisted|continued|remarked|noted|joked|told|went[ \t]+on|replied|conceded)\b")


#: A run of capitalised words (a name, perhaps after a title): "Iga Swiatek", "Prime Minister Donald Tusk"; it
#: begins where a word begins (tried inside a long word of capitals too, each try ran to the word's end: quadratic).
CAPS = r"(?<![\w’'.-])(?:[A-Z][\w’'.-]*[ \t]+){0,4}[A-Z][\w’'-]*"


def _marks(noun: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A name the text gives the nationality of `noun`: after the words that give it ("Polish star ", "Poland's ",
    "the Pole ") or before them ("of Poland", "from Poland", "(Poland)")."""
    adjective, countries = _NATIONALITIES[noun]
    before = re.compile(rf"\b(?:the[ \t]+{noun}|{adjective}|(?:{countries})[’']s)(?:[ \t]+[a-z][\w-]*){{0,3}}[ \t]+"
                        rf"(?P<name>{CAPS})")
    after = re.compile(rf"(?P<name>{CAPS})[ \t]*(?:,[ \t]*)?(?:(?:of|from)[ \t]+(?:{countries})\b|\((?:{countries})\))")
    return before, after


def nationals(text: str, mentions: list[MentionAt], noun: str) -> frozenset[str] | None:
    """The people of the article the text gives the nationality of `noun`; None when it gives it to a name of two
    words or more that is no one we know ("Magda Linette of Poland" with Linette unknown): that one may be meant."""
    return marked_people(text, mentions, _marks(noun))


def marked_people(text: str, mentions: list[MentionAt], marks: tuple[re.Pattern[str], ...]) -> frozenset[str] | None:
    """The people whose name is a `marks` match's group "name" (one pass each); None when a mark's name of two
    words or more is no one we know."""
    people: set[str] = set()
    starts = [m.start for m in mentions]
    for mark in (hit for pattern in marks for hit in pattern.finditer(text)):
        lo, hi = mark.span("name")
        at = bisect.bisect_left(starts, lo)
        named = {m.actor for m in mentions[at:bisect.bisect_left(starts, hi)] if m.person and not m.quoted}
        if named:
            people |= named
        elif len(mark.group("name").split()) >= 2:
            return None
    return frozenset(people)


def beside_verb(text: str, role: re.Match[str]) -> bool:
    """Whether a subject phrase stands right after a speech verb ("said the Pole") or right before one."""
    return bool(_VERB_BEFORE.search(text, max(0, role.start() - 40), role.start()) or _VERB_AFTER.match(text, role.end()))


def national_holder(text: str, mentions: list[MentionAt], role: re.Match[str],
                    cache: dict[str, frozenset[str] | None]) -> tuple[bool, str | None]:
    """Whether the nationality noun stands beside a speech verb as its subject, and if so its one person (None:
    the article gives no one, or two, that nationality). `cache`: the article's people by noun (one pass a noun)."""
    if not beside_verb(text, role):
        return False, None
    noun = role.group("noun")
    if re.search(rf"\bfellow[ \t]+{noun}s?\b", text):
        return True, None  # "beat fellow Pole X": another of that nationality, unmarked, stands beside the one
    people = cache[noun] if noun in cache else cache.setdefault(noun, nationals(text, mentions, noun))
    return True, (next(iter(people)) if people is not None and len(people) == 1 else None)
