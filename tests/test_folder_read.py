"""Reading a folder's articles from its listing (decode12): a plain file is opened with no stat or link test
first (a warm open of 10,000 articles made some 20,000 such calls), and nothing that was refused before is
read now, a file swapped for a link or a pipe after the listing included. Articles invented here."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.load.files import FolderReader, Refused
from briefing.load.sources import read_sources
from briefing.model import Problem

ARTICLE = "Invented wire copy.\n\nThe minister said on Tuesday that the talks would go on.\n"


def _folder(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    for index in range(count):
        (folder / "sources" / f"a{index:02}.txt").write_text(ARTICLE + f"Item {index}.\n", encoding="utf-8")
    return folder


def test_plain_files_are_read_with_no_stat_or_link_test_each(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _folder(tmp_path, 6)
    calls: list[str] = []
    real_stat, real_islink = os.stat, os.path.islink

    def stat(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls.append(f"stat {path}")
        return real_stat(path, *args, **kwargs)

    def islink(path):  # noqa: ANN001, ANN202
        calls.append(f"islink {path}")
        return real_islink(path)

    monkeypatch.setattr(os, "stat", stat)
    monkeypatch.setattr(os.path, "islink", islink)
    problems: list[Problem] = []
    raws = read_sources(folder, problems)
    assert [raw.file for raw in raws] == [f"a{index:02}.txt" for index in range(6)]
    assert all(raw.text.endswith(f"Item {index}.\n") for index, raw in enumerate(raws))
    assert not problems
    per_file = [call for call in calls if call.endswith(".txt")]
    assert per_file == []  # (before: a link test and a stat for each file)


def test_a_file_swapped_for_a_link_out_after_the_listing_is_refused(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the briefing\n", encoding="utf-8")
    with os.scandir(folder / "sources") as listing:
        entry = next(iter(listing))
    assert entry.is_file(follow_symlinks=False)  # listed as a plain file
    path = Path(entry.path)
    path.unlink()
    path.symlink_to(secret)  # then swapped for a link out of the folder
    with pytest.raises(Refused, match="outside the data folder"):
        FolderReader(folder).read_entry(entry, 1 << 20)


def test_a_file_swapped_for_a_pipe_after_the_listing_is_refused_without_blocking(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    with os.scandir(folder / "sources") as listing:
        entry = next(iter(listing))
    path = Path(entry.path)
    path.unlink()
    os.mkfifo(path)  # no writer: a blocking open would hang here
    with pytest.raises(Refused, match="not a regular file"):
        FolderReader(folder).read_entry(entry, 1 << 20)


def test_links_inside_are_read_and_links_out_refused_from_the_listing(tmp_path: Path) -> None:
    folder = _folder(tmp_path, 1)
    secret = tmp_path / "secret.txt"
    secret.write_text("not for the briefing\n", encoding="utf-8")
    (folder / "sources" / "b.txt").symlink_to(folder / "sources" / "a00.txt")
    (folder / "sources" / "c.txt").symlink_to(secret)
    problems: list[Problem] = []
    raws = read_sources(folder, problems)
    assert [raw.file for raw in raws] == ["a00.txt", "b.txt"]
    assert [(p.file, "outside the data folder" in p.message) for p in problems] == [("sources/c.txt", True)]
