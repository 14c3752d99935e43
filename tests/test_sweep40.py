"""What a new user met first on a folder of their own (issue 10, 7 December, eighteenth session, sweep40): the
Markdown briefing of any folder was headed with the bundled story's name ("US–Russia talks on ending the war in
Ukraine") over articles about a bank takeover; `briefing check` listed an event of the day before the article's
own date ("announced on Thursday" in Friday's page) as "before every source's date: background, or a wrong year",
and said "its weekdays and 'last week's stay undated". The articles are invented."""

from __future__ import annotations

from pathlib import Path

from helpers import load_sources

from briefing.export import to_markdown
from briefing.report import unestablished

PAGE = """Harlow Mutual walks away from its bid for Fenwick Trust

date 2025-10-17 Piet Vander, the chairman of Harlow Mutual, announced on Thursday that he would withdraw.
Shareholders of Fenwick Trust had turned down his offer.

Vander said on Friday that he would stay in his post.
"""

UNDATED = """Harlow Mutual weighs a second offer for Fenwick Trust

Harlow Mutual chairman Piet Vander told analysts on Tuesday that a second offer was possible, and Fenwick Trust
chairwoman Lena Ostrova said her board would meet last week's deadline.
"""


def test_a_folder_of_another_story_is_not_headed_with_the_bundled_story(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path / "bank_bid", page=PAGE)
    title = to_markdown(briefing).splitlines()[0]
    assert "Ukraine" not in title and "US–Russia" not in title
    assert title == "# Briefing: articles from bank_bid"


def test_the_bundled_briefing_keeps_its_story_as_title() -> None:
    from briefing.load import load_briefing

    assert to_markdown(load_briefing(auto=False)).startswith(
        "# Briefing: US–Russia talks on ending the war in Ukraine\n")


def test_the_day_before_the_article_is_not_called_background_or_a_wrong_year(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, page=PAGE)
    assert any(e.date is not None and e.date.iso == "2025-10-16" for e in briefing.events)
    kinds = [w.kind for w in unestablished(briefing)]
    assert "event before the earliest source" not in kinds


def test_an_event_years_before_every_source_is_still_listed(tmp_path: Path) -> None:
    page = PAGE + "\nVander first proposed a merger with Fenwick Trust in March 2019, when the board refused.\n"
    briefing = load_sources(tmp_path, page=page)
    assert any(e.date is not None and e.date.iso.startswith("2019") for e in briefing.events)
    assert "event before the earliest source" in [w.kind for w in unestablished(briefing)]


def test_an_undated_source_says_plainly_what_stays_undated(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, page=PAGE, undated=UNDATED)
    details = [w.message for w in unestablished(briefing) if w.kind == "undated source"]
    assert details and all("'last week' stay undated" in d for d in details)
    assert not any("'last week's" in d for d in details)


DATE_BAR = """Monday, December 22nd, 2025

Assembly votes on the Lakeport budget

LAKEPORT: The Lakeport Assembly passed the budget on Thursday while the opposition stayed away.

Finance Minister Mara Sell said the vote was lawful and that the budget would stand.

Publish Date : 9 June 2025 10:05 AM
"""


def test_check_names_the_two_printed_dates_of_a_page_it_leaves_undated(tmp_path: Path) -> None:
    briefing = load_sources(tmp_path, bar=DATE_BAR)
    details = [w.message for w in unestablished(briefing) if w.kind == "undated source"]
    assert len(details) == 1
    assert "Monday, December 22nd, 2025" in details[0] and "Publish Date : 9 June 2025" in details[0]
    assert "no dateline" not in details[0] and "no date in the text" not in details[0]


def test_the_sources_list_counts_one_claim_in_the_singular(tmp_path: Path) -> None:
    page = "Lakeport budget passes\n\n“The budget will stand,” an official said.\n"
    markdown = to_markdown(load_sources(tmp_path, one=page))
    line = next(x for x in markdown.splitlines() if x.startswith("- ") and "one.txt (date:" in x)
    assert "cited by 1 claim)" in line
