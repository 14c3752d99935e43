"""A cache of built briefings, so a folder read before loads without extraction.

Where: `BRIEFING_CACHE_DIR` if set, else `$XDG_CACHE_HOME/briefing`, else `~/.cache/briefing`; never
inside the data folder (a cache directory there is not used). One file per data folder, named by a hash
of its path; a later load of the folder with other inputs overwrites it.

Key: a SHA-256 over everything that changes the result: the cache format and the loader's version, the
bytes of the loader's own code (briefing/model/**.py and briefing/load/**.py), the Python and marshal
versions, the folder's path, whether extraction runs, each source's name, SHA-256 and reading notes, the
problems met while reading, and the bytes of every TOML file the load reads (the folder's, and the
bundled gazetteer and issues when the folder has none). Everything folder-level (the corpus year, the
anchoring of undated sources, merges across sources) is derived from those, so it is covered too.

What: the Briefing as plain data (lists and tuples of strings and numbers, written with `marshal`), not
pickled pydantic objects: records are rebuilt with `Frozen.trusted`, no validation, and strings repeated
across records (actor ids, rules, file names) are stored once and shared again when read. A span's text
is not stored when it is the slice of its source's text that its offsets say (nearly always); sources'
texts are not stored at all (the load has just read them).

A file that is missing, unreadable, truncated, corrupt (checksum), of another version or for another key
is ignored and rebuilt. Writing goes to a temporary file renamed into place (atomic); a write that fails
(read-only or full disk) is ignored: the cache only ever saves time.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator
from enum import Enum
from pathlib import Path
from typing import Any, get_args

import briefing.model as model
from briefing.model import Briefing, Frozen, Source, Span
from briefing.model.records import _fields

#: Bump when the stored layout or what extraction produces changes in a way the code hash would miss.
FORMAT = 1
EXTRACTOR_VERSION = "2026-11-22"
_MAGIC = b"BRFCACHE"
_HEADER = len(_MAGIC) + 32 + 4 + 8  # magic, key digest, crc32 of the payload, payload length

_MODELS: tuple[type[Frozen], ...] = (
    Span, model.PartialDate, model.Region, model.SourcePart, Source, model.Role, model.Alias, model.Actor,
    model.Mention, model.Issue, model.Event, model.Position, model.Quote, model.Discrepancy, model.UnknownName,
    model.Problem,
)
_TAG = {cls: index for index, cls in enumerate(_MODELS)}
_NAMES = [tuple(cls.model_fields) for cls in _MODELS]
#: Per model, the fields holding an enum (stored as its value) with the enum to rebuild it.
_ENUMS = [
    {name: field.annotation for name, field in cls.model_fields.items()
     if isinstance(field.annotation, type) and issubclass(field.annotation, Enum)}
    for cls in _MODELS
]
_SPAN, _SPAN_SLICE, _SOURCE = _TAG[Span], -1, _TAG[Source]
_MAKERS = [cls.trusted_maker() for cls in _MODELS]
_COLLECTIONS = ("sources", "actors", "issues", "events", "positions", "quotes", "discrepancies", "mentions",
                "problems", "unknown_names")


def cache_dir() -> Path:
    if os.environ.get("BRIEFING_CACHE_DIR"):
        return Path(os.environ["BRIEFING_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "briefing"
    return Path.home() / ".cache" / "briefing"


def cache_file(data_dir: Path) -> Path | None:
    """The cache file of a data folder, or None when the cache directory lies inside the folder."""
    folder = data_dir.resolve()
    directory = cache_dir().expanduser().resolve()
    if directory == folder or folder in directory.parents:
        return None
    name = hashlib.sha256(str(folder).encode("utf-8", "surrogateescape")).hexdigest()[:24]
    return directory / f"{name}.briefing-cache"


def _code_digest() -> bytes:
    digest = hashlib.sha256()
    package = Path(model.__file__).resolve().parent.parent  # briefing/
    for path in [*sorted((package / "model").rglob("*.py")), *sorted((package / "load").rglob("*.py"))]:
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.digest()


_CODE: bytes | None = None


def make_key(parts: list[bytes | str]) -> bytes:
    """The cache key: the loader's identity, then `parts` (the folder's inputs), each length-prefixed."""
    global _CODE  # noqa: PLW0603 - computed once per process
    if _CODE is None:
        _CODE = _code_digest()
    digest = hashlib.sha256()
    head = [f"format {FORMAT}", f"extractor {EXTRACTOR_VERSION}", f"python {sys.version_info[:3]}",
            f"marshal {marshal.version}", _CODE]
    for part in head + parts:
        data = part.encode("utf-8", "surrogateescape") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


# ---- encoding ------------------------------------------------------------------------------------
_PLAIN = frozenset({str, int, float, bool, type(None)})


class _Encoder:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts
        self.files = list(texts)
        self.file_index = {file: index for index, file in enumerate(self.files)}

    def value(self, value: Any) -> Any:  # noqa: ANN401
        kind = type(value)
        if kind in _PLAIN:
            return value
        if kind is tuple:
            if not value or type(value[0]) is str:
                return value
            return tuple([self.value(v) for v in value])
        if kind is Span:
            return self.span(value)
        if isinstance(value, Enum):
            return value.value
        return _FLATTENERS[_TAG[kind]](value.__dict__, self.value)  # a model: [tag, field values...]

    def span(self, span: Span) -> list:
        index = self.file_index.get(span.source)
        if index is not None and self.texts[span.source][span.start:span.end] == span.text:
            return [_SPAN_SLICE, index, span.start, span.end]
        return [_SPAN, span.source, span.start, span.end, span.text]

    def mentions(self, mentions: tuple[model.Mention, ...]) -> tuple:
        """Mentions (most of a large briefing's records) as columns; a span that is not the slice of its
        source's text its offsets say keeps its text in `odd`."""
        actors, files, starts, ends, aliases, scores, origins, rules = [], [], [], [], [], [], [], []
        odd: dict[int, tuple[str, str]] = {}
        strings: dict[str, str] = {}
        file_index, texts = self.file_index, self.texts
        for row, mention in enumerate(mentions):
            span = mention.span
            index = file_index.get(span.source, -1)
            if index < 0 or texts[span.source][span.start:span.end] != span.text:
                odd[row] = (span.source, span.text)
            actors.append(mention.actor)
            files.append(index)
            starts.append(span.start)
            ends.append(span.end)
            aliases.append(strings.setdefault(mention.alias, mention.alias))  # stored once per spelling
            scores.append(mention.score)
            origins.append(mention.origin)
            rules.append(mention.rule)
        return (tuple(actors), tuple(files), tuple(starts), tuple(ends), tuple(aliases), tuple(scores),
                tuple(origins), tuple(rules), odd)


def encode(briefing: Briefing) -> Iterator[bytes]:
    """The payload in parts (the file names, then one collection after another), each part marshalled
    and prefixed with its length: one collection's plain data in memory at a time."""
    encoder = _Encoder({s.file: s.text for s in briefing.sources})
    parts = [lambda: encoder.files] + [
        (lambda: encoder.mentions(briefing.mentions)) if name == "mentions"
        else (lambda name=name: encoder.value(getattr(briefing, name))) for name in _COLLECTIONS]
    for part in parts:
        data = marshal.dumps(part())
        yield len(data).to_bytes(8, "little") + data


def _holds_model(annotation: Any) -> bool:  # noqa: ANN401
    if isinstance(annotation, type) and issubclass(annotation, Frozen):
        return True
    return any(_holds_model(arg) for arg in get_args(annotation))


def _builder(tag: int) -> Callable[[list, Callable[[Any], Any], dict[str, str]], Frozen]:
    """`build(values, value, text_of)`: one model from its stored [tag, field values...], written out per
    model (no loop over fields, no type tests on plain ones): most of a warm load is this."""
    cls = _MODELS[tag]
    items = []
    for index, name in enumerate(_NAMES[tag], start=1):
        if cls is Source and name == "text":
            items.append(f"{name!r}: text_of[v[{_NAMES[tag].index('file') + 1}]]")
        elif name in _ENUMS[tag]:
            items.append(f"{name!r}: enums[{name!r}](v[{index}])")
        elif _holds_model(cls.model_fields[name].annotation):
            items.append(f"{name!r}: value(v[{index}])")
        else:
            items.append(f"{name!r}: v[{index}]")
    code = (f"def build(v, value, text_of):\n"
            f"    if len(v) != {len(_NAMES[tag]) + 1}:\n"
            f"        raise ValueError('record of the wrong length')\n"
            f"    return make({{{', '.join(items)}}})\n")
    scope: dict[str, Any] = {"make": _MAKERS[tag], "enums": _ENUMS[tag]}
    exec(code, scope)  # noqa: S102 - code built above from our own models' field names
    return scope["build"]


_BUILDERS = [_builder(tag) for tag in range(len(_MODELS))]


def _flattener(tag: int) -> Callable[[dict[str, Any], Callable[[Any], Any]], list]:
    """`flatten(fields, value)`: a model's [tag, field values...] as stored, written out per model."""
    cls = _MODELS[tag]
    items = [str(tag)]
    for name in _NAMES[tag]:
        if cls is Source and name == "text":
            items.append("None")  # the load has the text: not stored
        elif name in _ENUMS[tag]:
            items.append(f"f[{name!r}].value")
        elif _holds_model(cls.model_fields[name].annotation):
            items.append(f"value(f[{name!r}])")
        else:
            items.append(f"f[{name!r}]")
    scope: dict[str, Any] = {}
    exec(f"def flatten(f, value):\n    return [{', '.join(items)}]\n", scope)  # noqa: S102 - see _builder
    return scope["flatten"]


_FLATTENERS = [_flattener(tag) for tag in range(len(_MODELS))]


class _Decoder:
    def __init__(self, files: list[str], texts: dict[str, str]) -> None:
        self.files = files
        self.texts = [texts[file] for file in files]
        self.text_of = texts
        self.span_of = _MAKERS[_TAG[Span]]
        self.makers = _MAKERS

    def value(self, value: Any) -> Any:  # noqa: ANN401
        kind = type(value)
        if kind is list:
            return self.record(value)
        if kind is tuple and value and type(value[0]) is list:
            record = self.record
            return tuple([record(v) for v in value])
        return value

    def record(self, values: list) -> Frozen:
        tag = values[0]
        if tag == _SPAN_SLICE:
            _tag, index, start, end = values
            return self.span_of({"source": self.files[index], "start": start, "end": end,
                                 "text": self.texts[index][start:end]})
        return _BUILDERS[tag](values, self.value, self.text_of)

    def mentions(self, columns: tuple) -> tuple[model.Mention, ...]:
        *columns, odd = columns
        files, texts = self.files, self.texts
        strings: dict[str, str] = {}  # one object per distinct mention text, as the load made them
        # `trusted_maker`'s body inlined: this loop builds two records per mention, hundreds of thousands.
        new, put = object.__new__, object.__setattr__
        span_fields, mention_fields = _fields(Span)[2], _fields(model.Mention)[2]
        span_cls, mention_cls = Span, model.Mention
        out = []
        append = out.append
        for row, (actor, index, start, end, alias, score, origin, rule) in enumerate(zip(*columns, strict=True)):
            if index >= 0 and row not in odd:
                said = texts[index][start:end]
                source, said = files[index], strings.setdefault(said, said)
            else:
                source, said = odd[row]
            span = new(span_cls)
            put(span, "__dict__", {"source": source, "start": start, "end": end, "text": said})
            put(span, "__pydantic_fields_set__", span_fields)
            put(span, "__pydantic_extra__", None)
            put(span, "__pydantic_private__", None)
            mention = new(mention_cls)
            put(mention, "__dict__", {"actor": actor, "span": span, "alias": alias, "score": score,
                                      "origin": origin, "rule": rule})
            put(mention, "__pydantic_fields_set__", mention_fields)
            put(mention, "__pydantic_extra__", None)
            put(mention, "__pydantic_private__", None)
            append(mention)
        return tuple(out)


def decode(data: memoryview, texts: dict[str, str], data_dir: str) -> Briefing:
    parts = _parts(data)
    files = marshal.loads(next(parts))  # noqa: S302 - our own file, checksummed; marshal builds plain data only
    if type(files) is not list or len(files) != len(texts) or set(files) != set(texts):
        raise ValueError("sources differ")
    decoder = _Decoder(files, texts)
    fields = {}
    for name, part in zip(_COLLECTIONS, parts, strict=True):
        items = marshal.loads(part)  # noqa: S302
        fields[name] = decoder.mentions(items) if name == "mentions" else decoder.value(items)
        if type(fields[name]) is not tuple:
            raise ValueError(f"bad {name}")
        del items  # one collection's plain data at a time
    return Briefing.model_construct(data_dir=data_dir, **fields)


def _parts(data: memoryview) -> Iterator[memoryview]:
    at = 0
    while at < len(data):
        length = int.from_bytes(data[at:at + 8], "little")
        if at + 8 + length > len(data):
            raise ValueError("truncated part")
        yield data[at + 8:at + 8 + length]
        at += 8 + length


# ---- the file ------------------------------------------------------------------------------------
def read(path: Path, key: bytes, texts: dict[str, str], data_dir: str) -> Briefing | None:
    """The cached briefing for `key`, or None when there is none or it cannot be trusted."""
    try:
        with open(path, "rb") as handle:
            blob = handle.read()
    except OSError:
        return None
    if len(blob) < _HEADER or not blob.startswith(_MAGIC):
        return None
    at = len(_MAGIC)
    stored_key, crc = blob[at:at + 32], int.from_bytes(blob[at + 32:at + 36], "little")
    length = int.from_bytes(blob[at + 36:at + 44], "little")
    payload = memoryview(blob)[_HEADER:]
    if stored_key != key or length != len(payload) or zlib.crc32(payload) != crc:
        return None
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of new records, none of them garbage: no collections meanwhile
    try:
        return decode(payload, texts, data_dir)
    except (ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError):
        return None  # a flaw the checksum missed: rebuild
    finally:
        if collecting:
            gc.enable()


def write(path: Path, key: bytes, briefing: Briefing) -> bool:
    """Store `briefing` under `key`, atomically; False (and nothing left behind) when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    except (OSError, ValueError):
        return False
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(bytes(_HEADER))  # the real header once the payload's checksum is known
            crc = length = 0
            for part in encode(briefing):
                handle.write(part)
                crc = zlib.crc32(part, crc)
                length += len(part)
            handle.seek(0)
            handle.write(_MAGIC + key + crc.to_bytes(4, "little") + length.to_bytes(8, "little"))
        os.replace(temp, path)
    except (OSError, ValueError):
        try:
            os.unlink(temp)
        except OSError:
            pass
        return False
    _prune(path.parent, keep=path)
    return True


#: Cache files kept (one per data folder loaded); the least recently written go first.
MAX_FILES = 32


def _prune(directory: Path, keep: Path) -> None:
    try:
        files = [(entry.stat().st_mtime, entry) for entry in directory.glob("*.briefing-cache") if entry != keep]
        for _mtime, old in sorted(files)[: max(0, len(files) + 1 - MAX_FILES)]:
            old.unlink()
    except OSError:
        pass  # another process pruned it first, or the folder is read-only: the cache only saves time
