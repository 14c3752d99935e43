"""A parsed TOML annotation file that can say which line a problem is on.

`tomllib` gives values but no positions, so each `[[table]]` header is located in the raw text and a
value is traced to the line of its key (or of the excerpt it quotes) inside that table's block.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefing.load.files import Refused, read_inside, wide_encoding
from briefing.load.sanitize import has_bidi, has_controls, sanitize
from briefing.model import Problem

_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-\s\"']+?)\s*\]\]?\s*(?:#.*)?$")
#: Annotations are a few kilobytes; a bigger file (or `/dev/zero` behind a name) is refused.
MAX_TOML_BYTES = 4 * 1024 * 1024
_ERROR_LINE = re.compile(r"at line (\d+)")


@dataclass
class Item:
    """One `[[name]]` table: its values, its ordinal among its kind, and its file."""

    toml: TomlFile
    name: str
    index: int
    values: dict[str, Any]
    label: str = ""

    def line(self, key: str | None = None, needle: str | None = None) -> int | None:
        return self.toml.line_of(self.name, self.index, key=key, needle=needle)

    def problem(self, message: str, key: str | None = None, needle: str | None = None) -> None:
        prefix = f"[[{self.name}]] {self.label}: " if self.label else f"[[{self.name}]] #{self.index + 1}: "
        self.toml.problems.append(
            Problem(file=self.toml.rel, line=self.line(key, needle), message=prefix + message)
        )

    def check_keys(self, allowed: set[str]) -> None:
        for key in self.values:
            if key not in allowed:
                self.problem(f"unknown key {key!r} (allowed: {', '.join(sorted(allowed))})", key=key)

    def text(self, key: str, *, required: bool = False, default: str = "") -> str:
        value = self.values.get(key)
        if value is None:
            if required:
                self.problem(f"missing required key {key!r}")
            return default
        if not isinstance(value, str):
            self.problem(f"{key!r} must be a string, not {type(value).__name__}", key=key)
            return default
        return value

    def strings(self, key: str) -> list[str]:
        value = self.values.get(key, [])
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.problem(f"{key!r} must be a list of strings", key=key)
            return []
        return value

    def tables(self, key: str) -> list[dict[str, Any]]:
        value = self.values.get(key, [])
        if isinstance(value, dict):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problem(f"{key!r} must be a list of tables", key=key)
            return []
        return value


class TomlFile:
    def __init__(self, path: Path, rel: str, problems: list[Problem], root: Path | None = None) -> None:
        """Read `path` (a regular file inside `root`, by default its own folder; see load.files)."""
        self.path = path
        self.rel = rel
        self.problems = problems
        self.data: dict[str, Any] = {}
        self.lines: list[str] = []
        self._headers: dict[str, list[int]] = {}
        self._all_headers: list[int] = []
        try:
            raw = read_inside(path, path.parent if root is None else root, MAX_TOML_BYTES)
        except Refused as exc:
            problems.append(Problem(file=rel, message=f"{exc}; file skipped"))
            return
        wide = wide_encoding(raw[:8192])
        if wide is not None:
            problems.append(Problem(file=rel, message=f"encoded as {wide}, not UTF-8; file skipped. Convert it "
                                                      f"with `iconv -f {wide} -t UTF-8`"))
            return
        try:
            text = raw.decode("utf-8-sig")  # a byte-order mark is no content
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            problems.append(Problem(file=rel, line=line, message="not valid UTF-8; file skipped"))
            return
        self.lines = text.splitlines()
        try:
            self.data = _clean(tomllib.loads(text))
        except tomllib.TOMLDecodeError as exc:
            match = _ERROR_LINE.search(str(exc))
            problems.append(
                Problem(
                    file=rel,
                    line=int(match.group(1)) if match else None,
                    message=f"malformed TOML: {exc}; file skipped",
                )
            )
            self.data = {}
            return
        self._report_removed()
        for number, line in enumerate(self.lines, start=1):
            header = _HEADER.match(line)
            if header and line.lstrip().startswith("["):
                name = re.sub(r"\s+", "", header.group(1)).replace('"', "").replace("'", "")
                self._headers.setdefault(name, []).append(number)
                self._all_headers.append(number)

    def _report_removed(self) -> None:
        """Say on which lines `_clean` removed control or bidirectional characters from a value,
        whether written as themselves or as escapes (\\u001b, \\u202e, \\b)."""
        for number, line in enumerate(self.lines, start=1):
            chars = line + "".join(_unescape(m) for m in _ESCAPE.finditer(line))
            kinds = [what for what, found in (("control characters (terminal escapes)", has_controls(chars)),
                                              ("bidirectional control characters", has_bidi(chars))) if found]
            if kinds:
                self.problems.append(Problem(file=self.rel, line=number,
                                             message=f"{' and '.join(kinds)} removed from a value"))

    def items(self, name: str, allowed_top: set[str] | None = None) -> list[Item]:
        """The `[[name]]` tables of the file; reports any other top-level key as unknown."""
        if allowed_top is not None:
            for key in self.data:
                if key not in allowed_top:
                    line = self._first_line(rf"^\s*\[\[?\s*{re.escape(key)}\b|^\s*{re.escape(key)}\s*=")
                    self.problems.append(
                        Problem(file=self.rel, line=line, message=f"unknown top-level key {key!r}; expected [[{name}]]")
                    )
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            self.problems.append(
                Problem(file=self.rel, line=self._first_line(rf"^\s*{re.escape(name)}\b"),
                        message=f"{name!r} must be an array of tables ([[{name}]])")
            )
            return []
        return [Item(toml=self, name=name, index=i, values=v) for i, v in enumerate(value)]

    def sub_items(self, parent: Item, key: str, ordinal_start: int) -> list[Item]:
        """Nested `[[parent.key]]` tables; `ordinal_start` counts those of earlier parents."""
        return [
            Item(toml=self, name=f"{parent.name}.{key}", index=ordinal_start + i, values=v)
            for i, v in enumerate(parent.tables(key))
        ]

    # ---- line numbers ----------------------------------------------------------------------
    def _first_line(self, pattern: str) -> int | None:
        regex = re.compile(pattern)
        for number, line in enumerate(self.lines, start=1):
            if regex.search(line):
                return number
        return None

    def _block(self, name: str, index: int) -> tuple[int, int] | None:
        headers = self._headers.get(name, [])
        if index >= len(headers):
            return None
        start = headers[index]
        later = [n for n in self._all_headers if n > start]
        end = later[0] - 1 if later else len(self.lines)
        return start, end

    def line_of(self, name: str, index: int, key: str | None = None, needle: str | None = None) -> int | None:
        block = self._block(name, index)
        if block is None:
            return None
        start, end = block
        if needle:
            probe = _probe(needle)
            if probe:
                for number in range(start, end + 1):
                    if probe in self.lines[number - 1]:
                        return number
        if key:
            regex = re.compile(rf"^\s*{re.escape(key)}\s*=")
            for number in range(start, end + 1):
                if regex.search(self.lines[number - 1]):
                    return number
        return start


def _clean(value: Any) -> Any:
    """Annotations are untrusted text too: no control characters in any string, key or value."""
    if isinstance(value, str):
        return sanitize(value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {sanitize(k): _clean(v) for k, v in value.items()}
    return value


#: An escape in a TOML string (an even run of backslashes before it is text, not an escape).
_ESCAPE = re.compile(r"(?<!\\)(?:\\\\)*\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|([bf]))")


def _unescape(match: re.Match[str]) -> str:
    code = match.group(1) or match.group(2)
    if code is None:
        return "\b" if match.group(3) == "b" else "\f"
    value = int(code, 16)
    return chr(value) if value <= 0x10FFFF else ""


def _probe(needle: str) -> str:
    """A prefix of `needle` that appears verbatim in TOML source (no quotes or escapes)."""
    cut = re.split(r"[\"\\\n]", needle.strip(), maxsplit=1)[0]
    return cut[:40] if len(cut) >= 6 else ""
