"""The cache encoding's schema (see briefing.load.codec): the models it stores, each one's tag and field names,
and per model a builder (stored values -> record, type-checked) and a flattener (record -> stored values),
written out as code once at import so a warm load runs no loop over fields."""

from __future__ import annotations

import sys
from collections.abc import Callable
from enum import Enum
from types import UnionType
from typing import TYPE_CHECKING, Any, Literal, Union, get_args, get_origin

import briefing.model as model
from briefing.model import Frozen, Source, Span

if TYPE_CHECKING:
    from briefing.load.codec import _Decoder, _Encoder

#: Parts of the mentions: their head and four columns (see Mentions.columns).
_MENTION_PARTS = 5
#: Records per stored chunk of a collection.
CHUNK = 4096

_MODELS: tuple[type[Frozen], ...] = (
    Span, model.PartialDate, model.Region, model.SourcePart, Source, model.Role, model.Alias, model.Actor,
    model.Issue, model.Event, model.Position, model.Quote, model.Discrepancy, model.UnknownName,
    model.Problem, model.Side,
)
_TAG = {cls: index for index, cls in enumerate(_MODELS)}
_NAMES = [tuple(cls.model_fields) for cls in _MODELS]
#: Per model, the fields holding an enum (stored as its value) with the enum to rebuild it.
_ENUMS = [
    {name: field.annotation for name, field in cls.model_fields.items()
     if isinstance(field.annotation, type) and issubclass(field.annotation, Enum)}
    for cls in _MODELS
]
_SPAN, _SPAN_SLICE, _SPAN_RUN, _DATE = _TAG[Span], -1, -2, _TAG[model.PartialDate]
_MAKERS = [cls.trusted_maker() for cls in _MODELS]
_COLLECTIONS = ("sources", "actors", "issues", "events", "positions", "quotes", "discrepancies", "mentions",
                "problems", "unknown_names", "sides")

#: The fields whose stored runs are checked at load and made on first use (see briefing.model.base.LazyField).
_LAZY = frozenset({(model.Quote, "also"), (model.Event, "evidence"), (model.Position, "evidence")})
#: The fields of records whose stored records are type-checked at load and made on first use (see
#: codec_lazy.LazyRecords): a source's regions, read only by the source pane, `check` and the exports.
_LAZY_RECORDS = {(Source, "regions"): model.Region}


def _holds_model(annotation: Any) -> bool:  # noqa: ANN401
    if isinstance(annotation, type) and issubclass(annotation, Frozen):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))


def _field_kind(annotation: Any) -> str:  # noqa: ANN401
    """How a field is read back: 'span' (a Span, or None), 'spans' (a tuple of them), 'date' (a PartialDate,
    or None), 'value' (anything else holding a model), 'plain'."""
    args = [arg for arg in get_args(annotation) if arg is not type(None)]
    if annotation is Span or args == [Span] and get_origin(annotation) is not tuple:
        return "span"
    if get_origin(annotation) is tuple and args[:1] == [Span]:
        return "spans"
    if annotation is model.PartialDate or args == [model.PartialDate]:
        return "date"
    return "value" if _holds_model(annotation) else "plain"


_SIMPLE = {str: str, int: int, float: float, bool: bool, type(None): type(None)}


def _plain_types(annotation: Any) -> frozenset | None:  # noqa: ANN401
    """The Python types a stored plain field may have (a record read back is type-checked against them:
    a cache must not put a number where the dashboard draws text), or None when not a simple field."""
    if annotation in _SIMPLE:
        return frozenset({annotation, int} if annotation is float else {annotation})
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return frozenset(type(arg) for arg in args)
    if origin is tuple:
        return frozenset({tuple})
    if args and origin in (Union, UnionType):
        found: set = set()
        for arg in args:
            types = _plain_types(arg)
            if types is None:
                return None
            found |= types
        return frozenset(found)
    return None


def _checks(tag: int) -> tuple[list[str], dict[str, frozenset]]:
    """The lines of code that type-check a model's stored plain fields (`v`), and the names they use."""
    cls = _MODELS[tag]
    checks = []
    allowed: dict[str, frozenset] = {}
    for index, name in enumerate(_NAMES[tag], start=1):
        annotation = cls.model_fields[name].annotation
        types = _plain_types(annotation)
        # (spans are checked as they are read: a tuple of single spans, or one run of them as a list)
        if types is not None and not (cls is Source and name == "text") and _field_kind(annotation) != "spans":
            allowed[f"t{index}"] = types
            checks.append(f"    if type(v[{index}]) not in t{index}:\n"
                          f"        raise TypeError('{cls.__name__}.{name}: ' + type(v[{index}]).__name__)\n")
    return checks, allowed


def _checker(tag: int) -> Callable[[list], None]:
    """`check(values)`: raises unless a model's stored [tag, field values...] has its length and its plain
    fields their types, as its builder checks them (for records made on first use: codec_lazy.LazyRecords)."""
    checks, allowed = _checks(tag)
    code = (f"def check(v):\n"
            f"    if len(v) != {len(_NAMES[tag]) + 1}:\n"
            f"        raise ValueError('record of the wrong length')\n"
            + "".join(checks) + "    return None\n")
    scope: dict[str, Any] = dict(allowed)
    exec(code, scope)  # noqa: S102 - see _builder
    return scope["check"]


def _builder(tag: int) -> Callable[[list, _Decoder], Frozen]:
    """`build(values, decoder)`: one model from its stored [tag, field values...], written out per model (no
    loop over fields, no type tests on plain ones, spans and dates read by their own functions): most of a
    warm load is this."""
    cls = _MODELS[tag]
    items = []
    for index, name in enumerate(_NAMES[tag], start=1):
        kind = _field_kind(cls.model_fields[name].annotation)
        if cls is Source and name == "text":
            items.append(f"{name!r}: d.text_of[v[{_NAMES[tag].index('file') + 1}]]")
        elif name in _ENUMS[tag]:
            items.append(f"{name!r}: enums[{name!r}](v[{index}])")
        elif (cls, name) in _LAZY:  # made on first use (see _Decoder.lazy_spans)
            items.append(f"{name!r}: d.lazy_spans(v[{index}])")
        elif (cls, name) in _LAZY_RECORDS:  # checked now, made on first use (see _Decoder.lazy_records)
            items.append(f"{name!r}: d.lazy_records(v[{index}], {_TAG[_LAZY_RECORDS[cls, name]]})")
        elif kind != "plain":
            items.append(f"{name!r}: d.{kind}(v[{index}])")
        elif name == "rule":  # a few dozen rules, each written on thousands of records: one string each
            items.append(f"{name!r}: intern(v[{index}])")
        else:
            items.append(f"{name!r}: v[{index}]")
    checks, allowed = _checks(tag)
    code = (f"def build(v, d):\n"
            f"    if len(v) != {len(_NAMES[tag]) + 1}:\n"
            f"        raise ValueError('record of the wrong length')\n"
            + "".join(checks) +
            f"    return make({{{', '.join(items)}}})\n")
    scope: dict[str, Any] = {"make": _MAKERS[tag], "enums": _ENUMS[tag], "intern": sys.intern, **allowed}
    exec(code, scope)  # noqa: S102 - code built above from our own models' field names
    return scope["build"]


_BUILDERS = [_builder(tag) for tag in range(len(_MODELS))]
# (a record made on first use is built with no decoder: every field of its model must be a plain one)
assert all(_field_kind(lazy.model_fields[name].annotation) == "plain"  # noqa: S101
           for lazy in _LAZY_RECORDS.values() for name in lazy.model_fields)
_CHECKERS = {_TAG[lazy]: _checker(_TAG[lazy]) for lazy in _LAZY_RECORDS.values()}


def _flattener(tag: int) -> Callable[[dict[str, Any], _Encoder], list]:
    """`flatten(fields, encoder)`: a model's [tag, field values...] as stored, written out per model."""
    cls = _MODELS[tag]
    items = [str(tag)]
    for name in _NAMES[tag]:
        if cls is Source and name == "text":
            items.append("None")  # the load has the text: not stored
        elif name in _ENUMS[tag]:
            items.append(f"f[{name!r}].value")
        elif _field_kind(cls.model_fields[name].annotation) == "spans":
            items.append(f"e.span_run(f[{name!r}])")
        elif _holds_model(cls.model_fields[name].annotation):
            items.append(f"e.value(f[{name!r}])")
        else:
            items.append(f"f[{name!r}]")
    scope: dict[str, Any] = {}
    exec(f"def flatten(f, e):\n    return [{', '.join(items)}]\n", scope)  # noqa: S102 - see _builder
    return scope["flatten"]


_FLATTENERS = [_flattener(tag) for tag in range(len(_MODELS))]
