"""The pointer to a folder's last briefing (cache.remember/recall) and `previous_briefing`: the last briefing
is given only when the folder has only gained files since, and only from a pointer sealed with this user's
secret for this folder. Articles: the seeds (copies) and one invented line. No third-party text."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.load import cache, load_briefing, read_folder
from briefing.load.last import previous_briefing
from tests.conftest import seed_copies

#: Invented for this test.
NEW = "Envoys meet in Oslo\n\nOSLO, 3 June 2025 - Envoys from five northern states met in Oslo on Tuesday.\n"


def _grown(tmp_path: Path) -> Path:
    folder = seed_copies(tmp_path, 1)
    load_briefing(folder)
    (folder / "sources" / "zz_oslo.txt").write_text(NEW, encoding="utf-8")
    return folder


def test_a_folder_that_only_grew_gives_its_last_briefing(tmp_path: Path, cache_dir: Path) -> None:
    folder = _grown(tmp_path)
    previous = previous_briefing(read_folder(folder))
    assert previous is not None and previous.added == ("zz_oslo.txt",)
    assert len(previous.briefing.sources) == 5 and str(folder) == previous.briefing.data_dir


def test_an_edited_or_removed_file_or_nothing_new_gives_none(tmp_path: Path, cache_dir: Path) -> None:
    folder = _grown(tmp_path)
    first = sorted((folder / "sources").iterdir())[0]
    kept = first.read_bytes()
    first.write_bytes(kept.replace(b"a", b"o", 1))  # same length, other bytes
    assert previous_briefing(read_folder(folder)) is None
    first.unlink()
    assert previous_briefing(read_folder(folder)) is None
    first.write_bytes(kept)
    (folder / "sources" / "zz_oslo.txt").unlink()
    assert previous_briefing(read_folder(folder)) is None  # (nothing added: the cache holds it, no update)
    (folder / "sources" / "zz_oslo.txt").write_text(NEW, encoding="utf-8")
    (folder / "issues.toml").write_text("", encoding="utf-8")  # another input than files: another briefing
    assert previous_briefing(read_folder(folder)) is None


def test_a_tampered_pointer_is_refused_and_removed(tmp_path: Path, cache_dir: Path) -> None:
    folder = _grown(tmp_path)
    pointer = cache.pointer_path(cache_dir, folder)
    data = bytearray(pointer.read_bytes())
    data[-3] ^= 1
    pointer.write_bytes(bytes(data))
    assert previous_briefing(read_folder(folder)) is None
    assert not pointer.exists()


def test_another_folders_pointer_is_not_this_ones(tmp_path: Path, cache_dir: Path) -> None:
    """A pointer is sealed under its own name (the folder's path): copied to another folder's name it does
    not verify, even where that folder holds the same files plus one."""
    folder = _grown(tmp_path / "a")
    other = tmp_path / "b" / "data"
    shutil.copytree(folder, other)
    for path in cache_dir.glob("*.last-briefing"):
        shutil.copyfile(path, cache.pointer_path(cache_dir, other))
    assert previous_briefing(read_folder(other)) is None
    assert previous_briefing(read_folder(folder)) is not None
