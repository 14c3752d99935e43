"""A folder that grows: the load goes on from the state the last load of the same folder left (its fold state),
working out only the files added, instead of merging every article's records again.

Beside the cached briefings, each full build of a folder with no TOML files of its own (any folder of
articles) writes `<digest of its path>.fold-state`, sealed like a briefing (cache.write_parts: every part
tagged with the user's secret): the files it was built from (name, SHA-256, reading notes), each source as
read (before anchoring), its vote for the folder's year, its publication-date conflicts, and what extraction
had accumulated (extract/fold_state.py). A later load of the folder at the same path whose files are those
and more, every new one sorting after every old one (a folder that grows by files named by date or number),
takes that state back and extracts the new files alone (extract/extend.py); then the merge with the
curated data (merge.combine), as a full build does. The result is the same as a load without a cache (the
oracle tests in tests/test_incremental.py and tests/test_fold.py hold it to that).

Anything else builds in full, and the debug log (`briefing.load.fold`) says why: no state for this path, a
state that does not verify, files removed, edited or added in between, the folder's year, the corpus year,
the people its articles introduce or its span of dated days changed by the new files, or an undated
article's anchor that could change.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from briefing.load import cache

if TYPE_CHECKING:
    from briefing.load.curated import Curated
    from briefing.load.sources import RawSource
    from briefing.load.store import LoadCache
    from briefing.model import Actor, Briefing, Issue, Problem, Source

log = logging.getLogger(__name__)

#: Sources per part of the state file.
SOURCES_PART = 1000
#: Bump when what the state holds changes shape (the code's hash in the context changes with any change too).
VERSION = 7


def state_path(directory: Path, folder: Path) -> Path:
    return directory / f"{cache.folder_digest(folder)}.fold-state"


def state_key(context: bytes, path: Path) -> bytes:
    """The key a state is sealed under: the load's inputs besides its files (code, TOML files) and where."""
    return hashlib.sha256(context + path.name.encode()).digest()


def _files(raws: list[RawSource]) -> list[tuple[str, str, str]]:
    return [(raw.file, raw.sha256, "\n".join(raw.notes)) for raw in raws]


def save(store: LoadCache, folder: Path, context: bytes, raws: list[RawSource], sources: list[Source],  # noqa: PLR0913
         votes: list[int | None], conflicts: list[list], year: int | None, head: list, state: Iterator,
         kept: list[bytes] = ()) -> None:  # type: ignore[assignment]
    """Write the fold state of a build of `folder` (its `sources` before anchoring, each file's vote for the
    folder's year and its publication-date conflicts, the folder's `year`, then the parts extraction handed
    its `keep`: `head`, then `state`, made as they are written). `kept`: the bytes of the first full parts of
    sources as the last state held them (a fold's: files added last leave them as they were), written again
    as they are; the sources after them are encoded, in parts of the same bounds as a build's."""
    from briefing.load.codec import _Encoder

    encoder = _Encoder({source.file: source.text for source in sources})

    def parts():  # noqa: ANN202
        yield ["fold", VERSION, _files(raws), year]
        yield from kept
        for at in range(len(kept) * SOURCES_PART, len(sources), SOURCES_PART):  # (one part's data at a time)
            yield [encoder.value(source) for source in sources[at:at + SOURCES_PART]]
            encoder.spans.clear()
        yield votes
        yield [[(summary, tuple(encoder.span(span) for span in spans)) for summary, spans in found]
               for found in conflicts]
        yield from head
        yield from state

    path = state_path(store.directory, folder)
    if not cache.write_parts(path, state_key(context, path), store.secret, parts()):
        log.debug("fold: the state could not be written to %s", path)


def attempt(folder: Path, raws: list[RawSource], problems: list[Problem], store: LoadCache, context: bytes,  # noqa: PLR0913
            curated: Curated, gazetteer: list[Actor], issues: list[Issue], ready: dict[str, tuple]) -> Briefing | None:
    """The briefing of `folder` gone on from its fold state, or None (the reason in the debug log): build it.
    `ready` is given the date clues and regions of the new files read meanwhile (the build takes them)."""
    path = state_path(store.directory, folder)
    try:
        parts = cache.read_sealed(path, state_key(context, path), store.secret, with_bytes=True)
    except cache.Refused as refused:
        log.debug("fold: the state %s does not verify (%s): full merge", path, refused)
        cache.discard(path)
        return None
    if parts is None:
        log.debug("fold: no state for this folder: full merge")
        return None
    from briefing.load.extract.extend import Stale

    try:
        return _go_on(folder, raws, problems, store, context, _Parts(parts), curated, gazetteer, issues, ready)
    except Stale as stale:
        log.debug("fold: %s: full merge", stale)
    except cache.Refused as refused:
        log.debug("fold: the state %s does not verify (%s): full merge", path, refused)
        cache.discard(path)
    except cache.UNTRUSTWORTHY as exc:
        log.debug("fold: the state %s does not check out (%s: %s): full merge", path, type(exc).__name__, exc)
        cache.discard(path)
    finally:
        parts.close()
    return None


class _Parts:
    """The parts of a state as read, one at a time; `read()`: the bytes of the last one (written again as
    they are when what they hold is unchanged, see fold_state.stage_b_parts)."""

    def __init__(self, parts: Iterator[tuple]) -> None:
        self.parts = parts
        self.last: bytes = b""

    def __iter__(self) -> _Parts:
        return self

    def __next__(self) -> Any:  # noqa: ANN401
        self.last, value = next(self.parts)
        return value

    def read(self) -> bytes:
        return self.last


def _go_on(folder: Path, raws: list[RawSource], problems: list[Problem], store: LoadCache, context: bytes,  # noqa: PLR0913
           parts: _Parts, curated: Curated, gazetteer: list[Actor], issues: list[Issue],  # noqa: ANN401
           ready: dict[str, tuple]) -> Briefing:
    from briefing.load import _source
    from briefing.load.codec import _Decoder
    from briefing.load.extract.extend import Stale, extend
    from briefing.load.extract.metadata import extract_metadata, folder_year
    from briefing.load.merge import combine
    from briefing.model import Source
    from briefing.model.mentions import EMPTY

    tag, version, files, year = next(parts)
    if tag != "fold" or version != VERSION or type(files) is not list:
        raise ValueError("not a fold state of this version")
    old = len(files)
    if [tuple(f) for f in files] != _files(raws[:old]):
        raise Stale("files were removed or edited, or added before the last one")
    texts = {raw.file: raw.text for raw in raws}
    decoder = _Decoder(list(texts), texts)
    sources: list[Source] = []
    kept: list[bytes] = []  # (the bytes of the full parts of sources from the first: written again as they are)
    while len(sources) < old:
        chunk = next(parts)
        if type(chunk) is not list or not 0 < len(chunk) <= old - len(sources):
            raise ValueError("sources of the wrong shape")
        if len(chunk) == SOURCES_PART and len(kept) * SOURCES_PART == len(sources):
            kept.append(parts.read())
        for raw, plain in zip(raws[len(sources):old], chunk, strict=False):
            source = decoder.value(plain)
            if type(source) is not Source or source.file != raw.file or source.sha256 != raw.sha256:
                raise ValueError("a source that is not the file's")
            sources.append(source)
        decoder.read_spans.clear()  # (spans are known by their plain lists' ids: one part's at a time)
    votes, conflicts_kept = next(parts), next(parts)
    if len(sources) != old or len(votes) != old or len(conflicts_kept) != old:
        raise ValueError("a state of the wrong length")
    decoder.read_spans.clear()  # (spans are known by their plain lists' ids: one part's at a time)
    conflicts = [[(summary, decoder.spans(spans)) for summary, spans in found] for found in conflicts_kept]
    decoder.read_spans.clear()
    added = raws[old:]
    import briefing.load as loader

    read = [loader._clues_and_regions(raw.text) for raw in added]  # noqa: SLF001 - (by name: tests count reads)
    ready.update((raw.file, found) for raw, found in zip(added, read, strict=True))
    votes = [*votes, *(folder_year([clues]) for clues, _regions in read)]
    corpus_year = folder_year([[SimpleNamespace(year=vote)] if vote is not None else [] for vote in votes])
    if corpus_year != year:
        raise Stale("the folder's year changed")
    for raw, (clues, regions) in zip(added, read, strict=True):
        meta = extract_metadata(raw.file, raw.text, corpus_year, clues, regions)
        sources.append(_source(raw, None, meta, regions))
        conflicts.append(meta.conflicts)
    def keep(head: list, state: Iterator) -> None:
        save(store, folder, context, raws, sources, votes, conflicts, corpus_year, head, state, kept)

    memo = store.articles(gazetteer, issues, [], curated.sides)  # (the days' groupings and the fit kept)
    found = extend(parts, sources, old, gazetteer, issues, sides=curated.sides,
                   curated_claims=(curated.quotes, curated.positions), exact_mentions=True,
                   plans=memo, keep=keep, read=parts.read)
    log.debug("fold: %d files added to the %d of the state: extracted alone", len(added), old)
    metas = {source.file: SimpleNamespace(conflicts=found_conflicts)
             for source, found_conflicts in zip(sources, conflicts, strict=True)}
    return combine(folder, curated, found, sources, [], EMPTY, gazetteer, issues, metas, False,  # type: ignore[arg-type]
                   problems, fits=memo.fits())

