"""The last briefing shown at once while the new one is built: a folder that only gained files since its last
briefing (load/last.py) opens on that briefing, marked as not yet holding the new files, while the helper
process folds them in; the new briefing then replaces it, the reader kept where they were.

The loading screen finds the previous briefing and hands the helper on in a `PendingUpdate`; the main screen
runs `PendingUpdate.fold` in a worker thread. When the helper has written the new briefing to the cache, the
main screen gives way to a reading screen (loading.py's `RereadScreen`), and only once it is gone, its
briefing's records freed, is the new briefing read (`PendingUpdate.reread`): the two are never in memory
together, so the swap keeps the bound a warm open keeps. The reading screen then switches to a main screen of
the new briefing carrying the `Place` the old one left (by ids, date and evidence: no record of the old
briefing is kept).
"""

from __future__ import annotations

import gc
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from briefing.background import Preforked
    from briefing.load import FolderRead
    from briefing.model import Briefing, Event, PartialDate
    from briefing.tui.main import MainScreen
    from briefing.tui.state import Filter


#: How many times (10 ms apart), at most, the previous briefing's screen is checked for being removed.
REMOVED_WAITS = 500
#: How many times the collector runs, at most, before the new briefing is read while the previous one is
#: still not freed (each a full collection: ~0.3 s at 10,000 articles). Then it is read anyway.
FREE_ATTEMPTS = 3


@dataclass(repr=False)
class PendingUpdate:
    """A previous briefing on screen, and how to build the one that replaces it. Its repr is short: Textual
    writes a worker's (its callable's) when it starts one, and the dataclass's would spell out every source's
    text (5 CPU s and 1 GB at 10,000 articles). It keeps no reference to the previous briefing once the main
    screen has it (`take_shown`): that screen going is what frees it."""

    shown: Briefing | None  # the previous briefing, until the main screen takes it
    added: tuple[str, ...]  # the files not in it
    data_dir: Path | str | None
    read: FolderRead
    preforked: Preforked | None = None
    failed: str = ""  # why the new briefing could not be built (the mark then says so)
    stopped: bool = False
    sent: Briefing | None = None  # the new briefing, when the helper could not write it to the cache
    #: Set when the previous briefing has been freed (`let_go`).
    freed: threading.Event = field(default_factory=threading.Event)
    _briefing: weakref.ref | None = None
    _screen: weakref.ref | None = None

    def __repr__(self) -> str:
        return f"PendingUpdate({len(self.added)} new files, {self.data_dir!s})"

    def take_shown(self) -> Briefing:
        shown, self.shown = self.shown, None
        assert shown is not None
        return shown

    def fold(self) -> None:
        """Have the helper fold the new files in (in a worker thread), and write the new briefing to the cache
        for `reread`; or send it (`sent`) when the cache cannot be written (the two briefings are then in
        memory together for a moment); or fail (then `reread` builds it, as the loading screen does)."""
        from briefing.background import LoadFailed

        if self.preforked is None:
            return
        try:
            self.sent = self.preforked.load(self.data_dir)
        except LoadFailed:
            if self.stopped:  # the app is quitting: nothing more to build
                raise
        finally:
            self.preforked.close()

    def let_go(self, briefing: Briefing, screen: MainScreen) -> None:
        """`briefing` (the previous one) is about to go with `screen`: `freed` is set when it has."""
        self._briefing = weakref.ref(briefing, lambda _gone: self.freed.set())
        self._screen = weakref.ref(screen)

    def reread(self) -> Briefing:
        """The new briefing, read from the cache with the folder as read before (or the one the helper sent,
        or built here if it failed), once the previous briefing's screen is gone and its records freed (its
        widgets hold cycles, collected here): the new records reuse the memory the old ones held."""
        from briefing.load import load_briefing

        for _wait in range(REMOVED_WAITS):  # (a collection before would find it still referenced)
            if self._removed():
                break
            time.sleep(0.01)
        for _attempt in range(FREE_ATTEMPTS):
            gc.collect()
            if self._briefing is None or self.freed.wait(0.05):
                break
        sent, self.sent = self.sent, None
        return sent if sent is not None else load_briefing(self.data_dir, read=self.read)

    def _removed(self) -> bool:
        """Whether the previous briefing's screen is out of the app: its message loop ended (Textual clears
        its task last, after the unmount, the DOM and the registry)."""
        screen = None if self._screen is None else self._screen()
        return screen is None or screen._task is None  # noqa: SLF001 - Textual is pinned (see tui/README.md)

    def stop(self) -> None:
        """The app is quitting (from the UI thread): the helper goes at once, and with it the build."""
        self.stopped = True
        if self.preforked is not None:
            self.preforked.stop()

    def mark(self) -> Text:
        """What the status line says while the previous briefing is shown."""
        count = len(self.added)
        files = "1 new file" if count == 1 else f"{count:,} new files"
        if self.failed:
            return Text.assemble(("Not updated: ", "bold"), f"{files} not in the briefing ({self.failed}) ")
        return Text.assemble(("Updating: ", "bold"), f"{files} not yet in the briefing… ")


@dataclass(frozen=True)
class EventAt:
    """An event as the reader's place names it: its date and where its first piece of evidence lies (an
    automatic event's id is its rank among the events, which a new article shifts)."""

    date: PartialDate | None
    source: str
    start: int
    end: int


@dataclass
class Place:
    """Where the reader was on the screen being replaced: the pane, the items under its cursors (actors and
    cells by id, the event by `EventAt`), the filter. Nothing of the old briefing's records: it is freed
    before the new one is read."""

    pane: str
    event: EventAt | None
    actor_id: str | None
    cell: tuple[str, str] | None
    filter: Filter | None = None
    chosen_actor: str | None = None


def place_of(screen: MainScreen) -> Place:
    event = screen.timeline.current_event
    at = None
    if event is not None and event.evidence:
        lead = event.evidence[0]
        at = EventAt(event.date, lead.source, lead.start, lead.end)
    return Place(pane=screen.active_pane, event=at, actor_id=screen.actors.current_actor_id,
                 cell=screen.positions.current_cell, filter=screen.filter, chosen_actor=screen.chosen_actor)


def restore(screen: MainScreen, place: Place) -> None:
    """Put `screen` (mounted, its panes shown) where `place` was, as far as its briefing still has those items."""
    briefing = screen.briefing
    if place.filter is not None and all(briefing.actor(a) is not None for a in place.filter.actors):
        screen.filter = place.filter
        if place.chosen_actor is None or briefing.actor(place.chosen_actor) is not None:
            screen.chosen_actor = place.chosen_actor
        screen.refresh_panes()
    if place.actor_id is not None:
        screen.actors.select_actor(place.actor_id)
    if place.cell is not None:
        screen.positions.select_cell(*place.cell)
    same = _same_event(briefing, place.event) if place.event is not None else None
    if same is not None:
        screen.timeline.select_event(same.id)
    if place.pane in screen.panes:
        screen.action_focus_pane(place.pane)


def _same_event(briefing: Briefing, at: EventAt) -> Event | None:
    """The event of `briefing` at `at`: of its date, and holding that piece of evidence."""
    where = (at.source, at.start, at.end)
    for event in briefing.events:
        if event.date == at.date and any((s.source, s.start, s.end) == where for s in event.evidence):
            return event
    return None
