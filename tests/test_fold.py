"""The fold (briefing/load/fold.py): a folder that grew by files sorting after every old one goes on from the state
its last load left, without the old articles' records; the result is byte for byte a load without a cache's.

Articles: the five seeds and the invented ones of test_incremental.py. No third-party text.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest
from helpers import record_calls
from test_incremental import EDITS, INTRO, NEW_DAY, POOL, UNDATED, _person_sentence, _text, assert_as_cold, \
    exported, make_folder, seeds, write

import briefing.load.articles as articles
from briefing.load import cache

FOLD = "briefing.load.fold"


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The article records each load read."""
    return record_calls(monkeypatch, articles.ArticleStore, "read_article", lambda _store, key: key)


def folded(caplog: pytest.LogCaptureFixture) -> int:
    """How many loads since the last call went on from a fold state."""
    count = sum("extracted alone" in record.getMessage() for record in caplog.records if record.name == FOLD)
    caplog.clear()
    return count


def test_files_added_last_are_extracted_alone(tmp_path: Path, cache_dir: Path, reads: list[bytes],
                                              caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [seeds()[0], "w_unrelated.txt"])  # (dated articles)
    assert_as_cold(folder)
    added = [seeds()[0], "w_newday.txt", "w_undated.txt", "w_unrelated.txt", "w_intro.txt", "w_newday.txt"]
    for n, name in enumerate(added):
        write(folder, f"zz{n}_{name}", _text(name))  # (copies, a new day, undated, a new person)
        reads.clear()
        caplog.clear()
        assert_as_cold(folder)
        if name != "w_intro.txt":  # a new person: every article's people may change, so a full merge
            assert folded(caplog) == 1, name
            assert reads == []  # no old article's record was read


def test_an_undated_articles_anchor_that_could_change_is_a_full_merge(tmp_path: Path, cache_dir: Path,
                                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", ["w_newday.txt", "w_surname.txt", "w_undated.txt", "w_unrelated.txt"])
    assert_as_cold(folder)
    write(folder, "zz_thursday.txt", "Moscow talks\n\nMOSCOW, March 6, 2025 (Wire) -- Witkoff met Putin in "
                                     "Moscow on Thursday to discuss a ceasefire in Ukraine.\n")
    assert_as_cold(folder)
    assert any("an undated article consulted" in record.getMessage() for record in caplog.records)
    assert folded(caplog) == 0


def test_a_state_that_does_not_verify_is_a_full_merge(tmp_path: Path, cache_dir: Path,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", ["w_newday.txt", "w_surname.txt", "w_unrelated.txt"])
    assert_as_cold(folder)
    (state,) = cache_dir.glob("*.fold-state")
    blob = bytearray(state.read_bytes())
    blob[-5] ^= 0x55
    state.write_bytes(bytes(blob))
    write(folder, "zz_copy.txt", NEW_DAY)
    assert_as_cold(folder)
    assert folded(caplog) == 0
    # The state the full merge wrote verifies: the next file added goes on from it.
    write(folder, "zz_next.txt", _text("w_unrelated.txt"))
    assert_as_cold(folder)
    assert folded(caplog) == 1


def test_files_removed_edited_or_inserted_are_a_full_merge(tmp_path: Path, cache_dir: Path,
                                                           caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", seeds(4))
    assert_as_cold(folder)
    (folder / "sources" / seeds()[1]).unlink()
    assert_as_cold(folder)
    path = folder / "sources" / seeds()[0]
    path.write_text(path.read_text(encoding="utf-8") + "\n" + EDITS[1] + "\n", encoding="utf-8")
    assert_as_cold(folder)
    write(folder, "a_first.txt", NEW_DAY)  # sorts before the others
    assert_as_cold(folder)
    assert folded(caplog) == 0


def test_a_state_for_another_set_of_files_is_not_taken(tmp_path: Path, cache_dir: Path) -> None:
    """The state's files must be the first files of the folder, byte for byte."""
    folder = make_folder(tmp_path / "f", seeds(2))
    assert_as_cold(folder)
    key = cache.secret(cache_dir)
    assert key is not None
    write(folder, "zz.txt", UNDATED)
    (folder / "sources" / seeds()[0]).write_text(INTRO, encoding="utf-8")  # same name, other bytes
    assert_as_cold(folder)


@pytest.mark.parametrize("seed", [11, 12, 13, 14, 15, 16])
def test_random_growth_with_the_fold_keeps_the_cached_load_as_cold(tmp_path: Path, cache_dir: Path, seed: int,
                                                                   caplog: pytest.LogCaptureFixture) -> None:
    """Random steps, most of them files added after the others (copies, new days, undated articles, invented
    people), some removals, edits and files added in between; after each the cached load equals a cold one."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    rng = random.Random(seed)
    folder = make_folder(tmp_path / "f", rng.sample(POOL, 3))
    assert_as_cold(folder)
    for step in range(8):
        present = sorted(p.name for p in (folder / "sources").iterdir())
        move = rng.choice(["last", "last", "last", "last", "between", "remove", "edit"])
        if move == "last" or len(present) < 3:
            name = rng.choice(POOL)
            text = _text(name) if rng.random() < 0.8 else _text(name) + "\n" + _person_sentence(rng) + "\n"
            write(folder, f"zz{step:02d}_{name}", text)
        elif move == "between":
            write(folder, f"m{step}_{rng.choice(POOL)}", _text(rng.choice(POOL)))
        elif move == "remove":
            (folder / "sources" / rng.choice(present)).unlink()
        else:
            path = folder / "sources" / rng.choice(present)
            path.write_text(path.read_text(encoding="utf-8") + "\n" + rng.choice(EDITS) + "\n", encoding="utf-8")
        assert_as_cold(folder)
    assert folded(caplog) >= 1  # (the fold ran: each sequence has at least one load that went on from a state)


#: Written for this test: a surname alone next to a speech verb ("said Baker": a lone surname word, which is a
#: word too), and an article that writes that word in lower case.
LONE = ("Harbour talks\n\nODESA, March 3, 2025 (Wire) -- Port officials met on Monday to discuss grain ships.\n\n"
        "\"The harbour is open,\" said Baker after the meeting.\n")
LOWER = ("Bread prices\n\nODESA, March 4, 2025 (Wire) -- A baker in Odesa said on Tuesday that flour had doubled "
         "in price since the winter.\n")


class _Searched:
    """people._LOWER_WORD, noting the texts searched for lower-case words."""

    def __init__(self, pattern, texts: list[str]) -> None:  # noqa: ANN001
        self.pattern, self.texts = pattern, texts

    def findall(self, text: str) -> list[str]:
        self.texts.append(text)
        return self.pattern.findall(text)


def test_old_articles_are_not_searched_again_for_lone_surname_words(tmp_path: Path, cache_dir: Path,
                                                                    monkeypatch: pytest.MonkeyPatch,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    """find_people's search of every text for the lone surname words written in lower case: the state keeps
    what it found, and a fold searches the new files alone (the answer over all is the union over the parts)."""
    import briefing.load.extract.person_groups as people

    caplog.set_level(logging.DEBUG, logger=FOLD)
    searched: list[str] = []
    monkeypatch.setattr(people, "_LOWER_WORD", _Searched(people._LOWER_WORD, searched))  # noqa: SLF001
    folder = make_folder(tmp_path / "f", ["w_unrelated.txt"])
    write(folder, "a_lone.txt", LONE)
    write(folder, "b_lower.txt", LOWER)
    assert_as_cold(folder)
    assert LOWER in searched  # (the setting holds: a lone word, found in lower case by a search of that text)
    searched.clear()
    write(folder, "zz_added.txt", NEW_DAY)
    exported(folder)  # (the cached load, alone: assert_as_cold's load without cache searches every text)
    assert folded(caplog) == 1
    assert searched == [NEW_DAY] or searched == []
    assert_as_cold(folder)
    # The word written in lower case first by a file added: a new answer, as a load without cache finds it.
    folder = make_folder(tmp_path / "g", ["w_unrelated.txt"])
    write(folder, "a_lone.txt", LONE)
    assert_as_cold(folder)
    write(folder, "zz_lower.txt", LOWER)
    assert_as_cold(folder)
