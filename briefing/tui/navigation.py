"""What the reader narrowed the briefing to, where they are, and how they got there: the filter, the
chosen actor, the evidence being read, jumps between panes and browser-style back/forward over them.
The middle layer of the main screen (on layout.py's panes; main.py handles keys and messages on top)."""

from __future__ import annotations

from briefing.model import Briefing, Citation, Span
from briefing.tui.layout import PaneLayout
from briefing.tui.state import Filter, History, Location
from briefing.tui.view import event_visible, status_line, visible_events
from briefing.tui.widgets import PaintHold, set_text


class Navigation(PaneLayout):
    """Every jump calls methods down on the panes and records a `Location`."""

    def __init__(self, briefing: Briefing, screen_id: str = "main-screen") -> None:
        super().__init__(briefing, screen_id)
        self.filter = Filter()
        self.chosen_actor: str | None = None
        self.history = History()
        self.evidence: list[Span] = []
        self.evidence_index = 0
        self.find_query = ""
        self.find_hits: list[Span] = []
        self.find_index = -1
        self._restoring = False

    # ---- state down to panes -------------------------------------------------------------------
    def refresh_panes(self) -> None:
        """Every pane to the filter, painted in one frame (the hold: else the first pane's rows reach the
        terminal alone, and each later pane's a frame after)."""
        hold = PaintHold(self) if self.is_attached else None
        try:
            events_ = visible_events(self.briefing, self.filter, self.chosen_actor)
            caption = f"{len(events_)} events"
            if self.chosen_actor:
                caption += f" of {self.briefing.actor_name(self.chosen_actor)}"
            self.timeline.show_events(events_, caption)
            self.actors.show_actors(self.filter)
            self.positions.show_matrix(self.filter)
            self.source.set_filter(self.filter)
            self.update_status()
        finally:
            if hold is not None:
                hold.release()

    def update_status(self) -> None:
        find = (self.find_query, self.find_index, len(self.find_hits)) if self.find_query else None
        history = (self.history.index + 1, len(self.history.entries))
        set_text(self.status, status_line(self.briefing, self.filter, self.chosen_actor, find, history), fixed=True)

    def _set_evidence(self, spans: list[Span], index: int = 0) -> None:
        self.evidence, self.evidence_index = spans, index
        if spans:
            self.source.show(spans[index].source, spans[index])

    # ---- jumps (each recorded in history) ------------------------------------------------------
    def choose_actor(self, actor_id: str | None) -> None:
        self.chosen_actor = actor_id
        self.actors.choose(actor_id)
        self.positions.mark_side(self.briefing.side_of(actor_id) if actor_id else None)
        self.refresh_panes()

    def jump_to_actor(self, actor_id: str) -> None:
        if not self.actors.select_actor(actor_id):
            self._clear_filters()
        self.choose_actor(actor_id)
        self.actors.focus_main()
        self._visit(Location("actor", actor_id))

    def jump_to_event(self, event_id: str, span: Span | None = None) -> None:
        event = self.briefing.event(event_id)
        if event is None:
            return
        if not event_visible(self.briefing, event, self.filter, self.chosen_actor):
            self._clear_filters()
        self.timeline.select_event(event_id)
        self.timeline.focus_main()
        spans = list(event.evidence)
        index = spans.index(span) if span in spans else 0
        self._set_evidence(spans, index)
        self.timeline.show_detail(event, index)
        self._visit(Location("event", event_id, spans[index] if spans else None))

    def jump_to_position(self, side: str, issue: str, span: Span | None = None) -> None:
        if not self.positions.select_cell(side, issue):
            self._clear_filters()
            self.positions.select_cell(side, issue)
        self.positions.focus_main()
        if span is not None:
            self.source.show(span.source, span)
        self._visit(Location("position", f"{side}:{issue}", span))

    def open_span(self, span: Span, kind: str = "evidence", visit: bool = True) -> None:
        self.source.show(span.source, span, kind)
        self.source.focus_main()
        if visit:
            self._visit(Location("source", span.source, span))

    def open_source(self, file: str) -> None:
        self.source.show(file)
        self.source.focus_main()
        self._visit(Location("source", file))

    def jump_to_citation(self, citation: Citation) -> None:
        if citation.kind == "event":
            self.jump_to_event(citation.id, citation.span)
        elif citation.kind == "position" and (position := self.briefing.position(citation.id)):
            self.jump_to_position(position.side, position.issue, citation.span)
        elif citation.kind == "role":
            self.jump_to_actor(citation.id)
        else:
            quote = self.briefing.quote(citation.id) if citation.kind == "quote" else None
            if quote is not None and quote.speaker:
                self.choose_actor(quote.speaker)
            self.open_span(citation.span)

    def _restore(self, location: Location) -> None:
        if location.kind == "event":
            self.jump_to_event(location.ref, location.span)
        elif location.kind == "actor":
            self.jump_to_actor(location.ref)
        elif location.kind == "position":
            side, issue = location.ref.split(":", 1)
            self.jump_to_position(side, issue, location.span)
        elif location.span is not None:
            self.open_span(location.span)
        else:
            self.open_source(location.ref)

    def _clear_filters(self) -> None:
        self.filter = self.filter.cleared()
        self.chosen_actor = None
        self.actors.choose(None)
        self.positions.mark_side(None)
        self.refresh_panes()

    def action_back(self) -> None:
        self._travel(self.history.back)

    def action_forward(self) -> None:
        self._travel(self.history.forward)

    def _travel(self, step) -> None:  # noqa: ANN001
        location = step()
        if location is None:
            self.app.bell()
            return
        self._restoring = True  # restoring a location is not a new visit
        try:
            self._restore(location)
        finally:
            self._restoring = False
        self.update_status()

    def _visit(self, location: Location) -> None:
        if not self._restoring:
            self.history.visit(location)
            self.update_status()

