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
its words can be a name, whether the gazetteer knows it): person_shapes.py; the formulas applied to each run
of a stretch of text: person_intros.py.
Every pass is linear: one regex scan of capitalised runs per line, and per run a look at a bounded
window (120 characters before, 80 after) on either side.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import replace

from briefing.load.extract.actors import ROYAL_TITLES, STOP, Gazetteer
from briefing.load.extract.findings import make_span
from briefing.load.extract.firm_words import no_firms
from briefing.load.extract.name_words import (FAMILY_FIRST, PLACE_SURNAMES, family_first, fold_accents,
                                              given_name_key, is_particle, is_title, korean_hyphened)
from briefing.load.extract.person_confidence import person_confidence
from briefing.load.extract.person_formulas import EPONYM, LABEL, TIMED_LABEL
from briefing.load.extract.person_full_names import named_in_full, same_surname_in_full
from briefing.load.extract.person_listed import listed_beside
from briefing.load.extract.person_generations import with_generation
from briefing.load.extract.person_groups import Introduction, given, group_people, lower_words, slip, surname
from briefing.load.extract.person_intros import Untitled, piece_introductions
from briefing.load.extract.person_lone import lone_brand
from briefing.load.extract.person_single_names import burmese
from briefing.load.extract.person_roles import SIDE_WORDS, Placing, gazetteer_sides, legislature_side, side_of
from briefing.load.extract.person_shapes import HONORIFICS, Shape, can_be_name, known
from briefing.load.extract.person_spellings import translated_person, with_spellings
from briefing.load.extract.person_houses import unplaced_abroad
from briefing.load.extract.person_nicknames import nickname_pairs
from briefing.load.extract.person_possessors import Possessors, possessed_sides, possessor_side
from briefing.load.extract.person_wrap import unwrapped
from briefing.load.extract.place_words import place_shaped, written_as_places
from briefing.model import UNPLACED, Actor, Alias, Role, Source, Span


def find_people(sources: list[Source], pieces: dict[str, list[tuple[int, int]]],  # noqa: PLR0913
                actors: list[Actor], cues: dict[str, str] | None = None, kept: Kept | None = None,
                lower_of: Callable[[set[str]], set[str]] | None = None,
                eponyms_of: Callable[[], set[str]] | None = None,
                possessors_of: Callable[[Placing], Possessors] | None = None) -> list[Actor]:
    """The people `sources` introduce that `actors` do not include, as automatic actors.

    `pieces` are each source's usable stretches (lines with boilerplate cut out); `cues` the briefing's side
    cues (cue → side id; default: the bundled sides'). `kept(index, work_out)`, when given, is asked for
    each source's introductions (a pure function of the source, its pieces, `actors` and `cues`): it returns
    those an earlier load kept, else `work_out()`'s. `lower_of(lone)`, when given, answers what
    `lower_words(sources, lone)` would (a folder that grows keeps the answer: load/extract/extend.py), and
    `eponyms_of()` what `eponyms_in(sources)` would, and `possessors_of(sides)` what `possessed_sides` over
    every text would (kept the same way)."""
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
    persons = [a for a in actors if a.kind == "person" and a.roles]
    spelled: dict[str, list[Alias]] = defaultdict(list)
    possessors: Possessors | None = None
    for members, with_surname in group_people(found, lower, nickname_pairs(found, texts)):
        if lone_brand(members, texts):
            continue  # "Kestrel said" and nothing more: a firm's name as often as a person's (person_lone.py)
        if _known_royal(members, found, gazetteer):
            continue  # "Prince Faisal": Faisal bin Farhan Al Saud, whom actors.py finds there
        known_one = translated_person(members, persons, sides.cues)
        if known_one is not None:  # "National Security Advisor Michael Volz": Mike Waltz (person_spellings.py)
            spelled[known_one.id].extend(_actor(members, with_surname and _alone_ok(members, gazetteer), texts)
                                         .aliases)
            continue
        members = unplaced_abroad(members, texts, sides)  # another country's Senate (person_houses.py)
        last = surname(members[0].words)[-1]
        # (a surname the gazetteer's people have is no alias alone: "Daniel Waltz" does not take "Waltz" from Mike)
        actor = _actor(members, with_surname and last not in eponyms and gazetteer.surname_owner(last) is None
                       and last not in gazetteer.owner and _surname_no_place(last, members, texts), texts)
        if not actor.placed and not any(m.side for m in members):  # "Italy's Salvini" (person_possessors.py)
            if possessors is None:
                possessors = possessed_sides(list(texts.values()), sides) if possessors_of is None \
                    else possessors_of(sides)
            if (side := possessor_side([a.text for a in actor.aliases], possessors)) is not None:
                actor = actor.model_copy(update={"side": side, "placed": True})
        people.setdefault(actor.id, actor)
    # A known person's other spellings: their entry (their id) carries them, after the new people.
    known_by_id = {a.id: a for a in persons}
    return list(people.values()) + [with_spellings(known_by_id[i], spelled[i]) for i in sorted(spelled)]


def _known_royal(members: list[Introduction], found: list[Introduction], gazetteer: Gazetteer) -> bool:
    """Whether a person's every introduction is a Gulf royal's title and one given name that begins exactly one
    known Arabic name ("Prince Faisal": `Gazetteer.royal`), and no full name the folder introduces begins with
    it in any spelling (then person_groups decides whose it is)."""
    word = members[0].words[0]
    # (the title's last word: "Prince", "Crown Prince", "Saudi crown prince")
    if word not in gazetteer.royal or any(len(m.words) != 1 or not m.role
                                          or m.role.split()[-1].title() not in ROYAL_TITLES for m in members):
        return False
    key = given_name_key(word)
    return not any(len(i.words) > 1 and given_name_key(i.words[0]) == key for i in found)


def _alone_ok(members: list[Introduction], gazetteer: Gazetteer) -> bool:
    """Whether the surname a translation spells ("Volz") may stand alone for the known person: not when it is
    another known person's or name."""
    last = surname(members[0].words)[-1]
    return gazetteer.surname_owner(last) is None and last not in gazetteer.owner


def _surname_no_place(last: str, members: list[Introduction], texts: dict[str, str]) -> bool:
    """Whether a surname that is also a place ("Montenegro") may stand alone for the person: only where every
    text that writes it also writes the person's full name, and none puts it after "in", "to", "from", "of"…
    (a text on the country, or the country beside the person, keeps its word a place)."""
    if last not in PLACE_SURNAMES:
        return True
    full = {" ".join(m.words) for m in members if len(m.words) > 1}
    place = re.compile(rf"\b(?:in|to|from|of|across|near|outside|visit(?:s|ed|ing)?)[ \u00a0]+{last}\b")
    return all(last not in text or (any(f in text for f in full) and place.search(text) is None)
               for text in texts.values())


def eponyms_in(sources: list[Source]) -> set[str]:
    """The words the texts write before "Prize", "Committee", "Foundation"... (a search of every text: over
    any split of `sources`, the union of its answers)."""
    return {m.group(1) for source in sources for m in EPONYM.finditer(source.text)}


#: `kept(index, work_out)`: the introductions of `sources[index]`, kept or `work_out()`.
Kept = Callable[[int, Callable[[], list[Introduction]]], list[Introduction]]


def introductions_in(source: Source, pieces: list[tuple[int, int]], gazetteer: Gazetteer,
                     sides: Placing, shapes: dict[str, Shape]) -> list[Introduction]:
    """Where one source introduces people the gazetteer lacks, in its usable `pieces`."""
    found: list[Introduction] = []
    bare: dict[tuple[str, ...], list[tuple[int, int]]] = defaultdict(list)
    untitled = Untitled()
    # A hard-wrapped page's lines read as its paragraphs, so a name or a title the wrap cut is whole again
    # ("French President Emmanuel / Macron said"): the breaks become spaces, every offset the same.
    read, joined = unwrapped(source, pieces)
    for start, end in joined:
        found.extend(piece_introductions(read, start, end, gazetteer, sides, shapes, bare, untitled))
        label = LABEL.match(source.text, start, end) or TIMED_LABEL.fullmatch(source.text, start, end)
        if label is not None:
            intro = _labelled(source, label, gazetteer, sides)
            if intro is not None:
                found.append(intro)
    # "Xi Jinping", "Wang Yi" with no title: a family name first and a given name, given twice or more (once
    # for a Korean name with a hyphened given name, "Myung Tae-kyun": no place or body is written so).
    introduced = {i.words for i in found}
    for words, places in bare.items():
        if (len(places) >= 2 or korean_hyphened(words)) and words not in introduced:
            found.append(Introduction(source.file, places[0][0], places[0][1], words, "person:repeated", "", -1, -1,
                                      None))
    # "Boris Johnson's Brexit deal … even Johnson himself": a given name and a surname with no formula, and the
    # surname alone again in the article, doing or owning something.
    surnames = {i.words[-1] for i in found}
    for words, places in untitled.names.items():
        if words[-1] in untitled.lone and words not in introduced and words[-1] not in surnames:
            found.append(Introduction(source.file, places[0][0], places[0][1], words, "person:surname-again", "",
                                      -1, -1, None))
    # "“…,” Roe said" where the article prints "Jo Roe" with no formula: the one full name of that surname
    # introduces the person too (person_full_names.py).
    found.extend(named_in_full(source.file, found, untitled.names))
    # "Caroline Kennedy asked …" beside "her cousin Robert F. Kennedy": another person of that surname, so that
    # "Kennedy said" is neither's (person_full_names.py).
    found.extend(same_surname_in_full(source.text, source.file, found, untitled.names,
                                      lambda word: gazetteer.surname_owner(word) is not None))
    # "Ana Whitfield, Tomas R. Lindqvist and Paul K. Osei shared …" where "Whitfield said …" introduces one of
    # them: the full names listed beside her are people too (person_listed.py).
    found.extend(listed_beside(source.text, source.file, found, untitled.names))
    if not found:
        return found
    found = [with_generation(i, source.text) for i in found]  # "Robert F. Kennedy, Jr." (person_generations.py)
    # "Manila said …" where the article writes "in Manila": a name no title or apposition introduces that the
    # text writes as a place is the place's (place_words.py).
    if any(not i.role for i in found):
        # (with or without its accents: "in Głuchołazy" … "Glucholazy said")
        places = {fold_accents(place) for place in written_as_places(source.text)}
        found = [i for i in found if i.role or (fold_accents(source.text[i.start:i.end]) not in places
                                                and not place_shaped(i.words))]
        # "Kestrel said" where the article writes "Kestrel Inc." or "the airline Kestrel"; "Truth Social said":
        # a firm's name is no person's (firm_words.py).
        found = no_firms(found, source.text)
    # "Peru's legislature swore in Congress chief X": another country's Congress places X on no side.
    found = [replace(i, side=side) if (side := legislature_side(i.role, i.side, sides, source.text, i.role_start,
                                                                 i.end)) != i.side else i for i in found]
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




def _labelled(source: Source, label: re.Match[str], gazetteer: Gazetteer,
              sides: Placing) -> Introduction | None:
    """A person named by a transcript label ("LEILA FADEL, HOST:", or "Leila Fadel (03:25):", which has no role), the
    name as the text writes it (in capitals, or not)."""
    words = tuple(w.title() if w.isupper() else w for w in label.group("name").split())
    while len(words) > 1 and is_title(words[0]):
        words = words[1:]
    if len(words) < 2 or not can_be_name(words, sides.cues) or known(words, gazetteer):
        return None
    role = (label.groupdict().get("role") or "").strip()
    return Introduction(source.file, label.start("name"), label.end("name"), words, "person:transcript",
                        role.lower(), label.start("role") if role else -1,
                        label.start("role") + len(role) if role else -1, side_of(role, sides) if role else None)


#: Short family names that are English words too, beyond actors.STOP's ("He"): no alias alone.
_WORDS_TOO = frozenset({"Oh", "Ha", "Do", "Go", "So"})


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
    # (a name written with a comma before its generation, "Robert F. Kennedy, Jr.", as the text writes it)
    aliases.extend(Alias(text=written, origin="auto", evidence=(_span(members[0], texts),))
                   for members in forms.values()
                   if "," in (written := texts[members[0].file][members[0].start:members[0].end]))
    aliases.extend(_alone_aliases(name, family, forms, alone, with_surname, texts, {a.text for a in aliases}))
    if with_surname:
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
    # How sure the introductions make it that this is a person: every alias carries it (person_confidence.py).
    score = round(person_confidence(intros) * 100, 1)
    aliases = [a.model_copy(update={"score": score}) for a in aliases]
    # The side the text gives; unplaced when it gives none, or two that disagree ("other" is only ever a
    # finding: a nationality outside the four sides and the mediators, "Canadian Prime Minister").
    sides = list(dict.fromkeys(i.side for i in ordered if i.side is not None))
    return Actor(id="auto-" + re.sub(r"[^a-z0-9]+", "-", " ".join(name).lower()).strip("-"), name=" ".join(name),
                 kind="person", side=sides[0] if len(sides) == 1 else UNPLACED, aliases=tuple(aliases),
                 roles=roles, origin="auto", evidence=(_span(ordered[0], texts),), rule=ordered[0].rule,
                 placed=len(sides) == 1)


def _alone_aliases(name: tuple[str, ...], family: tuple[str, ...],  # noqa: PLR0913
                   forms: dict[tuple[str, ...], list[Introduction]], alone: dict[tuple[str, ...], list[Introduction]],
                   with_surname: bool, texts: dict[str, str], taken: set[str]) -> list[Alias]:
    """The aliases of the one-word forms the person goes by: the surname alone (`with_surname`: no one else of
    that surname), and a given name of theirs written alone."""
    aliases: list[Alias] = []
    if with_surname:
        # (a short family name that a name puts first is the name's usual short form: "Xi", "Kim"; not one that is
        # an English word too: "He" stays "Mr He")
        short_ok = family_first(name)
        for form in dict.fromkeys([family, *alone]):
            if form == family and form not in alone and (_goes_by_another(name, family, [*alone, *forms])
                                                         or burmese(name) or _two_surnames(name)):
                # "Pérez-Castejón" of "Pedro Sánchez Pérez-Castejón", whom the text calls "Sánchez"; "Hlaing" of
                # "Min Aung Hlaing", a name with no surname in it (person_single_names.py)
                continue
            text = " ".join(form)
            # (a person known only by surname, "said Andrakis", has it as their one alias)
            short = short_ok and text not in STOP and text not in _WORDS_TOO
            if (len(text) >= 4 or len(form) > 1 or short) and text not in taken:
                first = alone.get(form, [None])[0]
                evidence = (_span(first, texts),) if first else _within(text, forms.get(name, ()), texts)
                aliases.append(Alias(text=text, origin="auto", evidence=evidence))
                taken.add(text)
        return aliases
    # Two people of one surname ("Paetongtarn Shinawatra", "Thaksin Shinawatra"): the surname alone is neither's,
    # but a given name of this one's written alone ("Paetongtarn said") is hers (person_groups joined it to the
    # one full name it begins).
    return [Alias(text=form[0], origin="auto", evidence=(_span(members[0], texts),))
            for form, members in alone.items() if len(form) == 1 and form[0] in given(name) and form[0] not in taken]


def _goes_by_another(name: tuple[str, ...], family: tuple[str, ...], written: list[tuple[str, ...]]) -> bool:
    """Whether the text calls the person by a shorter form than the full name other than its last word, and
    never by that word alone: an inner name alone ("Sánchez", "Petro" of a Spanish double surname) or the
    name's last two or more words ("López Obrador"). The last word alone is then no alias of theirs (a
    mother's surname, "Pérez-Castejón", names no one alone)."""
    if len(family) != 1 or len(name) < 3:
        return False
    inner = given(name)[1:]
    return any(f != name and f != family and (len(f) == 1 and f[0] in inner and not is_particle(f[0])
                                              or 1 < len(f) < len(name) and name[-len(f):] == f)
               for f in written)


def _two_surnames(name: tuple[str, ...]) -> bool:
    """Whether the name is four or more plain words ("Andrés Manuel López Obrador": two given names, a father's
    and a mother's surname): its last word, never written alone, names no one by itself (the surname may be the
    last two words), so it is no alias until the text writes it alone."""
    return len(name) >= 4 and not any(is_particle(word) for word in name)


def _span(intro: Introduction, texts: dict[str, str]) -> Span:
    return make_span(intro.file, texts[intro.file], intro.start, intro.end)


def _within(word: str, members: Iterable[Introduction], texts: dict[str, str]) -> tuple[Span, ...]:
    """The surname inside the first full mention that writes it: the evidence of an alias never printed alone."""
    for intro in members:
        at = texts[intro.file].rfind(word, intro.start, intro.end)
        if at >= 0:
            return (make_span(intro.file, texts[intro.file], at, at + len(word)),)
    return ()
