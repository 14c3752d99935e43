"""Which article files were read before and found clean, by the SHA-256 of their bytes, so a warm load reads
and hashes each file but does not search it again for what it was found without.

A file is *clean* when its bytes decode as strict UTF-8, are not UTF-16/32 or binary, and hold no carriage
return, control or bidirectional character: `read_sources` keeps such a file's text exactly as decoded, with
no note. That verdict is a function of the bytes alone, so it is kept by their content hash: an edited file
has another hash and is searched afresh, whatever its size, times or inode say. (A stat-based key — size,
mtime_ns, inode — was measured and not used: hashing 100 MB is 0.06 CPU s here, and the stat key's one
saving would be that hash, at the price of the edited-file-with-its-mtime-restored trap.)

Where: `clean-reads` in the cache directory (see briefing.load.cache), one file for every folder, sealed
with this user's secret (HMAC-SHA256 over the whole file): a file written by anyone without the secret is
ignored. Its header names the reading code's version (a hash of sources.py, sanitize.py and files.py), so a
change to what counts as clean empties it. At most MAX_DIGESTS digests (32 bytes each), the newest first.
Consulted by loads of folders of briefing.load.CLEAN_READS_FROM sources or more (a small folder is searched
faster than the set is read).
"""

from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from pathlib import Path

from briefing.load import cache
from briefing.load.seen_files import SeenFiles

_MAGIC = b"BRFCLEAN1"
_NAME = "clean-reads"
_DIGEST = 32
_TAG = 32  # HMAC-SHA256
#: Digests kept: 6.4 MB, about twenty 10,000-article folders.
MAX_DIGESTS = 200_000


def _reader_version() -> bytes:
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in ("sources.py", "sanitize.py", "files.py"):
        digest.update(name.encode() + b"\0" + (here / name).read_bytes())
    return digest.digest()


class CleanReads:
    """The set of clean files' digests of one cache directory, and those found clean by this load."""

    def __init__(self, path: Path, secret: bytes, known: set[bytes], order: list[bytes]) -> None:
        self.path = path
        self.secret = secret
        self.known = known
        self._order = order  # as stored: newest first
        self._seen: dict[bytes, None] = {}  # the digests of this load's clean files, in reading order
        self._new = False
        self._seen_files: SeenFiles | None = None

    def seen_in(self, folder: Path) -> SeenFiles:
        """The record of how the files of `folder` were last seen (saved with this set)."""
        if self._seen_files is None:
            self._seen_files = SeenFiles.open(self.path.parent, self.secret, folder)
        return self._seen_files

    @classmethod
    def open(cls, directory: Path, secret: bytes) -> CleanReads:
        path = directory / _NAME
        version = _reader_version()
        order = _read(path, secret, version)
        return cls(path, secret, set(order), order)

    def __contains__(self, digest: bytes) -> bool:
        if digest in self.known:
            self._seen[digest] = None
            return True
        return False

    def found_clean(self, digest: bytes) -> None:
        self._seen[digest] = None
        if digest not in self.known:
            self._new = True

    def save(self) -> bool:
        """Write the set (this load's clean files first) when this load found a new one, and the record of how
        the folder's files were seen; False if that failed."""
        if self._seen_files is not None and not self._seen_files.save():
            return False
        if not self._new:
            return True
        order = list(self._seen)
        order += [digest for digest in self._order if digest not in self._seen]
        body = b"".join(order[:MAX_DIGESTS])
        head = _MAGIC + _reader_version()
        data = head + cache.seal(self.secret, head, body) + body
        try:
            fd, temp = tempfile.mkstemp(prefix=_NAME + ".", suffix=".tmp", dir=self.path.parent)
        except (OSError, ValueError):
            return False
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temp, self.path)
        except OSError:
            cache.unlink(temp)
            return False
        self._new = False
        return True


def _read(path: Path, secret: bytes, version: bytes) -> list[bytes]:
    """The digests stored at `path` (newest first), or none when it is missing, not a regular file, not
    sealed with `secret`, for another version of the reading code, or of a wrong length."""
    handle = cache.open_regular(path)
    if handle is None:
        return []
    head_size = len(_MAGIC) + _DIGEST + _TAG
    with handle:
        try:
            size = os.fstat(handle.fileno()).st_size
            if size > head_size + MAX_DIGESTS * _DIGEST:
                return []
            data = handle.read()
        except (OSError, MemoryError):
            return []
    head, tag, body = data[:len(_MAGIC) + _DIGEST], data[len(_MAGIC) + _DIGEST:head_size], data[head_size:]
    if head != _MAGIC + version or len(body) % _DIGEST or not hmac.compare_digest(tag, cache.seal(secret, head, body)):
        return []
    return [body[at:at + _DIGEST] for at in range(0, len(body), _DIGEST)]
