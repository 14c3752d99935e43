"""Actor mentions in a sentence: the gazetteer's exact aliases, then per run of capitalised words its
abbreviations ("U.S."), known surnames ("Peskov"), fuzzy variants ("Beith Higseth") and what is left over
(the "unknown names").

Speed: what a run of capitalised words is apart from its context (its words, the abbreviations and
surnames among them, its fuzzy matches, which words could be names) is worked out once per run text
and gazetteer (`_shape`): "US", "Greenland" or "Russian President Vladimir Putin" recur thousands of
times in a large folder. What depends on the sentence (exact aliases nearby, its start, the source's
lower-case words) is checked per occurrence. A social-media handle ("Svyrydenko_Y", "@ZelenskyyUa") is an
account, not a name: no mention, no variant, no unknown name.
"""

from __future__ import annotations

import re

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from briefing.load.extract.actors import (
    _NAME_RUN,
    _RUN_TOKEN,
    _TRAILING,
    ABBREVIATIONS,
    KNIGHTHOOD,
    ROYAL_TITLES,
    STOP,
    Found,
    Gazetteer,
    Leftover,
    NameTarget,
    another_given_name,
    name_shaped,
)
from briefing.load.extract.countries import PLACE_NAMES as _PLACES
from briefing.load.extract.given_names import hyphened_given
from briefing.load.extract.name_modifiers import modifier_only
from briefing.load.extract.name_words import NOT_NAME, is_title

if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["RunShape", "find_actor_mentions"]

# (_PLACES, the names countries.py gives countries, their people and capitals, "Panama", "Syrian", "Costa Rica":
# places, not unknown names; nor is a run of words name_words.NOT_NAME holds: "Riyadh", "Gulf", "Getty Images".)


class RunShape(NamedTuple):
    """What a run of capitalised words is, whatever its context: it depends on its text and the gazetteer."""

    trimmed: int  # its length without a trailing possessive or stop
    words: tuple[str, ...]
    tokens: tuple[tuple[int, int], ...]  # offsets of the words in the run
    abbreviations: tuple[int, ...]  # words that are abbreviations of a gazetteer name ("US")
    surnames: tuple[int, ...]  # known surnames (or given names after "Sir"), last in the run or before a title
    windows: tuple[tuple[int, int, NameTarget, float], ...]  # (first word, size, target, score) fuzzy matches
    names: tuple[str | None, ...]  # per word: its lower case if it may be a name (see `name_shaped`), else None
    namesakes: tuple[tuple[int, bool], ...]  # (word, before "Jr.") known surnames another person's may be
    followed: tuple[int, ...]  # a person's one-word alias before a name word of no one known ("Thanh Nien")
    family: tuple[int, ...]  # a person's one-word alias before a hyphened given name not theirs ("Kim Ji-ho")


#: What after a surname makes its bearer another of the family ("Donald Trump Jr.", "Bush Sr").
_GENERATION = frozenset("Jr Jnr Sr Snr Junior Senior".split())

#: A lower-case word of five letters or more: the sentence is prose, not a title-case line ("X Backs Plan as …").
_PROSE_WORD = re.compile(r"\b[a-z]{5,}")
#: A lower-case word that is not one of a headline's small words: the sentence is prose, not title case.
_PROSE_LOWER = re.compile(r"(?<![\w’'-])(?!(?:a|an|and|as|at|by|de|for|from|in|of|on|or|the|to|vs|with)\b)[a-z]+\b")
#: A capitalised word (a headline's count of them).
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z]")
#: A pronoun's contraction ("I’m", "We’re", "They'll"): no name.
_CONTRACTION = re.compile(r"[’'](?:m|re|ll|ve|d|t)$")
#: Runs remembered per gazetteer at most (a few hundred bytes each; the gazetteer lives for one load).
_SHAPES_MAX = 50_000


def _shape(gazetteer: Gazetteer, whole: str) -> RunShape:
    shape = gazetteer.run_shapes.get(whole)
    if shape is not None:
        return shape
    words: list[str] = []
    tokens: list[tuple[int, int]] = []
    for m in _RUN_TOKEN.finditer(whole):
        word = _TRAILING.sub("", m.group(0)).removesuffix(".")
        if word:
            words.append(word)
            tokens.append((m.start(), m.start() + len(word)))
    abbreviations = tuple(j for j, w in enumerate(words) if w in ABBREVIATIONS or w + "." in ABBREVIATIONS)
    surnames = tuple(j for j, w in enumerate(words) if (gazetteer.surname_owner(w) is not None or (
                         j and words[j - 1] in KNIGHTHOOD and w in gazetteer.knighted)
                         or (j and words[j - 1] in ROYAL_TITLES and w in gazetteer.royal))
                     and (j + 1 == len(words) or words[j + 1] in STOP)
                     and not another_given_name(gazetteer, words, j))
    windows = []
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            window = words[i:i + size]
            if any(w in STOP for w in window) or not all(w[:1].isupper() for w in window):
                continue
            best = gazetteer.fuzzy(window)
            if best is not None:
                windows.append((i, size, best[0], best[1]))
    names = tuple(w.lower() if name_shaped(w) else None for w in words)
    namesakes = tuple((j, j + 1 < len(words) and words[j + 1] in _GENERATION) for j in range(len(words))
                      if _namesake(gazetteer, words, j))
    followed = tuple(j for j in range(len(words) - 1) if _followed(gazetteer, words, j))
    given = [j for j in range(1, len(words) - 1) if hyphened_given(whole, words, tokens, j)]
    family = tuple(j - 1 for j in given if _family_of_another(gazetteer, words, j - 1))
    if given:  # a fuzzy match just before a hyphened given name is part of an unknown person's name
        windows = [w for w in windows if w[0] + w[1] not in given]
    shape = RunShape(len(_TRAILING.sub("", whole)), tuple(words), tuple(tokens), abbreviations, surnames,
                   tuple(windows), names, namesakes, followed, family)
    if len(gazetteer.run_shapes) >= _SHAPES_MAX:
        gazetteer.run_shapes.clear()
    gazetteer.run_shapes[whole] = shape
    return shape


@dataclass
class _Exact:
    """A sentence's exact matches (sorted, disjoint) and those a fuzzy match of the same actor replaced."""

    found: list[Found]
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    displaced: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.starts = [f.start for f in self.found]
        self.ends = [f.end for f in self.found]

    def within(self, s: int, e: int) -> bool:
        """Whether one exact match covers text[s:e]."""
        k = bisect_right(self.starts, s) - 1
        return k >= 0 and e <= self.ends[k]

    def clashing(self, s: int, e: int) -> list[int]:
        """The exact matches, not yet displaced, that overlap text[s:e]."""
        clash = []
        k = bisect_right(self.ends, s)
        while k < len(self.found) and self.starts[k] < e:
            if k not in self.displaced:
                clash.append(k)
            k += 1
        return clash

    def kept(self) -> list[Found]:
        return [f for k, f in enumerate(self.found) if k not in self.displaced] if self.displaced else list(self.found)


def find_actor_mentions(gazetteer: Gazetteer, text: str, start: int, end: int,
                        lower_words: set[str]) -> tuple[list[Found], list[Leftover]]:
    """Mentions in text[start:end] (a sentence) and the capitalised runs no actor explains.

    Linear in the sentence: the exact matches are sorted and disjoint, so those touching a run are found
    by bisection, and what the other rules add lies inside the run it came from (runs are disjoint and
    start at a capital after a non-word character), so no later run needs to look at it. Rescanning
    every match for every run was quadratic: 'The President of Russia ' * 20000 took 28 s.
    """
    exact = _Exact(gazetteer.exact(text, start, end))
    added: list[Found] = []  # abbreviations, surnames, fuzzy matches, in the order found
    leftovers: list[Leftover] = []
    owner = gazetteer.owner
    cut_end = _cut_end(text) if len(text) - end < 64 else -1  # (only a sentence at the text's end can hold it)
    for run in _NAME_RUN.finditer(text, start, end):
        whole = run.group(0)
        if whole in STOP and whole not in owner:
            continue  # "The", "But", "Tuesday": the common case, settled without tokenising
        if "_" in whole or text[run.start() - 1:run.start()] == "@":
            continue  # a social-media handle ("Svyrydenko_Y", "@ZelenskyyUa"): an account, not a name
        shape = _shape(gazetteer, whole)
        run_start = run.start()
        if exact.within(run_start, run_start + shape.trimmed) or not shape.tokens:
            continue  # one exact alias explains the whole run ("Trump", "Ukraine’s")
        tokens = [(run_start + s, run_start + e) for s, e in shape.tokens]
        if shape.namesakes and exact.found:
            _drop_namesakes(exact, text, start, tokens, shape, lower_words)
        if shape.followed and exact.found and _PROSE_WORD.search(text, start, end):
            _drop_followed(exact, tokens, shape, lower_words)  # (not on a title-case line: "Lam Backs Plan")
        if shape.family and exact.found:
            _drop_alone(exact, tokens, shape.family)
        used = [exact.within(s, e) for s, e in tokens] if exact.found else [False] * len(tokens)
        here = len(added)  # what this run adds starts here
        added.extend(_abbreviations(gazetteer, text, tokens, shape, used))
        if all(used):
            continue
        added.extend(_surnames(gazetteer, text, tokens, shape, used))
        taken = _fuzzy(tokens, shape, used, exact, added, here, cut_end)
        leftovers.extend(_unknown_names(text, start, tokens, shape, taken, lower_words))
    if leftovers and _title_case(text, start, end):
        leftovers = []  # a headline's capitals ("Cases Surge in …", "… Fourth Title") are no names to add
    found = exact.kept()
    found.extend(added)
    found.sort(key=lambda f: f.start)
    return _persons_named(gazetteer, text, found), leftovers


def _persons_named(gazetteer: Gazetteer, text: str, found: list[Found]) -> list[Found]:
    """The mentions less a person's name made a modifier by a hyphened compound ("anti-Marcos activist", "a
    Trump-appointed judge": name_modifiers.py): no one is named there."""
    actors = gazetteer.actors
    drop = [f for f in found if modifier_only(text, f.start, f.end)
            and (actor := actors.get(f.actor)) is not None and actor.kind == "person"]
    return [f for f in found if f not in drop] if drop else found


def _namesake(gazetteer: Gazetteer, words: list[str], j: int) -> bool:
    """Whether `words[j]`, a known person's surname (or their alias of one word, "Trump"), may be another
    person's here: before "Jr."/"Sr." ("Donald Trump Jr."), or after a given name that person does not have
    ("Melania Trump"), which is itself no known name nor place ("Merz Trump talks", "Kyiv Zelensky")."""
    if j + 1 < len(words) and words[j + 1] in _GENERATION:
        owner = gazetteer.surname_owner(words[j]) or gazetteer.owner.get(words[j])
        return owner is not None and owner in gazetteer.given_names
    before = words[j - 1] if j else ""
    return another_given_name(gazetteer, words, j) and before not in gazetteer.owner \
        and gazetteer.surname_owner(before) is None and before not in _PLACES and before not in NOT_NAME \
        and not before.isupper()


def _drop_namesakes(exact: _Exact, text: str, start: int, tokens: list[tuple[int, int]],  # noqa: PLR0913
                    shape: RunShape, lower_words: set[str]) -> None:
    """A known surname before "Jr."/"Sr." ("Donald Trump Jr."), or after another given name ("the president's
    grandfather, Friedrich Trump", "where Melania Trump sat") is another person's: the exact alias match that
    ends on it is no mention of the gazetteer's person (people.py may introduce the namesake). A word that
    opens the sentence or a quotation ("Yesterday Trump …", "“Merz Trump talks”"), or that the text writes in
    lower case too, is not taken for a given name."""
    for j, generation in shape.namesakes:
        if not generation:
            before = tokens[j - 1][0]
            if before == start or text[before - 1:before] in "“\"‘(\n" or shape.words[j - 1].lower() in lower_words:
                continue
        s, e = tokens[j]
        for k in exact.clashing(s, e):
            if exact.found[k].end == e and (generation or exact.found[k].start >= s):  # (not a longer name)
                exact.displaced.add(k)


def _followed(gazetteer: Gazetteer, words: list[str], j: int) -> bool:
    """Whether `words[j]`, a person's alias of one word, runs on into a name word that is none of that person's
    nor any known name, place or title ("Thanh Nien", a newspaper, is not Nguyen Thi Thanh; "Lam Tower"): the
    run names someone or something else."""
    owner = gazetteer.owner.get(words[j]) or gazetteer.surname_owner(words[j])
    if owner is None or owner not in gazetteer.given_names:
        return False
    after = words[j + 1]
    return name_shaped(after) and len(after) > 1 and not after.isupper() and after not in _GENERATION \
        and not is_title(after) and after not in KNIGHTHOOD and after not in gazetteer.owner \
        and gazetteer.surname_owner(after) is None and after not in _PLACES and after not in NOT_NAME \
        and after not in gazetteer.given_names[owner]


def _drop_followed(exact: _Exact, tokens: list[tuple[int, int]], shape: RunShape, lower_words: set[str]) -> None:
    """The exact match of exactly a `followed` word is no mention of its person, unless the next word is one the
    text also writes in lower case (a title-case heading's "Lam Says …") or begins another actor's alias."""
    _drop_alone(exact, tokens, [j for j in shape.followed if shape.words[j + 1].lower() not in lower_words
                                and not exact.within(*tokens[j + 1])])
    # (not before an actor's name either: "the Trump White House" names both)


def _drop_alone(exact: _Exact, tokens: list[tuple[int, int]], words: Iterable[int]) -> None:
    """Displaces the exact matches of exactly one of `words` (by index in the run)."""
    for j in words:
        s, e = tokens[j]
        for k in exact.clashing(s, e):
            if exact.found[k].start == s and exact.found[k].end == e:
                exact.displaced.add(k)


def _family_of_another(gazetteer: Gazetteer, words: list[str], j: int) -> bool:
    """Whether `words[j]`, a person's alias of one word ("Kim", the family name of "Kim Min-seok"), opens a
    family-first name whose hyphened given name (`words[j + 1]`, "Ji-ho") is not that person's: another
    person of the same family name ("Kim Ji-ho")."""
    owner = gazetteer.owner.get(words[j]) or gazetteer.surname_owner(words[j])
    actor = gazetteer.actors.get(owner) if owner is not None else None
    if actor is None or actor.kind != "person":
        return False
    given = f"{words[j + 1]}-{words[j + 2]}".lower()
    return all(given not in alias.text.lower().split() for alias in actor.aliases) \
        and given not in actor.name.lower().split()


#: After a person's surname, the head of what it names after them ("Nobel Prize", "the Nobel committee", "Nobel
#: laureates"; person_formulas.EPONYM): the surname is then no mention of the person.
_EPONYM_AFTER = re.compile(r"[ \u00a0]+(?:Peace[ \u00a0]+)?(?i:prizes?|committee|foundation|cent(?:er|re)|institute|"
                           r"awards?|memorial|lecture|laureates?|winners?|fund|trust|tower|library|museum|doctrine|"
                           r"assembly)\b")


def _surnames(gazetteer: Gazetteer, text: str, tokens: list[tuple[int, int]], shape: RunShape,
              used: list[bool]) -> list[Found]:
    """The run's known surnames ("Peskov") and given names after a knighthood ("Sir Keir") no exact alias
    explains; marks them used."""
    found = []
    for j in shape.surnames:
        if not used[j] and not _EPONYM_AFTER.match(text, tokens[j][1]):
            s_, e_ = tokens[j]
            word = shape.words[j]
            owner = gazetteer.surname_owner(word)
            if owner is not None:
                found.append(Found(s_, e_, owner, word, 90.0, "actor:surname"))
            elif j and shape.words[j - 1] in KNIGHTHOOD and word in gazetteer.knighted:
                # "Sir Keir": the one person of that given name
                found.append(Found(s_, e_, gazetteer.knighted[word], word, 90.0, "actor:knighted"))
            else:  # "Prince Faisal": the one known person of an Arabic name that begins so
                found.append(Found(s_, e_, gazetteer.royal[word], word, 90.0, "actor:royal"))
            used[j] = True
    return found


def _cut_end(text: str) -> int:
    """Where a page cut off inside a word ends ("… meets with French President Emmanuel Macr"): the end of its
    last word when nothing but blanks follows it and no sentence mark closes it; -1 otherwise. Reads only the
    text's last 64 characters."""
    tail = text[-64:].rstrip()
    if not tail or not tail[-1].isalpha():
        return -1
    return len(text) - len(text[-64:]) + len(tail)


def _fuzzy(tokens: list[tuple[int, int]], shape: RunShape, used: list[bool], exact: _Exact,  # noqa: PLR0913
           added: list[Found], here: int, cut_end: int = -1) -> list[bool]:
    """Adds the run's fuzzy windows, longest first, that contain at least one word no exact alias explains
    (`added[here:]` is what the run added so far); a window that clashes with another actor's match is left, and
    so is one whose last word a page's cut ends (`cut_end`): "Emmanuel Macr" is half a name, not a misspelling.
    Returns which words are taken (by an exact alias, a rule or a fuzzy match)."""
    taken = list(used)
    for i, size, target, score in shape.windows:
        if all(taken[i:i + size]):  # (a word an exact alias explains is taken too)
            continue
        s, e = tokens[i][0], tokens[i + size - 1][1]
        if e == cut_end:
            continue
        clash_exact = exact.clashing(s, e)
        clash_added = [n for n in range(here, len(added)) if added[n].start < e and s < added[n].end]
        if any(exact.found[k].actor != target.actor for k in clash_exact) or \
                any(added[n].actor != target.actor for n in clash_added):
            continue
        exact.displaced.update(clash_exact)
        for n in reversed(clash_added):
            del added[n]
        added.append(Found(s, e, target.actor, target.text, score, "actor:fuzzy"))
        for j in range(i, i + size):
            taken[j] = True
    return taken


def _abbreviations(gazetteer: Gazetteer, text: str, tokens: list[tuple[int, int]], shape: RunShape,
                   used: list[bool]) -> list[Found]:
    """The run's abbreviations of a known actor ("U.S.", "EU") no exact alias explains; marks them used."""
    found = []
    for j in shape.abbreviations:
        if not used[j]:
            word = shape.words[j]
            target = gazetteer.by_name.get(ABBREVIATIONS.get(word) or ABBREVIATIONS[word + "."])
            if target is not None:
                s_, e_ = tokens[j]
                e_ = e_ + 1 if text[e_:e_ + 1] == "." and "." in word else e_
                found.append(Found(s_, e_, target, text[s_:e_], 95.0, "actor:abbreviation"))
                used[j] = True
    return found


def _unknown_names(text: str, start: int, tokens: list[tuple[int, int]], shape: RunShape, taken: list[bool],
                   lower_words: set[str]) -> list[Leftover]:
    """What is left of a run once actors explain their words: runs of name-shaped words no actor explains
    (no single short one at the sentence's or a quote's start, no contraction, "I’m"). A possessive ends a name:
    "Scotland’s Oscar Onley" is Oscar Onley (a one-word owner, a place's or a body's name, is left out)."""
    leftovers: list[Leftover] = []
    current: list[int] = []
    words, names = shape.words, shape.names
    for j, (s, e) in enumerate([*tokens, (-1, -1)]):
        ok = owner = False
        if j < len(tokens) and not taken[j] and names[j] is not None and names[j] not in lower_words \
                and not _CONTRACTION.search(words[j]):
            ok = not (len(words[j]) <= 3 and (s == start or text[s - 1:s] in "“\"‘("))
        if ok:
            current.append(j)
            owner = j + 1 < len(tokens) and text[e:e + 2] in ("’s", "'s")
            if not owner:
                continue
        if current:
            first, last = tokens[current[0]][0], tokens[current[-1]][1]
            single = len(current) == 1
            at_start = first == start or text[first - 1:first] in "“\"‘("
            if not (single and (at_start or owner or len(words[current[0]]) < 2)) \
                    and text[first:last] not in _PLACES and not all(words[j] in NOT_NAME for j in current):
                leftovers.append(Leftover(first, last, text[first:last]))
            current = []
    return leftovers


def _title_case(text: str, start: int, end: int) -> bool:
    """Whether the sentence is a title-case line: three capitalised words or more, no lower-case word but a
    headline's small words, and no full stop ("Fever Cases Surge in Bren, Officials Raise Alarm"; not "Arrived at
    NATO HQ.")."""
    return _PROSE_LOWER.search(text, start, end) is None and len(_CAPITAL_WORD.findall(text, start, end)) >= 3 \
        and not text[start:end].rstrip().endswith((".", "!", "”", '"', "’"))
