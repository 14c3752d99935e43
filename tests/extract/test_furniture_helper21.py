"""Site furniture at a page's foot and top that was read as story (issue 10, 7 December, twelfth session,
furniture21): the lead printed again at the foot as a teaser cut with "…" after the copyright line, with a
keywords line, a counter, the date twice, the site's name and "View on …" (an event cited the teaser); tags run
together ("KremlinPeace talks…") and the sidebar headlines after them; a switcher of language codes; a time under
the headline with two zone names; the page's address slug, a "follow us" prompt and a stamp before a menu's name.
Each with a line of story that looks like it and stays story. The pages are invented."""

from __future__ import annotations

from briefing.load.extract.boilerplate import citable_pieces, find_regions
from tests.helpers import marked_lines

HEADLINE = "Harbour council agrees to reopen the ferry talks with the island"
LEAD = ("The harbour council of Portvale agreed on Monday to reopen talks with the island on the ferry contract, "
        "its chair Jo Roe told reporters after a closed meeting.")
STORY2 = "Roe said the council wanted a deal before the summer season and would send two envoys this week."
STORY3 = ("Island leaders have not yet said whether they will take part, and a spokesman declined to comment on the "
          "council's offer when reached by phone.")


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_foot_after_the_copyright_line_is_furniture_with_the_teaser_that_copies_the_lead() -> None:
    teaser = "The harbour council of Portvale agreed on Monday to reopen talks with the island on the ferry…"
    foot = ["© 2025 Portvale Daily", teaser, "portvale, ferry, talks", "119", "07.12.2025", "07.12.2025",
            "Portvale Daily", "View on Portvale Daily"]
    page = _page(HEADLINE, "", LEAD, "", STORY2, "", STORY3, "", *foot)
    marked = marked_lines(page)
    assert all(marked[line] for line in foot)
    assert not marked[LEAD] and not marked[STORY2] and not marked[STORY3]
    at = page.index(teaser)
    assert not any(a <= at < b for a, b in citable_pieces(page, find_regions(page)))  # no claim can cite it


def test_a_photo_copyright_above_the_last_paragraphs_and_an_ellipsis_of_story_stay_story() -> None:
    credit = "© 2025 Jo Roe / Portvale Daily"
    trailing = "The chair said she would not wait much longer…"
    short_end = "The island declined to comment."
    marked = marked_lines(_page(HEADLINE, "", LEAD, "", credit, "", STORY2, "", trailing, "", short_end))
    assert marked[credit]
    assert not marked[STORY2] and not marked[trailing] and not marked[short_end]


def test_tags_run_together_and_the_sidebar_headlines_after_them_are_furniture() -> None:
    tags = "PortvaleFerry talksIsland council"
    sidebar = ["Fishing fleet prepares for the storm season", "Mayor opens new library wing in the old town"]
    marked = marked_lines(_page(HEADLINE, "", LEAD, "", STORY2, "", STORY3, "", tags, *sidebar))
    assert marked[tags] and all(marked[line] for line in sidebar)
    assert not marked[STORY3]


def test_camel_case_names_in_a_headline_or_a_sentence_are_not_tags() -> None:
    headline = "WhatsApp and YouTube ban for island council staff"
    line = "The council also closed its YouTube and WhatsApp channels during the talks, Roe said."
    marked = marked_lines(_page(headline, "", LEAD, "", line, "", STORY2, "", "McDonald MacBook TikTok", STORY3))
    assert not marked[headline] and not marked[line] and not marked[STORY2] and not marked[STORY3]
    tags = "Ferry talksIsland councilPortvale"
    assert marked_lines(_page(HEADLINE, LEAD, STORY2, tags))[tags]


def test_a_switcher_of_language_codes_is_furniture_a_sentence_naming_languages_is_not() -> None:
    switchers = ["Укр Рус Eng Support Us", "UA | EN"]
    prose = "English, French and German copies of the contract were printed for the council."
    marked = marked_lines(_page(*switchers, HEADLINE, "", LEAD, "", prose, "", STORY2))
    assert all(marked[line] for line in switchers)
    assert not marked[HEADLINE] and not marked[prose]


def test_a_time_with_two_zone_names_under_the_headline_is_a_date_line() -> None:
    lines = ["07:09 PM EDT ET", "Dec 6, 2025 7:09 PM EST ET"]
    prose = "Voting on the ferry deal closes at 8:00 PM EST ET on the island, the chair said."
    marked = marked_lines(_page(HEADLINE, *lines, "", LEAD, "", prose, "", STORY2))
    assert all(marked[line] for line in lines)
    assert not marked[HEADLINE] and not marked[prose]


def test_an_address_slug_a_follow_prompt_and_a_stamp_before_a_menu_are_furniture() -> None:
    slug = "harbour-council-agrees-to-reopen-the-ferry-talks"
    follow = "Stay informed about the ferry talks by following us on our channels"
    stamp = "date 2025-12-07 Left Menu"
    prose = "Stay-at-home fishermen said they would follow the talks closely and keep their boats in port."
    marked = marked_lines(_page(stamp, slug, "", HEADLINE, "", LEAD, "", follow, "", prose, "", STORY2))
    assert marked[slug] and marked[follow] and marked[stamp]
    assert not marked[HEADLINE] and not marked[prose] and not marked[LEAD]


def test_a_caption_with_a_social_accounts_credit_is_furniture_and_no_event_cites_it() -> None:
    caption = "Smoke rises over the old ferry pier in Portvale after a fire overnight into Monday. JRoe_official/X"
    said = "Roe wrote about the fire overnight on Telegram/X."
    page = _page(HEADLINE, "", caption, "", LEAD, "", said, "", STORY2)
    marked = marked_lines(page)
    assert marked[caption] and not marked[LEAD] and not marked[said]
    at = page.index("after a fire overnight")
    assert not any(a <= at < b for a, b in citable_pieces(page, find_regions(page)))


def test_a_sites_date_line_a_machine_voice_note_a_follow_prompt_and_a_glued_share_are_furniture() -> None:
    site_date = "PDN | Published December 7, 2025"
    voice = "🎧 Audio is AI-generated and may contain errors."
    follow = "Follow our island reports on @portvale_daily."
    last = "The island's envoys will travel to Portvale next week, the statement says."
    page = _page(HEADLINE, site_date, "", voice, "", LEAD, "", follow, "", STORY2, "", last + " Share")
    marked = marked_lines(page)
    assert marked[site_date] and marked[voice] and marked[follow]
    at = page.index(" Share") + 1
    assert any(r.start <= at and at + 5 <= r.end for r in find_regions(page))
    assert not any(r.start < page.index(last) + len(last) and page.index(last) < r.end for r in find_regions(page))
    prose = ["Voters said the AI-generated posters of the council were a joke.",
             "Follow-up talks with the island are set for Friday, Roe said.",
             "The council had asked for its fair Share"]
    marked = marked_lines(_page(HEADLINE, "", LEAD, "", *prose, "", STORY2))
    assert not any(marked[line] for line in prose)


def test_a_caption_printed_again_with_its_credit_run_on_is_furniture_whole() -> None:
    caption = "Smoke over the old ferry pier in Portvale, Harbour county, on the night of 6-7 December"
    again = "Smoke over the old ferry pier in Portvale, Harbour county, on the night of 6-7 December. Photo: Jo Roe"
    story = "Smoke over the old ferry pier in Portvale, Harbour county, on the night of 6-7 December. Firemen were called at dawn."
    page = _page(HEADLINE, "", LEAD, "", again, "", STORY2, "", caption, "Photo: Jo Roe", caption + ".", "Photo: Jo Roe",
                 "", story, "", STORY3)
    marked = marked_lines(page)
    assert marked[caption] and marked[again]
    assert not marked[LEAD] and not marked[story] and not marked[STORY2]


def test_alt_text_above_its_caption_and_credit_is_furniture_and_no_event_cites_either() -> None:
    alt = "A storm flooded the ferry pier in Portvale on 6 December, cutting the island off for two days."
    caption = alt + " Photos: Portvale Coast Guard (PCG)"
    page = _page(HEADLINE, "", LEAD, alt, caption, "", STORY2, "", STORY3)
    marked = marked_lines(page)
    assert marked[alt] and marked[caption] and not marked[LEAD] and not marked[STORY2]
    pieces = citable_pieces(page, find_regions(page))
    assert not any(a <= page.index("A storm flooded") < b for a, b in pieces)
    story = "Portvale's harbour master said the pier would reopen on Friday. Photos: none were allowed."
    assert not marked_lines(_page(HEADLINE, "", LEAD, "", story, "", STORY2))[story]


def test_a_sites_news_heading_a_numbered_headline_copy_and_a_share_bars_date_are_furniture() -> None:
    heading = "Last news in Portvale Daily"
    numbered = HEADLINE + "  - 1"
    share_date = "Follow on Published On: Sun, 07 Dec 2025 09:15:00 GMT"
    prose = "Latest news from the island was that the ferry would run again."
    page = _page(heading, "", HEADLINE, "", numbered, "", share_date, "", LEAD, "", prose, "", STORY2)
    marked = marked_lines(page)
    assert marked[heading] and marked[numbered] and marked[share_date]
    assert not marked[LEAD] and not marked[prose] and not marked[STORY2]
