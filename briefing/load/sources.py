"""Read the article files of a data folder: decode, sanitise, and say clearly what went wrong."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path
from stat import S_ISREG

from briefing.load.sanitize import has_controls, sanitize
from briefing.model import Problem

#: Articles are a few kilobytes; anything past this is refused rather than risk a hang.
MAX_SOURCE_BYTES = 16 * 1024 * 1024
_SNIFF = 8192


@dataclass
class RawSource:
    file: str
    text: str
    sha256: str
    notes: list[str] = field(default_factory=list)


def _rel(path: Path, data_dir: Path) -> str:
    try:
        return str(path.relative_to(data_dir))
    except ValueError:
        return str(path)


#: Every byte but the control bytes that mark binary data (tab, newlines, form feed and ESC occur in text).
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 13, 12, 27)))


def _looks_binary(head: bytes) -> bool:
    """Mostly control bytes (or UTF-16's NULs): not an article. A stray NUL or ESC in text is not enough."""
    controls = len(head.translate(None, _NOT_CONTROL))  # counted in C: this runs over every file
    return bool(head) and controls / len(head) > 0.1


def sources_folder(data_dir: Path) -> Path:
    """`data_dir/sources`, or `data_dir` itself when it has no `sources/` but `.txt` files of its own."""
    folder = data_dir / "sources"
    if not folder.is_dir() and data_dir.is_dir() and any(data_dir.glob("*.txt")):
        return data_dir
    return folder


def count_sources(data_dir: Path, limit: int) -> int:
    """How many `.txt` files `read_sources` would look at, counting no further than `limit` (cheap: no
    file is opened). Unreadable or missing folders count 0."""
    folder = sources_folder(data_dir)
    count = 0
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.name.lower().endswith(".txt") and not entry.name.startswith("."):
                    count += 1
                    if count >= limit:
                        break
    except OSError:
        return 0
    return count


def read_sources(data_dir: Path, problems: list[Problem]) -> list[RawSource]:
    """Every readable `sources/*.txt` of `data_dir`, in file-name order.

    A folder with no `sources/` but `.txt` files of its own is read as the sources folder itself, so
    any folder of articles can be given to `--data`.
    """
    folder = sources_folder(data_dir)
    if not folder.is_dir():
        problems.append(Problem(file=str(folder), message="no sources folder: expected DIR/sources/*.txt"))
        return []
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        problems.append(Problem(file=str(folder), message=f"cannot list folder: {exc.strerror or exc}"))
        return []
    sources: list[RawSource] = []
    names: set[str] = set()
    prefix = _rel(folder, data_dir) + "/" if folder != data_dir else ""
    for path in entries:
        if path.name.startswith("."):
            continue
        rel = sanitize(prefix + path.name if prefix else _rel(path, data_dir))  # a file name is untrusted text too
        if sanitize(path.name) != path.name:
            if sanitize(path.name) in names or (folder / sanitize(path.name)).exists():
                problems.append(Problem(file=rel, message="file name has control characters and clashes "
                                                          "with another file once they are removed; skipped"))
                continue
            problems.append(Problem(file=rel, message="file name has control characters; they were removed"))
        if path.suffix.lower() != ".txt":
            problems.append(Problem(file=rel, message="ignored: sources must be .txt files"))
            continue
        raw = _read_one(path, rel, problems)
        if raw is not None:
            names.add(raw.file)
            sources.append(raw)
    if not sources:
        problems.append(Problem(file=str(folder), message="no readable sources: the briefing is empty"))
    return sources


def _read_one(path: Path, rel: str, problems: list[Problem]) -> RawSource | None:
    try:
        stat = path.stat()  # follows links: a loop raises ELOOP here
        if not S_ISREG(stat.st_mode):
            problems.append(Problem(file=rel, message="not a regular file; skipped"))
            return None
        if stat.st_size > MAX_SOURCE_BYTES:
            problems.append(
                Problem(
                    file=rel,
                    message=f"too large: {stat.st_size:,} bytes, the limit is {MAX_SOURCE_BYTES:,} bytes; skipped",
                )
            )
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_SOURCE_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        if getattr(exc, "errno", None) == 40 or "symbolic links" in reason.lower():  # ELOOP
            reason = "symbolic link loop"
        problems.append(Problem(file=rel, message=f"cannot read: {reason}; skipped"))
        return None
    if not data.strip():
        problems.append(Problem(file=rel, message="empty file; skipped"))
        return None
    if _looks_binary(data[:_SNIFF]):
        problems.append(Problem(file=rel, message="binary data, not text; skipped"))
        return None
    notes: list[str] = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8-sig", errors="replace")
        message = (
            f"not valid UTF-8 (first bad byte 0x{data[exc.start]:02x} at line {line}); "
            "decoded with replacement characters"
        )
        notes.append(message)
        problems.append(Problem(file=rel, line=line, message=message))
    if has_controls(text):
        message = "contains terminal control characters (escape sequences); they were removed"
        notes.append(message)
        problems.append(Problem(file=rel, message=message))
    return RawSource(
        file=sanitize(path.name),
        text=sanitize(text),
        sha256=hashlib.sha256(data).hexdigest(),
        notes=notes,
    )
