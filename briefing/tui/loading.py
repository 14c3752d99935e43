"""The screen shown while a folder loads: a progress bar fed from a thread that runs the loader.

A large folder takes seconds to extract the first time (see benchmarks/README.md); the terminal should
show what is happening and still answer `q`. The loader runs in a worker thread; its progress callback
posts (thread-safe) messages here, at most one per percent, and raises to stop the load when the worker
is cancelled (the app quitting), so quitting never waits for the load to finish.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from briefing.model import Briefing
from briefing.tui.main import MainScreen
from briefing.tui.updating import PendingUpdate, Place

if TYPE_CHECKING:
    from briefing.background import Preforked
    from briefing.load import FolderRead


class LoadCancelled(Exception):
    """Raised inside the loader's progress callback when the app no longer wants the briefing."""


class LoadingScreen(Screen):
    """Loads `folder` (None: the bundled briefing) and switches to the MainScreen built with it (once it is
    the screen on top again, if help was opened meanwhile)."""

    class Loaded(Message):
        def __init__(self, briefing: Briefing, pending: PendingUpdate | None = None) -> None:
            super().__init__()
            self.briefing = briefing
            self.pending = pending  # the briefing is the folder's previous one: this builds the new one

    class _Progress(Message):
        def __init__(self, done: int, total: int, stage: str) -> None:
            super().__init__()
            self.done, self.total, self.stage = done, total, stage

    def __init__(self, folder: Path | str | None, preforked: Preforked | None = None) -> None:
        super().__init__(id="loading")
        self.folder = folder
        self.preforked = preforked
        #: Set when the loading thread has returned: loaded, failed, or stopped because the app quit.
        self.finished = threading.Event()
        self.loaded: Briefing | None = None
        self.pending: PendingUpdate | None = None

    #: What the screen says it does, and its first note.
    DOING = "Loading "
    FIRST_NOTE = "Reading the sources…"

    def compose(self) -> ComposeResult:
        where = str(self.folder) if self.folder is not None else "the bundled briefing"
        with Vertical(id="loading-box"):
            yield Static(Text.assemble((self.DOING, "bold"), where), id="loading-title")  # a path: not markup
            yield ProgressBar(total=None, show_eta=False, id="loading-bar")
            yield Static(Text(self.FIRST_NOTE), id="loading-note")
        yield Footer()

    def on_mount(self) -> None:
        self.run_worker(self._load, thread=True, exit_on_error=False, name="load", group="load")

    def _load(self) -> Briefing | PendingUpdate:
        from briefing.background import LoadFailed
        from briefing.load import data_folder, load_briefing  # (the imports: part of the load)
        from briefing.load.cache import cache_file

        worker = get_current_worker()
        folder = data_folder(self.folder)
        last: tuple[str, int] | None = None

        def progress(done: int, total: int, stage: str) -> None:
            nonlocal last
            if worker.is_cancelled:
                raise LoadCancelled
            percent = (stage, done * 100 // total if total else 100)
            if percent != last:
                last = percent
                self.post_message(self._Progress(done, total, stage))

        read = None  # (the folder as read to check the cache: the cache the helper writes is read with it)
        try:
            if self.preforked is not None and cache_file(folder) is not None:
                read, found = self._cached(folder)
                if found is not None:
                    return found
                # A cold load extracts in the helper, with worker processes, and hands over through the cache.
                try:
                    sent = self.preforked.load(self.folder, progress)  # it writes the cache load_briefing reads
                    if sent is not None:  # the cache could not be written: it sent the briefing itself
                        return sent
                except LoadFailed:
                    if worker.is_cancelled:  # the helper was stopped because the app is quitting
                        raise LoadCancelled from None
                    # else (it could not write the cache) extract here, in this thread: slower, nothing lost
            return load_briefing(self.folder, progress=progress, read=read)
        finally:
            if self.preforked is not None:
                self.preforked.close()
            self.finished.set()

    def _cached(self, folder: Path) -> tuple[FolderRead, Briefing | PendingUpdate | None]:
        """The folder as read now, and its briefing from the cache; or, when the folder has only gained files
        since its last briefing, that briefing to show at once while the main screen has the new one built
        (the helper handed on to it); or None."""
        from briefing.load import load_cached, read_folder
        from briefing.load.last import previous_briefing

        read = read_folder(folder)
        briefing = load_cached(folder, read=read)
        if briefing is not None:
            return read, briefing  # (the helper is closed by the caller, unused)
        if self.preforked is not None:  # it folds (or extracts) while the previous briefing is read here
            self.preforked.begin(self.folder)
        previous = previous_briefing(read)
        if previous is None:
            return read, None
        handed, self.preforked = self.preforked, None
        return read, PendingUpdate(previous.briefing, previous.added, self.folder, read, handed)

    def on_unmount(self) -> None:
        if self.preforked is not None:  # quitting mid-load: the helper goes at once, and with it the wait
            self.preforked.stop()
        if self.pending is not None:  # quitting before the panes showed
            self.pending.stop()

    def on_loading_screen__progress(self, message: _Progress) -> None:
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)
        if message.done < message.total:
            note = f"{message.stage.capitalize()}: {message.done:,} of {message.total:,} sources"
        else:
            note = f"Indexing {message.total:,} sources" if message.stage == "extracting" \
                else f"Read {message.total:,} sources"
        self.query_one("#loading-note", Static).update(Text(note))

    def on_loading_screen_loaded(self, message: Loaded) -> None:
        self.loaded, self.pending = message.briefing, message.pending
        self._switch()

    def on_screen_resume(self) -> None:
        self._switch()

    def _switch(self) -> None:
        if self.loaded is not None and self.app.screen is self:  # (not under help)
            self.app.switch_screen(MainScreen(self.loaded, update=self.pending))
            self.loaded = self.pending = None  # (the main screen's now: this screen must not keep them alive)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != "load":
            return
        if event.state == WorkerState.SUCCESS and isinstance(worker.result, Briefing):
            self.post_message(self.Loaded(worker.result))
        elif event.state == WorkerState.SUCCESS and isinstance(worker.result, PendingUpdate):
            self.post_message(self.Loaded(worker.result.take_shown(), worker.result))
        elif event.state == WorkerState.ERROR and not isinstance(worker.error, LoadCancelled):
            self.query_one(ProgressBar).display = False
            self.query_one("#loading-note", Static).update(Text.assemble(
                ("Could not load the briefing: ", "bold"), f"{type(worker.error).__name__}: {worker.error}",
                "\n\nPress q to quit."))


class RereadScreen(LoadingScreen):
    """Shown for the moment the new briefing of a folder that grew is read from the cache, after the screen of
    its previous briefing went (tui/updating.py: the two are never in memory together); then the main
    screen of the new briefing, the reader where they were (`place`)."""

    DOING = "Updating "
    FIRST_NOTE = "Reading the updated briefing…"

    def __init__(self, update: PendingUpdate, place: Place) -> None:
        super().__init__(update.data_dir)
        self.update: PendingUpdate | None = update
        self.place = place

    def _load(self) -> Briefing:
        try:
            assert self.update is not None
            return self.update.reread()
        finally:
            self.finished.set()

    def _switch(self) -> None:
        if self.loaded is not None and self.app.screen is self:  # (not under help)
            self.app.switch_screen(MainScreen(self.loaded, place=self.place))
            self.loaded = self.update = None  # (nothing kept alive by this screen, which goes)
