"""A folder that grows by one article (issue 12, 7 December, eighteenth session, grow16): what is worked out again
for the articles already folded in. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import logging

import pytest
from helpers import people_of
from test_fold import FOLD, folded
from test_incremental import assert_as_cold, exported, make_folder, write

import briefing.load.extract.person_spellings as spellings
from briefing.load.extract.person_groups import Introduction


class _CountedWords:
    """person_spellings' word pattern, counting the titles it splits into words."""

    def __init__(self) -> None:
        self.real, self.calls = spellings._WORD, 0

    def findall(self, title: str) -> list[str]:
        self.calls += 1
        return self.real.findall(title)


def test_a_person_introduced_alike_many_times_is_asked_about_once(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    # Main split the same titles into words again for every introduction (5 M lower-casings of the side cues at
    # 2,000 articles, a third of a +1): the answer is the same, the work done once per distinct introduction.
    article = ("Talks resume\n\nU.S. National Security Advisor Michael Volz spoke with his Ukrainian counterpart by "
               "telephone on Monday, the agency reported.\n")
    _people, briefing = people_of(tmp_path, {"a.txt": article})
    waltz = next(a for a in briefing.actors if a.id == "waltz")
    written = Introduction(file="a.txt", start=0, end=13, words=("Michael", "Volz"), rule="title",
                           role="U.S. National Security Advisor", role_start=0, role_end=0, side=None)
    other = Introduction(file="b.txt", start=0, end=12, words=("Daniel", "Volz"), rule="title", role="",
                         role_start=0, role_end=0, side=None)
    counted = _CountedWords()
    monkeypatch.setattr(spellings, "_WORD", counted)
    cues = {"U.S.": "us", "US": "us", "Ukrainian": "ukraine"}
    assert spellings.translated_person([written, other] * 500, [waltz], cues) is waltz
    assert counted.calls <= 1 + len(waltz.roles)  # each title once: the introduction's and the person's roles'
    assert spellings.translated_person([other] * 10, [waltz], cues) is None


def _spelled(day: int) -> str:
    return (f"Talks resume\n\nWASHINGTON, March {day}, 2025 (Wire) -- U.S. National Security Advisor Michael Volz "
            "spoke with his Ukrainian counterpart by telephone, the agency reported.\n\n"
            f"\"We are making steady progress on the venue,\" Volz said on March {day}.\n")


def test_a_folder_grown_by_one_article_folds_as_cold(tmp_path: Path, cache_dir: Path,  # noqa: ARG001
                                                     caplog: pytest.LogCaptureFixture) -> None:
    # The translation's spelling of the adviser in every article, then one more: folded, exported as a load
    # without a cache, the spelling still the adviser's, shown as a misspelling, the quote his.
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", [])
    for day in range(3, 9):
        write(folder, f"a{day:02d}.txt", _spelled(day))
    assert_as_cold(folder)
    write(folder, "z10.txt", _spelled(10))
    caplog.clear()
    assert_as_cold(folder)
    assert folded(caplog) == 1
    text = exported(folder)
    assert "Michael Volz" in text and "steady progress" in text
    people, briefing = people_of(tmp_path / "g", {f"a{day:02d}.txt": _spelled(day) for day in (3, 10)})
    assert "Michael Volz" not in people
    assert {q.speaker for q in briefing.quotes if "steady progress" in q.span.text} == {"waltz"}
