"""People the gazetteer does not know, found where news text introduces them, made automatic actors.

News copy introduces a person with a formula; only those formulas make a person here:
  person:title        a title right before the name      "Italian Prime Minister Giorgia Meloni",
                                                           "national security adviser Mike Waltz", "Mr Starmer"
                      or before it, with a comma         "the Italian prime minister, Giorgia Meloni;"
  person:appositive   a title right after, between commas "Andriy Yermak, head of the presidential office,"
  person:speech       a full name next to a speech verb    "Keith Smith said" / "said Keith Smith"
                      (a surname alone next to one, "said Meloni", joins the full name found elsewhere, or
                      stands alone when there is none)
  person:transcript   a transcript's label line          "LEILA FADEL, HOST:" (then "FADEL:" is hers)
  person:repeated     a family name first and a given name, with no formula, twice or more in one article
                                                           "Xi Jinping arrived … Xi Jinping spoke"
"Al-Ansari", "al-Ansari" and "Al Ansari" are one surname; "Ursula von der Leyen" is one name, not "Leyen".
Side comes from the words the formula gives (a nationality, a country's possessive, an institution or a
known actor's possessive: "Trump's envoy"); where they give none, or two that disagree, the person is
unplaced (side UNPLACED, `placed=False`: never "other" by default) and `briefing check` lists them.
"Other" is a finding: a nationality outside the sides ("Canadian"), or the press ("host", "correspondent").
Only usable text is read (boilerplate regions are cut out first).
A name the gazetteer knows, exactly, by surname or as a fuzzy variant, is not a new person.

Names' shapes and the words that are no names: name_words.py; introductions grouped into one person each
(surnames written several ways, two people of one surname): person_groups.py; what a role phrase says
(where its qualifiers begin, whether it describes the name, which side it places the person on):
person_roles.py; what a run of capitalised words is apart from its context (where the name is in it, whether
its words can be a name, whether the gazetteer knows it): person_shapes.py.
Every pass is linear: one regex scan of capitalised runs per line, and per run a look at a bounded
window (120 characters before, 80 after) on either side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.findings import make_span
from briefing.load.extract.name_words import (
    FAMILY_FIRST,
    RUN,
    TOKEN,
    family_first,
    is_title,
)
from briefing.load.extract.person_formulas import (
    AFTER_PREPOSITION,
    BULLET_BEFORE,
    APPOSITION,
    CROWNED_BEFORE,
    EPONYM,
    INVERTED,
    KIN_APPOSITION,
    KIN_BEFORE,
    KNIGHTED_BEFORE,
    LABEL,
    LIST_ITEM_END,
    NATIONAL_BEFORE,
    MONTH_BEFORE,
    NUMBERED_THINGS,
    OBJECT_OF,
    PARTICLES_BEFORE,
    PLURAL_GROUP,
    REGNAL,
    REPORTED_SUBJECT,
    RESPECTIVELY,
    SENTENCE_START,
    TITLE_BEFORE,
    TITLE_COMMA_BEFORE,
    TITLE_FOR,
    VERB_AFTER,
    VERB_BEFORE,
    WINDOW,
)
from briefing.load.extract.person_groups import Introduction, given, group_people, lower_words, slip, surname
from briefing.load.extract.person_roles import (
    SIDE_WORDS,
    Placing,
    apposed,
    gazetteer_sides,
    qualifiers_start,
    side_of,
)
from briefing.load.extract.person_shapes import (
    HONORIFICS,
    PORTFOLIO_ONLY,
    Shape,
    can_be_name,
    known,
    run_shape,
)
from briefing.model import UNPLACED, Actor, Alias, Role, Source, Span


#: A closing bracket right after a name and a capitalised word after it: the editor's bracket split the name.
_SPLIT_BY_BRACKET = re.compile(r"\)[ \u00a0]?[A-Z]")


def find_people(sources: list[Source], pieces: dict[str, list[tuple[int, int]]],  # noqa: PLR0913
                actors: list[Actor], cues: dict[str, str] | None = None, kept: Kept | None = None,
                lower_of: Callable[[set[str]], set[str]] | None = None,
                eponyms_of: Callable[[], set[str]] | None = None) -> list[Actor]:
    """The people `sources` introduce that `actors` do not include, as automatic actors.

    `pieces` are each source's usable stretches (lines with boilerplate cut out); `cues` the briefing's side
    cues (cue → side id; default: the bundled sides'). `kept(index, work_out)`, when given, is asked for
    each source's introductions (a pure function of the source, its pieces, `actors` and `cues`): it returns
    those an earlier load kept, else `work_out()`'s. `lower_of(lone)`, when given, answers what
    `lower_words(sources, lone)` would (a folder that grows keeps the answer: load/extract/extend.py), and
    `eponyms_of()` what `eponyms_in(sources)` would (kept the same way)."""
    gazetteer = Gazetteer(actors)
    sides = Placing(SIDE_WORDS if cues is None else cues, gazetteer_sides(actors))
    found: list[Introduction] = []
    shapes: dict[str, Shape] = {}  # the same runs ("President Trump") recur all the time
    for index, source in enumerate(sources):
        def work_out(source: Source = source) -> list[Introduction]:
            return introductions_in(source, pieces.get(source.file, ()), gazetteer, sides, shapes)

        found.extend(work_out() if kept is None else kept(index, work_out))
    # Lower-case words, for surnames that are words too ("Baker"): only where a surname comes alone.
    lone = {w.lower() for i in found if len(i.words) == len(surname(i.words)) for w in i.words}
    lower = lower_words(sources, lone) if lower_of is None else lower_of(lone)
    texts = {s.file: s.text for s in sources}
    people: dict[str, Actor] = {}
    # "Nobel Peace Prize", "Nobel Committee": a surname that also names an institution is no alias alone.
    eponyms = (eponyms_in(sources) if eponyms_of is None else eponyms_of()) if found else set()
    for members, with_surname in group_people(found, lower):
        last = surname(members[0].words)[-1]
        # (a surname the gazetteer's people have is no alias alone: "Daniel Waltz" does not take "Waltz" from Mike)
        actor = _actor(members, with_surname and last not in eponyms and last not in gazetteer.surname
                       and last not in gazetteer.owner, texts)
        people.setdefault(actor.id, actor)
    return list(people.values())


def eponyms_in(sources: list[Source]) -> set[str]:
    """The words the texts write before "Prize", "Committee", "Foundation"... (a search of every text: over
    any split of `sources`, the union of its answers)."""
    return {m.group(1) for source in sources for m in EPONYM.finditer(source.text)}


_UNSEEN = object()

#: `kept(index, work_out)`: the introductions of `sources[index]`, kept or `work_out()`.
Kept = Callable[[int, Callable[[], list[Introduction]]], list[Introduction]]


def introductions_in(source: Source, pieces: list[tuple[int, int]], gazetteer: Gazetteer,
                     sides: Placing, shapes: dict[str, Shape]) -> list[Introduction]:
    """Where one source introduces people the gazetteer lacks, in its usable `pieces`."""
    found: list[Introduction] = []
    bare: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    untitled = _Untitled()
    for start, end in pieces:
        found.extend(_introductions(source, start, end, gazetteer, sides, shapes, bare, untitled))
        label = LABEL.match(source.text, start, end)
        if label is not None:
            intro = _labelled(source, label, gazetteer, sides)
            if intro is not None:
                found.append(intro)
    # "Xi Jinping", "Wang Yi" with no title: a family name first and a given name, given twice or more.
    introduced = {i.words for i in found}
    for words, places in bare.items():
        if len(places) >= 2 and words not in introduced:
            found.append(Introduction(source.file, places[0][0], places[0][1], words, "person:repeated", "", -1, -1,
                                      None))
    # "Boris Johnson's Brexit deal … even Johnson himself": a given name and a surname with no formula, and the
    # surname alone again in the article, doing or owning something.
    surnames = {i.words[-1] for i in found}
    for words, places in untitled.names.items():
        if words[-1] in untitled.lone and words not in introduced and words[-1] not in surnames:
            found.append(Introduction(source.file, places[0][0], places[0][1], words, "person:surname-again", "",
                                      -1, -1, None))
    if not found:
        return found
    # "Al-Jadeed TV has reported … Al-Jadeed added": a name the article gives as an outlet's is no person's.
    outlets = {m.group("name") for pattern in (_OUTLET, _OUTLET_AFTER) for m in pattern.finditer(source.text)}
    return [i for i in found if source.text[i.start:i.end] not in outlets] if outlets else found


#: A name followed by what kind of outlet it is: "Al-Jadeed TV", "Israel Hayom newspaper", "Anadolu agency".
_OUTLET = re.compile(r"\b(?P<name>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3})[ \u00a0]+(?:TV|[Tt]elevision|"
                     r"[Nn]ewspaper|[Dd]aily|[Rr]adio|[Cc]hannel|[Bb]roadcaster|[Nn]ews [Aa]gency|[Aa]gency|"
                     r"[Nn]ews [Pp]ortal|[Ww]ebsite)\b")
#: A name after what kind of outlet it is: "the official news agency Wafa said", "the newspaper Haaretz".
_OUTLET_AFTER = re.compile(r"\b(?:agency|newspaper|broadcaster|daily|outlet|website|magazine|tabloid)[ \u00a0]+"
                           r"(?P<name>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,3})")




@dataclass
class _Untitled:
    """Of one article: the names of two or three words given with no formula (name → places), and the single
    capitalised words followed by a verb or a possessive ("Johnson himself", "Johnson's")."""

    names: dict[tuple[str, ...], list[tuple[int, int]]] = field(default_factory=lambda: defaultdict(list))
    lone: set[str] = field(default_factory=set)


#: After a surname alone, what a person does: a possessive, "himself", a verb in the past tense or a speech verb
#: ("Rowan residents" is a place's: a plural noun says nothing).
_PERSON_AFTER = re.compile(r"[’']s\b|[ \u00a0]+(?:himself|herself|[a-z]{2,}ed|said|says|told|tells|wrote|writes|"
                           r"spoke|speaks|made|took|gave|met|left|went|came|became|held|sent|won|lost|led|thinks|"
                           r"thought|knew|knows|would|will|has|had|was|is)\b")
_THE_BEFORE = re.compile(r"(?i:\bthe)[ \u00a0]$")


def _introductions(source: Source, start: int, end: int, gazetteer: Gazetteer,  # noqa: PLR0913
                   sides: Placing, shapes: dict[str, Shape],
                   bare: dict[tuple[str, ...], list[tuple[int, int]]], untitled: _Untitled) -> list[Introduction]:
    """The introductions in text[start:end]; a name of a family name first and a given name ("Xi Jinping")
    with no formula is put in `bare` (introductions_in makes it a person when the text gives it twice)."""
    text, file = source.text, source.file
    found = []
    for run in RUN.finditer(text, start, end):
        shape = shapes.get(run.group(0), _UNSEEN)
        if shape is _UNSEEN:
            shape = shapes[run.group(0)] = run_shape(run.group(0), gazetteer, sides.cues)
        if shape is None:
            continue
        cut, name_start, name_end, words = shape
        n_start, n_end = run.start() + name_start, run.start() + name_end
        if _SPLIT_BY_BRACKET.match(text, n_end):
            continue  # "(U.S. President-elect Donald) Trump": the name goes on after the bracket
        if n_end == end and not text[n_end:].strip():
            continue  # "… meets with French President Emmanuel Macr": a page cut off inside the name
        if len(words) == 1 and KNIGHTED_BEFORE.search(text, max(start, n_start - 6), n_start):
            continue  # "Sir Keir": a given name alone introduces no one (actors.py reads it as the known one)
        if cut == PORTFOLIO_ONLY and not TITLE_FOR.search(text, max(start, run.start() - 40), run.start()):
            cut = 0  # "Trade Deal Delayed": a portfolio word with no title is no title
        if not cut and (particles := PARTICLES_BEFORE.search(text, max(start, n_start - 12), n_start)):
            # "… von der Leyen said": the run began after the particles of the family name.
            n_start = particles.start()
            words = tuple(TOKEN.findall(text, n_start, n_end))
            if known(words, gazetteer):
                continue
        numbered = n_end == run.end() and (regnal := REGNAL.match(text, n_end, end)) is not None
        if numbered:
            n_end, words = regnal.end(), (*words, regnal.group("number"))  # "King Haakon VII": not "Haakon"
        elif cut and len(words) == 1 and (crowned := CROWNED_BEFORE.search(text, max(start, n_start - 9), n_start)):
            n_start, words = crowned.start(), (crowned.group(1), *words)  # "Pope Francis": one name, his own
        elif len(words) == 1 and (month := MONTH_BEFORE.search(text, max(start, n_start - 7), n_start)) \
                and month.start() >= run.start() and _titled(text, start, end, run.start(), month.start(), n_end, cut):
            n_start, words = month.start(), (month.group(1), *words)  # "May Golan, minister for …": not "Golan"
        window_start = max(start, run.start() - WINDOW)
        intro = None
        if cut or TITLE_BEFORE.search(text, window_start, n_start):
            role_start = qualifiers_start(text, window_start, run.start() if cut else n_start)
            role = text[role_start:n_start].strip()
            intro = Introduction(file, n_start, n_end, words, "person:title", role, role_start,
                                 role_start + len(role), side_of(role, sides))
        elif len(words) >= 2 and (before := TITLE_COMMA_BEFORE.search(text, window_start, n_start)) \
                and LIST_ITEM_END.match(text, n_end, end):
            role = before.group("role")
            if RESPECTIVELY.match(text, n_end, min(end, n_end + 120)):
                # "the president of X and the US Secretary of State, A and B respectively": the title before the
                # comma is the last name's; this one's is earlier in a list we do not pair. A person, no role.
                intro = Introduction(file, n_start, n_end, words, "person:title", "", -1, -1, None)
            else:
                intro = Introduction(file, n_start, n_end, words, "person:title", role, before.start("role"),
                                     before.end("role"), side_of(role, sides))
        elif len(words) >= 2 and (kin := KIN_BEFORE.search(text, window_start, n_start)
                                  or NATIONAL_BEFORE.search(text, max(start, n_start - 14), n_start)):
            role_start = qualifiers_start(text, window_start, kin.start())  # "murdered hostage Tsachi Idan"
            role = text[role_start:n_start].strip()
            intro = Introduction(file, n_start, n_end, words, "person:title", role, role_start,
                                 role_start + len(role), side_of(role, sides))
        elif len(words) >= 2 and ((apposition := APPOSITION.match(text, n_end, min(end, n_end + 120)))
                                  and apposed(apposition.group("role"))
                                  or (apposition := KIN_APPOSITION.match(text, n_end, min(end, n_end + 120)))):
            role = apposition.group("role").strip()
            intro = Introduction(file, n_start, n_end, words, "person:appositive", role, apposition.start("role"),
                                 apposition.start("role") + len(role), side_of(role, sides))
        elif ((speaks_after := VERB_AFTER.match(text, n_end, min(end, n_end + 12)))
              or VERB_BEFORE.search(text, max(start, n_start - 12), n_start)):
            if _not_the_speaker(text, (start, end), run.start(), (n_start, n_end), words, speaks_after):
                continue
            intro = Introduction(file, n_start, n_end, words, "person:speech", "", -1, -1, None)
        if intro is None and numbered and not cut and words[-1] != "I" and len(words) <= 4 \
                and not NUMBERED_THINGS.intersection(words):
            # "the election of Benedict XVI", "Leo XIII, the pope who …": a name and a regnal number
            intro = Introduction(file, n_start, n_end, words, "person:regnal", "", -1, -1, None)
        if intro is not None:
            found.append(intro)
        elif family_first(words) and text[n_end:n_end + 2] not in ("’s", "'s"):
            bare[words].append((n_start, n_end))
        elif not cut and n_end == run.end():
            if len(words) == 1:
                if _PERSON_AFTER.match(text, n_end, end):
                    untitled.lone.add(words[0])  # ("Even Vintley herself": the run's first word is no name)
            elif len(words) <= 3 and n_start == run.start() \
                    and not _THE_BEFORE.search(text, max(start, n_start - 4), n_start):
                # (the whole run: "Venezuela Releases Jailed Americans" is a headline's, not "Releases …")
                untitled.names[words].append((n_start, n_end))
    return found


def _titled(text: str, start: int, end: int, run_start: int, name_start: int, name_end: int, cut: int) -> bool:
    """Whether a title introduces the name at text[name_start:name_end]: inside its run, before it or in an
    apposition after it."""
    if cut or TITLE_BEFORE.search(text, max(start, run_start - WINDOW), run_start):
        return True
    apposition = APPOSITION.match(text, name_end, min(end, name_end + 120))
    return apposition is not None and apposed(apposition.group("role"))


def _not_the_speaker(text: str, piece: tuple[int, int], run_start: int, name: tuple[int, int],
                     words: tuple[str, ...], speaks_after: re.Match[str] | None) -> bool:
    """Whether a name beside a speech verb is no one speaking there."""
    (start, end), (n_start, n_end) = piece, name
    if text[n_end:n_end + 2] in ("’s", "'s") or OBJECT_OF.search(text, max(start, n_start - 8), n_start) \
            or OBJECT_OF.search(text, max(start, run_start - 8), run_start):
        return True  # "X of Artemis noted", "the Board of British Jews said": a preposition's object speaks not
    if speaks_after and text[n_end] == "," and (
            INVERTED.match(text, speaks_after.end(), end)
            or AFTER_PREPOSITION.search(text, max(start, n_start - 9), n_start)):
        return True  # "… since Brexit, said Mark Holloway", "… since Brexit, said the minister"
    if not speaks_after and REPORTED_SUBJECT.match(text, n_end, min(end, n_end + 40)):
        return True  # "said Belgrade and Pristina had taken …": the reported clause's subject, not the speaker
    opens = n_start == start or SENTENCE_START.search(text, max(start, n_start - 4), n_start) is not None \
        or BULLET_BEFORE.fullmatch(text, start, n_start) is not None
    # "Traders said …", "Residents said …": a group opening the sentence, no one's surname; "Coverage noted
    # that …": a word opening a sentence that the article never gives again is no one's surname either
    return len(words) == 1 and opens and (PLURAL_GROUP.fullmatch(words[0]) is not None
                                          or text.count(words[0], max(0, start - 20_000), end + 20_000) == 1)


def _labelled(source: Source, label: re.Match[str], gazetteer: Gazetteer,
              sides: Placing) -> Introduction | None:
    """A person named by a transcript label ("LEILA FADEL, HOST:"), the name as the text writes it in capitals."""
    words = tuple(w.title() if w.isupper() else w for w in label.group("name").split())
    while len(words) > 1 and is_title(words[0]):
        words = words[1:]
    if len(words) < 2 or not can_be_name(words, sides.cues) or known(words, gazetteer):
        return None
    role = (label.group("role") or "").strip()
    return Introduction(source.file, label.start("name"), label.end("name"), words, "person:transcript",
                        role.lower(), label.start("role") if role else -1,
                        label.start("role") + len(role) if role else -1, side_of(role, sides) if role else None)


def _actor(intros: list[Introduction], with_surname: bool, texts: dict[str, str]) -> Actor:
    ordered = sorted(intros, key=lambda i: (i.file, i.start))
    forms: dict[tuple[str, ...], list[Introduction]] = defaultdict(list)
    alone: dict[tuple[str, ...], list[Introduction]] = defaultdict(list)
    for i in ordered:
        (forms if given(i.words) else alone)[i.words].append(i)
    surnames = [surname(i.words) for i in ordered]
    family = max(dict.fromkeys(surnames), key=surnames.count)
    name = max(forms, key=lambda f: (len(forms[f]), len(f))) if forms else family
    # A given name with two letters swapped ("Richrad" beside "Richard") is a misspelling of the name.
    aliases = [Alias(text=" ".join(form), origin="auto", evidence=(_span(members[0], texts),),
                     misspelling=bool(given(form)) and bool(given(name)) and slip(given(form)[0], given(name)[0]))
               for form, members in forms.items()]
    if with_surname:
        for form in dict.fromkeys([family, *alone]):
            text = " ".join(form)
            # (a person known only by surname, "said Andrakis", has it as their one alias)
            if (len(text) >= 4 or len(form) > 1) and text not in {a.text for a in aliases}:
                first = alone.get(form, [None])[0]
                aliases.append(Alias(text=text, origin="auto", evidence=(_span(first, texts),) if first else ()))
        for i in ordered:
            # "Mr He": a family name too short to be an alias alone is one with its honorific.
            if len(i.words) == 1 and i.words[0] in FAMILY_FIRST and i.role in HONORIFICS:
                text = f"{i.role} {i.words[0]}"
                if text not in {a.text for a in aliases}:
                    aliases.append(Alias(text=text, origin="auto", evidence=(
                        make_span(i.file, texts[i.file], i.role_start, i.end),)))
    labelled = next((i for i in ordered if i.rule == "person:transcript"), None)
    if labelled is not None:
        # A transcript writes its speakers in capitals ("LEILA FADEL, HOST:", later "FADEL:"): those are
        # mentions of the person too.
        said = texts[labelled.file][labelled.start:labelled.end]
        aliases.append(Alias(text=said, origin="auto", evidence=(_span(labelled, texts),)))
        upper = " ".join(family).upper()
        if with_surname and upper != said and len(upper) >= 4:
            aliases.append(Alias(text=upper, origin="auto"))
    # Each way the text describes the person (up to three), the first first: "the top Iranian diplomat",
    # "Iranian Foreign Minister".
    described = {}
    for i in ordered:
        if i.role and i.role not in HONORIFICS and i.role.lower() not in described and len(described) < 3:
            described[i.role.lower()] = Role(title=i.role, evidence=(
                make_span(i.file, texts[i.file], i.role_start, i.role_end),))
    roles = tuple(described.values())
    # The side the text gives; unplaced when it gives none, or two that disagree ("other" is only ever a
    # finding: a nationality outside the four sides and the mediators, "Canadian Prime Minister").
    sides = list(dict.fromkeys(i.side for i in ordered if i.side is not None))
    return Actor(id="auto-" + re.sub(r"[^a-z0-9]+", "-", " ".join(name).lower()).strip("-"), name=" ".join(name),
                 kind="person", side=sides[0] if len(sides) == 1 else UNPLACED, aliases=tuple(aliases),
                 roles=roles, origin="auto", evidence=(_span(ordered[0], texts),), rule=ordered[0].rule,
                 placed=len(sides) == 1)


def _span(intro: Introduction, texts: dict[str, str]) -> Span:
    return make_span(intro.file, texts[intro.file], intro.start, intro.end)
