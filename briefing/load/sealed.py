"""The sealed file the cache's briefings and fold states are written as, and this user's secret that seals it.

A file: magic, the key it was written under (32 bytes), the payload's length; then parts, each its length, an
HMAC-SHA256 tag under the user's secret (over the key, the part's number and its bytes) and its bytes (plain
data written with `marshal`). A part's tag is checked before it is unmarshalled, one part at a time: neither
reading nor writing holds the whole file. Only regular files of this user's are opened (a FIFO never blocks,
a link is not followed). What goes in the files, where they live and when they are pruned: briefing.load.cache.
"""

from __future__ import annotations

import hashlib
import hmac
import marshal
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

_MAGIC = b"BRFCACH3"
_TAG = 32  # bytes of HMAC-SHA256
_HEADER = len(_MAGIC) + 32 + 8  # magic, key digest, payload length; each part: length, tag, data
_PART_HEAD = 8 + _TAG
_SECRET_FILE = "key"


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


# ---- the file ------------------------------------------------------------------------------------
#: Exceptions reading a file that does not check out may raise (a huge length, a deep nesting, a record
#: of the wrong shape): each means "ignore it and rebuild", never a crash.
UNTRUSTWORTHY = (ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError, StopIteration,
                 OverflowError, MemoryError, RecursionError, UnicodeError)


class Refused(ValueError):
    """A cache file that does not verify: why, for the note the load makes."""


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
    """Store the plain-data `parts` under `key` (32 bytes), sealed and atomically (a temporary file renamed into
    place); False (and nothing left behind) when that fails."""
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
        unlink(temp)
        return False
    return True


def unlink(path: Path | str) -> None:
    """Remove a cache file; one already gone (or not removable) is no matter: the cache only saves time."""
    try:
        os.unlink(path)
    except OSError:
        pass


def discard(path: Path) -> None:
    """Remove a cache file that did not verify (a regular file only; anything else is left alone)."""
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            os.unlink(path)
    except OSError:
        pass
