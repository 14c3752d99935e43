"""Issue 13 items 4 and 13: the dashboard in a real pseudo-terminal leaves the terminal as it found it
when it is told to stop by a signal (SIGTERM, SIGHUP, as on `q` and SIGINT), and a folder full of FIFOs
neither hangs its load nor its `q`."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from helpers import write_folder
from tests.ptyterm import PtyApp

ARTICLE = "Talks in Riyadh\n\nSergei Lavrov met Marco Rubio in Riyadh on Tuesday. The talks were useful.\n"
ALT_SCREEN_OFF = b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


def _start(folder: Path, tmp_path: Path) -> PtyApp:
    return PtyApp("--data", str(folder), size=(80, 24), cwd=tmp_path,
                  env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache")})


def _until_drawn(term: PtyApp) -> bytes:
    """Read until the dashboard has entered the alternate screen and drawn the loaded briefing."""
    # (an undated article: the timeline says it has no dated events, which only the loaded briefing draws)
    term.wait_for_output(lambda raw: b"\x1b[?1049h" in raw and b"No dated events" in raw, "the dashboard")
    term.quiet()
    return term.raw


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_restores_the_terminal(tmp_path: Path, signum: signal.Signals) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    with _start(folder, tmp_path) as term:
        screen = _until_drawn(term)
        assert b"\x1b[?1049h" in screen and b"No dated events" in screen, "the dashboard never came up"
        assert MOUSE_OFF.replace(b"l", b"h") in screen, "mouse tracking was never switched on"
        term.process.send_signal(signum)
        assert term.until_exit(15) is not None, f"{signum.name}: the process did not end"
        after = term.raw[len(screen):]
    assert ALT_SCREEN_OFF in after, f"{signum.name}: the alternate screen was left on"
    assert MOUSE_OFF in after, f"{signum.name}: mouse tracking was left on"


def test_fifos_in_the_folder_neither_hang_the_load_nor_q(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    os.mkfifo(folder / "sources.toml")
    os.mkfifo(folder / "sources" / "pipe.txt")
    with _start(folder, tmp_path) as term:
        assert b"No dated events" in _until_drawn(term), "the load hung on a FIFO"
        os.write(term.master, b"q")
        assert term.until_exit(15) == 0, "q did not end the process"
        screen = term.raw
    assert ALT_SCREEN_OFF in screen
