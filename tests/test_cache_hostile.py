"""A cache directory someone else got at (issue 13, items 8, 10, 11, 12, 14, 15): nothing in it can hang a
command, crash it, or put words on the screen that the sources do not hold."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing.export import to_dict
from briefing.load import cache, load_briefing

REPO = Path(__file__).resolve().parent.parent


def _briefing_file(cache_dir: Path) -> Path:
    files = list(cache_dir.glob("*.briefing-cache"))
    assert len(files) == 1, files
    return files[0]


def _export_in_subprocess(folder: Path, cache_dir: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(cache_dir))
    return subprocess.run([sys.executable, "-m", "briefing", "export", "--data", str(folder), "--format", "json"],
                          env=env, capture_output=True, timeout=60, check=False)


def test_a_fifo_at_any_cache_path_never_blocks(data_copy: Path, cache_dir: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Item 8: a FIFO where the cached briefing, an article's record or the key file would be: the
    command still finishes (it would wait forever for a writer if it opened the FIFO to read). The first,
    cache-filling export runs in this process (nothing in the cache can block it yet): a child pays the imports."""
    from briefing.cli import main

    assert main(["export", "--data", str(data_copy), "--format", "json"]) == 0
    expected = capsys.readouterr().out.encode()
    briefing = _briefing_file(cache_dir)
    record = next((cache_dir / "articles").rglob("*.article"))
    for path in (briefing, record):
        path.unlink()
        os.mkfifo(path)
    done = _export_in_subprocess(data_copy, cache_dir)  # raises TimeoutExpired if it blocks
    assert done.returncode == 0 and done.stdout == expected
    (cache_dir / "key").unlink()
    os.mkfifo(cache_dir / "key")
    done = _export_in_subprocess(data_copy, cache_dir)
    assert done.returncode == 0 and done.stdout == expected


@pytest.mark.parametrize("length", [2**63 - 1, 2**64 - 1, 2**40, 1 << 31])
def test_a_corrupt_length_field_is_ignored_and_rebuilt(length: int, data_copy: Path, cache_dir: Path,
                                                       builds: list[Path]) -> None:
    """Item 10: a part's length of 2⁶³ (or any length past the file's end) is a bad cache, rebuilt: no
    OverflowError or MemoryError, and the next load reads the rebuilt one."""
    cold = to_dict(load_briefing(data_copy))
    path = _briefing_file(cache_dir)
    blob = bytearray(path.read_bytes())
    at = cache._HEADER  # the first part's length field
    blob[at:at + 8] = length.to_bytes(8, "little")
    path.write_bytes(bytes(blob))
    assert to_dict(load_briefing(data_copy)) == cold
    assert to_dict(load_briefing(data_copy)) == cold
    assert len(builds) == 2


def test_a_cache_directory_that_is_a_symlink_loop(data_copy: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Item 11: BRIEFING_CACHE_DIR pointing into a symlink loop: no cache, no crash."""
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    for where in (loop, loop / "briefing"):
        monkeypatch.setenv("BRIEFING_CACHE_DIR", str(where))
        assert to_dict(load_briefing(data_copy)) == to_dict(load_briefing(data_copy, use_cache=False))


def _parts(blob: bytes) -> list[bytes]:
    parts, at = [], cache._HEADER
    while at < len(blob):
        length = int.from_bytes(blob[at:at + 8], "little")
        parts.append(blob[at + cache._PART_HEAD:at + cache._PART_HEAD + length])
        at += cache._PART_HEAD + length
    return parts


def _sealed(key: bytes, parts: list[bytes], secret: bytes) -> bytes:
    body = b"".join(len(d).to_bytes(8, "little") + cache.seal(secret, key, n.to_bytes(8, "little"), d) + d
                    for n, d in enumerate(parts))
    return cache._MAGIC + key + len(body).to_bytes(8, "little") + body


def _collection_part(parts: list[bytes], collection: str = "events") -> int:
    """The index of the (first) part holding `collection`: after the file names and each earlier collection."""
    from briefing.load import codec

    at = 1
    for name in codec._COLLECTIONS:
        chunks = marshal.loads(parts[at])
        if name == collection:
            return at + 1
        at += 1 + chunks
    raise AssertionError(f"no {collection}")


def _forge(path: Path, secret: bytes, change) -> None:  # noqa: ANN001 - change(event plain) -> None
    blob = path.read_bytes()
    key = blob[len(cache._MAGIC):len(cache._MAGIC) + 32]
    parts = _parts(blob)
    at = _collection_part(parts)
    events = [list(e) for e in marshal.loads(parts[at])]
    change(events[0])
    parts[at] = marshal.dumps(tuple(events))
    path.write_bytes(_sealed(key, parts, secret))


def _event_fields() -> list[str]:
    from briefing.model import Event

    return list(Event.model_fields)


def _set(field: str, value) -> object:  # noqa: ANN001
    index = _event_fields().index(field) + 1

    def change(event: list) -> None:
        event[index] = value

    return change


def _first_span(value: list | tuple) -> tuple[int, int, int]:
    """(file index, start, end) of the first span of a stored spans field: one run of columns
    [tag, indexes, starts, ends, ...] (see codec._Encoder.span_run), or a tuple of single spans."""
    if type(value) is list:
        return value[1][0], value[2][0], value[3][0]
    _tag, index, start, end = value[0]
    return index, start, end


def _fabricated_evidence(event: list) -> None:
    from briefing.load import codec
    from briefing.model import Span

    evidence = _event_fields().index("evidence") + 1
    index, _start, _end = _first_span(event[evidence])
    source = sorted(p.name for p in (REPO / "data" / "sources").iterdir())[index]  # a real source's name
    event[evidence] = ([codec._TAG[Span], source, 0, 46, "FABRICATED: Ukraine surrenders unconditionally"],)


def _far_span(event: list) -> None:
    from briefing.load import codec

    evidence = _event_fields().index("evidence") + 1
    index, _start, _end = _first_span(event[evidence])
    event[evidence] = [codec._SPAN_RUN, (index,), (10**9,), (10**9 + 5,)]


def _far_single_span(event: list) -> None:
    from briefing.load import codec

    evidence = _event_fields().index("evidence") + 1
    index, _start, _end = _first_span(event[evidence])
    event[evidence] = ([codec._SPAN_SLICE, index, 10**9, 10**9 + 5],)


def _backwards_span(event: list) -> None:
    from briefing.load import codec

    evidence = _event_fields().index("evidence") + 1
    index, start, end = _first_span(event[evidence])
    event[evidence] = [codec._SPAN_RUN, (index, index), (start, end), (end, start)]


def _month_13(event: list) -> None:
    from briefing.load import codec
    from briefing.model import PartialDate

    date = _event_fields().index("date") + 1
    event[date] = [codec._TAG[PartialDate], 2025, 13, 1]


@pytest.mark.parametrize("change", [
    _fabricated_evidence, _far_span, _far_single_span, _backwards_span, _month_13, _set("title", 12345),
    _set("actors", "putin"), _set("confidence", "high"),
], ids=["fabricated-span-text", "offset-1e9", "offset-1e9-single", "end-before-start", "month-13", "title-int",
        "actors-str", "confidence-str"])
def test_a_forged_cache_is_never_believed(change, data_copy: Path, cache_dir: Path,  # noqa: ANN001
                                          builds: list[Path]) -> None:
    """Item 12: a cache forged by someone who has even the user's key (so the seal checks out) but that
    says what the sources do not, or holds values of the wrong type or range: discarded, rebuilt, noted."""
    cold = to_dict(load_briefing(data_copy))
    path = _briefing_file(cache_dir)
    _forge(path, (cache_dir / "key").read_bytes(), change)
    notes: list[str] = []
    again = load_briefing(data_copy, note=notes.append)
    assert to_dict(again) == cold
    assert "FABRICATED" not in repr(to_dict(again))
    assert len(builds) == 2
    assert len(notes) == 1 and "discarded" in notes[0]


def test_a_cache_written_without_the_users_key_never_validates(data_copy: Path, cache_dir: Path,
                                                               builds: list[Path]) -> None:
    """Item 12: anyone who can write the cache directory can recompute the (unkeyed) cache key, but
    not the seal: their file is refused, whatever it holds."""
    cold = to_dict(load_briefing(data_copy))
    path = _briefing_file(cache_dir)
    _forge(path, b"someone else's key, 32 bytes!!!!", _set("title", "FABRICATED: Ukraine surrenders"))
    notes: list[str] = []
    assert to_dict(load_briefing(data_copy, note=notes.append)) == cold
    assert len(builds) == 2 and "not sealed with this user's key" in notes[0]


def test_the_key_file_is_private(data_copy: Path, cache_dir: Path, builds: list[Path]) -> None:
    load_briefing(data_copy)
    key = cache_dir / "key"
    assert key.stat().st_mode & 0o777 == 0o600 and len(key.read_bytes()) == 32
    key.chmod(0o644)  # readable by others: a secret no more, so the cache is not used
    notes: list[str] = []
    load_briefing(data_copy, note=notes.append)
    assert len(builds) == 2 and "key file" in notes[0]


def test_orphaned_temporary_files_are_pruned(data_copy: Path, cache_dir: Path) -> None:
    """Item 14: `kill -9` during a write leaves `*.tmp` files: the next write prunes those older than
    an hour (a live writer's are younger), in the directory and among the article records."""
    load_briefing(data_copy)
    bucket = next((cache_dir / "articles").iterdir())
    old_ones = [cache_dir / "abc.briefing-cache.x1.tmp", bucket / "def.article.x2.tmp"]
    young = cache_dir / "ghi.briefing-cache.x3.tmp"
    for path in [*old_ones, young]:
        path.write_bytes(b"\0" * 1000)
    hours_ago = time.time() - 2 * 3600
    for path in old_ones:
        os.utime(path, (hours_ago, hours_ago))
    source = next((data_copy / "sources").iterdir())
    source.write_text(source.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    load_briefing(data_copy)  # writes, so prunes
    assert not any(path.exists() for path in old_ones)
    assert young.exists()


def test_old_records_are_pruned_by_age_and_size(data_copy: Path, cache_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    load_briefing(data_copy)
    records = sorted((cache_dir / "articles").rglob("*.article"))
    month_ago = time.time() - 40 * 86400
    os.utime(records[0], (month_ago, month_ago))
    monkeypatch.setattr(cache, "ARTICLE_BYTES", sum(p.stat().st_size for p in records[1:]) - 1)
    source = next((data_copy / "sources").iterdir())
    source.write_text(source.read_text(encoding="utf-8") + "\nAn added line.\n", encoding="utf-8")
    load_briefing(data_copy)
    left = sorted((cache_dir / "articles").rglob("*.article"))
    assert records[0] not in left  # too old
    assert sum(p.stat().st_size for p in left) <= cache.ARTICLE_BYTES


def test_a_full_disk_is_said_once_and_nothing_is_extracted_twice(data_copy: Path, cache_dir: Path,
                                                                 monkeypatch: pytest.MonkeyPatch,
                                                                 builds: list[Path]) -> None:
    """Item 15: every write fails (ENOSPC): one note for the whole load, one extraction."""
    load_briefing(data_copy, use_cache=False)  # (the key file is made on the first cached load)
    builds.clear()
    real_replace = os.replace

    def full(src, dst):  # noqa: ANN001, ANN202
        if str(dst).startswith(str(cache_dir)):
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", full)
    notes: list[str] = []
    briefing = load_briefing(data_copy, note=notes.append)
    assert len(builds) == 1
    assert len(notes) == 1 and "could not be written" in notes[0]
    assert to_dict(briefing) == to_dict(load_briefing(data_copy, use_cache=False))


# ---- property: any bytes in a cache file --------------------------------------------------------
#: Examples per run: bounded in CI; `BRIEFING_FUZZ_EXAMPLES=10000 python -m pytest tests/test_cache_hostile.py
#: -k bytes` is the longer run (see benchmarks/README.md).
FUZZ_EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "40"))


@pytest.fixture(scope="module")
def warm_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, bytes, bytes]:
    """A seed folder, its cache directory, its briefing, and its cached briefing's and one record's bytes."""
    import shutil

    root = tmp_path_factory.mktemp("fuzz")
    folder = root / "data"
    shutil.copytree(REPO / "data", folder)
    directory = root / "cache"
    old = os.environ.get("BRIEFING_CACHE_DIR")
    os.environ["BRIEFING_CACHE_DIR"] = str(directory)
    try:
        expected = to_dict(load_briefing(folder))
    finally:
        if old is None:
            del os.environ["BRIEFING_CACHE_DIR"]
        else:
            os.environ["BRIEFING_CACHE_DIR"] = old
    record = next((directory / "articles").rglob("*.article"))
    return folder, directory, expected, _briefing_file(directory).read_bytes(), record.read_bytes()


def test_any_bytes_in_the_cache_give_the_right_briefing(warm_cache, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    """Whatever the cached briefing and an article's record hold (bytes flipped, cut, inserted, the
    lengths rewritten), a load gives the briefing of the sources, never an exception."""
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    folder, directory, expected, good, record_good = warm_cache
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(directory))
    path = _briefing_file(directory)
    record = next((directory / "articles").rglob("*.article"))
    edits = st.lists(st.tuples(st.sampled_from(["flip", "cut", "insert", "length"]), st.integers(0, 2**20),
                               st.binary(min_size=1, max_size=9)), min_size=1, max_size=4)

    def mutate(blob: bytes, changes: list) -> bytes:
        data = bytearray(blob)
        for kind, where, extra in changes:
            at = where % max(1, len(data))
            if kind == "flip" and data:
                data[at] ^= extra[0] or 1
            elif kind == "cut":
                del data[at:at + len(extra) * 97]
            elif kind == "insert":
                data[at:at] = extra
            else:  # a length field: the first part's, or any 8 bytes
                target = cache._HEADER if extra[0] % 2 else at
                data[target:target + 8] = int.from_bytes(extra.ljust(8, b"\xff")[:8], "little").to_bytes(8, "little")
        return bytes(data)

    @settings(max_examples=FUZZ_EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                 HealthCheck.function_scoped_fixture])
    @given(edits, edits, st.booleans())
    def check(changes: list, record_changes: list, both: bool) -> None:
        path.write_bytes(mutate(good, changes))
        record.write_bytes(mutate(record_good, record_changes) if both else record_good)
        assert to_dict(load_briefing(folder)) == expected

    check()
