"""Furniture, page dates, headlines and `check`'s unknown names (issue 10, 8 December, twentieth session, sweep43).

What a reader met: a feed's listing glued its stamp to the headline's last word ("… in ten yearsTue, 18 Mar 2025
09:41:07 GMT"), so the page was undated and the stamp part of its headline; an address on an IP host was the
page's headline; an organisation's section tab ("Situation at a glance") was the headline; a disaster database's
field lines ("Affected country: …", "Glide: …") were story; a page's own address dated nothing, though it files
the page under its day ("/2025/6/10/<the story's words>"); a "For more detailed inform" cut off at the page's end
was story; and `briefing check` listed "I’m", a headline's capitals ("Title", "Surge") and a name with its
country's possessive ("Norway’s Lars Odegaard") among the names a maintainer might add. The pages are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import load_sources, marked_lines

BODY = ("Veloria is facing its worst fever outbreak in a decade, the health ministry warned Monday, reporting 300 "
        "deaths since the rains began.\n"
        "The ministry said 9,000 cases had been reported in six months, most of them in the river towns.\n")


@pytest.mark.parametrize("glue", ["", " "])
def test_a_feed_stamp_glued_to_the_headline_dates_the_page_and_leaves_the_headline(tmp_path: Path, glue: str) -> None:
    text = f"http://192.0.2.7/category/health/page/3\nVeloria faces worst fever outbreak: WHO{glue}Tue, 18 Mar 2025 09:41:07 GMT\n{BODY}"
    source = load_sources(tmp_path, a=text).sources[0]
    assert source.published is not None and source.published.iso == "2025-03-18"
    assert source.headline == "Veloria faces worst fever outbreak: WHO"


def test_an_address_on_an_ip_host_is_furniture_not_the_headline(tmp_path: Path) -> None:
    text = f"http://192.0.2.7/category/health/page/3\n{BODY}"
    assert marked_lines(text)["http://192.0.2.7/category/health/page/3"]
    assert not load_sources(tmp_path, a=text).sources[0].headline.startswith("http")


def test_an_organisations_section_tabs_are_no_headline(tmp_path: Path) -> None:
    text = ("https://health-agency.example/outbreak-news/item/2025-N17\nSituation at a glance\n"
            "Description of the situation\n"
            "On 2 March 2025, the agency received an alert from the health ministry of Veloria about a cluster of "
            "fever cases in the river towns.\n")
    headline = load_sources(tmp_path, a=text).sources[0].headline
    assert headline.startswith("On 2 March 2025, the agency received an alert")


def test_a_page_titled_with_a_section_word_in_a_sentence_keeps_it(tmp_path: Path) -> None:
    text = f"Summary of the fever talks: ministers agree to share data\n{BODY}"
    assert load_sources(tmp_path, a=text).sources[0].headline == "Summary of the fever talks: ministers agree to share data"


def test_a_database_records_field_lines_are_furniture() -> None:
    text = (f"{BODY}Veloria: Fever Outbreak – Mar 2025\nAffected country: Republic of Veloria\n"
            "Glide: EP-2025-000042-VEL\nDisaster type: Epidemic\n")
    lines = marked_lines(text)
    assert lines["Affected country: Republic of Veloria"]
    assert lines["Glide: EP-2025-000042-VEL"]
    assert lines["Disaster type: Epidemic"]


@pytest.mark.parametrize("turns", [
    "Ferrer: Thank you very much.\nRoig: Thank you\nFerrer: No\n",
    "Index case: A woman of 34 who fell ill after a wedding\nFirst alert: The ministry called the agency on Monday\n",
])
def test_a_transcripts_turns_and_key_facts_stay_story(turns: str) -> None:
    lines = marked_lines(f"{BODY}{turns}")
    assert not any(lines[line] for line in turns.splitlines())


def test_a_cut_off_pointer_at_the_pages_end_is_furniture_not_a_sentence_that_starts_alike() -> None:
    lines = marked_lines(f"{BODY}For more detailed inform\n")
    assert lines["For more detailed inform"]
    prose = "For more information on the vaccine, the ministry said it would publish figures each week from now on."
    assert not marked_lines(f"{BODY}{prose}\n")[prose]


SLUG = "https://news.example/health/2025/3/24/veloria-fever-outbreak-worst-in-decade-ministry-warns"


def test_a_pages_own_address_dates_a_page_that_prints_no_date(tmp_path: Path) -> None:
    source = load_sources(tmp_path, a=f"{SLUG}\n{BODY}").sources[0]
    assert source.published is not None and source.published.iso == "2025-03-24"
    assert source.published_basis == "address"
    assert source.published_evidence[0].text == "2025/3/24"


def test_a_weekday_of_an_address_dated_page_takes_its_day(tmp_path: Path) -> None:
    body = ("The health ministry of Veloria declared a fever emergency on Monday, saying the outbreak was the worst in "
            "a decade.\nOfficials reported 300 deaths since the rains began, most of them in the river towns.\n")
    briefing = load_sources(tmp_path, a=f"{SLUG}\n{body}")
    assert any(e.date is not None and e.date.iso == "2025-03-24" for e in briefing.events if e.origin == "auto")


@pytest.mark.parametrize("address", [
    "https://news.example/2023/04/03/singer-apologises-for-remarks-in-video-and-takes-break-from-social-media",
    "https://news.example/n3/2025/0324/c90000-20378986.html",
])
def test_an_address_that_is_another_pages_or_has_no_words_dates_nothing(tmp_path: Path, address: str) -> None:
    assert load_sources(tmp_path, a=f"{address}\n{BODY}").sources[0].published is None


def test_a_printed_date_wins_over_the_address(tmp_path: Path) -> None:
    source = load_sources(tmp_path, a=f"{SLUG}\nPublished: 25 March 2025\n{BODY}").sources[0]
    assert source.published is not None and source.published.iso == "2025-03-25"
    assert source.published_basis == "byline"


CHECKED = """Ferrer Claims Third Tour of Veloria Title in Bren

Ana Ferrer won her third Tour of Veloria on Sunday, while Norway’s Lars Odegaard finished fourth and Spain's Pau Roig fifth.

"It was a hard race, and I’m glad it is over," Ferrer said after the stage.

Fever Cases Surge in Rain-Soaked Bren, Officials Raise Alarm

Mayor Ines Valdo of Bren said the city would drain the canals this week.
"""


def test_check_lists_names_not_contractions_headline_capitals_or_owners(tmp_path: Path) -> None:
    names = {u.name for u in load_sources(tmp_path, a=CHECKED).unknown_names}
    assert {"Lars Odegaard", "Pau Roig"} <= names
    assert not names & {"I’m", "Title", "Veloria Title", "Claims", "Surge", "Norway’s Lars Odegaard",
                        "Spain's Pau Roig", "Norway", "Spain"}


def test_a_stamp_then_the_day_with_its_utc_offset_is_a_date_line_not_the_headline(tmp_path: Path) -> None:
    """(Seen on the held-out set after its one run.)"""
    first = "date 2025-03-18 18 March 2025 09:05 (UTC+03:00)"
    text = f" {first}\n\n{BODY}"
    assert marked_lines(text)[first]
    source = load_sources(tmp_path, a=text).sources[0]
    assert source.published is not None and source.published.iso == "2025-03-18"
    assert source.headline.startswith("Veloria is facing its worst fever outbreak")
