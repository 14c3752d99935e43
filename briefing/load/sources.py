"""Read the article files of a data folder: decode, sanitise, and say clearly what went wrong."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from briefing.load.clean_reads import CleanReads
from briefing.load.files import FolderReader, Refused, wide_encoding
from briefing.load.sanitize import clean_name, has_bidi, has_controls, is_inert, sanitize
from briefing.load.seen_files import SeenFiles
from briefing.load.text_store import TextStore
from briefing.model import Problem

#: Articles are a few kilobytes; anything past this is refused rather than risk a hang.
MAX_SOURCE_BYTES = 16 * 1024 * 1024
_SNIFF = 8192
#: A text with more replacement characters than this share of it is not text (random bytes).
_MAX_REPLACED = 0.25


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


#: The folder's own data files, read by the loader (briefing.load), and the labels of a dev set (benchmarks/
#: evaluate.py): in a folder that is its own sources folder they are no sources, and no problem either.
TOML_FILES = ("sources.toml", "sides.toml", "actors.toml", "issues.toml", "events.toml", "positions.toml",
              "quotes.toml", "discrepancies.toml")
_NOT_SOURCES = (*TOML_FILES, "labels.toml")


def read_sources(data_dir: Path, problems: list[Problem], clean: CleanReads | None = None) -> list[RawSource]:
    """Every readable `sources/*.txt` of `data_dir`, in file-name order.

    `clean`: the digests of files read clean before (see briefing.load.clean_reads): such a file is decoded
    and not searched again; a file found clean now is added to it (the caller saves it).
    A folder with no `sources/` but `.txt` files of its own is read as the sources folder itself, so
    any folder of articles can be given to `--data`. Only regular files inside `data_dir` are read
    (see briefing.load.files): links out of it, FIFOs and devices are reported and skipped.
    """
    folder = sources_folder(data_dir)
    if not folder.is_dir():
        problems.append(Problem(file=str(folder), message="no sources folder: expected DIR/sources/*.txt"))
        return []
    try:  # (listed with each entry's type: a plain file is opened without a stat first, see FolderReader)
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        problems.append(Problem(file=str(folder), message=f"cannot list folder: {exc.strerror or exc}"))
        return []
    sources: list[RawSource] = []
    names: set[str] = set()
    prefix = _rel(folder, data_dir) + "/" if folder != data_dir else ""
    reader = FolderReader(data_dir)
    seen = clean.seen_in(folder) if clean is not None else None
    store = TextStore(reader, MAX_SOURCE_BYTES) if seen is not None else None
    for entry in entries:
        if entry.name.startswith("."):
            continue
        name = clean_name(entry.name)  # a file name is untrusted text too, shown on one line
        rel = prefix + name  # (the path inside data_dir)
        if name != entry.name:
            if name in names or (folder / name).exists():
                problems.append(Problem(file=rel, message="file name has control characters and clashes "
                                                          "with another file once they are removed; skipped"))
                continue
            what = "bidirectional control characters" if has_bidi(entry.name) else "control characters"
            problems.append(Problem(file=rel, message=f"file name has {what}; they were removed"))
        if not entry.name.lower().endswith(".txt"):  # (Path.suffix's test: no dot file gets here)
            if folder != data_dir or entry.name not in _NOT_SOURCES:
                problems.append(Problem(file=rel, message="ignored: sources must be .txt files"))
            continue
        raw = None
        if store is not None and clean is not None and seen is not None:
            raw = _unread(entry, reader, name, rel, clean, seen, store)
        if raw is None:
            raw = _read_one(entry, reader, name, rel, problems, clean, seen)
        if raw is not None:
            names.add(raw.file)
            sources.append(raw)
    if not sources:
        problems.append(Problem(file=str(folder), message="no readable sources: the briefing is empty"))
    return sources


def _unread(entry: os.DirEntry, reader: FolderReader, name: str, rel: str, clean: CleanReads,  # noqa: PLR0913
            seen: SeenFiles, store: TextStore) -> RawSource | None:
    """The source of a clean file whose stat in the listing is the one recorded (see seen_files), its text
    not read: read on first use and checked against the recorded digest and length (text_store). None for
    any other file (read now)."""
    try:
        if not entry.is_file(follow_symlinks=False):
            return None
        info = entry.stat(follow_symlinks=False)
    except OSError:
        return None
    known = seen.unchanged(name, info)
    if known is None or known[0] not in clean or not reader.inside_folder(os.path.dirname(entry.path)):
        return None
    digest, length = known
    seen.saw(name, info, digest, length)
    return RawSource(file=name, text=store.defer(entry.path, name, rel, digest, length),  # type: ignore[arg-type]
                     sha256=digest.hex())


def unread(raw: RawSource) -> bool:
    """Whether `raw`'s text is not read yet (see `_unread`)."""
    return type(raw.text) is not str


#: How a file in a wide encoding can begin: with a byte-order mark, or with NUL bytes somewhere in its head.
_WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _read_one(entry: os.DirEntry, reader: FolderReader, name: str, rel: str, problems: list[Problem],  # noqa: PLR0913
              clean: CleanReads | None = None, seen: SeenFiles | None = None) -> RawSource | None:
    try:
        data, info = reader.read_entry_stat(entry, MAX_SOURCE_BYTES)
    except Refused as exc:
        problems.append(Problem(file=rel, message=f"{exc}; skipped"))
        return None
    if not data.strip():
        problems.append(Problem(file=rel, message="empty file; skipped"))
        return None
    # A file whose stat after this read is the one recorded has the bytes it had then (see seen_files).
    digest = seen.digest(name, info) if seen is not None and len(data) == info.st_size else None
    if digest is None:
        digest = hashlib.sha256(data).digest()
    if clean is not None and digest in clean:
        try:  # these very bytes were found clean before: their text is what they decode to
            text = data.decode("utf-8-sig")
            if seen is not None:
                seen.saw(name, info, digest, len(text))
            return RawSource(file=name, text=text, sha256=digest.hex())
        except UnicodeDecodeError:
            pass  # (not what was found before: read it the whole way)
    notes: list[str] = []
    text = _text_of(data, rel, problems, notes)
    if text is None:
        return None
    if is_inert(text):  # nothing to remove or report: the common case, one search
        if clean is not None and not notes:
            clean.found_clean(digest)
            if seen is not None:
                seen.saw(name, info, digest, len(text))
        return RawSource(file=name, text=text, sha256=digest.hex(), notes=notes)
    if has_controls(text):
        message = "contains terminal control characters (escape sequences); they were removed"
        notes.append(message)
        problems.append(Problem(file=rel, message=message))
    if has_bidi(text):
        message = "contains bidirectional control characters (they reorder displayed text); they were removed"
        notes.append(message)
        problems.append(Problem(file=rel, message=message))
    return RawSource(
        file=name,
        text=sanitize(text),
        sha256=digest.hex(),
        notes=notes,
    )


def _text_of(data: bytes, rel: str, problems: list[Problem], notes: list[str]) -> str | None:
    """The text of a file's bytes, or None (and a Problem) for a wide encoding, binary data or bytes mostly not
    UTF-8; bytes partly not UTF-8 are decoded with replacement characters, noted in `notes` and `problems`."""
    head = data[:_SNIFF]
    # Every wide pattern needs NUL bytes or a byte-order mark: a head with neither is not wide (the common
    # case, one search instead of wide_encoding's eight column counts).
    wide = wide_encoding(head) if b"\0" in head or head.startswith(_WIDE_BOMS) else None
    if wide is not None:
        problems.append(Problem(file=rel, message=f"encoded as {wide}, not UTF-8; skipped. Convert it with "
                                                  f"`iconv -f {wide} -t UTF-8`"))
        return None
    if _looks_binary(head):
        problems.append(Problem(file=rel, message="binary data, not text; skipped"))
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8-sig", errors="replace")
        if text.count("\ufffd") > _MAX_REPLACED * len(text):
            problems.append(Problem(file=rel, message="not text: most of it is not valid UTF-8 "
                                                      "(random or binary data); skipped"))
            return None
        message = (
            f"not valid UTF-8 (first bad byte 0x{data[exc.start]:02x} at line {line}); "
            "decoded with replacement characters"
        )
        notes.append(message)
        problems.append(Problem(file=rel, line=line, message=message))
    return text
