"""The load progress bar of `briefing check` / `briefing export`: on a terminal, for large folders only."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from briefing.load import load_briefing
from briefing.progress import LoadProgress


def _run(total: int, *, terminal: bool) -> str:
    out = io.StringIO()
    with LoadProgress(Console(file=out, force_terminal=terminal, width=80)) as progress:
        for done in range(0, total + 1, max(1, total // 10)):
            progress(done, total)
    return out.getvalue()


def test_a_large_folder_on_a_terminal_shows_a_bar() -> None:
    assert "Extracting 1000 sources" in _run(1000, terminal=True)


def test_no_bar_for_a_small_folder_or_off_a_terminal() -> None:
    assert _run(LoadProgress.THRESHOLD, terminal=True) == ""
    assert _run(1000, terminal=False) == ""


def test_the_loader_drives_the_bar(tmp_path: Path) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from make_corpus import generate

    folder = generate(tmp_path, 30)
    out = io.StringIO()
    progress = LoadProgress(Console(file=out, force_terminal=True, width=80))
    progress.THRESHOLD = 10
    with progress:
        load_briefing(folder, progress=progress)
    assert "Reading 30 sources" in out.getvalue() and "Extracting 30 sources" in out.getvalue()
    assert progress.bar is not None and progress.bar.tasks[0].completed == 30


def test_check_off_a_terminal_writes_no_progress(tmp_path: Path) -> None:
    """`briefing export` with stderr a pipe draws no bar, past the threshold too. The child lowers the threshold
    to 10 so that 30 sources are "a large folder" (210 were generated and extracted before, for the same claim);
    with the CLI's console forced to a terminal it writes "Reading 30 sources" and escapes, so this fails."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from make_corpus import generate

    folder = generate(tmp_path, 30)
    child = ("import sys; from briefing.progress import LoadProgress; LoadProgress.THRESHOLD = 10; "
             "from briefing.cli import main; sys.exit(main(sys.argv[1:]))")
    env = dict(os.environ, BRIEFING_CACHE_DIR=str(tmp_path / "cache"))
    result = subprocess.run([sys.executable, "-c", child, "export", "--data", str(folder), "-o",
                             str(tmp_path / "out.json")], capture_output=True, text=True, check=True, env=env)
    assert (tmp_path / "out.json").stat().st_size > 0
    assert "Loading" not in result.stderr
    assert "sources" not in result.stderr and "\x1b" not in result.stderr
