"""Event and publication dates from the "events" helper's blind sets of the seventh session (a trade deal announced
by telephone, a state visit), on articles written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.extract.dates import Reference, find_dates
from briefing.model import PartialDate


def _folder(tmp_path: Path, **files: str) -> Path:
    (tmp_path / "sources").mkdir()
    for name, text in files.items():
        (tmp_path / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(("sentence", "expected"), [
    # A relative clause in the past runs on to the weekday: the day is its verb's, not the plan's.
    ("The envoy is due to fly home from the capital, where the host government feted her delegation on Wednesday.",
     "2025-09-17"),
    ("Envoys are expected to sign the text that the negotiators finished in Geneva on Monday.", "2025-09-15"),
    # A comma closes the relative clause: the weekday is the plan's again.
    ("Talks are expected to resume in Geneva, which hosted the first round, on Monday.", "2025-09-22"),
    # An auxiliary before the participle: still the plan.
    ("Envoys are expected to agree a text that could be signed on Monday.", "2025-09-22"),
])
def test_a_past_relative_clause_owns_the_weekday_after_a_future_cue(sentence: str, expected: str) -> None:
    found = find_dates(sentence, 0, len(sentence), Reference(PartialDate.parse("2025-09-18")))
    assert [d.date.iso for d in found] == [expected]


DATED = ("Leaders meet at the lodge\n\ndate 2025-09-18\n\n"
         "Donald Trump reached the lodge on Thursday morning to meet Keir Starmer for talks on whisky duties "
         "and a satellite pact.\n")
#: Written the day before the talks: the Thursday is planned, in a sentence that does not open the text.
PREVIEW = ("The visit turns to business\n\nThe guests stayed at the palace overnight.\n"
           "On Thursday, Donald Trump will be driving to the lodge to meet Keir Starmer for talks on whisky duties "
           "and a satellite pact.\n")


def test_a_fronted_planned_weekday_is_no_past_clue_for_an_undated_page(tmp_path: Path) -> None:
    """"On Thursday, X will …" leading a sentence that is not the first of the text was read as past when an
    undated page was bounded by the events it shares (so it was taken as written on or after that Thursday, and
    its other weekdays were read from there)."""
    briefing = load_briefing(_folder(tmp_path, a=DATED, b=PREVIEW), use_cache=False)
    preview = next(s for s in briefing.sources if s.file == "b.txt")
    assert preview.published is None
    assert "(past)" not in preview.published_note


def test_a_date_of_a_participle_modifying_a_noun_dates_no_event(tmp_path: Path) -> None:
    """A sentence about an accord that names levies "imposed on … late last month" was an event of the month
    before, titled with what the accord does (three such events on one blind page). The date is the levies'; the
    sentence tells of something else. A finite verb on a noun that acts ("the ministers signed in April") and a
    verb with its object keep their dates."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Accord on levies\n\ndate 2025-05-08\n\n"
        "The accord keeps in force the baseline levies imposed on farm exports late last month, and sets up a "
        "review, Keir Starmer said.\n\n"
        "But it cuts the extra duties on machine parts imposed in early April, Keir Starmer said.\n\n"
        "The accord is the first one signed during the freeze on the levies announced last month by Donald "
        "Trump.\n\n"
        "Keir Starmer said the ministers signed in April.\n\n"
        "Donald Trump imposed new levies on steel in March.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    dated = sorted((e.date.iso, e.title.split()[0]) for e in briefing.events if e.date is not None)
    assert dated == [("2025-03", "Donald"), ("2025-04", "Keir")]


def test_a_month_day_printed_with_its_weekday_in_an_undated_page_takes_the_folders_year(tmp_path: Path) -> None:
    """An undated page's "on Thursday, 8 May" was left undated (its year is not printed). The weekday says which
    year: the folder's (2025, its dated sources) when 8 May 2025 is a Thursday. "on Friday, 8 May" (the calendar
    disagrees) stays undated, and so does a month-day without its weekday."""
    dated = "Envoys meet\n\ndate 2025-05-09\n\nEmmanuel Macron visited Berlin on Wednesday, aides said.\n"
    undated = ("Steel quotas agreed\n\nKeir Starmer signed the steel quotas with Donald Trump on Thursday, 8 May, "
               "officials said.\n\nDonald Trump hosted Keir Starmer on Friday, 8 May, aides said.\n\n"
               "Keir Starmer visited Ottawa on 2 May, aides said.\n\nThe two have traded steel since 2019.\n")
    briefing = load_briefing(_folder(tmp_path, a=dated, b=undated), use_cache=False)
    of_b = sorted((e.date.iso, e.title.split()[2]) for e in briefing.events
                  if e.date is not None and any(s.source == "b.txt" for s in e.evidence))
    assert of_b == [("2025-05-08", "signed")]


def test_a_press_conference_is_an_event() -> None:
    """A sentence whose only event is a press conference named no event verb."""
    sentence = "Both leaders will answer questions at a joint press conference in the garden."
    from briefing.load.extract.events import EVENT_VERBS
    assert [m.group(0) for m in EVENT_VERBS.finditer(sentence)] == ["press conference"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # The weekday and the month-day printed beside it disagree (8 September 2025 is a Monday): one is wrong.
    ("The coast guard seized the tanker on Tuesday (September 8), officials said.", []),
    ("The ministers met on Friday, September 18, 2025, aides said.", []),
    # They agree: the day.
    ("The coast guard seized the tanker on Tuesday (September 9), officials said.", ["2025-09-09"]),
    ("The ministers met on Thursday, September 18, 2025, aides said.", ["2025-09-18"]),
])
def test_a_weekday_the_calendar_disagrees_with_leaves_its_month_day_undated(sentence: str,
                                                                             expected: list[str]) -> None:
    found = find_dates(sentence, 0, len(sentence), Reference(PartialDate.parse("2025-09-09")))
    assert [d.date.iso for d in found] == expected


def test_a_toll_counted_since_a_date_is_no_event_of_that_date(tmp_path: Path) -> None:
    """A toll counted "since" a month in the perfect, fronted or at the end of its sentence, was an event of that
    month (two on one blind page): the date starts the stretch the toll counts. Without a count, a perfect with
    "since" keeps its date."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A toll\n\ndate 2025-09-09\n\n"
        "Since March 2024, the floods in the delta have displaced more than 40,000 families, Egypt said.\n\n"
        "The floods have displaced at least 41,200 families and destroyed 9,100 homes since March 2024, Sudan "
        "said.\n\n"
        "Tunisia has detained Italian trawlers in the strait since November 2023, Italy said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    assert [e.date.iso for e in briefing.events if e.date is not None] == ["2023-11"]


def test_a_name_and_date_line_under_the_prose_dates_no_page() -> None:
    """A site's name and date above the story dates the page; the same shape under its first line of prose is a
    timeline's entry ("- Riyadh Talks - February 18, 2025"), not the page's date."""
    from briefing.load.extract.metadata import date_clues, extract_metadata
    prose = "The talks have gone through several rounds since the winter, and both sides say more are planned.\n\n"
    line = "- Riyadh Talks - February 18, 2025\n\n"
    for text, expected in ((f"Explainer\n\n{line}{prose}", "2025-02-18"), (f"Explainer\n\n{prose}{line}", None)):
        meta = extract_metadata("a.txt", text, None, date_clues(text), ())
        assert (meta.published.iso if meta.published else None) == expected
