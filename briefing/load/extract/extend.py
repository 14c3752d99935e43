"""An extraction gone on from where the last load of the folder left it: files added after every file it had.

`extract` takes each source's results into accumulators in a fixed order (see fold_state.py); with `keep` it
leaves them as plain data. When the folder has since gained files whose names sort after every file it had,
and nothing else changed, `extend` takes those accumulators back, works out the new files alone, takes their
results last (where `extract` would take them) and finishes as `extract` does: the same result, without the
old files' records. What could make an old file's results differ falls back (`extend` returns None, and the
debug log says why): the people the folder introduces, the corpus year, the folder's span of dated days, a
list of the dated index an undated source's anchor consulted (when it was shorter than the index's limit),
or an index that was empty.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterator

from briefing.load.extract import Extracted, _Pieces, day_digests, finish, merged, noted_eponyms, noted_lower
from briefing.load.extract import _shared as shared_of
from briefing.load.extract.anchoring import DatedIndex
from briefing.load.extract.merge_state import Merges, MergesReader
from briefing.load.extract.dates import folder_span, prints_no_year
from briefing.load.extract.days import DayPlans
from briefing.load.extract.fold_state import _str, _strings, restore_gathered, restore_mentions, restore_stage_b
from briefing.load.extract.gather import Gathered
from briefing.load.extract.memo import _introductions
from briefing.load.extract.people import eponyms_in, find_people, lower_words
from briefing.load.extract.people_notes import noted_possessors
from briefing.load.extract.person_possessors import Possessors, possessed_sides
from briefing.load.extract.person_roles import Placing
from briefing.load.extract.person_spellings import joined
from briefing.load.extract.plain import take_stage_b
from briefing.load.extract.stages import Shared, Work, has_day, run, second_pass_with
from briefing.load.sides import side_cues
from briefing.model import Actor, Issue, Position, Quote, Side, Source

log = logging.getLogger(__name__)


class Stale(Exception):
    """The kept state does not hold for the folder as it is: the full extraction runs (the message says why)."""


def extend(state: Iterator, sources: list[Source], old: int, actors: list[Actor], issues: list[Issue], *,  # noqa: PLR0913
           sides: tuple[Side, ...], curated_claims: tuple[list[Quote], list[Position]], exact_mentions: bool,
           plans: DayPlans | None, keep: Callable[[list, Iterator], None],
           read: Callable[[], bytes] | None = None) -> Extracted:
    """`extract(sources, ...)` for a folder whose first `old` sources are those the `state` parts (what
    extract handed its `keep`, read back) were left by, handing `keep` what the same call would (the old sources'
    candidates as `read()` gave their parts' bytes, when given). The quotes and positions go on from the merges
    the state kept (merge_state.py): the new sources' items are taken into them, the old ones are not read.
    Raises Stale when the state does not hold; a state that does not check out raises what codec's decoder
    raises (cache.UNTRUSTWORTHY)."""
    if any(curated_claims):
        raise Stale("curated quotes or positions to merge with (a fold state is kept for none)")
    from briefing.load.codec import _Encoder

    people_kept, introductions, corpus_year_kept, _years, gathered_kept, _empty, consulted, digests, lone_lower = \
        next(state)
    if type(introductions) is not list or len(introductions) != old:
        raise ValueError("introductions of another folder")
    encoder = _Encoder({source.file: source.text for source in sources})
    out = Extracted()
    noted: dict[int, list] = {}
    noted_words: list = [[], [], None, None]  # (the lone surname words, those written lower-case, the eponyms,
    # the possessives' names and sides)
    shared, actors, years = _shared((people_kept, introductions, corpus_year_kept, lone_lower, noted_words), sources,
                                    old, actors, issues, sides, out, noted, encoder)
    gathered, candidates, kept_parts, merges = _restore(state, gathered_kept, shared, old, out, exact_mentions, read,
                                                        {a.id: a.name for a in actors})
    taken = len(candidates)  # (the old sources'; the new ones' are taken after them)
    added = list(range(old, len(sources)))
    shared.works = [Work(source=source, pieces=[], sentences=[]) for source in sources]
    quote_part: dict[str, object] = {}
    _first_passes(shared, added, gathered, out, candidates, quote_part)
    new_state = [[encoder.value(person) for person in out.people],
                 [*introductions, *(noted[index] for index in added)], shared.corpus_year, list(years.items())]
    from briefing.load.extract.fold_state import gathered_plain

    new_state.append(gathered_plain(gathered, encoder))
    out.mentions = gathered.mentions_built()
    _undated_passes(shared, old, taken, consulted, out, candidates, quote_part)
    order = {source.file: i for i, source in enumerate(sources)}
    merged(out, merges, sorted(out.quotes, key=lambda q: (order[q.source], q.span.start)),
           sorted(out.positions, key=lambda p: (order[p.evidence[0].source], p.evidence[0].start)), quote_part)
    from briefing.load.extract.fold_state import stage_b_parts

    # Each day's digest: kept for the days no new candidate falls on (their candidates are the same).
    touched = {c.date.iso for c in candidates[taken:]}
    known = {_str(iso): digest for iso, digest in digests if iso not in touched and type(digest) is bytes}
    days = day_digests(shared, candidates, known)
    new_state += [not shared.dated_index.by_key, sorted(shared.consulted), sorted(days.items()), noted_words]
    keep([new_state, out.mentions.columns()], stage_b_parts(merges, candidates, out.anchors, encoder, kept_parts,
                                                            taken))
    kept_parts.clear()
    del new_state, encoder
    finish(out, shared, gathered, candidates, quote_part, plans, actors, days, merges)
    return out


def _shared(kept: tuple, sources: list[Source], old: int, actors: list[Actor], issues: list[Issue],  # noqa: PLR0913
            sides: tuple[Side, ...], out: Extracted,
            noted: dict[int, list], encoder) -> tuple[Shared, list[Actor], Counter]:  # noqa: ANN001
    """What every source's extraction shares, made as `extract` makes it, once the people (into `out.people`),
    the corpus year and the folder's span are found as the state has them (`kept`: the people, the old sources'
    introductions, the corpus year, find_people's lone surname words and those of them written lower-case, a
    list to note them in for the next state; else Stale); with the actors (the people included) and the year
    of each publication date."""
    people_kept, introductions, corpus_year_kept, lone_lower, noted_words = kept
    out.people = find_people(sources, _Pieces(sources), actors, side_cues(sides),  # type: ignore[arg-type]
                             _kept_introductions(sources, old, introductions, noted),
                             _lower_of(sources, old, lone_lower, noted_words),
                             _eponyms_of(sources, old, lone_lower, noted_words),
                             _possessors_of(sources, old, lone_lower, noted_words))
    if [encoder.value(person) for person in out.people] != people_kept:
        raise Stale("the people the folder's articles introduce changed")
    actors = joined(actors, out.people)
    shared, years = shared_of(sources, actors, issues, sides, False)
    if shared.corpus_year != corpus_year_kept:
        raise Stale("the corpus year changed")
    if shared.window != folder_span([s.published for s in sources[:old]]) and any(
            not has_day(source) and prints_no_year(source.text) for source in sources[:old]):
        raise Stale("the folder's span of dated days changed, and an undated article printing no year reads it")
    return shared, actors, years


def _restore(state: Iterator, gathered_kept: list, shared: Shared, old: int, out: Extracted,  # noqa: PLR0913
             exact_mentions: bool, read: Callable[[], bytes] | None,
             names: dict[str, str]) -> tuple[Gathered, list, dict[str, list[bytes]], Merges]:
    """The accumulators as the state left them (`gathered_kept`, then the `state`'s parts): what was gathered
    (mentions included), the candidates, (into `out`) the anchors, with the kept parts' bytes (`read()`) by
    what they hold; and the merges (their renderings naming speakers by `names`)."""
    from briefing.load.codec import _Decoder

    sources = shared.sources
    texts = {source.file: source.text for source in sources}
    decoder = _Decoder(list(texts), texts)
    decoder.strings = {}  # each distinct span text one string (the copies of an article repeat their sentences)
    gathered = Gathered(sources, shared.by_id, {a.id for a in out.people if a.origin == "auto"}, exact_mentions)
    restore_gathered(gathered_kept, gathered, decoder)
    restore_mentions(next(state), gathered, decoder, [source.file for source in sources[:old]])
    decoder.read_spans.clear()  # (known by their plain lists' ids: the next parts' are new)
    kept_parts: dict[str, list[bytes]] = {}
    merges = MergesReader(names, decoder)
    candidates, out.anchors = restore_stage_b(state, merges, decoder, shared.values, shared.word_sets, read,
                                              kept_parts)
    if next(state, None) is not None:
        raise ValueError("parts left over")
    return gathered, candidates, kept_parts, merges.result()


def _undated_passes(shared: Shared, old: int, taken: int, consulted: list, out: Extracted,  # noqa: PLR0913
                    candidates: list, quote_part: dict[str, object]) -> None:
    """The dated index of old and new candidates (the first `taken` the old sources'), checked to read as the
    old undated sources' anchors read it (else Stale); then each new undated source's second pass, taken in
    source order."""
    sources = shared.sources
    dated = {source.file for source in sources if has_day(source)}
    shared.dated_index = DatedIndex([c for c in candidates if c.source in dated])
    undated_before = any(source.file not in dated for source in sources[:old])
    _anchors_hold(shared.dated_index, DatedIndex([c for c in candidates[taken:] if c.source in dated]),
                  undated_before, consulted)
    shared.consulted = {(int(weekday), str(actor)) for weekday, actor in consulted}
    for index in range(old, len(sources)):
        if sources[index].file in dated:
            continue
        anchor, stage_b, _part, _fresh, keys = second_pass_with(shared, [index])[0]
        shared.consulted.update(keys)
        if anchor is not None:
            out.anchors[sources[index].file] = anchor
        take_stage_b(stage_b, shared.works[index], out, candidates, quote_part, shared.word_sets, shared.fold)
        shared.works[index].done()


def _lower_of(sources: list[Source], old: int, lone_lower: list, noted: list) -> Callable[[set[str]], set[str]]:
    """find_people's `lower_of`: when the lone surname words are those of the state, the lower-case ones the
    state found among the old sources and those the new sources write (lower_words over every source is
    the union of its answers over any split of them); else lower_words over every source. Noted for the
    next state."""
    if type(lone_lower) is not list or len(lone_lower) != 4:
        raise ValueError("lone words of the wrong shape")
    lone_kept, lower_kept = (set(_strings(words)) for words in lone_lower[:2])
    if not lower_kept <= lone_kept:
        raise ValueError("lower-case words that are no lone words")

    def lower_of(lone: set[str]) -> set[str]:
        if lone == lone_kept:
            lower = lower_kept | lower_words(sources[old:], lone)
        else:
            lower = lower_words(sources, lone)
        return noted_lower(lone, lower, noted)

    return lower_of


def _eponyms_of(sources: list[Source], old: int, kept: list, noted: list) -> Callable[[], set[str]]:
    """find_people's `eponyms_of`: those the state found among the old sources (when it searched them) and
    those of the new sources (eponyms_in over every source is the union of its answers over any split of them);
    else eponyms_in over every source. Noted for the next state."""
    def eponyms_of() -> set[str]:
        found = eponyms_in(sources) if kept[2] is None else set(_strings(kept[2])) | eponyms_in(sources[old:])
        return noted_eponyms(found, noted)

    return eponyms_of


def _possessors_of(sources: list[Source], old: int, kept: list, noted: list) -> Callable[[Placing], Possessors]:
    """find_people's `possessors_of`: the names after a country's possessive the state found among the old
    sources (when it searched them) with those of the new sources, each name's sides joined (possessed_sides over
    every text is the union of its answers over any split of them); else possessed_sides over every text.
    Noted for the next state."""
    def possessors_of(sides: Placing) -> Possessors:
        if kept[3] is None:
            return noted_possessors(possessed_sides([source.text for source in sources], sides), noted)
        found: Possessors = {_str(name): set(_strings(named)) for name, named in _pairs(kept[3])}
        for name, named in possessed_sides([source.text for source in sources[old:]], sides).items():
            found.setdefault(name, set()).update(named)
        return noted_possessors(found, noted)

    return possessors_of


def _pairs(values: object) -> list:
    if type(values) is not list or not all(type(v) in (list, tuple) and len(v) == 2 for v in values):
        raise TypeError("not pairs")
    return values


def _kept_introductions(sources: list[Source], old: int, introductions: list, noted: dict[int, list]):  # noqa: ANN202
    """find_people's `kept`: an old source's introductions as the state kept them (checked against its text),
    a new one's worked out; each noted as plain data for the next state."""
    def kept(index: int, work_out):  # noqa: ANN001, ANN202
        if index < old:
            found = _introductions(introductions[index], sources[index])
            if found is None:
                raise ValueError("kept introductions that are not the source's")
            return found
        found = work_out()
        noted[index] = [(i.start, i.end, list(i.words), i.rule, i.role, i.role_start, i.role_end, i.side)
                        for i in found]
        return found

    return kept


def _first_passes(shared: Shared, added: list[int], gathered: Gathered, out: Extracted, candidates: list,
                  quote_part: dict[str, object]) -> None:
    """Stage A of each new source (and stage B of a dated one), taken in source order, as `extract` does."""
    import briefing.load.extract as extraction

    for index, (scan, stage_b) in zip(added, run(extraction.first_pass, shared, added, 1), strict=True):
        source = shared.sources[index]
        pieces, sentences, per_sentence, *packed = scan
        work = Work(source=source, pieces=pieces, sentences=sentences, packed=packed[0] if packed else None) \
            if stage_b is None else Work(source=source, pieces=[], sentences=[])
        gathered.take(source, per_sentence, work if stage_b is None and not packed else None)
        shared.works[index] = work
        if stage_b is not None:
            take_stage_b(stage_b, work, out, candidates, quote_part, shared.word_sets, shared.fold)


def _anchors_hold(after: DatedIndex, added: DatedIndex, undated: bool, consulted: list) -> None:
    """Raise Stale unless every list of the dated index an old undated source consulted reads as it did (as
    `DatedIndex.near` reads it: its first LIMIT candidates), and the index is as empty or not as it was
    (memo.kept_anchor's conditions, for every old undated source at once). `after`: the index of old and new
    candidates; `added`: of the new ones alone (taken after the old: each list of `after` is the old one's,
    then `added`'s)."""
    def was(key: tuple[int, str]) -> int:
        return len(after.by_key.get(key, ())) - len(added.by_key.get(key, ()))

    if undated and added.by_key and not any(was(key) for key in after.by_key):
        raise Stale("the dated index the undated articles were anchored against was empty")
    for weekday, actor in consulted:
        key = (weekday, actor)
        if was(key) < after.LIMIT and key in added.by_key:
            raise Stale(f"a list of the dated index an undated article consulted changed ({key})")
