"""Where and how each file of a folder was last seen, so a warm load recognises an unchanged file by its stat
and does not hash it again (briefing.load.sources).

A record is (device, inode, size, mtime_ns, ctime_ns) → the SHA-256 of the bytes read then, and the length in
characters of the text they decoded to (so a warm load can check a cached briefing's spans against a text it has
not read: briefing.load.text_store). The ctime is the
guard: no user call sets it, and any write or `touch -m`/`utime` that puts an old mtime back moves it to
now. Two more rules close the gaps git's index knows ("racily clean" files):

- a file is recorded only when its ctime and mtime are at least RACY_NS older than the start of the read that
  saw it, so a write later, even within the file system's timestamp tick, gives it another ctime;
- the stat compared is taken on the open descriptor AFTER the bytes were read (files.py: `read_entry_stat`),
  so an edit made while the file was being read shows there and the file is hashed, never given the old digest.

A file whose stat in the folder's listing is the one recorded, and whose digest the clean set
(briefing.load.clean_reads) holds, is not read at all by a warm load: its text is read on first use and checked
against the digest and length recorded here (briefing.load.text_store). Any other recorded file is read, and the
digest spares its hash and the search for control characters. Where: one file per folder in
the cache directory, `<folder digest>.seen-files`, sealed with this user's secret (briefing.load.sealed): a
record written by anyone else, damaged or of another version is ignored (and the files hashed).
"""

from __future__ import annotations

import os
import struct
import time
from array import array
from pathlib import Path

from briefing.load import sealed
from briefing.load.cache import UNTRUSTWORTHY, folder_digest, make_key
from briefing.load.sealed import Refused

#: How much older than the read a file's ctime and mtime must be for its stat to be recorded (2 s: more than
#: any file system's timestamp tick, FAT's included).
RACY_NS = 2_000_000_000
_VERSION = 3
#: A stat as compared: device, inode, size, mtime_ns, ctime_ns, packed (stored as one column of them).
_STAT = struct.Struct("<5q")
_DIGEST = 32
_LENGTH = array("q").itemsize


def stat_key(info: os.stat_result) -> bytes:
    return _STAT.pack(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class SeenFiles:
    """One folder's record: the digests and text lengths of its files as last seen, and what this read saw.
    Stored as four columns (names, packed stats, digests, lengths) so that 10,000 files are read back with no
    loop over them."""

    def __init__(self, path: Path | None, secret: bytes, names: list[str], stats: bytes, digests: bytes,  # noqa: PLR0913
                 lengths: bytes) -> None:
        self.path = path
        self.secret = secret
        self.names = names
        self.index = dict(zip(names, range(len(names))))
        self.stats = stats
        self.digests = digests
        self.lengths = lengths
        self._lengths = array("q", lengths)
        self.started_ns = time.time_ns()
        self._now: dict[str, tuple[bytes, bytes, int]] = {}

    @classmethod
    def open(cls, directory: Path, secret: bytes, folder: Path) -> SeenFiles:
        path = directory / f"{folder_digest(folder)}.seen-files"
        return cls(path, secret, *_read(path, secret))

    @property
    def known(self) -> dict[str, tuple[bytes, bytes]]:
        """File name → (packed stat, digest), as recorded."""
        return {name: self._row(at) for name, at in self.index.items()}

    def _row(self, at: int) -> tuple[bytes, bytes]:
        return (self.stats[at * _STAT.size:(at + 1) * _STAT.size], self.digests[at * _DIGEST:(at + 1) * _DIGEST])

    def digest(self, name: str, info: os.stat_result) -> bytes | None:
        """The digest recorded for file `name` when `info` (its stat after reading) is the stat recorded."""
        at = self.index.get(name)
        if at is None:
            return None
        stat, digest = self._row(at)
        return digest if stat == stat_key(info) else None

    def unchanged(self, name: str, info: os.stat_result) -> tuple[bytes, int] | None:
        """(digest, text length) recorded for file `name` when `info` (its stat now) is the stat recorded."""
        at = self.index.get(name)
        if at is None:
            return None
        stat, digest = self._row(at)
        return (digest, self._lengths[at]) if stat == stat_key(info) else None

    def saw(self, name: str, info: os.stat_result, digest: bytes, length: int) -> None:
        """File `name` read with stat `info` (after reading) had bytes of `digest`, decoding to a text of `length`
        characters; recorded if not racy."""
        if max(info.st_ctime_ns, info.st_mtime_ns) <= self.started_ns - RACY_NS:
            self._now[name] = (stat_key(info), digest, length)

    def save(self) -> bool:
        """Write what this read saw (files gone since are dropped) when it differs from the record."""
        rows = self._now.values()
        names, stats, digests = list(self._now), b"".join([r[0] for r in rows]), b"".join([r[1] for r in rows])
        lengths = array("q", [r[2] for r in rows]).tobytes()
        if self.path is None or (names, stats, digests, lengths) == (self.names, self.stats, self.digests,
                                                                      self.lengths):
            return True
        return sealed.write_parts(self.path, _key(self.path), self.secret,
                                  iter([_VERSION, names, stats, digests, lengths]))


def _key(path: Path) -> bytes:
    return make_key(["seen files", path.name])


def _read(path: Path, secret: bytes) -> tuple[list[str], bytes, bytes, bytes]:
    """The record's columns at `path`, or empty ones: missing, not ours, damaged or of another version (then
    removed)."""
    try:
        parts = sealed.read_sealed(path, _key(path), secret)
        if parts is None:
            return [], b"", b"", b""
        version, names, stats, digests, lengths = list(parts)
        if version != _VERSION or type(names) is not list or type(stats) is not bytes or type(digests) is not bytes \
                or type(lengths) is not bytes or len(stats) != len(names) * _STAT.size \
                or len(digests) != len(names) * _DIGEST or len(lengths) != len(names) * _LENGTH \
                or not all(type(name) is str for name in names) or (names and min(array("q", lengths)) < 0):
            raise Refused("not a record of this version")
        return names, stats, digests, lengths
    except (Refused, OSError, ValueError, *UNTRUSTWORTHY):
        sealed.discard(path)
        return [], b"", b"", b""
