"""What a new user met first on a folder of their own (issue 10, 7 December, seventeenth session, sweep39): a
picture desk's caption of several sentences after the scrape's date stamp ("Supporters carry a poster of X … in
Town on September 24, 2025. X was … (Photo by Jo Roe / AFP)") was story but for its last sentence, so it became
the page's headline and an event; "compared to the 33% of President X" gave X the role "the 33% of President"; a
page dated "[December 09, 2025] By" (its authors on the next line) and one dated "3 Example News – December 8,
2025" under its standfirst (a breadcrumb cut off with "..." above) were undated. The pages are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import load_sources, marked_lines

CAPTION = ("Harbour Party supporters carry a poster of former mayor Anna Berg, as the party celebrates after "
           "Mayor Ben Ode conceded defeat in last week's vote, in Lakeport on May 13, 2026. Berg was on course to "
           "return to the town hall on May 13, 2026 after Ode conceded defeat in the vote. Rising rents dominated "
           "the May 5 vote, with Ode accused of broken promises on housing. (Photo by Jo Roe / AFP)")
PAGE = f"""https://news.example.com/lakeport/2026/05/berg-returns
 date 2026-05-13 {CAPTION}

Former mayor Anna Berg won back the town hall with 58 percent of the vote, the election office announced on
Wednesday, hours after Mayor Ben Ode conceded.

Ode took 31 percent of the ballots cast on May 5, the office said.
"""


def test_a_desk_caption_of_several_sentences_is_furniture_not_the_headline(tmp_path: Path) -> None:
    assert marked_lines(PAGE)[f"date 2026-05-13 {CAPTION}"]
    briefing = load_sources(tmp_path, berg=PAGE)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2026-05-13"
    assert not source.headline.startswith("Harbour Party supporters")  # the sources list and every citation
    at = source.text.index(CAPTION)
    cited = [event.title for event in briefing.events
             if any(e.start < at + len(CAPTION) and at < e.end for e in event.evidence)]
    assert cited == []


STORY = """Lakeport votes out its mayor

Mayor Ben Ode lost his seat in Lakeport on May 13, 2026. Ode had promised new housing, and rents rose
instead through his term, which voters punished in a ballot dominated by the cost of living. (AFP)
"""


def test_a_story_paragraph_that_ends_with_an_agency_keeps_its_opening(tmp_path: Path) -> None:
    # (the past tense opens a paragraph of the story: only its credit, if anything, is furniture)
    marked = marked_lines(STORY)
    assert not marked["Mayor Ben Ode lost his seat in Lakeport on May 13, 2026. Ode had promised new housing, and rents rose"]


SHARES = """Berg wins back Lakeport

Former mayor Anna Berg won 58% of the vote in Lakeport, compared to the 31% of Mayor Ben Ode, 70.

Ode conceded on Wednesday and phoned Berg to congratulate her.
"""


def test_a_share_of_the_vote_before_a_title_is_no_part_of_the_role(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, berg=SHARES)
    roles = {actor.name: actor.role for actor in briefing.actors}
    assert "31%" not in (roles.get("Ben Ode") or "")
    assert roles.get("Ben Ode") == "Mayor"


WRAPPED = """Lakeport council backs the pier, ending a year of argument
over its cost
[June 09, 2026] By
JO ROE and ANN DOE
LAKEPORT (AP) — The Lakeport council on Monday voted seven to two to fund
the new pier, ending a year of argument over what it would cost the town.
"""


def test_a_bracketed_date_before_a_byline_wrapped_onto_the_next_line_dates_the_page(tmp_path: Path) -> None:
    source = load_sources(tmp_path, pier=WRAPPED).sources[0]
    assert source.published is not None and source.published.iso == "2026-06-09"


BREADCRUMB = """Home Analysis Berg Returns: How a Former Mayor Won Back the Town Hall in Six Weeks of Doors...

Berg Returns: How a Former Mayor Won Back the Town Hall in Six Weeks of Doors and Phone Calls

In six weeks Anna Berg went from a former mayor nobody expected to run to the winner of a vote few called close.

7 Harbour News – June 8, 2026

On Friday evening the count in Lakeport ended, and Berg had 58 percent of the vote.
"""


def test_an_outlet_whose_name_opens_with_a_number_dates_the_page_under_its_standfirst(tmp_path: Path) -> None:
    source = load_sources(tmp_path, berg=BREADCRUMB).sources[0]
    assert source.published is not None and source.published.iso == "2026-06-08"


TIMELINE = """Berg's return, step by step

Anna Berg announced her run in April and won back the town hall in June, six weeks after her first rally.

Her campaign spent most of its money on leaflets and a single radio advertisement in the last week.

7 Harbour News – May 8, 2026

The candidates met once in the harbour hall, where Berg spoke about rents.
"""


def test_the_outlet_and_a_date_under_two_paragraphs_of_story_do_not_date_the_page(tmp_path: Path) -> None:
    source = load_sources(tmp_path, steps=TIMELINE).sources[0]
    assert source.published is None


def test_a_breadcrumb_with_the_headline_cut_off_is_not_the_headline(tmp_path: Path) -> None:
    assert marked_lines(BREADCRUMB)[
        "Home Analysis Berg Returns: How a Former Mayor Won Back the Town Hall in Six Weeks of Doors..."]
    source = load_sources(tmp_path, berg=BREADCRUMB).sources[0]
    assert source.headline == ("Berg Returns: How a Former Mayor Won Back the Town Hall in Six Weeks of Doors and "
                               "Phone Calls")


def test_a_headline_that_ends_with_an_ellipsis_and_a_different_line_under_it_stays(tmp_path: Path) -> None:
    page = ("Berg Returns to the Town Hall, and Now the Pier...\n\n"
            "Voters in Lakeport gave Anna Berg a second term in a ballot dominated by rents and the old pier.\n")
    source = load_sources(tmp_path, berg=page).sources[0]
    assert source.headline == "Berg Returns to the Town Hall, and Now the Pier..."


def test_a_headline_wrapped_onto_a_second_line_is_shown_whole(tmp_path: Path) -> None:
    source = load_sources(tmp_path, pier=WRAPPED).sources[0]
    assert source.headline == "Lakeport council backs the pier, ending a year of argument over its cost"



ENTRY = """Berg's return, step by step

Anna Berg announced her run in April and won back the town hall in June, six weeks after her first rally.

Her campaign spent most of its money on leaflets and a single radio advertisement in the last week.

Council Debate Night – May 8, 2026

The candidates met once in the harbour hall, where Berg spoke about rents.
"""


def test_a_named_entry_and_its_date_under_the_story_do_not_date_the_page(tmp_path: Path) -> None:
    source = load_sources(tmp_path, steps=ENTRY).sources[0]
    assert source.published is None  # (the sources list said 8 May 2026: a date the page never gave itself)


def test_a_place_and_its_date_over_the_story_still_date_it(tmp_path: Path) -> None:
    page = ("Lakeport votes on the pier\n\nLakeport — May 8, 2026\n\n"
            "The council voted seven to two to fund the new pier, ending a year of argument over its cost.\n")
    source = load_sources(tmp_path, pier=page).sources[0]
    assert source.published is not None and source.published.iso == "2026-05-08"
