"""Actor mentions from the gazetteer (exact aliases, then fuzzy variants) and the names it lacks.

Exact: one compiled alternation of every alias, longest first, whole words, case-sensitive.
Fuzzy: runs of capitalised words are cut into windows of 1-3 words; a window is scored with rapidfuzz
only against gazetteer names with the same number of words and the same first letter of the last word
(the prefilter), so the cost per window is a handful of comparisons, not the whole gazetteer.
"Beith Higseth" → Pete Hegseth (78), "Vladmir Putin" → Vladimir Putin (96), "Keith Kellog" → Keith
Kellogg (96). Capitalised words left over that are not titles, demonyms or common words are
"unknown names".

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
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz

from briefing.load.extract.name_words import is_title
from briefing.model import Actor

_NAME_RUN = re.compile(
    r"[A-Z](?<![\w’'.][A-Z])(?:[\w’'-]|\.(?=[A-Z]))*\.?(?:[ \u00a0](?:(?:bin|al|de|van|von|der|la|du)[ \u00a0])?[A-Z](?:[\w’'-]|\.(?=[A-Z]))*\.?)*"
)
_TOKEN = re.compile(r"[^ \u00a0]+")
#: An Arabic name's given name and father's name without the family name after them: news copy often writes
#: "Faisal bin Farhan" for "Faisal bin Farhan Al Saud".
_NASAB = re.compile(r"^([A-Z][\w’'-]+ (?:bin|ibn|Bin|Ibn) [A-Z][\w’'-]+) (?:Al|al|El|el)[ -][A-Z][\w’'-]+$")
#: Inside a run of capitalised words a token ends at a space or a hyphen ("Putin-Trump" is two names).
_RUN_TOKEN = re.compile(r"[^ \u00a0\-–]+")
_TRAILING = re.compile(r"(?:[’']s|[’'.])$")
#: Abbreviations of country and union names, resolved to the gazetteer actor with that name or alias.
ABBREVIATIONS = {"US": "United States", "U.S.": "United States", "U.S": "United States", "USA": "United States",
                 "UK": "United Kingdom", "U.K.": "United Kingdom", "UN": "United Nations", "EU": "European Union"}
_POSSESSIVE = re.compile(r"[’']s$")

#: Capitalised words that are not names: titles, function words at sentence start, demonyms, calendar.
STOP = frozenset(
    """
    President Vice Prime Minister Ministers Foreign Secretary Secretary-General Chancellor Defense Defence State
    National Security Adviser Advisor Envoy Crown Prince King Queen Representative Senator Governor Ambassador
    General Director Chairman Chair Spokesperson Spokesman Spokeswoman Official Officials Sources Source
    Mr Mrs Ms Dr Prof Sir Lord Lady Pope Chief Executive Deputy Leader Premier
    The A An In On At As By For From Of To With And But Or If When While After Before Since Until During Despite
    It Its He His She Her They Their Them We Our Us I You Your This That These Those There Here Then Now
    Indeed However Meanwhile Furthermore Moreover Nevertheless Also Both All Any Some Several Many Most Few
    No Not Nobody None One Two Three Four Five Six Seven Eight Nine Ten First Second Third Last Later Earlier
    Asked Addressing Stressing Following Saying According Even Just Only So Yet Still Such What Who Why How
    Where Which Whether Images Photo File Read Full Article Related Leave Reply Be Tags Published Updated News
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
    September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    Russian Ukrainian American European Western Eastern Soviet Saudi British German French Italian Polish
    Spanish Turkish Iranian Korean Chinese Danish Armenian Catalan Arctic Atlantic Democrat Democrats
    Republican Republicans Kremlin-linked Pool Licensing Rights Purchase Editor Choice Popular Paradigm Peace
    War World Round Congress Palace Summit Conference Group Office Oval Institute Council Relations Program
    Programme Department Ministry Administration Government Parliament House Senate Security-General
    North South Presidents Nations States Campaign
    """.split()
)
#: Titles after which one word is a given name, not a surname: "Sir Keir", "Dame Sarah".
KNIGHTHOOD = frozenset({"Sir", "Dame"})
_DEMONYM = re.compile(r"(?:ians?|eans?|ese|ish|ic|ers)$")


@dataclass(frozen=True)
class NameTarget:
    text: str
    actor: str
    words: tuple[str, ...]
    misspelling: bool


class Found(NamedTuple):
    start: int
    end: int
    actor: str
    alias: str
    score: float
    rule: str


class Leftover(NamedTuple):
    start: int
    end: int
    text: str


def short_form(name: str) -> str | None:
    """The shorter form news copy writes of an Arabic name with its family name ("Faisal bin Farhan" for
    "Faisal bin Farhan Al Saud"), or None."""
    short = _NASAB.match(name)
    return short.group(1) if short is not None else None


class Gazetteer:
    """Every alias of every actor, compiled once per load."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = {a.id: a for a in actors}
        self.owner: dict[str, str] = {}
        #: Canonical names and aliases → actor id, for abbreviations ("US" → the actor named "United States").
        self.by_name: dict[str, str] = {}
        for actor in actors:
            self.by_name.setdefault(actor.name, actor.id)
            for alias in actor.aliases:
                self.by_name.setdefault(alias.text, actor.id)
        self.misspelt: set[str] = set()
        targets: dict[str, NameTarget] = {}
        for actor in actors:
            for alias in actor.aliases:
                self.owner.setdefault(alias.text, actor.id)
                if alias.misspelling:
                    self.misspelt.add(alias.text)
            if actor.kind == "person":
                for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
                    short = short_form(text)
                    if short is not None:  # "Faisal bin Farhan" of "Faisal bin Farhan Al Saud"
                        self.owner.setdefault(short, actor.id)
            for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
                words = tuple(_TOKEN.findall(text))
                if words and words[-1][:1].isupper() and text not in targets:
                    targets[text] = NameTarget(text=text, actor=actor.id, words=words, misspelling=False)
        texts = sorted(self.owner, key=len, reverse=True)
        # The lookahead on first letters lets the engine skip most positions (lower-case words) at once.
        # A bare alternation lets the engine scan for its first letters quickly; the word boundary
        # before a match is checked in Python (see `exact`).
        self.pattern = (re.compile(r"(?:" + "|".join(re.escape(t) for t in texts) + r")(?!\w)") if texts else None)
        # Surnames of people ("Peskov" for Dmitry Peskov) when only the full name is listed, and given names
        # after a knighthood ("Sir Keir" for Keir Starmer); a word two people share is left out.
        surnames: dict[str, set[str]] = defaultdict(set)
        givens: dict[str, set[str]] = defaultdict(set)
        #: Each person's given names, as any of their names and aliases write them ("Mike", "Michael").
        self.given_names: dict[str, set[str]] = defaultdict(set)
        for actor in actors:
            if actor.kind != "person":
                continue
            for n, text in enumerate([actor.name] + [a.text for a in actor.aliases if not a.misspelling]):
                words = _TOKEN.findall(text)
                if len(words) >= 2:
                    self.given_names[actor.id].update(words[:-1])
                if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) >= 4:
                    surnames[words[-1]].add(actor.id)
                if n == 0 and len(words) >= 2 and words[0][:1].isupper() and len(words[0]) >= 3:
                    givens[words[0]].add(actor.id)  # (the name's, not an alias's)
        self.surname = {word: next(iter(ids)) for word, ids in surnames.items()
                        if len(ids) == 1 and word not in self.owner}
        self.knighted = {word: next(iter(ids)) for word, ids in givens.items() if len(ids) == 1}
        self.index: dict[tuple[int, str], list[NameTarget]] = defaultdict(list)
        for target in targets.values():
            self.index[(len(target.words), target.words[-1][0])].append(target)
        self._rules = {alias: (actor, "actor:exact-misspelling" if alias in self.misspelt else "actor:exact")
                       for alias, actor in self.owner.items()}
        #: What a run of capitalised words is, by its text (see `_shape`): the same names recur all the time.
        self._shapes: dict[str, _Shape] = {}

    def exact(self, text: str, start: int, end: int) -> list[Found]:
        if self.pattern is None:
            return []
        found = []
        rules = self._rules
        for match in self.pattern.finditer(text, start, end):
            s = match.start()
            before = text[s - 1:s]
            if before and (before.isalnum() or before == "_"):
                continue
            alias = match.group(0)
            actor, rule = rules[alias]
            found.append(Found(s, match.end(), actor, alias, 100.0, rule))
        return found

    def fuzzy(self, words: list[str]) -> tuple[NameTarget, float] | None:
        """The best gazetteer name for a window of words, with its score, or None."""
        candidates = self.index.get((len(words), words[-1][0]), ())
        best: tuple[NameTarget, float] | None = None
        window = " ".join(words)
        for target in candidates:
            last = fuzz.ratio(words[-1], target.words[-1])
            if len(words) == 1:
                length = len(words[0])
                if length >= 5 and last >= 88:
                    score = last
                elif length == 4 and last >= 75 and words[0][-1] == target.words[0][-1]:
                    score = last
                else:
                    continue
            else:
                if last < 80 or len(words[-1]) < 4:
                    continue
                others = sum(fuzz.ratio(a, b) for a, b in zip(words[:-1], target.words[:-1])) / (len(words) - 1)
                score = max(fuzz.ratio(window, target.text), 0.6 * last + 0.4 * others)
                if last < 100 and len(words[-1]) >= 6 and others >= 40:
                    # Both words misspelt ("Beith Higseth"): the surname carries the match. An exact
                    # surname with another given name ("Katie Miller") is another person and stays out.
                    score = max(score, 0.8 * last + 0.2 * others)
                if score < (78 if last >= 100 else 75):
                    continue
            if score >= 100:
                continue  # identical: the exact pass has it, or it is a canonical name that is no alias
            if best is None or score > best[1]:
                best = (target, round(score, 1))
        return best


class _Shape(NamedTuple):
    """What a run of capitalised words is, whatever its context: it depends on its text and the gazetteer."""

    trimmed: int  # its length without a trailing possessive or stop
    words: tuple[str, ...]
    tokens: tuple[tuple[int, int], ...]  # offsets of the words in the run
    abbreviations: tuple[int, ...]  # words that are abbreviations of a gazetteer name ("US")
    surnames: tuple[int, ...]  # known surnames (or given names after "Sir"), last in the run or before a title
    windows: tuple[tuple[int, int, NameTarget, float], ...]  # (first word, size, target, score) fuzzy matches
    names: tuple[str | None, ...]  # per word: its lower case if it may be a name (see `_name_shaped`), else None


#: Runs remembered per gazetteer at most (a few hundred bytes each; the gazetteer lives for one load).
_SHAPES_MAX = 50_000


def _shape(gazetteer: Gazetteer, whole: str) -> _Shape:
    shape = gazetteer._shapes.get(whole)
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
    surnames = tuple(j for j, w in enumerate(words) if (w in gazetteer.surname or (
                         j and words[j - 1] in KNIGHTHOOD and w in gazetteer.knighted))
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
    names = tuple(w.lower() if _name_shaped(w) else None for w in words)
    shape = _Shape(len(_TRAILING.sub("", whole)), tuple(words), tuple(tokens), abbreviations, surnames,
                   tuple(windows), names)
    if len(gazetteer._shapes) >= _SHAPES_MAX:
        gazetteer._shapes.clear()
    gazetteer._shapes[whole] = shape
    return shape


def find_actor_mentions(gazetteer: Gazetteer, text: str, start: int, end: int,
                        lower_words: set[str]) -> tuple[list[Found], list[Leftover]]:
    """Mentions in text[start:end] (a sentence) and the capitalised runs no actor explains.

    Linear in the sentence: the exact matches are sorted and disjoint, so those touching a run are found
    by bisection, and what the other rules add lies inside the run it came from (runs are disjoint and
    start at a capital after a non-word character), so no later run needs to look at it. Rescanning
    every match for every run was quadratic: 'The President of Russia ' * 20000 took 28 s.
    """
    exact = gazetteer.exact(text, start, end)
    exact_starts = [f.start for f in exact]
    exact_ends = [f.end for f in exact]
    displaced: set[int] = set()  # exact matches a fuzzy match of the same actor replaced
    added: list[Found] = []  # abbreviations, surnames, fuzzy matches, in the order found
    leftovers: list[Leftover] = []
    owner = gazetteer.owner

    def within_exact(s: int, e: int) -> bool:
        k = bisect_right(exact_starts, s) - 1
        return k >= 0 and e <= exact_ends[k]

    for run in _NAME_RUN.finditer(text, start, end):
        whole = run.group(0)
        if whole in STOP and whole not in owner:
            continue  # "The", "But", "Tuesday": the common case, settled without tokenising
        if "_" in whole or text[run.start() - 1:run.start()] == "@":
            continue  # a social-media handle ("Svyrydenko_Y", "@ZelenskyyUa"): an account, not a name
        shape = _shape(gazetteer, whole)
        run_start = run.start()
        if within_exact(run_start, run_start + shape.trimmed) or not shape.tokens:
            continue  # one exact alias explains the whole run ("Trump", "Ukraine’s")
        words = shape.words
        tokens = [(run_start + s, run_start + e) for s, e in shape.tokens]
        used = [within_exact(s, e) for s, e in tokens] if exact else [False] * len(tokens)
        here = len(added)  # what this run adds starts here
        added.extend(_abbreviations(gazetteer, text, tokens, shape, used))
        if all(used):
            continue
        for j in shape.surnames:
            if not used[j]:
                s_, e_ = tokens[j]
                word = words[j]
                if word in gazetteer.surname:
                    added.append(Found(s_, e_, gazetteer.surname[word], word, 90.0, "actor:surname"))
                else:  # "Sir Keir": the one person of that given name
                    added.append(Found(s_, e_, gazetteer.knighted[word], word, 90.0, "actor:knighted"))
                used[j] = True
        # Fuzzy windows, longest first, that contain at least one word no exact alias explains.
        taken = list(used)
        for i, size, target, score in shape.windows:
            if all(taken[i:i + size]):  # (a word an exact alias explains is taken too)
                continue
            s, e = tokens[i][0], tokens[i + size - 1][1]
            clash_exact = []
            k = bisect_right(exact_ends, s)
            while k < len(exact) and exact_starts[k] < e:
                if k not in displaced:
                    clash_exact.append(k)
                k += 1
            clash_added = [n for n in range(here, len(added)) if added[n].start < e and s < added[n].end]
            if any(exact[k].actor != target.actor for k in clash_exact) or \
                    any(added[n].actor != target.actor for n in clash_added):
                continue
            displaced.update(clash_exact)
            for n in reversed(clash_added):
                del added[n]
            added.append(Found(s, e, target.actor, target.text, score, "actor:fuzzy"))
            for j in range(i, i + size):
                taken[j] = True
        leftovers.extend(_unknown_names(text, start, tokens, shape, taken, lower_words))
    found = [f for k, f in enumerate(exact) if k not in displaced] if displaced else list(exact)
    found.extend(added)
    found.sort(key=lambda f: f.start)
    return found, leftovers


def _abbreviations(gazetteer: Gazetteer, text: str, tokens: list[tuple[int, int]], shape: _Shape,
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


def _unknown_names(text: str, start: int, tokens: list[tuple[int, int]], shape: _Shape, taken: list[bool],
                   lower_words: set[str]) -> list[Leftover]:
    """What is left of a run once actors explain their words: runs of name-shaped words no actor explains
    (a single short one at the sentence's or a quote's start is no name)."""
    leftovers: list[Leftover] = []
    current: list[int] = []
    words, names = shape.words, shape.names
    for j, (s, _e) in enumerate([*tokens, (-1, -1)]):
        ok = False
        if j < len(tokens) and not taken[j] and names[j] is not None and names[j] not in lower_words:
            ok = not (len(words[j]) <= 3 and (s == start or text[s - 1:s] in "“\"‘("))
        if ok:
            current.append(j)
            continue
        if current:
            first, last = tokens[current[0]][0], tokens[current[-1]][1]
            single = len(current) == 1
            at_start = first == start or text[first - 1:first] in "“\"‘("
            if not (single and (at_start or len(words[current[0]]) < 2)):
                leftovers.append(Leftover(first, last, text[first:last]))
            current = []
    return leftovers


def another_given_name(gazetteer: Gazetteer, words: list[str], j: int) -> bool:
    """Whether the known surname `words[j]` follows a given name its person does not have: "Daniel Waltz" is not
    Mike Waltz, "Melania Trump" not Donald Trump (another person, for people.py to introduce). Titles, initials
    and the person's own given names ("Mike Waltz", "Mr Waltz", "M. Waltz") are no other given name."""
    if j == 0 or words[j] not in gazetteer.surname:
        return False
    before = words[j - 1]
    return _name_shaped(before) and len(before.rstrip(".")) > 1 and not before.endswith(".") \
        and not is_title(before) and before not in KNIGHTHOOD \
        and before not in gazetteer.given_names.get(gazetteer.surname[words[j]], ())


def _name_shaped(word: str) -> bool:
    """`_name_like` without what depends on the text around the word."""
    if not word or word in STOP or not word[0].isupper():
        return False
    if word.isupper() and len(word.replace(".", "")) > 4:
        return False  # a shouted heading word, not an acronym
    if _DEMONYM.search(word) and not word.isupper():
        return False
    return any(c.isalpha() for c in word)
