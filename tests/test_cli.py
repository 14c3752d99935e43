"""`briefing check` and `briefing export` as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from briefing.cli import main
from briefing.load import load_briefing

from conftest import SEEDS
from helpers import write_folder

CONTRACT = {
    "event": {"id", "date", "precision", "title", "summary", "actors", "evidence", "origin", "confidence"},
    "actor": {"id", "name", "aliases", "side", "roles"},
    "position": {"side", "issue", "stance", "summary", "date", "evidence"},
    "quote": {"speaker", "text", "source", "start", "end"},
    "discrepancy": {"kind", "summary", "evidence"},
    "source": {"file", "outlet", "headline", "published", "published_basis", "chars"},
}


def test_check_is_clean_on_the_bundled_data(capsys) -> None:
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "No problems found." in out and "Positions" in out and "Sources" in out


def test_check_lists_the_first_sources_and_counts_the_rest(monkeypatch, capsys) -> None:
    """A folder of thousands of articles: the sources table shows the first ones and says how many more
    (a 10,000-row table took Rich seconds and nobody reads it)."""
    monkeypatch.setattr("briefing.report.SOURCES_SHOWN", 2)
    monkeypatch.setenv("COLUMNS", "160")
    assert main(["check"]) == 0
    table = capsys.readouterr().out.split("Actors per side")[0]
    files = sorted(p.name for p in SEEDS.iterdir())
    assert "and 3 more (0 undated)" in table
    assert files[0] in table and files[1] in table and files[2] not in table and files[-1] not in table


def test_check_lists_every_problem_and_exits_1(tmp_path: Path, capsys) -> None:
    folder = write_folder(tmp_path, {"a.txt": "Lavrov said no.\n", "b.txt": b""},
                          events='[[event]]\nid = "x"\ndate = "2025-99"\ntitle = "t"\n',
                          quotes='[[quote]]\nsource = "a.txt"\ntext = "never said"\n')
    assert main(["check", "--data", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "events.toml:3" in out and "month 99 is not 1-12" in out and "quotes.toml" in out and "sources/b.txt" in out


def test_json_export_round_trips(tmp_path: Path) -> None:
    out = tmp_path / "briefing.json"
    assert main(["export", "--format", "json", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert {"sources", "actors", "issues", "events", "positions", "quotes", "discrepancies"} <= set(data)
    briefing = load_briefing()
    assert len(data["events"]) == len(briefing.events) and len(data["quotes"]) == len(briefing.quotes)
    for key, singular in [("events", "event"), ("actors", "actor"), ("positions", "position"),
                          ("quotes", "quote"), ("discrepancies", "discrepancy"), ("sources", "source")]:
        for record in data[key]:
            assert CONTRACT[singular] <= set(record), (key, set(record))
    texts = {p.name: p.read_text(encoding="utf-8") for p in SEEDS.glob("*.txt")}
    evidence = [e for k in ("events", "positions", "discrepancies") for r in data[k] for e in r["evidence"]]
    evidence += [{"source": q["source"], "start": q["start"], "end": q["end"], "text": q["text"]} for q in data["quotes"]]
    assert evidence
    for item in evidence:
        assert texts[item["source"]][item["start"]:item["end"]] == item["text"]
    assert {e["date"] for e in data["events"]} >= {"2014", "2025-02-12"}
    for source in data["sources"]:
        assert source["chars"] == len(texts[source["file"]])
    # Exporting again gives the same bytes: nothing depends on the clock or on ordering accidents.
    again = tmp_path / "again.json"
    main(["export", "--format", "json", "-o", str(again)])
    assert again.read_bytes() == out.read_bytes()


def test_markdown_export_is_a_briefing(capsys) -> None:
    assert main(["export", "--format", "markdown"]) == 0
    md = capsys.readouterr().out
    for heading in ("## Timeline", "## Who is who", "## Positions", "## Quotes", "## Where the sources disagree",
                    "## Sources"):
        assert heading in md
    assert "| Proposition | US | Russia | Ukraine | Europe |" in md
    assert "| Ukraine may join NATO | against | against | for | open → for |" in md  # oldest first
    # citations name the outlet, headline and date, then the file and characters
    assert "Euractiv (republished by Energy News Beat), “US stuns European allies" in md
    assert "(000_d704b8d84d6bb80f.txt, characters " in md


def test_data_option_points_at_another_folder(tmp_path: Path, capsys) -> None:
    folder = tmp_path / "other"
    (folder / "sources").mkdir(parents=True)
    shutil.copy(SEEDS / "001_bcf16b9289f1f929.txt", folder / "sources")
    main(["export", "--data", str(folder), "--format", "json"])
    data = json.loads(capsys.readouterr().out)
    assert [s["file"] for s in data["sources"]] == ["001_bcf16b9289f1f929.txt"]


def test_installed_command_works_from_another_folder(tmp_path: Path) -> None:
    exe = Path(sys.executable).with_name("briefing")
    assert exe.exists(), "the briefing console script is not installed"
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1"}
    result = subprocess.run([str(exe), "check"], cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No problems found." in result.stdout
    assert not list(tmp_path.iterdir()), "check wrote files into the working folder"
