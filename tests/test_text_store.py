"""A warm load does not read the files its sealed stat record says are unchanged: a source's text, and its spans'
texts, are read on first use (briefing.load.text_store), checked against the digest the briefing was built from,
and refused by name (a notice in the text, a Problem) when the file changed since, never sliced at stale offsets."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import briefing.load as loader
from briefing.export import to_json
from briefing.load import files, load_briefing

# Invented prose (no real article's words).
FIRST = ("Lina Haugen, Norway's trade envoy, reached Reykjavik on 3 June 2025 for two days of talks. "
         "\"We came to listen before we came to sign,\" Haugen said after the first round.\n")
SECOND = ("Tomas Reyes, a Chilean fisheries official, opened the harbour review on 9 June 2025. "
          "\"The quotas stay as they are this season,\" Reyes said on the quay.\n")


pytestmark = pytest.mark.usefixtures("recorded_at_once")  # (tests/conftest.py)


def _folder(tmp_path: Path) -> Path:
    sources = tmp_path / "data" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text(FIRST, encoding="utf-8")
    (sources / "b.txt").write_text(SECOND, encoding="utf-8")
    return sources.parent


def _opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the articles read from now on, each time one is (the TOML files the cache key reads aside)."""
    opened: list[str] = []
    for name in ("read", "read_entry", "read_entry_stat"):
        method = getattr(files.FolderReader, name, None)
        if method is None:
            continue

        def counting(reader: files.FolderReader, path: object, limit: int, _method: object = method) -> object:
            where = os.fspath(getattr(path, "path", path))
            if where.endswith(".txt") and where not in opened[-1:]:  # (one read may go through two of these)
                opened.append(where)
            return _method(reader, path, limit)  # type: ignore[operator]

        monkeypatch.setattr(files.FolderReader, name, counting)
    return opened


def _a_quote(briefing: loader.Briefing) -> object:
    return next(q for q in briefing.quotes if q.span.source == "a.txt")


def test_a_warm_load_reads_no_unchanged_file_until_its_text_is_needed(tmp_path: Path, cache_dir: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    cold = load_briefing(folder)
    opened = _opened(monkeypatch)
    warm = load_briefing(folder)
    assert opened == []  # the briefing opens without reading either article
    assert [s.chars for s in warm.sources] == [len(FIRST), len(SECOND)]
    assert _a_quote(warm).span.text == _a_quote(cold).span.text  # first use: a.txt read, and only it
    assert [Path(path).name for path in opened] == ["a.txt"]
    assert [(s.file, s.text, s.sha256) for s in warm.sources] == [(s.file, s.text, s.sha256) for s in cold.sources]
    assert warm.quotes == cold.quotes and warm.problems == cold.problems == ()


def test_exports_are_the_same_cold_and_warm(tmp_path: Path, cache_dir: Path) -> None:
    folder = _folder(tmp_path)
    cold = to_json(load_briefing(folder))
    assert to_json(load_briefing(folder)) == cold
    assert to_json(load_briefing(folder, use_cache=False)) == cold


def _edit(path: Path, keep_size_and_mtime: bool) -> None:
    before = os.stat(path)
    edited = FIRST.replace("Reykjavik", "Trondheim" if keep_size_and_mtime else "Bergen, after a storm,")
    with open(path, "r+b") as handle:
        handle.write(edited.encode())
        handle.truncate()
    if keep_size_and_mtime:
        assert os.stat(path).st_size == before.st_size
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _swap_for_link(path: Path) -> None:
    """The same bytes, but through a link to a file outside the folder."""
    outside = path.parent.parent.parent / "elsewhere.txt"
    outside.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(outside)


def _swap_for_fifo(path: Path) -> None:
    path.unlink()
    os.mkfifo(path)


@pytest.mark.parametrize("change", [
    pytest.param(lambda path: _edit(path, False), id="edited"),
    pytest.param(lambda path: _edit(path, True), id="edited, size and mtime kept"),
    pytest.param(_swap_for_link, id="a link out of the folder"),
    pytest.param(_swap_for_fifo, id="a fifo"),
    pytest.param(Path.unlink, id="removed"),
])
def test_a_file_changed_after_a_warm_load_is_refused_by_name(tmp_path: Path, cache_dir: Path, change: object) -> None:
    folder = _folder(tmp_path)
    load_briefing(folder)
    warm = load_briefing(folder)
    change(folder / "sources" / "a.txt")  # type: ignore[operator]
    quote = _a_quote(warm)
    assert quote.span.text == "[sources/a.txt changed since this briefing was built]"
    source = next(s for s in warm.sources if s.file == "a.txt")
    assert source.text.startswith("[sources/a.txt changed since this briefing was built")
    assert [p.file for p in warm.problems] == ["sources/a.txt"]
    assert "changed since the briefing was built" in warm.problems[0].message
    assert next(s for s in warm.sources if s.file == "b.txt").text == SECOND  # the other source reads as it was


def test_a_load_that_must_build_reads_a_changed_file_afresh(tmp_path: Path, cache_dir: Path) -> None:
    """A file whose text was not read, changed before the build needs it (the cache missed): the folder is read
    again and the briefing is of the new text, not the recorded one."""
    folder = _folder(tmp_path)
    load_briefing(folder)
    read = loader.read_folder(folder)
    assert all(type(raw.text) is not str for raw in read.raws)
    _edit(folder / "sources" / "a.txt", True)
    built = load_briefing(folder, auto=False, read=read)  # (another key: the cache has no such briefing)
    assert next(s for s in built.sources if s.file == "a.txt").text == FIRST.replace("Reykjavik", "Trondheim")
    assert built.problems == ()
