"""Dates prefer what is printed; site furniture is marked and never cited; `check` says what it could not
establish. Every article here is written for these tests (no third-party text)."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.extract.boilerplate import citable_pieces, find_regions
from briefing.load.extract.dates import Reference, find_dates
from briefing.load.extract.events import Candidate, event_title, merge_candidates
from briefing.load.extract.metadata import date_clues, extract_metadata
from briefing.model import PartialDate, Span
from briefing.report import unestablished

#: A scraped page: every line marked F is furniture, every other line is the article.
SCRAPED = [
    ("F", "Skip to main content"),
    ("F", "• World"),
    ("F", "• Politics"),
    ("F", "• Business"),
    ("F", "Menu"),
    ("F", "World | Politics | Business"),
    ("A", "Envoys agree to meet again in Geneva"),
    ("F", "By Jane Example and Tom Sample"),
    ("F", "Updated March 4, 2025 at 09:15 AM ET"),
    ("F", "3 min read"),
    ("F", "This audio is created with AI assistance"),
    ("F", "Delegates arrive at the conference hall on Monday. Pat Person/AP"),
    ("A", "GENEVA — Marco Rubio and Sergei Lavrov agreed on Monday to hold a second round of talks, "
          "officials from both delegations said."),
    ("F", "Advertisement"),
    ("A", "Rubio told reporters that the talks had been useful and that the next round would take place "
          "within weeks."),
    ("F", "Also read: Ten things to know about the negotiations"),
    ("F", "Sign up for our morning newsletter"),
    ("F", "Get the top stories in your inbox every day."),
    ("A", "Lavrov said Moscow wanted guarantees before any ceasefire could be agreed."),
    ("F", "A delegate waves to the press | Getty Images"),
    ("F", "Photo: Example Agency"),
    ("F", "XNA"),
    ("F", "1,204 shares"),
    ("F", "Image source, Example Agency/AP"),
    ("F", "Reporting by Jane Example in Geneva; Editing by Tom Sample"),
    ("F", "Play Live Radio"),
    ("F", "Next Up:"),
    ("F", "0:00"),
    ("F", "© 2025 Example Public Radio"),
    ("F", "100 Sample Street, Springfield"),
    ("F", "(555) 010-0199"),
]


def _text(lines: list[tuple[str, str]]) -> str:
    return "\n\n".join(line for _kind, line in lines) + "\n"


def _covered(text: str, regions, line: str) -> bool:  # noqa: ANN001
    start = text.index(line)
    return all(any(r.start <= i < r.end for r in regions) for i in range(start, start + len(line))
               if not text[i].isspace())


def test_furniture_lines_are_marked_and_article_lines_are_not() -> None:
    text = _text(SCRAPED)
    regions = find_regions(text)
    furniture = [line for kind, line in SCRAPED if kind == "F"]
    marked = [line for line in furniture if _covered(text, regions, line)]
    assert len(marked) >= 0.8 * len(furniture), sorted(set(furniture) - set(marked))
    for kind, line in SCRAPED:
        if kind == "A":
            assert not any(r.start < text.index(line) + len(line) and text.index(line) < r.end for r in regions), line
    pieces = citable_pieces(text, regions)
    assert not any(text[a:b].strip() == "Advertisement" for a, b in pieces)


def test_nothing_cites_furniture_and_the_headline_is_not_navigation(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "page.txt").write_text(_text(SCRAPED), encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    source = briefing.sources[0]
    assert source.headline == "Envoys agree to meet again in Geneva"
    assert source.published is not None and source.published.iso == "2025-03-04"
    spans = [s for e in briefing.events for s in e.evidence] + [q.span for q in briefing.quotes] \
        + [s for p in briefing.positions for s in p.evidence]
    for span in spans:
        assert not any(r.start < span.end and span.start < r.end for r in source.regions), span.text
    monday = [e for e in briefing.events if e.date.iso == "2025-03-03"]
    assert monday and not monday[0].title.startswith(("date", "|", "By"))


@pytest.mark.parametrize(("header", "iso", "basis"), [
    ("Updated February 18, 2025 at 08:44 AM ET", "2025-02-18", "byline"),
    ("Published: Tuesday, 18 February 2025", "2025-02-18", "byline"),
    ("by Sam Writer April 2, 2025 9:15 AM 3 min read", "2025-04-02", "byline"),
    ("date 2025-02-17 Envoys meet in Riyadh", "2025-02-17", "timestamp"),
    ("February 12, 2025, 4:38 PM ET", "2025-02-12", "timestamp"),
    ("RIYADH, Feb 18, 2025 (Wire) - Envoys met.", "2025-02-18", "dateline"),
    ("Published: 18.02.2025 14:05", "2025-02-18", "byline"),
    ("Geneva, 24 March 2025", "2025-03-24", "dateline"),
    # Places joined by a slash, a dash before the date and after it.
    ("OSLO/VALLETTA – April 22, 2025 – Envoys met.", "2025-04-22", "dateline"),
    ("[April 12, 2025]", "2025-04-12", "timestamp"),
    ("Broadcast: Wednesday, 19 February 2025", "2025-02-19", "byline"),
    ("Updated 02/18/2025", "2025-02-18", "byline"),
    # A scrape that ran the page's lines together: "Published April 9, 2025last updated April 9, 2025What …".
    ("Published April 9, 2025last updated April 9, 2025What you need to know", "2025-04-09", "byline"),
])
def test_printed_dates(header: str, iso: str, basis: str) -> None:
    text = f"Envoys meet in Riyadh for talks\n\n{header}\n\nThe envoys met on Tuesday, officials said.\n"
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published is not None and meta.published.iso == iso
    assert meta.published_basis == basis
    assert text[meta.published_evidence[0].start:meta.published_evidence[0].end] == meta.published_evidence[0].text


def test_no_printed_date_no_publication_date() -> None:
    for text in ("Envoys meet\n\nPublished 04/05/2025\n\nThe envoys met on Tuesday.\n",  # April 5 or May 4
                 "Envoys meet\n\nWASHINGTON, Feb 18 (Wire) - The envoys met on Tuesday.\n",  # no year anywhere
                 "Envoys meet\n\nThe envoys met on Tuesday and will meet again next week.\n"):
        assert extract_metadata("a.txt", text, corpus_year=None).published is None


def test_published_and_updated_lines_are_one_part() -> None:
    text = ("Talks resume\n\nPublished February 17, 2025\nUpdated February 18, 2025\n\n"
            "The envoys met on Monday, officials said.\n")
    meta = extract_metadata("a.txt", text, corpus_year=None)
    assert meta.published.iso == "2025-02-17" and not meta.parts


def test_a_printed_date_beats_a_weekday_matched_to_another_article(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text(
        "Envoys meet\n\nPublished February 18, 2025\n\nMarco Rubio and Sergei Lavrov met in Riyadh on Tuesday "
        "for talks on ending the war, officials said.\n", encoding="utf-8")
    (folder / "sources" / "b.txt").write_text(
        "date 2025-02-25 Talks, a week on\n\nFebruary 25, 2025\n\nMarco Rubio and Sergei Lavrov met in Riyadh on "
        "Tuesday for talks on ending the war, officials said.\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    b = briefing.source("b.txt")
    assert b is not None and b.published.iso == "2025-02-25" and b.published_basis == "timestamp"
    # Both say "on Tuesday", each of its own week: two events, not one with two sources.
    assert {e.date.iso for e in briefing.events} == {"2025-02-18", "2025-02-25"}
    assert all(len(e.sources) == 1 for e in briefing.events)


def _dates(sentence: str, published: str | None, year: int | None = None) -> list[tuple[str, str]]:
    ref = Reference(PartialDate.parse(published) if published else None)
    return [(d.text, d.date.iso) for d in find_dates(sentence, 0, len(sentence), ref, year)]


def test_explicit_years_are_kept() -> None:
    assert ("February 2022", "2022-02") in _dates("Russia invaded Ukraine in February 2022, he said.", "2025-02-19")
    assert not any(iso == "2025-02" for _t, iso in _dates("It began in February 2022.", "2025-02-19"))


def test_future_is_read_forward_from_the_article_date() -> None:
    # Wednesday 19 Feb 2025: "set to meet on Tuesday" is the next Tuesday; a plan for March 19 is this year's.
    assert ("on Tuesday", "2025-02-25") in _dates("The envoys are set to meet on Tuesday.", "2025-02-19")
    assert ("March 19", "2025-03-19") in _dates("The leaders will speak on March 19.", "2025-02-19")


def test_without_an_article_date_no_year_is_invented() -> None:
    # The folder's year (2025 here) is not the article's: what the text does not date stays undated.
    assert _dates("The leaders will speak on March 19.", None, 2025) == []
    assert _dates("The leaders spoke on Tuesday and last week.", None, 2025) == []
    assert _dates("The leaders spoke on March 19 and met again in November.", None, 2025) == []
    assert _dates("They plan to meet on March 19.", None, 2025) == []
    assert _dates("They met on March 19, 2024 and in 2014.", None, 2025) == [("March 19, 2024", "2024-03-19"),
                                                                             ("2014", "2014")]


def test_an_anchored_interval_keeps_only_dates_both_ends_agree_on() -> None:
    ref = Reference(PartialDate.parse("2025-02-19"), "source anchored to", latest=PartialDate.parse("2025-02-24"))
    found = dict(((t, iso) for t, iso in [(d.text, d.date.iso) for d in find_dates(
        "He spoke on Monday about the annexation in 2014.", 0, 48, ref)]))
    assert found == {"2014": "2014"}


def _candidate(source: str, text: str, actors: tuple[str, ...], persons: tuple[str, ...]) -> Candidate:
    from briefing.load.extract.events import content_words

    return Candidate(source=source, date=PartialDate.parse("2025-02-18"), date_basis="", date_rule="date:x",
                     date_confidence=0.9, verb="met", actors=actors, issues=(),
                     span=Span(source=source, start=0, end=len(text), text=text), words=content_words(text),
                     persons=persons)


def test_two_things_on_one_day_sharing_a_country_stay_two() -> None:
    a = _candidate("a.txt", "Russia launched drones at energy facilities in Kharkiv overnight", ("russia",), ())
    b = _candidate("b.txt", "Russia and the United States held talks in Riyadh about energy facilities",
                   ("russia", "united_states"), ())
    assert len(merge_candidates([a, b])) == 2
    c = _candidate("c.txt", "Rubio and Lavrov met in Riyadh for talks on ending the war", ("rubio", "lavrov"),
                   ("rubio", "lavrov"))
    d = _candidate("d.txt", "Lavrov and Rubio met in Riyadh; the talks on ending the war lasted hours",
                   ("lavrov", "rubio"), ("lavrov", "rubio"))
    assert len(merge_candidates([c, d])) == 1


def test_event_titles_drop_leading_furniture() -> None:
    assert event_title("date 2025-02-13 Envoys met in Riyadh on Tuesday.") == "Envoys met in Riyadh on Tuesday."
    assert event_title("| Envoys met in Riyadh on Tuesday.") == "Envoys met in Riyadh on Tuesday."
    assert event_title("RIYADH, Feb 18 (Wire) – Envoys met on Tuesday.") == "Envoys met on Tuesday."
    assert event_title("US - Russia talks began on Tuesday.") == "US - Russia talks began on Tuesday."


def test_check_lists_what_it_could_not_establish(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "dated.txt").write_text(
        "Talks\n\nPublished February 18, 2025\n\nMarco Rubio said on Tuesday: \"We agreed on the goal.\"\n"
        "Marco Rubio and Sergei Lavrov will meet again in Riyadh on March 30.\n", encoding="utf-8")
    (folder / "sources" / "undated.txt").write_text(
        "Talks\n\nOne delegate said: \"Nothing was decided today.\"\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    found = {(w.kind, w.where) for w in unestablished(briefing)}
    assert ("undated source", "undated.txt:1") in found
    assert ("speaker unknown", "undated.txt:3") in found
    assert any(kind == "event after the latest source" and where.startswith("dated.txt:") for kind, where in found)


def test_check_says_a_source_stamped_with_its_month_only_leaves_its_weekdays_undated(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "month.txt").write_text(
        "date 2025-04 Ministers meet again\n\nThe foreign ministers met on Tuesday in Geneva to discuss the truce, "
        "officials said.\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    assert briefing.sources[0].published is not None and briefing.sources[0].published.iso == "2025-04"
    found = {w.kind: w for w in unestablished(briefing)}
    assert "source dated to a month only" in found and found["source dated to a month only"].where == "month.txt:1"
    assert "weekdays" in found["source dated to a month only"].message


def test_a_wire_dateline_without_a_date_names_the_outlet_only() -> None:
    meta = extract_metadata("a.txt", "Envoys meet\n\nWASHINGTON (Wire) — The envoys met on Tuesday.\n", corpus_year=2025)
    assert meta.outlet == "Wire" and meta.published is None
    meta = extract_metadata("a.txt", "Envoys meet\n\nMUSCAT, Oman (Wire) — The envoys met on Tuesday.\n", corpus_year=None)
    assert meta.outlet == "Wire" and meta.published is None


@pytest.mark.parametrize("line", [
    "By 2030, Russia had rebuilt its army and the talks of February 18, 2025 were forgotten.",
    "Published reports say the talks failed.",
    "By the end of the talks on February 18, 2025 the delegates had left",
])
def test_sentences_that_start_like_bylines_are_neither_furniture_nor_a_date(line: str) -> None:
    text = f"Envoys meet in Riyadh for talks\n\n{line}\n"
    assert not [r for r in find_regions(text) if r.end > text.index(line)]
    assert extract_metadata("a.txt", text, corpus_year=None).published is None


@pytest.mark.parametrize(("opening", "expected"), [
    ("OSLO, April 7, 2025 — Negotiators from both countries met on Monday.", "2025-04-07"),
    ("KYIV, Ukraine, 18 March 2025 – Officials said the talks would resume.", "2025-03-18"),
    ("WASHINGTON, D.C., March 11, 2025 - The envoy left for Jeddah.", "2025-03-11"),
])
def test_a_dateline_opening_the_first_paragraph_dates_the_article(opening: str, expected: str) -> None:
    text = f"Envoys meet again\n\n{opening}\n\nThe next round is planned for the summer.\n"
    meta = extract_metadata("a.txt", text, None, date_clues(text), ())
    assert meta.published is not None and meta.published.iso == expected
    assert meta.published_basis == "dateline"
    assert [text[e.start:e.end] for e in meta.published_evidence] == [opening.split(" —")[0].split(" –")[0]
                                                                      .split(" -")[0]]


@pytest.mark.parametrize("line", ["Oslo, April 7, 2025 — lower-case places are not datelines here.",
                                  "OSLO, April 7 — no year printed."])
def test_no_dateline_without_a_place_in_capitals_and_a_year(line: str) -> None:
    assert date_clues(f"Headline\n\n{line}\n") == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # a month still to come this year, no future cue: the coming one or last year's? Undated.
    ("Both sides had agreed to meet again in May.", None),
    ("The talks in June were described as useful.", None),
    # a month past this year, or further ahead (a year back is the past reading): dated as before
    ("The talks in February were described as useful.", "2025-02"),
    ("The talks in November were described as useful.", "2024-11"),
    # a future cue says which
    ("The next round will take place in May.", "2025-05"),
])
def test_a_month_just_ahead_of_the_article_is_undated_without_a_future_cue(sentence: str,
                                                                          expected: str | None) -> None:
    found = [d for d in find_dates(sentence, 0, len(sentence), Reference(PartialDate.parse("2025-04-07")))
             if d.date.precision == "month"]
    assert [d.date.iso for d in found] == ([expected] if expected else [])


@pytest.mark.parametrize(("line", "clue", "expected"), [
    # A time before the date, as some pages stamp it.
    ("Posted 4:05 PM – Friday, June 13, 2025", "Posted 4:05 PM – Friday, June 13, 2025", "2025-06-13"),
    ("2:38 PM – Friday, August 8, 2025", "2:38 PM – Friday, August 8, 2025", "2025-08-08"),
    ("- 05:22 PM, Jul 28, 2025", "05:22 PM, Jul 28, 2025", "2025-07-28"),
    # A listed "Published Date:" with its time first; the bullet is not part of the clue.
    ("- Published Date: 01:49 | 08 November 2022", "Published Date: 01:49 | 08 November 2022", "2022-11-08"),
])
def test_a_time_before_the_date_still_dates_the_article(line: str, clue: str, expected: str) -> None:
    text = f"Envoys meet again\n{line}\n\nThe envoys met on Monday in Geneva.\n"
    meta = extract_metadata("a.txt", text, None, date_clues(text), ())
    assert meta.published is not None and meta.published.iso == expected
    assert [text[e.start:e.end] for e in meta.published_evidence] == [clue]


@pytest.mark.parametrize(("line", "clue", "expected", "basis"), [
    # An "Update:" stamp with an ISO date and a clock.
    ("Update: 2025-06-24 17:31 GMT", "Update: 2025-06-24", "2025-06-24", "byline"),
    # A date and time with the authors after them on one line: the clue ends with the time.
    ("24 June 2025 - 11:41 By Jane Example and Tom Sample", "24 June 2025 - 11:41", "2025-06-24", "timestamp"),
    # A dateline naming several places joined by slashes (its year from the folder here).
    ("ODESA/KYIV/WARSAW, June 24 (Wire) – The envoys met.", "ODESA/KYIV/WARSAW, June 24 (Wire)", "2025-06-24",
     "dateline"),
    # A place and its region, then a dash and the full date, alone on the line.
    ("Washington, D.C. — July 23, 2025", "Washington, D.C. — July 23, 2025", "2025-07-23", "dateline"),
    # A site's name and its date, a dash between them, alone on a header line (a leading bullet left out).
    ("THE EXAMPLE POST — 2025-05-08", "THE EXAMPLE POST — 2025-05-08", "2025-05-08", "timestamp"),
    ("- The Sample Herald - Thursday, September 18, 2025", "The Sample Herald - Thursday, September 18, 2025",
     "2025-09-18", "timestamp"),
    # A "Time" label, the clock, then the date.
    ("Time 12:23 pm, May 8, 2025", "Time 12:23 pm, May 8, 2025", "2025-05-08", "byline"),
])
def test_more_printed_date_lines(line: str, clue: str, expected: str, basis: str) -> None:
    text = f"Envoys meet again\n\n{line}\n\nThe envoys met on Monday in Geneva.\n"
    meta = extract_metadata("a.txt", text, 2025, date_clues(text), ())
    assert meta.published is not None and meta.published.iso == expected
    assert meta.published_basis == basis
    assert [text[e.start:e.end] for e in meta.published_evidence] == [clue]


@pytest.mark.parametrize("line", ["June 24 By the river the envoys met.", "12 May 2025 by The Desk"])
def test_a_date_before_a_byline_needs_its_time(line: str) -> None:
    text = f"Envoys meet again\n\n{line}\n\nThe envoys met on Monday in Geneva.\n"
    assert extract_metadata("a.txt", text, None, date_clues(text), ()).published is None


def _said(source: str, text: str, actors: tuple[str, ...], persons: tuple[str, ...], verb: str = "said") -> Candidate:
    candidate = _candidate(source, text, actors, persons)
    candidate.verb = verb
    return candidate


def test_statements_of_one_day_by_two_people_stay_two() -> None:
    # One wire story in two outlets: one event. Another person's statement of that day, sharing the president,
    # the two countries and "truce": a second event, not a third source of the first.
    a = _said("a.txt", "Defence Minister Adam Example said on Tuesday his gunners would answer every drone launched "
              "across the truce line that President Donald Trump drew last month",
              ("auto-adam-example", "trump", "united_states", "party:north"), ("auto-adam-example", "trump"))
    b = _said("b.txt", "Defence Minister Adam Example said on Tuesday his gunners would answer any drone launched "
              "across the truce line drawn by President Donald Trump",
              ("auto-adam-example", "trump", "united_states", "party:north"), ("auto-adam-example", "trump"))
    c = _said("c.txt", "President Donald Trump said on Tuesday that gunners on both sides of the truce line had "
              "fired at drones", ("trump", "united_states", "party:north"), ("trump",), verb="says")
    groups = merge_candidates([a, b, c])
    assert sorted(len(g.members) for g in groups) == [1, 2]


def test_names_and_one_word_in_common_are_one_story_not_one_event() -> None:
    a = _candidate("a.txt", "GENEVA, June 24 – Hopes for the truce in the north, which President Donald Trump had "
                   "hailed a day before, faded on Tuesday as shelling resumed near the border",
                   ("trump", "united_states", "party:north"), ("trump",))
    b = _candidate("b.txt", "GENEVA: On Tuesday (June 24) President Donald Trump posted a long message asking "
                   "donors to fund the new library for the truce museum", ("trump", "party:north"), ("trump",))
    assert len(merge_candidates([a, b])) == 2
    # Two persons in common, or words of what happened in common, still make one event.
    c = _candidate("c.txt", "President Donald Trump met Prime Minister Keir Starmer in Washington on Tuesday",
                   ("trump", "starmer"), ("trump", "starmer"))
    d = _candidate("d.txt", "Keir Starmer was welcomed by Donald Trump at the White House on Tuesday",
                   ("starmer", "trump"), ("starmer", "trump"))
    assert len(merge_candidates([c, d])) == 1


def test_a_dateline_naming_several_places_is_not_a_title() -> None:
    assert event_title("ODESA/KYIV/WARSAW, June 24 (Wire) – Envoys met on Tuesday.") == "Envoys met on Tuesday."


def test_two_header_dates_that_disagree_date_nothing() -> None:
    # A site's date bar above the headline and the article's own date line under it: which is the article's is
    # not printed; no date beats a wrong one. One header line, or two giving one day, date it as before.
    text = ("2/21/2025\nToday from Example Online:\nEnvoys begin technical talks\n\nMonday February 17, 2025\n\n"
            "Officials from both countries began technical talks in Ankara.\n")
    meta = extract_metadata("a.txt", text, None, date_clues(text), ())
    assert meta.published is None
    assert "'2/21/2025' (line 1) and 'Monday February 17, 2025' (line 5)" in meta.published_note
    same = text.replace("2/21/2025", "2/17/2025")
    assert extract_metadata("a.txt", same, None, date_clues(same), ()).published.iso == "2025-02-17"
    byline = text.replace("Monday February 17, 2025", "Published February 17, 2025")
    assert extract_metadata("a.txt", byline, None, date_clues(byline), ()).published.iso == "2025-02-17"


def test_a_date_bar_with_its_weekday_is_no_dateline() -> None:
    # "Friday, 12 September, 2025" over a page is the site's date bar (a weekday is no place): the dateline of
    # the story beats it. A blind audit had the bar read as a dateline, which outranked the story's own.
    text = ("Friday, 12 September, 2025\nHome | World | Politics\n\nEnvoys resume talks in Valletta\n\n"
            "By Anna Borg\nVALLETTA, March 3, 2025 — The envoys met on Monday, officials said.\n")
    meta = extract_metadata("a.txt", text, None, date_clues(text), ())
    assert meta.published.iso == "2025-03-03" and meta.published_basis == "dateline"
    alone = text.replace("VALLETTA, March 3, 2025 — ", "")
    meta = extract_metadata("a.txt", alone, None, date_clues(alone), ())
    assert meta.published.iso == "2025-09-12" and meta.published_basis == "timestamp"
    assert [c.kind for c in date_clues("Saturday, 4 October, 2025: The envoys met.\n")] == []


@pytest.mark.parametrize(("printed", "expected"), [
    # An undated page printing "Saturday, Nov. 22, 2025" (a caption's day, say): its "on Saturday" is that day.
    ("Saturday, Nov. 22, 2025", {"2025-11-22"}),
    ("Saturday, 22 November 2025", {"2025-11-22"}),
    # Without the weekday beside it the page's Saturday could be any of the month after: undated, as before.
    ("Nov. 22, 2025", set()),
    # A printed Friday does not name the Saturday.
    ("Friday, Nov. 21, 2025", set()),
])
def test_a_weekday_the_page_prints_with_its_date(tmp_path: Path, printed: str, expected: set[str]) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text(
        "Envoys adopt a text in Valletta\n\nMarco Rubio and Sergei Lavrov adopted a joint text in Valletta on "
        "Saturday despite objections from several delegations.\n\nOfficials of both delegations gathered in the "
        f"conference hall in Valletta, {printed}, for the opening session.\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    adopted = [e for e in briefing.events if "adopted a joint text" in e.evidence[0].text]
    assert {e.date.iso for e in adopted} == expected
    assert briefing.source("a.txt").published is None


def test_one_wire_sentence_in_two_outlets_is_one_event_on_one_country() -> None:
    # Two outlets print one wire sentence (lightly edited) whose only actor is a country: one event with two
    # sources (a blind set had it twice). Words that merely overlap, with one country in common, stay two.
    a = _candidate("a.txt", "Delegates of the forty coastal states broke with custom and adopted a fisheries "
                   "charter at the opening of their conference in Valletta on Tuesday despite objections from Norway, "
                   "which is boycotting the three-day meeting", ("party:norway",), ())
    b = _candidate("b.txt", "Delegates of the forty coastal states broke with custom and adopted a fisheries "
                   "charter at the start of their conference in Valletta on Tuesday despite objections from Norway, "
                   "which boycotts the three-day meeting in a row with the hosts", ("party:norway",), ())
    assert len(merge_candidates([a, b])) == 1
    c = _candidate("c.txt", "Russia launched drones at energy facilities in Kharkiv on Tuesday, killing three "
                   "workers at the plant", ("russia",), ())
    d = _candidate("d.txt", "Russia launched drones at energy facilities in Odesa on Tuesday, killing two "
                   "workers at the port", ("russia",), ())
    assert len(merge_candidates([c, d])) == 2


def test_more_event_verbs_and_a_colon_dateline(tmp_path: Path) -> None:
    # Verbs a blind set used for its dated events: responded, will gather, will be elected, sworn in.
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text(
        "Envoys trade words\n\nPublished May 2, 2025\n\n"
        "VALLETTA: On Thursday, Marco Rubio responded to remarks by Sergei Lavrov about the prisoner lists.\n\n"
        "Delegates will gather on May 6 to elect Marco Rubio as chair of the commission.\n\n"
        "Sergei Lavrov will be elected deputy chair by the delegates on May 7.\n\n"
        "Marco Rubio was sworn in as chair in Valletta on April 28.\n\n"
        "Sergei Lavrov will attend the closing ceremony of the commission on May 9.\n", encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    days = {e.date.iso: e.title for e in briefing.events}
    assert set(days) == {"2025-05-01", "2025-05-06", "2025-05-07", "2025-04-28", "2025-05-09"}
    assert days["2025-05-01"].startswith("On Thursday, Marco Rubio responded")


_BEHIND = ("Envoys agree on a ceasefire plan\n\nPublished 12 March 2024\n\nJEDDAH - Marco Rubio and Sergei Lavrov agreed "
           "on 11 March 2025 to a proposal for a 30-day ceasefire, officials said.\n\nMarco Rubio met Sergei Lavrov "
           "on Monday to discuss the proposal, officials said.\n")


def test_a_date_line_a_year_behind_the_days_it_reports(tmp_path: Path) -> None:
    # The date line prints 2024; the story reports, in the past tense, a day of 2025 a day before that date line's
    # day: the line's year is a year behind. It still dates the page (what is printed wins), but its Monday would
    # be a year off: weekdays and yearless days are left undated, and `check` says why.
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text(_BEHIND, encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    assert briefing.source("a.txt").published.iso == "2024-03-12"
    assert {e.date.iso for e in briefing.events} == {"2025-03-11"}
    assert any("'11 March 2025'" in d.summary for d in briefing.discrepancies)


def test_a_plan_a_year_after_the_date_line_is_no_misprint(tmp_path: Path) -> None:
    folder = tmp_path / "f"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "a.txt").write_text(_BEHIND.replace("agreed on 11 March 2025", "will sign on 11 March 2025"),
                                              encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    assert "2024-03-11" in {e.date.iso for e in briefing.events}
    assert not [d for d in briefing.discrepancies if d.kind == "wrong_year"]


def test_a_live_pages_entry_day_under_the_story_does_not_date_it() -> None:
    # A live page: the story's summary first, then "Updates" and a day without a year heading the entries
    # written after it. That day is not the page's: the summary's "tonight" was written the day before. Above the
    # prose, the same yearless line is the page's header date and dates it (with the folder's year).
    live = ("Ministers leave the harbour talks early\n\nUpdated\n"
            "The delegation from the northern ports says it will fly home tonight because of a storm at sea.\n\n"
            "Updates\n\nMarch 4\n\n  • Talks resume tomorrow\n\n    The chairs say the working groups will meet again.\n")
    assert extract_metadata("live.txt", live, corpus_year=2025).published is None
    header = live.replace("Updated\n", "March 4\n\n").replace("Updates\n\nMarch 4\n\n", "")
    meta = extract_metadata("page.txt", header, corpus_year=2025)
    assert meta.published is not None and meta.published.iso == "2025-03-04"
