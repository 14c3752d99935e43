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

How they run: stages.py (one source's stage A and stage B, here or in a worker process), gather.py (what
the sources' results add up to: mentions, unknown names, events, variants), memo.py (what is kept per
article between loads, and what it depended on), parallel.py (the worker processes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from briefing.load.extract import parallel
from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.anchoring import Anchor, DatedIndex
from briefing.load.extract.claim_fold import ClaimFold
from briefing.load.extract.dates import DateMention
from briefing.load.extract.discrepancies import quote_renderings, spelling_variants, weekday_mismatches
from briefing.load.extract.day_events import events_by_day
from briefing.load.extract.days import DayPlans, digests_by_day
from briefing.load.extract.events import Candidate
from briefing.load.extract.gather import Gathered, ticker, variants_of
from briefing.load.extract.issues import IssueTagger
from briefing.load.extract.merge_state import Merges
from briefing.load.extract.memo import (
    PEOPLE_PART,
    IndexDigests,
    StageMemo,
    PeopleKeyed,
    anchor_part,
    keep_anchor,
    kept_anchor,
    kept_introductions,
)
from briefing.load.extract.parallel import map_sources
from briefing.load.extract.parties import PartyFinder
from briefing.load.extract.people import eponyms_in, find_people, lower_words
from briefing.load.extract.person_spellings import joined, new_people
from briefing.load.sides import HoldingSides, bundled_sides, side_cues
from briefing.load.extract.quotes import RoleResolver
from briefing.load.extract.plain import from_worker, take_stage_b
from briefing.load.extract.people_notes import Pieces as _Pieces
from briefing.load.extract.people_notes import noted_eponyms, noted_lower, noted_possessors
from briefing.load.extract.person_possessors import possessed_sides
from briefing.load.extract.people_notes import recording as _recording
from briefing.load.extract.stages import (
    Shared,
    Work,
    first_pass,
    first_pass_with,
    folder_window,
    has_day,
    reference_for,
    run,
    second_part,
    second_pass,
    second_pass_with,
    usable_pieces,
)
from briefing.model import (
    Actor,
    Alias,
    Discrepancy,
    Event,
    Issue,
    Mentions,
    Position,
    Quote,
    Side,
    Source,
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
    #: `quotes` and `positions` are merged already (one claim, many sources: load/claims.py), as the loader's
    #: merge would merge them: an extraction with no curated quote or position to merge with that keeps a
    #: fold state (merge_state.py).
    merged: bool = False


def extract(sources: list[Source], actors: list[Actor], issues: list[Issue], *,
            exact_mentions: bool = True, progress: Callable[[int, int], None] | None = None,
            keep_details: bool = True, workers: int | None = None, memo: StageMemo | None = None,
            sides: tuple[Side, ...] | None = None,
            curated_claims: tuple[list[Quote], list[Position]] | None = None,
            keep: Callable[[list, Iterator], None] | None = None) -> Extracted:
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
    `curated_claims`: the curated quotes and positions the loader will merge these with: the repeated
    automatic ones are then held as stand-ins as they arrive (see claim_fold.py; for the loader's merge
    only, which folds them all away). `keep(head, parts)`: handed, once every source is taken, what the next load
    of this folder grown by files that sort last needs to go on from here (extend.py): plain data for
    `marshal`, part by part, made as they are read; with `curated_claims` only.
    """
    sides = bundled_sides() if sides is None else sides
    plans: DayPlans | None = memo if hasattr(memo, "day_plan") else None  # type: ignore[assignment]
    tick = ticker(progress, 2 * len(sources))
    out = Extracted()
    introductions: dict[int, list] | None = {} if keep is not None and curated_claims is not None else None
    lone_lower: list = [[], [], None, None]  # (for the state: the lone surname words, those written lower-case,
    # the eponyms, the possessives' names and sides)
    memo = _introduced(sources, actors, sides, memo, out, workers, keep_details, introductions, lone_lower)
    known = actors
    actors = joined(actors, out.people)  # (a known person's other spellings join them: person_spellings.py)
    shared, years = _shared(sources, actors, issues, sides, keep_details)
    shared.memo = memo
    shared.fold = None if curated_claims is None else ClaimFold(sources, *curated_claims)
    candidates: list[Candidate] = []
    quote_part: dict[str, object] = {}
    gathered = Gathered(sources, shared.by_id, new_people(out.people, known), exact_mentions)

    # Stage A (no dates needed): sentences, mentions, unknown names. Stage B (dates, quotes, candidate
    # events, positions) of a dated source needs nothing from the others, so it runs in the same pass;
    # an undated source is then anchored, if it can be, to the events of the dated ones, and done.
    # Both passes can run in worker processes (see parallel.pool): each source's results come back as plain data
    # and are taken in source order, so the result is the same as in one process.
    shared.works = _take_first_passes(shared, workers, memo, out, gathered, candidates, quote_part, tick)
    state = None if introductions is None else _state_head(out, introductions, years, gathered, shared)
    out.mentions = gathered.mentions_built()
    parallel.give_back_free_memory()

    _second_passes(shared, workers, memo, out, candidates, quote_part, tick)
    digests = merges = None
    if state is not None and shared.fold is not None and not any(curated_claims or ()):
        merges = Merges({a.id: a.name for a in actors})
        quotes, positions, parts = shared.fold.results()
        shared.fold = None
        merged(out, merges, quotes, positions, parts)
        del quotes, positions, parts
        digests = _keep_state(keep, state, lone_lower, shared, out, candidates, merges)  # type: ignore[arg-type]
        del state
    finish(out, shared, gathered, candidates, quote_part, plans, actors, digests, merges)
    return out


def merged(out: Extracted, merges: Merges, quotes: list, positions: list, parts: dict[str, object]) -> None:
    """The next `quotes` and `positions` (each in source order) taken into `merges`; `out`'s quotes and
    positions what they merge into."""
    merges.add(quotes, positions, parts)
    out.quotes, out.positions, out.merged = merges.quotes.result(), merges.positions.result(), True


def _shared(sources: list[Source], actors: list[Actor], issues: list[Issue], sides: tuple[Side, ...],
            keep_details: bool) -> tuple[Shared, Counter]:
    """What every source's stages read (`actors`: the people found included), with the year of each
    publication date."""
    by_id = {a.id: a for a in actors}
    years = Counter(s.published.year for s in sources if s.published is not None)
    corpus_year = years.most_common(1)[0][0] if years else None
    shared = Shared(sources, Gazetteer(actors), IssueTagger(issues), RoleResolver(actors), by_id, corpus_year,
                    keep_details)
    shared.negotiating = HoldingSides.of(sides)  # its negotiating ids, and the words naming them
    shared.parties = PartyFinder(sides, actors)
    return shared, years


def _take_first_passes(shared: Shared, workers: int | None, memo: StageMemo | None, out: Extracted,  # noqa: PLR0913
                       gathered: Gathered, candidates: list[Candidate], quote_part: dict[str, object],
                       tick: Callable[[], None]) -> list[Work]:
    """Every source's first pass taken in source order (stage A into `gathered`, a dated source's stage B
    into `out`, `candidates`, `quote_part`): each source's Work (an undated one's stage B is to come)."""
    works: list[Work] = []
    for source, (scan, stage_b) in zip(shared.sources, _first_passes(shared, workers, memo), strict=True):
        pieces, sentences, per_sentence, *packed = scan
        if shared.keep_details:
            out.sentences[source.file] = sentences
        # An undated source's stage B comes later and needs its sentences and mentions (packed, when
        # details are not kept: see stages._packed); a dated one's is done.
        work = Work(source=source, pieces=pieces, sentences=sentences, packed=packed[0] if packed else None) \
            if stage_b is None else Work(source=source, pieces=[], sentences=[])
        gathered.take(source, per_sentence, work if stage_b is None and not packed else None)
        works.append(work)
        tick()
        if stage_b is not None:
            take_stage_b(stage_b, work, out, candidates, quote_part, shared.word_sets, shared.fold)
            tick()
    return works


def _state_head(out: Extracted, introductions: dict[int, list], years: Counter, gathered: Gathered,
                shared: Shared) -> list:
    """The fold state's first part as stage A leaves it (extend.py reads it back): the people, every
    source's introductions, the corpus year, the years, what was gathered; with its encoder last."""
    from briefing.load.codec import _Encoder
    from briefing.load.extract.fold_state import gathered_plain

    sources = shared.sources
    encoder = _Encoder({source.file: source.text for source in sources})
    return [[encoder.value(person) for person in out.people],
            [introductions.get(index, []) for index in range(len(sources))], shared.corpus_year,
            list(years.items()), gathered_plain(gathered, encoder), encoder]


def _keep_state(keep: Callable[[list, Iterator], None], state: list, lone_lower: list, shared: Shared,  # noqa: PLR0913
                out: Extracted, candidates: list[Candidate], merges: Merges) -> dict[str, bytes]:
    """Hand `keep` the fold state (`state`: _state_head's) once every source is taken; each day's digest."""
    from briefing.load.extract.fold_state import stage_b_parts

    encoder = state.pop()
    digests = day_digests(shared, candidates, {})
    state += [shared.dated_index is None or not shared.dated_index.by_key, sorted(shared.consulted),
              sorted(digests.items()), lone_lower]
    keep([state, out.mentions.columns()], stage_b_parts(merges, candidates, out.anchors, encoder))
    return digests


def day_digests(shared: Shared, candidates: list[Candidate], known: dict[str, bytes]) -> dict[str, bytes]:
    """days.digests_by_day over the candidates in source order (as the merge reads them)."""
    order = {source.file: i for i, source in enumerate(shared.sources)}
    return digests_by_day(sorted(candidates, key=lambda c: (order[c.source], c.span.start)), known)


def finish(out: Extracted, shared: Shared, gathered: Gathered, candidates: list[Candidate],  # noqa: PLR0913
           quote_part: dict[str, object], plans: DayPlans | None, actors: list[Actor],
           digests: dict[str, bytes] | None = None, merges: Merges | None = None) -> None:
    """Every source taken: the quotes, positions and candidates in source order, the events merged (each
    day's digest from `digests` where given), the names left over, the variants and the discrepancies,
    into `out` (the quote renderings from `merges` when they took the quotes: `out.merged`)."""
    by_id = shared.by_id
    order = {source.file: i for i, source in enumerate(shared.sources)}
    if shared.fold is not None:
        out.quotes, out.positions, quote_part = shared.fold.results()
        shared.fold = None
    parallel.give_back_free_memory()
    if not out.merged:
        out.quotes.sort(key=lambda q: (order[q.source], q.span.start))
        out.positions.sort(key=lambda p: (order[p.evidence[0].source], p.evidence[0].start))
    candidates.sort(key=lambda c: (order[c.source], c.span.start))

    out.events = events_by_day(candidates, plans, digests, shared.parties.stands_for)
    parallel.give_back_free_memory()
    out.unknown_names = gathered.unknown_names()
    out.variants = variants_of(gathered.fuzzy, by_id, gathered.surnames)
    out.discrepancies = (spelling_variants(by_id, gathered.spelling_sample())
                         + (merges.renderings.result() if merges is not None
                            else quote_renderings(out.quotes, quote_part, {a.id: a.name for a in actors}))
                         + weekday_mismatches(candidates))
    parallel.give_back_free_memory()  # (what the discrepancies were worked out with: the merge builds next)


def _introduced(sources: list[Source], actors: list[Actor], sides: tuple[Side, ...], memo: StageMemo | None,  # noqa: PLR0913
                out: Extracted, workers: int | None, keep_details: bool,
                introductions: dict[int, list] | None = None, lone_lower: list | None = None) -> StageMemo | None:
    """The people `sources` introduce, into `out.people` (a large folder's worked out in worker processes
    first); and the memo each source's stages are to use: keyed also on the people it can meet (they come
    from other sources, see people_key.py)."""
    kept = None if memo is None else kept_introductions(memo, sources)
    cues = side_cues(sides)
    ask = parallel.introductions_kept(sources, actors, cues, kept,
                                      None if memo is None else lambda index: memo.has(index, PEOPLE_PART),
                                      workers, keep_details)
    if introductions is not None:
        ask = _recording(ask, introductions)
    lower_of = None if lone_lower is None else lambda lone: noted_lower(lone, lower_words(sources, lone), lone_lower)
    eponyms_of = None if lone_lower is None else lambda: noted_eponyms(eponyms_in(sources), lone_lower)
    possessors_of = None if lone_lower is None else lambda placing: noted_possessors(
        possessed_sides([source.text for source in sources], placing), lone_lower)
    out.people = find_people(sources, _Pieces(sources), actors, cues, ask, lower_of, eponyms_of,  # type: ignore[arg-type]
                             possessors_of)
    if memo is None or kept is None:
        return memo
    if not out.people:
        kept.names.clear()  # no one introduced: every source's key is as without people
        return memo
    return PeopleKeyed(memo, out.people, kept.names)


def _second_passes(shared: Shared, workers: int | None, memo: StageMemo | None, out: Extracted,  # noqa: PLR0913
                   candidates: list[Candidate], quote_part: dict[str, object], tick: Callable[[], None]) -> None:
    """Anchoring and stage B of each undated source, against the dated sources' candidate events (from
    `memo` where what it kept still holds), taken into `out` in source order."""
    works, corpus_year = shared.works, shared.corpus_year
    undated = [i for i, w in enumerate(works) if not has_day(w.source)]
    shared.dated_index = DatedIndex(candidates) if undated else None
    # Anchoring needs the dated sources' events: kept per article only while the events it consulted stay.
    kept = _kept_anchors(shared, undated, memo)
    todo = [index for index in undated if index not in kept]
    worked = set(todo)
    second_workers = parallel.worker_count(workers, len(todo), shared.keep_details)
    shared.plain = memo is not None
    fresh_passes = run(second_pass, shared, todo, second_workers)
    for index in undated:
        work = works[index]
        stage_b = None
        if index in kept:
            anchor = kept.pop(index)
            stage_b = memo.known(index, second_part(corpus_year, anchor,  # type: ignore[union-attr]
                                                    folder_window(shared, work.source)))
        if stage_b is None:
            second = next(fresh_passes) if index in worked else second_pass_with(shared, [index])[0]
            anchor, stage_b, part, fresh, consulted = second
            shared.consulted.update(consulted)
            if memo is not None:
                memo.learned(index, anchor_part(corpus_year), keep_anchor(anchor, consulted, shared.digests,
                                                                          work.source))
                if fresh:
                    memo.learned(index, part, stage_b)
        if memo is not None:
            stage_b = from_worker((None, stage_b), work.source, shared)[1]
        if anchor is not None:
            out.anchors[work.source.file] = anchor
        take_stage_b(stage_b, work, out, candidates, quote_part, shared.word_sets, shared.fold)
        work.done()
        tick()


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
        if valid and memo.has(index, second_part(shared.corpus_year, anchor, folder_window(shared, source))):
            kept[index] = anchor
            shared.consulted.update((weekday, actor) for weekday, actor, _digest in anchoring[1])  # type: ignore[index]
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


