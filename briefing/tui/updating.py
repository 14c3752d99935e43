"""The last briefing shown at once while the new one is built: a folder that only gained files since its last
briefing (load/last.py) opens on that briefing, marked as not yet holding the new files, while the helper
process folds them in; the new briefing then replaces it, the reader kept where they were.

The loading screen finds the previous briefing and hands the helper on in a `PendingUpdate`; the main screen
runs `PendingUpdate.build` in a worker thread and, when it returns, switches to a main screen of the new
briefing (once it is on top again, if a dialog was open) carrying the `Place` it left.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text

if TYPE_CHECKING:
    from briefing.background import Preforked
    from briefing.load import FolderRead
    from briefing.load.last import Previous
    from briefing.model import Briefing, Event
    from briefing.tui.main import MainScreen
    from briefing.tui.state import Filter


@dataclass(repr=False)
class PendingUpdate:
    """A previous briefing on screen, and how to build the one that replaces it. Its repr is short: Textual
    writes a worker's (its callable's) when it starts one, and the dataclass's would spell out every source's
    text, twice (5 CPU s and 1 GB at 10,000 articles)."""

    previous: Previous
    data_dir: Path | str | None
    read: FolderRead
    preforked: Preforked | None = None
    failed: str = ""  # why the new briefing could not be built (the mark then says so)
    stopped: bool = False

    def __repr__(self) -> str:
        return f"PendingUpdate({len(self.previous.added)} new files, {self.data_dir!s})"

    def build(self) -> Briefing:
        """The folder's briefing now (in a worker thread): folded by the helper, then read from the cache
        with the folder as read before (or built here if the helper could not write the cache)."""
        from briefing.background import LoadFailed
        from briefing.load import load_briefing

        if self.preforked is not None:
            try:
                sent = self.preforked.load(self.data_dir)
                if sent is not None:
                    return sent
            except LoadFailed:
                if self.stopped:  # the app is quitting: nothing more to build
                    raise
                # else it could not write the cache: built here, as the loading screen does
        return load_briefing(self.data_dir, read=self.read)

    def stop(self) -> None:
        """The app is quitting (from the UI thread): the helper goes at once, and with it the build."""
        self.stopped = True
        if self.preforked is not None:
            self.preforked.stop()

    def mark(self) -> Text:
        """What the status line says while the previous briefing is shown."""
        count = len(self.previous.added)
        files = "1 new file" if count == 1 else f"{count:,} new files"
        if self.failed:
            return Text.assemble(("Not updated: ", "bold"), f"{files} not in the briefing ({self.failed}) ")
        return Text.assemble(("Updating: ", "bold"), f"{files} not yet in the briefing… ")


@dataclass
class Place:
    """Where the reader was on the screen being replaced: the pane, the items under its cursors (actors and
    cells by id; the event by its date and evidence, as an automatic event's id is its rank among the
    events, which a new article shifts), the filter."""

    pane: str
    event: Event | None
    actor_id: str | None
    cell: tuple[str, str] | None
    filter: Filter | None = None
    chosen_actor: str | None = None


def place_of(screen: MainScreen) -> Place:
    return Place(pane=screen.active_pane, event=screen.timeline.current_event,
                 actor_id=screen.actors.current_actor_id, cell=screen.positions.current_cell,
                 filter=screen.filter, chosen_actor=screen.chosen_actor)


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


def _same_event(briefing: Briefing, old: Event) -> Event | None:
    """The event of `briefing` that is `old`: of its date, and holding its first piece of evidence."""
    if not old.evidence:
        return None
    lead = old.evidence[0]
    where = (lead.source, lead.start, lead.end)
    for event in briefing.events:
        if event.date == old.date and any((s.source, s.start, s.end) == where for s in event.evidence):
            return event
    return None
