"""furniture23 (issue 10): media chrome and credited captions read as story (boilerplate_chrome.py).

Every page here is invented for these tests; no line was copied from an article.
"""

from __future__ import annotations

import pytest

from briefing.load.extract.boilerplate import citable_pieces, find_regions
from briefing.load.extract.boilerplate_chrome import mark_chrome
from tests.helpers import furniture_covers, furniture_touches

_OPEN = "Lawmakers in Oslo argued for three hours over the new fishing quota on Tuesday, officials said.\n"
_CLOSE = "Opposition members said the plan ignored the northern fleets and would cost jobs along the coast.\n"


@pytest.mark.parametrize("line", [
    "Please use Firefox browser for a more accessible video player",
    "Hang on - we are checking permissions before loading more content",
])
def test_player_and_loader_notices_are_furniture(line: str) -> None:
    text = f"Quota row splits the coalition\n\n{_OPEN}{_CLOSE}{line}\n0:43 Minister defends the count\n{_CLOSE}"
    assert furniture_covers(text, line)


def test_a_sentence_about_browsers_stays_story() -> None:
    line = "The agency asked voters to update their browser before the online ballot opened, a spokesman said."
    text = f"Quota row splits the coalition\n\n{_OPEN}{line}\n{_CLOSE}"
    assert not furniture_touches(text, line)


def test_a_related_videos_list_is_furniture_with_its_untimed_ends() -> None:
    cards = ("Related videos\nQuota row reaches the chamber\n1:12 Fishermen rally outside parliament\n"
             "2:05 What the new quota means for towns\n0:58 Minister defends the count\n"
             "Coastal towns brace for a lean season\n")
    text = f"Quota row splits the coalition\n\n{_OPEN}{cards}{_CLOSE}"
    assert furniture_covers(text, cards.strip())
    assert not furniture_touches(text, _CLOSE.strip())


def test_a_lone_video_card_is_furniture_but_a_clock_time_is_not() -> None:
    card = "0:43 Minister says the count was ‘fair to all’"
    text = f"Quota row splits the coalition\n\n{_OPEN}{card}\n{_CLOSE}"
    assert furniture_covers(text, card)
    times = ["9:15 a.m. Delegations arrive at the harbour", "10:30 GMT Talks resume in the old town hall"]
    marks: list[tuple[str, str] | None] = [None, None]
    mark_chrome([(0, len(line), line) for line in times], marks)
    assert marks == [None, None]


def test_a_credit_in_brackets_alone_on_its_line_is_furniture() -> None:
    text = f"Quota row splits the coalition\n[Source: NORTH RADIO]\n\n{_OPEN}{_CLOSE}"
    assert furniture_covers(text, "[Source: NORTH RADIO]")


def test_a_caption_credited_after_a_dash_and_its_alt_text_are_furniture() -> None:
    text = ("Quota row splits the coalition\n\nTrawlers at the harbour in Bodo\n"
            "Trawlers wait at the harbour in Bodo as the quota talks drag on. -AP\n\n" + _OPEN + _CLOSE)
    assert furniture_covers(text, "Trawlers wait at the harbour in Bodo as the quota talks drag on. -AP")
    assert furniture_covers(text, "Trawlers at the harbour in Bodo")
    assert not furniture_touches(text, "Quota row splits the coalition")


def test_a_story_line_signed_by_its_agency_at_the_end_stays_story() -> None:
    last = "The talks will resume in Tromso next week, the ministry said. - AP"
    text = f"Quota row splits the coalition\n\n{_OPEN}{_CLOSE}{last}\n"
    assert not furniture_touches(text, "The talks will resume in Tromso next week")


@pytest.mark.parametrize("caption", [
    "Fishermen unload their catch at the harbour in Tromso on Monday. Photo: via AP",
    "Boats sit in the harbour at Bodo, Norway, on February 27, 2022 [Jane Roe/Agency]",
])
def test_a_caption_with_its_credit_at_the_page_head_is_furniture_and_cites_nothing(caption: str) -> None:
    text = f"Quota row splits the coalition\nListen to this story\n{caption}\n{_OPEN}{_CLOSE}"
    assert furniture_covers(text, caption)
    pieces = " ".join(text[a:b] for a, b in citable_pieces(text, find_regions(text)))
    assert "Tromso on Monday" not in pieces and "February 27, 2022" not in pieces


def test_a_long_dated_caption_above_its_credit_line_is_furniture() -> None:
    caption = ("Ana Berg, winner of the 2025 North Sea Song Prize, holds up the glass trophy she received for Norway "
               "with the song “Cold Harbour” during the final of the contest in Bergen, Norway, Saturday, May 3, "
               "2025.")
    text = f"\n{caption}\nJane Roe/AP\nhide caption\n{_OPEN}{_CLOSE}"
    assert furniture_covers(text, caption)


def test_a_byline_with_sections_glued_on_is_furniture_and_a_by_phrase_is_not() -> None:
    byline = "By Jane Roe Updated 3 hours ago World Europe Politics"
    text = f"Quota row splits the coalition\n{byline}\n{_OPEN}{_CLOSE}"
    assert furniture_covers(text, byline)
    story = "By Friday the coalition had agreed to meet again in Bergen after the count."
    text = f"Quota row splits the coalition\n\n{_OPEN}{story}\n{_CLOSE}"
    assert not furniture_touches(text, story)


def test_a_news_search_page_chrome_is_furniture() -> None:
    text = ("Norway’s quota deal survives the night\nDigest more\n20h on Herald\n" + _OPEN
            + "The coalition agreed the quota after a long night of talks in Oslo'North Quota'View on herald.no\n")
    assert furniture_covers(text, "Digest more") and furniture_covers(text, "20h on Herald")
    assert furniture_covers(text, "View on herald.no")
    assert not furniture_touches(text, "The coalition agreed the quota")


@pytest.mark.parametrize("line", [
    "Lorem ipsum dolor sit amet, quia non numquam eius modi tempora.",
    "By admin",
    "NORDWIRE03022025000012345678ID4455667788",
])
def test_template_filler_and_tracking_codes_are_furniture(line: str) -> None:
    text = f"Quota row splits the coalition\n\n{_OPEN}{_CLOSE}\n{line}\n"
    assert furniture_covers(text, line)


def test_a_post_run_onto_its_signature_is_furniture_but_a_reporting_line_above_is_not() -> None:
    post = ("Quota numbers look odd to me. Counted the boats twice and got a different total each time.\n\n"
            "Will ask the ministry. pic.twitter.com/abc123XYZ — Ola Nordmann (@olanord) March 4, 2025\n")
    text = f"Quota row splits the coalition\n\n{_OPEN}{post}{_CLOSE}"
    assert furniture_covers(text, "Quota numbers look odd to me.")
    assert furniture_covers(text, "Will ask the ministry.")
    reporting = "One skipper wrote on Tuesday that the figures made no sense:"
    text = f"Quota row splits the coalition\n\n{_OPEN}{reporting}\n{post.split(chr(10))[2]}\n{_CLOSE}"
    assert not furniture_touches(text, reporting)
