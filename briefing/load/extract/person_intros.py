"""Where a stretch of usable text introduces a person (people.py's formulas, per run of capitalised words).

For each run: where the name is in it (`_name_in`: a name split by a bracket, cut off by the page's end, a
knight's given name, a family name's particles before the run, a regnal number, a pope's or king's title, a
month that is a given name), then which formula introduces it (`_formula`: a title before, a title and a
comma, kin or a nationality, an apposition, the office it is given (person_offices.py), a speech verb, a
regnal number), and where none does, what the
run may still say about a name without a formula (`_note_untitled`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.name_words import RUN, TOKEN, a_people, family_first
from briefing.load.extract.person_formulas import (
    AGE_AFTER,
    AGE_BEFORE,
    AGE_BRACKET,
    APPOSITION,
    BRACKET_APPOSITION,
    COPULA_TITLE_BEFORE,
    CROWNED_BEFORE,
    KIN_APPOSITION,
    KIN_BEFORE,
    KIN_COMMA_BEFORE,
    KNIGHTED_BEFORE,
    LIST_ITEM_END,
    MONTH_BEFORE,
    NICKNAME_AFTER,
    nickname_before,
    NATIONAL_BEFORE,
    NUMBERED_THINGS,
    ONE_OF_APPOSITION,
    PARTICLES_BEFORE,
    REGNAL,
    RESPECTIVELY,
    SENTENCE_START,
    SUCH_AS,
    TITLE_BEFORE,
    TITLE_COMMA_BEFORE,
    TITLE_FOR,
    UNCLOSED_APPOSITION,
    VERB_AFTER,
    VERB_BEFORE,
    WINDOW,
    object_then_source,
    plural_pair,
    seat_words,
)
from briefing.load.extract.person_asides import aside_introduction, title_to_before
from briefing.load.extract.person_delegations import with_delegation
from briefing.load.extract.person_groups import Introduction
from briefing.load.extract.person_nicknames import OPEN_NICK_BEFORE, nicknamed
from briefing.load.extract.person_lower_titles import qualifies_a_title, title_cut
from briefing.load.extract.person_offices import office_after, office_before
from briefing.load.extract.person_office_places import office_place_cut
from briefing.load.extract.person_roles import Placing, apposed, qualifiers_start, role_start, side_of
from briefing.load.extract.person_tags import with_party_tag
from briefing.load.extract.person_shapes import (
    PORTFOLIO_ONLY,
    TITLED,
    Shape,
    can_be_name,
    country_given_name,
    known,
    place_surname_name,
    run_shape,
)
from briefing.load.extract.person_speaking import not_the_speaker
from briefing.model import Source

__all__ = ["Untitled", "piece_introductions"]

#: A closing bracket right after a name and a capitalised word after it: the editor's bracket split the name.
_SPLIT_BY_BRACKET = re.compile(r"[)\]][ \u00a0]?[A-Z]")
#: After a surname alone, what a person does: a possessive, "himself", a verb in the past tense or a speech verb
#: ("Rowan residents" is a place's: a plural noun says nothing).
_PERSON_AFTER = re.compile(r"[’']s\b|[ \u00a0]+(?:himself|herself|[a-z]{2,}ed|said|says|told|tells|wrote|writes|"
                           r"spoke|speaks|made|took|gave|met|left|went|came|became|held|sent|won|lost|led|thinks|"
                           r"thought|knew|knows|would|will|has|had|was|is)\b|"
                           # "Rana, a key figure in the attacks, is …", "Rana, who …": an apposition about a person
                           r",[ \u00a0]+(?:a|an|who|whose)[ \u00a0]")
_THE_BEFORE = re.compile(r"(?i:\bthe)[ \u00a0]$")
#: A ship's or a storm's kind before a run of capitals ("the frigate Admiral Makarov", "the tanker Eagle S",
#: "storm Darragh"): the run names the ship or the storm, after whomever it is named, not a person of the story.
_THING_BEFORE = re.compile(r"\b(?:(?:war|cargo |container |flag|research )?ship|vessel|frigate|destroyer|cruiser|"
                           r"(?:aircraft |helicopter )?carrier|(?:oil |gas )?tanker|submarine|corvette|icebreaker|"
                           r"freighter|yacht|ferry|liner|trawler|tugboat|landing craft|"
                           # (not "after the storm Jo Roe said": a storm's name has no article)
                           r"(?<![Tt]he )(?:storm|hurricane|typhoon|cyclone))[ \u00a0]+$")
#: A body's kind right after a name: "… Somos Perú party", "… Fidesz government" (the run names the body).
_BODY_AFTER = re.compile(r"[ \u00a0]+(?:party|movement|coalition|bloc|alliance|faction|government|administration|"
                         r"regime|newspaper|channel|network|brigade|militia|collective|union)\b")
_UNSEEN = object()
#: A preposition of places right before a run: what follows is a place's name ("Mayor of Greater London").
_PLACE_BEFORE = re.compile(r"\b(?:of|for|in|to|from|at|near)[ \u00a0]+$")


@dataclass
class Untitled:
    """Of one article: the names of two or three words given with no formula (name → places), and the single
    capitalised words followed by a verb or a possessive ("Johnson himself", "Johnson's")."""

    names: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    lone: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class _Piece:
    """The stretch of usable text read, text[start:end], and the source it is in."""

    file: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Name:
    """Where the name is in its run: text[start:end], its words, the run's title cut (0: none) and whether a
    regnal number ends it."""

    start: int
    end: int
    words: tuple[str, ...]
    cut: int
    numbered: bool


def piece_introductions(source: Source, start: int, end: int, gazetteer: Gazetteer,  # noqa: PLR0913
                        sides: Placing, shapes: dict[str, Shape],
                        bare: dict[tuple[str, ...], list[tuple[int, int]]], untitled: Untitled) -> list[Introduction]:
    """The introductions in text[start:end]; a name of a family name first and a given name ("Xi Jinping")
    with no formula is put in `bare` (people.introductions_in makes it a person when the text gives it twice)."""
    piece = _Piece(source.file, source.text, start, end)
    found = []
    for run in RUN.finditer(source.text, start, end):
        shape = shapes.get(run.group(0), _UNSEEN)
        if shape is _UNSEEN:
            shape = shapes[run.group(0)] = run_shape(run.group(0), gazetteer, sides.cues)
        if (shape is None or len(shape[3]) == 1) \
                and (given_country := country_given_name(run.group(0), gazetteer, sides.cues)) is not None \
                and TITLE_BEFORE.search(source.text, max(start, run.start() - 40), run.start()):
            # "party president Jordan Bardella": a country that is a given name, right after a title (not after
            # "said": "said Israel Radio" is an outlet); the cheap test first, the title's long alternation after
            shape = given_country
        if shape is not None and (placed := office_place_cut(source.text, start, run.start(), run.group(0), shape)):
            shape = placed  # "Mayor of Vellport Jana Kostrić": the place opens no name (person_office_places.py)
        # "Prime Minister Luís Montenegro": a place as a surname, only where a formula introduces the name
        # (not a place's own name after "of", "for", "in": "the Mayor of Greater London", "Rabbi of Paris")
        # ("Minister of Finance Sinisa Mali": a title's word in the run before the name is no place's either)
        formula_only = False
        if shape is None and (surname_place := place_surname_name(run.group(0), gazetteer, sides.cues)) is not None \
                and (surname_place[0] > 0 or not _PLACE_BEFORE.search(source.text, max(start, run.start() - 6), run.start())):
            shape, formula_only = surname_place, True
        if shape is None or _THING_BEFORE.search(source.text, max(start, run.start() - 24), run.start()):
            continue  # ("the frigate Admiral Makarov", "after storm Darragh": a ship's or a storm's name)
        name = _name_in(piece, run, shape, gazetteer)
        if name is None:
            continue
        # ("X Y, who …, said", "Bruno, a bearded man …,": person_asides.py)
        intro = _to_country(piece, run, name, sides) or _formula(piece, run, name, sides) or (
            None if name.cut or name.end != run.end()
            else aside_introduction(piece.file, source.text, (name.start, name.end, name.words), end))
        if intro is _NOT_THE_SPEAKER:
            continue
        if intro is not None and shape[0] != TITLED and (cut := _lower_title_cut(piece, run, shape, gazetteer)):
            name, intro = cut, _formula(piece, run, cut, sides)  # "Kerr County Sheriff Jo Roe said": "Jo Roe"
        intro = with_party_tag(intro, piece.text, (name.start, name.end, name.words), end, piece.file, sides)
        intro = with_delegation(intro, piece.text, (name.start, name.end, name.words), (start, end), piece.file,
                                sides)  # "the Russian delegation was headed by X", "X, who led the U.S. team"
        if intro is not None:
            found.append(intro)
        elif not formula_only:
            _note_untitled(piece, run, name, bare, untitled)
    return found


def _lower_title_cut(piece: _Piece, run: re.Match[str], shape: Shape, gazetteer: Gazetteer) -> _Name | None:
    """The name of an introduced run once its first word, a title the lists lack that the article writes as a
    speaking role ("Sheriff" where "the sheriff said"), is cut off as its title; None where there is none. Only a
    run a formula introduces already: the cut corrects a name, it introduces no one ("Operation X Y")."""
    cut = title_cut(run.group(0), shape[1], shape[3], piece.text, gazetteer)
    if cut is None or known(cut[1], gazetteer):
        return None
    return _name_in(piece, run, (TITLED, cut[0], shape[2], cut[1]), gazetteer)


def _name_in(piece: _Piece, run: re.Match[str], shape: Shape, gazetteer: Gazetteer) -> _Name | None:
    """Where the name of `run` is, or None where the run introduces no one."""
    text, start, end = piece.text, piece.start, piece.end
    cut, name_start, name_end, words = shape
    n_start, n_end = run.start() + name_start, run.start() + name_end
    if _SPLIT_BY_BRACKET.match(text, n_end):
        return None  # "(U.S. President-elect Donald) Trump": the name goes on after the bracket
    if n_end == end and not text[n_end:].strip():
        return None  # "… meets with French President Emmanuel Macr": a page cut off inside the name
    if len(words) == 1 and KNIGHTED_BEFORE.search(text, max(start, n_start - 6), n_start):
        return None  # "Sir Keir": a given name alone introduces no one (actors.py reads it as the known one)
    if cut == PORTFOLIO_ONLY and not TITLE_FOR.search(text, max(start, run.start() - 40), run.start()):
        cut = 0  # "Trade Deal Delayed": a portfolio word with no title is no title
    if not cut and (particles := PARTICLES_BEFORE.search(text, max(start, n_start - 12), n_start)):
        # "… von der Leyen said": the run began after the particles of the family name.
        n_start = particles.start()
        words = tuple(TOKEN.findall(text, n_start, n_end))
        if known(words, gazetteer):
            return None
    if n_end == run.end() and NICKNAME_AFTER.match(text, n_end, end):
        return None  # "Maria “Masha” Ivanova": the given name alone is half the name (the surname's run has it)
    if n_start <= run.start() and (nick := nickname_before(text, max(start, n_start - 60), n_start)) \
            and not cut and can_be_name(given := tuple(TOKEN.findall(nick.group("given"))), {}) \
            and not known(given, gazetteer):
        n_start, words = nick.start("given"), (*given, *words)  # the span keeps the nickname: it reads back
    if n_start == run.start() and len(words) >= 2 and not cut \
            and (nick := OPEN_NICK_BEFORE.search(text, max(start, n_start - 30), n_start)) \
            and can_be_name(given := (nick.group("given"),), {}) and not known(given, gazetteer):
        # "Sean “Diddy Combs" (a copy that lost the nickname's closing mark): the nickname opens the run, the
        # given name is before the mark; the name is "Sean Combs", never "Diddy Combs"
        n_start, words = nick.start("given"), (*given, *words[1:])
    numbered = n_end == run.end() and (regnal := REGNAL.match(text, n_end, end)) is not None
    if numbered:
        n_end, words = regnal.end(), (*words, regnal.group("number"))  # "King Haakon VII": not "Haakon"
    elif cut and len(words) == 1 and (crowned := CROWNED_BEFORE.search(text, max(start, n_start - 9), n_start)):
        n_start, words = crowned.start(), (crowned.group(1), *words)  # "Pope Francis": one name, his own
    elif len(words) == 1 and (month := MONTH_BEFORE.search(text, max(start, n_start - 7), n_start)) \
            and month.start() >= run.start() and _titled(text, start, end, run.start(), month.start(), n_end, cut):
        n_start, words = month.start(), (month.group(1), *words)  # "May Golan", "To Binh": not "Golan"
    return _Name(n_start, n_end, words, cut, numbered)


#: An initialism right before a title: "U.S. ", "U.K. ".
_INITIALISM_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}[ \u00a0]$")


def _to_country(piece: _Piece, run: re.Match[str], name: _Name, sides: Placing) -> Introduction | None:
    """"U.S. Ambassador to Russia X": a title whose "to" phrase is the run's first words, before the name; the
    side is the title's own (its words before "to")."""
    text = piece.text
    title = None if name.cut else title_to_before(text, max(piece.start, run.start() - WINDOW), run.start(),
                                                   name.start)
    if title is None:
        return None
    floor = max(piece.start, run.start() - WINDOW)
    # ("U.S. Ambassador": an initialism's full stops end no sentence; the title's qualifiers go on before it)
    dotted = _INITIALISM_BEFORE.search(text, max(floor, title.start("title") - 12), title.start("title"))
    begin = role_start(text, qualifiers_start(text, floor, dotted.start() if dotted else title.end("title")),
                       title.end("title"))
    role = text[begin:name.start].strip()
    return Introduction(piece.file, name.start, name.end, name.words, "person:title", role, begin,
                        begin + len(role), side_of(text[begin:title.end("title")], sides))


#: `_formula`'s answer for a name beside a speech verb that is no one speaking there.
_NOT_THE_SPEAKER = Introduction("", -1, -1, (), "", "", -1, -1, None)


def _formula(piece: _Piece, run: re.Match[str], name: _Name, sides: Placing) -> Introduction | None:
    """The introduction the text gives the name by a formula, or None (or _NOT_THE_SPEAKER)."""
    text, start, end, file = piece.text, piece.start, piece.end, piece.file
    n_start, n_end, words = name.start, name.end, name.words
    window_start = max(start, run.start() - WINDOW)
    if n_end == run.end() and _BODY_AFTER.match(text, n_end, end):
        return None  # "the conservative Somos Perú party": the name of a party, not a person's

    def titled(begin: int, role_end: int, rule: str = "person:title") -> Introduction:
        begin = role_start(text, begin, role_end)
        role = text[begin:role_end].strip()
        # (an acronym alone as the title places no one: "NSA Ajit Doval" is India's adviser, not the US agency's)
        side = None if role.isupper() and " " not in role else side_of(role, sides)
        return Introduction(file, n_start, n_end, words, rule, role, begin, begin + len(role), side)

    if name.cut or TITLE_BEFORE.search(text, window_start, n_start):
        return titled(qualifiers_start(text, window_start, run.start() if name.cut else n_start), n_start)
    # (past an age before the name: "the president, 61-year-old Jo Roe,")
    comma_end = aged.start() if (aged := AGE_BEFORE.search(text, max(start, n_start - 14), n_start)) else n_start
    if len(words) >= 2 and (before := TITLE_COMMA_BEFORE.search(text, window_start, comma_end)) \
            and LIST_ITEM_END.match(text, n_end, end) \
            and not object_then_source(text, window_start, before.start("role"), n_end, end):
        if RESPECTIVELY.match(text, n_end, min(end, n_end + 120)):
            # "the president of X and the US Secretary of State, A and B respectively": the title before the
            # comma is the last name's; this one's is earlier in a list we do not pair. A person, no role.
            return Introduction(file, n_start, n_end, words, "person:title", "", -1, -1, None)
        return titled(before.start("role"), before.end("role"))
    if len(words) >= 2 and (given := office_before(text, window_start, n_start)) is not None \
            and LIST_ITEM_END.match(text, n_end, end):  # "A new energy minister was also appointed, X,"
        return titled(*given)  # ("the leader of the opposition deputies X,": person_offices.py)
    if len(words) >= 2 and (copula := COPULA_TITLE_BEFORE.search(text, max(window_start, n_start - 60), n_start)):
        return titled(qualifiers_start(text, window_start, copula.start("copula")), copula.start("copula"))
    if len(words) >= 2 and (pair := plural_pair(text, window_start, n_start, n_end, end)) is not None:
        return titled(qualifiers_start(text, window_start, pair.start("role")), pair.end("role"))
    if len(words) >= 2 and (such := SUCH_AS.search(text, max(start, n_start - 160), n_start)) is not None \
            and (such.group(0).endswith("and ") or LIST_ITEM_END.match(text, n_end, end)):
        return Introduction(file, n_start, n_end, words, "person:title", "", -1, -1, None)  # "names such as A, B"
    if len(words) >= 2 and (kin := KIN_BEFORE.search(text, window_start, n_start)
                            or NATIONAL_BEFORE.search(text, max(start, n_start - 14), n_start)
                            or LIST_ITEM_END.match(text, n_end, end)
                            and (comma := KIN_COMMA_BEFORE.search(text, window_start, n_start)) is not None
                            and not object_then_source(text, window_start, comma.start(), n_end, end) and comma):
        # "murdered hostage Tsachi Idan"; "the president's grandfather, Friedrich Trump," (the role ends at the comma)
        role_end = kin.start() + len(kin.group(0).rstrip(", \u00a0")) if kin.re is KIN_COMMA_BEFORE else n_start
        return titled(qualifiers_start(text, window_start, kin.start()), role_end)
    # (past an age: "Jo Roe, 37, a farmer from …")
    after = age.end() if (age := AGE_AFTER.match(text, n_end, end) or AGE_BRACKET.match(text, n_end, end)) else n_end
    if len(words) >= 2 and ((apposition := APPOSITION.match(text, after, min(end, after + 120)))
                            and apposed(apposition.group("role"))
                            or (apposition := KIN_APPOSITION.match(text, after, min(end, after + 120)))
                            or (apposition := BRACKET_APPOSITION.match(text, after, min(end, after + 120)))
                            and apposed(apposition.group("role"))
                            or (apposition := ONE_OF_APPOSITION.match(text, after, min(end, after + 120)))
                            or (apposition := UNCLOSED_APPOSITION.match(text, after, min(end, after + 120)))
                            and apposed(apposition.group("role")) and _opens_sentence(text, start, n_start)):
        return titled(apposition.start("role"), apposition.end("role"), "person:appositive")
    if len(words) >= 2 and (office := office_after(text, after, end, age is not None)) is not None:
        return titled(*office, "person:appositive")  # "X was appointed Minister of …", "X (44) as Defense Minister"
    return _spoken_or_numbered(piece, run, name)


def _spoken_or_numbered(piece: _Piece, run: re.Match[str], name: _Name) -> Introduction | None:
    """A name introduced by a speech verb next to it ("Karen Boyle MP said", "said Meloni"), or as a regnal name
    ("Benedict XVI"); None (or _NOT_THE_SPEAKER) when neither."""
    text, start, end, file = piece.text, piece.start, piece.end, piece.file
    n_start, n_end, words = name.start, name.end, name.words
    if (speaks_after := VERB_AFTER.match(text, n_end, min(end, n_end + 24))) and speaks_after.group("post") \
            and seat_words(text, start, n_start, words):
        return None  # "The Hull West MP said", "One Labour MP said": a seat's place or party, no one's name
    if speaks_after or VERB_BEFORE.search(text, max(start, n_start - 12), n_start):
        if not_the_speaker(text, (start, end), run.start(), (n_start, n_end), words, speaks_after) \
                or not speaks_after and n_end == run.end() and qualifies_a_title(text, n_end, end):
            return _NOT_THE_SPEAKER
        if speaks_after and speaks_after.group("post"):  # "Karen Boyle MP said": the member's title
            return Introduction(file, n_start, n_end, words, "person:speech", speaks_after.group("post"),
                                speaks_after.start("post"), speaks_after.end("post"), None)
        return Introduction(file, n_start, n_end, words, "person:speech", "", -1, -1, None)
    if name.numbered and not name.cut and words[-1] != "I" and len(words) <= 4 \
            and not NUMBERED_THINGS.intersection(words):
        # "the election of Benedict XVI", "Leo XIII, the pope who …": a name and a regnal number
        return Introduction(file, n_start, n_end, words, "person:regnal", "", -1, -1, None)
    return None


def _note_untitled(piece: _Piece, run: re.Match[str], name: _Name,
                   bare: dict[tuple[str, ...], list[tuple[int, int]]], untitled: Untitled) -> None:
    """What a run no formula introduces says about a name: a family name first ("Xi Jinping") in `bare`; a
    name of two or three words, or a single word doing something, in `untitled`."""
    text, n_start, n_end, words = piece.text, name.start, name.end, name.words
    if a_people(words[-1]) or words[0] in _GREETINGS:
        return  # "Romanians turned out", "Dear Romanians, you can count …": a people, a greeting — no one's name
    if family_first(words) and text[n_end:n_end + 2] not in ("’s", "'s"):
        bare[words].append((n_start, n_end))
    elif not name.cut and n_end == run.end():
        if len(words) == 1:
            if _PERSON_AFTER.match(text, n_end, piece.end):
                untitled.lone.add(words[0])  # ("Even Vintley herself": the run's first word is no name)
        elif sum(not w.islower() for w in words) <= 3 and (n_start == run.start() or nicknamed(text, n_start, run.start())) \
                and not _THE_BEFORE.search(text, max(piece.start, n_start - 4), n_start):
            # (the whole run: "Venezuela Releases Jailed Americans" is a headline's, not "Releases …"; small
            # particles not counted: "Mathieu van der Meulen")
            untitled.names[words].append((n_start, n_end))


#: Words that open a greeting or an address, never a given name: "Dear Romanians", "Thank you".
_GREETINGS = frozenset({"Dear", "Hello", "Hi", "Thank", "Thanks", "Congratulations", "Welcome", "Greetings",
                        "Goodbye", "Farewell"})


def _titled(text: str, start: int, end: int, run_start: int, name_start: int, name_end: int, cut: int) -> bool:
    """Whether a title introduces the name at text[name_start:name_end]: inside its run, before it or in an
    apposition after it."""
    if cut or TITLE_BEFORE.search(text, max(start, run_start - WINDOW), run_start):
        return True
    apposition = APPOSITION.match(text, name_end, min(end, name_end + 120))
    return apposition is not None and apposed(apposition.group("role"))


def _opens_sentence(text: str, start: int, n_start: int) -> bool:
    """Whether a name opens its piece or sentence ("X, Head of Research at Y said": X is the subject)."""
    return n_start == start or SENTENCE_START.search(text, max(start, n_start - 4), n_start) is not None
