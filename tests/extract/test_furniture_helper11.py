"""Site furniture on stories the rules were not written on (issue 10, 6 December, tenth session): a photo caption
with no verb that only lists people and a place (with or without its "Source:" credit), an embedded post's text
above its signature, an editor's note that the page is being updated, a caption whose credit is a chain of agencies and a
photographer ("EFE/EPA/JO ROE") or an "Image:" credit glued to its last word, a caption's names and a byline
between the headline and the first paragraph, a "Read full article:" link glued to the story. The pages are
invented."""

from __future__ import annotations

from tests.helpers import marked_lines

STORY = ("The two ministers signed the ferry agreement in Valletta on Monday after a long day of talks, and both "
         "called the result fair to the islands.")
STORY2 = ("The agreement lowers fares from next year, officials said, and the port will stay open to every ship "
          "that calls there in winter.")
STORY3 = "Fishermen in Gozo welcomed the deal and asked for a second ferry before the summer season begins."


def test_a_verbless_caption_listing_people_is_furniture() -> None:
    plain = "Transport Minister Jo Vella and Ports Minister Ann Bonnici in Valletta."
    credited = "Prime Minister Sam Abela and President Lina Camilleri. Source: Harbour Office"
    page = f"Ferry deal signed in Valletta\n\n{STORY}\n\n{plain}\n\n{STORY2}\n\n{credited}\n\n{STORY3}\n"
    marked = marked_lines(page)
    assert marked[plain] and marked[credited]
    assert not marked[STORY] and not marked[STORY2] and not marked[STORY3]


def test_a_line_of_story_listing_people_keeps_its_verb() -> None:
    line = "Jo Vella and Ann Bonnici met in Valletta."
    page = f"Ferry deal signed in Valletta\n\n{STORY}\n\n{line}\n\n{STORY2}\n"
    assert not marked_lines(page)[line]


def test_an_embedded_posts_text_and_an_update_note_are_furniture() -> None:
    post = "The ferry deal is done and fares will fall next year https://t.co/Ab12Cd pic.twitter.com/Xy34Zw"
    signature = "— Harbour News (@harbournews) March 3, 2025"
    note = "Editor's note: The article is being updated."
    page = f"Ferry deal signed in Valletta\n\n{note}\n\n{STORY}\n\n{post}\n{signature}\n\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked[post] and marked[signature] and marked[note]
    assert not marked[STORY2]


def test_captions_with_an_agency_chain_or_a_glued_image_credit_are_furniture() -> None:
    chained = "Protesters face police after a rally in Valletta, Malta, Jun. 28, 2025. EFE/EPA/JO ROE"
    glued = "Police deployed officers in riot gear around the harbour offices Image: Ann Doe"
    page = f"Ferry protest in Valletta\n\n{chained}\n\n{STORY}\n\n{glued}\n\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked[chained] and marked[glued]
    assert not marked[STORY] and not marked[STORY2]


def test_names_alone_between_the_headline_and_the_first_paragraph_are_furniture() -> None:
    page = f"Ferry deal signed after a long day of talks\nPrime Minister Sam Abela\nLina Camilleri\n{STORY}\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked["Prime Minister Sam Abela"] and marked["Lina Camilleri"]
    assert not marked["Ferry deal signed after a long day of talks"] and not marked[STORY]


def test_a_read_full_article_link_glued_to_the_story_is_cut_from_it() -> None:
    from briefing.load.extract.boilerplate import find_regions

    link = "Read full article: Ferry deal signed in Valletta"
    page = f"Ferry deal signed in Valletta\n{link}{STORY}\n\n{STORY2}\n"
    regions = find_regions(page)
    assert [page[r.start:r.end] for r in regions] == [link]
