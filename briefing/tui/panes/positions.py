"""Positions pane: the issue × side matrix, and the selected cell's summary, dates and evidence."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable, Static

from briefing.cite import auto_note
from briefing.model import Briefing, Side, Span
from briefing.tui.state import Filter
from briefing.tui.view import SIDE_STYLES, cell_label, cell_positions, matrix_sides
from briefing.tui.widgets import NavTable, Pane, RowList, nav_bindings


STANCE_WIDTH = 9
#: Positions written out in the detail; it shows a few lines, and a busy cell of a large folder has thousands.
DETAIL_POSITIONS = 20


class EvidenceList(RowList):
    """One line per evidence span of the cell: “the quoted text…”  003 (cut to the width: Enter shows it whole
    in the source). Drawn only when on screen: a busy cell of a large folder has thousands. The cursor shows
    once the list has focus."""

    BINDINGS = nav_bindings("first", "last", "list")
    COMPONENT_CLASSES = {"evidence-list--source"}
    CHOOSE_ON_CLICK = True  # a click opens the evidence in the source, as the option list it replaces did

    def __init__(self, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.spans: list[tuple[str, Span]] = []

    def show(self, spans: list[tuple[str, Span]]) -> None:
        self.spans = spans
        self.cursor_visible = False
        self.set_rows(len(spans))

    def on_focus(self) -> None:
        if not self.cursor_visible:
            self.cursor_visible = True
            self.refresh()

    def row_key(self, index: int) -> tuple[str, str, int, int]:
        position_id, span = self.spans[index]
        return position_id, span.source, span.start, span.end

    def render_row(self, index: int, width: int, style: Style, cursor: bool) -> Strip:
        _, span = self.spans[index]
        where = f"  {span.source.split('_', 1)[0]}"
        quote = "“" + " ".join(strip_control_codes(span.text).split()) + "”"
        room = max(2, width - 2 - cell_len(where))  # a space either side, as the other lists
        if cell_len(quote) > room:
            quote = set_cell_size(quote, room - 1) + "…"
        source_style = style + self.get_component_rich_style("evidence-list--source", partial=True)
        return Strip([Segment(" ", style), Segment(quote, style), Segment(where, source_style)])


class Positions(Pane):
    """Posts `CellHighlighted`, `CellChosen` (Enter on a cell) and `EvidenceChosen` (Enter on evidence)."""

    TITLE = "3 Positions"

    class CellHighlighted(Message):
        def __init__(self, side: Side, issue: str) -> None:
            super().__init__()
            self.side = side
            self.issue = issue

    class CellChosen(CellHighlighted):
        pass

    class EvidenceChosen(Message):
        def __init__(self, position_id: str, span: Span) -> None:
            super().__init__()
            self.position_id = position_id
            self.span = span

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.filter = Filter()
        self.sides: tuple[Side, ...] = ()
        self.marked_side: Side | None = None
        self._evidence: list[tuple[str, Span]] = []
        self._width = 0
        self._detail_of: tuple | None = None  # what the detail shows now: (cell, whether auto items count)

    def compose(self) -> ComposeResult:
        yield NavTable(id="positions-table", cursor_type="cell", zebra_stripes=False)
        yield Static(id="positions-detail", classes="detail")
        yield EvidenceList(id="positions-evidence")

    @property
    def table(self) -> DataTable:
        return self.query_one("#positions-table", DataTable)

    # ---- methods the app calls ---------------------------------------------------------------
    def show_matrix(self, flt: Filter) -> None:
        self.filter = flt
        current = self.current_cell
        table = self.table
        table.clear(columns=True)
        self.sides = matrix_sides(self.briefing, flt)
        self._width = table.size.width
        longest = max((len(i.name) for i in self.briefing.issues), default=12)
        stance_width = max(STANCE_WIDTH, min(13, (self._width - 3 - longest) // max(1, len(self.sides)) - 2))
        issue_width = max(12, min(longest, self._width - len(self.sides) * (stance_width + 2) - 3))
        table.add_column("Issue", key="issue", width=issue_width)
        for side in self.sides:
            mark = "▶" if side == self.marked_side else ""
            header = Text(f"{mark}{side.letter} {side.label}", style=SIDE_STYLES[side])
            header.truncate(stance_width, overflow="ellipsis")
            table.add_column(header, key=side.value, width=stance_width)
        for issue in self.briefing.issues:
            cells = [cell_label(cell_positions(self.briefing, side, issue.id, flt), short=stance_width < 12)
                     for side in self.sides]
            for cell in cells:
                cell.truncate(stance_width, overflow="ellipsis")
            name = Text(issue.name)
            name.truncate(issue_width, overflow="ellipsis")
            table.add_row(name, *cells, key=issue.id)
        self.border_subtitle = f"{len(self.briefing.issues)} issues"
        if current is None or not self.select_cell(*current):
            table.move_cursor(row=0, column=1, animate=False)
        self._show_detail()

    def on_resize(self) -> None:
        if self.sides and self.table.size.width != self._width:
            self.show_matrix(self.filter)

    def mark_side(self, side: Side | None) -> None:
        if side != self.marked_side:
            self.marked_side = side
            self.show_matrix(self.filter)

    def select_cell(self, side: Side, issue: str) -> bool:
        issues = [i.id for i in self.briefing.issues]
        if side not in self.sides or issue not in issues:
            return False
        self.table.move_cursor(row=issues.index(issue), column=1 + self.sides.index(side), animate=False)
        self._show_detail()
        return True

    def focus_evidence(self) -> None:
        evidence = self.query_one(EvidenceList)
        if evidence.row_count:
            evidence.move_cursor(0)
            evidence.focus()

    @property
    def current_cell(self) -> tuple[Side, str] | None:
        table = self.table
        if not self.sides or not self.briefing.issues:
            return None
        row, column = table.cursor_coordinate
        if column == 0 or row >= len(self.briefing.issues) or column - 1 >= len(self.sides):
            return None
        return self.sides[column - 1], self.briefing.issues[row].id

    @property
    def current_evidence(self) -> tuple[str, Span] | None:
        """(position id, span) under the evidence list's cursor, when that list has the focus."""
        evidence = self.query_one(EvidenceList)
        if evidence.has_focus and 0 <= evidence.cursor < len(evidence.spans):
            return evidence.spans[evidence.cursor]
        return None

    @property
    def evidence_count(self) -> int:
        return len(self._evidence)

    def _show_detail(self) -> None:
        """The cell's positions and evidence; rebuilt only when the cell or the auto filter changed (a filter
        key or a rebuilt matrix asks up to three times per key, and a busy cell has a thousand positions)."""
        cell = self.current_cell
        if (cell, self.filter.show_auto) == self._detail_of:
            return
        self._detail_of = (cell, self.filter.show_auto)
        detail = self.query_one("#positions-detail", Static)
        evidence = self.query_one(EvidenceList)
        if cell is None:
            self._evidence = []
            detail.update(Text("Move to a side's cell to see its position.", style="dim"))
            evidence.show([])
            return
        side, issue_id = cell
        issue = self.briefing.issue(issue_id)
        positions = cell_positions(self.briefing, side, issue_id, self.filter)
        text = Text(f"{side.label} on {issue.name if issue else issue_id}: ", style="bold")
        if not positions:
            text.append("no stated position", style="dim italic")
        for position in positions[:DETAIL_POSITIONS]:
            when = position.date.display.strip() if position.date else "undated"
            text.append(f"\n{position.stance.label}", style="bold")
            text.append(f" ({when})", style="dim")
            if position.origin == "auto":
                text.append(f" ≈ {auto_note(position.confidence, '')}", style="dim italic")  # in words
            text.append(" ")
            text.append(position.summary)
            if position.holders:
                text.append(" — " + ", ".join(self.briefing.actor_name(h) for h in position.holders), style="italic")
        if len(positions) > DETAIL_POSITIONS:
            text.append(f"\n… {len(positions) - DETAIL_POSITIONS} more", style="dim")
        if len(positions) > 1:
            text.append(f"\n{len(positions)} positions, oldest first ('+' in the matrix)", style="dim")
        self._evidence = [(position.id, span) for position in positions for span in position.evidence]
        if self._evidence:
            text.append(f"\nEvidence ({len(self._evidence)}) — Enter opens one in the source", style="dim")
        detail.update(text)
        evidence.show(self._evidence)

    # ---- events up ---------------------------------------------------------------------------
    def on_data_table_cell_highlighted(self, message: DataTable.CellHighlighted) -> None:
        message.stop()
        self._show_detail()
        cell = self.current_cell
        if cell is not None:
            self.post_message(self.CellHighlighted(*cell))

    def on_data_table_cell_selected(self, message: DataTable.CellSelected) -> None:
        message.stop()
        cell = self.current_cell
        if cell is not None:
            self.focus_evidence()
            self.post_message(self.CellChosen(*cell))

    def on_row_list_chosen(self, message: RowList.Chosen) -> None:
        message.stop()
        spans = self.query_one(EvidenceList).spans
        if message.index < len(spans) and message.row_list.row_key(message.index) == message.key:
            self.post_message(self.EvidenceChosen(*spans[message.index]))

    def on_row_list_highlighted(self, message: RowList.Highlighted) -> None:
        message.stop()
