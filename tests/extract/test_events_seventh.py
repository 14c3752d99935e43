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
    ("The president is due to leave the castle, where he and his wife received a royal welcome on Wednesday.",
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


DATED = ("Leaders meet at the manor\n\ndate 2025-09-18\n\n"
         "Donald Trump arrived at Chequers on Thursday morning to meet Keir Starmer for talks on steel tariffs "
         "and a technology pact.\n")
#: Written the day before the talks: the Thursday is planned, in a sentence that does not open the text.
PREVIEW = ("The visit turns to business\n\nThe guests stayed at the castle overnight.\n"
           "On Thursday, Donald Trump will be heading to Chequers to meet Keir Starmer for talks on steel tariffs "
           "and a technology pact.\n")


def test_a_fronted_planned_weekday_is_no_past_clue_for_an_undated_page(tmp_path: Path) -> None:
    """"On Thursday, X will …" leading a sentence that is not the first of the text was read as past when an
    undated page was bounded by the events it shares (so it was taken as written on or after that Thursday, and
    its other weekdays were read from there: a past "on Wednesday" after "is due to" became the next week's)."""
    briefing = load_briefing(_folder(tmp_path, a=DATED, b=PREVIEW), use_cache=False)
    preview = next(s for s in briefing.sources if s.file == "b.txt")
    assert preview.published is None
    assert "(past)" not in preview.published_note


def test_a_date_of_a_participle_modifying_a_noun_dates_no_event(tmp_path: Path) -> None:
    """"The accord leaves in place the 10 percent levies imposed on imports early last month" was an event of
    the month before, titled with what the accord does (three such events on one blind page: "it lowers the
    duties on the steel sector imposed in early April", "the first to be agreed during the pause on the levies
    announced last month"). The date is the levies'; the sentence tells of something else. A finite verb on a
    noun that acts ("the ministers signed in April"), a participle before the sentence's verb ("The pact signed
    on Wednesday will cut …") and a verb with its object keep their dates."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Accord on levies\n\ndate 2025-05-08\n\n"
        "The accord leaves in place the 10 percent levies imposed on U.K. goods imports early last month and opens "
        "the door to more talks, Keir Starmer said.\n\n"
        "But it lowers the additional duties on the steel and aluminium sectors imposed in early April, Keir "
        "Starmer said.\n\n"
        "The accord is the first to be announced during the pause on the levies announced last month by Donald "
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
    """"… to be made public this afternoon, when Trump will lead a press conference" named no event verb."""
    sentence = "The terms are to be made public this afternoon, when Donald Trump will lead a press conference."
    from briefing.load.extract.events import EVENT_VERBS
    assert [m.group(0) for m in EVENT_VERBS.finditer(sentence)] == ["press conference"]


@pytest.mark.parametrize(("sentence", "expected"), [
    # The weekday and the month-day printed beside it disagree (8 September 2025 is a Monday): one is wrong.
    ("The navy launched a strike on the port on Tuesday (September 8), officials said.", []),
    ("The ministers met on Friday, September 18, 2025, aides said.", []),
    # They agree: the day.
    ("The navy launched a strike on the port on Tuesday (September 9), officials said.", ["2025-09-09"]),
    ("The ministers met on Thursday, September 18, 2025, aides said.", ["2025-09-18"]),
])
def test_a_weekday_the_calendar_disagrees_with_leaves_its_month_day_undated(sentence: str,
                                                                             expected: list[str]) -> None:
    found = find_dates(sentence, 0, len(sentence), Reference(PartialDate.parse("2025-09-09")))
    assert [d.date.iso for d in found] == expected


def test_a_toll_counted_since_a_date_is_no_event_of_that_date(tmp_path: Path) -> None:
    """"Since October 2023, the war has killed over 64,600 people" and a subhead "the war has killed at least
    64,605 people … since October 2023" were two events of October 2023: the date starts the stretch the toll
    counts. Without a count, a perfect with "since" keeps its date."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A toll\n\ndate 2025-09-09\n\n"
        "Since October 2023, the war in the region has killed over 12,300 people, Israel said.\n\n"
        "The war has killed at least 12,305 people and wounded 30,100 since October 2023, Qatar said.\n\n"
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
