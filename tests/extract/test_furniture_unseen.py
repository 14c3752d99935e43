"""Site furniture seen on stories the rules were not written on (issue 10, 5 December, fourth session): a share bar
run together, an alt text and a caption above a credit alone on its line, a caption ending "(AP Photo/Name)", a
caption's credit after a bar, a photographer and a press office, a date-led caption, a wire story's note to
editors, a "Featured" label, a weather widget, a date stamp before an "Updated …" line. The page is invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines

PAGE = """\
Featured
Envoys agree on a prisoner exchange after talks in Lisbon
FacebookXPinterestEmailEmailShare
Delegates arrive at the conference centre in Lisbon.
Delegates of both governments arrive at the conference centre in Lisbon, Portugal, Friday, June 6, 2025. (AP Photo/Jane Roe)
LISBON (AP) — The two governments agreed on Friday to exchange prisoners, officials said, after talks that lasted three days.
Two men shake hands in a bright room as officials look on.
Foreign Minister Tomas Vale, right, shakes hands with envoy Mara Quist at the palace in Lisbon on Friday.
(Foreign Ministry Press Office / AP)
The exchange is to take place within a week, and both sides said the lists of names were final.
Both delegations met the press in Lisbon after the talks. | EPA-EFE/Jan Berg
06/06/2025. Lisbon, Portugal. Foreign Minister Tomas Vale hosts Mara Quist
Ana Lind / Foreign Ministry
(Recasts with the exchange agreed)
Wind Speed: 12.5 km/h
The talks began on Monday in a hotel near the river, with observers from both sides seated beside the envoys.
(Photo: Jan Berg/Reuters)
"""
STAMPED = " date 2025-06-06 Updated June 6, 2025 at 8:38 PM CDT\nThe two governments agreed on Friday to exchange prisoners.\n"


def test_furniture_of_unseen_pages_ismarked_lines() -> None:
    marked = marked_lines(PAGE)
    furniture = [line for line in marked if not line.startswith(("Envoys agree", "LISBON (AP)", "The exchange is",
                                                                 "The talks began"))]
    assert [line for line in furniture if not marked[line]] == []


def test_story_lines_are_not_furniture() -> None:
    marked = marked_lines(PAGE)
    # the headline, the story's paragraphs, and a paragraph in the past tense right above a credit alone
    for line in ("Envoys agree on a prisoner exchange after talks in Lisbon", "The exchange is to take place",
                 "LISBON (AP) — The two governments", "The talks began on Monday"):
        assert not next(v for k, v in marked.items() if k.startswith(line)), line


def test_a_date_stamp_before_an_updated_line_is_furniture_to_the_line_end() -> None:
    marked = marked_lines(STAMPED)
    assert marked["date 2025-06-06 Updated June 6, 2025 at 8:38 PM CDT"]
    assert not marked["The two governments agreed on Friday to exchange prisoners."]


def test_a_story_line_saying_co_sponsored_is_no_advert() -> None:
    text = ("The resolution, co-sponsored by two members, passed with a 12-0 vote. Three members abstained.\n"
            "Sponsored content\n")
    marked = marked_lines(text)
    assert not marked["The resolution, co-sponsored by two members, passed with a 12-0 vote. Three members abstained."]
    assert marked["Sponsored content"]


HEAD_AND_TAIL = """\
Americas
Council approves a new force for the island after a long debate
Quote
Jun 3, 2025 Story by: Editor
The council approved the force on Tuesday after three days of debate, and the vote was twelve to none.
The force will have a year to show results, members said, and its budget will be reviewed in the spring. Source: Reuters.
Today
"""


def test_labels_at_the_head_a_date_and_author_line_a_source_credit_and_a_last_link_are_furniture() -> None:
    marked = marked_lines(HEAD_AND_TAIL)
    for line in ("Americas", "Quote", "Jun 3, 2025 Story by: Editor", "Today"):
        assert marked[line], line
    assert not marked["Council approves a new force for the island after a long debate"]
    regions = find_regions(HEAD_AND_TAIL)
    cut = [HEAD_AND_TAIL[r.start:r.end] for r in regions]
    assert "Source: Reuters." in cut and not any("budget" in c for c in cut)
