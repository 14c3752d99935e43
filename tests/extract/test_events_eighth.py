"""Event and publication dates from the "events" helper's blind sets of the eighth session (a leaders' call, a drone
raid, a regional summit), on articles written for these tests: the prose and every quotation are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.extract.metadata import extract_metadata
from briefing.model import Briefing


def _load(tmp_path: Path, **files: str) -> Briefing:
    (tmp_path / "sources").mkdir()
    for name, text in files.items():
        (tmp_path / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return load_briefing(tmp_path, use_cache=False)


def _dated(briefing: Briefing) -> list[tuple[str, str]]:
    """(date, the title's first three words) of every automatic event with a date."""
    return sorted((e.date.iso, " ".join(e.title.split()[:3])) for e in briefing.events
                  if e.origin == "auto" and e.date is not None)


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
    briefing = _load(tmp_path, a=(
        "Leaders gather for the fisheries summit\n\n"
        "Valletta, June 3, 2025 – Olaf Scholz hosted envoys from twelve countries on Sunday for a summit on "
        "fishing quotas in the harbour city.\n\n"
        "Keir Starmer arrived on Tuesday with a small delegation.\n"))
    assert _dated(briefing) == [("2025-06-01", "Olaf Scholz hosted"), ("2025-06-03", "Keir Starmer arrived")]
