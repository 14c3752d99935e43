"""Dated events on unseen text, eleventh session's events16 (issue 10): a re-appointment and a handed-in
resignation are acts of their day, a government as the subject of its own fall, a wire dateline with no year and
no agency ("New Delhi, Nov. 14 -- …") dates its page with the folder's year. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import events_on, load_sources

_PAGE = "Cabinet crisis\nPublished 11 October 2025\n\nDonald Trump spoke to reporters.\n\n{}\n"


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Donald Trump reappointed Keith Kellogg as his envoy on Friday.", "2025-10-10"),
    ("On Monday, Keith Kellogg submitted his resignation to Donald Trump.", "2025-10-06"),
    ("Keith Kellogg tendered his resignation on Wednesday, October 8.", "2025-10-08"),
])
def test_a_reappointment_or_a_handed_in_resignation_is_an_event_of_its_day(
        tmp_path: Path, sentence: str, iso: str) -> None:
    found = events_on(load_sources(tmp_path, a=_PAGE.format(sentence)), iso)
    assert len(found) == 1 and "kellogg" in found[0].actors


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Her second cabinet collapsed within hours on Monday, October 6.", "2025-10-06"),
    ("The coalition survived a confidence vote on Thursday by nine votes.", "2025-10-09"),
])
def test_a_government_as_the_subject_of_its_fall_or_survival(tmp_path: Path, sentence: str, iso: str) -> None:
    found = events_on(load_sources(tmp_path, a=_PAGE.format(sentence)), iso)
    assert len(found) == 1 and found[0].actors == ()


def test_a_governments_forecast_or_a_report_day_dates_no_fall(tmp_path: Path) -> None:
    text = _PAGE.format("The cabinet is expected to fall on Friday.\n\n"
                        "The coalition collapsed, the paper reported on Wednesday.")
    briefing = load_sources(tmp_path, a=text)
    assert not events_on(briefing, "2025-10-10") and not events_on(briefing, "2025-10-17")
    assert not events_on(briefing, "2025-10-08")


def test_a_wire_dateline_with_no_year_dates_its_page_with_the_folders_year(tmp_path: Path) -> None:
    other = "Poll schedule\nPublished 3 November 2025\n\nThe count is due next week.\n"
    wire = ("Count in the state\n\nNew Delhi, Nov. 14 -- The state count gave the ruling alliance a clear "
            "majority by the afternoon, officials said.\n")
    under = ("Count diary\n\nThe ruling alliance held its lead through the day, officials in the state capital "
             "said in the evening.\n\nPatna, Nov. 12 -- The campaign ended.\n")
    briefing = load_sources(tmp_path, a=other, b=wire, c=under)
    published = {s.file: s.published.iso if s.published else None for s in briefing.sources}
    assert published["b.txt"] == "2025-11-14"
    assert published["c.txt"] is None  # under the story's prose: an entry, not the page's dateline


def test_an_update_block_on_top_of_the_story_counts_its_weekdays_from_its_own_day(tmp_path: Path) -> None:
    """Posted on a Monday, updated on the Friday: the update's "on Friday" is that Friday, not the one before the
    posting; the story under its own date line keeps the posting's Monday."""
    text = ("Envoy back in post\n\nPosted Oct 6, 2025 7:45 AM EDT\n\n"
            "UPDATE Oct 10, 2025 9:30 AM EDT\n\n"
            "On Friday, Donald Trump met Keith Kellogg at the White House and asked him to stay on.\n\n"
            "Oct 6, 2025 7:45 AM EDT\n\n"
            "Keith Kellogg resigned on Monday after a month in the post, aides to Donald Trump confirmed.\n")
    briefing = load_sources(tmp_path, a=text)
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == "2025-10-06"
    assert len(events_on(briefing, "2025-10-10")) == 1 and not events_on(briefing, "2025-10-03")
    assert len(events_on(briefing, "2025-10-06")) == 1


def test_an_updated_header_line_makes_no_part(tmp_path: Path) -> None:
    text = ("Envoy back in post\n\nPosted Oct 6, 2025 7:45 AM EDT\nUpdated Oct 10, 2025 9:30 AM EDT\n\n"
            "On Friday, Donald Trump met Keith Kellogg at the White House and asked him to stay on.\n")
    briefing = load_sources(tmp_path, a=text)
    assert briefing.sources[0].parts == () and len(events_on(briefing, "2025-10-03")) == 1


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The opening phase of voting on November 6 will span 118 seats in the river districts.", "2025-11-06"),
    ("The count on Friday showed a clear lead for the ruling alliance.", "2025-10-31"),
])
def test_a_thing_with_its_own_day_as_the_subject_is_an_event_of_that_day(
        tmp_path: Path, sentence: str, iso: str) -> None:
    text = f"Poll schedule\nPublished 3 November 2025\n\nOfficials set out the plan.\n\n{sentence}\n"
    found = events_on(load_sources(tmp_path, a=text), iso)
    assert len(found) == 1 and found[0].actors == ()


def test_a_things_day_after_a_time_phrase_dates_no_other_act(tmp_path: Path) -> None:
    text = ("Poll schedule\nPublished 3 November 2025\n\nProtests began after the vote on Sunday.\n\n"
            "The talks on trade ended without a date.\n")
    assert not [e for e in load_sources(tmp_path, a=text).events if e.origin == "auto"]


@pytest.mark.parametrize(("sentence", "iso"), [
    ("On October 3, 2025, 12 drones were spotted above an army depot in the hills.", "2025-10-03"),
    ("Two drones were sighted above the port on Sunday.", "2025-11-02"),
])
def test_a_sighting_in_the_passive_is_an_event_of_its_day(tmp_path: Path, sentence: str, iso: str) -> None:
    text = f"Base alert\nPublished 5 November 2025\n\nOfficials set out the facts.\n\n{sentence}\n"
    found = events_on(load_sources(tmp_path, a=text), iso)
    assert len(found) == 1 and found[0].actors == ()


def test_seen_as_or_a_reports_day_dates_no_sighting(tmp_path: Path) -> None:
    text = ("Base alert\nPublished 5 November 2025\n\nThe strikes were seen as a warning on Monday.\n\n"
            "The drones were spotted, officials said on Tuesday.\n")
    assert not [e for e in load_sources(tmp_path, a=text).events if e.origin == "auto"]
