"""Insets between a story's paragraphs that were read as story (issue 10, 7 December, twelfth session,
furniture22): a picture's caption in the present tense with no credit, an embedded post's text above its
signature line, a video card's title above its caption, a display quotation with no quotation marks above a
"Name, post" line, a picture's markup. Each with a line of story that looks like it and stays story. The pages
are invented."""

from __future__ import annotations

import pytest

from briefing.load.extract.boilerplate import citable_pieces, find_regions
from tests.helpers import marked_lines

HEADLINE = "Harbour strike leaves the port of Varna idle for a third day"
LEAD = ("Dock workers in the Bulgarian port of Varna stayed off the job on Wednesday for a third day, their union "
        "said, after talks on new contracts broke down.")
STORY2 = ("The union's leader, Petar Hristov, said talks with the port authority had collapsed on Tuesday evening "
          "and that no new meeting was planned.")
STORY3 = "The transport ministry said it would put a new offer to both sides on Thursday, a spokeswoman told reporters."


def _page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def _uncitable(page: str, line: str) -> bool:
    at = page.index(line)
    return not any(a <= at < b for a, b in citable_pieces(page, find_regions(page)))


def test_a_present_tense_caption_between_paragraphs_is_furniture_no_claim_can_cite() -> None:
    caption = "Rescue workers search the rubble of the warehouse in the city centre."
    page = _page(HEADLINE, LEAD, caption, STORY2, STORY3)
    marked = marked_lines(page)
    assert marked[caption] and _uncitable(page, caption)
    assert not marked[LEAD] and not marked[STORY2] and not marked[STORY3]


@pytest.mark.parametrize("prose", [
    "Rescue workers searched the rubble of the warehouse in the city centre.",
    "Rescue workers search the rubble of the warehouse in the city centre every night, the mayor said.",
    "Dock workers stand firm on their demands at the port, and the talks are stalled.",
    "The union stands by its demands for a new contract and a shorter working week.",
])
def test_story_lines_that_look_like_a_caption_stay_story(prose: str) -> None:
    assert not marked_lines(_page(HEADLINE, LEAD, prose, STORY2, STORY3))[prose]


def test_an_embedded_posts_text_above_its_signature_is_furniture() -> None:
    post = "We will not go back until the contracts are signed. The port can wait; our families cannot."
    signature = "— Petar Hristov (@phristov) March 3, 2025"
    page = _page(HEADLINE, LEAD, post, signature, STORY2, STORY3)
    marked = marked_lines(page)
    assert marked[post] and marked[signature] and _uncitable(page, post)
    assert not marked[LEAD] and not marked[STORY2]


def test_a_paragraph_of_story_above_a_signature_whose_post_was_dropped_stays_story() -> None:
    signature = "— Petar Hristov (@phristov) March 3, 2025"
    marked = marked_lines(_page(HEADLINE, LEAD, STORY2, signature, STORY3))
    assert marked[signature] and not marked[STORY2]


def test_a_video_cards_title_and_its_caption_are_furniture() -> None:
    title = "Port video: cranes stand still in Varna"
    caption = "Cranes stand idle at the container terminal in Varna as the strike goes on."
    marked = marked_lines(_page(HEADLINE, LEAD, title, caption, STORY2, STORY3))
    assert marked[title] and marked[caption] and not marked[STORY2]


def test_a_display_quotation_without_marks_above_its_name_and_post_is_furniture() -> None:
    pull = "Our first duty is to the families of the dock workers who have gone unpaid."
    credit = "Petar Hristov, leader of the dockers' union"
    page = _page(HEADLINE, LEAD, pull, credit, STORY2, STORY3)
    marked = marked_lines(page)
    assert marked[pull] and marked[credit] and _uncitable(page, pull)
    quoted = "“Our first duty is to the families,” Hristov said at the gates on Wednesday."
    assert not marked_lines(_page(HEADLINE, LEAD, quoted, credit, STORY2, STORY3))[quoted]


def test_a_pictures_markup_is_furniture() -> None:
    tag = '<image>harbour-strike.jpg alt="Cranes at the port of Varna"</image>'
    marked = marked_lines(_page(HEADLINE, tag, LEAD, STORY2))
    assert marked[tag] and not marked[LEAD]


def test_a_sponsor_line_printed_three_times_is_furniture_every_time_even_at_the_top() -> None:
    slot = "The Varna Courier thanks its partners. Join them today."
    page = _page(slot, LEAD, slot, STORY2, slot, STORY3)
    marked = marked_lines(page)
    assert marked[slot] and _uncitable(page, slot)
    assert not marked[LEAD] and not marked[STORY2] and not marked[STORY3]


def test_a_headline_printed_three_times_keeps_its_first_copy() -> None:
    page = _page(HEADLINE, HEADLINE, HEADLINE, LEAD, STORY2)
    assert _uncitable(page, LEAD) is False
    assert page.index(HEADLINE) == 0 and not _uncitable(page, HEADLINE)


def test_a_templates_placeholder_names_run_together_are_furniture() -> None:
    placeholders = "slot_imgslot_imgslot_img"
    marked = marked_lines(_page(placeholders, HEADLINE, LEAD, STORY2))
    assert marked[placeholders] and not marked[LEAD]
