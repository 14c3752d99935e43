"""`briefing export --format markdown` claims in its positions matrix only what the dashboard shows by default:
an automatic position below the band that has been right 80 % of the time on labelled articles is listed after
the matrix, under a heading that says so, never as a side's stance in a cell a colleague reads at a glance."""

from __future__ import annotations

from pathlib import Path

from briefing.export import Scope, to_markdown
from briefing.load import load_briefing
from briefing.model.confidence import HIDE_BELOW

# Written for this test: every position in it is found automatically, below the positions band.
WIRE = """Ceasefire talks stall in Riyadh

RIYADH, March 12, 2025 — On Tuesday Russia and Ukraine agreed to a limited ceasefire covering ports, officials
in both capitals said.

Ukrainian Foreign Minister Andrii Sybiha said Kyiv rejected any ceasefire that left Russian troops in place.
"""

CEASEFIRE_ROW = "| A ceasefire comes before a settlement |"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "talks"
    folder.mkdir()
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    return folder


def _section(markdown: str) -> str:
    return markdown[markdown.index("## Positions"):markdown.index("## Quotes")]


def test_positions_below_the_band_stay_out_of_the_matrix_and_are_listed_after_it(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path))
    low = [p for p in briefing.positions if p.issue == "ceasefire"]
    assert low and all(p.origin == "auto" and p.confidence < HIDE_BELOW["position"] for p in low)
    section = _section(to_markdown(briefing))
    row = next(line for line in section.splitlines() if line.startswith(CEASEFIRE_ROW))
    assert row == CEASEFIRE_ROW + " — | — | — | — |"
    heading = f"### Found automatically, below the band shown by default ({len(low)})"
    assert heading in section
    listed = section[section.index(heading):]
    assert "**Russia on “A ceasefire comes before a settlement”: for**" in listed
    assert "**Ukraine on “A ceasefire comes before a settlement”: against**" in listed
    assert "rejected any ceasefire" in listed  # the sentence each stands on


def test_a_view_that_shows_low_positions_keeps_them_in_its_matrix(tmp_path: Path) -> None:
    """The dashboard's `w` writes what its view shows: with `x` pressed twice that includes these positions."""
    briefing = load_briefing(_folder(tmp_path))
    section = _section(to_markdown(briefing, Scope(positions=briefing.positions, note="low shown")))
    row = next(line for line in section.splitlines() if line.startswith(CEASEFIRE_ROW))
    assert "for" in row and "against" in row
    assert "below the band" not in section


def test_check_puts_positions_below_the_band_in_brackets(tmp_path: Path, monkeypatch, capsys) -> None:
    from briefing.cli import main

    monkeypatch.setenv("COLUMNS", "200")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    main(["check", "--data", str(_folder(tmp_path))])
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if "A ceasefire comes before a settlement" in line)
    cells = [cell.strip() for cell in row.split("│")[2:-1]]
    assert cells == ["—", "(for)", "(for) → (against)", "—"]  # never a bare stance a maintainer reads as shown
