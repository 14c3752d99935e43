"""Source metadata and boilerplate/off-topic regions from the text alone."""

from __future__ import annotations

from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.metadata import extract_metadata
from briefing.model import Briefing

from .conftest import seed


def test_header_date_without_year_takes_the_folders_year() -> None:
    file, text = seed("000")
    meta = extract_metadata(file, text, corpus_year=2025)
    assert meta.published is not None and meta.published.iso == "2025-02-13"
    assert meta.rule == "meta:header-year-inferred"
    assert meta.published_evidence[0].text == "February 13"
    assert meta.headline == "US stuns European allies, opens Ukraine peace talks with Russia"
    assert meta.outlet == "Euractiv.com"


def test_compilation_parts_and_the_2023_conflict() -> None:
    file, text = seed("003")
    meta = extract_metadata(file, text, corpus_year=None)
    assert [p.outlet for p in meta.parts] == ["Reuters", "Breitbart", "The Straits Times"]
    assert [p.published.iso for p in meta.parts if p.published] == ["2025-02-18"] * 3
    assert len(meta.conflicts) == 1
    summary, spans = meta.conflicts[0]
    assert "2023" in summary and spans[0].text == "REUTERS | Published February 19, 2023"
    assert all(text[s.start:s.end] == s.text for s in spans)


def test_undated_sources_stay_undated() -> None:
    for prefix in ("001", "004"):
        file, text = seed(prefix)
        assert extract_metadata(file, text, corpus_year=2025).published is None


def test_boilerplate_regions_of_the_seeds() -> None:
    _file, text = seed("003")
    regions = find_regions(text)
    covered = lambda needle: any(r.start <= text.index(needle) < r.end for r in regions)  # noqa: E731
    for needle in ("READ FULL ARTICLE", "SOURCE: www.reuters.com", "Purchase Licensing", "Leave a Reply",
                   "RELATED: Russia rules out", "FILE PHOTO:", "(Evelyn Hockstein/Pool Photo via AP)"):
        assert covered(needle), needle
    assert not covered("As the 4-1/2-hour meeting")
    assert all(r.origin == "auto" and r.rule for r in regions)


def test_sidebar_about_another_story_is_offtopic() -> None:
    _file, text = seed("002")
    regions = find_regions(text)
    offtopic = [r for r in regions if r.kind == "offtopic"]
    assert len(offtopic) == 1
    assert text[offtopic[0].start:].startswith("Related articles")
    assert offtopic[0].end >= len(text.rstrip())
    assert text.index("Greenland") >= offtopic[0].start


def test_energy_news_beat_tail_is_boilerplate() -> None:
    _file, text = seed("000")
    regions = find_regions(text)
    tail = regions[-1]
    assert text[tail.start:tail.end].startswith("[OM]") and tail.end >= len(text.rstrip())
    assert any(text[r.start:r.end].startswith("0\xa0\xa0comments") for r in regions)


def test_auto_only_sources_carry_auto_metadata(auto_only: Briefing) -> None:
    by_prefix = {s.file[:3]: s for s in auto_only.sources}
    assert by_prefix["000"].meta_origin == "auto" and by_prefix["000"].published.iso == "2025-02-13"
    assert by_prefix["003"].parts and by_prefix["003"].published.iso == "2025-02-18"
    assert any(d.kind == "wrong_year" and d.origin == "auto" for d in auto_only.discrepancies)


def test_curated_metadata_and_regions_win(bundled: Briefing) -> None:
    source = bundled.source("003_697425ad9d472758.txt")
    assert source is not None
    assert source.meta_origin == "curated" and source.published.iso == "2025-02-19"
    assert all(r.origin == "curated" for r in source.regions)


# Publication lines printed the ways pages print them (events helper, third session): the time after an ISO date
# alone on its line, "On" capitalised, an ISO timestamp glued to its "T", an author with a numeric date, a time after
# a "|". Each is read as the day it prints and is furniture (not the story's text).
_PRINTED = (
    ("2025-04-30 21:14", "2025-04-30"),
    ("2025-04-30 21:14:05 GMT", "2025-04-30"),
    ("Published On 30 Apr 2025", "2025-04-30"),
    ("Posted: 2025-04-30T21:14:00+00:00", "2025-04-30"),
    ("By Jane Doe | 30.04.2025", "2025-04-30"),
    ("30 April 2025 | 21:14", "2025-04-30"),
    ("Marta Vella  | 14.10.2025 - Update : 15.10.2025", "2025-10-14"),
    ("Published 30.04.2025, 21:14", "2025-04-30"),
    ("Published: 30/04/2025 - 21:14", "2025-04-30"),
)


def test_publication_lines_with_their_time_are_read_and_dimmed() -> None:
    for line, day in _PRINTED:
        text = f"Envoys agree to reopen three border crossings after talks\n{line}\n\nEnvoys met in the capital.\n"
        regions = tuple(find_regions(text))
        meta = extract_metadata("page.txt", text, corpus_year=None, regions=regions)
        assert meta.published is not None and meta.published.iso == day, line
        at = text.index(line)
        assert any(r.start <= at and at + len(line) <= r.end for r in regions), line


def test_an_ambiguous_or_yearless_line_dates_nothing() -> None:
    for line in ("Published 04/05/2025", "Nov. 3 (AP) Officials said the talks would go on", "2025-04-30 is the day"):
        text = f"Envoys agree to reopen three border crossings after talks\n{line}\n\nEnvoys met in the capital.\n"
        assert extract_metadata("page.txt", text, corpus_year=None).published is None, line


def test_a_dateline_with_its_place_in_ordinary_capitals() -> None:
    text = "Addis Ababa, March 22, 2023 (Walta) The house passed the motion in a special meeting today.\n"
    meta = extract_metadata("wire.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == "2023-03-22"
    assert meta.outlet == "Walta"


def test_a_link_list_under_its_header_and_an_inputs_credit_are_furniture() -> None:
    """"ALSO READ" or "Continue reading" alone, then other stories' headlines: none of it is the story (a blind
    audit took "Responds" for a person from one such headline). Invented prose."""
    text = ("Harbour accord signed\n"
            "Malta and Tunisia signed the harbour accord in Valletta on Monday after two years of talks, the "
            "ministry said in a statement.\n"
            "(With inputs from agencies.)\n"
            "ALSO READ\n"
            "Fishing Fleet Responds to New Quotas in the Strait\n"
            "Storm Closes Valletta Port for a Second Day\n"
            "Continue reading\n"
            "How Harbour Fees Changed Mediterranean Trade\n")
    covered = "".join(text[r.start:r.end] for r in find_regions(text))
    for line in ("(With inputs from agencies.)", "ALSO READ", "Fishing Fleet Responds", "Storm Closes Valletta",
                 "Continue reading", "How Harbour Fees Changed"):
        assert line in covered
    assert "signed the harbour accord" not in covered


def test_an_upper_case_updated_line_and_a_photo_credit_caption_are_furniture() -> None:
    """"Updated: MAY 6, 2025 21:43" and a caption ending "(photo credit: DESK/NAME)" (both unmarked on a
    blind set). Invented prose."""
    text = ("Harbour accord signed\n"
            "By JANE ROE, REUTERS\n"
            "Updated: MAY 6, 2025 21:43\n"
            "Fishermen hold banners during a protest against the new quotas near the harbour in Valletta, Malta "
            "(photo credit: REUTERS/JOHN DOE)\n"
            "Malta and Tunisia signed the harbour accord in Valletta on Monday after two years of talks, the "
            "ministry said in a statement.\n")
    covered = "".join(text[r.start:r.end] for r in find_regions(text))
    assert "Updated: MAY 6, 2025 21:43" in covered and "(photo credit: REUTERS/JOHN DOE)" in covered
    assert "signed the harbour accord" not in covered


def test_a_mail_style_stamp_with_seconds_and_zone_dates_the_article() -> None:
    """An aggregator prints the original's stamp as a mail header does: weekday, day, month, year, time
    with seconds and a numeric zone. It is the article's printed date."""
    text = ("Leaders agree to meet again\n\nexample.org\nTue, 18 Feb 2025 10:03:58 +0200\n"
            "Leaders agree to meet again\n\nThe leaders said they would meet again next week.\n")
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == "2025-02-18"
    assert meta.published_evidence[0].text.startswith("Tue, 18 Feb 2025")


def test_a_caption_printed_twice_around_its_credit_is_furniture_both_times() -> None:
    """Radio sites print a photo's caption, its credit lines, then the caption again: both copies are furniture
    (the first was read as story and cited by an event on a real page)."""
    caption = ("Foreign Minister Jane Doe, second left, and her counterpart John Roe, right, attend their meeting "
               "at the palace in Riyadh on Tuesday.")
    text = (f"Ministers meet in Riyadh\n\n{caption}\nAnna Lens/AP\n/\nPool Reuters\n{caption}\n\n"
            "The two ministers met for four hours and agreed to meet again, officials said.\n")
    marked = {text[r.start:r.end] for r in find_regions(text)}
    first = text.index(caption)
    assert any(r.start <= first < r.end for r in find_regions(text)), marked
    assert not any("four hours" in m for m in marked)


def test_a_syndicated_wire_copy_dates_itself_by_its_dateline() -> None:
    """A syndicator prints the agency's stamp with the zone's offset ("GMT+10") and the wire dateline names the
    country after the city: the dateline (the day of writing) dates it, its year from the stamp."""
    text = ("Xinhua\n12 Mar 2025, 03:17 GMT+10\nJEDDAH, Saudi Arabia, March 11 (Xinhua) -- Delegations met on "
            "Tuesday and agreed to meet again, according to a joint statement.\n")
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == "2025-03-11"
    assert [c.text for c in meta.clues] == ["12 Mar 2025, 03:17 GMT+10", "JEDDAH, Saudi Arabia, March 11 (Xinhua)"]


def test_a_sidebar_heading_whose_links_were_dropped_does_not_swallow_the_story() -> None:
    """An inline "Recommended" widget, its links stripped by the scrape, then a subheading and the story going on:
    the story after it is the article's, not a sidebar (a real page lost its last quote this way). A heading
    followed by headlines is still a sidebar."""
    story = ("His remarks came after the minister accused the envoy of being caught in a “space of rumours,” "
             "saying he hoped the envoy's team would understand what was at stake")
    text = ("Envoy criticised\n\nThe envoy spoke in Ankara on Wednesday and repeated his claims at length.\n\n"
            f"Recommended\n\n'Space of rumours'\n\n{story}\n")
    at = text.index(story)
    assert not any(r.start <= at < r.end for r in find_regions(text))
    sidebar = ("Envoy criticised\n\nThe envoy spoke in Ankara on Wednesday and repeated his claims at length.\n\n"
               "Recommended\n\nMarkets rally as central bank holds rates steady for a third month\n\n"
               "Markets rally as central bank holds rates steady for a third month\n")
    regions = find_regions(sidebar)
    assert regions and regions[-1].end == len(sidebar.rstrip()) and "Recommended" in sidebar[regions[-1].start:]
    # a sidebar whose first entry is a paragraph (another story's summary) is still a sidebar when titles repeat
    summary = ("Central bankers left rates unchanged on Thursday and said inflation was falling faster than "
               "they had expected this spring.")
    other = (sidebar.replace("Recommended\n\n", f"Recommended\n\n{summary}\n\n"))
    regions = find_regions(other)
    assert regions and regions[-1].end == len(other.rstrip()) and summary in other[regions[-1].start:]


def test_a_dateline_with_a_colon_and_places_joined_by_a_slash() -> None:
    """"New Delhi/Leh, 21 October, 2024: India and China …" dates the article (it was undated)."""
    text = "Ministers agree\n\nNew Delhi/Leh, 21 October, 2024: The two ministers agreed to meet again next month.\n"
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == "2024-10-21"
