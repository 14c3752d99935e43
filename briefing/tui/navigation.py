"""Jumps between panes and browser-style back/forward over them: the navigation half of the app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.model import Citation, Side, Span
from briefing.tui.state import Filter, History, Location
from briefing.tui.view import event_visible

if TYPE_CHECKING:
    from briefing.model import Briefing
    from briefing.tui.panes.actors import Actors
    from briefing.tui.panes.positions import Positions
    from briefing.tui.panes.source import SourcePane
    from briefing.tui.panes.timeline import Timeline


class Navigation:
    """Mixed into the app: every jump calls methods down on the panes and records a `Location`."""

    briefing: Briefing
    filter: Filter
    chosen_actor: str | None
    history: History
    timeline: Timeline
    actors: Actors
    positions: Positions
    source: SourcePane
    _restoring: bool

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

    def jump_to_position(self, side: Side, issue: str, span: Span | None = None) -> None:
        if not self.positions.select_cell(side, issue):
            self._clear_filters()
            self.positions.select_cell(side, issue)
        self.positions.focus_main()
        if span is not None:
            self.source.show(span.source, span)
        self._visit(Location("position", f"{side.value}:{issue}", span))

    def open_span(self, span: Span, kind: str = "evidence") -> None:
        self.source.show(span.source, span, kind)
        self.source.focus_main()
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
            self.jump_to_position(Side(side), issue, location.span)
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
            self.bell()
            return
        self._restoring = True  # restoring a location is not a new visit
        try:
            self._restore(location)
        finally:
            self._restoring = False

    def _visit(self, location: Location) -> None:
        if not self._restoring:
            self.history.visit(location)

