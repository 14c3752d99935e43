"""A cache of built briefings, so a folder read before loads without extraction.

Where: `BRIEFING_CACHE_DIR` if set, else `$XDG_CACHE_HOME/briefing`, else `~/.cache/briefing`; never
inside the data folder (a cache directory there is not used). One file per data folder, named by a hash
of its path; a later load of the folder with other inputs overwrites it.

Key: a SHA-256 over everything that changes the result: the cache format and the loader's version, the
bytes of the loader's own code (briefing/model/**.py and briefing/load/**.py), the Python and marshal
versions, the folder's path, whether extraction runs, each source's name, SHA-256 and reading notes, the
problems met while reading, and the bytes of every TOML file the load reads (the folder's, and the
bundled gazetteer and issues when the folder has none). Everything folder-level (the corpus year, the
anchoring of undated sources, merges across sources) is derived from those, so it is covered too.

What: the Briefing as plain data written with `marshal` (see briefing.load.codec), not pickled pydantic
objects. The payload is a series of parts (the file names; each collection in chunks of at most CHUNK
records; the mention columns), each with its length and CRC-32, written and read one at a time: neither
side holds the whole file or a whole collection's plain data in memory.

A file that is missing, unreadable, truncated, corrupt (a part's checksum), of another version or for
another key is ignored and rebuilt. Writing goes to a temporary file renamed into place (atomic); a write that fails
(read-only or full disk) is ignored: the cache only ever saves time.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import briefing.model as model
from briefing.load.codec import decode, encode
from briefing.model import Briefing

#: Bump when the stored layout or what extraction produces changes in a way the code hash would miss.
FORMAT = 2
EXTRACTOR_VERSION = "2026-11-22"
_MAGIC = b"BRFCACHE"
_HEADER = len(_MAGIC) + 32 + 8  # magic, key digest, payload length; each part: length, CRC-32, data


def cache_dir() -> Path:
    if os.environ.get("BRIEFING_CACHE_DIR"):
        return Path(os.environ["BRIEFING_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "briefing"
    return Path.home() / ".cache" / "briefing"


def cache_file(data_dir: Path) -> Path | None:
    """The cache file of a data folder, or None when the cache directory lies inside the folder."""
    folder = data_dir.resolve()
    directory = cache_dir().expanduser().resolve()
    if directory == folder or folder in directory.parents:
        return None
    name = hashlib.sha256(str(folder).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return directory / f"{name}.briefing-cache"


def _code_digest() -> bytes:
    digest = hashlib.sha256()
    package = Path(model.__file__).resolve().parent.parent  # briefing/
    for path in [*sorted((package / "model").rglob("*.py")), *sorted((package / "load").rglob("*.py"))]:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()


_CODE: bytes | None = None


def make_key(parts: list[bytes | str]) -> bytes:
    """The cache key: the loader's identity, then `parts` (the folder's inputs), each length-prefixed."""
    global _CODE  # noqa: PLW0603 - computed once per process
    if _CODE is None:
        _CODE = _code_digest()
    digest = hashlib.sha256()
    head = [f"format {FORMAT}", f"extractor {EXTRACTOR_VERSION}", f"python {sys.version_info[:3]}",
            f"marshal {marshal.version}", _CODE]
    for part in head + parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


# ---- the file ------------------------------------------------------------------------------------
def read(path: Path, key: bytes, texts: dict[str, str], data_dir: str) -> Briefing | None:
    """The cached briefing for `key`, or None when there is none or it cannot be trusted."""
    try:
        with open(path, "rb") as handle:
            header = handle.read(_HEADER)
            if len(header) < _HEADER or not header.startswith(_MAGIC) or header[len(_MAGIC):-8] != key:
                return None
            length = int.from_bytes(header[-8:], "little")
            if os.fstat(handle.fileno()).st_size != _HEADER + length:
                return None
            collecting = gc.isenabled()
            gc.disable()  # hundreds of thousands of new records, none of them garbage: no collections meanwhile
            try:
                return decode(_read_parts(handle), texts, data_dir)
            except (ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError, StopIteration):
                return None  # a part that does not check out, or a flaw the checksums missed: rebuild
            finally:
                if collecting:
                    gc.enable()
    except OSError:
        return None


def _read_parts(handle: BinaryIO) -> Iterator[Any]:
    """Each part of the payload, checked against its CRC-32 and unmarshalled, one at a time."""
    while True:
        head = handle.read(12)
        if not head:
            return
        length, crc = int.from_bytes(head[:8], "little"), int.from_bytes(head[8:12], "little")
        data = handle.read(length) if len(head) == 12 else b""
        if len(data) != length or zlib.crc32(data) != crc:
            raise ValueError("truncated or corrupt part")
        yield marshal.loads(data)  # noqa: S302 - our own file, checksummed; marshal builds plain data only
        del data


def write(path: Path, key: bytes, briefing: Briefing) -> bool:
    """Store `briefing` under `key`, atomically; False (and nothing left behind) when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(bytes(_HEADER))  # the real header once the payload's length is known
            length = 0
            for part in encode(briefing):
                data = marshal.dumps(part)
                del part
                handle.write(len(data).to_bytes(8, "little") + zlib.crc32(data).to_bytes(4, "little"))
                handle.write(data)
                length += 12 + len(data)
            handle.seek(0)
            handle.write(_MAGIC + key + length.to_bytes(8, "little"))
        os.replace(temp, path)
    except (OSError, ValueError):
        try:
            os.unlink(temp)
        except OSError:
            pass
        return False
    _prune(path.parent, keep=path)
    return True


#: Cache files kept (one per data folder loaded); the least recently written go first.
MAX_FILES = 32


def _prune(directory: Path, keep: Path) -> None:
    try:
        files = [(entry.stat().st_mtime, entry) for entry in directory.glob("*.briefing-cache") if entry != keep]
        for _mtime, old in sorted(files)[: max(0, len(files) + 1 - MAX_FILES)]:
            old.unlink()
    except OSError:
        pass  # another process pruned it first, or the folder is read-only: the cache only saves time
