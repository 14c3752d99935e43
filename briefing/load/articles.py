"""What extraction learns from one article alone, kept per article so that a folder that grows, shrinks,
is edited, moved or copied costs only the articles that changed plus the merge across sources.

A record's key is a SHA-256 of the loader's identity (briefing.load.cache.code_version: a hash of the code
under briefing/load and briefing/model, extract/ included, so a change to what a stage computes is a new
key), the gazetteer and issues the stages read, the article's name in the folder and its content's
SHA-256. Not the folder's path. Its record (`ArticleRecord`) holds the article's date clues and boilerplate
regions (pure functions of its text). Each extraction stage's result for it (`StageRecord`: whatever the
stage returns for one source, as plain data) is a chunk of the article's file, under a key made of the
article's key, the part's name and a digest of the Source it was computed from: the Source's metadata depends on the whole folder
(the corpus year) and on curated TOML, so a stage result is found only when the Source it would be
computed from now is the same.

Each article is one file `articles/<2 hex>/<key>.article` (`ArticleStore.write_article`): a magic string,
then chunks, each an HMAC-SHA256 tag under the user's secret (see cache.py), a 32-byte id, a length and
a marshalled body. The first chunk is the reading record (id: the article's key); each other is a stage
result (id: its part key), checked when it is read. A chunk that does not verify is a miss (that part is
worked out again and the file written again); a file whose first chunk does not, or that is not a regular
file, is a miss for the whole article. One file an article, not one per part: creating a file costs
0.05-0.5 ms of system time on a busy disk, and a cold load of 10,000 articles made 41,000 of them.
Other records (a day's grouping of events, extract/days.py) are one file each: magic, tag, body.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import marshal
import os
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from briefing.load import cache
from briefing.load.codec import _Decoder, _Encoder
from briefing.load.extract.printed_dates import DateClue
from briefing.model import Actor, Issue, Region, Source

_MAGIC = b"BRFART01"
_TAG = 32
#: A record larger than this is not read (a source is at most 16 MiB; its record is smaller).
MAX_RECORD_BYTES = 256 * 1024 * 1024

S = TypeVar("S")


@dataclass(frozen=True)
class ArticleRecord:
    """What reading found in one article's text alone: its date clues and boilerplate regions."""

    clues: tuple[DateClue, ...]
    regions: tuple[Region, ...]

    def plain(self) -> tuple:
        return ([dataclasses.astuple(c) for c in self.clues], _Encoder({}).value(self.regions))

    @classmethod
    def from_plain(cls, value: object) -> ArticleRecord:
        clues, regions = value  # type: ignore[misc]
        regions = _Decoder([], {}).value(tuple(regions))
        if not all(type(r) is Region for r in regions):
            raise ValueError("not an article record")
        return cls(tuple(DateClue(*c) for c in clues), regions)


@dataclass(frozen=True)
class StageRecord(Generic[S]):
    """One extraction stage's result for one article: whatever the stage returns for one source as plain
    data (see `extract(memo=...)`), and the digest (`source_digest`) of the Source it ran on. Stored under
    the article's key, the stage's name for the part (which says what else it depended on: the corpus
    year, an anchor date) and that digest."""

    made_from: bytes
    stage: S

    def plain(self) -> tuple:
        return (self.made_from, self.stage)

    @classmethod
    def from_plain(cls, value: object) -> StageRecord:
        made_from, stage = value  # type: ignore[misc]
        if type(made_from) is not bytes:
            raise ValueError("not a stage record")
        return cls(made_from, stage)


def gazetteer_digest(actors: list[Actor], issues: list[Issue], sides: tuple = ()) -> bytes:
    """What the stages read besides the article: the gazetteer, issues and sides, as their full records."""
    what = (tuple(actors), tuple(issues), tuple(sides)) if sides else (tuple(actors), tuple(issues))
    return hashlib.sha256(repr(what).encode("utf-8", "surrogateescape")).digest()


def source_digest(source: Source) -> bytes:
    """A digest of everything the Source holds but its text (covered by the record's key): its name,
    metadata, parts and regions, as the cache encodes them."""
    plain = _Encoder({source.file: source.text}).value(source)
    # repr, not marshal: marshal's bytes depend on which equal strings are the same object.
    return hashlib.sha256(repr(plain).encode("utf-8", "surrogateescape")).digest()


class ArticleStore:
    """The per-article records in a cache directory, sealed with the user's secret."""

    def __init__(self, directory: Path, secret: bytes, context: bytes) -> None:
        """`context`: what every record's key shares besides the article (gazetteer digest, options)."""
        self.root = directory / "articles"
        self.secret = secret
        self.context = hashlib.sha256(cache.code_version() + context).digest()
        self.written = 0
        self.failed = False
        #: The bucket directories known to exist (one `mkdir` each per load, not one per record).
        self._buckets: set[str] = set()
        self._temps = 0

    def key(self, file: str, sha256: str) -> bytes:
        return hashlib.sha256(self.context + file.encode("utf-8", "surrogateescape") + b"\0"
                              + sha256.encode()).digest()

    def _path(self, key: bytes) -> str:
        name = key.hex()
        return os.path.join(self.root, name[:2], name + ".article")

    def part_key(self, key: bytes, part: str, made_from: bytes) -> bytes:
        """The key of an article's stage result `part`, made from the Source of digest `made_from`."""
        return hashlib.sha256(key + b"part\0" + part.encode("utf-8", "surrogateescape") + b"\0" + made_from).digest()

    def get(self, key: bytes, kind: type[ArticleRecord] | type[StageRecord] = ArticleRecord):  # noqa: ANN201
        """The record of `kind` under `key`, or None (none there, not sealed with our key, not of the kind)."""
        handle = cache.open_regular(self._path(key))
        if handle is None:
            return None
        try:
            with handle:
                if os.fstat(handle.fileno()).st_size > MAX_RECORD_BYTES:
                    return None
                blob = handle.read()
            if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + _TAG:
                return None
            body = blob[len(_MAGIC) + _TAG:]
            if not hmac.compare_digest(cache.seal(self.secret, key, body), blob[len(_MAGIC):len(_MAGIC) + _TAG]):
                return None
            return kind.from_plain(marshal.loads(body))  # noqa: S302 - sealed with our secret
        except (OSError, *cache.UNTRUSTWORTHY):
            return None

    def put(self, key: bytes, record: ArticleRecord | StageRecord) -> bool:
        """Write `record` (atomically: a temporary file of this process, renamed); False when it cannot be
        written (read-only, full disk). Ten thousand articles write tens of thousands of records: no
        `tempfile.mkstemp` (its random names and checks) and one `mkdir` per bucket directory."""
        try:
            body = marshal.dumps(record.plain())
        except ValueError:
            self.failed = True
            return False
        return self._write(key, cache.seal(self.secret, key, body) + body, _MAGIC)

    def _write(self, key: bytes, content: bytes, magic: bytes) -> bool:
        if self.failed:
            return False  # the first failure said it: no point trying ten thousand more
        path = self._path(key)
        bucket = os.path.dirname(path)
        self._temps += 1
        temp = f"{path}.{os.getpid()}-{self._temps}.tmp"
        try:
            if bucket not in self._buckets:
                os.makedirs(bucket, exist_ok=True)
                self._buckets.add(bucket)
            fd = _create(temp)
        except (OSError, ValueError):
            self.failed = True
            return False
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(magic + content)
            os.replace(temp, path)
        except (OSError, ValueError):
            cache.unlink(temp)
            self.failed = True
            return False
        self.written += 1
        return True

    # ---- one file per article: its reading record and every stage result for it ----------------------
    def _blob(self, key: bytes) -> bytes | None:
        handle = cache.open_regular(self._path(key))
        if handle is None:
            return None
        try:
            with handle:
                if os.fstat(handle.fileno()).st_size > MAX_RECORD_BYTES:
                    return None
                blob = handle.read()
        except OSError:
            return None
        return blob if blob.startswith(_FILE_MAGIC) else None

    def read_article(self, key: bytes) -> StoredArticle | None:
        """The article's file under `key`: None when there is none, or its first chunk (the reading record,
        id `key`) does not verify; the stage results' chunks are checked when read."""
        blob = self._blob(key)
        chunks = [] if blob is None else _chunks(blob)
        if not chunks:
            return None
        tag, ident, start, end = chunks[0]
        body = blob[start:end]  # type: ignore[index]
        if ident != key or not hmac.compare_digest(cache.seal(self.secret, key, body), tag):
            return None
        try:
            record = ArticleRecord.from_plain(marshal.loads(body))  # noqa: S302 - sealed with our secret
        except cache.UNTRUSTWORTHY:
            return None
        return StoredArticle(record, frozenset(ident for _t, ident, _s, _e in chunks[1:]))

    def read_part(self, key: bytes, part_key: bytes) -> StageRecord | None:
        """The stage result `part_key` in the article's file under `key`, or None (not there, not sealed)."""
        blob = self._blob(key)
        for tag, ident, start, end in [] if blob is None else _chunks(blob)[1:]:
            if ident == part_key:
                body = blob[start:end]  # type: ignore[index]
                if not hmac.compare_digest(cache.seal(self.secret, part_key, body), tag):
                    return None
                try:
                    return StageRecord.from_plain(marshal.loads(body))  # noqa: S302 - sealed with our secret
                except cache.UNTRUSTWORTHY:
                    return None
        return None

    def write_article(self, key: bytes, record: ArticleRecord, new: dict[bytes, bytes], *,  # noqa: PLR0913
                      absent: bool = False, ours: bool = False) -> frozenset[bytes] | None:
        """Write the article's file: its reading record, the stage results its file holds now that `new`
        (part key: marshalled StageRecord) does not replace (their chunks copied, the oldest dropped past
        MAX_PARTS), then `new`'s. The part keys it holds, or None when it cannot be written. `absent`: the
        caller found no file of ours there (not read again: on a cold load, one `open` less an article);
        `ours`: this process wrote the file with `record` (its first chunk copied, not encoded again)."""
        blob = b"" if absent else self._blob(key) or b""
        chunks = _chunks(blob)
        old = [(blob[start - _CHUNK.size:end], ident) for _tag, ident, start, end in chunks[1:]
               if ident not in new and ident != key]
        old = old[max(0, len(old) + len(new) - MAX_PARTS):]
        if ours and chunks and chunks[0][1] == key:
            header = blob[chunks[0][2] - _CHUNK.size:chunks[0][3]]
        else:
            try:
                header = _chunk(self.secret, key, marshal.dumps(record.plain()))
            except ValueError:
                return None
        body = b"".join([header, *(chunk for chunk, _i in old),
                         *(_chunk(self.secret, ident, part) for ident, part in new.items())])
        if not self._write(key, body, _FILE_MAGIC):
            return None
        return frozenset([*(ident for _c, ident in old), *new])

    def prune(self, now: float | None = None) -> None:
        """Records past the cache's age limit go, then the oldest until ARTICLE_BYTES are left; and
        temporary files a killed writer left."""
        now = time.time() if now is None else now
        old = now - cache.MAX_AGE_DAYS * 86400
        kept: list[tuple[float, int, str]] = []
        try:
            buckets = [entry.path for entry in os.scandir(self.root) if entry.is_dir(follow_symlinks=False)]
        except OSError:
            return
        for bucket in buckets:
            for name, path, info in cache.cache_files(bucket, now):
                if name.endswith(".article"):
                    if info.st_mtime < old:
                        cache.unlink(path)
                    else:
                        kept.append((info.st_mtime, info.st_size, path))
        total = sum(size for _m, size, _p in kept)
        for _mtime, size, path in sorted(kept):
            if total <= cache.ARTICLE_BYTES:
                break
            cache.unlink(path)
            total -= size


#: An article's file: this magic, then chunks, each `tag, id, length, body` (see `ArticleStore.read_article`).
_FILE_MAGIC = b"BRFART02"
_CHUNK = struct.Struct(">32s32sI")
#: At most this many stage results are kept in one article's file (the oldest go first): the present
#: load's four at most, and a few of other contexts (another corpus year, another set of people).
MAX_PARTS = 12


@dataclass(frozen=True)
class StoredArticle:
    """An article's file as `read_article` found it: its reading record and the keys of the stage results
    it holds (each still checked when `read_part` reads it)."""

    record: ArticleRecord
    parts: frozenset[bytes]


def _chunks(blob: bytes) -> list[tuple[bytes, bytes, int, int]]:
    """The chunks of an article's file as (tag, id, start of body, end of body), as far as they are whole."""
    found = []
    at = len(_FILE_MAGIC)
    while at + _CHUNK.size <= len(blob) and len(found) <= MAX_PARTS:
        tag, ident, length = _CHUNK.unpack_from(blob, at)
        start = at + _CHUNK.size
        if start + length > len(blob):
            break
        found.append((tag, ident, start, start + length))
        at = start + length
    return found


def _chunk(secret: bytes, ident: bytes, body: bytes) -> bytes:
    return _CHUNK.pack(cache.seal(secret, ident, body), ident, len(body)) + body


def _create(temp: str) -> int:
    """A new file at `temp`, this user's alone. A name this process's id makes is left over only by a dead
    process of the same id (or planted: never followed): removed, then made again."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        return os.open(temp, flags, 0o600)
    except FileExistsError:
        os.unlink(temp)
        return os.open(temp, flags, 0o600)
