"""What a new user met first on a folder of their own (issue 10, 8 December, twentieth session, sweep42): a
picture desk's caption above a headline made the headline an "inset line" (the sources list then showed the
first paragraph as the headline); a map's caption above its image credit was story and the page's headline; a
figure's numbered caption ("Figure 1. Map of …") was story; an author line in another language's date ("Published
by <name> 5 de mayo, 2025") was story; a caption whose sentence says what a rider is "wearing", run onto its
"Picture: <agency>" credit, kept its sentence as story. The pages and captions are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import load_sources, marked_lines

BODY = ("Ana Ferrer has written her name deeper into the race's history with a third overall win, drawing level "
        "with two riders of the past in the record book.\n"
        "At 29, Ferrer was in control for most of the three weeks, taking four stages and the leader's jersey for "
        "twelve days in a row.\n")

DESK_CAPTION = ("ARLO, VELORIA - MAY 4: Ana Ferrer of Spain and Team Norte crosses the line during stage 9 of the "
                "Tour of Veloria 2025, a 180km stage from Arlo to Bren / on May 4, 2025 in Bren, Veloria. "
                "(Photo by Jo Roe/Getty Images)")


@pytest.mark.parametrize("address", ["", "https://cyclingnews.example/?p=1234\n\n"])
def test_a_headline_under_a_desk_caption_is_the_headline_not_an_inset(tmp_path: Path, address: str) -> None:
    text = f"{address}{DESK_CAPTION}\nAna Ferrer wins her third Tour of Veloria\n{BODY}"
    lines = marked_lines(text)
    assert lines[DESK_CAPTION]
    assert not lines["Ana Ferrer wins her third Tour of Veloria"]
    assert load_sources(tmp_path, a=text).sources[0].headline == "Ana Ferrer wins her third Tour of Veloria"


def test_an_inset_between_two_paragraphs_is_still_furniture() -> None:
    text = f"Ferrer takes the Tour\n\n{BODY}Watch: the last climb in ninety seconds\n{BODY}"
    assert marked_lines(text)["Watch: the last climb in ninety seconds"]


MAP_PAGE = """https://healthnews.example/?p=99
Map of confirmed and probable fever cases by district, as of May 4, 2025.
Image credits: Health Ministry
The health agency has sent a team to Norra province after 20 suspected cases of the fever and nine deaths were reported, officials said on Thursday.
Samples sent to the capital confirmed the cause on Wednesday, the agency said in a statement.
"""


def test_a_maps_caption_above_its_credit_is_furniture_and_no_headline(tmp_path: Path) -> None:
    lines = marked_lines(MAP_PAGE)
    assert lines["Map of confirmed and probable fever cases by district, as of May 4, 2025."]
    assert lines["Image credits: Health Ministry"]
    assert not lines["Samples sent to the capital confirmed the cause on Wednesday, the agency said in a statement."]
    headline = load_sources(tmp_path, a=MAP_PAGE).sources[0].headline
    assert headline.startswith("The health agency has sent a team")


FIGURE_PAGE = """Fever outbreak in Norra: what we know
On 1 May 2025 the agency received an alert about suspected cases of the fever in Norra province.
As of 4 May 2025, a total of 20 suspected cases, including nine deaths, had been reported from three districts.
{figure}
The fever is a severe disease spread by close contact with the blood of infected people or animals.
"""


@pytest.mark.parametrize("figure", [
    "Figure 1. Map of confirmed and probable fever cases by district, as of 4 May 2025",
    "Fig. 2: Weekly suspected cases of the fever in Norra province by date of onset, 2025",
    "Table 1. Suspected cases and deaths of the fever by district and by age group, Norra province, May 2025",
])
def test_a_numbered_figure_caption_is_furniture(figure: str) -> None:
    assert marked_lines(FIGURE_PAGE.format(figure=figure))[figure]


@pytest.mark.parametrize("line", [
    "Figure skating was cancelled in Norra on Monday after 20 suspected cases of the fever were reported there.",
    "Table tennis players from the province were told to stay home until the agency had confirmed the cause.",
])
def test_a_sentence_opening_with_such_a_word_stays_story(line: str) -> None:
    assert not marked_lines(FIGURE_PAGE.format(figure=line))[line]


AUTHOR_PAGE = """{line}

Ana Ferrer won her third Tour of Veloria on Sunday, following a last stage in Bren won by Luca Moretti.

The Team Norte leader finished the race in the leader's jersey for the second year in a row.
"""


@pytest.mark.parametrize("line", [
    "date 2025-05-05 Published by Marta Ruiz 5 de mayo, 2025",
    "Published by Marta Ruiz 5 de mayo, 2025",
    "Published by Marta Ruiz Dupont 5 mai 2025",
])
def test_an_author_line_with_another_languages_date_is_furniture(tmp_path: Path, line: str) -> None:
    text = AUTHOR_PAGE.format(line=line)
    assert marked_lines(text)[line]
    source = load_sources(tmp_path, a=text).sources[0]
    assert source.headline.startswith("Ana Ferrer won her third Tour")


def test_the_stamp_before_such_an_author_line_still_dates_the_page(tmp_path: Path) -> None:
    text = AUTHOR_PAGE.format(line="date 2025-05-05 Published by Marta Ruiz 5 de mayo, 2025")
    source = load_sources(tmp_path, a=text).sources[0]
    assert source.published is not None and source.published.iso == "2025-05-05"


def test_a_sentence_about_a_publisher_stays_story() -> None:
    line = "Published by the ministry on 5 May 2025, the report said the race had cost the province less than planned."
    assert not marked_lines(AUTHOR_PAGE.format(line=line))[line]


CREDITED = ("Veloran rider Ana Ferrer wearing the overall leader's jersey up the cobbled Rue Alta on the hill above "
            "Bren during the ninth and final stage of the twelfth edition of the Tour of Veloria cycling race. "
            "Picture: Getty")


def test_a_caption_of_what_a_rider_is_wearing_run_onto_its_credit_is_furniture_whole() -> None:
    text = f"Ferrer takes the Tour\n\n{BODY}{CREDITED}\n{BODY}"
    assert marked_lines(text)[CREDITED]


def test_a_story_sentence_about_what_someone_wore_stays_story() -> None:
    line = ("Ferrer, wearing the leader's jersey for the twelfth day in a row, attacked on the last climb to Bren "
            "and won the stage alone by nineteen seconds.")
    assert not marked_lines(f"Ferrer takes the Tour\n\n{BODY}{line}\n{BODY}")[line]


STAMPED_PAGE = """https://paper.example/sports/story/2025-05-04/tour
date 2025-05-04 {first}

Ana Ferrer won her third Tour of Veloria by a wide margin after Sunday’s last stage, which she tried to win although she did not need to.

The 29-year-old Spanish rider also won the race in 2022 and 2023.
"""
STAMPED_CAPTION = "Spain’s Ana Ferrer kisses her partner Leo Brun after winning the Tour of Veloria Sunday in Bren."


def test_a_caption_after_the_scrapes_date_stamp_is_furniture_and_no_headline(tmp_path: Path) -> None:
    text = STAMPED_PAGE.format(first=STAMPED_CAPTION)
    assert marked_lines(text)[f"date 2025-05-04 {STAMPED_CAPTION}"]
    source = load_sources(tmp_path, a=text).sources[0]
    assert source.headline.startswith("Ana Ferrer won her third Tour of Veloria")
    assert source.published is not None and source.published.iso == "2025-05-04"


@pytest.mark.parametrize("first", [
    "Ana Ferrer won her third Tour of Veloria on Sunday after a last stage held in heavy rain in Bren.",
    "Ferrer celebrates her third Tour of Veloria win on the cobbles of Bren",
    "Ferrer says she is speechless after winning her third Tour of Veloria in the rain in Bren.",
])
def test_a_first_line_of_story_or_a_headline_after_the_stamp_stays(tmp_path: Path, first: str) -> None:
    text = STAMPED_PAGE.format(first=first)
    assert not marked_lines(text)[f"date 2025-05-04 {first}"]
    assert load_sources(tmp_path, a=text).sources[0].headline.startswith(first[:30])


# `briefing check --data DIR` on a folder of articles that also holds its own sides.toml (read from there) and the
# dev set's labels.toml said "ignored: sources must be .txt files" for each, as a problem (exit 1), while it read
# sides.toml: nothing a maintainer could do about it. A file no one reads is still reported.
def test_a_flat_folders_own_toml_files_are_not_reported_as_ignored_sources(tmp_path: Path) -> None:
    from briefing.load import load_briefing

    (tmp_path / "a.txt").write_text("Ferrer wins the Tour\n\nAna Ferrer won the Tour of Veloria on Sunday, the "
                                    "organisers said in Bren.\n", encoding="utf-8")
    (tmp_path / "labels.toml").write_text("version = 1\n", encoding="utf-8")
    (tmp_path / "issues.toml").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("what I noticed\n", encoding="utf-8")
    problems = [(p.file, p.message) for p in load_briefing(tmp_path, use_cache=False).problems]
    ignored = {file for file, message in problems if "must be .txt" in message}
    assert ignored == {"notes.md"}


# check said of a page with no date line but a full day in its text: "prints no dateline, byline or date line: …
# (automatic: no date in the text; written on or after <day>, the latest day it prints in full ('4 May 2025') …)":
# "no date in the text" beside the day it prints. The note now reads without that opening.
def test_check_does_not_say_no_date_in_the_text_beside_the_day_it_prints(tmp_path: Path) -> None:
    from briefing.report import unestablished

    page = ("Fever outbreak declared in Norra\n\nThe health ministry declared an outbreak of the fever in Norra "
            "province on 4 May 2025 after 20 suspected cases were reported.\n\nA team of experts has been sent to "
            "the province, the ministry said.\n")
    details = [w.message for w in unestablished(load_sources(tmp_path, a=page)) if w.kind == "undated source"]
    assert len(details) == 1
    assert "no date in the text" not in details[0]
    assert "4 May 2025" in details[0]


# A blog's "key facts" list: its one bullet short enough to be tried against the line rules ("• Virus type:
# Confirmed …, the most … species.") was a navigation menu, and only that fact of the list was hidden. A bullet
# that is a sentence of six words or more is story; a menu's bullets stay furniture.
KEY_FACTS = """Fever outbreak in Norra: what you need to know

Current situation (key facts)

  • Index case: A 30-year-old farmer who presented with fever and died in late April 2025 in a district hospital.
  • Virus type: Confirmed Norra fever virus (NFV), the most severe strain.
  • Health workers affected: Two nurses are among the suspected cases, raising concern about infection control.

What authorities are doing
"""


def test_a_bullet_that_is_a_sentence_is_story() -> None:
    lines = marked_lines(KEY_FACTS)
    assert not lines["• Virus type: Confirmed Norra fever virus (NFV), the most severe strain."]


def test_a_menus_bullets_stay_furniture() -> None:
    text = "• World\n• Politics\n• Health and science\n\nFever spreads in Norra\n\n" + KEY_FACTS
    lines = marked_lines(text)
    assert lines["• World"] and lines["• Politics"] and lines["• Health and science"]


# check on a folder where no page prints a year said of a wire dateline without one ("BREN, May 4 (Reuters)"):
# "no year in the text, and the folder's dated sources are not of one year" — there were no dated sources.
def test_a_yearless_dateline_in_a_folder_printing_no_year_is_not_said_to_meet_several_years(tmp_path: Path) -> None:
    from briefing.report import unestablished

    wire = ("Ferrer wins the Tour of Veloria\n\nBREN, Veloria, May 4 (Reuters) - Ana Ferrer won the Tour of Veloria "
            "on Sunday, her third win, the organisers said.\n")
    other = "Ferrer takes third title\n\nAna Ferrer won her third Tour of Veloria on Sunday in Bren.\n"
    details = [w.message for w in unestablished(load_sources(tmp_path, a=wire, b=other))
               if w.kind == "undated source" and "BREN" in w.message]
    assert len(details) == 1
    assert "not of one year" not in details[0] and "no page of the folder prints a year" in details[0]


# An aggregator's copy of another paper's page (seen on the held-out set after its one run, then written here):
# its app prompt was the page's headline, the paper's name printed twice was next in line, and a caption printed
# again with a sentence more and its photographer's credit was story but for the credit.
AGGREGATED = """https://reader.example/news/ferrer-third-tour
Get the news in one place.
500+ of premium publications.
One app.
Open in app
The Daily Example - UK
The Daily Example - UK
Sport
Jo Roe in Bren

Ferrer takes a third Tour of Veloria in the rain, organisers say

Fans line the cobbles of Rue Alta in Bren
Fans line the cobbles of Rue Alta in Bren. The last stage was run in heavy rain on Sunday. Photograph: Ann Doe/Example Pictures

Ana Ferrer won her third Tour of Veloria on Sunday after a last stage that organisers had neutralised because of the rain.

The 29-year-old Spanish rider finished four minutes ahead of her closest rival, the organisers said.
"""


def test_an_aggregators_app_prompt_and_the_papers_name_are_no_headline(tmp_path: Path) -> None:
    lines = marked_lines(AGGREGATED)
    assert all(lines[line] for line in ("Get the news in one place.", "500+ of premium publications.", "One app.",
                                        "Open in app"))
    headline = load_sources(tmp_path, a=AGGREGATED).sources[0].headline
    assert headline == "Ferrer takes a third Tour of Veloria in the rain, organisers say"


def test_a_caption_printed_again_with_a_sentence_more_and_its_credit_is_furniture() -> None:
    lines = marked_lines(AGGREGATED)
    assert lines["Fans line the cobbles of Rue Alta in Bren"]
    assert lines["Fans line the cobbles of Rue Alta in Bren. The last stage was run in heavy rain on Sunday. "
                 "Photograph: Ann Doe/Example Pictures"]
    assert not lines["The 29-year-old Spanish rider finished four minutes ahead of her closest rival, the "
                     "organisers said."]


def test_a_short_headline_printed_once_is_still_the_headline(tmp_path: Path) -> None:
    page = "Ferrer wins in Bren\n\nAna Ferrer won her third Tour of Veloria on Sunday, the organisers said.\n"
    assert load_sources(tmp_path, a=page).sources[0].headline == "Ferrer wins in Bren"
