"""Where and how each file of a folder was last seen, so a warm load recognises an unchanged file by its stat
and does not hash it again (briefing.load.sources).

A record is (device, inode, size, mtime_ns, ctime_ns) → the SHA-256 of the bytes read then. The ctime is the
guard: no user call sets it, and any write or `touch -m`/`utime` that puts an old mtime back moves it to
now. Two more rules close the gaps git's index knows ("racily clean" files):

- a file is recorded only when its ctime and mtime are at least RACY_NS older than the start of the read that
  saw it, so a write later, even within the file system's timestamp tick, gives it another ctime;
- the stat compared is taken on the open descriptor AFTER the bytes were read (files.py: `read_entry_stat`),
  so an edit made while the file was being read shows there and the file is hashed, never given the old digest.

Only a digest comes from here: the bytes are still read, and the digest only spares the hash and the search
for control characters when the clean set (briefing.load.clean_reads) holds it. Where: one file per folder in
the cache directory, `<folder digest>.seen-files`, sealed with this user's secret (briefing.load.sealed): a
record written by anyone else, damaged or of another version is ignored (and the files hashed).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from briefing.load import sealed
from briefing.load.cache import UNTRUSTWORTHY, folder_digest, make_key
from briefing.load.sealed import Refused

#: How much older than the read a file's ctime and mtime must be for its stat to be recorded (2 s: more than
#: any file system's timestamp tick, FAT's included).
RACY_NS = 2_000_000_000
_VERSION = 1
#: A stat as compared: device, inode, size, mtime_ns, ctime_ns.
StatKey = tuple[int, int, int, int, int]


def stat_key(info: os.stat_result) -> StatKey:
    return (info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns)


class SeenFiles:
    """One folder's record: the digests of its files as last seen, and what this read saw."""

    def __init__(self, path: Path | None, secret: bytes, known: dict[str, tuple[StatKey, bytes]]) -> None:
        self.path = path
        self.secret = secret
        self.known = known
        self.started_ns = time.time_ns()
        self._now: dict[str, tuple[StatKey, bytes]] = {}

    @classmethod
    def open(cls, directory: Path, secret: bytes, folder: Path) -> SeenFiles:
        path = directory / f"{folder_digest(folder)}.seen-files"
        return cls(path, secret, _read(path, secret))

    def digest(self, name: str, info: os.stat_result) -> bytes | None:
        """The digest recorded for file `name` when `info` (its stat after reading) is the stat recorded."""
        known = self.known.get(name)
        return known[1] if known is not None and known[0] == stat_key(info) else None

    def saw(self, name: str, info: os.stat_result, digest: bytes) -> None:
        """File `name` read with stat `info` (after reading) had bytes of `digest`; recorded if not racy."""
        if max(info.st_ctime_ns, info.st_mtime_ns) <= self.started_ns - RACY_NS:
            self._now[name] = (stat_key(info), digest)

    def save(self) -> bool:
        """Write what this read saw (files gone since are dropped) when it differs from the record."""
        if self.path is None or self._now == self.known:
            return True
        parts = iter([_VERSION, [(name, *key, digest) for name, (key, digest) in self._now.items()]])
        return sealed.write_parts(self.path, _key(self.path), self.secret, parts)


def _key(path: Path) -> bytes:
    return make_key(["seen files", path.name])


def _read(path: Path, secret: bytes) -> dict[str, tuple[StatKey, bytes]]:
    """The record at `path`, or none: missing, not ours, damaged or of another version (then removed)."""
    try:
        parts = sealed.read_sealed(path, _key(path), secret)
        if parts is None:
            return {}
        version, rows = list(parts)
        if version != _VERSION or type(rows) is not list:
            raise Refused("not a record of this version")
        known: dict[str, tuple[StatKey, bytes]] = {}
        for row in rows:
            if type(row) is not tuple or len(row) != 7 or type(row[0]) is not str \
                    or not all(type(n) is int for n in row[1:6]) or type(row[6]) is not bytes or len(row[6]) != 32:
                raise Refused("a row of the wrong shape")
            known[row[0]] = (row[1:6], row[6])
        return known
    except (Refused, OSError, ValueError, *UNTRUSTWORTHY):
        sealed.discard(path)
        return {}
