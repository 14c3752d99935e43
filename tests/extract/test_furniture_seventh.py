"""Furniture classes from the lead's blind sets of the seventh session, on articles written for these tests: the
prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def test_a_line_a_hard_wrap_broke_off_a_sentence_is_no_inset_line(tmp_path: Path) -> None:
    """"In another post on his site, Trump / said that the call “had gone well” …": the first half of a wrapped
    sentence was marked as an inset line (a caption's shape: short, no full stop, between two paragraphs), so the
    quote lost its speaker. A next line opening lower-case continues it; a real inset line still is one."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Leaders talk\n\ndate 2025-02-13\n\n"
        "Right after his talk with the Russian leader, Donald Trump phoned Volodymyr Zelensky in Kyiv.\n"
        "In another post on his own site, Trump\n"
        "said that the second call “had gone very well indeed” and that Kyiv wanted a settlement soon.\n"
        "Aides in both capitals said the two men would meet before the end of the month in Riyadh.\n"
        "Kyiv names a new envoy, Kremlin says\n"
        "Scott Bessent, the Treasury Secretary, was in Kyiv on the same day to discuss a deal on minerals.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    text = briefing.sources[0].text
    quotes = {q.text: q.speaker for q in briefing.quotes}
    assert quotes == {"had gone very well indeed": "trump"}
    marked = [text[r.start:r.end] for r in briefing.sources[0].regions if r.kind == "boilerplate"]
    assert "Kyiv names a new envoy, Kremlin says" in marked
    assert not any("Trump" in line for line in marked)


def test_a_sites_name_and_date_line_is_furniture_and_still_dates_the_page(tmp_path: Path) -> None:
    """"THE EXAMPLE COURIER — 2025-05-08", "- The Example Herald - Tuesday, May 13, 2025", "Time 08:10 am, May 14,
    2025": the lines date their pages (events helper) but were left unmarked, citable as story."""
    (tmp_path / "sources").mkdir()
    lines = {"a.txt": "THE EXAMPLE COURIER — 2025-05-08", "b.txt": "- The Example Herald - Tuesday, May 13, 2025",
             "c.txt": "Time 08:10 am, May 14, 2025"}
    for name, line in lines.items():
        (tmp_path / "sources" / name).write_text(
            f"Ministers sign the long-awaited trade accord in London\n\n{line}\n\n"
            "Keir Starmer and Donald Trump signed the accord in London, officials said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    for source in briefing.sources:
        marked = [source.text[r.start:r.end] for r in source.regions if r.kind == "boilerplate"]
        assert marked == [lines[source.file]], source.file
        assert source.published is not None
        assert source.headline.startswith("Ministers sign")
