"""Site furniture on stories the rules were not written on (issue 10, 7 December, eleventh session, people15):
a page's summary run into the first words of its lead, above the summary and the lead themselves (the copy; an
event cited it); an author line with the desk that helped ("by X, with reporting from …"); a site's tag leading
the first paragraph ("(Example News) – The …"); a paywall's note ("This article is freely available.") and a
numbered picture's label ("Illustration 1"); from the held-out set, a caption ending with its photographers and
agency in brackets ("… (Jo Roe, Ann Doe/The Example Press)", an event cited it) and a picture desk's caption
("CITY, COUNTRY - APRIL 28: …"). The pages are invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines

HEADLINE = "Island council passes the new harbour budget after a long night of debate"
SUMMARY = "Ferry fares frozen, second pier funded, and fishermen promised a say on the works"
LEAD = ("HARBOURTOWN - In a late vote on Tuesday, the island council approved the new harbour budget after a long "
        "debate, and the mayor said the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."


def test_a_summary_run_into_the_lead_is_a_copy() -> None:
    copy = SUMMARY + " " + LEAD[:70] + "&"
    marked = marked_lines("\n".join([HEADLINE, copy, SUMMARY, LEAD, "", STORY2]) + "\n")
    assert marked[copy]
    assert not marked[SUMMARY] and not marked[LEAD] and not marked[HEADLINE]


def test_an_author_line_with_its_reporting_desk_is_a_byline() -> None:
    byline = "by Jo Roe, with reporting from the Harbourtown D.C. desk"
    marked = marked_lines("\n".join([HEADLINE, "", byline, LEAD, STORY2]) + "\n")
    assert marked[byline] and not marked[LEAD]


def test_a_sites_tag_leading_the_story_is_furniture_and_the_story_is_not() -> None:
    tag = "(Harbour News) –"
    page = HEADLINE + "\n\n" + tag + " " + STORY2 + "\n"
    at = page.index(tag)
    covered = [r for r in find_regions(page) if r.start <= at and at + len(tag) <= r.end]
    assert covered and all(r.end <= at + len(tag) + 1 for r in covered)


def test_a_paywall_note_and_a_numbered_picture_label_are_furniture() -> None:
    lines = ["This article is freely available.", "Illustration 1"]
    marked = marked_lines("\n".join([HEADLINE, "", LEAD, "", lines[0], "", STORY2, "", lines[1], STORY2 + " Again."]))
    assert all(marked[line] for line in lines) and not marked[LEAD]


def test_a_caption_with_a_bracketed_credit_and_a_desk_caption_are_furniture() -> None:
    bracketed = ("Harbour master Jo Roe called the mayor a 'dreamer' on Tuesday, as the budget debate neared its "
                 "end. (Ann Doe, Lee Poe/The Harbour Press)")
    desk = ("HARBOURTOWN, ISLANDIA - APRIL 28: Fishermen wait at the pier for the council's vote on the new "
            "harbour budget.")
    marked = marked_lines("\n\n".join([HEADLINE, LEAD, bracketed, STORY2, desk, STORY2 + " Again."]) + "\n")
    assert marked[bracketed] and marked[desk]
    assert not marked[LEAD] and not marked[STORY2]
