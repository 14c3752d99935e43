"""What an extraction leaves for the next load of a folder that grows (see extend.py): its accumulators as
plain data for `marshal`, and back.

`extract` takes every source's results into accumulators in source order: the mentions and the names left
over (gather.Gathered, stage A of every source), the merges of the quotes and positions (merge_state.py)
and the candidate events (stage B: the dated sources in source order, then the undated ones). Files added after
every file of the folder (their names sort last) arrive last in each, so the accumulators as the last load
left them, given the new files' results, are what a load of the grown folder accumulates. This module
turns them into plain data (`gathered_plain`, `stage_b_parts`) and back (`restore_gathered`, `restore_mentions`,
`restore_stage_b`); every span is read back through codec._Decoder, so it is checked inside its source.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterator
from operator import gt
from sys import intern
from typing import TYPE_CHECKING, Any

from briefing.load.extract.anchoring import Anchor
from briefing.load.extract.merge_state import PART, Merges, MergesReader, merges_parts
from briefing.load.extract.events import Candidate
from briefing.load.extract.plain import plain_candidate
from briefing.model import Mention, PartialDate
from briefing.model.mentions import _INT  # (the type of the builder's columns)

if TYPE_CHECKING:
    from briefing.load.codec import _Decoder, _Encoder
    from briefing.load.extract.gather import Gathered


# ---- stage A: the mentions, names left over, fuzzy and surname mentions, the spelling sample ----------
def gathered_plain(gathered: Gathered, encoder: _Encoder) -> list:
    """`gathered` after every source's stage A, before `mentions_built` (which adds the spellings kept aside),
    but its mentions: those are kept as the columns they are built into (`restore_mentions`)."""
    sample = gathered.sample
    return [
        [(name, count, [encoder.span(span) for span in spans]) for name, (count, spans) in gathered.unknown.items()],
        [(list(key), list(row)) for key, row in gathered.spelled.items()],
        [(m.actor, encoder.span(m.span), m.alias, m.score, m.origin, m.rule) for m in gathered.fuzzy],
        [(actor, alias, encoder.span(span)) for actor, (alias, span) in gathered.surnames.items()],
        [(list(key), list(row)) for key, row in sample.odd.items()],
        [(list(key), [None if row is None else list(row) for row in entry]) for key, entry in sample.good.items()],
        sample.count,
    ]


def restore_gathered(plain: list, gathered: Gathered, decoder: _Decoder) -> None:
    """`gathered` (new, over every source) as `gathered_plain` saw it (its mentions: `restore_mentions`)."""
    unknown, spelled, fuzzy, surnames, odd, good, count = plain
    gathered.unknown = {_str(name): [int(count), [decoder.span(span) for span in spans]]
                        for name, count, spans in unknown}
    gathered.spelled = {tuple(key): tuple(row) for key, row in spelled}
    gathered.fuzzy = [Mention.trusted(actor=_str(actor), span=decoder.span(span), alias=_str(alias),
                                      score=_number(score), origin=_str(origin), rule=_str(rule))
                      for actor, span, alias, score, origin, rule in fuzzy]
    gathered.surnames = {_str(actor): (_str(alias), decoder.span(span)) for actor, alias, span in surnames}
    sample = gathered.sample
    sample.odd = {tuple(key): tuple(row) for key, row in odd}
    sample.good = {tuple(key): [None if row is None else tuple(row) for row in entry] for key, entry in good}
    sample.count = int(count)


def restore_mentions(columns: list, gathered: Gathered, decoder: _Decoder, files: list[str]) -> None:
    """`gathered`'s mention builder holding the mentions of the old sources `files` (the first of the new
    builder's), from the columns (Mentions.columns) they were built into. Built, they are in the order a
    build sorts them in, the labels numbered as the builder numbered them: the new sources' rows added after
    them build into what the builder that took every source would have built."""
    builder = gathered.mentions
    assert builder is not None
    (kept_files, labels, said), *data = columns
    first, starts, ends, numbers = arrays = [array(_INT) for _column in data]
    for values, column in zip(arrays, data, strict=True):
        values.frombytes(column)
    rows = len(starts)
    if list(kept_files) != files or len(first) != len(files) + 1 or (first and first[0] != 0) \
            or first[-1] != rows or len(ends) != rows or len(numbers) != rows or type(said) is not dict \
            or (rows and max(numbers) >= len(labels)) or any(map(gt, first, first[1:])) or any(map(gt, starts, ends)):
        raise ValueError("mention columns that do not check out")
    column = array(_INT)
    for index in range(len(files)):
        begin, end = first[index], first[index + 1]
        if begin < end and max(ends[begin:end]) > decoder.lengths[index]:
            raise ValueError("a mention outside its source")
        column += array(_INT, [index]) * (end - begin)
    builder._labels = {_label(label): number for number, label in enumerate(labels)}  # noqa: SLF001 - its state
    builder._file, builder._start, builder._end, builder._label = column, starts, ends, numbers  # noqa: SLF001
    builder._said = {int(row): _str(text) for row, text in said.items()}  # noqa: SLF001
    builder._last = (column[-1], starts[-1]) if rows else (-1, -1)  # noqa: SLF001
    builder._sorted = True  # noqa: SLF001


def _label(values: list) -> tuple:
    actor, alias, score, origin, rule = values
    return (_str(actor), _str(alias), _number(score), _str(origin), _str(rule))


def _number(value: object) -> float:
    if type(value) not in (int, float):
        raise TypeError("not a number")
    return value  # type: ignore[return-value]


def _str(value: object) -> str:
    if type(value) is not str:
        raise TypeError("not a string")
    return value


def _typed(value: object, kind: type) -> Any:  # noqa: ANN401
    if type(value) is not kind:
        raise TypeError(f"not a {kind.__name__}")
    return value


# ---- stage B: the merges of the quotes and positions, candidates, anchors -------------------------------


def stage_b_parts(merges: Merges, candidates: list[Candidate], anchors: dict[str, Anchor], encoder: _Encoder,
                  kept: dict[str, list[bytes]] | None = None, taken: int = 0) -> Iterator[tuple | bytes]:
    """The merges of the quotes and positions (merge_state.py), the candidate events (in the order taken)
    and the anchors, after every source, as tagged parts for `marshal` (made as they are written), then
    ("end",). `kept`: the parts of the first `taken` candidates as read from the last state, by tag, written
    again as they are (cache.Marshalled): files added after every old one do not change them."""
    encoder.spans.clear()  # (known by their records' ids: made anew for these parts)
    kept = kept or {}
    yield from merges_parts(merges, encoder)
    yield from kept.get("candidates", ())
    for at in range(taken, len(candidates), PART):
        yield ("candidates", [plain_candidate(candidate, encoder) for candidate in candidates[at:at + PART]])
        encoder.spans.clear()
    yield ("anchors", [(file, _anchor_plain(anchor, encoder)) for file, anchor in anchors.items()])
    yield ("end",)


def _anchor_plain(anchor: Anchor, encoder: _Encoder) -> tuple:
    return (encoder.value(anchor.date), encoder.value(anchor.latest), anchor.note, encoder.value(anchor.evidence),
            anchor.confidence)


def restore_stage_b(parts: Iterator[Any], merges: MergesReader, decoder: _Decoder, share: dict,  # noqa: PLR0913
                    word_sets: dict, read: Callable[[], bytes] | None = None,
                    raw: dict[str, list[bytes]] | None = None) -> tuple[list[Candidate], dict[str, Anchor]]:
    """`merges` given the parts `stage_b_parts` wrote, read from `parts` up to the end; the candidates and
    anchors. `read()`: the bytes of the part just read; those of the candidates go into `raw` (by tag), for
    `stage_b_parts` to write again."""
    built: list[Candidate] = []
    kept: dict[str, Anchor] = {}
    while True:
        decoder.read_spans.clear()  # (known by their plain lists' ids: the last part's are gone)
        tag, *rest = next(parts)
        if tag == "end":
            return built, kept
        if type(tag) is not str:
            raise ValueError("a part of no kind")
        if merges.take(tag, tuple(rest)):
            continue
        (payload,) = rest
        if raw is not None and read is not None and tag == "candidates":
            raw.setdefault(tag, []).append(read())
        if tag == "candidates":
            built += [_candidate(c, decoder, share, word_sets) for c in payload]
        elif tag == "anchors":
            for file, (date, latest, note, evidence, confidence) in payload:
                kept[_str(file)] = Anchor(date=_typed(decoder.value(date), PartialDate),
                                          latest=_typed(decoder.value(latest), PartialDate), note=_str(note),
                                          evidence=decoder.spans(evidence), confidence=float(confidence))
        else:
            raise ValueError(f"a part of no kind: {tag!r}")


def _candidate(c: list, decoder: _Decoder, share: dict, word_sets: dict) -> Candidate:
    """A candidate as plain.plain_candidate made it, its repeated fields one object each (as take_stage_b
    and plain.from_worker share them: tens of thousands of candidates at 10,000 articles)."""
    source, date, basis, rule, confidence, verb, actors, issues, span, words, persons, distance = c
    if not (type(source) is str and type(basis) is str and type(rule) is str and type(verb) is str
            and type(confidence) is float and type(distance) is int and type(words) is frozenset
            and date is not None):
        raise TypeError("a candidate of the wrong shape")
    kept = word_sets.get(words)
    if kept is None:
        _strings(words)
        kept = word_sets.setdefault(words, words)
    candidate = Candidate(source, decoder.date(date), intern(basis), intern(rule), share.setdefault(confidence, confidence),
                          intern(verb), _shared(actors, share), _shared(issues, share), decoder.span(span), kept,
                          _shared(persons, share), distance)
    if candidate.span.source != source:
        raise ValueError("a candidate's span outside its source")
    return candidate


def _shared(value: object, share: dict) -> tuple:
    kept = share.get(value)  # type: ignore[call-overload]
    return kept if kept is not None else share.setdefault(_strings(value), value)


def _strings(values: object) -> tuple:
    if type(values) not in (tuple, list, frozenset) or not all(type(v) is str for v in values):  # type: ignore[union-attr]
        raise TypeError("not strings")
    return tuple(values)  # type: ignore[arg-type]
