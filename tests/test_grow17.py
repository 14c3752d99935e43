"""A folder that grows by one article (issue 12, 7 December, nineteenth session, grow17): what the fold redoes for
the articles already folded in. The articles are invented: no one said or did these things."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import assert_as_cold, exported, make_folder, seeds, write

import briefing.load.extract.person_groups as groups
from briefing.load import load_briefing
from briefing.load.codec_lazy import LazyRecords
from briefing.load.extract.person_groups import Introduction, group_people


def _istanbul(day: int) -> str:
    # A dotted capital İ lower-cases to two characters: a lower-cased copy of the whole text is one character
    # longer after each, so the names after them no longer stand at their offsets in it.
    return (f"Talks in İstanbul\n\nİSTANBUL, March {day}, 2025 (Wire) -- Turkish Foreign Minister Selim Yalcinkaya "
            "said on Tuesday that the next round would be held in the city's old palace.\n\n"
            f"\"The İstanbul venue is ready,\" Yalcinkaya told reporters on March {day}.\n")


def test_a_folder_whose_articles_write_a_dotted_capital_i_grows_by_one_article_folded(
        tmp_path: Path, cache_dir: Path, caplog: pytest.LogCaptureFixture) -> None:  # noqa: ARG001
    # Main checked each old article's kept introductions against a lower-cased copy of its whole text: after an
    # "İ" the name was not at its offsets there, the state was taken for a damaged one and thrown away, and the
    # folder was extracted whole again at every article added. Each name is now checked in its own slice.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 7):
        write(folder, f"a{day:02d}.txt", _istanbul(day))
    assert_as_cold(folder)
    write(folder, "z10.txt", _istanbul(10))
    caplog.clear()
    text = assert_as_cold(folder)
    assert folded(caplog) == 1
    assert "Selim Yalcinkaya" in text and "The İstanbul venue is ready" in text


def test_an_old_article_edited_is_read_again(tmp_path: Path, cache_dir: Path,  # noqa: ARG001
                                             caplog: pytest.LogCaptureFixture) -> None:
    # A fold takes the old articles as its state left them only when their bytes are those it was made from:
    # an article edited since (and one added) is read again, its new name shown, the old one gone.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 7):
        write(folder, f"a{day:02d}.txt", _istanbul(day))
    assert_as_cold(folder)
    write(folder, "a04.txt", _istanbul(4).replace("Yalcinkaya", "Demirtepe"))
    write(folder, "z10.txt", _istanbul(10))
    caplog.clear()
    text = assert_as_cold(folder)
    assert folded(caplog) == 0
    assert "Selim Demirtepe" in text and "Selim Yalcinkaya" in text
    for day in (3, 5, 6, 10):
        write(folder, f"a{day:02d}.txt" if day < 10 else "z10.txt", _istanbul(day).replace("Yalcinkaya", "Demirtepe"))
    text = exported(folder)
    assert text == exported(folder, use_cache=False)
    assert "Selim Demirtepe" in text and "Yalcinkaya" not in text


def test_a_name_introduced_alike_many_times_is_split_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fold groups every introduction of the folder again (210,000 surnames at 10,000 articles, a third of the
    # fold): each distinct name's surname and given names are worked out once, the groups the same.
    intros = [Introduction(file=f"{n:04d}.txt", start=0, end=13, words=("Selim", "Yalcinkaya"), rule="person:title",
                           role="Foreign Minister", role_start=0, role_end=0, side=None) for n in range(1000)]
    intros += [Introduction(file="x.txt", start=0, end=10, words=("Yalcinkaya",), rule="person:speech", role="",
                            role_start=-1, role_end=-1, side=None)]
    for remembered in (groups.surname, groups.given):  # (names met by other tests: forgotten)
        getattr(remembered, "cache_clear", lambda: None)()
    calls: list[tuple[str, ...]] = []
    real = groups.family_first

    def counted(words):  # noqa: ANN001, ANN202
        calls.append(tuple(words))
        return real(words)

    monkeypatch.setattr(groups, "family_first", counted)
    (members, with_surname), = group_people(intros, set())
    assert len(members) == 1001 and with_surname
    assert len(calls) <= 10  # (main: 27,023)


def test_the_briefing_written_after_a_fold_makes_no_old_articles_regions(
        tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch,  # noqa: ARG001
        caplog: pytest.LogCaptureFixture) -> None:
    # The old articles' regions come back from the state checked and unmade; the briefing written after the fold
    # writes them as the state held them instead of making each record to flatten it again. The export (which
    # makes them) is the cold load's.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", seeds(4))
    assert_as_cold(folder)
    write(folder, "zz_copy.txt", (folder / "sources" / seeds()[0]).read_text(encoding="utf-8"))
    made: list[LazyRecords] = []
    real = LazyRecords.realise

    def counted(self: LazyRecords) -> tuple:
        made.append(self)
        return real(self)

    monkeypatch.setattr(LazyRecords, "realise", counted)
    briefing = load_briefing(folder)
    assert folded(caplog) == 1
    assert made == []
    assert any(source.regions for source in briefing.sources[:4])
    assert exported(folder) == exported(folder, use_cache=False)
