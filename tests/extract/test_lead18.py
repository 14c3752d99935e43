"""The lead's blind sets of the eighteenth session (a General Assembly vote, a state visit to Washington), on
invented text. A page cut off inside a name gave the person a "misspelling" made of half their name; a public radio
station's page chrome (its player, call signs and licence filings) became the source's headline; so did a site's
masthead in capitals and a date line closed by a bar. Every item cites its source's headline, so a wrong one is
seen beside every claim."""

from __future__ import annotations

from pathlib import Path

from helpers import furniture_covers, load_sources, people_of, positions_read

_VISIT = """\
Leaders meet in Paris as talks on the tariff deal resume

PARIS, March 3, 2025 - German Chancellor Olaf Scholz met French President Emmanuel Macron on Monday.
"We are close to an agreement," Macron said after the meeting.
French President Emmanuel Macron greets German Chancellor Olaf Scholz at the Elysee Palace on Monday. Photo: AFP / Jo
German Chancellor Olaf Scholz and French President Emmanuel Macr
"""


def test_a_name_a_page_cuts_off_is_no_misspelling_of_it(tmp_path: Path) -> None:
    # Main: "Emmanuel Macr" listed under Emmanuel Macron as a misspelling, cited on the cut-off last line.
    people, _briefing = people_of(tmp_path, {"a.txt": _VISIT})
    macron = people["Emmanuel Macron"]
    assert "Emmanuel Macr" not in {a.text for a in macron.aliases}


def test_a_misspelling_inside_the_text_is_still_listed(tmp_path: Path) -> None:
    text = _VISIT.replace("Emmanuel Macr\n", "Emmanuel Macron.\nMacon later left for Brussels.\n")
    people, _briefing = people_of(tmp_path, {"a.txt": text})
    assert any(a.text == "Macon" and a.misspelling for a in people["Emmanuel Macron"].aliases)


_STATION = """\
© 2025 Valley Public Radio

WVPR · WVPR-FM · KVPR
FCC Public Inspection Files:
Next Up:
Play Live Radio
Available On Air Stations
0:00 0:00

Ministers agree to meet again in Geneva after a day of talks

Updated March 4, 2025 at 16:19 PM ET

Ministers from both countries agreed on Tuesday to meet again in Geneva next month, officials said.
"""


def test_a_radio_stations_chrome_is_furniture_and_never_the_headline(tmp_path: Path) -> None:
    for line in ("0:00 0:00", "Next Up:", "FCC Public Inspection Files:", "WVPR · WVPR-FM · KVPR",
                 "Available On Air Stations", "Play Live Radio"):
        assert furniture_covers(_STATION, line), line
    assert not furniture_covers(_STATION, "Ministers from both countries agreed")
    (source,) = load_sources(tmp_path, a=_STATION).sources
    assert source.headline == "Ministers agree to meet again in Geneva after a day of talks"  # main: "WVPR · …"


_MASTHEAD = """\
THE VALLEY COURIER
Mar 4, 2025  |
Sponsor: Example Widgets
Ministers agree to meet again in Geneva after a day of talks
Ministers from both countries agreed on Tuesday to meet again in Geneva next month, officials said.
"""


def test_a_masthead_a_date_line_and_a_sponsor_are_not_the_headline(tmp_path: Path) -> None:
    (source,) = load_sources(tmp_path, a=_MASTHEAD).sources
    assert source.headline == "Ministers agree to meet again in Geneva after a day of talks"  # main: the date line
    masthead_only = "THE VALLEY ONE NEWS\n" + _MASTHEAD.split("\n", 3)[3]
    (source,) = load_sources(tmp_path / "b", a=masthead_only).sources
    assert source.headline == "Ministers agree to meet again in Geneva after a day of talks"  # main: the masthead


def test_a_headline_in_capitals_that_says_something_is_kept(tmp_path: Path) -> None:
    text = "MINISTERS AGREE TO MEET AGAIN IN GENEVA\nMinisters agreed on Tuesday to meet again next month.\n"
    (source,) = load_sources(tmp_path, a=text).sources
    assert source.headline == "MINISTERS AGREE TO MEET AGAIN IN GENEVA"



def _dated(text: str, floor: str, until: str) -> list[str]:
    """The dates found in `text` written from an undated page's interval (the latest day it prints, and a month
    after: anchoring.printed_anchor's)."""
    from briefing.load.extract.dates import Reference, find_dates
    from briefing.model import PartialDate

    ref = Reference(PartialDate.parse(floor), "source anchored to", latest=PartialDate.parse(until))
    return [m.date.iso for m in find_dates(text, 0, len(text), ref)]


def test_an_undated_pages_month_day_months_before_the_day_it_prints_takes_no_year() -> None:
    # The page prints no date of its own; its latest full date (an attack, 8 January 2023) is background to a
    # ruling years later. Main dated "On September 12" to 2022, the September before that attack, as if the page were
    # written within a month of it (found on a real page: a court's ruling dated two and a half years early).
    # In the floor's own year, or a few days before it, a month-day keeps its year (the guard below).
    assert _dated("On September 12, the court upheld the sentence.", "2023-01-08", "2023-02-08") == []


def test_a_month_day_near_the_day_an_undated_page_prints_is_still_dated() -> None:
    assert _dated("On September 30, the court upheld the sentence.", "2022-10-14", "2022-11-14") == ["2022-09-30"]
    assert _dated("On March 3, the court upheld the sentence.", "2022-05-13", "2022-06-13") == ["2022-03-03"]
    assert _dated("On December 28, the court upheld the sentence.", "2023-01-08", "2023-02-08") == ["2022-12-28"]


def _stances(sentence: str) -> dict[tuple[str, str], str]:
    return {(side, issue): stance.value for side, issue, stance in positions_read(sentence)}


def test_wanting_the_peacekeepers_to_leave_is_against_them() -> None:
    # Main: Ukraine *for* troops guaranteeing the peace, at 0.9 (the band shown by default), from "wants"; and the
    # leaving, where it was read at all, spoke about the place after it.
    assert _stances("Ukraine wants the peacekeepers to leave the occupied areas.") \
        == {("ukraine", "security_guarantees"): "against"}
    assert _stances("Russia wants Western peacekeepers to leave Ukraine.") \
        == {("russia", "security_guarantees"): "against"}
    assert _stances("Ukraine wants the peacekeepers to stay.") == {("ukraine", "security_guarantees"): "for"}
    assert _stances("Europe is ready to send peacekeepers to Ukraine.") == {("europe", "security_guarantees"): "for"}
