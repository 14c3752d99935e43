"""Site furniture on stories the rules were not written on (issue 10, 7 December, eleventh session, people16): a
caption's one sentence before a bare credit ("… at the quay. Photo / Getty Images": the whole line, not the
credit alone; a person named only there was made a person); a picture desk's "Photo/Illustration" label and a
"(… file photos)" credit; the lead picture's caption right under the outlet's name ("X speaks at …", an event
cited it); a run-in section label in title case before a short paragraph; a page's leftover style rules and
template placeholders; notes to readers inside a paragraph ("Editor's note: …", "This story will be
updated …"), a video prompt, and a copyright line glued to the last paragraph. The pages are invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines

HEADLINE = "Island council passes the new harbour budget after a long night of debate"
LEAD = ("HARBOURTOWN - In a late vote on Tuesday, the island council approved the new harbour budget after a long "
        "debate, and the mayor said the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."
STORY3 = ("Opposition members said the cost of the works had been hidden from voters until the last week of the "
          "campaign, and asked for an inquiry.")


def _part_marked(page: str, fragment: str) -> bool:
    at = page.index(fragment)
    return any(r.start <= at and at + len(fragment) <= r.end for r in find_regions(page))


def test_a_captions_one_sentence_before_a_bare_credit_is_furniture_whole() -> None:
    caption = ("Harbour master Jo Roe greets fishermen and talks to reporters after he cast his vote on the new "
               "budget at the old quay. Photo / Getty Images")
    marked = marked_lines("\n\n".join([HEADLINE, LEAD, caption, STORY2, STORY3]) + "\n")
    assert marked[caption] and not marked[LEAD] and not marked[STORY2]


def test_a_photo_illustration_label_and_a_file_photos_credit_are_captions() -> None:
    label = "Photo/Illustration From left: Jo Roe, Ann Doe and Lee Poe, candidates for mayor"
    credited = "Jo Roe, Ann Doe and Lee Poe, candidates for mayor (Harbour Shimbun file photos)"
    marked = marked_lines("\n\n".join([HEADLINE, label, LEAD, credited, STORY2, STORY3]) + "\n")
    assert marked[label] and marked[credited] and not marked[LEAD]


def test_the_lead_pictures_caption_under_the_outlets_name_is_furniture() -> None:
    caption = "Mayor Jo Roe speaks at a press conference at the town hall on Tuesday evening."
    marked = marked_lines("\n".join([HEADLINE, "", "The Harbour Shimbun", caption, "", LEAD, "", STORY2]) + "\n")
    assert marked[caption] and not marked[LEAD]


def test_a_run_in_label_in_title_case_before_a_short_paragraph_is_furniture() -> None:
    label = "Forced to Resign"
    marked = marked_lines("\n".join([HEADLINE, LEAD, label, "Two smaller parties won seats too.", STORY3]) + "\n")
    assert marked[label] and not marked["Two smaller parties won seats too."]


def test_style_rules_and_template_placeholders_are_page_code() -> None:
    style = ".most-read .tile-ratio{ padding-bottom: 56.25%; } @media (min-width: 640px) { .title { font-size: 13px; } }"
    placeholder = "{{ teaser_block_42.title }}"
    marked = marked_lines("\n\n".join([HEADLINE, LEAD, STORY2, style, placeholder]) + "\n")
    assert marked[style] and marked[placeholder] and not marked[STORY2]


def test_notes_to_readers_a_video_prompt_and_a_glued_copyright_are_furniture_the_story_is_not() -> None:
    note = "Editor's note: An earlier version of this story gave the wrong number of piers."
    update = "This story will be updated as more information becomes available."
    video = "Watch the mayor's speech in the video."
    copyright_line = "Copyright (c) 2025 Harbour News. All Rights Reserved"
    last = "The mayor thanked the council, officials said."
    page = "\n\n".join([HEADLINE, LEAD, STORY2 + " " + note + " The council meets again on Friday.", video,
                        STORY3 + " " + update, last + copyright_line]) + "\n"
    for fragment in (note, update, video, copyright_line):
        assert _part_marked(page, fragment), fragment
    for fragment in (STORY2, "The council meets again on Friday.", STORY3, last):
        assert not any(r.start < page.index(fragment) + len(fragment) and page.index(fragment) < r.end
                       for r in find_regions(page)), fragment
