"""Build the one Briefing from a data folder. Nothing below here imports Textual.

Curated TOML and automatic extraction (briefing.load.extract) meet here: automatic items fill in what
curation did not cover, and curated items win wherever both speak of the same thing.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from importlib import import_module
from typing import TYPE_CHECKING, Any

from briefing.load import cache
from briefing.load.clean_reads import CleanReads
from briefing.load.files import Refused, bundled_data_dir, read_inside
from briefing.load.sources import TOML_FILES, RawSource, count_sources, read_sources, unread
from briefing.load.store import ArticleMemo, LoadCache, Note
from briefing.load.toml_file import MAX_TOML_BYTES
from briefing.model import (
    Briefing,
    Problem,
    Source,
)
from briefing.model.mentions import EMPTY

if TYPE_CHECKING:
    from briefing.load.curated import Curated, SourceMeta
    from briefing.load.extract import Extracted
    from briefing.load.extract.metadata import AutoMeta

#: What only a build needs (extraction, curated TOML, the merge): imported by `_pipeline` when a load builds,
#: so a warm load (the cache holds the briefing) never imports it (~0.2 s of regular expressions and modules).
_PIPELINE = {
    "load_curated": ("briefing.load.curated", "load_curated"), "map_sources": ("briefing.load.extract", "map_sources"),
    "run_extraction": ("briefing.load.extract", "extract"),
    "find_regions": ("briefing.load.extract.boilerplate", "find_regions"),
    "plain_regions": ("briefing.load.extract.plain", "plain_regions"),
    "regions_of": ("briefing.load.extract.plain", "regions_of"),
    "AutoMeta": ("briefing.load.extract.metadata", "AutoMeta"),
    "date_clues": ("briefing.load.extract.metadata", "date_clues"),
    "extract_metadata": ("briefing.load.extract.metadata", "extract_metadata"),
    "folder_year": ("briefing.load.extract.metadata", "folder_year"),
    "find_mentions": ("briefing.load.mentions", "find_mentions"), "briefing_of": ("briefing.load.merge", "briefing_of"),
    "combine": ("briefing.load.merge", "combine"), "SpanFinder": ("briefing.load.spans", "SpanFinder"),
    "_bundled_gazetteer": ("briefing.load.stand_in", "bundled_gazetteer"),
    "_gazetteer_and_issues": ("briefing.load.stand_in", "gazetteer_and_issues"),
}


def _pipeline() -> None:
    """Import what a build needs into this module's namespace (once; a name a test replaced is kept)."""
    names = globals()
    for name, (module, attribute) in _PIPELINE.items():
        if name not in names:
            names[name] = getattr(import_module(module), attribute)


def __getattr__(name: str) -> Any:  # noqa: ANN401 - `briefing.load.run_extraction` and the rest, on first use
    if name in _PIPELINE:
        _pipeline()
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["FolderRead", "Progress", "bundled_data_dir", "data_folder", "load_briefing", "load_cached", "read_folder"]

#: `progress(done, total, stage)`: called as the load advances, done from 0 to total sources in each
#: stage: "reading" (sanitising, boilerplate, date clues; a cache hit reports it done), then "extracting".
Progress = Callable[[int, int, str], None]
_TOML_FILES = TOML_FILES


def data_folder(data_dir: Path | str | None) -> Path:
    """The folder a load of `data_dir` reads: it, or the bundled briefing when None."""
    return Path(data_dir) if data_dir is not None else bundled_data_dir()


def _source(raw: RawSource, meta: SourceMeta | None, auto: AutoMeta, regions: tuple) -> Source:  # noqa: ANN001
    common = dict(file=raw.file, text=raw.text, sha256=raw.sha256, notes=tuple(raw.notes))
    if meta is None:
        return Source(**common, outlet=auto.outlet, headline=auto.headline, published=auto.published,
                      published_basis=auto.published_basis, published_note=auto.published_note,
                      published_evidence=auto.published_evidence, parts=auto.parts, regions=regions,
                      meta_origin="auto", meta_confidence=auto.confidence, meta_rule=auto.rule)
    auto_date = meta.published is None and auto.published is not None
    return Source(
        **common,
        outlet=meta.outlet or auto.outlet, headline=meta.headline or auto.headline,
        published=meta.published or auto.published,
        published_basis=auto.published_basis if auto_date else meta.published_basis,
        published_note=auto.published_note if auto_date else meta.published_note,
        published_evidence=auto.published_evidence if auto_date else meta.published_evidence,
        parts=meta.parts or auto.parts,
        regions=meta.regions or regions,  # curated regions win where the file has any
        meta_origin="auto" if auto_date else "curated",
        meta_confidence=auto.confidence if auto_date else 1.0,
        meta_rule=auto.rule if auto_date else "",
    )


@dataclass(frozen=True)
class FolderRead:
    """A folder's sources as one read of it found them, with the problems met (`read_folder`): a load given
    it reads the files no more (the dashboard checks the cache, has the helper build, then reads the cache)."""

    folder: Path
    raws: list[RawSource]
    problems: tuple[Problem, ...]


def read_folder(data_dir: Path | str | None = None) -> FolderRead:
    folder = data_folder(data_dir)
    problems: list[Problem] = []
    return FolderRead(folder, _read(folder, problems, LoadCache.open(folder)), tuple(problems))


def load_briefing(data_dir: Path | str | None = None, *, auto: bool = True, progress: Progress | None = None,
                  use_cache: bool = True, note: Note | None = None, read: FolderRead | None = None) -> Briefing:
    """Read, sanitise, anchor, extract and index everything in `data_dir` (default: the bundled briefing).

    Never raises for bad input: each problem is recorded with its file (and line) and the rest loads.
    Never writes anything into `data_dir`. `auto=False` skips automatic extraction (curated items only).
    A folder loaded before with the same inputs (at any path) comes from the cache, and the articles
    extracted before from their per-article records (see briefing.load.cache), unless `use_cache` is
    False. `progress(done, total, stage)` is called as the sources are worked through (total: the number
    of sources; stage: "reading", then "extracting"). `note(message)` hears, once each, that a cached
    briefing was refused or that the cache could not be written. `read`: the folder's files as read before
    (`read_folder`), not read again.
    """
    folder = data_folder(data_dir)
    store = LoadCache.open(folder, note) if use_cache else None
    raws, problems = _read_or_given(folder, store, read)
    with _collector_off():
        key = b""
        if store is not None:
            key = cache.make_key(_inputs(folder, raws, problems, auto))
            cached = store.briefing(key, raws, folder)
            if cached is not None:
                if progress is not None:
                    progress(len(raws), len(raws), "reading")
                return cached
        raws, again = _texts_read(folder, raws, problems)
        if again and store is not None:
            key = cache.make_key(_inputs(folder, raws, problems, auto))
        briefing = _build(folder, raws, problems, auto, progress, store)
        if auto:  # what the extraction and the merge were built with is freed: the cache write builds next
            import_module("briefing.load.extract.parallel").give_back_free_memory()
        if store is not None:
            store.keep(key, briefing)
            if store.written:  # (what the dashboard shows at once while this folder, grown, is folded next time)
                cache.remember(store.directory, store.secret, folder, key, [raw.file for raw in raws])
        return briefing


@contextmanager
def _collector_off() -> Iterator[None]:
    """No cyclic collection while a briefing is built or read (millions of short-lived records, hardly a
    cycle among them: collections only cost time), and its records settled out of the way after."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            _settle()
            gc.enable()


#: New objects left by a load above which they are moved out of the cyclic collector's way.
FREEZE_AFTER = 100_000


def _settle() -> None:
    """A large load leaves its records (650,000 objects at 10,000 articles) in the collector's youngest
    generation, collection off while it ran: the first collection after it would walk them all (0.2 s at
    10,000 articles), and each full collection later would again. They are long-lived and free of cycles,
    so they are moved out of the collector's way (`gc.freeze`: they are still freed when no longer used),
    before collection is on again. A caller that turned collection off is left to its own way."""
    if gc.get_count()[0] >= FREEZE_AFTER:
        gc.freeze()


def load_cached(data_dir: Path | str | None = None, *, auto: bool = True,
                read: FolderRead | None = None) -> Briefing | None:
    """The briefing of `data_dir` if the cache holds it for exactly the folder's present contents (or those
    `read` found), else None. Reads the folder (to check it against the cache) but extracts nothing and
    writes nothing."""
    folder = data_folder(data_dir)
    store = LoadCache.open(folder)
    if store is None:
        return None
    raws, problems = _read_or_given(folder, store, read)
    with _collector_off():
        return store.briefing(cache.make_key(_inputs(folder, raws, problems, auto)), raws, folder)


#: Folders of this many sources or more consult the set of files read clean before (reading that set, up to
#: 6 MB, costs more than it saves on a small folder: the bundled briefing's five files take 1 ms to search).
CLEAN_READS_FROM = 200


def _read_or_given(folder: Path, store: LoadCache | None,
                   read: FolderRead | None) -> tuple[list[RawSource], list[Problem]]:
    """The folder's sources and the problems met reading them: those of `read` when given, else read now."""
    if read is not None:
        return read.raws, list(read.problems)
    problems: list[Problem] = []
    return _read(folder, problems, store), problems


def _read(folder: Path, problems: list[Problem], store: LoadCache | None) -> list[RawSource]:
    """The folder's sources, those read clean before (by their bytes' digest) not searched again."""
    if store is None or count_sources(folder, CLEAN_READS_FROM) < CLEAN_READS_FROM:
        return read_sources(folder, problems)
    clean = CleanReads.open(store.directory, store.secret)
    raws = read_sources(folder, problems, clean)
    clean.save()
    return raws


def _texts_read(folder: Path, raws: list[RawSource], problems: list[Problem]) -> tuple[list[RawSource], bool]:
    """The sources with every text read (a build needs them all): those not read yet (see sources._unread) are
    read now; when one is not what the folder's record says (changed since the folder was read), the folder is
    read again, whole and with no record (`problems` made again), and True says so."""
    if not any(unread(raw) for raw in raws):
        return raws, False
    texts = [raw.text if type(raw.text) is str else raw.text.realise() for raw in raws]
    if any(unread(raw) and raw.text.refused for raw in raws):  # type: ignore[attr-defined]
        problems.clear()
        return read_sources(folder, problems), True
    return [RawSource(raw.file, text, raw.sha256, raw.notes) for raw, text in zip(raws, texts, strict=True)], False


def _inputs(folder: Path, raws: list[RawSource], problems: list[Problem], auto: bool) -> list[bytes | str]:
    """Everything besides the loader's code that the briefing of `folder` depends on (the cache key).
    Not the folder's path: the same folder moved or copied is the same briefing."""
    parts: list[bytes | str] = [f"auto {auto}"]
    for raw in raws:
        parts += [raw.file, raw.sha256, "\n".join(raw.notes)]
    parts += [str(problem) for problem in problems]
    tomls = [(name, folder / name) for name in _TOML_FILES]
    tomls += [("bundled sides.toml", bundled_data_dir() / "sides.toml")]  # the sides of a folder without its own
    if auto:  # the bundled gazetteer and issues stand in for missing ones
        tomls += [(f"bundled {name}", bundled_data_dir() / name) for name in ("actors.toml", "issues.toml")]
    for name, toml in tomls:
        if not toml.exists():
            parts += [name, "absent"]
            continue
        try:  # as TomlFile reads it: never a FIFO, a link out of the folder or an endless file
            parts += [name, read_inside(toml, toml.parent, MAX_TOML_BYTES)]
        except Refused as exc:
            parts += [name, f"unreadable: {exc}"]
    return parts


def _build(folder: Path, raws: list[RawSource], problems: list[Problem], auto: bool,  # noqa: PLR0913
           progress: Progress | None, store: LoadCache | None = None) -> Briefing:
    _pipeline()
    finders = {raw.file: SpanFinder(raw.text) for raw in raws}
    curated: Curated = load_curated(folder, finders, problems)
    own_gazetteer = (folder / "actors.toml").exists()
    gazetteer, issues = _gazetteer_and_issues(folder, curated, auto)
    # A folder of articles alone (no TOML of its own) that grew since its last load: gone on from its fold state.
    context = _fold_context(folder, problems, auto, store)
    ready: dict[str, tuple] = {}  # (clues and regions of the files the attempt read: not read again)
    if context is not None:
        folded = import_module("briefing.load.fold").attempt(folder, raws, problems, store, context, curated,
                                                             gazetteer, issues, ready)
        if folded is not None:
            if progress is not None:
                progress(len(raws), len(raws), "reading")
                progress(len(raws), len(raws), "extracting")
            return folded

    # Date clues and boilerplate of each text: kept per article, else in worker processes for a large folder.
    memo = store.articles(gazetteer, issues, raws, curated.sides) if store is not None and auto else None
    scanned = _scan(raws, memo, auto, progress, ready)
    clues = {raw.file: found for raw, (found, _regions) in zip(raws, scanned, strict=True)}
    corpus_year = folder_year(clues.values())  # the folder's year, when it is of one year
    metas = {raw.file: extract_metadata(raw.file, raw.text, corpus_year, clues[raw.file], regions)
             for raw, (_clues, regions) in zip(raws, scanned, strict=True)} if auto else {}
    sources = [
        _source(raw, curated.meta.get(raw.file), metas.get(raw.file) or AutoMeta(headline=_first_line(raw.text)),
                regions)
        for raw, (_clues, regions) in zip(raws, scanned, strict=True)
    ]
    if memo is not None:
        memo.sources, memo.read = sources, scanned
    votes = [folder_year([found]) for found in clues.values()] if context is not None else []
    del scanned, clues  # every date clue of every source: not needed once the metadata is made
    if own_gazetteer:
        actors, mentions = find_mentions(curated.actors, sources, problems)
    else:
        actors, mentions = [], EMPTY
    if not auto:
        return briefing_of(folder, curated.sides, sources, actors, issues, curated.events, curated.positions,
                           curated.quotes, curated.discrepancies, mentions, problems)

    count = len(sources)
    def keep(head: list, state: Iterator) -> None:  # (written as extraction hands it: never all in memory)
        import_module("briefing.load.fold").save(store, folder, context, raws, sources, votes,
                                                 [metas[source.file].conflicts for source in sources],
                                                 corpus_year, head, state)

    found: Extracted = run_extraction(
        sources, gazetteer, issues, exact_mentions=not own_gazetteer, keep_details=False, memo=memo,
        sides=curated.sides, curated_claims=(curated.quotes, curated.positions),
        keep=keep if context is not None else None,
        progress=None if progress is None else lambda done, total: progress(done * count // total, count,
                                                                            "extracting"))
    fits = None
    if memo is not None:
        memo.done()
        memo, fits = None, memo.fits()
    return combine(folder, curated, found, sources, actors, mentions, gazetteer, issues, metas, own_gazetteer,
                   problems, fits=fits)


def _fold_context(folder: Path, problems: list[Problem], auto: bool, store: LoadCache | None) -> bytes | None:
    """What a fold state of `folder` must have been built with besides its files (load/fold.py), or None when
    the folder is not one a fold serves: no cache, no extraction, a problem met reading, a TOML of its own."""
    if store is None or not auto or problems or any((folder / name).exists() for name in _TOML_FILES):
        return None
    return cache.make_key(["fold state", *_inputs(folder, [], problems, auto)])


def _scan(raws: list[RawSource], memo: ArticleMemo | None, auto: bool, progress: Progress | None,
          ready: dict[str, tuple] | None = None) -> list:
    """Each source's date clues and boilerplate regions: from its article record or `ready` (file → read
    already), else read (in worker processes for a large folder)."""
    _pipeline()
    kept = [memo.scanned(index) for index in range(len(raws))] if memo is not None else [None] * len(raws)
    if ready and auto:
        kept = [found if found is not None else ready.get(raw.file) for raw, found in zip(raws, kept, strict=True)]
    todo = [index for index, found in enumerate(kept) if found is None]
    hits = len(raws) - len(todo)
    strings: dict[str, str] = {}  # (the regions' labels and rules, one string each: see plain.regions_of)
    fresh = iter((clues, regions_of(regions, strings)) for clues, regions in
                 map_sources(_clues_and_plain_regions if auto else _clues, [raws[index].text for index in todo],
                             None if progress is None else lambda done: progress(hits + done, len(raws), "reading")))
    if progress is not None and not todo:
        progress(len(raws), len(raws), "reading")
    return [found if found is not None else next(fresh) for found in kept]


def _clues_and_regions(text: str) -> tuple[list, tuple]:
    _pipeline()  # (in a worker process too)
    return date_clues(text), tuple(find_regions(text))


def _clues_and_plain_regions(text: str) -> tuple[list, tuple]:
    """`_clues_and_regions` with the regions as plain tuples (in a worker process: `_scan` builds them again)."""
    clues, regions = _clues_and_regions(text)
    return clues, plain_regions(regions)


def _clues(text: str) -> tuple[list, tuple]:
    _pipeline()
    return date_clues(text), ()


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")[:200]


