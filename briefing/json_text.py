"""JSON text exactly as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, made faster for the
export's records (briefing.export.write_json): the standard library writes indented JSON with its pure-Python
encoder, a generator per level; this is the same text in a third of the time, and evidence spans are
written straight from their offsets and texts."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from briefing.model.base import SpanColumns


class SpanList:
    """Evidence spans as `encode` writes them: the same text as their dictionaries (source, start, end, text,
    then the origin's fields and the closing brace, which `tails(indentation)` gives: a dict of each source's
    where it is the same for every span in it, and a function `tail(source, start)` for the rest) through
    `encode`, written from the spans' columns (a quarter of a million spans at 10,000 articles) without making
    a dictionary or a record per span, nor running a line of Python per span but for a compilation's."""

    __slots__ = ("columns", "tails")

    def __init__(self, columns: SpanColumns, tails: Callable[[str], Tails]) -> None:
        self.columns, self.tails = columns, tails

    def write(self, newline: str, parts: list[str]) -> None:
        sources, starts, ends, texts = self.columns
        if not sources:
            parts.append("[]")
            return
        inner = newline + "  "
        field = inner + "  "
        same, tail = self.tails(inner)
        ending = list(map(same.get, sources))
        if None in ending:  # a source met first here, or one in parts (its compilation's part at each span)
            for place, found in enumerate(ending):
                if found is None:
                    ending[place] = same.get(sources[place]) or tail(sources[place], starts[place])
        span = (inner + "{{" + field + '"source": {},' + field + '"start": {},' + field + '"end": {},' + field
                + '"text": {}{}')  # (str.format writes an int as int.__repr__ does)
        parts.append("[" + ",".join(map(span.format, map(_STRING, sources), starts, ends, map(_STRING, texts), ending))
                     + newline + "]")


#: What `SpanList` ends a span's object with at one indentation: per source, the end where it is the same for
#: all its spans (kept up to date by the function), and the function giving the end for a source and offset.
Tails = tuple[dict[str, str], Callable[[str, int], str]]


_STRING = json.encoder.encode_basestring  # what json.dumps(ensure_ascii=False) writes a string with (C)
_FLOAT = float.__repr__
#: How a value of exactly these types is written (floats only when finite: see _encode).
_LEAF: dict[type, Any] = {str: _STRING, int: int.__repr__, bool: lambda b: "true" if b else "false",
                          type(None): lambda _none: "null",
                          float: lambda f: _FLOAT(f) if f - f == 0 else json.dumps(f)}  # (inf - inf, nan: not 0)
#: Per indentation, per key: a key's start of line in a dictionary, `newline  "key": ` (the keys of an
#: export's records are few, and each is written hundreds of thousands of times).
_HEADS: dict[str, dict[str, str]] = {}


def encode(value: Any, newline: str, parts: list[str]) -> None:  # noqa: ANN401, C901 - JSON
    """`value` as `json.dumps(value, ensure_ascii=False, indent=2)` writes it, each line after the first
    begun with `newline`, appended to `parts`. The standard library writes indented JSON with its pure-Python
    encoder, a generator per level: this is the same text in a third of the time (an export at 10,000
    articles writes two million values). Anything it does not know is left to json.dumps."""
    kind = type(value)
    if kind is str:
        parts.append(_STRING(value))
    elif kind is dict:
        if not value:
            parts.append("{}")
            return
        inner = newline + "  "
        heads = _HEADS.get(inner) or _HEADS.setdefault(inner, {})
        sep = "{"
        for key, item in value.items():
            head = heads.get(key)
            if head is None:
                if type(key) is not str:
                    parts.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))
                    return
                head = heads[key] = inner + _STRING(key) + ": "
            leaf = _LEAF.get(type(item))  # a plain value written here: most of an export's millions
            if leaf is not None:
                parts.append(sep + head + leaf(item))
            else:
                parts.append(sep + head)
                encode(item, inner, parts)
            sep = ","
        parts.append(newline + "}")
    elif kind is list or kind is tuple:
        if not value:
            parts.append("[]")
            return
        inner = newline + "  "
        first = True
        for item in value:
            head = ("[" if first else ",") + inner
            first = False
            leaf = _LEAF.get(type(item))
            if leaf is not None:
                parts.append(head + leaf(item))
            else:
                parts.append(head)
                encode(item, inner, parts)
        parts.append(newline + "]")
    elif kind is SpanList:
        value.write(newline, parts)
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif kind is int:
        parts.append(int.__repr__(value))
    elif kind is float and value == value and value not in (float("inf"), float("-inf")):
        parts.append(_FLOAT(value))
    else:  # NaN, infinities, subclasses: as json.dumps has it
        parts.append(json.dumps(value, ensure_ascii=False, indent=2).replace("\n", newline))
