"""Role phrases of a folder's own sides name the speaker: "the Varnian chief negotiator said" (qualifier after
the nationality) and "Keldor's foreign minister told reporters" (a possessive of a country the bundled data does
not know), each resolved to the one person of the article whose introduced title carries that word and role.
The text is written for this test (invented countries and people)."""

from __future__ import annotations

import shutil
from pathlib import Path

from briefing.load import load_briefing

SIDES = Path(__file__).resolve().parent.parent / "data" / "other_negotiation" / "sides.toml"
TEXT = """Sea border talks stall

OSLO, April 9, 2025 — Varnian chief negotiator Tomas Reyk met his Keldorian counterpart on Wednesday.

"We will not sign a line that cuts our islands off," the Varnian chief negotiator said after the meeting.

Keldorian Foreign Minister Anya Brecht arrived later. "The median line is fair," Keldor's foreign minister told \
reporters.

"Nothing is settled," the Keldorian envoy said.
"""


def test_role_phrases_of_a_folders_own_sides(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "data"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(SIDES, folder / "sides.toml")
    (folder / "sources" / "a.txt").write_text(TEXT, encoding="utf-8")
    briefing = load_briefing(folder, use_cache=False)
    speakers = {q.span.text.strip(' ,."'): q.speaker for q in briefing.quotes}
    assert speakers["We will not sign a line that cuts our islands off"] == "auto-tomas-reyk"
    assert speakers["The median line is fair"] == "auto-anya-brecht"
    assert speakers["Nothing is settled"] is None  # no Keldorian envoy is introduced: unknown, not a guess
