"""Event and publication dates from the "events9" helper's blind sets of the ninth session (a missile strike on a
city, a town retaken, a truce on energy strikes disputed), on articles written for these tests: the prose and every
quotation are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load.extract.metadata import extract_metadata
from helpers import dated_titles, load_sources




_HEAD = "Envoys weigh a pause in the fighting\n\nBy Jane Roe\nMarch 13, 2025\n\n"


def test_a_things_day_after_its_noun_in_a_phrase_does_not_date_the_sentence(tmp_path: Path) -> None:
    """A sentence telling of a visit that ends on "… the war <participle> by <X>'s invasion on <a day of 2022>"
    was an event of 2022 titled with the visit; "… ahead of the vote on Friday" dated the warning with the
    vote's day. The day after a noun that a preposition governs is the thing's, the sentence's verb elsewhere.
    When the noun is the sentence's own event word ("After talks on Sunday, …"), its day stays."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "Vladimir Putin's visit to the front line came as Donald Trump pressed for a quick settlement of the "
        "conflict triggered by Russia's invasion on Feb. 24, 2022.\n\n"
        "Keir Starmer warned lawmakers ahead of the vote on Friday that the budget for the navy was too thin.\n\n"
        "After talks on Sunday, Marco Rubio and Andrii Sybiha said the two teams would meet again soon.\n"))
    dated = dated_titles(briefing)
    assert not any(iso.startswith("2022") for iso, _ in dated), dated
    assert not any(title.startswith("Keir Starmer") for _, title in dated), dated
    assert ("2025-03-09", "After talks on") in dated


def test_the_day_an_infinitive_of_purpose_names_does_not_date_the_act(tmp_path: Path) -> None:
    """"X declared a pause … to mark Orthodox Easter on April 20" (written a week later) was an event of April 20:
    the day marked, not the day of the declaring."""
    briefing = load_sources(tmp_path, a=(
        "Envoys weigh a pause in the fighting\n\nBy Jane Roe\nApril 28, 2025\n\n"
        "Vladimir Putin declared a pause in the shelling to mark Orthodox Easter on April 20.\n"))
    assert dated_titles(briefing) == []


def test_a_year_in_a_phrase_of_time_with_an_article_and_an_agent_dates_that_thing(tmp_path: Path) -> None:
    """"The fighting escalated following a surprise raid by Ukrainian units in August 2024, …" was an event of
    August 2024 (its verb an adjective, "seized land"): the phrase of time names the raid; the escalation is not of
    that month. "Because of Russia's invasion in February 2022" was read so already; "a … by …" was not."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "The fighting escalated following a surprise raid by Ukrainian units in August 2024, as Volodymyr Zelensky "
        "hoped to trade the captured land in talks.\n"))
    assert dated_titles(briefing) == []


def test_a_day_that_names_a_possessed_thing_gives_way_to_the_verbs_own_day(tmp_path: Path) -> None:
    """A lifting "on Tuesday" of a suspension named "its <month-day> suspension" was dated by the suspension's day:
    a date between a possessive and its noun is the noun's; the lifting is Tuesday's."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "The United States on Tuesday ended its March 3 freeze on weapons deliveries after Marco Rubio "
        "held talks with Andrii Sybiha in Jeddah.\n"))
    assert dated_titles(briefing) == [("2025-03-11", "The United States")]


def test_a_date_given_as_the_value_of_a_date_word_dates_no_event(tmp_path: Path) -> None:
    """A statement that another side lied about a truce's "start date … being <a day>" was an event of that day:
    the day someone named, not the day of what the sentence tells."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "Volodymyr Zelensky stated in his nightly video that the Kremlin was misleading everyone about the claimed "
        "start date of the pause on power plants being 8 March.\n\n"
        "Dmitry Peskov said the deadline for the reply was 20 March.\n"))
    assert dated_titles(briefing) == []


def test_a_date_inside_a_quotation_begun_in_an_earlier_sentence_dates_nothing(tmp_path: Path) -> None:
    """A quotation of two sentences split at its "...": the second opens inside the quotation, with no mark
    before its date, and '… Palm Sunday," Zelensky wrote' was an event of that Sunday (the quote's words, not the
    day of the writing)."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "\"Their rockets fell on a quiet square, on a bakery, on a tram stop... And they chose the morning of "
        "Sunday, March 9,\" Volodymyr Zelensky wrote on Telegram.\n"))
    assert dated_titles(briefing) == []


def test_a_statement_on_a_day_and_a_town_taken_are_events(tmp_path: Path) -> None:
    """Recall: "X on 6 March stated that …" (a statement's verb), "troops took control of …", "detained",
    "sentenced", "closed its embassy"."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "Rustem Umerov on 6 March stated that Ukraine was ready for a truce at sea.\n\n"
        "On 12 March, Russian troops took control of the town.\n\n"
        "Ukrainian police detained two men on Tuesday who had tried to sell drone parts.\n\n"
        "In 2019, a court in Moscow sentenced a critic of Vladimir Putin to six years.\n\n"
        "The United States closed its consulate in Vladivostok in August 2020.\n"))
    assert dated_titles(briefing) == [("2019", "In 2019, a"), ("2020-08", "The United States"),
                                ("2025-03-06", "Rustem Umerov on"), ("2025-03-11", "Ukrainian police detained"),
                                ("2025-03-12", "On 12 March,")]


def test_a_day_first_date_with_dots_in_the_text_is_read(tmp_path: Path) -> None:
    """"(23.02.2025)" was no date at all: a day-first date with dots and its year dates its sentence."""
    briefing = load_sources(tmp_path, a=_HEAD + (
        "Olaf Scholz met Emmanuel Macron in Berlin (06.03.2025) to discuss the defence fund.\n"))
    assert dated_titles(briefing) == [("2025-03-06", "Olaf Scholz met")]


@pytest.mark.parametrize(("header", "iso"), [
    # An author line with the day the page was created, then an update and a site's "N days ago".
    ("By The Harbour Post | Created at 2025-04-02 08:15:09 | Updated at 2025-04-04 17:44:20 2 days ago",
     "2025-04-02"),
    # A day-first date with dashes and a time, alone on its line.
    ("18-02-2025 | 09:48", "2025-02-18"),
    # A header line with the date twice, numeric then in words, before the headline.
    ("02/18/2025 February 18, 2025 Envoys weigh a pause in the fighting", "2025-02-18"),
])
def test_header_dates_of_three_more_shapes(header: str, iso: str) -> None:
    text = f"{header}\n\nThe envoys met at the harbour on Tuesday and agreed to meet again soon, officials said.\n"
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == iso
    span = meta.published_evidence[0]
    assert text[span.start:span.end] == span.text


def test_an_agencys_dateline_between_slashes_dates_the_page() -> None:
    text = ("Truce voided if broken, Kremlin says\n"
            "MOSCOW, March 26. /TASS/. Any breach ends the pause, the Kremlin said.\n")
    meta = extract_metadata("a.txt", text, corpus_year=2025)
    assert meta.published is not None and meta.published.iso.endswith("03-26")


def test_a_pages_n_days_ago_after_its_stamp_dates_no_event(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, a=(
        "Envoys weigh a pause in the fighting\n\n"
        "By The Moscow Desk | Created at 2025-04-02 08:15:09 | Updated at 2025-04-04 17:44:20 2 days ago\n\n"
        "Sergei Lavrov on Wednesday accused Kyiv of breaking the pause on strikes.\n"))
    assert dated_titles(briefing) == [("2025-04-02", "Sergei Lavrov on")]
