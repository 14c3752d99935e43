"""Textual built-ins with the keys people already know (j/k, g/G, ctrl-d/ctrl-u), each Binding with an id; a row
list that renders only the rows on screen; the Pane container."""

from __future__ import annotations

import asyncio
from collections.abc import Hashable

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.containers import Vertical
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import Reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable, OptionList, Static


def nav_bindings(top: str, bottom: str, prefix: str) -> list[Binding]:
    return [
        Binding("j", "cursor_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k", "cursor_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("g", top, "First", show=False, id=f"{prefix}.first"),
        Binding("G", bottom, "Last", show=False, id=f"{prefix}.last"),
        Binding("home", top, "First", show=False, id=f"{prefix}.home"),
        Binding("end", bottom, "Last", show=False, id=f"{prefix}.end"),
        Binding("ctrl+d", "page_down", "Page down", show=False, id=f"{prefix}.page-down"),
        Binding("ctrl+u", "page_up", "Page up", show=False, id=f"{prefix}.page-up"),
    ]


class _OwnScrollSize:
    """A Textual scrolling widget whose scroll size (`virtual_size`) is its own business: Textual declares it
    a reactive that lays the whole screen out again whenever it changes (a rebuilt tree or table on every
    filter key, then once more after the first layout). Here a change updates the scrollbars and repaints
    the widget; a layout is asked for only when the box's height follows its content (`height: auto`) and
    the content's height changed."""

    virtual_size = Reactive(Size(0, 0), layout=False)

    def watch_virtual_size(self, old: Size, new: Size) -> None:
        self._scroll_update(new)  # type: ignore[attr-defined]
        height = self.styles.height  # type: ignore[attr-defined]
        if old.height != new.height and height is not None and height.is_auto:
            self.refresh(layout=True)  # type: ignore[attr-defined]


class NavTable(_OwnScrollSize, DataTable):
    BINDINGS = nav_bindings("scroll_top", "scroll_bottom", "table")


class NavList(OptionList):
    BINDINGS = nav_bindings("first", "last", "list")

    def action_page_up(self) -> None:
        if self.size.height:  # OptionList pages by its height: nothing to page while hidden
            super().action_page_up()

    def action_page_down(self) -> None:
        if self.size.height:
            super().action_page_down()


def set_text(static: Static, text: Text, fixed: bool = False) -> None:
    """`static` shows `text`: nothing done when it already does (a filter key rewrites titles and legends that
    seldom change, and each update of a Static lays the whole screen out again); `fixed`: its box cannot
    change size (a height set in the stylesheet, no wrap), so a repaint is enough."""
    shown = static.content
    if isinstance(shown, Text) and shown == text and shown.style == text.style:  # (== compares text and spans)
        return
    static.update(text, layout=not fixed)


def set_text_in_box(static: Static, text: Text) -> None:
    """`static`, a box whose height follows its text up to a max-height, shows `text`; the screen is laid
    out again only when the box's height changes (a cell move in the matrix rewrites the cell's detail, and
    a layout pass repaints every pane, then the scrollbars a frame later)."""
    region = static.content_region
    if region.width <= 0 or region.height <= 0:  # (not laid out yet)
        static.update(text)
        return
    size = static.size
    before = static.get_content_height(size, size, region.width)  # (the text shown now; cached by width)
    static.update(text, layout=False)
    static.clear_cached_dimensions()
    after = static.get_content_height(size, size, region.width)
    capped = before > region.height  # its text is longer than the box: the box is at its max-height
    if after != before and not (capped and after >= region.height):
        static.refresh(layout=True)


class PaintHold:
    """Holds the app's repaint while a change travels up as a message and comes back down as method calls.

    Textual paints as soon as the screen is idle: a list's moved cursor reaches the terminal alone, the
    panes that follow it (the screen's answer to the message) a frame or two later, each paint a pass over
    the whole screen. A list that posts its highlight with a hold (Textual's batch update, entered here and
    left in `release`) keeps the screen from painting until the screen has handled it: one frame for the
    key. The screen releases it when its handler ends; if nothing does (the message was stopped on the
    way), a timer does after `LIMIT` seconds. Release is idempotent."""

    LIMIT = 0.1

    def __init__(self, widget: Widget) -> None:
        self._app, self._screen = widget.app, widget.screen
        self._batch = self._app.batch_update()
        self._batch.__enter__()
        self._held = True
        self._timer = self._app.set_timer(self.LIMIT, self.release, name="paint-hold")

    @property
    def held(self) -> bool:
        return self._held

    def release(self) -> None:
        """Let the screen paint, once the widgets the answer touched have told it so.

        A widget's refresh reaches the screen from that widget's own idle (its message queue), so the
        batch is left one turn of the event loop later: after the queues the handler woke, in order."""
        if self._held:
            self._held = False
            self._timer.stop()
            asyncio.get_running_loop().call_soon(self._end)

    def _end(self) -> None:
        self._batch.__exit__(None, None, None)
        self._screen.check_idle()  # (the screen paints what waited at its next idle)


class RowList(ScrollView, can_focus=True, inherit_bindings=False):
    """A cursor over rows drawn on demand (Line API): only the rows on screen are rendered, each once per
    look (cached by row key, width and style), so 10,000 rows cost what 40 do.

    Subclasses implement `row_key(index)` and `render_row(index, width, style)` (and `render_header` when
    `show_header`), and call `set_rows(count, cursor)` when their list changes. The list posts
    `Highlighted` when the row under the cursor becomes another one (by key, so a rebuilt list that keeps
    the cursor on the same item posts nothing) and `Chosen` on Enter or a click on the cursor row.
    """

    BINDINGS = [
        Binding("enter", "choose", "Choose", show=False),
        Binding("up", "cursor_up", "Up", show=False),
        Binding("down", "cursor_down", "Down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("ctrl+home", "first", "First", show=False),
        Binding("ctrl+end", "last", "Last", show=False),
    ]
    COMPONENT_CLASSES = {"row-list--header", "row-list--cursor"}
    show_header = False
    #: Post `Highlighted` with a `PaintHold` when the reader moves the cursor (keys, clicks): the owner passes
    #: it on to the screen, so the moved cursor and what the screen does about it are painted in one frame.
    HOLD_PAINT = False

    class Highlighted(Message):
        def __init__(self, row_list: RowList, index: int, key: Hashable, hold: PaintHold | None = None) -> None:
            super().__init__()
            self.row_list = row_list
            self.index = index
            self.key = key  # the row's key when the message was posted (the list may have changed since)
            self.hold = hold  # (HOLD_PAINT lists: pass it on with the message the screen handles)

        @property
        def control(self) -> RowList:
            return self.row_list

    class Chosen(Highlighted):
        pass

    def __init__(self, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.row_count = 0
        self.cursor = 0
        self.cursor_visible = True
        self.rendered_rows = 0  # render_row calls (cache misses): what the tests bound
        self._highlighted_key: Hashable = None
        self._cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self._paint: tuple[int, Style] | None = None

    # ---- for subclasses ------------------------------------------------------------------------
    def row_key(self, index: int) -> Hashable:
        return index

    def render_row(self, index: int, width: int, style: Style, cursor: bool) -> Strip:
        """Row `index` in `style` (the list's, or the cursor's when `cursor`); cropped or padded to `width`."""
        raise NotImplementedError

    def render_header(self, width: int, style: Style) -> Strip:
        return Strip.blank(width, style)

    # ---- state ---------------------------------------------------------------------------------
    @property
    def header_height(self) -> int:
        return 1 if self.show_header else 0

    @property
    def page_height(self) -> int:
        """Rows on screen at once."""
        return max(0, self.scrollable_content_region.height - self.header_height)

    def set_rows(self, count: int, cursor: int = 0) -> None:
        """A new list of `count` rows, the cursor on row `cursor`. Renders nothing until it is painted."""
        self.row_count = count
        self.cursor = max(0, min(cursor, count - 1))
        size = Size(0, count + self.header_height)
        self.set_reactive(ScrollView.virtual_size, size)  # (no layout of the screen: see TextBox)
        self._scroll_update(size)
        self.refresh()
        self.scroll_to_cursor()
        self._post_highlighted()

    def move_cursor(self, index: int) -> None:
        if not self.row_count:
            return
        index = max(0, min(index, self.row_count - 1))
        if index != self.cursor:
            self._refresh_row(self.cursor)
            self.cursor = index
            self._refresh_row(index)
        self.scroll_to_cursor()
        self._post_highlighted(hold=self.HOLD_PAINT)

    def scroll_to_cursor(self) -> None:
        page = self.page_height
        if not page or not self.row_count:
            return  # not laid out yet: on_resize scrolls
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False)
        elif self.cursor >= top + page:
            self.scroll_to(y=self.cursor - page + 1, animate=False)

    def _refresh_row(self, index: int) -> None:
        self.refresh_line(index + self.header_height)

    def _post_highlighted(self, hold: bool = False) -> None:
        """`hold`: the reader moved the cursor (not a new list, as at the start: the first frame waits for
        nothing)."""
        key = self.row_key(self.cursor) if self.row_count else None
        if key != self._highlighted_key:
            self._highlighted_key = key
            if key is not None:
                held = PaintHold(self) if hold and self.is_attached else None
                self.post_message(self.Highlighted(self, self.cursor, key, held))

    # ---- rendering -----------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's style walks its ancestors (~40 us): once per paint, not once per line.
        self._paint = (self.scrollable_content_region.width, self.rich_style)
        try:
            return super().render_lines(crop)
        finally:
            self._paint = None

    def render_line(self, y: int) -> Strip:
        width, base = self._paint or (self.scrollable_content_region.width, self.rich_style)
        if y < self.header_height:
            style = base + self.get_component_rich_style("row-list--header")
            return self._cached(("header",), width, style, lambda: self.render_header(width, style))
        index = y - self.header_height + round(self.scroll_y)
        if index >= self.row_count:
            return Strip.blank(width, base)
        cursor = index == self.cursor and self.cursor_visible
        style = base + self.get_component_rich_style("row-list--cursor") if cursor else base
        return self._cached(self.row_key(index), width, style, lambda: self._render_row(index, width, style, cursor))

    def _render_row(self, index: int, width: int, style: Style, cursor: bool) -> Strip:
        self.rendered_rows += 1
        return self.render_row(index, width, style, cursor)

    def _cached(self, key: Hashable, width: int, style: Style, render) -> Strip:  # noqa: ANN001
        cache_key = (key, width, style)
        strip = self._cache.get(cache_key)
        if strip is None:
            strip = render().crop_extend(0, width, style)
            self._cache[cache_key] = strip
        return strip

    def on_resize(self) -> None:
        self.scroll_to_cursor()

    # ---- actions and mouse ---------------------------------------------------------------------
    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self.row_count - 1)

    def action_page_down(self) -> None:
        page = max(1, self.page_height)
        self.scroll_to(y=round(self.scroll_y) + page, animate=False)
        self.move_cursor(self.cursor + page)

    def action_page_up(self) -> None:
        page = max(1, self.page_height)
        self.scroll_to(y=round(self.scroll_y) - page, animate=False)
        self.move_cursor(self.cursor - page)

    def action_choose(self) -> None:
        if self.row_count:
            self.post_message(self.Chosen(self, self.cursor, self.row_key(self.cursor)))

    #: True: one click chooses a row (as an OptionList's options); False: the first click moves the cursor to
    #: it and a click on the cursor's row chooses it (as a DataTable's rows).
    CHOOSE_ON_CLICK = False

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or offset.y < self.header_height:
            return
        index = offset.y - self.header_height + round(self.scroll_y)
        if 0 <= index < self.row_count:
            event.stop()
            if index == self.cursor:
                self.action_choose()
            else:
                self.move_cursor(index)
                if self.CHOOSE_ON_CLICK:
                    self.action_choose()


class Pane(Vertical):
    """A bordered, maximisable region of the dashboard; `focus_main()` focuses its main widget."""

    ALLOW_MAXIMIZE = True
    can_focus = False
    TITLE = ""
    _subtitle_markup: str | None = None  # (what set_subtitle set last)

    def on_mount(self) -> None:
        self.border_title = self.TITLE

    def set_subtitle(self, markup: str) -> None:
        """The caption on the bottom border (markup: escape untrusted text). Textual repaints the whole pane
        whenever it is set, even to the same words (a filter key sets every pane's): only when it changes."""
        if markup != self._subtitle_markup:
            self._subtitle_markup = markup
            self.border_subtitle = markup

    def focus_main(self) -> None:
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return
