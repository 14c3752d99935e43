"""Dated events from the events36 helper (twentieth session): a trial's days told by its court (the jury, the judge,
the prosecution and the defence as a group acting), a site's later date bar over the headline against the page's own
date line under it, two days joined by "and" (no one act's day), a reader's errand ("visit our story for …"), a wire
outlet whose place was cut off as a sentence of its own, a syndicator's name glued to its date. Every sentence here
is invented."""

from __future__ import annotations

from pathlib import Path

from helpers import dated_titles, load_sources

_DATED = "Harbour trial\nPublished Wednesday, 18 June 2025\n\n"
_BODY = "\nDock workers in Gdansk said on Wednesday that the strike had ended.\n"


def _days(tmp_path: Path, body: str, head: str = _DATED) -> list[tuple[str, str]]:
    return dated_titles(load_sources(tmp_path, a=head + body))


def _page(tmp_path: Path, page: str) -> tuple[str | None, list[tuple[str, str]]]:
    briefing = load_sources(tmp_path, a=page)
    published = briefing.sources[0].published
    return (published.iso if published is not None else None), dated_titles(briefing)


def test_two_days_joined_date_no_single_act(tmp_path: Path) -> None:
    body = ("The board ruled in separate hearings on Monday and Tuesday that both men may reapply.\n\n"
            "The panel met on June 3 and 4 in Gdansk.\n\n"
            "The board ruled on Monday that both men may reapply.\n")
    # main: the first two dated by their first day (half wrong, and looking sourced)
    assert _days(tmp_path, body) == [("2025-06-16", "The board ruled")]


def test_a_readers_errand_is_no_event(tmp_path: Path) -> None:
    body = ("For the latest on the talks, visit our story on Donald Trump for Tuesday, June 17.\n\n"
            "To watch Donald Trump's speech, click the link for Monday, June 16.\n")
    # main: "visit" made an event dated 17 June
    assert _days(tmp_path, body) == []


def test_a_sites_later_date_bar_over_the_headline_yields_to_the_pages_line(tmp_path: Path) -> None:
    page = "Monday, October 6, 2025\nHome | World | Sport\nHarbour strike ends in Gdansk\nJune 12, 2025\n" + _BODY
    # main: the page undated (two header dates, which one the page's not known)
    assert _page(tmp_path, page)[0] == "2025-06-12"


def test_date_bars_the_place_cannot_tell_stay_undated(tmp_path: Path) -> None:
    earlier = "Monday, June 2, 2025\nHome | World | Sport\nHarbour strike ends in Gdansk\nJune 12, 2025\n" + _BODY
    both_above = "Monday, October 6, 2025\nJune 12, 2025\nHarbour strike ends in Gdansk\n" + _BODY
    assert _page(tmp_path / "e", earlier)[0] is None
    assert _page(tmp_path / "b", both_above)[0] is None


def test_a_syndicators_glued_date_dates_the_page(tmp_path: Path) -> None:
    page = "Harbour hearing pushed back to August\n\nNewswire20-05-2025\n\nThe hearing was postponed on Monday, the court said.\n"
    ambiguous = "Harbour hearing pushed back to August\n\nNewswire05-06-2025\n\nThe hearing was postponed.\n"
    # main: undated
    assert _page(tmp_path / "p", page)[0] == "2025-05-20"
    assert _page(tmp_path / "a", ambiguous)[0] is None


