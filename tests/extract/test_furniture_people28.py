"""people28 (issue 10, fourteenth session): a page's news ticker, an update line run on from its date line,
a topic-led link between paragraphs (boilerplate_ticker.py) and an unfold button glued to a paragraph
(boilerplate_parts.py).

Every page here is invented for these tests; no line was copied from an article.
"""

from __future__ import annotations

import pytest

from tests.helpers import furniture_covers, furniture_touches

_FIRST = "The harbour board in Tromsø voted on Monday to delay the ferry contract until the spring, members said.\n"
_SECOND = "Two members walked out before the count, saying the tender had favoured a single shipyard over others.\n"


def test_a_ticker_of_dashed_headlines_is_furniture() -> None:
    ticker = ("Weather app gets a dark mode -\nStriker signs for a club in Lyon -\n"
              "Glacier museum reopens after the flood –\n")
    text = f"Latest\n{ticker}\nFerry contract delayed again\n\n{_FIRST}{_SECOND}"
    for line in ticker.splitlines():
        assert furniture_covers(text, line)
    assert not furniture_touches(text, _FIRST.strip())


def test_one_line_ending_with_a_dash_is_no_ticker() -> None:
    line = "The vote was close, and the chair said so plainly -"
    text = f"Ferry contract delayed again\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


def test_an_update_line_after_the_date_line_is_furniture_and_the_bits_under_it_join() -> None:
    head = "By\nLena Halvorsen\nPublished on\nMar 3 2025 at 9:12 a.m.\n; updated Mar 3 2025 at 9:40 a.m.\nMy feed\n"
    text = f"{head}{_FIRST}{_SECOND}"
    for line in ("; updated Mar 3 2025 at 9:40 a.m.", "My feed"):
        assert furniture_covers(text, line)


def test_a_topic_led_headline_between_paragraphs_is_furniture() -> None:
    # (main marked it only with a paragraph right under it, not above a section's short heading)
    link = "Shipping: Board pushes the ferry tender through with clause 12.4 intact"
    text = f"Ferry contract delayed again\n\n{_FIRST}{link}\n“Not this winter”\n{_SECOND}"
    assert furniture_covers(text, link)
    assert not furniture_touches(text, _SECOND.strip())


@pytest.mark.parametrize("line", [
    "Shipping: the board said the tender would reopen in April.",  # a sentence: it ends with a full stop
    "Warning: “We cannot wait another winter for this boat”",  # a quotation
])
def test_a_labelled_sentence_or_short_note_stays_story(line: str) -> None:
    text = f"Ferry contract delayed again\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


@pytest.mark.parametrize("button", ["Show more", "Read more", "See more"])
def test_an_unfold_button_glued_to_a_paragraph_is_furniture_alone(button: str) -> None:
    paragraph = "The mayor refused to sign the ferry deal before the audit office had read every page of the bid."
    text = f"Ferry contract delayed again\n\n{_FIRST}{paragraph} {button}\n{_SECOND}"
    assert furniture_covers(text, button)
    assert not furniture_touches(text, paragraph)


def test_more_at_a_sentence_end_stays_story() -> None:
    line = "The board will ask the ministry for more."
    text = f"Ferry contract delayed again\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


# Held-out classes (found after the held-out set was measured; invented pages).
_GAPPED = ("Ferry contract delayed again\n\n" + _FIRST + "\n" + _SECOND + "\n")


def test_a_block_of_other_posts_headlines_mid_page_is_furniture() -> None:
    # Main read the list as story: a quote in it was cited and the names in it became people.
    block = ("A “long” night at the quay - Pia Lund\nWho owns the old ferry?\n"
             "'We will not sail' says Ola Brekke after the vote\nHarbour board says the count was fair\n")
    text = f"{_GAPPED}\n{block}\nThe board meets again on Friday to hear the shipyards and the unions in turn.\n"
    for line in block.splitlines():
        assert furniture_covers(text, line)


def test_a_story_without_blank_lines_keeps_its_short_lines() -> None:
    lines = "Ferry contract delayed again\nBoard splits on the vote\nTwo members walk out\nUnions wait for a date\n"
    text = f"{lines}{_FIRST}{_SECOND}"
    assert not furniture_touches(text, "Two members walk out")


def test_a_correspondents_video_card_is_furniture() -> None:
    card = ("Night at the quay\nOur port editor Jo Vik reports from the harbour as hundreds wait for the last "
            "ferry to leave.\n")
    text = f"{_FIRST}{card}{_SECOND}"
    for line in card.splitlines():
        assert furniture_covers(text, line)


@pytest.mark.parametrize("line", [
    "Read here for the full text of the harbour board's ruling.",
    "Be sure to check out our guide to the new ferry timetable here.",
])
def test_links_on_their_own_lines_are_furniture(line: str) -> None:
    text = f"Ferry contract delayed again\n\n{_FIRST}{line}\n{_SECOND}"
    assert furniture_covers(text, line)


def test_a_gallerys_title_and_its_line_are_furniture() -> None:
    gallery = "The week in pictures\nA long week at the quay, in pictures.\n"
    text = f"Ferry contract delayed again\n\n{_FIRST}{gallery}{_SECOND}"
    for line in gallery.splitlines():
        assert furniture_covers(text, line)


def test_an_outlets_credit_under_the_headline_is_furniture() -> None:
    text = f"Ferry contract delayed again\nNRK / Ola Brekke\n{_FIRST}{_SECOND}"
    assert furniture_covers(text, "NRK / Ola Brekke")


def test_a_live_pages_notice_run_on_is_furniture_alone() -> None:
    lead = "Hundreds wait at the quay for the last ferry of the season."
    text = f"{lead} Follow this blog for live coverage and reaction.\n{_FIRST}{_SECOND}"
    assert furniture_covers(text, "Follow this blog for live coverage and reaction.")
    assert not furniture_touches(text, lead)


@pytest.mark.parametrize("line", [
    "The board read the ruling here for the first time on Monday, members said.",
    "Pictures of the empty quay spread online after the vote was taken on Monday.",
])
def test_sentences_about_reading_and_pictures_stay_story(line: str) -> None:
    text = f"Ferry contract delayed again\n\n{_FIRST}{line}\n{_SECOND}"
    assert not furniture_touches(text, line)


def test_a_headline_block_at_the_pages_head_is_no_link_block() -> None:
    head = "Ferry contract delayed again\nDockers wait at the quay\nBoard to vote again in spring\n"
    text = f"{head}\n{_FIRST}\n{_SECOND}\nThe unions will meet on Friday.\n"
    assert not furniture_touches(text, "Ferry contract delayed again")
