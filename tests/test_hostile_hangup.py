"""A terminal that goes away with no SIGHUP reaching the dashboard (the SSH connection or the terminal window
closed, the dashboard not its session's leader): the pty's other end is closed, so every read of the input is
end of file at once. Textual's input thread spun on it and the orphaned dashboard used a quarter of a core for
ever (four such were found on this host, an hour old). It now ends within a couple of seconds."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from helpers import write_folder
from tests.ptyterm import PtyApp

ARTICLE = "Talks in Riyadh\n\nSergei Lavrov met Marco Rubio in Riyadh on Tuesday. The talks were useful.\n"


def test_the_dashboard_ends_when_its_terminal_is_gone(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    term = PtyApp("--data", str(folder), size=(80, 24), cwd=tmp_path,
                  env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache")})
    try:
        term.wait_for_output(lambda raw: b"\x1b[?1049h" in raw and b"No dated events" in raw, "the dashboard")
        os.close(term.master)  # the terminal goes; no signal is sent (the app leads no session with that tty)
        try:
            code = term.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            code = None
        assert code is not None, "the dashboard ran on with its terminal gone"
    finally:
        if term.process.poll() is None:
            os.killpg(term.process.pid, signal.SIGKILL)
            term.process.wait()
