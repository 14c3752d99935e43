"""`briefing` in a real pseudo-terminal: type the bytes a terminal sends, read back the raw output and the
screen it draws (pyte, a terminal emulator)."""

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
import pyte


class PtyApp:
    """Runs `briefing ARGS` at `size` (columns, rows) with `env` changes; use as a context manager."""

    def __init__(self, *args: str, size: tuple[int, int] = (80, 24), env: dict[str, str | None] | None = None,
                 cwd: Path | None = None) -> None:
        self.columns, self.rows = size
        exe = Path(sys.executable).with_name("briefing")
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", self.rows, self.columns, 0, 0))
        environ = {**os.environ, "TERM": "xterm-256color", "COLUMNS": str(self.columns), "LINES": str(self.rows)}
        environ.pop("NO_COLOR", None)
        for name, value in (env or {}).items():
            if value is None:
                environ.pop(name, None)
            else:
                environ[name] = value
        self.process = subprocess.Popen([str(exe), *args], stdin=slave, stdout=slave, stderr=slave, env=environ,
                                        cwd=cwd, start_new_session=True, close_fds=True)
        os.close(slave)
        self.raw = b""
        self.screen = pyte.Screen(self.columns, self.rows)
        self.stream = pyte.ByteStream(self.screen)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.process.poll() is None:
                os.write(self.master, b"q")
                self.read(2.0)
                self.process.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            os.close(self.master)

    def read(self, seconds: float) -> bytes:
        """What the app writes within `seconds` (fed to the emulator too)."""
        out = b""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if ready:
                try:
                    chunk = os.read(self.master, 65536)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
        self.raw += out
        self.stream.feed(out)
        return out

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_for(self, needle: str, seconds: float = 15.0) -> str:
        """Read until the screen shows `needle`; the screen's text."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.read(0.1)
            if needle in self.text():
                self.read(0.2)  # the rest of the frame
                return self.text()
        raise AssertionError(f"{needle!r} never shown; the screen:\n{self.text()}")

    def type(self, *keys: bytes, settle: float = 0.5) -> str:
        """Write each key's bytes as a terminal sends them (b".", b"\\x1b[B" for Down), one write per key as a
        person types; the screen after."""
        for key in keys:
            os.write(self.master, key)
            self.read(0.1)
        self.read(settle)
        return self.text()
