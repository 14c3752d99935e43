"""Timeline pane: events in date order, with their sides, source count and a one-event detail line."""

from __future__ import annotations

from bisect import bisect_left

from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.markup import escape
from textual.message import Message
from textual.strip import Strip

from briefing.cite import auto_note, basis_in_words, origin_of, outlet_label, precision_note
from briefing.model import Briefing, Event
from briefing.tui.textbox import TextBox
from briefing.tui.view import side_order, side_style, sides_badge
from briefing.tui.widgets import PaintHold, Pane, RowList, nav_bindings

#: Columns: a space, Date 11, two spaces, Side 4, two, Src 3 (right-aligned), two, Event (the rest), a space.
DATE, SIDES, SOURCES = 11, 4, 3
FIXED = 1 + DATE + 2 + SIDES + 2 + SOURCES + 2 + 1
MIN_TITLE = 12


#: The timeline of a briefing with no event at all (not one a filter hides): why, and what still helps.
NO_EVENTS = ("No dated events in these articles: an event is made from a sentence that says when something "
             "happened, and none here can be dated (an undated page gives no day to its \"on Tuesday\"). Actors (2) "
             "and the source text (4) still show who said what.")


class EventList(RowList):
    """The timeline's rows, drawn only when on screen: Date (dim unless to the day), Side letters, Src, Event."""

    BINDINGS = nav_bindings("first", "last", "table")
    HOLD_PAINT = True  # the detail, the actors and the source follow the cursor in the same frame
    COMPONENT_CLASSES = {"event-list--approximate", "event-list--auto", "event-list--auto-mark"}
    show_header = True

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.events: list[Event] = []
        self._side_of = {a.id: a.side for a in briefing.actors}  # Briefing.side_of reads a private attribute
        self._order = side_order(briefing)
        self._letter = {side: briefing.side(side).letter for side in self._order}
        self._styles: dict[tuple[Style, bool], dict[str, Style]] = {}

    def show(self, events: list[Event], cursor: int) -> None:
        self.events = events
        self.set_rows(len(events), cursor)

    def row_key(self, index: int) -> str:
        return self.events[index].id

    def render_header(self, width: int, style: Style) -> Strip:
        text = f" {'Date':<{DATE}}  {'Side':<{SIDES}}  {'Src':<{SOURCES}}  Event"
        return Strip([Segment(text, style)], cell_len(text))

    def notify_style_update(self) -> None:
        self._styles.clear()
        super().notify_style_update()

    def _derived(self, style: Style, cursor: bool) -> dict[str, Style]:
        """The row's styles over `style`, made once per row style (adding rich Styles is not free)."""
        derived = self._styles.get((style, cursor))
        if derived is None:
            part = self.get_component_rich_style
            on_top = Style(color=style.color) if cursor else Style()  # the cursor's colour wins, as a DataTable's
            derived = {name: style + part(f"event-list--{name}", partial=True)
                       for name in ("approximate", "auto", "auto-mark")}
            derived.update({side: style + Style.parse(side_style(self.briefing, side)) + on_top
                            for side in self._order})
            self._styles[style, cursor] = derived
        return derived

    def render_row(self, index: int, width: int, style: Style, cursor: bool) -> Strip:
        event = self.events[index]
        styles = self._derived(style, cursor)
        date = event.date.display if event.precision == "day" else f"in {event.date.display}"  # a period
        gap = " " * max(2, DATE + 2 - cell_len(date))
        segments = [Segment(" ", style), Segment(date, styles["approximate"] if event.precision != "day" else style),
                    Segment(gap, style)]
        found = {self._side_of.get(a) for a in event.actors}
        sides = [side for side in self._order if side in found][:SIDES]
        segments += [Segment(self._letter[side], styles[side]) for side in sides]
        count = str(len(event.sources))
        segments.append(Segment(" " * (SIDES - len(sides) + 2 + SOURCES - len(count)) + count + "  ", style))
        room = max(MIN_TITLE, width - FIXED)
        title = " ".join(strip_control_codes(event.title).split())  # one row: a title's \n or \t would break it
        title_style = style
        if event.origin == "auto":  # flagged up front, so truncation cannot hide it
            segments.append(Segment("≈ ", styles["auto-mark"]))
            title_style = styles["auto"]
            room -= 2
        if cell_len(title) > room:
            title = (title[: room - 1] if title.isascii() else set_cell_size(title, room - 1)) + "…"
        segments.append(Segment(title, title_style))
        return Strip(segments)


class Timeline(Pane):
    """Lists events; posts `EventHighlighted` as the cursor moves and `EventChosen` on Enter."""

    TITLE = "1 Timeline"

    class EventHighlighted(Message):
        def __init__(self, event_id: str, hold: PaintHold | None = None) -> None:
            super().__init__()
            self.event_id = event_id
            self.hold = hold  # the list's hold on the repaint: the screen releases it once it has answered

        def release(self) -> None:
            if self.hold is not None:
                self.hold.release()

    class EventChosen(Message):
        def __init__(self, event_id: str) -> None:
            super().__init__()
            self.event_id = event_id

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.events: list[Event] = []
        self._order: dict[int, int] | None = None  # id(event) -> its place in the briefing (date order)
        self.event_list = EventList(briefing, id="timeline-list")
        # The event's detail: a fixed box (5 rows) that wraps and scrolls its text itself, so a cursor move
        # repaints it without laying the screen out again. When the text is longer, Tab reaches it, j/k scroll.
        self.detail = TextBox(id="timeline-detail", classes="detail")

    def compose(self) -> ComposeResult:
        yield self.event_list
        yield self.detail

    @property
    def shown_events(self) -> list[Event]:
        return self.events

    @property
    def event_ids(self) -> list[str]:
        return [e.id for e in self.events]

    # ---- methods the app calls ---------------------------------------------------------------
    def show_events(self, events: list[Event], caption: str = "") -> None:
        """Replace the list (events of the briefing, in its order), keeping the cursor on the same event when
        it is still listed, else on the nearest later one. O(log n): the list draws the rows on screen."""
        current = self.current_event
        self.events = events = list(events)
        self.event_list.show(events, self._bisect(current) if current is not None else 0)
        self.set_subtitle(escape(caption or f"{len(events)} events"))  # titles are markup: names are not
        if not events:
            self.detail.update(Text(NO_EVENTS if not self.briefing.events else "No events match.", style="dim"))

    def _bisect(self, event: Event) -> int:
        """Where `event` is in the list, or would be: the list is a subsequence of the briefing's events."""
        if self._order is None:
            self._order = {id(e): n for n, e in enumerate(self.briefing.events)}
        order = self._order
        return bisect_left(self.events, order.get(id(event), -1), key=lambda e: order.get(id(e), -1))

    def select_event(self, event_id: str) -> bool:
        event = self.briefing.event(event_id)
        index = self._bisect(event) if event is not None else len(self.events)
        if index >= len(self.events) or self.events[index] is not event:
            return False
        self.event_list.move_cursor(index)
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
                detail.append_text(sides_badge(self.briefing, (side,)))
        if event.evidence:
            origin = origin_of(self.briefing, event.evidence[min(evidence_index, len(event.evidence) - 1)])
            detail.append(f"   evidence {evidence_index + 1}/{len(event.evidence)}: {origin.outlet}, {origin.date}",
                          style="dim")
            if len(event.evidence) > 1:
                detail.append(" (. next)", style="dim")
        if event.summary:
            detail.append("\n")
            detail.append(event.summary, style="italic")
        self._date_and_origin(detail, event)
        if event.evidence:  # the sentence it stands on: the reader need not open the source to read it
            span = event.evidence[min(evidence_index, len(event.evidence) - 1)]
            source = self.briefing.source(span.source)
            detail.append("\n“" + " ".join(strip_control_codes(span.text).split()) + "”")
            detail.append(f"  {span.source.split('_', 1)[0]} {outlet_label(source.outlet) if source else ''}".rstrip(),
                          style="dim")
        self.detail.update(detail)  # (from its first row)

    @staticmethod
    def _date_and_origin(detail: Text, event: Event) -> None:
        """How the date was established (and how much of it is known), and, for automatic events, how they
        were found, in words."""
        note = precision_note(event.date)
        if event.date_basis or note:
            detail.append("\nDate: ", style="bold")
            if note:
                detail.append(f"({note}) ", style="dim")
            detail.append(basis_in_words(event.date_basis), style="dim")
        if event.origin == "auto":
            detail.append("\n≈ ", style="bold")
            detail.append(auto_note(event.confidence, event.rule).capitalize(), style="italic")

    @property
    def current_event(self) -> Event | None:
        cursor = self.event_list.cursor
        return self.events[cursor] if 0 <= cursor < len(self.events) else None

    @property
    def current_event_id(self) -> str | None:
        event = self.current_event
        return event.id if event is not None else None

    # ---- events up ---------------------------------------------------------------------------
    def on_row_list_highlighted(self, message: RowList.Highlighted) -> None:
        message.stop()
        event = self.briefing.event(str(message.key))
        if event is not None:
            self.show_detail(event, 0)
            self.post_message(self.EventHighlighted(event.id, message.hold))
        elif message.hold is not None:
            message.hold.release()

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        self.post_message(self.EventChosen(str(message.key)))
