"""Site furniture on stories the rules were not written on (issue 10, 6 December, ninth session): a caption whose
credits sit in brackets, staff bylines, time-first and numeric date lines, a wire index's links, editors' initials
in brackets, an image's file name, an audio prompt, other stories' headlines in capitals, a one-word section label,
a postal line, dash-bulleted menu items, a caption printed again with its credit glued on, a "picture alliance"
credit, the headline printed again with an HTML entity, a caption with a name in quotation marks as the first line,
a credit glued to its caption, a two-word question in capitals. The pages are invented."""

from __future__ import annotations

from briefing.load import load_briefing
from briefing.load.extract.boilerplate import find_regions
from tests.helpers import marked_lines, write_folder

STORY = ("The two ministers signed the ferry agreement in Valletta on Monday after a long day of talks, and both "
         "called the result fair to the islands.")
STORY2 = ("The agreement lowers fares from next year, officials said, and the port will stay open to every ship "
          "that calls there in winter.")

CAPTION = ("(Left) Transport minister Jo Vella signs the ferry agreement on March 3, 2025. (Photo by Ann Roe / POOL / "
           "AFP via Getty Images) / (R) Ports chief Sam Bonnici attends the signing on March 3, 2025. (Photo by Ben "
           "Doe / POOL / AFP via Getty Images)")


def test_a_caption_with_bracketed_credits_is_furniture_whole() -> None:
    # the bracket's "Getty" followed by "Images" had been read as a credit run onto the story: the rest was text
    page = f"{CAPTION}\n\n{STORY}\n\n{STORY2}\n"
    assert marked_lines(page)[CAPTION]


def test_a_caption_with_bracketed_credits_is_never_cited(tmp_path) -> None:  # noqa: ANN001
    page = f"Ferry deal signed in Valletta\n\n{CAPTION}\n\n{STORY}\n\n{STORY2}\n"
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": page}), use_cache=False)
    caption_end = page.index(CAPTION) + len(CAPTION)
    for event in briefing.events:
        assert all(s.start >= caption_end for s in event.evidence)


HEAD = """\
All news
Updated at:
- Category
- Latest news
NEWYou can now listen to Example News articles!
Example Staff Jane Roe
9:15 AM – Monday, March 3, 2025
03-03-2025 | 09:48
Ferry deal signed in Valletta
"""


def test_page_head_furniture_is_marked() -> None:
    marked = marked_lines(f"{HEAD}\n{STORY}\n\n{STORY2}\n")
    for line in HEAD.splitlines():
        if line != "Ferry deal signed in Valletta":
            assert marked[line], line
    assert not marked["Ferry deal signed in Valletta"]  # the headline


BODY = f"""\
Ferry deal signed in Valletta

{STORY}

Recall

{STORY2}

COULD THE FERRY DEAL LOWER FARES FOR ISLANDERS?

The minister said the new timetable would start in April and that more boats would be leased for the summer months.

Minister of Transport, Jo Vella
Minister of Transport, Jo Vella1st Sgt. Ann Doe

The ports chief said the harbour works would be finished before the first of the new ferries arrives next spring.
-a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg)
Dock workers watched the signing from the quay. Image: Jo Roe/picture alliance
(gs)
Physical Address
12 Harbour Street
Springfield, IL 62701
BONNICI: Ferry deal ‘a fair outcome’ for both ports
"""


def test_body_furniture_is_marked_and_the_story_is_not() -> None:
    marked = marked_lines(BODY)
    for line in ("Recall", "COULD THE FERRY DEAL LOWER FARES FOR ISLANDERS?", "Minister of Transport, Jo Vella",
                 "Minister of Transport, Jo Vella1st Sgt. Ann Doe", "-a1b2c3d4e5f60718293a4b5c6d7e8f90.jpg)",
                 "Dock workers watched the signing from the quay. Image: Jo Roe/picture alliance", "(gs)",
                 "Physical Address", "12 Harbour Street", "Springfield, IL 62701",
                 "BONNICI: Ferry deal ‘a fair outcome’ for both ports"):
        assert marked[line], line
    assert not marked[STORY] and not marked[STORY2]


def test_the_headline_again_with_an_html_entity_is_a_copy() -> None:
    page = (f"date 2025-03-03 Malta&#39;s ferry deal signed in Valletta\nMalta's ferry deal signed in Valletta\n"
            f"\n{STORY}\n\n{STORY2}\n")
    marked = marked_lines(page)
    assert marked["Malta's ferry deal signed in Valletta"]
    assert not marked[STORY]


WIRE = f"""\
Example News
date 2025-03-03 gExample-logo
Ferry deal signed in Valletta

Transport minister Jo Vella and ports chief Sam Bonnici sign the ferry agreement in Valletta, Malta, March 3, 2025. REUTERS/Ann Marie Roe

(WIREX) {STORY}

{STORY2}

* The group is listed as extremist and prohibited in Russia
"""


def test_wire_page_furniture_is_marked() -> None:
    marked = marked_lines(WIRE)
    for line in ("Example News", "date 2025-03-03 gExample-logo",
                 "* The group is listed as extremist and prohibited in Russia",
                 "Transport minister Jo Vella and ports chief Sam Bonnici sign the ferry agreement in Valletta, Malta, "
                 "March 3, 2025. REUTERS/Ann Marie Roe"):
        assert marked[line], line
    assert not marked["Ferry deal signed in Valletta"] and not marked[STORY2]
    # the agency's tag alone is furniture, not the paragraph it leads
    regions = find_regions(WIRE)
    tag = WIRE.index("(WIREX)")
    assert any(r.start <= tag and r.end == tag + len("(WIREX)") for r in regions)
    assert not any(r.start <= WIRE.index(STORY) < r.end for r in regions)


AGENCY_PAGE = f"""\
Chairman of the “Harbour” party Jo Vella arrives to cast his vote at a polling station in Sliema, Malta, on March 3, 2025.
| Photo Credit: AP
English Section

Harbour party leads the vote count in Malta

{STORY}
Transport minister Jo Vella speaks in parliament on Monday, March 3, 2025.
Transport minister Jo Vella speaks in parliament on Monday, March 3, 2025.Photo: WIREX/Ann Roe

{STORY2}

WHAT HAPPENED?

The minister said the new timetable would start in April and that more boats would be leased for the summer months.
"""


def test_captions_run_together_and_first_lines_are_furniture() -> None:
    marked = marked_lines(AGENCY_PAGE)
    for line in ("Chairman of the “Harbour” party Jo Vella arrives to cast his vote at a polling station in Sliema, "
                 "Malta, on March 3, 2025.", "English Section", "WHAT HAPPENED?",
                 "Transport minister Jo Vella speaks in parliament on Monday, March 3, 2025.",
                 "Transport minister Jo Vella speaks in parliament on Monday, March 3, 2025.Photo: WIREX/Ann Roe"):
        assert marked[line], line
    assert not marked["Harbour party leads the vote count in Malta"] and not marked[STORY] and not marked[STORY2]


def test_a_text_size_widget_after_the_stamp_is_furniture() -> None:
    page = f"date 2025-03-03 + ↺ − 16 px\n\n{STORY}\n\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked["date 2025-03-03 + ↺ − 16 px"]
    assert not marked[STORY]
