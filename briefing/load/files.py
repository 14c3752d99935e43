"""Open a file of a data folder the only way untrusted folders may be read.

A folder someone sends can hold links to the reader's own files (`env.txt -> /proc/self/environ`),
FIFOs and devices named like articles or annotations (`mkfifo sources.toml`), and files of any size.
`read_inside` reads only a regular file whose real path lies inside the folder, never blocks opening
it (O_NONBLOCK; the type is checked on the open descriptor, so a swap after the check is caught), and
reads at most `limit` bytes. Anything else raises `Refused` with a message fit for a Problem.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from stat import S_ISREG


class Refused(Exception):
    """The file was not read; `str()` says why, for the reader."""


#: Where the system has it (not Windows): a plain file is opened from the listing only with it.
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class FolderReader:
    """Reads files of one folder; remembers the real paths of the folder and of the directories met, so
    a folder of 10,000 articles costs one `lstat` a file for the check, not a path resolution."""

    def __init__(self, root: Path) -> None:
        self.real_root = os.path.realpath(root)
        self._dirs: dict[str, bool] = {}

    def inside(self, path: Path) -> bool:
        """Whether the real path of `path` (links resolved) lies inside the folder."""
        if os.path.islink(path):
            return self._within(os.path.realpath(path))  # never raises: a loop fails to open later
        return self.inside_folder(os.path.dirname(os.path.abspath(path)))

    def _within(self, real: str) -> bool:
        return real == self.real_root or real.startswith(self.real_root.rstrip(os.sep) + os.sep)

    def read(self, path: Path | str, limit: int) -> bytes:
        """The bytes of `path`, a regular file inside the folder of at most `limit` bytes, or `Refused`."""
        return self._read_stat(path, limit)[0]

    def _read_stat(self, path: Path | str, limit: int) -> tuple[bytes, os.stat_result]:
        if not self.inside(path):  # a link, or a link on the way (a linked sources/ folder)
            raise Refused(f"links to {os.path.realpath(path)}, outside the data folder")
        return _read_regular(path, limit)

    def read_entry(self, entry: os.DirEntry, limit: int) -> bytes:
        """`read_entry_stat`'s bytes."""
        return self.read_entry_stat(entry, limit)[0]

    def read_entry_stat(self, entry: os.DirEntry, limit: int) -> tuple[bytes, os.stat_result]:
        """The bytes, and the file's stat taken on its descriptor after they were read (see seen_files).
        As `read`, for an entry `os.scandir` listed: a regular file that is no link by the listing's own word
        (its d_type: no system call) in a folder inside this one is opened at once, with O_NOFOLLOW, and
        checked on the open descriptor; the stat before the open and the link test are `read`'s, for 10,000
        files some 20,000 system calls. (The listing and the open are not atomic, as `read`'s stat and open are
        not: a file swapped meanwhile for a link fails to open here and goes `read`'s way; for a pipe or a
        device, the check on the descriptor refuses it, as in `read`.) Anything else goes `read`'s way."""
        try:
            plain = entry.is_file(follow_symlinks=False)  # (False for a link, whatever it points to)
        except OSError:
            plain = False
        if not plain or _NOFOLLOW == 0 or not self.inside_folder(os.path.dirname(entry.path)):
            return self._read_stat(entry.path, limit)
        try:
            fd = os.open(entry.path, os.O_RDONLY | os.O_NONBLOCK | _NOFOLLOW | getattr(os, "O_NOCTTY", 0))
        except OSError:  # (a link now, or gone: `read` says which)
            return self._read_stat(entry.path, limit)
        return _read_open(fd, limit)

    def inside_folder(self, folder: str) -> bool:
        """Whether the real path of the folder `folder` lies inside this one (once per folder)."""
        known = self._dirs.get(folder)
        if known is None:
            known = self._dirs[folder] = self._within(os.path.realpath(folder))
        return known


def read_inside(path: Path, root: Path, limit: int) -> bytes:
    """The bytes of `path`, a regular file inside `root` of at most `limit` bytes, or `Refused`."""
    return FolderReader(root).read(path, limit)


def _read_regular(path: Path | str, limit: int) -> tuple[bytes, os.stat_result]:
    try:
        if not S_ISREG(os.stat(path).st_mode):  # before opening: opening a device can act on it
            raise Refused("not a regular file (a pipe, device or folder)")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise Refused("cannot read: symbolic link loop") from None
        if exc.errno == errno.ENXIO:  # a socket
            raise Refused("not a regular file (a socket)") from None
        raise Refused(f"cannot read: {exc.strerror or exc}") from None
    return _read_open(fd, limit)


def _read_open(fd: int, limit: int) -> tuple[bytes, os.stat_result]:
    """The bytes of the file open at `fd` (closed after), when it is a regular file of at most `limit` bytes,
    and its stat taken after they were read (an edit made meanwhile shows in it)."""
    try:
        stat = os.fstat(fd)
        if not S_ISREG(stat.st_mode):
            raise Refused("not a regular file (a pipe, device or folder)")  # swapped since the stat
        if stat.st_size > limit:
            raise Refused(f"too large: {stat.st_size:,} bytes, the limit is {limit:,} bytes")
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:  # it grew while being read
            raise Refused(f"too large: more than {limit:,} bytes")
        return b"".join(chunks), os.fstat(fd)
    except OSError as exc:
        raise Refused(f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)


def wide_encoding(head: bytes) -> str | None:
    """"UTF-16"/"UTF-32" (with a byte-order mark) or "UTF-16LE" ... (by the pattern of NUL bytes), else None."""
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    size = len(head) - len(head) % 4
    if size < 8:
        return None
    head = head[:size]

    def zeros(step: int, at: int) -> float:
        column = head[at::step]
        return column.count(0) / len(column)

    if min(zeros(4, 1), zeros(4, 2), zeros(4, 3)) > 0.9 and zeros(4, 0) < 0.5:
        return "UTF-32LE"
    if min(zeros(4, 0), zeros(4, 1), zeros(4, 2)) > 0.9 and zeros(4, 3) < 0.5:
        return "UTF-32BE"
    if zeros(2, 1) > 0.6 and zeros(2, 0) < 0.2:
        return "UTF-16LE"
    if zeros(2, 0) > 0.6 and zeros(2, 1) < 0.2:
        return "UTF-16BE"
    return None


def bundled_data_dir() -> Path:
    """The briefing shipped with the package (inside the wheel), or the repository's data/."""
    packaged = Path(__file__).resolve().parent.parent / "_data"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "data"
