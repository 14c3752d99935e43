"""Dated events on unseen text, tenth session's events14 (issue 10): a named storm as the subject of its own act
("Typhoon X, known locally as Y, made landfall on …"), and a round or phase "held on" a day in apposition
("Phase 2, held on 11 January, drew …"). The articles are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import events_on, load_sources


def test_a_named_storm_that_made_landfall_on_a_day_is_an_event(tmp_path: Path) -> None:
    text = ("Storm season\nPublished 6 November 2025\n\n"
            "Typhoon Lando, known locally as Mira, made landfall on Tuesday near a fishing town on the east coast, "
            "flattening hundreds of wooden homes.\n\n"
            "Typhoon Lando is expected to make landfall again on Saturday further north.\n")
    briefing = load_sources(tmp_path, a=text)
    assert len(events_on(briefing, "2025-11-04")) == 1
    assert not events_on(briefing, "2025-11-08")  # a forecast is no event


def test_a_storm_whose_date_belongs_to_a_report_is_no_event(tmp_path: Path) -> None:
    text = ("Storm season\nPublished 6 November 2025\n\n"
            "Typhoon Lando struck the islands, the weather office said on Wednesday.\n")
    assert not events_on(load_sources(tmp_path, a=text), "2025-11-05")


def test_a_phase_held_on_a_day_in_apposition_is_an_event_of_that_day(tmp_path: Path) -> None:
    text = ("Second round\nPublished 14 January 2026\n\n"
            "Phase 2, held on 11 January, drew far fewer voters than the first, monitors estimated.\n")
    held = events_on(load_sources(tmp_path, a=text), "2026-01-11")
    assert len(held) == 1 and held[0].actors == ()


def test_an_iso_stamp_with_a_same_day_edit_time_dates_the_page(tmp_path: Path) -> None:
    """"2025-12-09 08:15 Last Updated At:08:16" under the headline: the page was undated, so "on Friday" had no
    day and the event was lost."""
    text = ("Panel to report within nine months\n\n2025-12-13 08:15 Last Updated At:08:16\n\n"
            "The inquiry's first hearing took place on Friday in the main courthouse.\n")
    briefing = load_sources(tmp_path, a=text)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-12-13"
    assert events_on(briefing, "2025-12-12")
