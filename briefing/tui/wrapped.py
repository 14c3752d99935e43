"""WrappedList: a cursor over lines of text, each wrapped to the width, drawn only when on screen (Line API).

What an OptionList of long lines costs at every `set_options` (each option laid out and measured as a
visual) is here one pass of rich's `divide_line` over the plain text (where each row breaks); a row's styled
text is cut and rendered only when it is painted, and cached by line, row, width and style.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from rich._wrap import divide_line
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.widgets import nav_bindings


@dataclass(frozen=True)
class Row:
    """One screen row: characters `start:end` of line `line`."""

    line: int
    start: int
    end: int


def _looks(text: Text) -> Hashable:
    """How a line looks besides its characters: its styles (a row of it is drawn again when they change)."""
    return text.style, tuple(text.spans)


class WrappedList(ScrollView, can_focus=True, inherit_bindings=False):
    """Lines of styled text, wrapped at word boundaries; the cursor is on one line (all its rows are marked).

    `set_lines(texts, enabled)` hands it the lines (nothing is rendered then); `replace_line(i, text)` one
    line with the same characters and other styles (a highlight moved). `highlighted` moves the cursor
    without a message (the owner moved it); the keys and clicks post `Highlighted`.
    """

    BINDINGS = [  # (the arrows first: the help lists "↓, j" as it does for the option lists)
        Binding("down", "cursor_down", "Down", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        *nav_bindings("first", "last", "list"),
    ]
    COMPONENT_CLASSES = {"wrapped-list--cursor"}

    class Highlighted(Message):
        def __init__(self, wrapped_list: WrappedList, index: int) -> None:
            super().__init__()
            self.wrapped_list = wrapped_list
            self.index = index

        @property
        def control(self) -> WrappedList:
            return self.wrapped_list

    def __init__(self, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.texts: list[Text] = []
        self.enabled: list[bool] = []
        self.cursor: int | None = None
        self.rendered_rows = 0  # rows cut and rendered (cache misses): what the tests bound
        self._rows: list[Row] = []
        self._starts: list[int] = []  # the first row of each line
        self._width = 0
        self._versions: list[Hashable] = []  # how each line looks (its styles): part of its rows' cache keys
        self._generation = 0
        self._cache: LRUCache[tuple, Strip] = LRUCache(512)
        self._center = False  # center the cursor once the list has a size

    # ---- for the owner -----------------------------------------------------------------------
    def set_lines(self, texts: list[Text], enabled: list[bool], cursor: int | None = None) -> None:
        self.texts, self.enabled = texts, enabled
        self._versions = [_looks(text) for text in texts]
        self._generation += 1
        self.cursor = None if cursor is None or not texts else max(0, min(cursor, len(texts) - 1))
        self._width = -1  # laid out again at the next look
        self._layout()
        self.refresh()

    def restyle(self, texts: list[Text]) -> None:
        """The same lines with other styles (a filter or a find marks other words): where the rows break is
        kept; only the lines whose styles changed are drawn again, and a row is cached by how its line looks,
        so a filter toggled back draws nothing new."""
        if [t.plain for t in texts] != [t.plain for t in self.texts]:
            self.set_lines(texts, self.enabled, self.cursor)
            return
        self.texts = texts
        for index, text in enumerate(texts):
            looks = _looks(text)
            if looks != self._versions[index]:
                self._versions[index] = looks
                self._refresh_line(index)

    def replace_line(self, index: int, text: Text) -> None:
        """Line `index` restyled (its characters are the same: the rows still break where they did)."""
        if 0 <= index < len(self.texts):
            self.texts[index] = text
            self._versions[index] = _looks(text)
            self._refresh_line(index)

    @property
    def highlighted(self) -> int | None:
        return self.cursor

    @highlighted.setter
    def highlighted(self, index: int | None) -> None:
        if index is not None and self.texts:
            index = max(0, min(index, len(self.texts) - 1))
        else:
            index = None
        if index != self.cursor:
            self._refresh_line(self.cursor)
            self.cursor = index
            self._refresh_line(index)

    def center_highlight(self) -> None:
        """Scroll so the cursor's line starts a third of the way down, with context above it."""
        self._center = True
        if self.cursor is None or not self._layout():
            return  # not laid out yet: on_resize does it
        self._center = False
        y = self._starts[self.cursor]
        self.scroll_to(y=max(0, y - self.scrollable_content_region.height // 3), animate=False, immediate=True)

    def line_at(self, row: int) -> int | None:
        """The line drawn on content row `row` (0 is the first row of the first line)."""
        return self._rows[row].line if 0 <= row < len(self._rows) else None

    # ---- layout --------------------------------------------------------------------------------
    def _layout(self) -> bool:
        """Where every line's rows break at the current width; False while the list has no width."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != self._width:
            self._width = width
            rows: list[Row] = []
            starts: list[int] = []
            for index, text in enumerate(self.texts):
                starts.append(len(rows))
                plain = text.plain
                offsets = divide_line(plain, width, fold=True) if len(plain) > width else []
                bounds = [0, *offsets, len(plain)]
                rows.extend(Row(index, a, b) for a, b in zip(bounds, bounds[1:]))
            self._rows, self._starts = rows, starts
            size = Size(width, len(rows))
            # The scroll size is this list's own (a ScrollView's): setting the reactive would ask the screen for
            # a layout of every pane; the scrollbars are updated here instead.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
        return True

    def _refresh_line(self, index: int | None) -> None:
        if index is None or not self._starts or index >= len(self._starts):
            return
        first = self._starts[index]
        last = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._rows)
        top = round(self.scroll_y)
        self.refresh(Region(0, first - top, self.size.width, last - first))

    # ---- rendering -----------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        self._layout()
        if self._center:
            self.center_highlight()
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self._width
        base = self.rich_style
        number = y + round(self.scroll_y)
        if number >= len(self._rows) or width <= 0:
            return Strip.blank(max(0, width), base)
        row = self._rows[number]
        if row.line == self.cursor and self.enabled[row.line]:
            base = base + self.get_component_rich_style("wrapped-list--cursor")
        key = (self._generation, row.line, self._versions[row.line], row.start, width, base)
        strip = self._cache.get(key)
        if strip is None:
            self.rendered_rows += 1
            text = self.texts[row.line][row.start:row.end]
            text.rstrip()  # (the breaking space, as an OptionList drops it)
            strip = Strip(text.render(self.app.console, end="")).apply_style(base).crop_extend(0, width, base)
            self._cache[key] = strip
        return strip

    def on_resize(self) -> None:
        if self._layout() and self._center:
            self.center_highlight()

    # ---- keys and mouse -------------------------------------------------------------------------
    def _move(self, index: int, step: int) -> None:
        """The cursor to the nearest enabled line from `index` in the direction of `step`; posts it."""
        count = len(self.texts)
        if not count:
            return
        index = max(0, min(index, count - 1))
        probe = index
        while 0 <= probe < count and not self.enabled[probe]:
            probe += step
        if not 0 <= probe < count:
            probe = index
            while 0 <= probe < count and not self.enabled[probe]:
                probe -= step
            if not 0 <= probe < count:
                return
        self.highlighted = probe
        self._scroll_to_cursor()
        self.post_message(self.Highlighted(self, probe))

    def _scroll_to_cursor(self) -> None:
        if self.cursor is None or not self._layout():
            return
        first = self._starts[self.cursor]
        last = self._starts[self.cursor + 1] if self.cursor + 1 < len(self._starts) else len(self._rows)
        top, page = round(self.scroll_y), self.scrollable_content_region.height
        if first < top or last - first > page:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last > top + page:
            self.scroll_to(y=last - page, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self._move(0 if self.cursor is None else self.cursor + 1, 1)

    def action_cursor_up(self) -> None:
        self._move(0 if self.cursor is None else self.cursor - 1, -1)

    def action_first(self) -> None:
        self._move(0, 1)

    def action_last(self) -> None:
        self._move(len(self.texts) - 1, -1)

    def _page(self, step: int) -> None:
        if not self._layout() or not self._rows:
            return
        page = max(1, self.scrollable_content_region.height)
        row = (self._starts[self.cursor] if self.cursor is not None else round(self.scroll_y)) + step * page
        row = max(0, min(row, len(self._rows) - 1))
        self.scroll_to(y=round(self.scroll_y) + step * page, animate=False, immediate=True)
        self._move(self._rows[row].line, step)

    def action_page_down(self) -> None:
        self._page(1)

    def action_page_up(self) -> None:
        self._page(-1)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        line = self.line_at(offset.y + round(self.scroll_y))
        if line is not None and self.enabled[line]:
            event.stop()
            self._move(line, 1)

