"""Pictures and live-page chrome a new user met first on a folder of their own (issue 10, 7 December, seventeenth
session, sweep38): the lead picture's credit and caption run onto the scrape's date stamp ("date … Photo: DESK/Name
<caption>") became the page's headline and an event; a picture viewer's control line ("Open this photo in
gallery:") and the caption under it, a live page's entry stamps ("05/12/26 14:05") and its entries' credits after
a dash ("– Herald staff"), and "Read his full analysis here:" were left in the story. The pages are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import load_sources, marked_lines

CAPTION = ("Photo: THE EXAMPLE PRESS/Jo Roe Lakeport Mayor Anna Berg addresses supporters at the harbour hall in "
           "Lakeport on Tuesday, May 12, 2026.")
STAMPED = f"""https://news.example.com/lakeport/2026/05/12/berg-wins-second-term
 date 2026-05-12 {CAPTION}

Mayor Anna Berg promised to rebuild the old pier after voters in Lakeport handed her a second term in Monday's
council ballot.

"We start work on the pier in June," Berg told a crowded hall early on Tuesday.
"""


def test_a_labelled_caption_after_the_date_stamp_is_furniture(tmp_path: Path) -> None:
    marked = marked_lines(STAMPED)
    assert marked[f"date 2026-05-12 {CAPTION}"]
    briefing = load_sources(tmp_path, berg=STAMPED)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2026-05-12"
    assert not source.headline.startswith("Photo:")  # the sources list and every citation show the headline
    at = source.text.index(CAPTION)
    cited = [event.title for event in briefing.events
             if any(e.start < at + len(CAPTION) and at < e.end for e in event.evidence)]
    assert cited == []


GALLERY = """Harbour council backs the pier plan

Open this photo in gallery:

Mayor Anna Berg arrives at the council chamber in Lakeport on May 12, 2026.Sam Doe/The Lakeport Herald

The council voted seven to two on Tuesday to fund the new pier, ending a year of argument over its cost.

open image in gallery
Councillor Ben Ode leaves the chamber after the vote (Example Photo Desk)

Ode, who led the campaign against the plan, said he would not try to overturn the vote.

View image in fullscreen
Fishing boats in the harbour at dawn

Work on the first section is due to start in June, the council said.
"""


def test_a_picture_viewers_control_and_its_caption_are_furniture() -> None:
    marked = marked_lines(GALLERY)
    furniture = ["Open this photo in gallery:",
                 "Mayor Anna Berg arrives at the council chamber in Lakeport on May 12, 2026.Sam Doe/The Lakeport Herald",
                 "open image in gallery", "Councillor Ben Ode leaves the chamber after the vote (Example Photo Desk)",
                 "View image in fullscreen", "Fishing boats in the harbour at dawn"]
    assert [line for line in furniture if not marked[line]] == []
    story = [line for line in marked if line.startswith(("The council voted", "Ode, who led", "Work on the first"))]
    assert len(story) == 3 and not any(marked[line] for line in story)


LIVE = """Council vote live: pier plan passes

05/12/26 14:05

Turnout was the highest in a decade

– Herald staff

Officials said 61 per cent of registered voters took part, well above the figure four years ago.

05/12/26 13:40

Berg thanks her rivals

– The Example Press

Berg told supporters she would work with every councillor on the budget, and thanked the two candidates she beat.

Read his full analysis here:

– and that, Ode said later, was the end of the matter.
"""


def test_a_live_pages_entry_stamps_and_credits_are_furniture() -> None:
    marked = marked_lines(LIVE)
    furniture = ["05/12/26 14:05", "– Herald staff", "05/12/26 13:40", "– The Example Press", "Read his full analysis here:"]
    assert [line for line in furniture if not marked[line]] == []
    assert not marked["– and that, Ode said later, was the end of the matter."]
    assert not marked["Officials said 61 per cent of registered voters took part, well above the figure four years ago."]


HEAD = """The Lakeport Courier
U.S. World Business Lifestyle
...

Pier repairs begin after the storm

Crews began repairing the storm-damaged pier on Monday, the harbour office said.

Local Business Owners Say Repairs Came Too Late
"""


def test_a_row_of_section_names_and_a_lone_ellipsis_are_furniture() -> None:
    marked = marked_lines(HEAD)
    assert marked["U.S. World Business Lifestyle"] and marked["..."]
    assert not marked["Pier repairs begin after the storm"]
    assert not marked["Crews began repairing the storm-damaged pier on Monday, the harbour office said."]


PROMPTED = """https://rewrites.example.net/lakeport/?p=4410
Write an article about Who won the pier vote? The results explained – Lakeport Courier .Organize the content with appropriate headings (h1, h2, h3), Retain any existing tags from
Mayor Anna Berg won the pier vote on Monday by a wide margin, the council's returning officer said.
Turnout was the highest in a decade.
"""


def test_a_rewriting_sites_prompt_is_furniture_not_the_headline(tmp_path: Path) -> None:
    prompt = PROMPTED.split("\n")[1]
    assert marked_lines(PROMPTED)[prompt]
    source = load_sources(tmp_path, rewrite=PROMPTED).sources[0]
    assert source.headline.startswith("Mayor Anna Berg won the pier vote")


UPDATED = """Harbour Fire Contained, Roads Reopen

UPDATED with latest: Crews contained the harbour fire overnight and the coast road reopened to residents.

PREVIOUS, Jan. 17: Calmer winds let firefighters hold the line near the old cannery, officials said.
"""


def test_a_live_storys_update_labels_are_furniture_and_their_paragraphs_are_not() -> None:
    from helpers import furniture_covers, furniture_touches

    assert furniture_covers(UPDATED, "UPDATED with latest:") and furniture_covers(UPDATED, "PREVIOUS, Jan. 17:")
    assert not furniture_touches(UPDATED, "Crews contained the harbour fire overnight")
    assert not furniture_touches(UPDATED, "Calmer winds let firefighters hold the line")


RANT = """Lakeport council backs the pier plan

Mayor Anna Berg said on Tuesday that she wanted to move on, refusing to answer a rant from a Harbour Party councillor calling the mayor a “wrecker” and a “fantasist.”

“I am focused on the pier and nothing else,” Berg said.
"""


def test_words_of_a_councillor_a_participle_follows_are_not_the_mayors(tmp_path: Path) -> None:
    from helpers import quotes_of

    speakers, actors = quotes_of(tmp_path, RANT)
    names = {ident: name for name, ident in actors.items()}
    said = {text: names.get(speaker) for text, speaker in speakers.items()}
    assert [text for text, name in said.items() if name == "Anna Berg" and ("wrecker" in text or "fantasist" in text)] == []
    assert [name for text, name in said.items() if text.startswith("I am focused on the pier")] == ["Anna Berg"]


CREED = """Berg wins a second term in Lakeport

Our correspondent Jo Roe in Lakeport writes that Mayor Anna Berg has long professed a simple rule for stormy seasons: “Fix the pier first.”

Roe argues that luck played a larger part in the result than the mayor admits.
"""


def test_a_creed_a_that_clauses_subject_has_long_professed_is_not_the_writers(tmp_path: Path) -> None:
    from helpers import quotes_of

    speakers, actors = quotes_of(tmp_path, CREED)
    names = {ident: name for name, ident in actors.items()}
    # (the mayor's, or unknown: never the correspondent's who reports it)
    said = [names.get(speaker) for text, speaker in speakers.items() if "Fix the pier first" in text]
    assert len(said) == 1 and said[0] in (None, "Anna Berg")
