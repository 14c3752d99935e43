"""Timeline pane: events in date order, with their sides, source count and a one-event detail line."""

from __future__ import annotations

from textual.markup import escape
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import DataTable, Static
from rich.text import Text

from briefing.model import Briefing, Event
from briefing.tui.view import event_sides, sides_badge
from briefing.tui.widgets import NavTable, Pane


class Timeline(Pane):
    """Lists events; posts `EventHighlighted` as the cursor moves and `EventChosen` on Enter."""

    TITLE = "1 Timeline"

    class EventHighlighted(Message):
        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    class EventChosen(Message):
        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.event_ids: list[str] = []
        self.events: list[Event] = []
        self._title_width = 0
        self._caption = ""

    def compose(self) -> ComposeResult:
        table = NavTable(id="timeline-table", cursor_type="row", zebra_stripes=False)
        table.add_column("Date", key="date", width=11)
        table.add_column("Side", key="sides", width=4)
        table.add_column("Src", key="sources", width=3)
        yield table
        yield Static(id="timeline-detail", classes="detail")

    @property
    def table(self) -> DataTable:
        return self.query_one("#timeline-table", DataTable)

    # ---- methods the app calls ---------------------------------------------------------------
    def show_events(self, events: list[Event], caption: str = "") -> None:
        """Replace the rows, keeping the cursor on the same event when it is still listed."""
        current = self.current_event_id
        table = self.table
        self.events = list(events)
        table.clear(columns=True)
        self._title_width = width = max(12, table.size.width - 11 - 4 - 3 - 8 - 1)
        table.add_column("Date", key="date", width=11)
        table.add_column("Side", key="sides", width=4)
        table.add_column("Src", key="sources", width=3)
        table.add_column("Event", key="title", width=width)
        self.event_ids = [e.id for e in events]
        for event in events:
            title = Text(event.title)
            if event.origin == "auto":  # flagged up front, so truncation cannot hide it
                title = Text("≈ ", style="bold") + Text(event.title, style="italic")
            title.truncate(width, overflow="ellipsis")
            table.add_row(
                Text(event.date.display, style="dim" if event.precision != "day" else ""),
                sides_badge(event_sides(self.briefing, event)),
                Text(str(len(event.sources)), justify="right"),
                title,
                key=event.id,
            )
        self._caption = caption or f"{len(events)} events"
        self.border_subtitle = escape(self._caption)  # titles are markup: actor names are not
        if not events:
            self.query_one("#timeline-detail", Static).update(Text("No events match.", style="dim"))
        elif current in self.event_ids:
            self.select_event(current)

    def on_resize(self) -> None:
        if self.events and max(12, self.table.size.width - 27) != self._title_width:
            self.show_events(self.events, self._caption)

    def select_event(self, event_id: str) -> bool:
        if event_id not in self.event_ids:
            return False
        self.table.move_cursor(row=self.event_ids.index(event_id), animate=False, scroll=True)
        return True

    def show_detail(self, event: Event, evidence_index: int) -> None:
        detail = Text()
        detail.append(event.date.display.strip(), style="bold")
        detail.append("  ")
        detail.append(event.title, style="bold")
        detail.append("\n")
        for n, actor_id in enumerate(event.actors):
            side = self.briefing.side_of(actor_id)
            if n:
                detail.append(", ")
            detail.append(self.briefing.actor_name(actor_id))
            if side is not None:
                detail.append(" ")
                detail.append_text(sides_badge((side,)))
        if event.evidence:
            detail.append(f"   evidence {evidence_index + 1}/{len(event.evidence)}", style="dim")
            if len(event.evidence) > 1:
                detail.append(" (. next)", style="dim")
        if event.origin == "auto":
            detail.append(f"   auto {event.confidence:.0%} ({event.rule})", style="italic")
        if event.summary:
            detail.append("\n")
            detail.append(event.summary, style="italic")
        self.query_one("#timeline-detail", Static).update(detail)

    @property
    def current_event_id(self) -> str | None:
        table = self.table
        if not self.event_ids or table.cursor_row < 0 or table.cursor_row >= len(self.event_ids):
            return None
        return self.event_ids[table.cursor_row]

    # ---- events up ---------------------------------------------------------------------------
    def on_data_table_row_highlighted(self, message: DataTable.RowHighlighted) -> None:
        message.stop()
        event = self.briefing.event((message.row_key.value if message.row_key else None) or "")
        if event is not None:
            self.show_detail(event, 0)
            self.post_message(self.EventHighlighted(event.id))

    def on_data_table_row_selected(self, message: DataTable.RowSelected) -> None:
        message.stop()
        if message.row_key and message.row_key.value is not None:
            self.post_message(self.EventChosen(message.row_key.value))
