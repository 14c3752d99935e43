"""One source's extraction stages, in this process or in a forked worker (see `extract` for the order).

Stage A (`scan`): usable pieces, sentences, actor mentions and the capitalised names left over. Stage B
(stage_b.py): dates, quotes, candidate events and positions, against the source's reference date. A worker
sends its results back as plain data (`_stage_b_alone`; plain.py: the loading process rebuilds the
records).
"""

from __future__ import annotations

import marshal
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.load.extract import parallel
from briefing.load.extract.boilerplate import citable_pieces
from briefing.load.extract.actor_mentions import find_actor_mentions
from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.anchoring import Anchor, DatedIndex, anchor_source
from briefing.load.extract.dates import Reference, folder_span, prints_no_year
from briefing.load.extract.events import Candidate
from briefing.load.extract.issues import IssueTagger
from briefing.load.extract.memo import RecordingIndex
from briefing.load.extract.metadata import YEAR_DOUBTFUL
from briefing.load.extract.parties import PartyFinder
from briefing.load.extract.plain import from_worker, plain_candidate
from briefing.load.extract.stage_b import StageOut, is_person, stage_b
from briefing.load.extract.quotes import MentionAt, RoleResolver
from briefing.load.extract.sentences import split_sentences
from briefing.model import Actor, Source

if TYPE_CHECKING:
    from briefing.load.extract.claim_fold import ClaimFold
    from briefing.load.sides import HoldingSides

_LOWER_WORD = re.compile(r"\b[a-z][a-z’'-]*\b")


def usable_pieces(source: Source) -> list[tuple[int, int]]:
    """Lines of the source with boilerplate and off-topic regions cut out (boilerplate.citable_pieces)."""
    return citable_pieces(source.text, source.regions)


#: A page dated by a scrape's stamp or by a timestamp line under its headline: the day in the site's time zone,
#: perhaps a day behind the story's own ("reported early on Friday" under "Thursday … 07:09 PM EDT"). A dateline
#: is the day where the story was written; a byline ("Published 11 November 2025") is read as the day of writing.
_TIMESTAMPS = ("meta:stamp", "meta:header")


def reference_for(source: Source) -> Callable[[int], Reference]:
    """The date a passage at `offset` is written from: its compilation part's date, else the source's. A part
    whose day is not known (a live page's entries under a "2h ago" stamp, live_days.py) is written from no date."""
    parts = sorted(((p.start, p.published) for p in source.parts
                    if p.published is not None or source.published is not None), key=lambda part: part[0])
    default = Reference(None if source.meta_rule.endswith(YEAR_DOUBTFUL) else source.published, "source dated",
                        stamp=source.meta_rule.startswith(_TIMESTAMPS))

    def at(offset: int) -> Reference:
        chosen = default
        for start, published in parts:
            if start <= offset:
                chosen = Reference(published, "part dated" if published is not None else "part undated")
        return chosen

    return at


class Shared:
    """What every source's stages read. A forked worker inherits it (the `_SHARED` global)."""

    def __init__(self, sources: list[Source], gazetteer: Gazetteer, tagger: IssueTagger, roles: RoleResolver,
                 by_id: dict[str, Actor], corpus_year: int | None, keep_details: bool) -> None:
        self.sources = sources
        self.gazetteer = gazetteer
        self.tagger = tagger
        self.roles = roles
        self.by_id = by_id
        self.corpus_year = corpus_year
        #: The first and last days of the dated sources (dates.folder_span): what dates the month-days of an
        #: undated source that prints no year.
        self.window = folder_span([s.published for s in sources])
        self.keep_details = keep_details
        #: The sides that hold positions (the briefing's negotiating sides) and the words that name them.
        self.negotiating: HoldingSides | frozenset[str] = frozenset()
        #: The parties besides actors a candidate event may stand on (countries, sides' cues), or None.
        self.parties: PartyFinder | None = None
        self.works: list[Work] = []
        self.dated_index: DatedIndex | None = None
        self.in_worker = False
        #: Results stay plain data (as a worker sends them) for the caller to keep: see extract's `memo`.
        self.plain = False
        #: Kept results of earlier loads (extract's `memo`, a StageMemo), or None.
        self.memo: object = None
        #: Digests of the dated index's lists (memo.IndexDigests), when a memo is used.
        self.digests: object = None
        #: What the records rebuilt from what workers send share (dates, offsets): see codec._Decoder.
        self.decoded: object = None
        #: The candidate events' distinct word sets (see take_stage_b).
        self.word_sets: dict[frozenset[str], frozenset[str]] = {}
        #: The candidate events' repeated fields (tuples of ids, confidences), one object per distinct value.
        self.values: dict[object, object] = {}
        #: Where the quotes and positions go as they are taken, when repeated claims are folded (claim_fold.py).
        self.fold: ClaimFold | None = None
        #: The (weekday, actor) lists of the dated index the undated sources' anchors consulted (extend.py).
        self.consulted: set[tuple[int, str]] = set()


_SHARED: Shared | None = None
#: Chunks taken from the workers between two hand-backs of free memory (parallel.give_back_free_memory).
TRIM_EVERY = 32


def run(task: Callable[[list[int]], list], shared: Shared, indexes: list[int] | range, workers: int):
    """`task` over chunks of `indexes`, in order, one result per index: here, or in forked workers."""
    global _SHARED  # noqa: PLW0603 - what a forked worker inherits
    chunks = [list(indexes[i:i + parallel.CHUNK]) for i in range(0, len(indexes), parallel.CHUNK)]
    _SHARED = shared
    try:
        if workers <= 1 or len(chunks) <= 1:
            for chunk in chunks:
                yield from task(chunk)
            return
        pool = parallel.pool(workers, _in_worker)
        if pool is None:
            for chunk in chunks:
                yield from task(chunk)
            return
        with pool:
            for number, (chunk, results) in enumerate(zip(chunks, parallel.in_order(pool, task, chunks, workers),
                                                          strict=True)):
                if number % TRIM_EVERY == TRIM_EVERY - 1:
                    parallel.give_back_free_memory()  # what the chunks before were built from is freed
                for index, result in zip(chunk, results, strict=True):
                    yield result if shared.plain else from_worker(result, shared.sources[index], shared)
    finally:
        _SHARED = None


def _in_worker() -> None:
    assert _SHARED is not None
    _SHARED.in_worker = True


def first_pass(indexes: list[int]) -> list:
    """Stage A of each source (sentences, actor mentions, leftovers, as plain tuples); stage B too when
    the source is dated."""
    assert _SHARED is not None
    return first_pass_with(_SHARED, indexes)


def first_pass_with(shared: Shared, indexes: list[int]) -> list:
    """`first_pass` with `shared` given (in this process, outside `run`)."""
    results = []
    for index in indexes:
        source = shared.sources[index]
        scan = _scan(source, shared.gazetteer)
        stage_b = None
        if has_day(source):
            work = _work_of(source, scan, shared.by_id)
            stage_b = _stage_b_alone(work, reference_for(source), shared)
            if not shared.keep_details:
                # Stage B is done: the loading process needs only the mentions and leftovers, not per
                # sentence (tens of thousands of small objects it would unpickle only to drop).
                pieces, sentences, per_sentence = scan
                scan = ([], [], [([f for found, _left in per_sentence for f in found],
                                  [left for _found, lefts in per_sentence for left in lefts])])
        elif not shared.keep_details:
            scan = _packed(scan)
        results.append((scan, stage_b))
    return results


def _packed(scan: tuple) -> tuple:
    """An undated source's stage A for the loading process, which keeps it until the second pass: the
    mentions and leftovers it gathers (flat, as for a dated source), and the whole scan as one marshalled
    bytes object, unpacked by the second pass (`Work.unpacked`) instead of thousands of small objects per
    source held in the loading process between the passes (at 10,000 articles, half of them undated,
    ~100 MB)."""
    _pieces, _sentences, per_sentence = scan
    return ([], [], [([f for found, _left in per_sentence for f in found],
                      [left for _found, lefts in per_sentence for left in lefts])],
            zlib.compress(marshal.dumps(scan), 1))  # ~2.6 times smaller (26 → 10 MB at 10,000 long articles)


def second_pass(indexes: list[int]) -> list:
    """Anchoring and stage B of each undated source, against the dated sources' candidate events."""
    assert _SHARED is not None
    return second_pass_with(_SHARED, indexes)


def second_pass_with(shared: Shared, indexes: list[int]) -> list:
    """`second_pass` with `shared` given (in this process, outside `run`)."""
    results = []
    for index in indexes:
        work = shared.works[index].unpacked(shared.by_id)
        consulted = RecordingIndex(shared.dated_index) if shared.dated_index is not None else None
        anchor = anchor_source(work.source, work.sentences, work.sentence_mentions, consulted, shared.by_id,
                               shared.corpus_year) if consulted is not None else None
        ref_at = reference_for(work.source)
        if anchor is not None:
            anchored = Reference(anchor.date, "source anchored to", latest=anchor.latest, named_floor=anchor.named)
            ref_at = lambda _offset, _r=anchored: _r  # noqa: E731
        elif folder_window(shared, work.source) is not None:
            in_folder = Reference(None, folder=shared.window)
            ref_at = lambda _offset, _r=in_folder: _r  # noqa: E731
        keys = consulted.keys if consulted is not None else set()
        results.append((anchor, *_second_stage_b(index, work, ref_at, anchor, shared), keys))
    return results


def folder_window(shared: Shared, source: Source) -> tuple | None:
    """The folder's span of dated days, for an undated source that prints no year (else None)."""
    return shared.window if shared.window is not None and prints_no_year(source.text) else None


def second_part(corpus_year: int | None, anchor: Anchor | None, window: tuple | None = None) -> str:
    """The memo's name for an undated source's stage B: it depends on the source and these dates alone (its
    anchor's interval, else the folder's span when the source prints no year)."""
    if anchor is not None:
        return f"second {corpus_year} {anchor.date.iso} {anchor.latest.iso}"
    return f"second {corpus_year} -" + (f" {window[0].isoformat()} {window[1].isoformat()}" if window else "")


def _second_stage_b(index: int, work: Work, ref_at: Callable[[int], Reference], anchor: Anchor | None,
                    shared: Shared) -> tuple[object, str, bool]:
    """Stage B of an undated source: (its result, the memo's name for it, whether it was worked out now).
    It depends on the source and its reference date alone: kept by the memo under that date."""
    part = second_part(shared.corpus_year, anchor, folder_window(shared, work.source))
    kept = shared.memo.known(index, part) if shared.memo is not None else None
    if kept is not None:
        return kept, part, False
    return _stage_b_alone(work, ref_at, shared), part, True


def _scan(source: Source, gazetteer: Gazetteer) -> tuple:
    """Stage A of one source: its usable pieces, sentences, and per sentence the actor mentions found
    (start, end, actor, alias, score, rule) and the capitalised names left over (start, end, text)."""
    text = source.text
    pieces = usable_pieces(source)
    sentences = [s for start, end in pieces for s in split_sentences(text, start, end)]
    lower_words = set(_LOWER_WORD.findall(text))
    per_sentence = []
    for start, end in sentences:
        found, leftovers = find_actor_mentions(gazetteer, text, start, end, lower_words)
        per_sentence.append(([(f.start, f.end, f.actor, f.alias, f.score, f.rule) for f in found],
                             [(left.start, left.end, left.text) for left in leftovers]))
    return pieces, sentences, per_sentence


def _work_of(source: Source, scan: tuple, by_id: dict[str, Actor]) -> Work:
    pieces, sentences, per_sentence = scan
    work = Work(source=source, pieces=pieces, sentences=sentences)
    for found, _leftovers in per_sentence:
        for start, end, actor, *_rest in found:
            work.mentions.append(MentionAt(start, end, actor, is_person(by_id, actor)))
        work.sentence_mentions.append([(actor, start, end) for start, end, actor, *_rest in found])
    return work


def _stage_b_alone(work: Work, ref_at: Callable[[int], Reference], shared: Shared) -> tuple:
    """Stage B of one source into fresh lists: (quotes, positions, candidates, quote parts, dates), as
    plain data when in a worker (pydantic records pickle slowly and each would keep its own fields-set)."""
    out = StageOut()
    candidates: list[Candidate] = []
    quote_part: dict[str, object] = {}
    stage_b(work, ref_at, shared.corpus_year, out, candidates, quote_part, shared.tagger, shared.roles,
             shared.by_id, shared.keep_details, shared.negotiating, shared.parties)
    result = (out.quotes, out.positions, candidates, quote_part, out.dates.get(work.source.file))
    if not (shared.in_worker or shared.plain):
        return result
    from briefing.load.codec import _Encoder

    encoder = _Encoder({work.source.file: work.source.text})
    return ("plain", [encoder.value(q) for q in out.quotes], [encoder.value(p) for p in out.positions],
            [plain_candidate(c, encoder) for c in candidates], quote_part, out.dates.get(work.source.file))


@dataclass
class Work:
    """One source between the two stages of `extract`."""

    source: Source
    pieces: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    mentions: list[MentionAt] = field(default_factory=list)
    sentence_mentions: list[list[tuple[str, int, int]]] = field(default_factory=list)
    #: Stage A as `_packed` keeps it (then the fields above are empty), or None.
    packed: bytes | None = None

    def unpacked(self, by_id: dict[str, Actor]) -> Work:
        """This work with its stage A in its fields (a new Work when it was packed)."""
        if self.packed is None:
            return self
        return _work_of(self.source, marshal.loads(zlib.decompress(self.packed)), by_id)  # noqa: S302 - our own bytes

    def done(self) -> None:
        """Stage B is over: let go of what only it needed."""
        self.pieces, self.sentences, self.mentions, self.sentence_mentions = [], [], [], []
        self.packed = None


def has_day(source: Source) -> bool:
    dates = [source.published] + [p.published for p in source.parts]
    return any(d is not None and d.day is not None for d in dates)
