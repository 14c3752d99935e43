"""Files read clean before are not searched again (briefing.load.clean_reads), keyed by their bytes' SHA-256:
an edit is always seen, whatever the file's size and times say; the set is the user's own, sealed."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

import briefing.load as loader
from briefing.load import load_briefing
from briefing.load.cache import secret
from briefing.load.clean_reads import CleanReads
from briefing.load.sources import read_sources

@pytest.fixture(autouse=True)
def _every_folder_consults_the_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """The set is consulted from CLEAN_READS_FROM sources on: here, one is enough."""
    monkeypatch.setattr(loader, "CLEAN_READS_FROM", 1)


ARTICLE = "Lavrov met Rubio in Riyadh on 18 February 2025, officials said.\n"


def _folder(tmp_path: Path, text: str = ARTICLE) -> Path:
    sources = tmp_path / "data" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text(text, encoding="utf-8")
    return sources.parent


def _digest(path: Path) -> bytes:
    return hashlib.sha256(path.read_bytes()).digest()


def test_a_clean_file_is_kept_by_its_digest_and_read_back_the_same(tmp_path: Path, cache_dir: Path) -> None:
    folder = _folder(tmp_path)
    first = load_briefing(folder)
    clean = CleanReads.open(cache_dir, secret(cache_dir))  # type: ignore[arg-type]
    assert _digest(folder / "sources" / "a.txt") in clean.known
    problems: list = []
    again = read_sources(folder, problems, clean)
    assert [(r.file, r.text, r.sha256, r.notes) for r in again] == \
        [(s.file, s.text, s.sha256, list(s.notes)) for s in first.sources]
    assert not clean._new  # nothing new to write


def test_an_edit_with_the_same_size_and_times_is_still_seen(tmp_path: Path, cache_dir: Path) -> None:
    """The classic trap of a stat-keyed cache: the file edited in place, same length, its mtime put back.
    The verdict is keyed by content, so the escape sequence written into it is found and removed."""
    folder = _folder(tmp_path)
    path = folder / "sources" / "a.txt"
    load_briefing(folder)
    before = os.stat(path)
    edited = ARTICLE.replace("officials", "\x1b]0;pwnd\x07")  # nine bytes for nine
    assert len(edited.encode()) == before.st_size
    path.write_text(edited, encoding="utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    briefing = load_briefing(folder)
    assert "\x1b" not in briefing.sources[0].text and "\x07" not in briefing.sources[0].text
    assert any("control characters" in p.message for p in briefing.problems)
    clean = CleanReads.open(cache_dir, secret(cache_dir))  # type: ignore[arg-type]
    assert _digest(path) not in clean.known


def test_a_file_with_carriage_returns_is_never_taken_as_clean(tmp_path: Path, cache_dir: Path) -> None:
    """CRLF has no note but changes the text: such a file is read the whole way every time."""
    folder = _folder(tmp_path, ARTICLE.replace("\n", "\r\n"))
    for _ in range(2):
        briefing = load_briefing(folder)
        assert "\r" not in briefing.sources[0].text
    clean = CleanReads.open(cache_dir, secret(cache_dir))  # type: ignore[arg-type]
    assert _digest(folder / "sources" / "a.txt") not in clean.known


def test_a_set_not_sealed_with_the_users_key_is_ignored(tmp_path: Path, cache_dir: Path) -> None:
    """Someone able to write the cache directory declares a file with an escape sequence clean: not believed."""
    folder = _folder(tmp_path, ARTICLE.replace("officials", "\x1b[2Jofficials"))
    load_briefing(folder)
    forged = CleanReads(cache_dir / "clean-reads", b"someone else's key, 32 bytes!!!!", set(), [])
    forged.found_clean(_digest(folder / "sources" / "a.txt"))
    assert forged.save()
    assert CleanReads.open(cache_dir, secret(cache_dir)).known == set()  # type: ignore[arg-type]
    assert "\x1b" not in load_briefing(folder).sources[0].text


def test_the_set_is_bounded(tmp_path: Path, cache_dir: Path, monkeypatch) -> None:  # noqa: ANN001
    from briefing.load import clean_reads

    monkeypatch.setattr(clean_reads, "MAX_DIGESTS", 3)
    key = secret(cache_dir)
    for n in range(5):
        clean = CleanReads.open(cache_dir, key)  # type: ignore[arg-type]
        clean.found_clean(bytes([n]) * 32)
        assert clean.save()
    kept = CleanReads.open(cache_dir, key)._order  # type: ignore[arg-type]
    assert kept == [bytes([4]) * 32, bytes([3]) * 32, bytes([2]) * 32]  # the newest first


def test_a_small_folder_neither_reads_nor_writes_the_set(data_copy: Path, cache_dir: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """The bundled briefing's five files are searched in a millisecond: reading a large set would cost more."""
    monkeypatch.setattr(loader, "CLEAN_READS_FROM", 200)
    load_briefing(data_copy)
    assert not (cache_dir / "clean-reads").exists()
