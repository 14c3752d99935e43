"""The cache as one load uses it: the whole briefing by its key, the per-article records, and what to tell
the reader when the cache is refused or cannot be written (once per load). See cache.py and articles.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.load import cache
from briefing.load.sources import RawSource, unread
from briefing.load.text_store import LateProblems
from briefing.model import Actor, Briefing, Issue, Region, Source

if TYPE_CHECKING:  # (imported when a load builds: a warm load needs neither, nor the extraction they import)
    from briefing.load.articles import ArticleRecord, ArticleStore
    from briefing.load.extract.printed_dates import DateClue

#: `note(message)`: told (once per kind) when the cache is refused or cannot be written.
Note = Callable[[str], None]
#: How a note that nothing could be stored begins (the preforked helper reports it to the dashboard).
NOT_WRITTEN = "the cache could not be written"


class LoadCache:
    """The cache directory of one load, with this user's secret; None from `open` when there is none."""

    def __init__(self, directory: Path, secret: bytes, note: Note | None) -> None:
        self.directory = directory
        self.secret = secret
        self._note = note
        self._said: set[str] = set()
        #: Whether the last `keep` wrote the briefing (the preforked helper tells the dashboard).
        self.written = False

    @classmethod
    def open(cls, folder: Path, note: Note | None = None) -> LoadCache | None:
        directory = cache.cache_file(folder)
        if directory is None:
            return None
        secret = cache.secret(directory)
        if secret is None:
            if note is not None:
                note(f"{NOT_WRITTEN} in {directory}: its key file could not be made, or is not this user's "
                     "alone (mode 0600), so the cache there is not used")
            return None
        return cls(directory, secret, note)

    def note(self, kind: str, message: str) -> None:
        if kind not in self._said and self._note is not None:
            self._said.add(kind)
            self._note(message)

    def briefing(self, key: bytes, raws: list[RawSource], folder: Path) -> Briefing | None:
        path = cache.briefing_path(self.directory, key)
        try:
            briefing = cache.read(path, key, self.secret, {raw.file: raw.text for raw in raws}, str(folder))
        except cache.Refused as refused:
            cache.discard(path)
            self.note("refused", f"the cached briefing {path} was discarded and is rebuilt: {refused}")
            return None
        late = next((raw.text.store for raw in raws if unread(raw)), None)  # type: ignore[attr-defined]
        if briefing is None or late is None:
            return briefing
        # (a text read on first use that changed since is a problem then: see text_store)
        return briefing.model_copy(update={"problems": LateProblems(briefing.problems, late.problems)})

    def keep(self, key: bytes, briefing: Briefing) -> None:
        self.written = cache.write(cache.briefing_path(self.directory, key), key, self.secret, briefing)
        if not self.written:
            self.note("write", f"{NOT_WRITTEN} in {self.directory} (full or read-only?): the next load will "
                               "extract again")

    def articles(self, actors: list[Actor], issues: list[Issue], raws: list[RawSource],
                 sides: tuple = ()) -> ArticleMemo:
        from briefing.load.articles import ArticleStore, gazetteer_digest

        store = ArticleStore(self.directory, self.secret, gazetteer_digest(actors, issues, sides))
        return ArticleMemo(self, store, raws)


#: The stage results whose learning writes the article's file (with what is waiting): its first pass, and
#: an undated source's second pass (extract/stages.py's part names). The people it introduces and an
#: undated source's anchor (small) wait for them, or for `done`: one or two files an article, not four.
_WRITTEN_WITH = ("first ", "second ")


@dataclass
class ArticleMemo:
    """The per-article records of one load's sources: read before extraction, written for what it worked
    out. Also the `StageMemo` that `extract` consults (by source index). Each article is one file
    (articles.py): its reading record and its stage results."""

    cache: LoadCache
    store: ArticleStore
    raws: list[RawSource]
    keys: list[bytes] = field(default_factory=list)
    records: list[ArticleRecord | None] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    #: Per source: its date clues and regions as read (for the record written after extraction).
    read: list[tuple[list[DateClue], tuple[Region, ...]]] = field(default_factory=list)
    #: Per source: the digest of its Source (what its stage results were made from), once worked out.
    digests: list[bytes | None] = field(default_factory=list)
    #: Per source: the part keys its file holds (read at the start, then as written).
    parts: list[frozenset[bytes]] = field(default_factory=list)
    #: Stage results learned and not written yet, marshalled, by source index and part key.
    waiting: dict[int, dict[bytes, bytes]] = field(default_factory=dict)
    #: The sources with no readable file of theirs when the load began, not written since (not read before
    #: their first write), and those whose file this load wrote (its reading record copied, not encoded).
    absent: set[int] = field(default_factory=set)
    ours: set[int] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.keys = [self.store.key(raw.file, raw.sha256) for raw in self.raws]
        stored = [self.store.read_article(key) for key in self.keys]
        self.records = [None if kept is None else kept.record for kept in stored]
        self.absent = {index for index, kept in enumerate(stored) if kept is None}
        self.parts = [frozenset() if kept is None else kept.parts for kept in stored]
        self.digests = [None] * len(self.keys)

    def scanned(self, index: int) -> tuple[list[DateClue], tuple[Region, ...]] | None:
        record = self.records[index]
        self.records[index] = None
        return None if record is None else (list(record.clues), record.regions)

    def _made_from(self, index: int) -> bytes:
        from briefing.load.articles import source_digest

        digest = self.digests[index]
        if digest is None:
            digest = self.digests[index] = source_digest(self.sources[index])
        return digest

    def _part_key(self, index: int, part: str) -> bytes:
        return self.store.part_key(self.keys[index], part, self._made_from(index))

    def has(self, index: int, part: str) -> bool:
        key = self._part_key(index, part)
        return key in self.parts[index] or key in self.waiting.get(index, ())

    def known(self, index: int, part: str) -> object | None:
        import marshal

        from briefing.load.articles import StageRecord

        key = self._part_key(index, part)
        waiting = self.waiting.get(index, {}).get(key)
        if waiting is not None:
            kept = StageRecord.from_plain(marshal.loads(waiting))  # noqa: S302 - made by this process
        elif key in self.parts[index]:
            kept = self.store.read_part(self.keys[index], key)
        else:
            return None
        if kept is None or kept.made_from != self._made_from(index):
            return None
        return kept.stage

    def learned(self, index: int, part: str, result: object) -> None:
        import marshal

        from briefing.load.articles import StageRecord

        try:
            body = marshal.dumps(StageRecord(self._made_from(index), result).plain())
        except ValueError:
            return  # (not plain data: nothing to keep)
        self.waiting.setdefault(index, {})[self._part_key(index, part)] = body
        if part.startswith(_WRITTEN_WITH):
            self._write(index)

    def _write(self, index: int) -> None:
        from briefing.load.articles import ArticleRecord

        clues, regions = self.read[index]
        written = self.store.write_article(self.keys[index], ArticleRecord(tuple(clues), regions),
                                           self.waiting.pop(index, {}), absent=index in self.absent,
                                           ours=index in self.ours)
        self.absent.discard(index)
        if written is None:
            self.cache.note("write", f"{NOT_WRITTEN} in {self.cache.directory} (full or read-only?): the next "
                                     "load will extract again")
        else:
            self.parts[index] = written
            self.ours.add(index)

    def _day_key(self, digest: bytes) -> bytes:
        return self.store.key("\0the events of a day", digest.hex())  # (no file's name holds a NUL)

    def day_plan(self, digest: bytes) -> object | None:
        """The grouping of a day's candidate events kept under their digest (extract/days.py), or None."""
        from briefing.load.articles import StageRecord

        kept = self.store.get(self._day_key(digest), StageRecord)
        return None if kept is None or kept.made_from != digest else kept.stage

    def learned_day(self, digest: bytes, plan: list[list[int]]) -> None:
        from briefing.load.articles import StageRecord

        if not self.store.put(self._day_key(digest), StageRecord(digest, plan)):
            self.cache.note("write", f"{NOT_WRITTEN} in {self.cache.directory} (full or read-only?): the next "
                                     "load will extract again")

    def fits(self) -> FitKeeper:
        """Where the fit of the bundled sides and issues is kept (merge._fits), without this memo's records."""
        return FitKeeper(self.cache, self.store)

    def done(self) -> None:
        for index in list(self.waiting):
            self._write(index)
        if self.store.written:
            self.store.prune()


@dataclass
class FitKeeper:
    """Whether the bundled sides and issues fit a folder, kept in the article store under the digest of what
    that fit reads (merge._fits)."""

    cache: LoadCache
    store: ArticleStore

    def _fit_key(self, digest: bytes) -> bytes:
        return self.store.key("\0the fit of the bundled sides and issues", digest.hex())  # (no file name has a NUL)

    def fit_known(self, digest: bytes) -> object | None:
        """Whether the bundled sides and issues fit, kept under the digest of what that reads (merge._fits)."""
        from briefing.load.articles import StageRecord

        kept = self.store.get(self._fit_key(digest), StageRecord)
        return None if kept is None or kept.made_from != digest else kept.stage

    def learned_fit(self, digest: bytes, fit: tuple[bool, bool]) -> None:
        from briefing.load.articles import StageRecord

        if not self.store.put(self._fit_key(digest), StageRecord(digest, fit)):
            self.cache.note("write", f"{NOT_WRITTEN} in {self.cache.directory} (full or read-only?): the next "
                                     "load will extract again")
