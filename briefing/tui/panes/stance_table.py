"""The positions pane's matrix: a DataTable whose cells and lines are kept by what they show, so a filter key that
rebuilds it and a filter toggled back draw nothing they drew before."""

from __future__ import annotations

from collections.abc import Hashable

from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.message import Message
from textual.strip import Strip
from textual.widgets import DataTable

from briefing.model import STATED_STANCES, Stance
from briefing.tui.widgets import NavTable, PaintHold


class StanceTable(NavTable):
    """The issue × side matrix; its stance colours come from the stylesheet (theme variables)."""

    COMPONENT_CLASSES = {f"stance--{stance.value}" for stance in STATED_STANCES}

    def __init__(self, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self._cells: LRUCache[tuple, list] = LRUCache(1024)
        self._lines: LRUCache[tuple, Strip] = LRUCache(256)
        self.rendered_lines = 0  # lines Textual's DataTable rendered (misses of `_lines`): what the tests bound

    def notify_style_update(self) -> None:
        self._cells.clear()  # (a theme change restyles the cells)
        self._lines.clear()
        super().notify_style_update()

    def _render_cell(self, row_index: int, column_index: int, base_style: Style, width: int,  # noqa: PLR0913
                     cursor: bool = False, hover: bool = False) -> list:
        """A cell as the DataTable renders it, kept across rebuilds by what it shows: a filter key clears the
        table and fills it again (its columns change), and toggling the filter off brings back cells already
        drawn (Textual's own cache is emptied by every change). Header and data cells; rich renders each
        through a console pass (~0.15 ms)."""
        if column_index < 0 or not 0 <= column_index < len(self.columns):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        column_key = self._column_locations.get_key(column_index)
        if row_index < 0:
            value, height = self.columns[column_key].label, self.header_height
        else:
            row_key = self._row_locations.get_key(row_index)
            value, height = self._data[row_key][column_key], self.rows[row_key].height
        if not isinstance(value, Text):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        key = (row_index, column_index, value.plain, tuple(value.spans), str(value.style), value.justify,
               value.overflow, value.no_wrap, height, base_style, width, cursor, hover, self._show_hover_cursor,
               self._pseudo_class_state, self.show_cursor)
        lines = self._cells.get(key)
        if lines is None:
            lines = super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
            self._cells[key] = lines
        return lines

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A line of the table kept, as its cells are, by what it shows: the row's place and cells (or the
        header's labels), the column widths, the cursor and the hover, the focus. A filter key clears the table
        and fills it again (Textual's line cache is emptied by every change); toggled back, no line is drawn
        again. (Each segment's meta names the row and column: both fixed by the line's place.)"""
        try:
            row_key, offset = self._get_offsets(y)
        except LookupError:
            return super()._render_line(y, x1, x2, base_style)
        columns = self.ordered_columns
        if row_key is self._header_row_key:
            values = [column.label for column in columns]
        else:
            row = self._data.get(row_key, {})
            values = [row.get(column.key) for column in columns]
        key = (y, offset, x1, x2, self.size.width, base_style, self.cursor_coordinate, self.hover_coordinate,
               self.cursor_type, self.show_cursor, self._show_hover_cursor, self._pseudo_class_state,
               self.fixed_columns, self.fixed_rows, self.zebra_stripes, self.scroll_x,
               tuple(column.get_render_width(self) for column in columns), tuple(map(_looks, values)))
        strip = self._lines.get(key)
        if strip is None:
            self.rendered_lines += 1
            strip = self._lines[key] = super()._render_line(y, x1, x2, base_style)
        return strip

    def post_message(self, message: Message) -> bool:
        """A cell the reader moved to (the table has the focus) travels up with a `PaintHold`: the moved
        cursor, the cell's detail and evidence and the source the screen opens are painted in one frame."""
        if isinstance(message, DataTable.CellHighlighted) and self.has_focus and self.is_attached:
            message.hold = PaintHold(self)  # type: ignore[attr-defined]
        return super().post_message(message)

    def stance_styles(self) -> dict[Stance, Style]:
        return {stance: self.get_component_rich_style(f"stance--{stance.value}", partial=True)
                for stance in STATED_STANCES}


def _looks(value: object) -> Hashable:
    """A cell's value as a cache key: a Text by its characters and styles."""
    if isinstance(value, Text):
        return value.plain, tuple(value.spans), value.style, value.justify, value.overflow, value.no_wrap
    return value if isinstance(value, Hashable) else repr(value)
