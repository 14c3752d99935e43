"""A loader process forked before the dashboard starts any thread, for a folder that is not in the cache.

Extracting a large folder uses forked worker processes (see extract/parallel.py), and forking is only
safe while a process has a single thread. The dashboard loads in a worker thread, next to Textual's own
threads, so it cannot fork then. `Preforked.start()` forks a helper process first, while the CLI still
has one thread; the helper waits. If the folder turns out not to be cached, the dashboard asks the
helper to load it: the helper extracts (with its own workers), writes the cache and reports progress;
the dashboard then reads the cache (or, when the cache cannot be written, gets the briefing through the
pipe: never a second extraction). If it is cached, the helper is told to exit unused. Quitting kills
the helper at once, whatever it is doing.
"""

from __future__ import annotations

import marshal
import multiprocessing
import os
import signal
import threading
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.model import Briefing

#: `progress(done, total, stage)`, as for load_briefing.
Progress = Callable[[int, int, str], None]


class LoadFailed(Exception):
    """The helper process could not load the folder (its message says why) or died."""


class Preforked:
    """A waiting loader process. `load(folder, progress)` runs one load in it; `close()` ends it."""

    def __init__(self, process: multiprocessing.process.BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self._group = True  # its process group may still hold workers
        self._begun = False  # the load request sent (`begin`)

    @classmethod
    def start(cls) -> Preforked | None:
        """Fork the helper, or None where that is not safe or not possible (other threads already
        running, no `fork` on this system, no processes left)."""
        if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
            return None
        context = multiprocessing.get_context("fork")
        try:
            ours, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, ours), name="briefing-loader", daemon=False)
            process.start()
        except OSError:
            return None
        try:
            os.setpgid(process.pid, process.pid)  # as the helper does too: whichever runs first
        except OSError:  # it has done so itself already, or is gone
            pass
        theirs.close()
        return cls(process, ours)

    def begin(self, folder: Path | str | None) -> None:
        """Have the helper start loading `folder` now, while this process does something else (the dashboard
        reads the folder's previous briefing meanwhile); `load(folder)` then waits for it."""
        if not self._begun:
            self._begun = True
            try:
                self.conn.send(("load", None if folder is None else str(folder)))
            except OSError:  # it is gone: `load` says so (LoadFailed)
                pass

    def load(self, folder: Path | str | None, progress: Progress | None = None) -> Briefing | None:
        """Load `folder` in the helper, which writes it to the cache (None: read it from there); raise
        LoadFailed if it cannot. When the cache cannot be written (full or read-only disk) the helper
        sends the briefing itself through the pipe, part by part, and it is returned, with a problem
        that says the cache could not be written: the folder is never extracted twice. `progress` is
        called from this thread as the helper reports; an exception it raises (the caller giving up)
        kills the helper and propagates."""
        try:
            self.begin(folder)
            while True:
                message = self._receive()
                if message[0] == "progress":
                    if progress is not None:
                        progress(message[1], message[2], message[3])
                elif message[0] == "done":
                    return None
                elif message[0] == "parts":
                    return self._briefing_sent(folder, message[1])
                else:
                    raise LoadFailed(message[1])
        finally:
            self.close()

    def _briefing_sent(self, folder: Path | str | None, note: str) -> Briefing:
        """The briefing the helper sends part by part (see `encode`), checked as a cache is (`decode`)."""
        from briefing.load import data_folder
        from briefing.load.cache import UNTRUSTWORTHY
        from briefing.load.codec import decode
        from briefing.load.sources import read_sources
        from briefing.model import Problem

        path = data_folder(folder)
        texts = {raw.file: raw.text for raw in read_sources(path, [])}

        def parts() -> Iterator[object]:
            while True:
                message = self._receive(raw=True)
                if not message.startswith(b"part"):
                    return
                yield marshal.loads(message[4:])  # noqa: S302 - from our own helper process

        try:
            briefing = decode(parts(), texts, str(path))
        except UNTRUSTWORTHY as exc:
            raise LoadFailed(f"the loader process sent a briefing that does not check out: {exc}") from None
        problems = (*briefing.problems, Problem(file="(cache)", message=note))
        return briefing.model_copy(update={"problems": problems})

    def _receive(self, raw: bool = False) -> tuple:
        """The helper's next message (`raw`: its bytes, as `send_bytes` sent them). Its death is noticed by
        its sentinel, not by the pipe closing: the helper's own worker processes hold copies of the pipe."""
        while True:
            ready = wait([self.conn, self.process.sentinel])
            if self.conn in ready:
                try:
                    return self.conn.recv_bytes() if raw else self.conn.recv()
                except (EOFError, OSError):
                    pass
            if not self.process.is_alive():
                raise LoadFailed(f"the loader process ended unexpectedly (exit code {self.process.exitcode})")

    def stop(self) -> None:
        """Kill the helper and its worker processes now, from any thread: a `load` waiting on it then
        raises LoadFailed."""
        if not self._group:
            return
        try:
            os.killpg(self.process.pid, signal.SIGKILL)  # its own process group: it and its workers
        except (ProcessLookupError, PermissionError):
            if self.process.exitcode is None:
                self.process.kill()
        self._group = False

    def close(self) -> None:
        """End the helper and release it (idempotent; from the thread that uses it)."""
        self.stop()
        self.process.join(timeout=5)
        self.conn.close()


def _serve(conn: Connection, parents_end: Connection) -> None:
    """In the helper: wait for one request, carry it out, report, exit."""
    os.setpgid(0, 0)  # a process group of its own, so that its workers can be stopped with it
    parents_end.close()
    # Nothing of it (or of its workers) may reach the dashboard's terminal: a stray warning would draw over
    # the screen, and a background process group writing to a `stty tostop` terminal would be stopped.
    # What it has to say goes through the pipe.
    quiet = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(quiet, fd)
    os.close(quiet)
    try:
        request = conn.recv()
    except (EOFError, OSError):  # the dashboard went away (or found the folder cached) without a word
        return
    if request[0] != "load":
        return
    from briefing.load import load_briefing
    from briefing.load.store import NOT_WRITTEN

    last: tuple[str, int] | None = None

    def progress(done: int, total: int, stage: str) -> None:
        nonlocal last
        percent = (stage, done * 100 // total if total else 100)
        if percent != last:  # a hundred messages a stage at most
            last = percent
            conn.send(("progress", done, total, stage))

    notes: list[str] = []
    try:
        briefing = load_briefing(request[1], progress=progress, note=notes.append)
        failed = [note for note in notes if note.startswith(NOT_WRITTEN)]
        if not failed:
            conn.send(("done",))
            return
        # Not in the cache for the dashboard to read: it gets the briefing through the pipe instead.
        from briefing.load.codec import encode

        conn.send(("parts", failed[0]))
        for part in encode(briefing):
            conn.send_bytes(b"part" + marshal.dumps(part))  # as the cache stores it (columns become bytes)
        conn.send_bytes(b"end")
    except BaseException as exc:  # noqa: BLE001 - whatever it was, the dashboard must hear of it
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()
