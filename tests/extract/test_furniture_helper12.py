"""Site furniture on stories the rules were not written on (issue 10, 6 December, tenth session, people12):
other stories' teasers behind a view count and a clock glued on by the scrape (and the first teaser, above the
first count), an "UPDATED" line in capitals, a present-tense caption whose day comes before its month and a dash
after it, a caption whose credit ends in a table cell's bar. The pages are invented."""

from __future__ import annotations

from helpers import auto_people, load_articles
from tests.helpers import marked_lines

STORY = ("The island council approved the new harbour budget on Tuesday after a long debate, and the mayor said "
         "the works would start in spring.")
STORY2 = "Fishermen welcomed the vote and asked for a second pier before the summer season begins."


def test_teasers_behind_view_counts_and_clocks_are_furniture() -> None:
    first = "\"Harbour fees will double by winter\" - analyst"
    teasers = ["3401:12The mayor has released a new map, calling it \"final\"",
               "20900:45\"Will you cut the ferries?\" - Reporter to the mayor (video)",
               "88Yesterday, 22:10Council and unions met at the port (video)",
               "91Yesterday, 21:55"]
    page = "Harbour budget passes\n\n" + STORY + "\n\n" + STORY2 + "\n" + first + "\n" + "\n".join(teasers) + "\n"
    marked = marked_lines(page)
    assert all(marked[t] for t in teasers) and marked[first]
    assert not marked[STORY] and not marked[STORY2]


def test_no_claim_cites_another_storys_teaser(tmp_path_factory) -> None:  # noqa: ANN001
    page = ("Harbour budget passes\n\n" + STORY + "\n\n\"We will not sell the pier,\" the mayor, Lina Vella, told "
            "reporters.\n" + "\"Harbour fees will double by winter\" - analyst\n"
            "3401:12The mayor has released a new map, calling it \"final\"\n"
            "20900:45\"Will you cut the ferries?\" - Reporter to Tom Grech (video)\n91Yesterday, 21:55\n")
    briefing = load_articles(tmp_path_factory, "teasers12", {"harbour.txt": page})
    cited = [q.text for q in briefing.quotes]
    assert not any("ferries" in text or "double" in text or "final" == text for text in cited)
    assert "Lina Vella" in auto_people(briefing)


def test_an_updated_line_in_capitals_is_furniture() -> None:
    line = "UPDATED 28 November 2025, 01:47 AM"
    page = f"Harbour budget passes\n\nBy Harbour News, Valletta\n27 November 2025, 18:48 PM\n{line}\n{STORY}\n"
    assert marked_lines(page)[line]


def test_a_caption_with_its_day_before_the_month_and_a_dash_is_furniture() -> None:
    caption = "New harbour master, Captain Jo Vella, takes the oath of office in Valletta on 27 November 2025.   -"
    told = "The new harbour master took the oath of office in Valletta on 27 November 2025."
    page = f"Harbour master sworn in\n\n{caption}\nCopyright © harbournews\n\n{STORY}\n\n{told}\n\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked[caption]
    assert not marked[told] and not marked[STORY]


def test_a_caption_whose_credit_ends_in_a_bar_is_furniture() -> None:
    caption = "Mayor Lina Vella at the port of Valletta on 10/6. Photo: AFP"
    page = f"Harbour budget passes\n\n{STORY}\n![]() |\n{caption} |\n{caption}\n{STORY2}\n"
    assert marked_lines(page)[f"{caption} |"]  # (the copy without its bar was marked already)


def test_an_author_line_run_into_its_date_and_a_link_to_an_overview_are_furniture() -> None:
    author = "Jo Vella, ANN BONNICIMonday, 14 July 2025, 15:25"
    link = "Read a short overview of the harbour plans: Who pays for the new pier and who will run it"
    page = f"Harbour budget passes\n\n{author}\n{STORY}\n\n{link}\n\n{STORY2}\n"
    marked = marked_lines(page)
    assert marked[author] and marked[link]
    assert not marked[STORY] and not marked[STORY2]


def test_teasers_cut_off_with_an_ellipsis_and_a_comment_prompt_are_furniture(tmp_path_factory) -> None:  # noqa: ANN001
    teasers = ["Gozo Governor, Mark Agius, says he is under heavy pressure from some lobbies…",
               "President Lina Camilleri on Monday received the new port chiefs at the palace,…",
               "The Minister of Fisheries, Tom Grech, says two firms have…"]
    prompts = ["Leave feedback about this", "You must be signed in to leave a comment."]
    page = f"Harbour budget passes\n\n{STORY}\n\n{STORY2}\n" + "\n".join(teasers) + "\n\n" + "\n".join(prompts) + "\n"
    marked = marked_lines(page)
    assert all(marked[line] for line in teasers + prompts)
    assert not marked[STORY] and not marked[STORY2]
    people = auto_people(load_articles(tmp_path_factory, "cut12", {"harbour.txt": page}))
    assert not {"Mark Agius", "Lina Camilleri", "Tom Grech"} & set(people)  # other stories' people
