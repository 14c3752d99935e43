"""An undated article is dated by the events it shares with dated ones, unless its own text says later."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing

DATED = ("Rubio and Lavrov meet in Riyadh\n\nREUTERS | Published February 18, 2025\n"
         "RIYADH, Feb 18 (Reuters) – Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday for talks on ending "
         "the war in Ukraine, the first such meeting in three years.\n"
         "Volodymyr Zelensky said he had postponed a visit to Saudi Arabia planned for Wednesday.\n")
#: Zelensky's words of Wednesday 19 February, reported the next day.
WEDNESDAY = ("Zelensky in Ankara\n\nPublished February 20, 2025\n"
             "Volodymyr Zelensky said on Wednesday that nothing would be decided about Ukraine without Ukraine, "
             "speaking in Ankara.\n")
UNDATED = ("Talks without Kyiv\n\n"
           "Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday for talks on ending the war in Ukraine, "
           "their first meeting.\n"
           "Volodymyr Zelensky cancelled a visit to Saudi Arabia planned for Wednesday, his office said.\n"
           "Zelensky said on Wednesday that nothing would be decided without Ukraine.\n")
LATER = ("A later piece\n\nMarco Rubio and Sergei Lavrov met in Riyadh on Tuesday for talks on ending the war in "
         "Ukraine, their first meeting.\nTrump and Zelensky argued in the Oval Office on February 28.\n")


def _folder(tmp_path: Path, **files: str) -> Path:
    (tmp_path / "sources").mkdir()
    for name, text in files.items():
        (tmp_path / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_undated_article_anchored_to_a_shared_event(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, a=DATED, b=UNDATED, w=WEDNESDAY))
    source = briefing.source("b.txt")
    assert source is not None and source.published is not None
    # Tuesday's talks (past) put it on 18-24 Feb, the visit planned for Wednesday on 13-19 Feb, and
    # Zelensky's words "on Wednesday" (past, reported by w.txt) on 19-25 Feb: only Wednesday 19 Feb fits all three.
    assert source.published.iso == "2025-02-19"
    assert source.meta_rule == "meta:anchored-by-event" and source.meta_confidence <= 0.6
    assert "between 2025-02-19 and 2025-02-19" in source.published_note
    dates = {e.date.iso for e in briefing.events if "b.txt" in e.sources}
    assert "2025-02-18" in dates


def test_two_clues_bound_an_article_without_dating_it(tmp_path: Path) -> None:
    """Without w.txt, Zelensky's "on Wednesday" shares only his name with the planned visit: it is no clue. The
    two clues left bound the writing to 18-19 Feb: the source stays undated, its Tuesday is still the 18th."""
    briefing = load_briefing(_folder(tmp_path, a=DATED, b=UNDATED))
    source = briefing.source("b.txt")
    assert source is not None and source.published is None
    assert "between 2025-02-18 and 2025-02-19" in source.published_note
    assert "2025-02-18" in {e.date.iso for e in briefing.events if "b.txt" in e.sources}


def test_no_anchor_when_the_text_reports_a_later_day(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, a=DATED, c=LATER))
    source = briefing.source("c.txt")
    assert source is not None and source.meta_rule != "meta:anchored-by-event"


SUMMIT = ("Leaders meet in Paris\n\nPublished February 18, 2025\n"
          "French President Emmanuel Macron convened an emergency summit in Paris on Monday after Keith Kellogg, "
          "Donald Trump's envoy for Russia and Ukraine, said Europe would not be at the negotiating table.\n")
#: The same people and countries on a Monday, but another Monday's business (a White House visit a week
#: later): nothing but names and titles is shared with the summit.
VISIT = ("A week of diplomacy\n\n"
         "On Monday, French President Emmanuel Macron met Donald Trump at the White House to argue that a "
         "European force in Ukraine could deter Russia, and urged the US leader to doubt Vladimir Putin.\n"
         "The visit ended without an agreement.\n")


def test_the_same_people_on_the_same_weekday_do_not_date_an_article(tmp_path: Path) -> None:
    """An undated article whose weekday sentence shares only names and titles with a dated event is not
    dated by it: its "On Monday" stays undated rather than taking the other article's Monday."""
    briefing = load_briefing(_folder(tmp_path, a=SUMMIT, b=VISIT))
    source = briefing.source("b.txt")
    assert source is not None and source.published is None
    for event in briefing.events:
        assert "b.txt" not in event.sources, (event.date.iso, event.title)
