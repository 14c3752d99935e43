"""MainScreen: the dashboard of one loaded briefing. Built with its briefing (the loading screen switches to
it), it owns the panes' keys and the messages the panes post; layout.py and navigation.py are its lower
layers. Keys every screen answers (quit, help, the palette) are the app's."""

from __future__ import annotations

import gc

from textual.binding import Binding
from textual.worker import Worker, WorkerState

from briefing.cite import source_origin
from briefing.model import Briefing, Citation, Side
from briefing.model.confidence import hides_some
from briefing.tui.layout import PANES
from briefing.tui.navigation import Navigation
from briefing.tui.panes.actors import Actors
from briefing.tui.panes.positions import Positions
from briefing.tui.panes.source import SourcePane
from briefing.tui.panes.timeline import Timeline
from briefing.tui.screens import QUIT_AND_HELP, ActorPicker, CitationsScreen, FindScreen, ProblemsScreen
from briefing.tui.sharing import Sharing
from briefing.tui.state import Location
from briefing.tui.updating import PendingUpdate, Place, place_of, restore
from briefing.tui.view import actor_evidence, cell_positions, find_text
from briefing.tui.widgets import set_text


def side_binding(side: Side) -> Binding:
    """The key that filters the dashboard to `side` (its id: filter.<side id>)."""
    return Binding(side.key, f"toggle_side('{side.id}')", f"Only {side.label}", show=False, id=f"filter.{side.id}")


class MainScreen(Sharing, Navigation):
    """Key names: a printable key is written as the character the terminal sends ("." not "period", which
    Textual calls "full_stop"); tests/tui/test_keys.py checks every binding can be typed."""

    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("[,alt+left", "back", "Back", tooltip="Back to where you were before the last jump", id="history.back"),
        Binding("],alt+right", "forward", "Fwd", tooltip="Forward again (after Back)", id="history.forward"),
        Binding("/", "find", "Find", tooltip="Find text in every source", id="find.open"),
        Binding("n", "find_step(1)", "Next hit", show=False, id="find.next"),
        Binding("N", "find_step(-1)", "Previous hit", show=False, id="find.previous"),
        Binding("a", "pick_actor", "Actor", tooltip="Filter by an actor: type a name or alias", id="filter.pick"),
        Binding("f", "filter_here", "Filter by the actor here", show=False, id="filter.here"),
        Binding("escape", "clear", "Clear", tooltip="Clear the zoom, else the filters and the find", id="filter.clear"),
        Binding("x", "toggle_auto", "Show/hide automatic items", show=False, id="filter.auto"),
        Binding(".", "next_evidence", "Next evidence", show=False, id="evidence.next"),
        Binding("z", "maximize", "Zoom", tooltip="Zoom: this pane alone (again: all panes)", id="pane.zoom"),
        Binding("p", "problems", "Problems", tooltip="What the loader could not read or place", show=False,
                id="app.problems"),
        Binding("d", "discrepancies", "Where the sources disagree", show=False, id="view.discrepancies"),
        Binding("s", "sources", "List the sources", show=False, id="view.sources"),
        Binding("y", "copy_citation", "Copy the item under the cursor as a citation", show=False, id="share.copy"),
        Binding("w", "export_view", "Write this view to a Markdown file", show=False, id="share.export"),
        Binding("tab", "focus_step(1)", "Next list", show=False, id="focus.next"),
        Binding("shift+tab", "focus_step(-1)", "Previous list", show=False, id="focus.previous"),
        *(Binding(str(n), f"focus_pane('{name}')", f"{name.title()} pane", show=False, id=f"pane.{n}")
          for n, name in enumerate(PANES, 1)),
    ]

    def __init__(self, briefing: Briefing, *, update: PendingUpdate | None = None, place: Place | None = None) -> None:
        super().__init__(briefing, "main-screen" if place is None else "main-screen-updated")
        #: The briefing shown is the folder's previous one, marked, while `update` builds the new one.
        self.pending = update
        self._place = place  # where the screen this one replaces was (the reader's place kept)
        self._folded = False  # the helper has folded the new files in (`update.fold` returned)
        self._leaving = False  # the screen that reads the new briefing is on its way
        self._some_hidden: bool | None = None  # whether x has low-confidence items to show (confidence.hides_some)
        # A filter key per side that has one: the briefing's sides are data (a folder's sides.toml), so these
        # bindings are this screen's own, with ids the reader's keymap can remap ("filter.ukraine" = "v").
        # They go after Esc (clear), where the help lists them. The map is a copy of the class's; its lists
        # are shared, so never appended to.
        keys: dict[str, list[Binding]] = {}
        for key, bindings in self._bindings.key_to_bindings.items():
            keys[key] = bindings
            if any(b.id == "filter.clear" for b in bindings):
                for side in briefing.sides:
                    if side.key:
                        keys[side.key] = [*keys.get(side.key, ()), side_binding(side)]
        self._bindings.key_to_bindings = keys

    def on_mount(self) -> None:
        # The one place the TUI deals with the cyclic GC. The briefing is immutable and lives as long as this
        # screen: keep the collector from walking its records again and again (at 10,000 articles a full
        # collection is a ~1 s pause mid-keypress); they become collectable again when the screen goes.
        gc.freeze()
        self.refresh_panes()
        config = getattr(self.app, "config", None)  # a keymap's side filter this folder has no side for
        for problem in config.side_problems(self.briefing.sides) if config is not None else ():
            self.notify(problem, title="Your keymap", severity="error", timeout=20, markup=False)
        if self.briefing.sources and not self.briefing.events:  # else the first event's evidence shows
            self.source.show(self.briefing.sources[0].file)
        if self._place is not None:
            restore(self, self._place)
        if self.pending is not None:
            self.run_worker(self.pending.fold, thread=True, exit_on_error=False, name="update", group="update")

    def on_unmount(self) -> None:
        if self.pending is not None and not self._folded:  # quitting while the new briefing is built:
            self.pending.stop()  # the helper goes at once
        # Its records are the collector's again, to be freed with this screen (when replaced, the reading
        # screen collects them before the new briefing is read; the next main screen freezes its own).
        gc.unfreeze()

    # ---- the previous briefing replaced by the new one (tui/updating.py) ---------------------------
    def update_status(self) -> None:
        super().update_status()
        if self.pending is not None:  # the mark goes first: the line is cut at the terminal's width
            set_text(self.status, self.pending.mark() + self.status.content, fixed=True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "update" or self.pending is None:
            return
        if event.state == WorkerState.SUCCESS:
            self._folded = True
            self._replace()
        elif event.state == WorkerState.ERROR:
            self.pending.failed = f"{type(event.worker.error).__name__}: {event.worker.error}"
            self.update_status()

    def on_screen_resume(self) -> None:
        self._replace()

    def _replace(self) -> None:
        """The new briefing in this one's place (once this screen is on top again, if a dialog is open): a
        screen that reads it once this one, and its briefing, are gone (tui/updating.py), then shows it."""
        from briefing.tui.loading import RereadScreen

        if not self._folded or self._leaving or self.app.screen is not self or self.pending is None:
            return
        self._leaving = True
        self.pending.let_go(self.briefing, self)
        # Switched from the app's own context: the next screen's message loop starts in the context it is
        # switched from, and from this screen's it would hold this screen (the context variable Textual sets to
        # the screen handling a message keeps the one it replaced) and with it this briefing, for its lifetime.
        self.app.call_later(self.app.switch_screen, RereadScreen(self.pending, place_of(self)))

    # ---- messages up from panes ----------------------------------------------------------------
    def on_timeline_event_highlighted(self, message: Timeline.EventHighlighted) -> None:
        try:
            event = self.briefing.event(message.event_id)
            if event is None:
                return
            self.actors.mark_actors(event.actors)
            if self.active_pane == "timeline":  # a rebuilt list is not the analyst moving: leave the source be
                self._set_evidence(list(event.evidence))
        finally:
            message.release()  # the moved cursor and all of the above, painted in one frame

    def on_timeline_event_chosen(self, message: Timeline.EventChosen) -> None:
        """Enter on an event: read its current evidence in the source pane (Back returns here)."""
        span = self.evidence[self.evidence_index] if self.evidence else None
        self._visit(Location("event", message.event_id, span))
        if span is not None:
            self.open_span(span)

    def on_actors_actor_highlighted(self, message: Actors.ActorHighlighted) -> None:
        """The cursor on an actor or an alias: the source pane shows where the text gives it (role, spelling)."""
        actor = self.briefing.actor(message.actor_id)
        if actor is not None and self.active_pane == "actors":
            self._set_evidence(actor_evidence(actor, message.alias_index))

    def on_actors_actor_chosen(self, message: Actors.ActorChosen) -> None:
        self.choose_actor(message.actor_id)
        self._visit(Location("actor", message.actor_id))

    def on_actors_quote_chosen(self, message: Actors.QuoteChosen) -> None:
        quote = self.briefing.quote(message.quote_id)
        if quote is not None:
            self.open_span(quote.span)

    def on_positions_cell_highlighted(self, message: Positions.CellHighlighted) -> None:
        try:
            if self.active_pane != "positions":
                return
            spans = [s for p in cell_positions(self.briefing, message.side, message.issue, self.filter)
                     for s in p.evidence]
            self._set_evidence(spans)
        finally:
            message.release()  # the moved cursor and all of the above, painted in one frame

    def on_positions_cell_chosen(self, message: Positions.CellChosen) -> None:
        self._visit(Location("position", f"{message.side}:{message.issue}"))

    def on_positions_issue_filter_requested(self, message: Positions.IssueFilterRequested) -> None:
        self.filter = self.filter.toggle_issue(message.issue)
        self.refresh_panes()

    def on_positions_evidence_chosen(self, message: Positions.EvidenceChosen) -> None:
        self.open_span(message.span)

    def on_source_pane_citations_requested(self, message: SourcePane.CitationsRequested) -> None:
        cites = self.briefing.citations_overlapping(message.file, message.start, message.end)
        origin = source_origin(self.briefing.source(message.file), message.file, message.start)
        where = f"{origin.outlet}, {origin.date} · {message.file.split('_', 1)[0]}:{message.start}"
        self.app.push_screen(CitationsScreen(cites, where), self._citation_chosen)

    def _citation_chosen(self, citation: Citation | None) -> None:
        if citation is not None:
            self.jump_to_citation(citation)

    # ---- actions ---------------------------------------------------------------------------------
    def action_toggle_side(self, side: str) -> None:
        self.filter = self.filter.toggle_side(side)
        self.refresh_panes()

    def action_toggle_auto(self) -> None:
        if self._some_hidden is None:  # (one pass over the briefing, the first time x is pressed)
            self._some_hidden = hides_some(self.briefing)
        self.filter = self.filter.toggle_auto(self._some_hidden)
        self.refresh_panes()

    def action_pick_actor(self) -> None:
        self.app.push_screen(ActorPicker(self.briefing), self._picked_actor)

    def _toggle_actor(self, actor_id: str | None) -> None:
        if actor_id:
            self.filter = self.filter.toggle_actor(actor_id)
            self.refresh_panes()

    def _picked_actor(self, actor_id: str | None) -> None:
        """`a Name Enter`: filter by them and choose them, their quotes listed in date order, the first under
        the cursor (Enter opens it in its source); picking them again lifts the filter."""
        if not actor_id:
            return
        self._toggle_actor(actor_id)
        if actor_id in self.filter.actors:  # (the filter, not the chosen actor: sides and actors still add up)
            self.actors.select_actor(actor_id)
            self.actors.choose(actor_id)
            if not self.actors.focus_quotes():
                self.actors.focus_main()

    def action_filter_here(self) -> None:
        actor_id = self._actor_under_cursor()
        if actor_id is None:
            self.notify("No actor under the cursor.", severity="warning")
            return
        self._toggle_actor(actor_id)

    def _actor_under_cursor(self) -> str | None:
        pane = self.active_pane
        if pane == "actors":
            return self.actors.current_actor_id
        if pane == "source":
            return self.source.actor_under_cursor()
        if pane == "timeline" and (event := self.briefing.event(self.timeline.current_event_id or "")):
            return event.actors[0] if event.actors else None
        if pane == "positions" and (cell := self.positions.current_cell):
            holders = [h for p in self.briefing.cell(*cell) for h in p.holders]
            return holders[0] if holders else None
        return None

    def action_clear(self) -> None:
        if self.zoomed:
            self.minimize()
        elif self.filter.narrowed or self.chosen_actor or self.find_query:
            self.find_query, self.find_hits, self.find_index = "", [], -1
            self.source.set_hits([])
            self._clear_filters()

    def action_next_evidence(self) -> None:
        if len(self.evidence) < 2:
            self.app.bell()
            return
        self._set_evidence(self.evidence, (self.evidence_index + 1) % len(self.evidence))
        event = self.briefing.event(self.timeline.current_event_id or "")
        if event is not None and self.active_pane == "timeline":
            self.timeline.show_detail(event, self.evidence_index)

    def action_find(self) -> None:
        self.app.push_screen(FindScreen(self.briefing, self.find_query), self._find)

    def _find(self, found: tuple[str, int] | None) -> None:
        """The find screen's answer: the query and the hit chosen in its list (-1: none). A search is one
        history entry (the hit opened); n/N step through the others without adding more."""
        if found is None:
            return
        query, index = found
        self.find_query = query
        self.find_hits = find_text(self.briefing, query)
        self.source.set_hits(self.find_hits)
        self.find_index = -1
        if self.find_hits and index >= 0:
            self.find_index = index
            self.open_span(self.find_hits[index], kind="hit")
        self.update_status()

    def action_find_step(self, step: int) -> None:
        if not self.find_hits:
            self.app.bell()
            return
        self.find_index = (self.find_index + step) % len(self.find_hits)
        self.open_span(self.find_hits[self.find_index], kind="hit", visit=False)
        self.update_status()

    def action_problems(self) -> None:
        self.app.push_screen(ProblemsScreen(self.briefing.problems))
