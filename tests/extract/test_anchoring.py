"""An undated article is dated by the events it shares with dated ones, unless its own text says later."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing

DATED = ("Rubio and Lavrov meet in Riyadh\n\nREUTERS | Published February 18, 2025\n"
         "RIYADH, Feb 18 (Reuters) – Marco Rubio and Sergei Lavrov met in Riyadh on Tuesday for talks on ending "
         "the war in Ukraine, the first such meeting in three years.\n"
         "Volodymyr Zelensky said he had postponed a visit to Saudi Arabia planned for Wednesday.\n")
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
    briefing = load_briefing(_folder(tmp_path, a=DATED, b=UNDATED))
    source = briefing.source("b.txt")
    assert source is not None and source.published is not None
    # Tuesday's talks (past) put it on 18-24 Feb, the visit planned for Wednesday on 13-19 Feb, and
    # Zelensky's words "on Wednesday" (past) on 19-25 Feb: only Wednesday 19 Feb fits all three.
    assert source.published.iso == "2025-02-19"
    assert source.meta_rule == "meta:anchored-by-event" and source.meta_confidence <= 0.6
    assert "between 2025-02-19 and 2025-02-19" in source.published_note
    dates = {e.date.iso for e in briefing.events if "b.txt" in e.sources}
    assert "2025-02-18" in dates


def test_no_anchor_when_the_text_reports_a_later_day(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, a=DATED, c=LATER))
    source = briefing.source("c.txt")
    assert source is not None and source.meta_rule != "meta:anchored-by-event"
