"""A dateline that opens the first sentence dates the filing, not what the sentence tells. When that sentence
names another day that dates no act of its own ("March 29, 2025 (AGENCY)—At the March 24 meeting, the envoys
presented …": the day names the meeting), main fell back on the dateline and showed the act on the day of
filing, five days late, looking printed. It is undated now, as is a sentence with no other day (events29).
The articles are invented (from the lead's blind set of 7 Dec, fifteenth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import dated_titles, load_sources


def _days(text: str, tmp_path: Path) -> list[str]:
    return [day for day, _t in dated_titles(load_sources(tmp_path, a=text))]


@pytest.mark.parametrize("lead", [
    "March 29, 2025 (NEWSWIRE)—At the March 24 meeting of the two delegations in Riyadh, Russia presented "
    "a list of conditions for reopening the grain corridor.",
    "March 29, 2025 (NEWSWIRE)—During the March 24 talks in Riyadh, Russia presented a list of "
    "conditions for reopening the grain corridor.",
])
def test_a_day_naming_a_meeting_does_not_hand_the_act_to_the_dateline(tmp_path: Path, lead: str) -> None:
    """Main: ['2025-03-29'] — the day of filing, given to the act of the 24th."""
    text = f"Grain talks\n\n{lead}\n\nThe delegations are due to meet again next month, officials said.\n"
    assert "2025-03-29" not in _days(text, tmp_path)


def test_a_dateline_alone_does_not_date_its_sentence(tmp_path: Path) -> None:
    """No other day in the sentence: the filing's day dated its act until events29 (7 Dec) counted real wire leads
    naming no day of their own, whose act was the day before the dateline's as often as on it. Undated now, as
    any sentence naming no day is; the page keeps the dateline's day."""
    text = ("Grain talks\n\nMarch 29, 2025 (NEWSWIRE)—Russia presented a list of conditions for reopening "
            "the grain corridor in Riyadh.\n\nThe delegations are due to meet again next month, officials said.\n")
    assert _days(text, tmp_path) == []


def test_a_sentence_with_its_own_day_keeps_it(tmp_path: Path) -> None:
    """Guard: the sentence's own day dates its act, as before."""
    text = ("Grain talks\n\nMarch 29, 2025 (NEWSWIRE)—Russian and US delegations met in Riyadh on March 24 and agreed to "
            "meet again.\n\nThe talks lasted twelve hours, officials said.\n")
    assert _days(text, tmp_path)[:1] == ["2025-03-24"]
