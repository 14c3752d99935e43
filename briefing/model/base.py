"""The base of every record: an immutable pydantic model, and a way to build one without validation from
values the loader made itself (see `Frozen.trusted`). Nothing here imports Textual."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple, Self

from pydantic import BaseModel, ConfigDict

_new_object = object.__new__
_set_slot = object.__setattr__


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """A record built from values the loader made itself (offsets into a text it holds, records
        already validated): no validation, and one shared fields-set per class, so a folder's hundreds
        of thousands of spans and mentions cost a microsecond and a few hundred bytes each. Fields left
        out take their defaults."""
        names, defaults, shared = _FIELDS.get(cls) or _fields(cls)
        if len(values) != len(names):
            values = {name: values[name] if name in values else defaults[name] for name in names}
        record = _new_object(cls)
        _set_slot(record, "__dict__", values)
        _set_slot(record, "__pydantic_fields_set__", shared)
        _set_slot(record, "__pydantic_extra__", None)
        _set_slot(record, "__pydantic_private__", None)
        return record

    @classmethod
    def trusted_maker(cls) -> Callable[[dict[str, Any]], Self]:
        """`make(values)`: `trusted` for a dict holding every field (it becomes the record's own), for loops."""
        shared = _fields(cls)[2]

        def make(values: dict[str, Any]) -> Self:
            record = _new_object(cls)
            _set_slot(record, "__dict__", values)
            _set_slot(record, "__pydantic_fields_set__", shared)
            _set_slot(record, "__pydantic_extra__", None)
            _set_slot(record, "__pydantic_private__", None)
            return record

        return make


#: Per model class: field names, their defaults, and the fields-set every trusted record shares (pydantic
#: copies it before any change: model_copy works on a copy).
_FIELDS: dict[type, tuple[tuple[str, ...], dict[str, Any], set[str]]] = {}


def _fields(cls: type[BaseModel]) -> tuple[tuple[str, ...], dict[str, Any], set[str]]:
    fields = _FIELDS.get(cls)
    if fields is None:
        names = tuple(cls.model_fields)
        defaults = {name: field.get_default(call_default_factory=True) for name, field in cls.model_fields.items()
                    if not field.is_required()}
        fields = _FIELDS[cls] = (names, defaults, set(names))
    return fields


class Lazy:
    """A field's value not made yet: `realise()` makes it (a loader's records it has already checked, made
    on first use; see LazyField). Compares, hashes, prints and pickles as the value it stands for."""

    __slots__ = ()

    def realise(self) -> Any:  # noqa: ANN401
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        return self.realise() == (other.realise() if isinstance(other, Lazy) else other)

    def __hash__(self) -> int:
        return hash(self.realise())

    def __repr__(self) -> str:
        return repr(self.realise())

    def __reduce__(self) -> tuple:
        return tuple, (self.realise(),)


class LazyField:
    """A field whose record may hold a `Lazy` in its place (set on the model class after it is made): read,
    the value is made once and kept in the record. Pydantic's own readers of `__dict__` (equality, repr,
    hash, pickling) see the Lazy, which stands for its value."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, record: Any, owner: type | None = None) -> Any:  # noqa: ANN401
        if record is None:
            return self
        values = record.__dict__
        value = values[self.name]
        if isinstance(value, Lazy):
            value = values[self.name] = value.realise()
        return value

    def __set__(self, record: Any, value: Any) -> None:  # noqa: ANN401
        raise AttributeError(f"{type(record).__name__} is frozen: {self.name} cannot be set")


class LazySpans(Lazy):
    """A tuple of spans not made yet that can say which sources they lie in without making them (the
    briefing's indexes by source ask that of every event and position at open)."""

    __slots__ = ()

    def files(self) -> tuple[str, ...]:
        """The distinct sources of the spans, in the order of their first span."""
        raise NotImplementedError

    def columns(self) -> SpanColumns:
        """The spans as `realise` makes them read, in columns, without making their records (see `span_columns`)."""
        return span_columns_of(self.realise())


def span_files(record: Any, name: str = "evidence") -> tuple[str, ...]:  # noqa: ANN401
    """The distinct sources of a record's spans (field `name`), in the order of their first span, without
    making the spans of a field not made yet (see LazySpans)."""
    spans = record.__dict__[name]
    if isinstance(spans, LazySpans):
        return spans.files()
    return tuple(dict.fromkeys([span.source for span in spans]))


class SpanColumns(NamedTuple):
    """Spans as four columns (each span's source, start, end and text), for a writer that makes no record or
    dictionary per span: an export writes each of a large folder's quarter of a million spans once, keeps none."""

    sources: Sequence[str]
    starts: Sequence[int]
    ends: Sequence[int]
    texts: Sequence[str]


def span_columns_of(spans: Sequence[Any]) -> SpanColumns:  # noqa: ANN401
    """Made spans in columns."""
    return SpanColumns([span.source for span in spans], [span.start for span in spans],
                       [span.end for span in spans], [span.text for span in spans])


def span_columns(record: Any, name: str) -> SpanColumns:  # noqa: ANN401
    """The spans of a record's field `name` in columns: a field not made yet (LazySpans) stays unmade, the
    columns taken from its stored offsets and its sources' texts."""
    spans = record.__dict__[name]
    if isinstance(spans, LazySpans):
        return spans.columns()
    return span_columns_of(spans)
