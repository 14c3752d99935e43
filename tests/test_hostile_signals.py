"""Issue 13 items 4 and 13: the dashboard in a real pseudo-terminal leaves the terminal as it found it
when it is told to stop by a signal (SIGTERM, SIGHUP, as on `q` and SIGINT), and a folder full of FIFOs
neither hangs its load nor its `q`."""

from __future__ import annotations

import os
import pty
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import fcntl
import pytest
import termios

from helpers import write_folder
from test_hostile_pty import _read

ARTICLE = "Talks in Riyadh\n\nSergei Lavrov met Marco Rubio in Riyadh on Tuesday. The talks were useful.\n"
ALT_SCREEN_OFF = b"\x1b[?1049l"
MOUSE_OFF = b"\x1b[?1000l"


def _start(folder: Path, tmp_path: Path) -> tuple[subprocess.Popen, int]:
    exe = Path(sys.executable).with_name("briefing")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24",
           "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    process = subprocess.Popen([str(exe), "--data", str(folder)], stdin=slave, stdout=slave, stderr=slave,
                               env=env, cwd=tmp_path, start_new_session=True, close_fds=True)
    os.close(slave)
    return process, master


def _until_drawn(master: int, seconds: float = 20.0) -> bytes:
    """Read until the dashboard has entered the alternate screen and drawn the loaded briefing."""
    screen = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not (b"\x1b[?1049h" in screen and b"events match" in screen):
        screen += _read(master, 0.5)
    screen += _read(master, 1.0)
    return screen


def _stop(process: subprocess.Popen, master: int) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
    os.close(master)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_restores_the_terminal(tmp_path: Path, signum: signal.Signals) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    process, master = _start(folder, tmp_path)
    try:
        screen = _until_drawn(master)
        assert b"\x1b[?1049h" in screen and b"events match" in screen, "the dashboard never came up"
        assert MOUSE_OFF.replace(b"l", b"h") in screen, "mouse tracking was never switched on"
        process.send_signal(signum)
        after = b""
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            after += _read(master, 0.3)
        after += _read(master, 0.5)
        assert process.poll() is not None, f"{signum.name}: the process did not end"
    finally:
        _stop(process, master)
    assert ALT_SCREEN_OFF in after, f"{signum.name}: the alternate screen was left on"
    assert MOUSE_OFF in after, f"{signum.name}: mouse tracking was left on"


def test_fifos_in_the_folder_neither_hang_the_load_nor_q(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    os.mkfifo(folder / "sources.toml")
    os.mkfifo(folder / "sources" / "pipe.txt")
    process, master = _start(folder, tmp_path)
    try:
        screen = _until_drawn(master)
        assert b"events match" in screen, "the load hung on a FIFO"
        os.write(master, b"q")
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            screen += _read(master, 0.3)
        assert process.poll() == 0, "q did not end the process"
    finally:
        _stop(process, master)
    assert ALT_SCREEN_OFF in screen
