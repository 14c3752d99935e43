"""The lead's fixes from the nineteenth session's sets (tests on text written for them): a video player's
controls scraped as lines, and a browser notice, are furniture, never a headline or a sentence."""

from __future__ import annotations

from pathlib import Path

from helpers import furniture_covers, furniture_touches, load_sources

_PLAYER = """\
IE 11 is not supported. For the best experience visit our site on another browser.
Ministers agree to meet again in Geneva after a day of talks
Mute/Unmutem
Seek Forward
Keyboard Shortcuts
Press shift question mark for the keyboard shortcuts
Decrease Volume
0 of 3 minutes, 12 secondsVolume 0%
Play/PauseSPACE
03:12
Increase Volume
00:00

GENEVA — Ministers from both countries agreed on Tuesday to meet again in Geneva next month, officials said.

One official said the talks would seek forward movement on prisoner exchanges.
"""


def test_a_players_controls_and_a_browser_notice_are_furniture(tmp_path: Path) -> None:
    for line in ("IE 11 is not supported", "0 of 3 minutes, 12 secondsVolume 0%", "Keyboard Shortcuts",
                 "Play/PauseSPACE", "Increase Volume", "Seek Forward", "Mute/Unmutem", "00:00", "03:12",
                 "Press shift question mark"):
        assert furniture_covers(_PLAYER, line), line
    assert not furniture_touches(_PLAYER, "Ministers from both countries agreed")
    assert not furniture_touches(_PLAYER, "seek forward movement")
    (source,) = load_sources(tmp_path, a=_PLAYER).sources
    assert source.headline == "Ministers agree to meet again in Geneva after a day of talks"


_RELATED = """\
Ministers agree to meet again in Geneva

GENEVA — Ministers from both countries agreed on Tuesday to meet again in Geneva next month, officials said.

“We will come back with a text both sides can sign,” the host minister said. (RELATED: ‘Not Yet’: Why A Deal Keeps Slipping Away)

The talks ended without a joint statement.
"""


def test_a_related_link_in_brackets_at_a_paragraphs_end_is_furniture(tmp_path: Path) -> None:
    assert furniture_covers(_RELATED, "(RELATED: ‘Not Yet’: Why A Deal Keeps Slipping Away)")
    assert not furniture_touches(_RELATED, "the host minister said.")
    briefing = load_sources(tmp_path, a=_RELATED)
    assert not any("Not Yet" in q.span.text for q in briefing.quotes)  # a link's title is nobody's quote


_CARDS = """\
Minister to meet nurses' union in bid to avert walkout

The health minister is due to meet the nurses' union leaders this afternoon in a bid to avert a walkout next week.

The union said it was glad the minister had accepted its offer of talks and hoped for a constructive meeting.

Earlier this week the minister said there was little room to move on pay, and called the planned walkout a mistake.

Hospital parking charges scrapped in three regions

By Jo Roe 20 January 2026

Parking charges at hospitals in three regions will be scrapped from the spring, officials said.

New chief named for the ambulance service

By Ann Doe 16 January 2026

The ambulance service has named a new chief executive after a six-month search.
"""


def test_bylines_of_other_stories_cards_under_the_story_date_nothing(tmp_path: Path) -> None:
    """A list of other stories under the article (a headline, a byline with its date, a one-line teaser each):
    their dates are theirs; the page, which prints none of its own, stays undated (main: 20 January 2026)."""
    (source,) = load_sources(tmp_path, a=_CARDS).sources
    assert source.published is None


_COMPILED = _CARDS.replace(
    "Parking charges at hospitals in three regions will be scrapped from the spring, officials said.",
    " ".join(["Parking charges at hospitals in three regions will be scrapped from the spring, officials said."] * 8))


def test_a_second_article_with_a_body_under_its_byline_still_dates_its_part(tmp_path: Path) -> None:
    """A compilation's next article runs on for paragraphs under its byline: a part of the page, dated."""
    (source,) = load_sources(tmp_path, a=_COMPILED).sources
    assert source.published is not None and (source.published.year, source.published.month) == (2026, 1)
