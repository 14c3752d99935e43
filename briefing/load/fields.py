"""Reading the values of a TOML item every annotation file shares: ids, references to ids, dates, inline
tables. Each problem names the file and line (see toml_file.Item)."""

from __future__ import annotations

from typing import Any

from briefing.load.toml_file import Item
from briefing.model import PartialDate

_ID_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789_-")


def read_date(item: Item, key: str, *, required: bool = False) -> PartialDate | None:
    value = item.values.get(key)
    if value is None:
        if required:
            item.problem(f"missing required key {key!r}")
        return None
    text = str(value)
    if not text.isascii():  # \d and int() take Arabic-Indic or full-width digits: not an ISO date
        item.problem(f"bad date {text!r}: write it in ASCII digits as YYYY, YYYY-MM or YYYY-MM-DD", key=key)
        return None
    try:
        date = PartialDate.parse(text)
    except ValueError as exc:
        item.problem(f"bad date {text!r}: {exc}", key=key)
        return None
    if date.year == 0:
        item.problem(f"bad date {text!r}: there is no year 0", key=key)
        return None
    return date


def read_published(item: Item, key: str = "published") -> PartialDate | None:
    """A publication date; the first and last years of the calendar (0001, 9999) are placeholders for
    "unknown", and date arithmetic on them would leave the calendar: reported and taken as unknown."""
    date = read_date(item, key)
    if date is not None and not 1 < date.year < 9999:
        item.problem(f"published {date.iso!r} is at the end of the calendar (a placeholder?); "
                     "taken as unknown", key=key)
        return None
    return date


def new_id(item: Item, value: str, seen: set[str]) -> bool:
    if not value:
        return False
    if not set(value) <= _ID_CHARS:
        item.problem(f"id {value!r} may only use a-z, 0-9, _ and -", key="id")
        return False
    if value in seen:
        item.problem(f"duplicate id {value!r}", key="id")
        return False
    seen.add(value)
    return True


def refs(item: Item, key: str, known: set[str], what: str) -> tuple[str, ...]:
    kept: list[str] = []
    for ref in item.strings(key):
        if ref in known:
            kept.append(ref)
        else:
            item.problem(f"unknown {what} id {ref!r}", key=key, needle=ref)
    return tuple(dict.fromkeys(kept))


def inline(parent: Item, values: dict[str, Any], key: str) -> Item:
    """An inline table inside an item, reporting problems at the parent's line for `key`."""
    sub = Item(toml=parent.toml, name=parent.name, index=parent.index, values=values)
    sub.label = f"{parent.label} {key}"
    return sub
