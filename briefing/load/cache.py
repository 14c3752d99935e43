"""The cache: built briefings, and what extraction learned from each article alone, so a folder read before
loads without extraction and a folder that grows costs only its new articles plus the merge.

Where: `BRIEFING_CACHE_DIR` if set, else `$XDG_CACHE_HOME/briefing`, else `~/.cache/briefing`; never
inside the data folder (a cache directory there is not used). It holds:

    key                        this user's secret (32 random bytes, mode 0600): every file below is sealed with it
    <key>.briefing-cache       a whole briefing, named by its key: the same contents under another path hit it
    <path>.fold-state          what the last load of the folder at a path left for the next one (load/fold.py)
    <path>.last-briefing       which briefing the last build of the folder at a path wrote, and of which files
                               (`remember`/`recall`: the dashboard shows it while a folder that only grew folds)
    articles/xx/<key>.article  one article's record (see briefing.load.articles), named by its own key
    clean-reads                the digests of article files read clean before (see briefing.load.clean_reads)
    <path>.seen-files          how each file of the folder at a path was last seen: stat, digest, text length
                               (briefing.load.seen_files: a warm load reads an unchanged file on first use)

Delete the directory to clear the cache (`rm -r ~/.cache/briefing`); nothing else refers to it.

Key of a briefing: a SHA-256 over everything that changes the result: the cache format and the loader's
version, the bytes of the loader's own code (briefing/model/**.py and briefing/load/**.py), the Python and
marshal versions, whether extraction runs, each source's name, SHA-256 and reading notes, the problems met
while reading, and the bytes of every TOML file the load reads (the folder's, and the bundled gazetteer and
issues when the folder has none). Not the folder's path: a moved or copied folder is the same briefing
(its `data_dir` is set again when read).

What: the Briefing as plain data written with `marshal` (see briefing.load.codec), not pickled pydantic
objects, in a sealed file (briefing.load.sealed). The payload is a series of parts, each with its length and an HMAC-SHA256 tag under the user's
secret (over the key, the part's number and its bytes), checked before the part is unmarshalled: a file
written by anyone without the secret (another user able to write the directory, a crafted download) never
validates. Parts are written and read one at a time: neither side holds the whole file in memory. What the
records read back say is checked too (see codec: every span inside its source, dates valid), in case the
secret itself leaked.

Only regular files are read (a FIFO or device at a cache path is not opened for reading, so never blocks);
a file that is missing, unreadable, truncated, of another version, for another key, or wrong in any way
is ignored and rebuilt. Writing goes to a temporary file renamed into place (atomic); a write that fails
(read-only or full disk) is reported once by the caller and otherwise harmless. Pruning after each write:
temporary files left by a killed writer (older than an hour), briefings past MAX_FILES or MAX_AGE days, and
article records past MAX_AGE days or beyond ARTICLE_BYTES in all (oldest first).
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import stat
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import briefing.model as model
from briefing.load import sealed
from briefing.load.codec import decode, encode
from briefing.load.sealed import (  # noqa: F401 - the sealed file's names, as the loader and its tests use them
    _HEADER,
    _MAGIC,
    _PART_HEAD,
    UNTRUSTWORTHY,
    Marshalled,
    Refused,
    unlink,
    discard,
    open_regular,
    read_sealed,
    seal,
    secret,
)
from briefing.model import Briefing

#: Bump when the stored layout or what extraction produces changes in a way the code hash would miss.
FORMAT = 3
EXTRACTOR_VERSION = "2026-11-22"


class CacheUnavailable(Exception):
    """No cache can be used (the directory is inside the data folder, or its secret is not this user's)."""


def cache_dir() -> Path:
    if os.environ.get("BRIEFING_CACHE_DIR"):
        return Path(os.environ["BRIEFING_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "briefing"
    return Path.home() / ".cache" / "briefing"


def cache_file(data_dir: Path) -> Path | None:
    """The cache directory a load of `data_dir` uses, or None when there is none: it lies inside the
    folder, or its path cannot be resolved (a symlink loop, a component that is not a folder)."""
    try:
        folder = data_dir.resolve()
        directory = cache_dir().expanduser().resolve()
    except (OSError, RuntimeError, ValueError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    if directory == folder or folder in directory.parents:
        return None
    return directory


def briefing_path(directory: Path, key: bytes) -> Path:
    """Where the briefing of `key` is stored: named by the key, so the same inputs anywhere hit it."""
    return directory / f"{key.hex()[:32]}.briefing-cache"


# ---- keys ----------------------------------------------------------------------------------------
def _code_digest() -> bytes:
    digest = hashlib.sha256()
    package = Path(model.__file__).resolve().parent.parent  # briefing/
    for path in [*sorted((package / "model").rglob("*.py")), *sorted((package / "load").rglob("*.py"))]:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()


_CODE: bytes | None = None


def code_version() -> bytes:
    """The loader's identity: format, versions, and a hash of its own source files (model/ and load/,
    extract/ included): any change to what extraction computes changes it."""
    global _CODE  # noqa: PLW0603 - computed once per process
    if _CODE is None:
        _CODE = _code_digest()
    head = [f"format {FORMAT}", f"extractor {EXTRACTOR_VERSION}", f"python {sys.version_info[:3]}",
            f"marshal {marshal.version}"]
    return hashlib.sha256("\n".join(head).encode() + _CODE).digest()


def make_key(parts: list[bytes | str]) -> bytes:
    """A cache key: the loader's identity, then `parts` (the inputs), each length-prefixed."""
    digest = hashlib.sha256()
    for part in [code_version(), *parts]:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


# ---- the files -----------------------------------------------------------------------------------
def read(path: Path, key: bytes, secret_bytes: bytes, texts: dict[str, str], data_dir: str) -> Briefing | None:
    """The cached briefing for `key`, or None when there is none. Raises Refused (with the reason) for a
    file that is there but does not verify: the caller notes it and rebuilds."""
    parts = read_sealed(path, key, secret_bytes)  # (another version's or another key's file: None, not ours)
    if parts is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new records, none of them garbage: no collections meanwhile
    try:
        return decode(parts, texts, data_dir)
    except Refused:
        raise
    except OSError:
        return None
    except UNTRUSTWORTHY as exc:
        raise Refused(f"its contents do not check out ({type(exc).__name__}: {exc})") from None
    finally:
        parts.close()
        if collecting:
            gc.enable()


def write(path: Path, key: bytes, secret_bytes: bytes, briefing: Briefing) -> bool:
    """Store `briefing` under `key`, atomically; False (and nothing left behind) when that fails."""
    return write_parts(path, key, secret_bytes, encode(briefing))


def write_parts(path: Path, key: bytes, secret_bytes: bytes, parts: Iterator[Any]) -> bool:
    """Store the plain-data `parts` under `key` (32 bytes), sealed and atomically, then prune the directory;
    False when that fails."""
    if not sealed.write_parts(path, key, secret_bytes, parts):
        return False
    prune(path.parent, keep=path)
    return True


# ---- the last briefing of a folder -------------------------------------------------------------------
#: Bump when what a pointer holds changes shape.
POINTER_VERSION = 1


def folder_digest(folder: Path) -> str:
    """A name for the folder at `folder` in the cache directory: a digest of its resolved path (the pointer to its
    last briefing and its fold state are named by it)."""
    try:
        where = str(folder.resolve())
    except (OSError, RuntimeError):
        where = str(folder)
    return hashlib.sha256(where.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def pointer_path(directory: Path, folder: Path) -> Path:
    """Where the pointer to the last briefing built for the folder at `folder` (its resolved path) lives."""
    return directory / f"{folder_digest(folder)}.last-briefing"


def _pointer_key(path: Path) -> bytes:
    """What a pointer is sealed under: the loader's identity and its own name (so one folder's pointer
    copied to another's name, or written by older code, does not verify)."""
    return make_key(["last briefing", path.name])


def remember(directory: Path, secret_bytes: bytes, folder: Path, key: bytes, files: list[str]) -> bool:
    """Point the folder at `folder` to the briefing stored under `key`, built from its sources `files`."""
    path = pointer_path(directory, folder)
    parts = iter([(POINTER_VERSION, key), files])
    return sealed.write_parts(path, _pointer_key(path), secret_bytes, parts)


def recall(directory: Path, secret_bytes: bytes, folder: Path) -> tuple[bytes, list[str]] | None:
    """The key of the last briefing built for `folder` and the files it was built from, or None: no
    pointer, or one that does not verify (sealed by someone else, damaged, another version: then removed)."""
    path = pointer_path(directory, folder)
    try:
        parts = read_sealed(path, _pointer_key(path), secret_bytes)
        if parts is None:
            return None
        head, files = list(parts)
        if type(head) is not tuple or head[0] != POINTER_VERSION or type(head[1]) is not bytes \
                or len(head[1]) != 32 or type(files) is not list or not all(type(f) is str for f in files):
            raise Refused("not a pointer of this version")
        return head[1], files
    except (Refused, OSError, *UNTRUSTWORTHY):
        discard(path)
        return None


# ---- pruning -------------------------------------------------------------------------------------
#: Briefings kept (one per distinct set of inputs loaded); the least recently written go first.
MAX_FILES = 32
#: Anything not written for this many days goes.
MAX_AGE_DAYS = 30
#: Article records kept, in bytes in all (about 40 KB per long article: some 25,000 articles).
ARTICLE_BYTES = 1 << 30
#: A temporary file this old belongs to no live writer (one killed mid-write): it goes.
TMP_AGE_SECONDS = 3600


def prune(directory: Path, keep: Path | None = None, now: float | None = None) -> None:
    """Remove orphaned temporary files, and briefings (and, apart, fold states) past MAX_FILES or MAX_AGE_DAYS
    (never `keep`)."""
    now = time.time() if now is None else now
    old = now - MAX_AGE_DAYS * 86400
    kept: dict[str, list[tuple[float, Path]]] = {".briefing-cache": [], ".fold-state": [], ".last-briefing": [],
                                                 ".seen-files": []}
    for name, path, info in cache_files(directory, now):
        suffix = name[name.rfind("."):]
        if suffix in kept and Path(path) != keep:
            if info.st_mtime < old:
                unlink(path)
            else:
                kept[suffix].append((info.st_mtime, Path(path)))
    for files in kept.values():
        for _mtime, path in sorted(files)[: max(0, len(files) + 1 - MAX_FILES)]:
            unlink(path)


def cache_files(directory: Path | str, now: float) -> list[tuple[str, str, os.stat_result]]:
    """The regular files directly in `directory` (name, path, stat; links and the rest left out), after
    removing the temporary files a killed writer left there. Empty when it cannot be read: another process
    pruned it first, or it is unreadable, and the cache only saves time."""
    try:
        entries = list(os.scandir(directory))
    except OSError:
        return []
    found = []
    for entry in entries:
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        if entry.name.endswith(".tmp") and info.st_mtime < now - TMP_AGE_SECONDS:
            unlink(entry.path)
        else:
            found.append((entry.name, entry.path, info))
    return found
