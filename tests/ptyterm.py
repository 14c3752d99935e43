"""`briefing` in a real pseudo-terminal: type the bytes a terminal sends, read back the raw output and the
screen it draws (pyte, a terminal emulator).

Every wait is for a condition (a text on the screen, bytes in the output, the process gone) with a generous
timeout, never a fixed sleep: the tests run as fast as the app draws and still pass on a loaded machine."""

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
from collections.abc import Callable
from pathlib import Path

import fcntl
import pyte

#: How long a condition may take to come true: generous, for a machine running other suites beside this one.
TIMEOUT = 30.0
#: Between two keys, as a person types (and so that the app reads them as separate keys).
KEY_GAP = 0.03
#: After a lone Esc: longer than the app's parser waits to tell Esc from the start of a sequence (ESCDELAY,
#: 100 ms), so that the next key is not read as Alt+key.
ESC_GAP = 0.25
#: No output for this long after a condition came true: the rest of the frame has been read.
QUIET = 0.05


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
        self.closed = False
        self.screen = pyte.Screen(self.columns, self.rows)
        self.stream = pyte.ByteStream(self.screen)

    def __enter__(self) -> PtyApp:
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            if self.process.poll() is None:  # SIGTERM ends it as q does, whatever screen is open (q may not)
                self.process.send_signal(signal.SIGTERM)
                self.until_exit(10.0)
        except OSError:
            pass
        finally:
            if self.process.poll() is None:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
            os.close(self.master)

    def _pump(self, timeout: float) -> bool:
        """Read what the app writes within `timeout` (at most one chunk); whether anything came."""
        if self.closed:
            time.sleep(timeout)
            return False
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 65536)
        except OSError:  # the app has closed the terminal
            chunk = b""
        if not chunk:
            self.closed = True
            return False
        self.raw += chunk
        self.stream.feed(chunk)
        return True

    def read(self, seconds: float) -> bytes:
        """What the app writes within `seconds` (fed to the emulator too): for a step that has nothing to wait
        for."""
        start = len(self.raw)
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0 and not self.closed:
            self._pump(min(left, 0.05))
        return self.raw[start:]

    def quiet(self, gap: float = QUIET, seconds: float = 5.0) -> None:
        """Read until the app has written nothing for `gap` seconds (the rest of a frame), `seconds` at most."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and self._pump(gap):
            pass

    def text(self) -> str:
        return "\n".join(line.rstrip() for line in self.screen.display)

    def wait_until(self, condition: Callable[[str], bool], what: str, seconds: float = TIMEOUT) -> str:
        """Read until `condition(screen text)` holds, then the rest of the frame; the screen's text. Fails,
        showing the screen, if it does not hold within `seconds`."""
        deadline = time.monotonic() + seconds
        while not condition(self.text()):
            if time.monotonic() > deadline or self.closed:
                raise AssertionError(f"{what} never came; the screen:\n{self.text()}")
            self._pump(0.05)
        self.quiet()
        return self.text()

    def wait_for(self, needle: str, seconds: float = TIMEOUT) -> str:
        """Read until the screen shows `needle`; the screen's text."""
        return self.wait_until(lambda text: needle in text, f"{needle!r} shown", seconds)

    def wait_for_output(self, condition: Callable[[bytes], bool], what: str, seconds: float = TIMEOUT) -> bytes:
        """Read until `condition(all raw output so far)` holds; the raw output."""
        deadline = time.monotonic() + seconds
        while not condition(self.raw):
            if time.monotonic() > deadline or self.closed:
                raise AssertionError(f"{what} never came; the screen:\n{self.text()}")
            self._pump(0.05)
        return self.raw

    def until_exit(self, seconds: float = TIMEOUT) -> int | None:
        """Read until the app has ended (or `seconds` have passed); its exit code, None if it runs on."""
        deadline = time.monotonic() + seconds
        while self.process.poll() is None and time.monotonic() < deadline:
            self._pump(0.05)
        self.quiet()
        return self.process.poll()

    def type(self, *keys: bytes, until: str | Callable[[str], bool] | None = None, settle: float = 0.0,
             gap: float = KEY_GAP) -> str:
        """Write each key's bytes as a terminal sends them (b".", b"\\x1b[B" for Down), one write per key as a
        person types (`gap` seconds apart); then wait `until` the screen shows that text (or that condition
        holds on its text), or `settle` seconds if the step has nothing to show; the screen after."""
        for key in keys:
            os.write(self.master, key)
            self.read(max(gap, ESC_GAP) if key == b"\x1b" else gap)
        if until is None:
            self.read(settle)
            self.quiet()
            return self.text()
        if isinstance(until, str):
            return self.wait_for(until)
        return self.wait_until(until, "the condition after typing")
