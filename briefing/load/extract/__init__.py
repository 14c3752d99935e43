"""Automatic extraction: any folder of .txt articles becomes a briefing.

One small module per job; this one runs them in order over each source's usable text (everything
outside boilerplate and off-topic regions) and builds model records, each with its evidence span,
origin="auto", a confidence and the rule that produced it. Deterministic, no network, no clock.

    sentences.py     sentence spans             metadata.py      outlet, headline, date, parts
    boilerplate.py   regions to skip            actors.py        gazetteer mentions, fuzzy, unknown names
    dates.py         dates resolved             quotes.py        quotes and speakers
    events.py        candidate events + merge   issues.py        issue tags, stance cues
    discrepancies.py variants and conflicts     people.py        people the gazetteer lacks
    quote_marks.py   where quotations are
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Protocol

from briefing.load.extract import parallel
from briefing.load.extract.actors import Gazetteer, Leftover
from briefing.load.extract.anchoring import Anchor, DatedIndex
from briefing.load.extract.dates import DateMention
from briefing.load.extract.discrepancies import (
    quote_renderings,
    same_family,
    spelling_variants,
    weekday_mismatches,
)
from briefing.load.extract.events import Candidate, event_title, merge_candidates, verb_weight
from briefing.load.extract.findings import make_span
from briefing.load.extract.issues import IssueTagger
from briefing.load.extract.memo import IndexDigests, anchor_part, keep_anchor, kept_anchor
from briefing.load.extract.parallel import map_sources
from briefing.load.extract.people import find_people
from briefing.load.sides import bundled_sides, side_cues
from briefing.load.extract.quotes import MentionAt, RoleResolver
from briefing.load.extract.stages import (
    Shared,
    Work,
    first_pass,
    first_pass_with,
    from_worker,
    has_day,
    is_person,
    reference_for,
    run,
    second_part,
    second_pass,
    second_pass_with,
    take_stage_b,
    usable_pieces,
)
from briefing.model import (
    Actor,
    Alias,
    Discrepancy,
    Event,
    Issue,
    Mention,
    Mentions,
    MentionsBuilder,
    Position,
    Quote,
    Source,
    Side,
    Span,
    UnknownName,
)
from briefing.model.mentions import EMPTY

__all__ = ["Extracted", "StageMemo", "extract", "map_sources", "reference_for", "usable_pieces"]


@dataclass
class Extracted:
    #: Actor mentions, by source then offset (stored compactly, see briefing.model.mentions).
    mentions: Mentions = EMPTY
    #: Per actor id, as auto aliases with their evidence: spellings found by fuzzy matching (misspellings, or
    #: transliteration variants with misspelling=False) and the surname written alone.
    variants: dict[str, list[Alias]] = field(default_factory=dict)
    unknown_names: list[UnknownName] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    #: Sentence spans of each source (usable text only), for evaluation and the TUI.
    sentences: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    #: Every resolved date expression, per source.
    dates: dict[str, list[DateMention]] = field(default_factory=dict)
    #: Undated sources dated by the events they share with dated ones (see anchoring.py).
    anchors: dict[str, Anchor] = field(default_factory=dict)
    #: People the text introduces that the gazetteer lacks (see people.py): automatic actors.
    people: list[Actor] = field(default_factory=list)


def extract(sources: list[Source], actors: list[Actor], issues: list[Issue], *,
            exact_mentions: bool = True, progress: Callable[[int, int], None] | None = None,
            keep_details: bool = True, workers: int | None = None, memo: StageMemo | None = None,
            sides: tuple[Side, ...] | None = None) -> Extracted:
    """Run every extractor over `sources` (with their final metadata and regions).

    `exact_mentions=False` leaves plain alias matches out of `mentions` (the loader has them already
    from the curated gazetteer); they are still used inside, for quotes, events and positions.
    `progress(done, total)` is told of each source done (each is worked through twice, so total is
    twice the number of sources). `keep_details=False` leaves `sentences` and `dates` empty (the loader
    does not use them; on a large folder they are a lot of memory). `workers`: how many processes
    (default: one per CPU for a large folder when that is safe, see `_workers`; 1: this one only).
    `memo`: per-source results kept from earlier loads (see StageMemo): each source's first pass, and an
    undated source's anchor and second pass; only what it does not hold is worked out, and it is told
    what that gave. The result is the same with or without it. `sides`: the briefing's sides (default: the
    bundled ones): their cues place the people found, and their negotiating ones hold positions.
    """
    sides = bundled_sides() if sides is None else sides
    tick = _ticker(progress, 2 * len(sources))
    out = Extracted()
    out.people = find_people(sources, {s.file: usable_pieces(s) for s in sources}, actors, side_cues(sides))
    actors = actors + out.people
    people = {a.id for a in out.people}
    if memo is not None and out.people:
        memo = _WithPeople(memo, out.people)  # (a source's stages read them; they come from other sources)
    gazetteer = Gazetteer(actors)
    tagger = IssueTagger(issues)
    roles = RoleResolver(actors)
    by_id = {a.id: a for a in actors}
    years = Counter(s.published.year for s in sources if s.published is not None)
    corpus_year = years.most_common(1)[0][0] if years else None
    candidates: list[Candidate] = []
    #: Per unknown name: how often it occurs and its first three spans (all that is shown).
    unknown: dict[str, list] = {}
    quote_part: dict[str, object] = {}
    spelled: dict[tuple[str, str, str], tuple] = {}
    mentions = MentionsBuilder({s.file: s.text for s in sources})
    fuzzy: list[Mention] = []
    #: Per actor, the first surname-only mention ("Witkoff"): listed under the actor as an alias.
    surnames: dict[str, tuple[str, Span]] = {}
    sample = _SpellingSample(by_id)

    # Stage A (no dates needed): sentences, mentions, unknown names. Stage B (dates, quotes, candidate
    # events, positions) of a dated source needs nothing from the others, so it runs in the same pass;
    # an undated source is then anchored, if it can be, to the events of the dated ones, and done.
    # Both passes can run in worker processes (see parallel.pool): each source's results come back as plain data
    # and are taken in source order, so the result is the same as in one process.
    shared = Shared(sources, gazetteer, tagger, roles, by_id, corpus_year, keep_details)
    shared.negotiating = frozenset(s.id for s in sides if s.negotiating)
    shared.memo = memo
    works: list[Work] = []
    for source, (scan, stage_b) in zip(sources, _first_passes(shared, workers, memo), strict=True):
        text, file = source.text, source.file
        pieces, sentences, per_sentence = scan
        if keep_details:
            out.sentences[file] = sentences
        # An undated source's stage B comes later and needs its sentences and mentions; a dated one's is done.
        work = Work(source=source, pieces=pieces, sentences=sentences) if stage_b is None else \
            Work(source=source, pieces=[], sentences=[])
        for found, leftovers in per_sentence:
            for start, end, actor, alias, score, rule in found:
                if stage_b is None:
                    work.mentions.append(MentionAt(start, end, actor, is_person(by_id, actor)))
                if not exact_mentions and rule == "actor:exact" and actor not in people:
                    # One per spelling, for spelling discrepancies (after all the others, as they were).
                    spelled.setdefault((file, actor, alias), (file, start, end, actor, alias, score, rule))
                    continue
                mentions.add(file, start, end, actor, alias, score, "auto", rule)
                said = text[start:end]
                sample.add(file, start, end, actor, alias, score, rule, said)
                if rule == "actor:fuzzy":
                    fuzzy.append(_mention(file, text, start, end, actor, alias, score, rule))
                elif rule == "actor:surname" and actor not in surnames:
                    surnames[actor] = (alias, make_span(file, text, start, end))
            for start, end, name in leftovers:
                _add_unknown(unknown, file, text, Leftover(start, end, name))
            if stage_b is None:
                work.sentence_mentions.append([(actor, start, end) for start, end, actor, *_rest in found])
        works.append(work)
        tick()
        if stage_b is not None:
            take_stage_b(stage_b, work, out, candidates, quote_part)
            tick()
    out.mentions = mentions.build()
    del mentions
    text_of = {s.file: s.text for s in sources}
    for file, start, end, actor, alias, score, rule in spelled.values():
        sample.add(file, start, end, actor, alias, score, rule, text_of[file][start:end])

    undated = [i for i, w in enumerate(works) if not has_day(w.source)]
    shared.works = works
    shared.dated_index = DatedIndex(candidates) if undated else None
    # Anchoring needs the dated sources' events: kept per article only while the events it consulted stay.
    kept = _kept_anchors(shared, undated, memo)
    todo = [index for index in undated if index not in kept]
    worked = set(todo)
    second_workers = parallel.worker_count(workers, len(todo), keep_details)
    shared.plain = memo is not None
    fresh_passes = run(second_pass, shared, todo, second_workers)
    for index in undated:
        work = works[index]
        stage_b = None
        if index in kept:
            anchor = kept.pop(index)
            stage_b = memo.known(index, second_part(corpus_year, anchor))  # type: ignore[union-attr]
        if stage_b is None:
            second = next(fresh_passes) if index in worked else second_pass_with(shared, [index])[0]
            anchor, stage_b, part, fresh, consulted = second
            if memo is not None:
                memo.learned(index, anchor_part(corpus_year), keep_anchor(anchor, consulted, shared.digests,
                                                                          work.source))
                if fresh:
                    memo.learned(index, part, stage_b)
        if memo is not None:
            stage_b = from_worker((None, stage_b), work.source, shared)[1]
        if anchor is not None:
            out.anchors[work.source.file] = anchor
        take_stage_b(stage_b, work, out, candidates, quote_part)
        work.done()
        tick()
    order = {w.source.file: i for i, w in enumerate(works)}
    out.quotes.sort(key=lambda q: (order[q.source], q.span.start))
    out.positions.sort(key=lambda p: (order[p.evidence[0].source], p.evidence[0].start))
    candidates.sort(key=lambda c: (order[c.source], c.span.start))

    out.events = _events(merge_candidates(candidates))
    out.unknown_names = sorted(
        (UnknownName.trusted(name=name, count=count, evidence=tuple(spans)) for name, (count, spans) in unknown.items()),
        key=lambda u: (-u.count, u.name))
    out.variants = _variants(fuzzy, by_id, surnames)
    out.discrepancies = (spelling_variants(by_id, sample.mentions(text_of))
                         + quote_renderings(out.quotes, quote_part, {a.id: a.name for a in actors})
                         + weekday_mismatches(candidates))
    return out


class _WithPeople:
    """A StageMemo whose part names also say which people the folder's articles introduce (people.py): each
    source's stages read them (its mentions, its quotes' speakers), and they depend on the other articles,
    so a kept result holds only while they are the same."""

    def __init__(self, memo: StageMemo, people: list[Actor]) -> None:
        self.memo = memo
        described = sorted((a.id, a.name, a.side, a.placed, tuple(al.text for al in a.aliases),
                            tuple(r.title for r in a.roles)) for a in people)
        self.suffix = " people " + hashlib.sha256(repr(described).encode()).hexdigest()[:16]

    def has(self, index: int, part: str) -> bool:
        return self.memo.has(index, part + self.suffix)

    def known(self, index: int, part: str) -> object | None:
        return self.memo.known(index, part + self.suffix)

    def learned(self, index: int, part: str, result: object) -> None:
        self.memo.learned(index, part + self.suffix, result)


class StageMemo(Protocol):
    """Keeps a stage's result for one source, as plain data (what a worker process sends back), under a
    part name that says what else it depended on ("first YEAR": the first pass, a pure function of the
    source's text, name, metadata and regions, the gazetteer, the issues, `keep_details`, the code and the
    corpus year; "second YEAR DATE": an undated source's stage B against that anchor date; "anchor YEAR":
    its anchor with the dated events it consulted, see memo.py). The loader keeps them per article
    (briefing.load.articles), keyed also by the Source they were computed from."""

    def has(self, index: int, part: str) -> bool:
        """Whether a result for `sources[index]` under `part` is kept (`known` may still find it unusable)."""

    def known(self, index: int, part: str) -> object | None:
        """The result kept for `sources[index]` under `part` (the stage, and what besides the source it
        depended on: "first YEAR", "second YEAR ANCHOR-DATE"), or None. Called in worker processes too."""

    def learned(self, index: int, part: str, result: object) -> None:
        """`sources[index]` gave `result` for `part` (to keep). Called in this process only."""


def _kept_anchors(shared: Shared, undated: list[int], memo: StageMemo | None) -> dict[int, Anchor | None]:
    """The undated sources whose anchor (still valid) and second pass `memo` holds: {index: anchor}."""
    if memo is None or shared.dated_index is None:
        return {}
    shared.digests = IndexDigests(shared.dated_index)
    kept: dict[int, Anchor | None] = {}
    for index in undated:
        source = shared.sources[index]
        anchoring = memo.known(index, anchor_part(shared.corpus_year))
        if anchoring is None:
            continue
        valid, anchor = kept_anchor(anchoring, shared.digests, source)
        if valid and memo.has(index, second_part(shared.corpus_year, anchor)):
            kept[index] = anchor
    return kept


def _first_passes(shared: Shared, workers: int | None, memo: StageMemo | None) -> Iterator[tuple]:
    """The first pass of every source, in order: from `memo` where it knows it, else worked out (in
    worker processes for many sources) and handed to `memo`."""
    count = len(shared.sources)
    if memo is None:
        yield from run(first_pass, shared, range(count), parallel.worker_count(workers, count, shared.keep_details))
        return
    shared.plain = True
    part = f"first {shared.corpus_year}"
    todo = [index for index in range(count) if not memo.has(index, part)]
    fresh = run(first_pass, shared, todo, parallel.worker_count(workers, len(todo), shared.keep_details))
    worked = set(todo)
    for index, source in enumerate(shared.sources):
        # Read one at a time, as it is taken: never every source's kept results in memory at once.
        result = None if index in worked else memo.known(index, part)
        if result is None:
            # (one that was there a moment ago but does not read back now is worked out here)
            result = next(fresh) if index in worked else first_pass_with(shared, [index])[0]
            memo.learned(index, part, result)
        yield from_worker(result, source, shared)
    shared.plain = False


def _mention(file: str, text: str, start: int, end: int, actor: str, alias: str, score: float,  # noqa: PLR0913
             rule: str) -> Mention:
    return Mention.trusted(actor=actor, span=make_span(file, text, start, end), alias=alias, score=score,
                           origin="auto", rule=rule)


class _SpellingSample:
    """Of all the automatic mentions, in order, the few that `spelling_variants` looks at.

    For each actor it reports the first mention of each odd spelling (fuzzy, or a known misspelling), next
    to the correct spelling nearest it, preferably in another source: the last mention of that spelling
    outside the odd one's source (or, when there is none, inside it), the spellings taken in the order of
    their first mention there. Those are all among the first mention of each (actor, correct spelling),
    the first in another source than that one, the last, and the last in another source than that one:
    four mentions per spelling instead of every one (~450,000 at 10,000 articles, each a record). The
    result is the same as over every mention (tests/test_mentions_store.py checks it).
    """

    def __init__(self, actors: dict[str, Actor]) -> None:
        self.misspelt = {a.id: {alias.text for alias in a.aliases if alias.misspelling} for a in actors.values()}
        self.odd: dict[tuple[str, str], tuple] = {}
        #: Per (actor, spelling): [first, first in another source, last, last in another source].
        self.good: dict[tuple[str, str], list] = {}
        self.count = 0

    def add(self, file: str, start: int, end: int, actor: str, alias: str, score: float, rule: str,  # noqa: PLR0913
            said: str) -> None:
        self.count += 1
        misspelt = self.misspelt.get(actor)
        if misspelt is None:
            return  # not an actor of the gazetteer: spelling_variants skips it
        row = (self.count, file, start, end, actor, alias, score, rule)
        key = (actor, said)
        if rule == "actor:fuzzy" or said in misspelt:
            self.odd.setdefault(key, row)
            return
        entry = self.good.get(key)
        if entry is None:
            self.good[key] = [row, None, row, None]
            return
        if entry[1] is None and file != entry[0][1]:
            entry[1] = row
        if file != entry[2][1]:
            entry[3] = entry[2]
        entry[2] = row

    def mentions(self, texts: dict[str, str]) -> list[Mention]:
        rows = {row[0]: row for row in self.odd.values()}
        for entry in self.good.values():
            rows.update((row[0], row) for row in entry if row is not None)
        return [_mention(file, texts[file], start, end, actor, alias, score, rule)
                for _n, file, start, end, actor, alias, score, rule in (rows[n] for n in sorted(rows))]


def _ticker(progress: Callable[[int, int], None] | None, total: int) -> Callable[[], None]:
    """A counter that reports to `progress` about two hundred times over `total` steps, and at the end."""
    if progress is None:
        return lambda: None
    step = max(1, total // 200)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            progress(done, total)

    return tick


def _add_unknown(unknown: dict[str, list], file: str, text: str, left: Leftover) -> None:
    entry = unknown.get(left.text)
    if entry is None:
        entry = unknown[left.text] = [0, []]
    entry[0] += 1
    if len(entry[1]) < 3:
        entry[1].append(make_span(file, text, left.start, left.end))


def _events(groups: list) -> list[Event]:  # noqa: ANN001 - list[Merged]
    events = []
    for number, group in enumerate(groups, start=1):
        lead = max(group.members, key=lambda m: (_member_confidence(m), -m.span.start))
        sources = dict.fromkeys(m.source for m in group.members)
        actors = tuple(dict.fromkeys(a for m in group.members for a in m.actors))
        issues = tuple(dict.fromkeys(i for m in group.members for i in m.issues))
        confidence = min(0.95, round(_member_confidence(lead) + 0.05 * (len(sources) - 1), 2))
        basis = "; ".join(dict.fromkeys(f"{m.source.split('_', 1)[0]}: {m.date_basis}" for m in group.members))
        events.append(Event.trusted(
            id=f"auto-{group.date.iso}-{number:03d}", date=group.date, date_basis=basis,
            title=event_title(lead.span.text), summary=" ".join(lead.span.text.split()), actors=actors, issues=issues,
            evidence=tuple(m.span for m in group.members), origin="auto", confidence=confidence,
            rule=f"event:sentence({lead.date_rule}, verb {lead.verb!r})"
                 + (f"+merged:{len(group.members)}" if len(group.members) > 1 else "")))
    return events


def _member_confidence(candidate: Candidate) -> float:
    """Date confidence × how eventful the verb is × whether the date sits next to the verb."""
    near = 1.0 if candidate.distance <= 60 else 0.85
    return round(candidate.date_confidence * verb_weight(candidate.verb) * near * 0.95, 2)


def _variants(mentions: list[Mention], actors: dict[str, Actor],
              surnames: dict[str, tuple[str, Span]]) -> dict[str, list[Alias]]:
    variants: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    scores: dict[tuple[str, str], float] = {}
    for mention in mentions:
        if mention.rule != "actor:fuzzy":
            continue
        variants[mention.actor][mention.span.text].append(mention.span)
        scores[(mention.actor, mention.span.text)] = mention.score
    out: dict[str, list[Alias]] = {}
    for actor_id, texts in variants.items():
        known = {a.text for a in actors[actor_id].aliases} if actor_id in actors else set()
        forms = [actors[actor_id].name, *known] if actor_id in actors else []
        out[actor_id] = [Alias(text=t, misspelling=not any(same_family(t, f) for f in forms), origin="auto",
                               score=scores[(actor_id, t)], evidence=tuple(spans[:3]))
                         for t, spans in sorted(texts.items()) if t not in known]
    for actor_id, (word, span) in surnames.items():
        # The surname alone, as the text writes it ("Witkoff"), listed under the actor.
        if actor_id in actors and word not in {a.text for a in actors[actor_id].aliases}:
            out.setdefault(actor_id, []).append(Alias(text=word, origin="auto", score=90.0, evidence=(span,)))
    return out
