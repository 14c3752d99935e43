"""Hostile sources: nothing reaches the terminal, `check` output or exports that should not."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from briefing.load import load_briefing

from hostile import INJECTED, hostile_folder


def test_loader_makes_hostile_text_inert(tmp_path: Path) -> None:
    briefing = load_briefing(hostile_folder(tmp_path))
    text = briefing.source("evil.txt").text
    assert "\x1b" not in text and "\x9b" not in text and "\x07" not in text and "\x00" not in text
    assert "[bold red]not bold[/]" in text  # markup stays literal text
    assert briefing.actor("lavrov").name == "Sergei [bold red]Lavrov[/] ]0;pwned"
    event = briefing.event("hostile-talks")
    assert event is not None and text[event.evidence[0].start:event.evidence[0].end] == event.evidence[0].text
    assert "\x1b" not in event.title and "\x9b" not in event.summary
    assert any("control characters" in p.message and p.file == "sources/evil.txt" for p in briefing.problems)


def _run(args: list[str], cwd: Path, stderr: bool = True) -> bytes:
    exe = Path(sys.executable).with_name("briefing")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR",)}
    env.update({"FORCE_COLOR": "1", "COLUMNS": "100", "TERM": "xterm-256color"})
    result = subprocess.run([str(exe), *args], cwd=cwd, capture_output=True, env=env, timeout=120)
    return result.stdout + (result.stderr if stderr else b"")


def test_check_and_exports_carry_no_injected_sequences(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path / "hostile")
    check = _run(["check", "--data", str(folder)], tmp_path)
    assert b"Problems" in check  # colour is forced on, so Rich's own styling escapes are present
    for export in (["export", "--format", "json"], ["export", "--format", "markdown"]):
        out = _run([*export, "--data", str(folder)], tmp_path)
        for sequence in INJECTED:
            assert sequence not in out, (export, sequence)
        assert b"\x1b" not in out
    for sequence in INJECTED:
        assert sequence not in check, sequence
    data = json.loads(_run(["export", "--format", "json", "--data", str(folder)], tmp_path, stderr=False))
    assert data["quotes"][0]["text"] == "Of course, this is [b]unacceptable[/b] to us,"


def test_check_shows_markup_literally(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path / "hostile")
    exe = Path(sys.executable).with_name("briefing")
    out = subprocess.run([str(exe), "check", "--data", str(folder)], capture_output=True, text=True,
                         env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}, timeout=120).stdout
    assert "sources/evil.txt" in out and "control characters" in out
