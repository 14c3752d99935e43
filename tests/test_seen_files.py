"""A warm load recognises an unchanged file by its sealed stat record and does not hash it again
(briefing.load.seen_files); an edit that keeps the size and mtime, a file that became a FIFO, or a record
sealed by someone else never passes old bytes' digest off as the file's."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from briefing.load import load_briefing, seen_files, sources
from briefing.load.cache import secret
from briefing.load.seen_files import SeenFiles

ARTICLE = "Kaja Kallas met Marco Rubio in Brussels on 4 March 2025, officials said. \"We agreed,\" Kallas said.\n"
EDITED = ARTICLE.replace("Brussels", "Helsinki").replace("4 March", "5 March")


pytestmark = pytest.mark.usefixtures("recorded_at_once")  # (tests/conftest.py)


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "sources"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "b.txt").write_text(ARTICLE.replace("Kallas", "Sybiha"), encoding="utf-8")
    return folder.parent


def _hashed(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes the folder read hashes from now on."""
    hashed: list[bytes] = []

    class Counting:
        @staticmethod
        def sha256(data: bytes) -> hashlib._Hash:
            hashed.append(data)
            return hashlib.sha256(data)

    monkeypatch.setattr(sources, "hashlib", Counting)
    return hashed


def test_unchanged_files_are_not_hashed_on_a_warm_load(tmp_path: Path, cache_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    cold = load_briefing(folder)
    hashed = _hashed(monkeypatch)
    warm = load_briefing(folder)
    assert hashed == []
    assert [(s.file, s.text, s.sha256) for s in warm.sources] == [(s.file, s.text, s.sha256) for s in cold.sources]
    assert warm.quotes == cold.quotes


def test_an_edit_keeping_size_and_mtime_is_read_afresh(tmp_path: Path, cache_dir: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path)
    path = folder / "sources" / "a.txt"
    load_briefing(folder)
    before = os.stat(path)
    with open(path, "r+b") as handle:  # the same inode, the same size, the old mtime put back
        handle.write(EDITED.encode())
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = os.stat(path)
    assert (after.st_size, after.st_mtime_ns, after.st_ino) == (before.st_size, before.st_mtime_ns, before.st_ino)
    assert after.st_ctime_ns != before.st_ctime_ns  # (the guard: no user call sets it back)
    hashed = _hashed(monkeypatch)
    warm = load_briefing(folder)
    source = next(s for s in warm.sources if s.file == "a.txt")
    assert source.text == EDITED
    assert source.sha256 == hashlib.sha256(EDITED.encode()).hexdigest()
    assert EDITED.encode() in hashed
    assert all(span.text == source.text[span.start:span.end] for span in (q.span for q in warm.quotes)
               if span.source == "a.txt")


def test_a_file_become_a_fifo_is_refused_though_recorded(tmp_path: Path, cache_dir: Path) -> None:
    folder = _folder(tmp_path)
    load_briefing(folder)
    path = folder / "sources" / "a.txt"
    path.unlink()
    os.mkfifo(path)
    warm = load_briefing(folder)
    assert [s.file for s in warm.sources] == ["b.txt"]
    assert any(p.file == "sources/a.txt" and "not a regular file" in p.message for p in warm.problems)


def test_a_record_sealed_by_someone_else_is_not_believed(tmp_path: Path, cache_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    """A forged record gives a.txt the digest of b.txt's bytes, at a.txt's true stat: the file is hashed."""
    folder = _folder(tmp_path)
    load_briefing(folder)
    sources_dir = folder / "sources"
    forged = SeenFiles.open(cache_dir, b"someone else's key, 32 bytes!!!!", sources_dir)
    other = hashlib.sha256((sources_dir / "b.txt").read_bytes()).digest()
    forged.saw("a.txt", os.stat(sources_dir / "a.txt"), other, len(ARTICLE))
    assert forged.save()
    assert SeenFiles.open(cache_dir, secret(cache_dir), sources_dir).known == {}  # type: ignore[arg-type]
    warm = load_briefing(folder)
    assert next(s for s in warm.sources if s.file == "a.txt").text == ARTICLE


def test_a_file_written_just_now_is_not_recorded(tmp_path: Path, cache_dir: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Racily clean: a file changed within RACY_NS of the read could change again within its time stamp's tick."""
    monkeypatch.setattr(seen_files, "RACY_NS", 2_000_000_000)
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    record = SeenFiles.open(cache_dir, b"k" * 32, tmp_path)
    record.saw("a.txt", os.stat(path), b"d" * 32, 10)
    assert record.save()
    assert SeenFiles.open(cache_dir, b"k" * 32, tmp_path).known == {}
