"""The briefing app: layout, global bindings, filter + selection state, history. Panes do the rest."""

from __future__ import annotations

import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Container
from textual.widgets import Footer, Static

from briefing.cite import source_origin
from briefing.model import Briefing, Citation, Side, Span
from briefing.tui.commands import BriefingCommands
from briefing.tui.layout import PANES, WIDE_SIZE, Layout
from briefing.tui.loading import LoadingScreen
from briefing.tui.navigation import Navigation
from briefing.tui.panes.actors import Actors
from briefing.tui.panes.positions import Positions
from briefing.tui.panes.source import SourcePane
from briefing.tui.panes.timeline import Timeline
from briefing.tui.sharing import Sharing
from briefing.tui.screens import (
    ActorPicker,
    CitationsScreen,
    FindScreen,
    HelpScreen,
    ProblemsScreen,
    help_rows,
)
from briefing.tui.state import Filter, History, Location
from briefing.tui.view import (
    cell_positions,
    find_text,
    status_line,
    use_colour,
    visible_events,
)
from briefing.tui.widgets import Pane

if TYPE_CHECKING:
    from briefing.background import Preforked

#: Folders with this many sources or more load behind the LoadingScreen (100 take ~0.4 s cold, 5 ms warm).
LOAD_IN_BACKGROUND = 100
#: Ukraine filters with K, the letter it shows as (y copies a citation).
SIDE_KEYS = {Side.US: "u", Side.RUSSIA: "r", Side.UKRAINE: "K", Side.EUROPE: "e", Side.MEDIATOR: "m", Side.OTHER: "o"}


class BriefingApp(Layout, Navigation, Sharing, App[None]):
    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark", "help", "Help", id="app.help"),
        Binding("left_square_bracket,alt+left", "back", "Back", id="history.back"),
        Binding("right_square_bracket,alt+right", "forward", "Fwd", id="history.forward"),
        Binding("slash", "find", "Find", key_display="/", id="find.open"),
        Binding("n", "find_step(1)", "Next hit", show=False, id="find.next"),
        Binding("N", "find_step(-1)", "Prev hit", show=False, id="find.previous"),
        Binding("a", "pick_actor", "Actor", id="filter.pick"),
        Binding("f", "filter_here", "Filter here", show=False, id="filter.here"),
        Binding("escape", "clear", "Clear", id="filter.clear"),
        *(Binding(key, f"toggle_side('{side.value}')", side.label, show=False, id=f"filter.{side.value}")
          for side, key in SIDE_KEYS.items()),
        Binding("x", "toggle_auto", "Auto items", show=False, id="filter.auto"),
        Binding("period", "next_evidence", "Next evidence", show=False, key_display=".", id="evidence.next"),
        Binding("z", "maximize", "Zoom", id="app.maximize"),
        Binding("p", "problems", "Problems", show=False, id="app.problems"),
        Binding("d", "discrepancies", "Where the sources disagree", show=False, id="view.discrepancies"),
        Binding("s", "sources", "List the sources", show=False, id="view.sources"),
        Binding("y", "copy_citation", "Copy the item under the cursor as a citation", show=False, id="share.copy"),
        Binding("w", "export_view", "Write this view to a Markdown file", show=False, id="share.export"),
        *(Binding(str(n), f"focus_pane('{name}')", name.title(), show=False, id=f"pane.{n}")
          for n, name in enumerate(PANES, 1)),
    ]

    def __init__(self, briefing: Briefing | None, *, data_dir: Path | str | None = None, mouse: bool = True,
                 preforked: Preforked | None = None) -> None:
        super().__init__()
        use_colour(not self.no_color)
        self.briefing: Briefing = briefing  # type: ignore[assignment] - None only until the LoadingScreen is done
        self.data_dir = data_dir
        self.preforked = preforked
        self.mouse = mouse
        self.filter = Filter()
        self.chosen_actor: str | None = None
        self.history = History()
        self.evidence: list[Span] = []
        self.evidence_index = 0
        self.find_query = ""
        self.find_hits: list[Span] = []
        self.find_index = -1
        self._restoring = False
        self._last_pane = "timeline"
        self._layout_state: tuple[bool, bool] | None = None
        self.main = Container(id="main")
        self.pane_bar, self.status, self.too_small = Static(id="pane-bar"), Static(id="status"), Static(id="too-small")
        self.panes: dict[str, Pane] = {}
        #: False until the panes are mounted and filled (while the LoadingScreen shows).
        self.ready = False
        if briefing is not None:
            self._make_panes(briefing)

    def _make_panes(self, briefing: Briefing) -> None:
        """The panes, kept so that they are reachable while a modal screen is on top."""
        self.briefing = briefing
        self.timeline = Timeline(briefing, id="timeline")
        self.actors = Actors(briefing, id="actors")
        self.positions = Positions(briefing, id="positions")
        self.source = SourcePane(briefing, id="source")
        self.panes = {"timeline": self.timeline, "actors": self.actors, "positions": self.positions,
                      "source": self.source}

    # ---- layout --------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield self.pane_bar
        self.main.set_class(self.size.width >= WIDE_SIZE[0] and self.size.height >= WIDE_SIZE[1], "-wide")
        self.main.set_class(not self.main.has_class("-wide"), "-narrow")  # before mount: no restyle
        with self.main:
            yield from self._grid_order()
        yield self.too_small
        yield self.status
        yield Footer()

    def _grid_order(self) -> list[Pane]:
        return [self.panes[name] for name in ("timeline", "positions", "actors", "source") if name in self.panes]

    def on_mount(self) -> None:
        # The briefing is immutable and lives as long as the app: keep the cyclic GC from walking its
        # records again and again (at 10,000 articles a full collection is a ~100 ms pause mid-keypress).
        gc.freeze()
        if os.environ.get("TERM") == "linux":  # the 16-colour console: use the terminal's own palette
            self.theme = "ansi-dark"
        if self.panes:
            self._start()
        else:
            self.push_screen(LoadingScreen(self.data_dir, self.preforked))
        self._layout(self.size.width, self.size.height)

    def _start(self) -> None:
        self.ready = True
        self.refresh_panes()
        if not (self._layout_state and self._layout_state[0]):  # too small: focus comes when it grows
            self.pane("timeline").focus_main()
        if self.briefing.sources and not self.briefing.events:  # else the first event's evidence shows
            self.source.show(self.briefing.sources[0].file)

    async def on_loading_screen_loaded(self, message: LoadingScreen.Loaded) -> None:
        gc.freeze()  # as on_mount does: the loaded records did not exist then
        self._make_panes(message.briefing)
        await self.main.mount_all(self._grid_order())
        while any(screen.id == "loading" for screen in self.screen_stack):  # and help, if opened meanwhile
            await self.pop_screen()
        self._layout_state = None  # lay the new panes out for the current size
        self._layout(self.size.width, self.size.height)
        self._start()

    def on_unmount(self) -> None:
        gc.unfreeze()  # the records become collectable again once the app is gone (tests run many apps)

    # ---- state down to panes -------------------------------------------------------------------
    def refresh_panes(self) -> None:
        events_ = visible_events(self.briefing, self.filter, self.chosen_actor)
        caption = f"{len(events_)} events"
        if self.chosen_actor:
            caption += f" of {self.briefing.actor_name(self.chosen_actor)}"
        self.timeline.show_events(events_, caption)
        self.actors.show_actors(self.filter)
        self.positions.show_matrix(self.filter)
        self.source.set_filter(self.filter)
        self.update_status()

    def update_status(self) -> None:
        find = (self.find_query, self.find_index, len(self.find_hits)) if self.find_query else None
        self.status.update(status_line(self.briefing, self.filter, self.chosen_actor, find))

    def _set_evidence(self, spans: list[Span], index: int = 0) -> None:
        self.evidence, self.evidence_index = spans, index
        if spans:
            self.source.show(spans[index].source, spans[index])

    # ---- messages up from panes ----------------------------------------------------------------
    def on_timeline_event_highlighted(self, message: Timeline.EventHighlighted) -> None:
        event = self.briefing.event(message.event_id)
        if event is None or not self.main.is_attached:
            return
        self.actors.mark_actors(event.actors)
        if self.active_pane == "timeline":  # a rebuilt list is not the analyst moving: leave the source be
            self._set_evidence(list(event.evidence))

    def on_timeline_event_chosen(self, message: Timeline.EventChosen) -> None:
        """Enter on an event: read its current evidence in the source pane (Back returns here)."""
        span = self.evidence[self.evidence_index] if self.evidence else None
        self._visit(Location("event", message.event_id, span))
        if span is not None:
            self.open_span(span)

    def on_actors_actor_chosen(self, message: Actors.ActorChosen) -> None:
        self.choose_actor(message.actor_id)
        self._visit(Location("actor", message.actor_id))

    def on_actors_quote_chosen(self, message: Actors.QuoteChosen) -> None:
        quote = self.briefing.quote(message.quote_id)
        if quote is not None:
            self.open_span(quote.span)

    def on_positions_cell_highlighted(self, message: Positions.CellHighlighted) -> None:
        if self.active_pane != "positions":
            return
        spans = [s for p in cell_positions(self.briefing, message.side, message.issue, self.filter) for s in p.evidence]
        self._set_evidence(spans)

    def on_positions_cell_chosen(self, message: Positions.CellChosen) -> None:
        self._visit(Location("position", f"{message.side.value}:{message.issue}"))

    def on_positions_issue_filter_requested(self, message: Positions.IssueFilterRequested) -> None:
        self.filter = self.filter.toggle_issue(message.issue)
        self.refresh_panes()

    def on_positions_evidence_chosen(self, message: Positions.EvidenceChosen) -> None:
        self.open_span(message.span)

    def on_source_pane_citations_requested(self, message: SourcePane.CitationsRequested) -> None:
        cites = self.briefing.citations_overlapping(message.file, message.start, message.end)
        origin = source_origin(self.briefing.source(message.file), message.file, message.start)
        where = f"{origin.outlet}, {origin.date} · {message.file.split('_', 1)[0]}:{message.start}"
        self.push_screen(CitationsScreen(cites, where), self._citation_chosen)

    def _citation_chosen(self, citation: Citation | None) -> None:
        if citation is not None:
            self.jump_to_citation(citation)

    # ---- actions ---------------------------------------------------------------------------------
    def action_toggle_side(self, side: str) -> None:
        self.filter = self.filter.toggle_side(Side(side))
        self.refresh_panes()

    def action_toggle_auto(self) -> None:
        self.filter = self.filter.toggle_auto()
        self.refresh_panes()

    def action_pick_actor(self) -> None:
        self.push_screen(ActorPicker(self.briefing), self._toggle_actor)

    def _toggle_actor(self, actor_id: str | None) -> None:
        if actor_id:
            self.filter = self.filter.toggle_actor(actor_id)
            self.refresh_panes()

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
        if self.screen.maximized is not None:
            self.screen.minimize()
        elif self.filter.narrowed or self.chosen_actor or self.find_query:
            self.find_query, self.find_hits, self.find_index = "", [], -1
            self._clear_filters()

    def action_next_evidence(self) -> None:
        if len(self.evidence) < 2:
            self.bell()
            return
        self._set_evidence(self.evidence, (self.evidence_index + 1) % len(self.evidence))
        event = self.briefing.event(self.timeline.current_event_id or "")
        if event is not None and self.active_pane == "timeline":
            self.timeline.show_detail(event, self.evidence_index)

    def action_find(self) -> None:
        self.push_screen(FindScreen(self.find_query), self._find)

    def _find(self, query: str | None) -> None:
        if query is None:
            return
        self.find_query = query
        self.find_hits = find_text(self.briefing, query)
        self.find_index = -1
        if self.find_hits:
            self.action_find_step(1)
        self.update_status()

    def action_find_step(self, step: int) -> None:
        if not self.find_hits:
            self.bell()
            return
        self.find_index = (self.find_index + step) % len(self.find_hits)
        self.open_span(self.find_hits[self.find_index], kind="hit")
        self.update_status()

    def action_problems(self) -> None:
        self.push_screen(ProblemsScreen(self.briefing.problems))

    def action_help(self) -> None:
        self.push_screen(HelpScreen(help_rows(self)))


def create_app(data_dir: Path | str | None = None, *, briefing: Briefing | None = None,
               mouse: bool = True, preforked: Preforked | None = None) -> BriefingApp:
    """The one factory, for the CLI, the tests and the screenshot script.

    With `briefing`, the app shows it at once. Without, a folder of fewer than LOAD_IN_BACKGROUND
    sources (the bundled briefing among them) is loaded here: it takes well under a second, cold. A larger
    one is loaded by the app, in a worker thread behind a progress bar, so it never leaves a blank
    terminal; if it is not in the cache, `preforked` (see briefing.background) extracts it.
    """
    if briefing is None:
        from briefing.load import data_folder, load_briefing
        from briefing.load.sources import count_sources

        folder = data_folder(data_dir)
        if count_sources(folder, LOAD_IN_BACKGROUND) < LOAD_IN_BACKGROUND:
            briefing = load_briefing(folder)
    if briefing is not None and preforked is not None:
        preforked.close()  # not needed
        preforked = None
    return BriefingApp(briefing, data_dir=data_dir, mouse=mouse, preforked=preforked)
