"""The base of every record: an immutable pydantic model, and a way to build one without validation from
values the loader made itself (see `Frozen.trusted`). Nothing here imports Textual."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

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
