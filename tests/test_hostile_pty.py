"""End to end: `briefing` in a real pseudo-terminal on a hostile folder writes none of the injected sequences."""

from __future__ import annotations

import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import fcntl

from hostile import hostile_folder

PAYLOADS = [
    b"\x1b]52;c;cm0gLXJmIH4=",  # clipboard write
    b"\x1b]0;pwned-title",  # window title
    b"\x1b]2;title2",
    b"\x1b]8;;https://evil.example/",  # hyperlink
    b"\x1b[2J\x1b[Hmore",  # clear screen + home, as written in the content
    b"\x9b31m",  # C1 CSI
    b"\x9d0;x",  # C1 OSC
]


def _read(fd: int, seconds: float) -> bytes:
    out = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
    return out


def test_tui_writes_no_injected_sequences(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path / "hostile")
    exe = Path(sys.executable).with_name("briefing")
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([str(exe), "--data", str(folder)], stdin=slave, stdout=slave, stderr=slave,
                               env=env, cwd=tmp_path, start_new_session=True, close_fds=True)
    os.close(slave)
    screen = b""
    try:
        screen += _read(master, 6.0)
        # Drive it to the hostile source: the source pane, the event's evidence, the quote.
        for key in (b"4", b"j", b"j", b"1", b"\r", b"4", b"G"):
            os.write(master, key)
            screen += _read(master, 0.6)
        os.write(master, b"q")
        screen += _read(master, 3.0)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        os.close(master)
    assert len(screen) > 2000, "the app drew nothing"
    assert b"Hostile wire" in screen or b"Lavrov" in screen, "the hostile source was never shown"
    for payload in PAYLOADS:
        assert payload not in screen, payload
    assert b"pwned-title" in screen or b"cm0gLXJmIH4=" in screen, "the inert remains of the sequences are not shown"
