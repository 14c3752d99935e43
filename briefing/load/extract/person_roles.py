"""What a person's role phrase says: where its qualifiers begin ("former top adviser"), whether the words
after "Name," describe that name (an apposition) or start the next item of a list, and which side the role
places its holder on (the sides' cue words, then the gazetteer's names; never a guess)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.load.extract.actors import STOP
from briefing.load.extract.bodies import names_a_body
from briefing.load.extract.countries import PARTIES
from briefing.load.extract.name_words import NOT_NAME, TITLES, is_title, transliteration_key
from briefing.load.extract.office_subjects import names_an_office
from briefing.load.sides import bundled_sides, side_cues
from briefing.model import OTHER, Actor

__all__ = ["SIDE_WORDS", "Placing", "apposed", "country_word", "house_abroad", "legislature_only", "legislature_side", "gazetteer_sides", "qualifiers_start", "side_of"]

_QUALIFIER_WORD = re.compile(r"[\w.’'-]+")

#: Words that name a side: nationalities, countries (and their possessives, stripped before lookup),
#: institutions: the cues of the bundled sides (data/sides.toml), cue → side id. A word here is never part of a
#: name. Who a person is placed with comes from the briefing's own sides (`find_people`'s `cues`), then from
#: what the gazetteer knows (actor names and aliases).
SIDE_WORDS: dict[str, str] = side_cues(bundled_sides())


@dataclass(frozen=True)
class Placing:
    """What places a person: the sides' cue words (cue → side id), then the gazetteer's names (→ side id)."""

    cues: dict[str, str]
    names: dict[str, str]


def gazetteer_sides(actors: list[Actor]) -> dict[str, str]:
    sides: dict[str, str] = {}
    for actor in actors:
        for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
            sides.setdefault(text, actor.side)
            if actor.kind == "person":
                sides.setdefault(text.split()[-1], actor.side)
                # ("Zelenskyy's prime minister": the surname as another transliteration writes it)
                sides.setdefault(_SPELT + transliteration_key(text.split()[-1]), actor.side)
    return sides


#: What marks a transliteration key among `Placing.names` (no name starts so).
_SPELT = "~"


_OTHER_NAME = re.compile(r"\b[A-Z][a-z]+[ \u00a0](?:[a-z]{2,3}-)?[A-Z][a-z]+")


_TITLE_IN_ROLE = re.compile(rf"(?i:\b(?:{TITLES}))(?!\w)")


#: A name right after a role's title, not a possessive ("President Ada Bello said", not "President Bello's envoy"):
#: the title is that name's, so the words after the comma start a clause about someone else.
_NAME_AFTER_TITLE = re.compile(r"[ \u00a0]+[A-Z][a-z]+(?:[ \u00a0][A-Z][a-z]+){0,2}(?![’'\w-])(?![ \u00a0]+[A-Z])")

#: Lower-case words an apposition may start with ("a former adviser", "the top diplomat", "head of …").
_APPOSITION_START = frozenset("a an the former ex then now also deputy senior chief top special acting longtime "
                              "veteran his her their its".split())


def apposed(role: str) -> bool:
    """Whether the words after "Name," describe that name, rather than start the next item of a list or a
    clause of its own ("…, meeting with …")."""
    first = role.split(maxsplit=1)[0] if role.strip() else ""
    if first[:1].islower() and first not in _APPOSITION_START and not is_title(first):
        return False
    title = None
    for title in _TITLE_IN_ROLE.finditer(role):
        pass  # the last title: the one the role is ("President X's envoy" is an envoy)
    if title is not None and not any(w[:1].islower() for w in role[:title.start()].split()) \
            and _NAME_AFTER_TITLE.match(role, title.end()):
        # "In Costa Rica, President Ada Bello said": the title opens another person's name (not after "adviser
        # to …": "X, adviser to Prime Minister Y," is X's role)
        return False
    before = role[:title.start()] if title else role
    # (a body's name is no other person's: "X, a Supreme Court judge," is the judge)
    return not any(not all(is_title(w) or w in SIDE_WORDS or w in STOP or w.lower() in _LOWER_QUALIFIERS
                           for w in m.group(0).split()) and m.group(0).split()[-1] not in NOT_NAME
                   for m in _OTHER_NAME.finditer(before))


def qualifiers_start(text: str, floor: int, title_end: int) -> int:
    """Where the qualifiers of a title begin: up to four words back, not across punctuation (a dash included:
    "three Republicans—Senators X, Y and Z" are senators, not "Republicans—Senators")."""
    position = title_end
    words = 0
    index = title_end
    while index > floor and words < 6:
        index -= 1
        if text[index] in ",.;:“”\"()\n—–" and not (text[index] == "." and index > floor and text[index - 1].isalpha()
                                                  and (text[index + 1:index + 2] != " " or _dotted_title(text, index))):
            break
        if text[index] == " " and index + 1 < title_end and not text[index + 1].isspace():
            word = text[index + 1:position].strip()
            if not word or not word[0].isalnum() or (
                    word[0].islower() and not is_title(word) and word not in _LOWER_QUALIFIERS) \
                    or (word[0].isdigit() and not _ORDINAL_OR_YEAR.fullmatch(word)):
                break  # (a count or a share is no qualifier: "compared to the 33% of President X")
            position = index + 1
            words += 1
    else:
        if index == floor and words < 6:
            word = text[floor:position].strip()
            if word and (word[0].isupper() or is_title(word) or word in _LOWER_QUALIFIERS):
                position = floor
    # "a diplomatic achievement for Venezuelan President X": a preposition is inside a title ("Secretary for
    # Political Affairs"), never its first word.
    while (lead := _LEADING_PREPOSITION.match(text, position, title_end)) is not None:
        position = lead.end()
    # "freed by the government of President X": the government is X's, not part of X's title.
    owned = _OWNED_BY.search(text, position, title_end)
    return owned.end() if owned is not None else position


def _dotted_title(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an abbreviated title ("Sen. X", "Amb. X"), not a sentence."""
    word = _WORD_BEFORE_DOT.search(text, max(0, dot - 6), dot + 1)
    return word is not None and is_title(word.group(0))


#: A number a title may carry: an ordinal ("the 47th President") or a year ("the 2024 Republican nominee").
_ORDINAL_OR_YEAR = re.compile(r"\d{1,3}(?:st|nd|rd|th)|(?:19|20)\d{2}")
_WORD_BEFORE_DOT = re.compile(r"(?<![\w.])[A-Z][a-z]{1,4}\.$")
_LEADING_PREPOSITION = re.compile(r"(?:for|of)[ \u00a0]+")
def role_start(text: str, start: int, end: int) -> int:
    """Where the title text[start:end] begins past a sentence's opening participle or article ("Addressing
    President X directly", "The Canal Authority Administrator X": no part of the title)."""
    while (lead := _LEADING_WORD.match(text, start, end)) is not None and not is_title(lead.group(1)) \
            and lead.end() < end:
        start = lead.end()
    if (address := _ADDRESS.match(text, start, end)) is not None and address.end() < end:
        start = address.end()  # "Dear Prime Minister X", "Mr Speaker X", "Madam President X": the address's words
    return start


_LEADING_WORD = re.compile(r"(The|A|An|Both|Either|Neither|[A-Z][a-z]{2,}ing|Asked|Meanwhile|However|Also|Then|Now|When|While|After|"
                           r"Before|As|But|And|So|Yet|Still|Even|Indeed|Later|Earlier|Today|Yesterday)[ \u00a0]+")
#: A greeting or an honorific before a title ("Dear Prime Minister", "Mr Speaker", "Madam President"): the
#: form of address, no part of the role.
_ADDRESS = re.compile(r"(?:Dear|Madam|Madame|Mister|Mr\.?|Mrs\.?|Ms\.?)[ \u00a0]+(?=[A-Z])")
_OWNED_BY = re.compile(r"\b(?:government|administration|regime|cabinet|camp|team|office|wife|husband|son|daughter|"
                       r"family|allies|supporters|critics)[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?")


_LOWER_QUALIFIERS = frozenset(
    "former top senior deputy special acting chief presidential foreign defense defence security national "
    "longtime interim then of the state first vice prime policy economic military intelligence energy trade "
    "press communications political lead main ministry government army navy naval military party opposition for "
    # a portfolio in lower case: "former German climate envoy"
    "climate health finance environment environmental education justice interior agriculture labour labor "
    "transport culture digital nuclear arms peace humanitarian migration refugee development democracy rights "
    "human civil student union "
    # when they hold it: "Ukraine's new prime minister is X", "the outgoing defence minister"
    "new next outgoing incoming "
    # which holder they are: "Japan's first female prime minister", "its youngest prime minister"
    "female woman male youngest oldest current caretaker elected sitting".split())


#: Titles of those who report or study rather than act: a country in them is a beat, not a side.
_OBSERVERS = re.compile(r"(?i:\b(?:correspondent|reporter|editor|analyst|expert|professor|prof\.|economist|fellow|"
                        r"researcher|journalist|columnist|commentator|historian|scholar|host|anchor|byline)\b)")


#: After its title, where a role stops saying whose it is: "U.S. ambassador to Russia" is American.
_ROLE_TAIL = re.compile(r"\b(?:to|in|under|with|at|for|on|from|between|against|who|which|that|after|before)\b")


#: Titles of the press: a positive finding that the person is no party to the talks (side OTHER).
_PRESS = re.compile(r"(?i:\b(?:correspondent|reporter|journalist|columnist|commentator|presenter|broadcaster|podcaster|"
                    r"host|anchor|byline|editor)\b)")


#: A member of a parliament ("Congress MP Shashi Tharoor", "Labour MEP"): the US legislature's cue words name
#: another country's party or house there, so they place no one.
_PARLIAMENTARIAN = re.compile(r"\b(?:MPs?|MEPs?|MLAs?)\b")
_LEGISLATURE_CUES = frozenset({"Congress", "Senate", "Republican", "Democratic", "Democrat"})


def side_of(role: str, sides: Placing) -> str | None:
    if _PRESS.search(role):
        return OTHER
    skip = _LEGISLATURE_CUES if _PARLIAMENTARIAN.search(role) else frozenset()
    if _OBSERVERS.search(role):
        return None
    if _STATE_DEPARTMENT_TITLE.search(role) and "State Department" in sides.cues and not _COUNTRY_IN.search(role):
        # "Deputy Assistant Secretary of State X": a title of the State Department alone, the side whose cue it is
        return sides.cues["State Department"]
    title = _TITLE_IN_ROLE.search(role)
    if title is not None:
        tail = _ROLE_TAIL.search(role, title.end())
        if tail is not None:
            role = role[:tail.start()]
    for found in reversed(list(_QUALIFIER_WORD.finditer(role))):
        word = re.sub(r"[’']s$", "", found.group(0))
        if word in skip or _named_body(role, word, found.start()) or names_a_body(role, found.start(), found.end()) \
                or names_an_office(role, found.start(), found.end()):
            # (a body named after a country, "the American Chamber of Commerce", is not its side: bodies.py; nor
            # is the country an office deals with, "the Foreign Ministry's North American Department")
            continue
        for key in (word, word.rstrip(".")):
            if key in sides.cues:
                return sides.cues[key]
            if key in sides.names:
                return sides.names[key]
        if found.group(0)[-2:] in ("’s", "'s") and word[:1].isupper() \
                and (spelt := sides.names.get(_SPELT + transliteration_key(word))) is not None:
            return spelt  # "Zelenskyy's prime minister": a person the gazetteer writes "Zelensky"
    for phrase, side in sides.cues.items():
        if " " in phrase and phrase in role:
            return side
    # A nationality or country no side claims ("Venezuelan President"): a finding, the person is on none of
    # the sides (OTHER), not unplaced.
    for raw in _QUALIFIER_WORD.findall(role):
        if re.sub(r"[’']s$", "", raw) in _COUNTRY_WORDS:
            return OTHER
    return None


#: Side cues that are a body's head noun ("Commission": the European one when bare). After another capital word
#: ("the Central Military Commission", "Federal Trade Commission") they name that word's body: the word before
#: decides ("European Commission" is Europe's by "European"), never the head noun.
_BODY_CUES = frozenset({"Commission"})
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w’'.-]*\s+$")


def _named_body(role: str, word: str, start: int) -> bool:
    return word in _BODY_CUES and _CAPITAL_BEFORE.search(role, max(0, start - 40), start) is not None


#: Titles only the US State Department gives ("Assistant Secretary of State", "Under Secretary of State for …";
#: not a British "Secretary of State for …" or "Parliamentary Under-Secretary of State", nor the Vatican's or a
#: bare "Secretary of State"), and a role that names some country beside it (it then says whose).
_STATE_DEPARTMENT_TITLE = re.compile(r"(?<!Parliamentary )\b(?:Assistant|Under|Deputy)[ \u00a0]+Secretary[ \u00a0]+"
                                     r"of[ \u00a0]+State\b")
_COUNTRY_IN = re.compile(r"[’']s\b|\b(?:British|UK|U\.K\.|Vatican|Holy See)\b")


def _country_words() -> frozenset[str]:
    """The one-word names and demonyms of countries.py's countries (not its armed groups or bodies)."""
    words = set()
    for row in PARTIES:
        party, _colon, names = row.partition(":")
        if party.strip() in _NOT_COUNTRIES:
            continue
        words.update(name.strip() for name in names.split("|") if name.strip() and " " not in name.strip())
    return frozenset(words)


_NOT_COUNTRIES = frozenset({"hezbollah", "hamas", "islamic_jihad", "houthis", "m23", "rsf", "united_nations",
                            "african_union", "iaea"})
_COUNTRY_WORDS = _country_words()


def country_word(word: str) -> bool:
    """Whether `word` is the one-word name or demonym of a country in countries.py (any side's or none's)."""
    return word in _COUNTRY_WORDS


def legislature_side(role: str, side: str | None, sides: Placing, text: str, start: int, end: int) -> str | None:
    """The side of a role whose legislature cue word ("Congress chief", "Senate leader") may be another
    country's house or party: the side the rest of the role gives ("Peru's Congress chief": other), else none
    where the sentence names a country no side claims ("Peru's legislature swore in Congress chief X"), else
    `side`. `start`/`end` bound the role and name in `text`."""
    if side is None or not _LEGISLATURE_CUES.intersection(sides.cues) or not _LEGISLATURE_WORD.search(role):
        return side
    if _FOREIGN_PARTY.search(role):
        # "Liberal Democratic Party President X" (Japan's), "Republican People's Party leader X" (Turkey's): another
        # country's party, no cue; the rest of the role places, or no one does
        return side_of(_FOREIGN_PARTY.sub(" ", role), sides)
    rest = side_of(_LEGISLATURE_WORD.sub(" ", role), sides)
    if rest is not None:
        return rest
    floor, ceiling = max(0, start - _SENTENCE_REACH), min(len(text), end + _SENTENCE_REACH)
    begin = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor)
    finish = [at for stop in (". ", "\n") if (at := text.find(stop, end, ceiling)) >= 0]
    sentence = text[begin:min(finish, default=ceiling)]
    foreign = any((word := re.sub(r"[’']s$", "", raw)) in _COUNTRY_WORDS and word not in sides.cues
                  and word not in SIDE_WORDS for raw in _QUALIFIER_WORD.findall(sentence))
    return None if foreign or house_abroad((text,), side, sides) else side


def legislature_only(role: str, sides: Placing) -> bool:
    """Whether a legislature's cue word is all that places `role` ("Senate President", not "U.S. Senate
    leader")."""
    return _LEGISLATURE_WORD.search(role) is not None and side_of(_LEGISLATURE_WORD.sub(" ", role), sides) is None


def house_abroad(texts: Sequence[str], side: str, sides: Placing) -> bool:
    """Whether articles name countries no side claims more often than they name `side` by any cue but a
    legislature's ("MANILA, Philippines — Senate President X …", and nothing American): their Senate or
    Congress is that country's, and the cue places no one. One pass over each text."""
    foreign = own = 0
    for raw in (raw for text in texts for raw in _QUALIFIER_WORD.findall(text)):
        word = re.sub(r"[’']s$", "", raw).rstrip(".") or raw
        if word in _LEGISLATURE_CUES:
            continue
        if sides.cues.get(word, sides.cues.get(raw)) == side:
            own += 1
        elif word in _COUNTRY_WORDS and word not in sides.cues and word not in SIDE_WORDS:
            foreign += 1
    own += sum(text.count(cue) for text in texts for cue, its in sides.cues.items() if its == side and " " in cue)
    return foreign > own


#: Parties and states of other countries named with a legislature's cue word.
_FOREIGN_PARTY = re.compile(r"\b(?:(?:Liberal|Social|Christian|Free|National|New|Progressive|Popular|Radical|Civic|"
                            r"Constitutional|Islamic|Agrarian)[ \u00a0-]+Democrat(?:ic|s)?|Democratic[ \u00a0]+(?:Republic|"
                            r"Unionist|Alliance|Union|Front|Forces|Movement|Progressive|Labour|Left)|"
                            r"Republican[ \u00a0]+(?:People[’']s|Guard|Left|Party[ \u00a0]+of))\b")
_LEGISLATURE_WORD = re.compile(r"\b(?:" + "|".join(sorted(_LEGISLATURE_CUES)) + r")\b")
#: How far a sentence is read either side of a role (a bound: the search stays linear in the text).
_SENTENCE_REACH = 300
