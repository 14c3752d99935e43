"""Publication dates from the lead's blind sets of the sixth session, on pages written for these tests: the prose is
invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def test_an_agency_byline_without_a_separator_dates_the_page_and_its_weekday(tmp_path: Path) -> None:
    """"AFP Published 15 Mar, 2025 09:42am": the agency's name before "Published" (no "|" between) is still a
    byline; the page is dated by it and "aired Friday" is the Friday before."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "World\n\nEnvoy praises the talks\n\nAFP Published 15 Mar, 2025 09:42am\n\n"
        "WASHINGTON: Steve Witkoff said in an interview aired Friday that the talks had gone well.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == "2025-03-15"
    assert [e.date.iso for e in briefing.events if e.date is not None] == ["2025-03-14"]


def test_a_posted_line_with_its_time_then_on_and_the_day_dates_the_page(tmp_path: Path) -> None:
    """"Posted 08:45AM on Friday 21st February 2025 ( 2 days ago )": the time, then "on", then the weekday and
    an ordinal day (a syndicating site's print page) was no byline; the page was undated."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Print\n\nTalks end without statements\n\nBy The Associated Press\n"
        "Posted 08:45AM on Friday 21st February 2025 ( 2 days ago )\n\n"
        "KYIV, Ukraine (AP) — Talks between Volodymyr Zelensky and a visiting envoy ended on Friday without any "
        "statement, an aide said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == "2025-02-21"
