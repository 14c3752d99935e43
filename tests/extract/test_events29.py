"""A dateline's day is the day the story was filed, not the day of what its lead tells (events29, issue 10,
sixteenth session). Counted on eleven real wire leads that name no day of their own, the act was on the
dateline's day five times and on the day before six times (a call in Washington on the 30th filed as
"Washington, March 31", talks in Jeddah on the 11th filed as "JEDDAH, March 12"). Main dated such a lead by its
dateline, and its basis quoted the dateline's date as if the sentence printed the act's day; a lead quote took
the dateline's day even when the sentence named its own. Now a dateline dates the page only: a lead naming no
day is undated, as any sentence naming no day is, and a lead's quote takes the sentence's own day or none. Three
more shapes are read as datelines, and a title-case dateline is left out of an event's title. The articles are
invented."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import dated_titles, load_sources

_TAIL = "\n\nThe two delegations are due to meet again next month, officials said.\n"


@pytest.mark.parametrize("lead", [
    # a wire's agency in brackets (main: 2025-03-31, the day of filing, for a call of the day before)
    "WASHINGTON, March 31 (NEWSWIRE) - Donald Trump and Vladimir Putin discussed grain exports in a phone call, "
    "the White House said.",
    # the agency between slashes
    "MOSCOW, March 31. /NEWSWIRE/. Vladimir Putin and Donald Trump discussed grain exports in a phone call.",
    # a present perfect after a colon
    "JEDDAH, March 31 (Gulf Desk): Marco Rubio and Andrii Sybiha have agreed on a grain corridor in Jeddah.",
    # a place in title case and a full date before a dash
    "Riyadh, March 31, 2025 – Marco Rubio and Sergei Lavrov agreed to reopen the grain corridor.",
    # a scrape's stamp, then the wire's dateline on its line
    " date 2025-03-31 ANKARA, March 31 (NEWSWIRE) - Recep Tayyip Erdogan hosted envoys from Kyiv and Moscow.",
    # a bare day before a double dash at the story's head (main: read as the lead's own day)
    "Ankara, March 31 -- Recep Tayyip Erdogan hosted envoys from Kyiv and Moscow.",
    # the same with a colon (main: read as the lead's own day)
    "Ankara, March 31: Recep Tayyip Erdogan hosted envoys from Kyiv and Moscow.",
    # the place's country in square brackets (main: no dateline shape, so the lead's own day)
    "Ankara [Turkey], March 31 (NEWSWIRE): Recep Tayyip Erdogan hosted envoys from Kyiv and Moscow.",
])
def test_a_lead_that_names_no_day_is_not_dated_by_its_dateline(tmp_path: Path, lead: str) -> None:
    briefing = load_sources(tmp_path, a=f"Grain talks\nPublished March 31, 2025\n\n{lead}{_TAIL}")
    assert dated_titles(briefing) == []
    assert briefing.sources[0].published.iso == "2025-03-31"  # the page keeps the dateline's day as its date


def test_the_leads_own_day_and_the_storys_later_days_still_date_their_acts(tmp_path: Path) -> None:
    """Main showed the call twice, on the 1st (the lead, by its dateline) and on the 31st (the next sentence's
    "on Monday"): one act, two days, one of them wrong. Now once, on its own day."""
    briefing = load_sources(tmp_path, a=(
        "Grain talks\nPublished April 1, 2025\n\nWASHINGTON, April 1 (NEWSWIRE) - Donald Trump and Vladimir Putin "
        "discussed grain exports in a phone call, the White House said.\n\nDonald Trump spoke to Vladimir Putin "
        "for an hour on Monday, the White House said.\n"))
    assert dated_titles(briefing) == [("2025-03-31", "Donald Trump spoke")]


def test_a_timelines_entries_under_the_prose_keep_their_days(tmp_path: Path) -> None:
    """Guard: "Kyiv, March 14 -- …" under the story's prose is a timeline's entry, its day the act's."""
    briefing = load_sources(tmp_path, a=(
        "Timeline of the talks\nPublished March 20, 2025\n\nThe talks have gone through several rounds this "
        "month, with envoys shuttling between the capitals.\n\nKyiv, March 14 -- Andrii Sybiha met Marco Rubio "
        "in Kyiv.\n\nRiyadh, March 17 -- Marco Rubio met Sergei Lavrov in Riyadh.\n"))
    assert [d for d, _t in dated_titles(briefing)] == ["2025-03-14", "2025-03-17"]


def _quote_days(briefing) -> dict[str, str | None]:  # noqa: ANN001
    return {q.text.split()[0]: (q.date.iso if q.date else None) for q in briefing.quotes if q.origin == "auto"}


def test_a_quote_in_a_lead_takes_the_sentences_own_day_not_the_datelines(tmp_path: Path) -> None:
    """Main: the first day of the sentence, the dateline's: the 23rd for words said on Tuesday the 22nd, and the
    23rd for words the lead gives no day."""
    first = load_sources(tmp_path / "a", a=(
        "Envoys meet\nPublished July 23, 2025\n\nKYIV, July 23 (NEWSWIRE) - “We heard every objection,” Andrii "
        "Sybiha said on Tuesday after meeting the envoys.\n\nThe talks resume in August.\n"))
    assert _quote_days(first) == {"We": "2025-07-22"}
    second = load_sources(tmp_path / "b", a=(
        "Envoys meet\nPublished July 23, 2025\n\nKYIV, July 23 (NEWSWIRE) - “We heard every objection,” Andrii "
        "Sybiha said after meeting the envoys.\n\nThe talks resume in August.\n"))
    assert _quote_days(second) == {"We": None}


@pytest.mark.parametrize(("lead", "day"), [
    # guards: the lead's own day dates its act, as before
    ("KYIV, July 23 (NEWSWIRE) - Andrii Sybiha met the envoys in Kyiv on Tuesday.", "2025-07-22"),
    ("Oslo, July 23, 2025 – Andrii Sybiha met the envoys in Oslo on Wednesday.", "2025-07-23"),
    ("KYIV, July 23 (NEWSWIRE) - Andrii Sybiha met the envoys in Kyiv on July 21.", "2025-07-21"),
    # a date in the body that is no dateline: a day like any other
    ("Andrii Sybiha met the envoys in Kyiv on July 23.", "2025-07-23"),
])
def test_a_sentences_own_day_still_dates_it(tmp_path: Path, lead: str, day: str) -> None:
    briefing = load_sources(tmp_path, a=f"Envoys meet\nPublished July 24, 2025\n\n{lead}{_TAIL}")
    assert [d for d, _t in dated_titles(briefing)] == [day]


def test_datelines_are_found_in_one_pass() -> None:
    """Every dateline of a long text (a digest of wire stories) in time linear in its size."""
    from briefing.load.extract.printed_dates import dateline_days  # (new: the other tests also run on main)

    story = "KYIV, July 23 (NEWSWIRE) - Andrii Sybiha met the envoys.\nThe talks went on.\n"
    assert dateline_days(story) == frozenset({6})
    timings = []
    for count in (2_000, 8_000):
        text = story * count
        began = time.perf_counter()
        found = dateline_days(text)
        timings.append(time.perf_counter() - began)
        assert len(found) == count
    assert timings[1] < timings[0] * 4 * 3 + 0.05  # four times the text: well under sixteen times the time


def test_a_wire_dateline_with_its_country_in_square_brackets_dates_the_page(tmp_path: Path) -> None:
    """"New Delhi [India], November 14, 2025 (AGENCY): …": main read no dateline there (the country in round
    brackets only), so the page was undated and the lead dated by the date as if its own."""
    briefing = load_sources(tmp_path, a=(
        "Talks in Delhi\n\nNew Delhi [India], November 14, 2025 (NEWSWIRE): Narendra Modi hosted envoys from "
        "Kabul and Islamabad.\n\nThe envoys are due to meet again next month, officials said.\n"))
    assert briefing.sources[0].published.iso == "2025-11-14"
    assert briefing.sources[0].published_basis == "dateline"
    assert dated_titles(briefing) == []


@pytest.mark.parametrize("lead", [
    "Washington, March 31 (NEWSWIRE) - Marco Rubio met Andrii Sybiha on Sunday.",
    "Moscow, March 31: Marco Rubio met Andrii Sybiha on Sunday.",
    "New Delhi [India], March 31 (NEWSWIRE): Marco Rubio met Andrii Sybiha on Sunday.",
    "New Delhi, March 31 (NEWSWIRE) Marco Rubio met Andrii Sybiha on Sunday.",
    "Ankara, March 31 -- Marco Rubio met Andrii Sybiha on Sunday.",
])
def test_an_events_title_leaves_a_title_case_dateline_out(tmp_path: Path, lead: str) -> None:
    """Main: the title began with the dateline ("Washington, March 31 (NEWSWIRE) - Marco …"): only a dateline
    in capitals or with its year was left out."""
    briefing = load_sources(tmp_path, a=f"Talks\nPublished March 31, 2025\n\n{lead}\n\nMore talks are due.\n")
    assert dated_titles(briefing) == [("2025-03-30", "Marco Rubio met")]
