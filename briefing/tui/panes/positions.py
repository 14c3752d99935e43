"""Positions pane: the issue × side matrix, and the selected cell's summary, dates and evidence."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from briefing.model import Briefing, Side, Span
from briefing.tui.state import Filter
from briefing.tui.view import SIDE_STYLES, cell_label, cell_positions, matrix_sides
from briefing.tui.widgets import NavList, NavTable, Pane


STANCE_WIDTH = 9


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

    def compose(self) -> ComposeResult:
        yield NavTable(id="positions-table", cursor_type="cell", zebra_stripes=False)
        yield Static(id="positions-detail", classes="detail")
        yield NavList(id="positions-evidence")

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
        evidence = self.query_one("#positions-evidence", OptionList)
        if evidence.option_count:
            evidence.focus()
            evidence.highlighted = 0

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
    def evidence_count(self) -> int:
        return len(self._evidence)

    def _show_detail(self) -> None:
        detail = self.query_one("#positions-detail", Static)
        evidence = self.query_one("#positions-evidence", OptionList)
        cell = self.current_cell
        self._evidence = []
        if cell is None:
            detail.update(Text("Move to a side's cell to see its position.", style="dim"))
            evidence.clear_options()
            return
        side, issue_id = cell
        issue = self.briefing.issue(issue_id)
        positions = cell_positions(self.briefing, side, issue_id, self.filter)
        text = Text(f"{side.label} on {issue.name if issue else issue_id}: ", style="bold")
        if not positions:
            text.append("no stated position", style="dim italic")
        options = []
        for position in positions:
            when = position.date.display.strip() if position.date else "undated"
            text.append(f"\n{position.stance.label}", style="bold")
            text.append(f" ({when})", style="dim")
            if position.origin == "auto":
                text.append(f" auto {position.confidence:.0%}", style="dim italic")
            text.append(" ")
            text.append(position.summary)
            if position.holders:
                text.append(" — " + ", ".join(self.briefing.actor_name(h) for h in position.holders), style="italic")
            for span in position.evidence:
                self._evidence.append((position.id, span))
                label = Text("“" + " ".join(span.text.split()) + "”")
                label.append(f"  {span.source.split('_', 1)[0]}", style="dim")
                options.append(Option(label))
        if len(positions) > 1:
            text.append(f"\n{len(positions)} positions, oldest first ('+' in the matrix)", style="dim")
        if options:
            text.append(f"\nEvidence ({len(options)}) — Enter opens one in the source", style="dim")
        detail.update(text)
        evidence.set_options(options)

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

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        if 0 <= message.option_index < len(self._evidence):
            self.post_message(self.EvidenceChosen(*self._evidence[message.option_index]))
