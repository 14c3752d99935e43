"""A database record's field lines, for boilerplate.py (one pass over the lines, linear):
  boiler:record-fields   two lines or more in a row, each a field's label and its value ("Affected country:
                         Republic of Veloria", "Glide: EP-2025-000042-VEL", "Disaster type: Epidemic"):
                         the label a word or three in sentence case, the value a name or a code (capitalised words
                         and a headline's small words, or a token with a digit), no sentence. A transcript's turn
                         ("Trump: Thank you", "REPORTER: And Ukraine?") says something: its value is no name.
"""

from __future__ import annotations

import re

__all__ = ["mark_fields"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

_FIELD = re.compile(r"(?P<label>[A-Z][a-z]+(?: [a-z]+){0,2})\s*:\s+(?P<value>[^\n]{1,80})")
#: A value that names or codes: capitalised words, numbers and codes, and a name's small words between them.
_NAME_VALUE = re.compile(r"(?:(?:[A-Z0-9][\w.&'’/-]*|of|the|and|de|du|la|el|et|y|[-–—,()])(?:\s+|$))+")
_HAS_DIGIT = re.compile(r"\d")
#: Lines in a row at least.
_MIN_FIELDS = 2


def _field(line: str) -> bool:
    match = _FIELD.fullmatch(line)
    if match is None:
        return False
    value = match.group("value").strip()
    if value.endswith((".", "?", "!")) and not _HAS_DIGIT.search(value[-3:]):
        return False
    if not _NAME_VALUE.fullmatch(value + " "):
        return False
    return len(value.split()) > 1 or " " in match.group("label") or _HAS_DIGIT.search(value) is not None
    # ("Trump: No" is a turn; "Disaster type: Epidemic" a field)


def mark_fields(lines: Lines, marks: Marks) -> None:
    """Marks each run of `_MIN_FIELDS` field lines or more that nothing marked yet."""
    run: list[int] = []
    for index in range(len(lines) + 1):
        if index < len(lines) and marks[index] is None and _field(lines[index][2]):
            run.append(index)
            continue
        if len(run) >= _MIN_FIELDS:
            for at in run:
                marks[at] = ("boiler:record-fields", "A database record's field lines")
        run = []
