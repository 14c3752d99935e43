"""Positions pane: the issue × side matrix, and the selected cell's summary, dates and evidence."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable, Static

from briefing.cite import auto_note
from briefing.load.sides import NO_ISSUES, no_sides_message
from briefing.model import Briefing, Position, Side, Span, stance_changes
from briefing.tui.state import Filter
from briefing.tui.view import (
    CHANGE_MARK,
    cell_label,
    cell_positions,
    matrix_sides,
    side_style,
    stance_legend,
)
from briefing.tui.panes.stance_table import StanceTable
from briefing.tui.widgets import Pane, PaintHold, RowList, nav_bindings, set_text, set_text_in_box


STANCE_WIDTH = 9
#: Positions written out in the detail; it shows a few lines, and a busy cell of a large folder has thousands.
DETAIL_POSITIONS = 20
#: Why a cell whose only positions are automatic ones shows none until `x` (model/confidence.py has the figures).
HIDDEN_WHY = ("on articles the rules were not written on, automatic positions were right only about two times in "
              "three unless the sentence states the stance plainly (a named side, its verb, the issue), so only "
              "those are shown as findings (x shows the rest, marked ~)")


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
        self._positions: list[Position | None] = []  # each row's position, for its label

    def show(self, spans: list[tuple[str, Span]], positions: list[Position] | None = None) -> None:
        """`spans` (position id, span) a row each; `positions`, when given, the position of each row (its
        date and stance label the row, worked out when the row is drawn: a busy cell has thousands)."""
        self.spans = spans
        self._positions = list(positions) if positions is not None else [None] * len(spans)
        self.cursor_visible = False
        self.set_rows(len(spans))

    def label(self, index: int) -> str:
        """When and how row `index`'s position stood: "12 Feb 2025 against " ("" without a position)."""
        position = self._positions[index] if 0 <= index < len(self._positions) else None
        return _when(position) if position is not None else ""

    def on_focus(self) -> None:
        if not self.cursor_visible:
            self.cursor_visible = True
            self.refresh()

    def row_key(self, index: int) -> tuple[str, str, int, int]:
        position_id, span = self.spans[index]
        return position_id, span.source, span.start, span.end

    def render_row(self, index: int, width: int, style: Style, cursor: bool) -> Strip:
        _, span = self.spans[index]
        label = self.label(index)
        where = f"  {span.source.split('_', 1)[0]}"
        quote = "“" + " ".join(strip_control_codes(span.text).split()) + "”"
        room = max(2, width - 2 - cell_len(where) - cell_len(label))  # a space either side, as the other lists
        if cell_len(quote) > room:
            quote = set_cell_size(quote, room - 1) + "…"
        source_style = style + self.get_component_rich_style("evidence-list--source", partial=True)
        return Strip([Segment(" ", style), Segment(label, source_style), Segment(quote, style),
                      Segment(where, source_style)])


def _when(position: Position) -> str:
    """An evidence row's date and stance: "12 Feb 2025 against "."""
    when = position.date.display.strip() if position.date else "undated"
    return f"{when} {position.stance.short} "


class Positions(Pane):
    """Posts `CellHighlighted`, `CellChosen` (Enter on a cell) and `EvidenceChosen` (Enter on evidence)."""

    TITLE = "3 Positions"
    BINDINGS = [Binding("i", "filter_issue", "Issue → timeline", id="positions.filter-issue")]

    class CellHighlighted(Message):
        def __init__(self, side: str, issue: str, hold: PaintHold | None = None) -> None:
            super().__init__()
            self.side = side
            self.issue = issue
            self.hold = hold  # the table's hold on the repaint: the screen releases it once it has answered

        def release(self) -> None:
            if self.hold is not None:
                self.hold.release()

    class CellChosen(CellHighlighted):
        pass

    class IssueFilterRequested(Message):
        """The reader asked to narrow the timeline to this issue (again: to clear it)."""

        def __init__(self, issue: str) -> None:
            super().__init__()
            self.issue = issue

    class EvidenceChosen(Message):
        def __init__(self, position_id: str, span: Span) -> None:
            super().__init__()
            self.position_id = position_id
            self.span = span

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.filter = Filter()
        #: The matrix's columns: the briefing's negotiating sides (those the filter speaks of, if any).
        self.sides: tuple[Side, ...] = ()
        self.marked_side: str | None = None
        self._evidence: list[tuple[str, Span]] = []
        self._width = 0
        self._detail_of: tuple | None = None  # (cell, auto shown, low-confidence shown) it shows
        self._trusted: dict = {}  # each cell's positions shown by default (view.cell_positions' memo)

    def compose(self) -> ComposeResult:
        yield StanceTable(id="positions-table", cursor_type="cell", zebra_stripes=False)
        yield Static(id="positions-legend")
        yield Static(id="positions-detail", classes="detail")
        yield EvidenceList(id="positions-evidence")

    @property
    def table(self) -> DataTable:
        return self.query_one("#positions-table", DataTable)

    # ---- methods the app calls ---------------------------------------------------------------
    def show_matrix(self, flt: Filter) -> None:
        self.filter = flt
        current = self.current_cell
        table = self.query_one(StanceTable)
        table.clear(columns=True)
        self.sides = matrix_sides(self.briefing, flt)
        self._width = table.size.width
        issues = self.briefing.issues
        self.set_class(not issues or not self.sides, "-no-issues")
        if not issues or not self.sides:
            self.set_subtitle("no sides" if not self.sides else "no issues")
            why = [no_sides_message(self.briefing.sides)] if not self.sides else []
            self.query_one("#positions-detail", Static).update(Text("\n\n".join(why + ([NO_ISSUES] if not issues
                                                                                          else []))))
            self.query_one(EvidenceList).show([])
            self._detail_of = None
            return
        styles = table.stance_styles()
        longest = max((len(self._row_name(i.id)) for i in issues), default=12)
        stance_width = max(STANCE_WIDTH, min(13, (self._width - 3 - longest) // max(1, len(self.sides)) - 2))
        issue_width = max(12, min(longest, self._width - len(self.sides) * (stance_width + 2) - 3))
        table.add_column("Proposition", key="issue", width=issue_width)
        for side in self.sides:
            mark = "▶" if side.id == self.marked_side else ""
            header = Text(f"{mark}{side.letter} {side.label}", style=side_style(self.briefing, side.id))
            header.truncate(stance_width, overflow="ellipsis")
            table.add_column(header, key=side.id, width=stance_width)
        hidden = 0  # automatic positions left out for their confidence (x shows them)
        for issue in issues:
            shown = [cell_positions(self.briefing, side.id, issue.id, flt, self._trusted) for side in self.sides]
            if flt.trims("position"):
                hidden += sum(len(self.briefing.cell(side.id, issue.id)) for side in self.sides) - sum(map(len, shown))
            cells = [cell_label(cell, short=stance_width < 12, styles=styles) for cell in shown]
            for cell in cells:
                cell.truncate(stance_width, overflow="ellipsis")
            name = Text(self._row_name(issue.id), style="bold" if issue.id == flt.issue else "")
            name.truncate(issue_width, overflow="ellipsis")
            table.add_row(name, *cells, key=issue.id)
        self.set_subtitle(f"{len(issues)} issues" + (f" · {hidden} automatic hidden (x shows)" if hidden else ""))
        legend = stance_legend(styles)  # (the line a zoomed pane at 80 columns shows, its border hidden)
        if hidden:
            legend.append(f" │ {hidden} hidden: x", style="bold")
        set_text(self.query_one("#positions-legend", Static), legend)
        if current is None or not self.select_cell(*current):
            table.move_cursor(row=0, column=1, animate=False)
        self._show_detail()

    def _row_name(self, issue_id: str) -> str:
        issue = self.briefing.issue(issue_id)
        if issue is None:
            return issue_id
        mark = "► " if issue_id == self.filter.issue else ""  # the issue the timeline is narrowed to
        return mark + (issue.proposition or issue.name)

    def on_resize(self) -> None:
        if self.sides and self.table.size.width != self._width:
            self.show_matrix(self.filter)

    def mark_side(self, side: str | None) -> None:
        if side != self.marked_side:
            self.marked_side = side
            self.show_matrix(self.filter)

    def select_cell(self, side: str, issue: str) -> bool:
        issues = [i.id for i in self.briefing.issues]
        columns = [s.id for s in self.sides]
        if side not in columns or issue not in issues:
            return False
        self.table.move_cursor(row=issues.index(issue), column=1 + columns.index(side), animate=False)
        self._show_detail()
        return True

    def action_filter_issue(self) -> None:
        cell = self.current_cell
        row = self.table.cursor_coordinate.row
        issues = self.briefing.issues
        issue = cell[1] if cell is not None else (issues[row].id if row < len(issues) else None)
        if issue is None:
            self.app.bell()
            return
        self.post_message(self.IssueFilterRequested(issue))

    def focus_evidence(self) -> None:
        evidence = self.query_one(EvidenceList)
        if evidence.row_count:
            evidence.move_cursor(0)
            evidence.focus()

    @property
    def current_cell(self) -> tuple[str, str] | None:
        table = self.table
        if not self.sides or not self.briefing.issues:
            return None
        row, column = table.cursor_coordinate
        if column == 0 or row >= len(self.briefing.issues) or column - 1 >= len(self.sides):
            return None
        return self.sides[column - 1].id, self.briefing.issues[row].id

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
        shown = (cell, self.filter.show_auto, self.filter.show_low)
        if not self.briefing.issues or shown == self._detail_of:
            return
        self._detail_of = shown
        detail = self.query_one("#positions-detail", Static)
        evidence = self.query_one(EvidenceList)
        if cell is None:
            self._evidence = []
            set_text_in_box(detail, Text("Move to a side's cell to see its position.", style="dim"))
            evidence.show([])
            return
        side, issue_id = cell
        positions = cell_positions(self.briefing, side, issue_id, self.filter, self._trusted)
        set_text_in_box(detail, self._detail_text(side, issue_id, positions))
        self._evidence = [(position.id, span) for position in positions for span in position.evidence]
        evidence.show(self._evidence, [position for position in positions for _span in position.evidence])

    def _detail_text(self, side: str, issue_id: str, positions: tuple[Position, ...]) -> Text:
        """The cell's stances in date order, each change marked, then how to reach the evidence."""
        issue = self.briefing.issue(issue_id)
        styles = self.query_one(StanceTable).stance_styles()
        text = Text(f"{self.briefing.side(side).label} on ", style="bold")
        text.append(f"“{issue.proposition or issue.name}”" if issue else issue_id, style="bold")
        if not positions:
            hidden = len(self.briefing.cell(side, issue_id)) if self.filter.trims("position") else 0
            text.append(f"\n{hidden} automatic position{'s' if hidden > 1 else ''} hidden: " + HIDDEN_WHY if hidden
                        else "\nno stated position", style="dim italic")
            return text
        changed = {id(after) for _before, after in stance_changes(positions)}
        for position in positions[:DETAIL_POSITIONS]:
            text.append("\n" + (f"{CHANGE_MARK} " if id(position) in changed else "  "), style="bold")
            text.append(position.stance.label, style=styles.get(position.stance, ""))
            text.append(f" ({position.date.display.strip() if position.date else 'undated'})", style="dim")
            if position.origin == "auto":
                text.append(f" ≈ {auto_note(position.confidence, '')}", style="dim italic")  # in words
            text.append(" ")
            text.append(position.summary)
            if position.holders:
                text.append(" — " + ", ".join(self.briefing.actor_name(h) for h in position.holders), style="italic")
        if len(positions) > DETAIL_POSITIONS:
            text.append(f"\n… {len(positions) - DETAIL_POSITIONS} more", style="dim")
        if changed:
            text.append(f"\n{CHANGE_MARK} marks where the stance changed from the date before", style="dim")
        elif len(positions) > 1:
            text.append(f"\n{len(positions)} positions, oldest first", style="dim")
        if positions:
            count = sum(len(p.evidence) for p in positions)
            text.append(f"\nEvidence ({count}), oldest first · Enter: in the source · i: issue → timeline",
                        style="dim")
        return text

    # ---- events up ---------------------------------------------------------------------------
    def on_data_table_cell_highlighted(self, message: DataTable.CellHighlighted) -> None:
        message.stop()
        hold: PaintHold | None = getattr(message, "hold", None)
        self._show_detail()
        cell = self.current_cell
        if cell is not None:
            self.post_message(self.CellHighlighted(*cell, hold=hold))
        elif hold is not None:
            hold.release()

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
