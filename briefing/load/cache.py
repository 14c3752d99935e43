"""The cache: built briefings, and what extraction learned from each article alone, so a folder read before
loads without extraction and a folder that grows costs only its new articles plus the merge.

Where: `BRIEFING_CACHE_DIR` if set, else `$XDG_CACHE_HOME/briefing`, else `~/.cache/briefing`; never
inside the data folder (a cache directory there is not used). It holds:

    key                        this user's secret (32 random bytes, mode 0600): every file below is sealed with it
    <key>.briefing-cache       a whole briefing, named by its key: the same contents under another path hit it
    <path>.fold-state          what the last load of the folder at a path left for the next one (load/fold.py)
    articles/xx/<key>.article  one article's record (see briefing.load.articles), named by its own key
    clean-reads                the digests of article files read clean before (see briefing.load.clean_reads)

Delete the directory to clear the cache (`rm -r ~/.cache/briefing`); nothing else refers to it.

Key of a briefing: a SHA-256 over everything that changes the result: the cache format and the loader's
version, the bytes of the loader's own code (briefing/model/**.py and briefing/load/**.py), the Python and
marshal versions, whether extraction runs, each source's name, SHA-256 and reading notes, the problems met
while reading, and the bytes of every TOML file the load reads (the folder's, and the bundled gazetteer and
issues when the folder has none). Not the folder's path: a moved or copied folder is the same briefing
(its `data_dir` is set again when read).

What: the Briefing as plain data written with `marshal` (see briefing.load.codec), not pickled pydantic
objects. The payload is a series of parts, each with its length and an HMAC-SHA256 tag under the user's
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
import hmac
import marshal
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import briefing.model as model
from briefing.load.codec import decode, encode
from briefing.model import Briefing

#: Bump when the stored layout or what extraction produces changes in a way the code hash would miss.
FORMAT = 3
EXTRACTOR_VERSION = "2026-11-22"
_MAGIC = b"BRFCACH3"
_TAG = 32  # bytes of HMAC-SHA256
_HEADER = len(_MAGIC) + 32 + 8  # magic, key digest, payload length; each part: length, tag, data
_PART_HEAD = 8 + _TAG
_SECRET_FILE = "key"


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


# ---- the user's secret ---------------------------------------------------------------------------
def secret(directory: Path, create: bool = True) -> bytes | None:
    """This user's secret in `directory` (made, mode 0600, when there is none and `create`), or None
    when there is none, or the file there is not a regular file of this user's that only they can read."""
    path = directory / _SECRET_FILE
    for _attempt in range(2):
        data = _read_regular(path, limit=64)
        if data is not None:
            return data if len(data) == 32 else None
        if not create:
            return None
        try:
            directory.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        except FileExistsError:
            continue  # another process made it meanwhile (or it is something we will not read): look again
        except OSError:
            return None
        try:
            os.write(fd, os.urandom(32))
        finally:
            os.close(fd)
    return None


def _read_regular(path: Path, limit: int | None = None, private: bool = True) -> bytes | None:
    """The bytes of `path` if it is a regular file (not a link, FIFO or device: opened without blocking)
    owned by this user and, when `private`, readable by no one else; at most `limit` bytes. Else None."""
    handle = open_regular(path)
    if handle is None:
        return None
    with handle:
        info = os.fstat(handle.fileno())
        if hasattr(os, "getuid") and info.st_uid != os.getuid():
            return None
        if private and info.st_mode & 0o077:
            return None
        if limit is not None and info.st_size > limit:
            return None
        try:
            return handle.read()
        except (OSError, MemoryError):
            return None


def open_regular(path: Path) -> BinaryIO | None:
    """`path` opened for reading if it is a regular file, else None. A FIFO is opened without blocking
    and a symlink not followed, so neither can hang or redirect the read."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except (OSError, ValueError):
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            return None
        return os.fdopen(fd, "rb")
    except OSError:
        os.close(fd)
        return None


def seal(secret_bytes: bytes, *parts: bytes) -> bytes:
    """The HMAC-SHA256 tag of `parts` under the user's secret."""
    mac = hmac.new(secret_bytes, digestmod=hashlib.sha256)
    for part in parts:
        mac.update(part)
    return mac.digest()


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


# ---- the file ------------------------------------------------------------------------------------
#: Exceptions reading a file that does not check out may raise (a huge length, a deep nesting, a record
#: of the wrong shape): each means "ignore it and rebuild", never a crash.
UNTRUSTWORTHY = (ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError, StopIteration,
                 OverflowError, MemoryError, RecursionError, UnicodeError)


class Refused(ValueError):
    """A cache file that does not verify: why, for the note the load makes."""


def read(path: Path, key: bytes, secret_bytes: bytes, texts: dict[str, str], data_dir: str) -> Briefing | None:
    """The cached briefing for `key`, or None when there is none. Raises Refused (with the reason) for a
    file that is there but does not verify: the caller notes it and rebuilds."""
    handle = open_regular(path)
    if handle is None:
        return None
    with handle:
        try:
            header = handle.read(_HEADER)
            size = os.fstat(handle.fileno()).st_size
        except OSError:
            return None
        if len(header) < _HEADER or not header.startswith(_MAGIC) or header[len(_MAGIC):-8] != key:
            return None  # another version's or another key's file (names are short key prefixes): not ours
        length = int.from_bytes(header[-8:], "little")
        if size != _HEADER + length:
            raise Refused("its length does not match its header")
        collecting = gc.isenabled()
        gc.disable()  # hundreds of thousands of new records, none of them garbage: no collections meanwhile
        try:
            return decode(_read_parts(handle, key, secret_bytes, length), texts, data_dir)
        except Refused:
            raise
        except OSError:
            return None
        except UNTRUSTWORTHY as exc:
            raise Refused(f"its contents do not check out ({type(exc).__name__}: {exc})") from None
        finally:
            if collecting:
                gc.enable()


class Marshalled(bytes):
    """A part already marshalled (as `read_sealed` read it, `with_bytes`): `write_parts` writes it as it is."""


def _read_parts(handle: BinaryIO, key: bytes, secret_bytes: bytes, length: int,
                with_bytes: bool = False) -> Iterator[Any]:
    """Each part of the payload, its tag checked, then unmarshalled, one at a time (`with_bytes`: as
    (its bytes as a Marshalled, the part))."""
    left = length
    number = 0
    while left:
        head = handle.read(_PART_HEAD)
        part = int.from_bytes(head[:8], "little")
        if len(head) != _PART_HEAD or part > left - _PART_HEAD:
            raise Refused("a part's length runs past the end of the file")
        data = handle.read(part)
        tag = seal(secret_bytes, key, number.to_bytes(8, "little"), data)
        if len(data) != part or not hmac.compare_digest(tag, head[8:]):
            raise Refused("a part is not sealed with this user's key (written by someone else, or damaged)")
        left -= _PART_HEAD + part
        number += 1
        value = marshal.loads(data)  # noqa: S302 - sealed with our secret; marshal builds plain data only
        yield (Marshalled(data), value) if with_bytes else value
        del data, value


def write(path: Path, key: bytes, secret_bytes: bytes, briefing: Briefing) -> bool:
    """Store `briefing` under `key`, atomically; False (and nothing left behind) when that fails."""
    return write_parts(path, key, secret_bytes, encode(briefing))


def read_sealed(path: Path, key: bytes, secret_bytes: bytes, with_bytes: bool = False) -> Iterator[Any] | None:
    """The parts `write_parts` stored under `key` at `path`, one at a time as they are read (each checked
    against its tag first: Refused when one does not verify; `with_bytes`: each as (its bytes, the part)),
    or None when there is no such file of ours.
    The caller reads them all while the file is open (a generator: the file closes when it is done)."""
    handle = open_regular(path)
    if handle is None:
        return None
    try:
        header = handle.read(_HEADER)
        size = os.fstat(handle.fileno()).st_size
    except OSError:
        handle.close()
        return None
    if len(header) < _HEADER or not header.startswith(_MAGIC) or header[len(_MAGIC):-8] != key:
        handle.close()
        return None
    length = int.from_bytes(header[-8:], "little")
    if size != _HEADER + length:
        handle.close()
        raise Refused("its length does not match its header")

    def parts() -> Iterator[Any]:
        with handle:
            yield from _read_parts(handle, key, secret_bytes, length, with_bytes)

    return parts()


def write_parts(path: Path, key: bytes, secret_bytes: bytes, parts: Iterator[Any]) -> bool:
    """Store the plain-data `parts` under `key` (32 bytes), sealed and atomically; False when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(bytes(_HEADER))  # the real header once the payload's length is known
            length = 0
            for number, part in enumerate(parts):
                data = part if type(part) is Marshalled else marshal.dumps(part)
                del part
                handle.write(len(data).to_bytes(8, "little"))
                handle.write(seal(secret_bytes, key, number.to_bytes(8, "little"), data))
                handle.write(data)
                length += _PART_HEAD + len(data)
            handle.seek(0)
            handle.write(_MAGIC + key + length.to_bytes(8, "little"))
        os.replace(temp, path)
    except (OSError, ValueError):
        try:
            os.unlink(temp)
        except OSError:
            pass
        return False
    prune(path.parent, keep=path)
    return True


def discard(path: Path) -> None:
    """Remove a cache file that did not verify (a regular file only; anything else is left alone)."""
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except OSError:
        pass


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
    kept: dict[str, list[tuple[float, Path]]] = {".briefing-cache": [], ".fold-state": []}
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


def unlink(path: Path | str) -> None:
    """Remove a cache file; one already gone (or not removable) is no matter: the cache only saves time."""
    try:
        os.unlink(path)
    except OSError:
        pass
