"""What a worker process sends back for one source (plain data: pydantic records pickle slowly) and how the
loading process takes it: the records built again (`from_worker`), sharing what copies of an article
repeat, and added to the extraction's results in source order (`take_stage_b`)."""

from __future__ import annotations

from sys import intern
from typing import TYPE_CHECKING

from briefing.load.extract.events import Candidate
from briefing.model import Position, Quote, Region, Source

if TYPE_CHECKING:
    from briefing.load.extract import Extracted
    from briefing.load.extract.claim_fold import ClaimFold
    from briefing.load.extract.stages import Shared, Work


def plain_candidate(c: Candidate, encoder) -> tuple:  # noqa: ANN001 - codec._Encoder
    return (c.source, encoder.value(c.date), c.date_basis, c.date_rule, c.date_confidence, c.verb, c.actors,
            c.issues, encoder.value(c.span), c.words, c.persons, c.distance)


#: A region's fields, in the order `plain_regions` writes them.
_REGION_FIELDS = tuple(Region.model_fields)


def plain_regions(regions: list[Region] | tuple[Region, ...]) -> tuple[tuple, ...]:
    """A source's boilerplate regions as plain tuples, for a worker to send (`regions_of` builds them again)."""
    return tuple(tuple([region.__dict__[name] for name in _REGION_FIELDS]) for region in regions)


def regions_of(plain: tuple[tuple, ...], strings: dict[str, str]) -> tuple[Region, ...]:
    """The regions `plain_regions` wrote, as records built without validation (the worker made them), sharing
    one fields-set (pydantic gives each unpickled record a set of its own: ~600 bytes) and, through `strings`,
    one string per distinct label and rule: ~47,000 regions at 10,000 long articles, ~0.7 KB less each."""
    make = Region.trusted_maker()
    share = strings.setdefault
    return tuple(make(dict(zip(_REGION_FIELDS, [share(v, v) if type(v) is str else v for v in values],
                               strict=True))) for values in plain)


def from_worker(result: tuple, source: Source, shared: Shared) -> tuple:
    """A source's results as a worker sent them (or a cache kept them), with its stage B records built again."""
    first, stage_b, *rest = result
    if stage_b is None or stage_b[0] != "plain":
        return result
    from briefing.load.codec import _Decoder

    _plain, quotes, positions, candidates, quote_part, found_dates = stage_b
    if shared.decoded is None:
        shared.decoded = _Decoder([], {})
        shared.decoded.strings = {}
    decoder = _Decoder([source.file], {source.file: source.text}, shared.decoded)  # type: ignore[arg-type]
    _share_strings(quotes, _QUOTE_STRINGS, decoder.strings)
    _share_strings(positions, _POSITION_STRINGS, decoder.strings)
    # Held until every source is done: the fields copies repeat (actors, issues, people, the rule and its
    # confidence) one object each across them, the source's name its own string.
    share = shared.values.setdefault
    file = source.file
    built = [Candidate(file if c[0] == file else c[0], decoder.value(c[1]), c[2], intern(c[3]), share(c[4], c[4]), c[5], share(c[6], c[6]),
                       share(c[7], c[7]), decoder.value(c[8]), c[9], share(c[10], c[10]), c[11]) for c in candidates]
    if shared.fold is not None:  # the fold builds only the records it holds in full (claim_fold.py)
        from briefing.load.extract.claim_fold import Plain

        return first, ([Plain(q, decoder, True) for q in quotes], [Plain(p, decoder, False) for p in positions],
                       built, quote_part, found_dates), *rest
    return first, ([decoder.value(q) for q in quotes], [decoder.value(p) for p in positions], built, quote_part,
                   found_dates), *rest


def _share_strings(records: list, fields: tuple[int, ...], strings: dict[str, str] | None) -> None:
    """Each of the `fields` of every plain record (as codec._Encoder makes them) one string per distinct
    value: a summary or a rule repeats in every copy of an article (tens of thousands of times at 10,000)."""
    if strings is None:
        return
    for values in records:
        if type(values) is list:
            for at in fields:
                if at < len(values) and type(values[at]) is str:
                    values[at] = strings.setdefault(values[at], values[at])


def _plain_fields(cls: type, *names: str) -> tuple[int, ...]:
    from briefing.load.codec import _NAMES, _TAG

    fields = _NAMES[_TAG[cls]]
    return tuple(1 + fields.index(name) for name in names)  # after the record's tag


_QUOTE_STRINGS = _plain_fields(Quote, "rule")
_POSITION_STRINGS = _plain_fields(Position, "summary", "rule")


def take_stage_b(result: tuple, work: Work, out: Extracted, candidates: list[Candidate],  # noqa: PLR0913
                 quote_part: dict[str, object], word_sets: dict[frozenset[str], frozenset[str]] | None = None,
                 fold: ClaimFold | None = None) -> None:
    """One source's stage B results into `out`. `word_sets`: the candidates' word sets taken so far, each
    distinct one kept once (every copy of a syndicated sentence has the same). `fold`: takes the quotes,
    positions and quote parts instead (see claim_fold.py)."""
    quotes, positions, found, parts, dates = result
    if fold is not None:
        fold.take(work.source, quotes, positions, parts)
    else:
        out.quotes.extend(quotes)
        out.positions.extend(positions)
        quote_part.update(parts)
    for candidate in found:
        # Kept until every source is done (tens of thousands at 10,000 articles): the words they are
        # compared by, the verb and the date basis, one string each across all of them.
        words = frozenset(map(intern, candidate.words))
        candidate.words = words if word_sets is None else word_sets.setdefault(words, words)
        candidate.verb = intern(candidate.verb)
        candidate.date_basis = intern(candidate.date_basis)
    candidates.extend(found)
    if dates is not None:
        out.dates[work.source.file] = dates
