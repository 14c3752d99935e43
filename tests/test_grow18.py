"""A folder that grows (issue 12, 8 December, twentieth session, grow18): what a fold redoes for the articles already
folded in. A person no introduction places is placed by a country's possessive before their name ("Italy's
Ventresca", person_possessors.py); main searched every old article's text for those possessives again at each
article added (2.2 of 8.3 CPU s of a +1 at 10,000 files). The fold state now keeps what the old texts gave.
The articles are invented: no one said or did these things."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import assert_as_cold, exported, make_folder, write

import briefing.load.extract.person_possessors as possessors


def _strike(day: int, possessive: bool = True) -> str:
    line = "Italy's Ventresca later said the trains would run.\n" if possessive else "The trains ran late.\n"
    return (f"Rail strike looms\n\nMILAN, March {day}, 2025 (Wire) -- Deputy Prime Minister Carlo Ventresca told "
            f"union leaders on Thursday that the strike was illegal.\n\n{line}")


def _port(day: int) -> str:
    # No possessive: the person is placed only by what the older articles print.
    return (f"Port workers walk out\n\nGENOA, March {day}, 2025 (Wire) -- Deputy Prime Minister Carlo Ventresca "
            "said on Friday that the port would stay open.\n\nVentresca added that talks would go on.\n")


def _commuters(day: int) -> str:
    # No one introduced: the folder's people stay as they were, so the fold goes on.
    return (f"Trains run late\n\nMILAN, March {day}, 2025 (Wire) -- Commuters waited for hours on Monday as the "
            "strike went on.\n")


@pytest.fixture
def searched(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The length of each text searched for a country's possessive before a name."""
    lengths: list[int] = []
    real = possessors._POSSESSED

    class Counted:
        def finditer(self, text: str):  # noqa: ANN202
            lengths.append(len(text))
            return real.finditer(text)

    monkeypatch.setattr(possessors, "_POSSESSED", Counted())
    return lengths


def _side(text: str, name: str) -> str | None:
    actor = next(a for a in json.loads(text)["actors"] if a["name"] == name)
    return actor["side"] if actor["placed"] else None


def test_a_folder_grown_by_one_article_searches_only_that_article_for_possessives(
        tmp_path: Path, cache_dir: Path, caplog: pytest.LogCaptureFixture,  # noqa: ARG001
        searched: list[int]) -> None:
    # Main: the +1 searched the four old texts again (five searches); now the new text alone, and the person is
    # still placed by the old articles' possessive, as a load without a cache places them.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 7):
        write(folder, f"a{day:02d}.txt", _strike(day))
    assert_as_cold(folder)
    write(folder, "z10.txt", _commuters(10))
    folded(caplog)
    searched.clear()
    text = exported(folder)
    assert folded(caplog) == 1
    assert searched == [len(_commuters(10))]
    assert text == exported(folder, use_cache=False)
    assert "Carlo Ventresca" in text and _side(text, "Carlo Ventresca") == "europe"


def test_a_possessive_only_in_the_old_articles_places_a_person_first_met_in_a_new_one(
        tmp_path: Path, cache_dir: Path, caplog: pytest.LogCaptureFixture,  # noqa: ARG001
        searched: list[int]) -> None:
    # The old articles introduce no one (nothing was searched): the article that introduces the person changes
    # the folder's people, so it is merged in full, every text searched; the next one folds, from what that found.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 6):
        write(folder, f"a{day:02d}.txt", f"Rail strike looms\n\nMILAN, March {day}, 2025 (Wire) -- Unions said on "
                                         "Thursday that Italy's Ventresca had called the strike illegal.\n")
    assert_as_cold(folder)
    write(folder, "z10.txt", _port(10))
    folded(caplog)
    assert _side(assert_as_cold(folder), "Carlo Ventresca") == "europe"
    assert folded(caplog) == 0
    write(folder, "z11.txt", _commuters(11))
    searched.clear()
    text = exported(folder)
    assert folded(caplog) == 1
    assert searched == [len(_commuters(11))]
    assert text == exported(folder, use_cache=False)
    assert _side(text, "Carlo Ventresca") == "europe"


def test_articles_added_edited_and_removed_export_as_a_load_without_a_cache(
        tmp_path: Path, cache_dir: Path) -> None:  # noqa: ARG001
    # +3 at once, then an old article edited (its new name shown, the old one gone) with one more added, then an
    # article removed: each export is the one a load without a cache gives.
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 7):
        write(folder, f"a{day:02d}.txt", _strike(day, possessive=day == 4))
    assert_as_cold(folder)
    for day in (10, 11, 12):
        write(folder, f"z{day}.txt", _port(day))
    assert _side(assert_as_cold(folder), "Carlo Ventresca") == "europe"
    write(folder, "a04.txt", _strike(4).replace("Ventresca", "Albertoni"))
    write(folder, "z13.txt", _port(13))
    text = assert_as_cold(folder)
    assert _side(text, "Carlo Albertoni") == "europe"
    assert _side(text, "Carlo Ventresca") is None  # (no possessive before his name is left)
    (folder / "sources" / "a04.txt").unlink()
    text = assert_as_cold(folder)
    assert "Albertoni" not in text and "Carlo Ventresca" in text
