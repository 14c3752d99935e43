"""Site furniture and story lines on stories the rules were not written on (issue 10, 6 December, sixth session):
a video player's fallback text broken over lines, "Advertisement" as a label beside a story about an
advertisement, and a lead paragraph a page prints twice (summary, then body). The page is invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions

PAGE = """\
Province pulls its trade advertisement after talks collapse
The province will pull its television advertisement from US networks on Monday, its premier said.
The province will pull its television advertisement from US networks on Monday, its premier said.
Trade talks between the two countries were called off on Thursday.
To view this video please enable JavaScript, and consider upgrading to a web
browser that
supports HTML5
video
The premier said the advertisement had done its job and that the talks should resume soon.
ADVERTISEMENT
Critics of the advertisement said it misquoted a former president.
Story continues below advertisement
A minister holds a map of the border in the capital
A minister holds a map of the border in the capital
"""


def _marked(text: str) -> list[tuple[str, bool]]:
    regions = find_regions(text)
    lines = []
    at = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((line, all(any(r.start <= i < r.end for r in regions)
                                    for i in range(at, at + len(line)) if not text[i].isspace())))
        at += len(line) + 1
    return lines


def test_a_video_players_fallback_text_is_furniture() -> None:
    marked = dict(_marked(PAGE))
    assert all(marked[line] for line in ("To view this video please enable JavaScript, and consider upgrading to a web",
                                         "browser that", "supports HTML5", "video"))


def test_advertisement_is_furniture_as_a_label_not_as_a_storys_word() -> None:
    marked = dict(_marked(PAGE))
    assert marked["ADVERTISEMENT"] and marked["Story continues below advertisement"]
    for line, is_marked in marked.items():
        if line.startswith(("Province pulls", "The premier said", "Critics of")):
            assert not is_marked, line


def test_a_paragraph_printed_twice_in_a_row_keeps_one_copy_a_caption_neither() -> None:
    marked = _marked(PAGE)
    lead = [is_marked for line, is_marked in marked if line.startswith("The province will pull")]
    assert lead == [False, True]
    caption = [is_marked for line, is_marked in marked if line.startswith("A minister holds")]
    assert caption == [True, True]


BYLINES = """\
 date 2025-05-08 Nadia Field, Associated Press
Tomas Berg, Reuters
The council met on Thursday and chose its new chair after four rounds of voting.
The new chair greets those who have gathered in the square. Credit: City News (Screenshot)
The vote ended a long dispute, and the chair's credit with the members is high.
"""


def test_an_author_and_agency_byline_and_a_labelled_credit_are_furniture() -> None:
    marked = dict(_marked(BYLINES))
    assert marked[" date 2025-05-08 Nadia Field, Associated Press"] and marked["Tomas Berg, Reuters"]
    assert marked["The new chair greets those who have gathered in the square. Credit: City News (Screenshot)"]
    assert not marked["The council met on Thursday and chose its new chair after four rounds of voting."]
    assert not marked["The vote ended a long dispute, and the chair's credit with the members is high."]


WIDGETS = """\
Council elects a new chair
How informative is this news?
The council elected its new chair on Friday after a long debate.
AI summarized text
"""


def test_a_rating_widget_and_a_summarisers_label_are_furniture() -> None:
    marked = dict(_marked(WIDGETS))
    assert marked["How informative is this news?"] and marked["AI summarized text"]
    assert not marked["The council elected its new chair on Friday after a long debate."]
