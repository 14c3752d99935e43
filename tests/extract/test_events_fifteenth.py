"""Dated events on unseen text, eleventh session's events15 (issue 10): a quotation's future is not its telling's
("“… will …,” X told a news conference on Tuesday"), "a Friday deadline" is the deadline's day, a disaster or a
toll as the subject of its own act, rescues, a thing's verb after "reported" with no "that", a byline that ends
with its outlet's site. The articles are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import events_on, load_sources


def test_a_future_inside_the_quotation_does_not_move_the_telling_forward(tmp_path: Path) -> None:
    """Published on a Thursday: the Tuesday of the telling is two days back, not next week's."""
    text = ("Tower inquiry\nPublished 4 December 2025\n\n"
            "\u201cWe will find every cause of this,\u201d Donald Trump told a news conference on Tuesday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert len(events_on(briefing, "2025-12-02")) == 1
    assert not events_on(briefing, "2025-12-09")


def test_a_weekday_that_names_a_things_day_dates_no_act(tmp_path: Path) -> None:
    text = ("Court pauses order\nPublished 12 June 2025\n\n"
            "Donald Trump postponed a Friday deadline that the governor had asked for.\n\n"
            "Donald Trump postponed the hearing on Friday, his lawyers confirmed.\n")
    briefing = load_sources(tmp_path, a=text)
    postponed = events_on(briefing, "2025-06-06")
    assert len(postponed) == 1 and "hearing" in postponed[0].title


@pytest.mark.parametrize(("sentence", "iso"), [
    ("The 6.8-magnitude earthquake struck at midday on Friday near the river port.", "2025-03-28"),
    ("The death toll rose to 1,250 on Wednesday, with hundreds more hurt, state radio reported.", "2025-04-02"),
    ("A fisherman was pulled free on Wednesday from the wreck of his boat.", "2025-04-02"),
    ("Rescue crews pulled two miners from a flooded shaft on Tuesday.", "2025-04-01"),
    ("The fire service reported a blaze broke out in a warehouse on March 30, forcing dozens to flee.", "2025-03-30"),
])
def test_a_disaster_a_toll_or_a_rescue_on_a_day_is_an_event(tmp_path: Path, sentence: str, iso: str) -> None:
    text = f"Valley disaster\nPublished 2 April 2025\n\nRelief convoys reached the valley town.\n\n{sentence}\n"
    found = events_on(load_sources(tmp_path, a=text), iso)
    assert len(found) == 1 and found[0].actors == ()


def test_a_forecast_or_a_report_day_is_no_disasters_day(tmp_path: Path) -> None:
    text = ("Valley disaster\nPublished 2 April 2025\n\n"
            "The quake struck the valley, the geological survey said on Tuesday.\n\n"
            "The death toll is expected to rise on Friday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert not events_on(briefing, "2025-04-01") and not events_on(briefing, "2025-04-04")


def test_a_byline_ending_with_the_outlets_site_dates_the_page(tmp_path: Path) -> None:
    text = ("Court pauses order\n\nby JANE ROE June 12, 2025 (HarbourNews.org)\n\n"
            "Donald Trump postponed the hearing on Tuesday.\n")
    briefing = load_sources(tmp_path, a=text)
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == "2025-06-12"
    assert events_on(briefing, "2025-06-10")


def test_another_persons_act_on_the_same_day_is_not_merged_into_the_first(tmp_path: Path) -> None:
    """Two sources name the same two people on one day, but the second tells a third person's act about theirs:
    two events, each with its own evidence (it was one event whose title was the signing)."""
    signing = ("Paris accord\nPublished 3 March 2025\n\n"
               "Emmanuel Macron and Volodymyr Zelensky signed a security pact in Paris on Monday.\n")
    welcome = ("Reaction in London\nPublished 3 March 2025\n\n"
               "Keir Starmer welcomed on Monday the security pact that Emmanuel Macron and Volodymyr Zelensky signed "
               "in Paris.\n")
    monday = events_on(load_sources(tmp_path, a=signing, b=welcome), "2025-03-03")
    assert len(monday) == 2 and all(len(e.evidence) == 1 for e in monday)
