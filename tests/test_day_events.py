"""A day's events kept beside its grouping (extract/day_events.py, fold14): a folder that grows works out the
events of the days its new articles touch alone; the export stays byte for byte a load without a cache's,
fold after fold.

Articles: the invented ones of test_incremental.py, and candidates made here. No third-party text.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from test_fold import FOLD, folded
from test_incremental import NEW_DAY, assert_as_cold, exported, make_folder, write

import briefing.load.extract.gather as gather
from briefing.load.extract import day_events
from briefing.load.extract.events import Candidate, merge_candidates
from briefing.model import PartialDate, Span

#: Another event on a day no other article has (the day after NEW_DAY's).
NEXT_DAY = ("Talks resume\n\nRIYADH, March 12, 2025 (Wire) -- Rubio met Lavrov again in Riyadh on Wednesday to agree "
            "on a list of prisoners to exchange.\n")


@pytest.fixture
def titled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences an event's title was worked out of (one per event worked out)."""
    seen: list[str] = []
    real = gather.event_title

    def event_title(sentence: str) -> str:
        seen.append(sentence)
        return real(sentence)

    monkeypatch.setattr(gather, "event_title", event_title)
    return seen


def test_a_grown_folder_works_out_only_the_events_of_the_days_it_touches(
        tmp_path: Path, cache_dir: Path, titled: list[str], caplog: pytest.LogCaptureFixture) -> None:
    """Built, then one article (a new day), then another from the first fold's own state: each fold works out
    the events of its new day alone (before, every event of every day), and exports what a cold load does."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", ["w_intro.txt", "w_surname.txt", "w_unrelated.txt"])
    assert_as_cold(folder)
    assert len(titled) > 1
    for name, text, day in (("zz1_riyadh.txt", NEW_DAY, "Tuesday"), ("zz2_riyadh.txt", NEXT_DAY, "Wednesday")):
        folded(caplog)
        titled.clear()
        write(folder, name, text)
        grown = exported(folder)
        worked_out = list(titled)
        assert folded(caplog) == 1
        assert grown == exported(folder, use_cache=False)
        assert worked_out, "the new day's event was not worked out"
        assert all(day in sentence for sentence in worked_out), worked_out


def test_a_fold_of_an_article_on_a_known_day_redoes_that_day_alone(
        tmp_path: Path, cache_dir: Path, titled: list[str], caplog: pytest.LogCaptureFixture) -> None:
    """A copy of an article adds members to days the folder has: those days' events are worked out again
    (their digests change), the other days' are kept."""
    caplog.set_level(logging.DEBUG, logger=FOLD)
    folder = make_folder(tmp_path / "f", ["w_intro.txt", "w_newday.txt", "w_unrelated.txt"])
    assert_as_cold(folder)
    folded(caplog)
    titled.clear()
    write(folder, "zz_copy.txt", "Copied\n" + NEW_DAY)
    grown = exported(folder)
    worked_out = list(titled)
    assert folded(caplog) == 1
    assert grown == exported(folder, use_cache=False)
    assert worked_out and all("Tuesday" in sentence for sentence in worked_out), worked_out


def _candidate(source: str, day: int, start: int, text: str, actors: tuple[str, ...]) -> Candidate:
    return Candidate(source=source, date=PartialDate(year=2025, month=3, day=day), date_basis="dateline",
                     date_rule="date:explicit", date_confidence=0.9, verb="met", actors=actors, issues=("ceasefire",),
                     span=Span(source=source, start=start, end=start + len(text), text=text),
                     words=frozenset(text.lower().split()), persons=actors[:1], distance=3)


CANDIDATES = [_candidate("a.txt", 4, 0, "Rubio met Lavrov in Riyadh", ("rubio", "lavrov")),
              _candidate("a.txt", 5, 40, "Witkoff met Putin in Moscow", ("witkoff", "putin")),
              _candidate("b.txt", 4, 0, "Rubio met Lavrov in Riyadh today", ("rubio", "lavrov")),
              _candidate("b.txt", 5, 50, "Fidan met Sybiha in Ankara", ("fidan", "sybiha"))]


class Plans:
    """A day-plan memo in a dict (store.ArticleMemo keeps them in the article store)."""

    def __init__(self) -> None:
        self.kept: dict[bytes, object] = {}

    def day_plan(self, digest: bytes) -> object | None:
        return self.kept.get(digest)

    def learned_day(self, digest: bytes, plan: object) -> None:
        self.kept[digest] = plan


def test_kept_days_give_the_events_the_whole_merge_gives(titled: list[str]) -> None:
    expected = gather.events_from(merge_candidates(CANDIDATES), {})
    plans = Plans()
    assert day_events.events_by_day(CANDIDATES, plans, None, {}) == expected
    assert len(plans.kept) == 2  # noqa: PLR2004 - (two days)
    titled.clear()
    assert day_events.events_by_day(CANDIDATES, plans, None, {}) == expected
    assert titled == []


@pytest.mark.parametrize("kept", [None, [], [[[0, 1]]], [[[0, 1]], []], [[0, 1], [[0, "t", "b", "r", 0.9]]],
                                  [[[0, 1]], [[2, "t", "b", "r", 0.9]]], [[[0, 1]], [[0, "t", "b", "r", 1]]],
                                  [[[0, 1]], [[0, "t", None, "r", 0.9]]], [[[0], [1]], [[0, "t", "b", "r", 0.9]]],
                                  [[[1, 0]], [[0, "t", "b", "r", 0.9]]]])
def test_a_kept_day_that_does_not_check_out_is_worked_out_again(kept: object) -> None:
    """A kept day that is no grouping of its candidates, or whose fields are of the wrong shape or number,
    is merged again (and kept anew): the events are the whole merge's."""
    day = [c for c in CANDIDATES if c.date.day == 4]  # noqa: PLR2004
    plans = Plans()
    day_events.events_by_day(day, plans, None, {})
    (digest,) = plans.kept
    plans.kept[digest] = kept
    assert day_events.events_by_day(day, plans, None, {}) == gather.events_from(merge_candidates(day), {})
    assert plans.kept[digest] != kept


def test_the_kept_fields_hold_the_number_of_the_event_out(titled: list[str]) -> None:
    """An event's id numbers it among the folder's events: a day kept before another day gained an event is
    numbered as the whole merge numbers it."""
    plans = Plans()
    later = [c for c in CANDIDATES if c.date.day == 5]  # noqa: PLR2004
    day_events.events_by_day(later, plans, None, {})
    grown = [*CANDIDATES, _candidate("c.txt", 3, 0, "Sybiha met Fidan in Kyiv", ("sybiha", "fidan"))]
    titled.clear()
    events = day_events.events_by_day(grown, plans, None, {})
    assert titled == ["Rubio met Lavrov in Riyadh", "Sybiha met Fidan in Kyiv"]  # (the 4th's, the 3rd's: the 5th kept)
    assert events == gather.events_from(merge_candidates(grown), {})
    assert [e.id for e in events if e.date.day == 5] == ["auto-2025-03-05-003", "auto-2025-03-05-004"]  # noqa: PLR2004
