"""What extraction keeps of an undated source between loads (see `extract`'s `memo`): its anchor.

Anchoring (anchoring.py) compares an undated source's weekday sentences with the dated sources' events,
so its result depends on the whole folder. But only through the few lists of the dated index it consults
(`DatedIndex.near(weekday, actors)`, and whether the index is empty): the anchor is kept with the keys it
consulted and a digest of each list as it was, and is used again as long as those lists are the same. An
article added to a large folder changes few of them (each list is cut to its first `LIMIT` events), so
most undated sources are not anchored again.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable
from typing import Protocol

from briefing.load.extract.anchoring import Anchor, DatedIndex
from briefing.load.extract.people import Introduction
from briefing.load.extract.people_key import NameWords, PeopleIndex, name_words
from briefing.model import Actor, Source


def anchor_part(corpus_year: int | None) -> str:
    return f"anchor {corpus_year}"


class RecordingIndex:
    """A DatedIndex that notes the keys asked for (what anchoring of one source depended on)."""

    def __init__(self, index: DatedIndex) -> None:
        self.index = index
        self.by_key = index.by_key
        self.keys: set[tuple[int, str]] = set()

    def near(self, weekday: int, actors: set[str]) -> list:
        self.keys.update((weekday, actor) for actor in actors)
        return self.index.near(weekday, actors)


class IndexDigests:
    """A digest of each of the dated index's lists (as `near` sees them), worked out once each."""

    def __init__(self, index: DatedIndex) -> None:
        self.index = index
        self.empty = not index.by_key
        self._digests: dict[tuple[int, str], str] = {}

    def of(self, key: tuple[int, str]) -> str:
        digest = self._digests.get(key)
        if digest is None:
            seen = self.index.by_key.get(key, ())[: self.index.LIMIT]
            digest = self._digests[key] = hashlib.sha256(
                repr([_plain(candidate) for candidate in seen]).encode("utf-8", "surrogateescape")).hexdigest()[:32]
        return digest


def _plain(candidate: object) -> tuple:
    """A candidate's fields, sets sorted (a set's repr follows its strings' per-process hashes)."""
    return tuple(sorted(value) if isinstance(value, frozenset | set) else repr(value)
                 for value in (getattr(candidate, f.name) for f in dataclasses.fields(candidate)))  # type: ignore[arg-type]


def keep_anchor(anchor: Anchor | None, keys: set[tuple[int, str]], digests: IndexDigests, source: Source) -> tuple:
    """What the memo keeps: whether the index was empty, each consulted key with its list's digest, and
    the anchor as plain data."""
    from briefing.load.codec import _Encoder

    encoder = _Encoder({source.file: source.text})
    plain = None if anchor is None else (encoder.value(anchor.date), encoder.value(anchor.latest), anchor.note,
                                         encoder.value(anchor.evidence), anchor.confidence, anchor.named)
    return (digests.empty, sorted((weekday, actor, digests.of((weekday, actor))) for weekday, actor in keys), plain)


def kept_anchor(kept: object, digests: IndexDigests, source: Source) -> tuple[bool, Anchor | None]:
    """(True, the anchor) when `kept` (from `keep_anchor`) still holds for the index now; else (False, None)."""
    from briefing.load.codec import _Decoder

    empty, keys, plain = kept  # type: ignore[misc]
    if empty != digests.empty or any(digests.of((weekday, actor)) != digest for weekday, actor, digest in keys):
        return False, None
    if plain is None:
        return True, None
    decoder = _Decoder([source.file], {source.file: source.text})
    date, latest, note, evidence, confidence, *named = plain  # a memo written before `named` has five
    return True, Anchor(date=decoder.value(date), latest=decoder.value(latest), note=note,
                        evidence=decoder.value(evidence), confidence=confidence, named=bool(named and named[0]))


class PeopleKeyed:
    """A StageMemo whose part names also say which of the people the folder's articles introduce (people.py)
    each source's stages can depend on (see people_key.py): a kept result holds only while those people are
    the same, whatever else the folder gains or loses. A source whose name words are not known (its people
    record did not read back) is keyed on every person, as before."""

    def __init__(self, memo: StageMemo, people: list[Actor], names: dict[int, list[str]]) -> None:
        self.memo = memo
        self.index = PeopleIndex(people)
        self.names = names
        self._suffixes: dict[int, str] = {}
        described = sorted(self.index.described)
        self.everyone = " people " + hashlib.sha256("\n".join(described).encode("utf-8", "surrogateescape")
                                                    ).hexdigest()[:16] + " all"

    def suffix(self, index: int) -> str:
        suffix = self._suffixes.get(index)
        if suffix is None:
            names = NameWords.from_plain(self.names.pop(index, None))
            suffix = self._suffixes[index] = self.everyone if names is None else self.index.suffix(names)
        return suffix

    def has(self, index: int, part: str) -> bool:
        return self.memo.has(index, part + self.suffix(index))

    def known(self, index: int, part: str) -> object | None:
        return self.memo.known(index, part + self.suffix(index))

    def learned(self, index: int, part: str, result: object) -> None:
        self.memo.learned(index, part + self.suffix(index), result)


class StageMemo(Protocol):
    """Keeps a stage's result for one source, as plain data (what a worker process sends back), under a
    part name that says what else it depended on ("first YEAR": the first pass, a pure function of the
    source's text, name, metadata and regions, the gazetteer, the issues, `keep_details`, the code and the
    corpus year; "second YEAR DATE": an undated source's stage B against that anchor date; "anchor YEAR":
    its anchor with the dated events it consulted, see above; "people": the people it introduces, see
    `kept_introductions`). The loader keeps them per article (briefing.load.articles), keyed also by the
    Source they were computed from."""

    def has(self, index: int, part: str) -> bool:
        """Whether a result for `sources[index]` under `part` is kept (`known` may still find it unusable)."""

    def known(self, index: int, part: str) -> object | None:
        """The result kept for `sources[index]` under `part` (the stage, and what besides the source it
        depended on: "first YEAR", "second YEAR ANCHOR-DATE"), or None. Called in worker processes too."""

    def learned(self, index: int, part: str, result: object) -> None:
        """`sources[index]` gave `result` for `part` (to keep). Called in this process only."""


#: The memo's name for a source's introductions of people (people.py) and its name words (people_key.py):
#: they depend on the source, its regions and the gazetteer alone, which its key and digest already say.
PEOPLE_PART = "people"


class KeptIntroductions:
    """people.find_people's `kept`: each source's introductions from `memo`, else worked out and handed to it,
    with the source's name words (people_key.py) kept beside them: `names` holds them after the call, as
    plain data (three strings an article: as sets, 10,000 articles' would take 200 MB)."""

    def __init__(self, memo: StageMemo, sources: list[Source]) -> None:
        self.memo = memo
        self.sources = sources
        self.names: dict[int, list[str]] = {}
        #: Name words by text (sha256): copies of one article (a syndicated folder) are read once.
        self._by_text: dict[str, list[str]] = {}
        #: Name words worked out in a worker process (parallel.introductions_kept), by source index.
        self._offered: dict[int, list[str]] = {}

    def offer_names(self, index: int, names: list[str]) -> None:
        """`name_words(text).plain()` of source `index`, worked out elsewhere (the same function, the same text)."""
        self._offered[index] = names

    def __call__(self, index: int, work_out: Callable[[], list[Introduction]]) -> list[Introduction]:
        source = self.sources[index]
        plain = self.memo.known(index, PEOPLE_PART)
        found = names = None
        if type(plain) is list and len(plain) == 2 and NameWords.is_plain(plain[1]):
            found, names = _introductions(plain[0], source), plain[1]
        if found is None or names is None:
            found = work_out()  # (may offer the names first)
            names = self._offered.pop(index, None) or self._by_text.get(source.sha256)
            if names is None:
                names = self._by_text[source.sha256] = list(name_words(source.text).plain())
            self.memo.learned(index, PEOPLE_PART, [
                [(i.start, i.end, list(i.words), i.rule, i.role, i.role_start, i.role_end, i.side) for i in found],
                names])
        self.names[index] = names
        return found


def kept_introductions(memo: StageMemo, sources: list[Source]) -> KeptIntroductions:
    return KeptIntroductions(memo, sources)


def _introductions(plain: object, source: Source) -> list[Introduction] | None:
    """Kept introductions as records, or None when any is not what `kept_introductions` wrote for this
    source (a wrong type, a span outside the text, a name or title that is not there)."""
    text = source.text
    found = []
    try:
        for start, end, words, rule, role, role_start, role_end, side in plain:  # type: ignore[union-attr]
            if not (type(start) is int and type(end) is int and 0 <= start < end <= len(text)
                    and type(words) is list and words and all(type(w) is str and w for w in words)
                    and type(rule) is str and type(role) is str and type(role_start) is int
                    and type(role_end) is int and (side is None or type(side) is str)):
                return None
            name = text[start:end].lower()  # (the name alone: not the whole text, per introduction)
            if not all(w.lower() in name for w in words):
                return None
            if role and not (0 <= role_start < role_end <= len(text) and text[role_start:role_end] == role):
                return None
            found.append(Introduction(source.file, start, end, tuple(words), rule, role, role_start, role_end, side))
    except (TypeError, ValueError):
        return None
    return found
