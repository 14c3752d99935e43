"""Classes from the lead's blind sets of the ninth session (a broadcast interview, a defence plan, another
region's security talks), on articles written for these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing
from briefing.model import Briefing


def _load(tmp_path: Path, text: str) -> Briefing:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "page.txt").write_text(text, encoding="utf-8")
    return load_briefing(tmp_path, use_cache=False)


def _dated(briefing: Briefing) -> dict[str, str]:
    """The first three words of every automatic event's title → its date."""
    return {" ".join(e.title.split()[:3]): e.date.iso for e in briefing.events
            if e.origin == "auto" and e.date is not None}


def test_a_year_a_treaty_is_named_by_dates_no_event(tmp_path: Path) -> None:
    # "of 1981" names the accord; the envoys' talks are not of that year
    dated = _dated(_load(tmp_path, (
        "Envoys meet again\n"
        "Published March 12, 2025\n\n"
        "According to state radio, the two envoys discussed a draft text that would replace the Harbour Accord "
        "between Chile and Peru of 1981.\n")))
    assert "1981" not in dated.values()


def test_a_year_a_goal_falls_due_by_dates_no_event(tmp_path: Path) -> None:
    dated = _dated(_load(tmp_path, (
        "A budget pledge\n"
        "Published March 12, 2025\n\n"
        "Prime Minister Keir Starmer has called for closer defence ties, pledging to lift spending to 3% of "
        "national income by 2029.\n")))
    assert "2029" not in dated.values()


def test_a_capitalised_ahead_of_a_weekdays_meeting_leaves_the_verbs_own_day(tmp_path: Path) -> None:
    # Thursday is the council's; the commission president spoke on the Tuesday of the page's date
    dated = _dated(_load(tmp_path, (
        "A defence plan\n"
        "Published March 11, 2025\n\n"
        "Ahead of Thursday's European Council meeting, Ursula von der Leyen on Tuesday presented a plan to "
        "pool orders for air defence.\n")))
    assert dated.get("Ahead of Thursday's") == "2025-03-11"
