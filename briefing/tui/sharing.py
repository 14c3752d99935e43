"""Sending the briefing on: `y` copies the item under the cursor as a citation (OSC 52, so it works over SSH),
`w` writes the current view as a Markdown briefing, `d` lists where the sources disagree, `s` lists the
sources. The sharing half of the app (a mixin, as navigation.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefing.cite import (
    event_citation,
    one_line,
    origin_of,
    passage_citation,
    position_citation,
    quote_citation,
)
from briefing.export import Scope, to_markdown
from briefing.model import Span
from briefing.tui.discrepancies import DiscrepanciesScreen
from briefing.tui.export_dialog import ExportScreen, default_export_path, inside
from briefing.tui.sources_list import SourcesScreen
from briefing.tui.view import visible_actors, visible_events

if TYPE_CHECKING:
    from briefing.model import Briefing
    from briefing.tui.panes.actors import Actors
    from briefing.tui.panes.positions import Positions
    from briefing.tui.panes.source import SourcePane
    from briefing.tui.panes.timeline import Timeline
    from briefing.tui.state import Filter


class Sharing:
    """Mixed into the MainScreen: reads the panes' cursors, copies, writes, and opens the two lists."""

    briefing: Briefing
    filter: Filter
    chosen_actor: str | None
    evidence: list[Span]
    evidence_index: int
    timeline: Timeline
    actors: Actors
    positions: Positions
    source: SourcePane

    # ---- y: copy a citation -------------------------------------------------------------------
    def action_copy_citation(self) -> None:
        found = self._citation_here()
        if found is None:
            self.app.bell()  # type: ignore[attr-defined]
            self.notify("Nothing to copy here: move to an event, quote, position or passage.",  # type: ignore[attr-defined]
                        severity="warning", markup=False)
            return
        what, text = found
        self.app.copy_to_clipboard(text)  # type: ignore[attr-defined]
        self.notify(f"Copied {what} as a citation.", title="Copied to the clipboard", markup=False)  # type: ignore[attr-defined]

    def _citation_here(self) -> tuple[str, str] | None:
        """(what it is, in words; the citation) for the item under the cursor of the active pane."""
        briefing, pane = self.briefing, self.active_pane  # type: ignore[attr-defined]
        if pane == "timeline" and (event := self.timeline.current_event) is not None:
            span = self.evidence[self.evidence_index] if self.evidence and self.evidence[0] in event.evidence else None
            return f"the event “{_short(event.title)}”", event_citation(briefing, event, span)
        if pane == "actors" and (quote := briefing.quote(self.actors.current_quote_id or "")) is not None:
            return f"the quote of {briefing.actor_name(quote.speaker) if quote.speaker else 'an unknown speaker'}", \
                quote_citation(briefing, quote)
        if pane == "positions":
            chosen = self.positions.current_evidence
            if chosen is not None and (position := briefing.position(chosen[0])) is not None:
                span: Span | None = chosen[1]
            else:
                cell = self.positions.current_cell
                positions = briefing.cell(*cell) if cell else ()
                position, span = (positions[-1], None) if positions else (None, None)
            if position is not None:
                issue = briefing.issue(position.issue)
                side = briefing.side(position.side).label
                return (f"the position {side} on {issue.name if issue else position.issue}: "
                        f"{position.stance.label}",
                        position_citation(briefing, position, span))
        if pane == "source" and (passage := self.source.passage) is not None:
            return self._passage_citation(*passage)
        return None

    def _passage_citation(self, file: str, start: int, end: int) -> tuple[str, str] | None:
        briefing = self.briefing
        for quote in briefing.quotes_by_source(file):
            if quote.span.start < end and start < quote.span.end:
                who = briefing.actor_name(quote.speaker) if quote.speaker else "an unknown speaker"
                return f"the quote of {who}", quote_citation(briefing, quote)
        source = briefing.source(file)
        if source is None or start >= end:
            return None
        shown = self.source.highlight  # the evidence or hit highlighted in that line: the passage meant
        if shown is not None and shown.source == file and shown.start < end and start < shown.end:
            return f"the passage of {origin_of(briefing, shown).outlet}", passage_citation(briefing, shown)
        span = Span(source=file, start=start, end=end, text=source.text[start:end])
        return f"the passage of {origin_of(briefing, span).outlet}", passage_citation(briefing, span)

    # ---- w: write the current view as Markdown -------------------------------------------------
    def action_export_view(self) -> None:
        scope = self._view_scope()
        data_dir = Path(self.briefing.data_dir) if self.briefing.data_dir else None
        counts = [_count(len(items or ()), name) for items, name in
                  ((scope.events, "event"), (scope.quotes, "quote"), (scope.positions, "position"))]
        note = f"{', '.join(counts)} — {scope.note}"
        self.app.push_screen(ExportScreen(default_export_path(data_dir), note), self._write_export)  # type: ignore[attr-defined]

    def _view_scope(self) -> Scope:
        briefing, flt, actor = self.briefing, self.filter, self.chosen_actor
        events = tuple(visible_events(briefing, flt, actor))
        actors = tuple(a for _side, group in visible_actors(briefing, flt) for a in group)
        shown = {a.id for a in actors}
        sides = flt.visible_sides(briefing) if flt.active else None
        positions = tuple(p for p in briefing.positions if flt.allows("position", p.origin, p.confidence)
                          and (sides is None or p.side in sides or shown & set(p.holders)))
        quotes = tuple(q for q in briefing.quotes if flt.allows("quote", q.origin, q.confidence)
                       and (not flt.active or q.speaker in shown) and (actor is None or q.speaker == actor))
        discrepancies = tuple(d for d in briefing.discrepancies if flt.allows_origin(d.origin))
        parts = [f"filter: {flt.describe(briefing)}" if flt.active else "no filter"]
        if actor:
            parts.append(f"actor: {briefing.actor_name(actor)}")
        parts.append("automatic items hidden" if not flt.show_auto else
                     "low-confidence automatic items shown" if flt.show_low else "automatic items shown")
        return Scope(events=events, actors=actors, positions=positions, quotes=quotes,
                     discrepancies=discrepancies, note="; ".join(parts))

    def _write_export(self, path: Path | None) -> None:
        if path is None:
            return
        data_dir = Path(self.briefing.data_dir) if self.briefing.data_dir else None
        path = path if path.is_absolute() else Path.cwd() / path
        if data_dir is not None and inside(path, data_dir):
            self.notify(f"Not written: {path} is inside the data folder, which briefing never writes to.",  # type: ignore[attr-defined]
                        severity="error", title="Export", markup=False)
            return
        existed = path.exists()
        try:
            path.write_text(to_markdown(self.briefing, self._view_scope()), encoding="utf-8")
        except OSError as error:
            self.notify(f"Could not write {path}: {error.strerror or error}", severity="error",  # type: ignore[attr-defined]
                        title="Export", markup=False)
            return
        self.notify(f"{'Replaced' if existed else 'Wrote'} {path}", title="Briefing written", markup=False)  # type: ignore[attr-defined]

    # ---- d and s: the two lists ----------------------------------------------------------------
    def action_discrepancies(self) -> None:
        shown = tuple(d for d in self.briefing.discrepancies if self.filter.allows_origin(d.origin))
        self.app.push_screen(DiscrepanciesScreen(self.briefing, shown), self._open_side)  # type: ignore[attr-defined]

    def _open_side(self, span: Span | None) -> None:
        if span is not None:
            self.open_span(span)  # type: ignore[attr-defined]

    def action_sources(self) -> None:
        self.app.push_screen(SourcesScreen(self.briefing, self.source.file), self._open_source)  # type: ignore[attr-defined]

    def _open_source(self, file: str | None) -> None:
        if file is not None:
            self.open_source(file)  # type: ignore[attr-defined]

    def on_source_pane_article_step(self, message: SourcePane.ArticleStep) -> None:
        files = [s.file for s in self.briefing.sources]
        if not files:
            return
        here = files.index(message.file) if message.file in files else -1
        self.open_source(files[(here + message.step) % len(files)])  # type: ignore[attr-defined]


def _count(n: int, name: str) -> str:
    return f"{n} {name}{'' if n == 1 else 's'}"


def _short(text: str, room: int = 50) -> str:
    text = one_line(text)
    return text if len(text) <= room else text[: room - 1] + "…"
