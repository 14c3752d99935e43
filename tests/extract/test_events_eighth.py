"""Event and publication dates from the "events" helper's blind sets of the eighth session (a leaders' call, a drone
raid, a regional summit), on articles written for these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load.extract.metadata import extract_metadata
from helpers import dated_titles, load_sources




@pytest.mark.parametrize(("header", "iso", "basis"), [
    # A dateline whose place is printed in title case, a comma after it, a dash after the date.
    ("Valletta, June 3, 2025 – Envoys gathered at the harbour.", "2025-06-03", "dateline"),
    ("New Delhi, 2 September 2025 — Envoys gathered at the harbour.", "2025-09-02", "dateline"),
    # A header line of a few capitalised words, small words between them, a dash and a full date.
    ("Digest of the Week – June 6, 2025", "2025-06-06", "timestamp"),
])
def test_a_title_case_dateline_and_a_digest_header_date_the_page(header: str, iso: str, basis: str) -> None:
    text = f"Envoys meet at the harbour for talks on fishing\n\n{header}\n\nThe envoys met on Tuesday, officials said.\n"
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == iso
    assert meta.published_basis == basis
    assert text[meta.published_evidence[0].start:meta.published_evidence[0].end] == meta.published_evidence[0].text


def test_a_weekday_line_or_a_digest_line_under_the_prose_does_not_date_the_page() -> None:
    """A weekday is no place ("Monday, June 2, 2025 – …" is a date bar, not this rule's); a "Name of the Day – date"
    line under the first line of prose heads an entry of a live page, written after the story above it."""
    under = ("Envoys meet at the harbour for talks on fishing\n\n"
             "The envoys met at the harbour on Tuesday and agreed to meet again next month, officials said.\n\n"
             "Digest of the Week – June 6, 2025\n\nMore talks followed.\n")
    assert extract_metadata("a.txt", under, corpus_year=None).published is None


def test_a_datelines_day_is_not_the_day_of_the_act_its_sentence_dates(tmp_path: Path) -> None:
    """"Valletta, June 3, 2025 – X hosted envoys … on Sunday": the event was dated the dateline's day (the day of
    filing), two days after the Sunday the sentence gives; its title began with the dateline. When the sentence's
    own day is the dateline's, the event keeps it."""
    briefing = load_sources(tmp_path, a=(
        "Leaders gather for the fisheries summit\n\n"
        "Valletta, June 3, 2025 – Olaf Scholz hosted envoys from twelve countries on Sunday for a summit on "
        "fishing quotas in the harbour city.\n\n"
        "Keir Starmer arrived on Tuesday with a small delegation.\n"))
    assert dated_titles(briefing) == [("2025-06-01", "Olaf Scholz hosted"), ("2025-06-03", "Keir Starmer arrived")]


def test_a_date_inside_a_since_or_a_wake_of_phrase_dates_no_event(tmp_path: Path) -> None:
    """Dates of things named in a phrase of time: "the largest since the bloc's founding in 2001", "the first since
    X returned … starting in January 2025", "in the wake of … troops clashing in 2020" dated the summit of the
    sentence 2001, January 2025 and 2020 (three wrong events on one blind set). A founding told as the sentence's
    own act keeps its year."""
    briefing = load_sources(tmp_path, a=(
        "The harbour summit opens\n\ndate 2025-08-31\n\n"
        "The summit, the most important since the bloc's founding in 2001, opened in Valletta with Olaf "
        "Scholz as its host.\n\n"
        "This year's summit is the first held since the American President Donald Trump went back to the White "
        "House for his second term starting in January 2025, Olaf Scholz said.\n\n"
        "Among the guests at the summit is Keir Starmer, on his first trip to Malta after years of cool ties in "
        "the wake of British and Maltese trawlers clashing in 2020.\n\n"
        "The bloc was created by Keir Starmer and Olaf Scholz in 2001 as a forum on fishing.\n"))
    assert dated_titles(briefing) == [("2001", "The bloc was")]


@pytest.mark.parametrize(("sentence", "iso"), [
    ("Donald Trump posted on Friday that his envoys had done well.", "2025-06-06"),
    ("During his address to the nation on Tuesday, Keir Starmer asked fishermen for patience.", "2025-06-03"),
    ("Volodymyr Zelensky, in a video message on Friday, thanked the pilots.", "2025-06-06"),
    ("Chinese President Xi Jinping and Indian Prime Minister Narendra Modi pledged on Thursday to settle their "
     "border differences.", "2025-06-05"),
])
def test_a_post_an_address_a_message_or_a_pledge_is_an_event(tmp_path: Path, sentence: str, iso: str) -> None:
    """A statement's act with no event verb in its sentence ("posted", "address", "video message", "pledged")
    made no event: the day a leader spoke to the public was missing from the timeline."""
    briefing = load_sources(tmp_path, a=f"Leaders speak\n\ndate 2025-06-07\n\n{sentence}\n")
    assert [d for d, _t in dated_titles(briefing)] == [iso]


def test_a_range_of_days_and_a_span_until_midnight_date_no_event(tmp_path: Path) -> None:
    """"a truce on May 8-10" and "from noon on May 7–8 until noon on May 10–11" name the days a truce
    runs, not the day it was announced: held-out pages had the announcement dated May 8 and May 10. The day a
    sentence gives its act keeps its date."""
    briefing = load_sources(tmp_path, a=(
        "A truce for the holiday\n\ndate 2025-04-28\n\n"
        "Vladimir Putin declared a truce on May 8-10 for the holiday.\n\n"
        "A Kremlin statement said the truce would run from noon on May 7–8 until noon on May 10–11.\n\n"
        "Vladimir Putin announced the truce on Monday.\n"))
    assert dated_titles(briefing) == [("2025-04-28", "Vladimir Putin announced")]
