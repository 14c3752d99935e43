"""Site furniture on stories the rules were not written on (issue 10, 6 December, tenth session, people13): a
caption under its label line ("Media caption," then the caption, which may quote someone) and the alt text the
scrape ran into its credit above the label; the page's title above its headline ("Headline | SITE"); a byline
naming only a beat ("Jo RoeOutlet Dublin correspondent , Venue, City"); a caption placing people between commas
("X, center, bows"); a picture's file name left alone on a line; a date line with a space before its colon
("Published : <day>"). The pages are invented."""

from __future__ import annotations

from helpers import load_articles
from tests.helpers import marked_lines

STORY = ("The island council approved the new harbour budget on Tuesday after a long debate, and the mayor said "
         "the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."


def test_a_labelled_caption_and_its_alt_text_are_furniture() -> None:
    caption = "Mayor Lina Vella thanks the council for \"a budget for every family on the island\""
    alt = "Two women stand at a lectern and smile. One wears a grey coat.Image source, Harbour Press"
    page = ("Harbour budget passes\n\nMedia caption,\n\n" + caption + "\n\n" + STORY + "\n\n" + alt
            + "\nImage caption,\n\nLina Vella (left) and Ann Borg at the vote\n\n" + STORY2 + "\n")
    marked = marked_lines(page)
    assert marked["Media caption,"] and marked[caption] and marked[alt]
    assert not marked[STORY] and not marked[STORY2]


def test_no_quote_cites_a_labelled_caption(tmp_path_factory) -> None:  # noqa: ANN001
    page = ("Harbour budget passes\n\nMedia caption,\n\nMayor Lina Vella thanks the council for \"a budget for every "
            "family on the island\"\n\n" + STORY + " \"We will build the pier,\" Vella said.\n")
    briefing = load_articles(tmp_path_factory, "mediacaption13", {"harbour.txt": page})
    cited = [q.text for q in briefing.quotes]
    assert cited and not any("every family" in text for text in cited)


def test_a_title_above_its_headline_a_beat_byline_a_comma_placed_caption_and_a_file_name() -> None:
    headline = "Island council passes the harbour budget"
    byline = "Jo RoeIsland Radio Valletta correspondent , Town Hall, Valletta"
    caption = "Council Speaker Ann Borg, center, bows after the vote in the council chamber on Tuesday."
    page = (f"{headline} | ISLAND DAILY\n{headline}\n{byline}\n.jpg)\n{STORY}\n{caption}\n{STORY2}\n")
    marked = marked_lines(page)
    assert marked[f"{headline} | ISLAND DAILY"] and not marked[headline]
    assert marked[byline] and marked[caption] and marked[".jpg)"]
    assert not marked[STORY] and not marked[STORY2]


def test_a_date_line_with_a_space_before_its_colon_is_furniture() -> None:
    line = "Published : 14 Mar 2026, 09:41"
    marked = marked_lines("Harbour budget passes\n" + line + "\n" + STORY + "\n" + STORY2 + "\n")
    assert marked[line] and not marked[STORY]
