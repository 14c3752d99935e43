"""TextBox: a box of styled text with a fixed size, wrapped and scrolled without a layout pass (Line API).

A `Static` in a scrolling container asks Textual to lay the screen out again whenever its text changes
(its height is measured by the layout, and the container's scroll size follows it), and a layout pass
repaints every pane, then the scrollbars a frame later. A TextBox wraps its text itself (Textual's own
wrapping, `Visual.to_strips`, so it reads as a Static would) and only asks for a repaint: a cursor move
that rewrites an event's detail costs one paint of the box.

It wraps only the rows it shows, and a few pages more. An event's date basis can name every source that
dates it (hundreds: ~700 rows at 100 columns for a 5-row box): wrapping all of them cost ~40 ms a cursor
move. The rows below are wrapped when scrolled to; until then the scroll size counts them as one row per
`width` characters (exact once the text is wrapped to its end, as any text of a few pages is at once).
Greedy word wrap breaks a row where the words before it say, so the rows of a line wrapped a piece at a time
(each piece cut at a row's start) are the rows of the line wrapped whole.
"""

from __future__ import annotations

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.visual import Visual, visualize


class TextBox(ScrollView, can_focus=False):
    """Text in a box whose height is set by the stylesheet. When the text is longer than the box, the box
    can take the focus (Tab reaches it) and j/k and the arrows scroll it; otherwise Tab passes it by."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Scroll down", show=False, id="detail.down"),
        Binding("k,up", "scroll_up", "Scroll up", show=False, id="detail.up"),
    ]
    #: Pages wrapped below the last row on screen (what a scroll reaches without wrapping more first).
    AHEAD = 2

    def __init__(self, text: Text | None = None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self._text = text if text is not None else Text()
        self._lines: list[Text] | None = None  # the text split at its newlines, when needed
        self._strips: list[Strip] = []  # the rows wrapped so far, from the first
        self._rest = (0, 0)  # where the text not yet wrapped begins: (line, character)
        self._wrapped_at = -1  # the width the strips were wrapped at (-1: not yet)
        self.wrapped_rows = 0  # rows wrapped since the box was made (what the tests bound)

    @property
    def text(self) -> Text:
        """The text shown (the whole of it, not only the rows on screen)."""
        return self._text

    def render(self) -> Text:  # (what a Static's render gives: tests and copies read the text this way)
        return self._text

    def update(self, text: Text) -> None:
        """Show `text` from its first row. A repaint of this box, never a layout of the screen."""
        self._text = text
        self._lines = None
        self._wrapped_at = -1
        if self._wrap(top=0):
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    # ---- wrapping ------------------------------------------------------------------------------
    def _wrap(self, top: int | None = None) -> bool:
        """The rows on screen (from row `top`, else the scroll position) and `AHEAD` pages more wrapped at
        the current width; False while the box has no width."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != self._wrapped_at:
            self._wrapped_at = width
            self._strips, self._rest = [], (0, 0)
            if self._lines is None:
                self._lines = self._text.split("\n", allow_blank=True)
        page = max(1, self.scrollable_content_region.height)
        self._extend((round(self.scroll_y) if top is None else top) + page * (1 + self.AHEAD), width)
        size = Size(width, len(self._strips) + self._rows_left(width))
        if size != self.virtual_size:
            # The scroll size is this box's own business (a ScrollView's): setting the reactive would ask the
            # screen for a layout; the scrollbars are updated here instead.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
        self.can_focus = self.max_scroll_y > 0
        return True

    def _extend(self, wanted: int, width: int) -> None:
        """Wrap on until there are `wanted` rows (or the text ends)."""
        lines = self._lines or []
        number, start = self._rest
        while len(self._strips) < wanted and number < len(lines):
            line = lines[number]
            budget = (wanted - len(self._strips) + 1) * width * 3 // 2 + 64  # characters for the rows wanted
            piece = line[start:] if start else line
            if len(piece) > budget and "\t" not in piece.plain:  # (tabs: expanded from the line's start)
                cut = piece[:budget]
                breaks = divide_line(cut.plain, width, fold=True)
                if breaks:  # the rows before the cut's last row are the line's rows: the last may end early
                    piece = cut[:breaks[-1]]
                    piece.rstrip()  # (as the whole line's wrap drops the space a row breaks at)
                    self._strips += self._render(piece, width, start, number)
                    start += breaks[-1]
                    continue
            self._strips += self._render(piece, width, start, number)
            number, start = number + 1, 0
        self._rest = (number, start)

    def _render(self, piece: Text, width: int, x: int, y: int) -> list[Strip]:
        """`piece` (characters from `x` of line `y`) wrapped to `width`, its rows' offsets those of the whole
        text (Textual keeps them in each segment's style for selecting text with the mouse)."""
        visual: Visual = visualize(self, piece, markup=False)
        strips = Visual.to_strips(self, visual, width, None, self.visual_style)
        self.wrapped_rows += len(strips)
        if x or y:
            strips = [_shifted(strip, x, y) for strip in strips]
        return strips

    def _rows_left(self, width: int) -> int:
        """Rows the text not yet wrapped will take, counted as one a `width` characters (at least)."""
        lines = self._lines or []
        number, start = self._rest
        return sum(max(1, -(-(len(line) - (start if n == number else 0)) // width))
                   for n, line in enumerate(lines[number:], number))

    def on_resize(self) -> None:
        self._wrap()

    def notify_style_update(self) -> None:
        self._wrapped_at = -1  # (a theme change restyles the rows)
        super().notify_style_update()

    # ---- rendering -----------------------------------------------------------------------------
    def render_lines(self, crop: Region) -> list[Strip]:
        self._wrap()  # (a scroll may have reached rows not wrapped yet)
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        style = Style(bgcolor=self.visual_style.rich_style.bgcolor)  # (a Static pads with its background only)
        number = y + round(self.scroll_y)
        if not 0 <= number < len(self._strips):
            return Strip.blank(width, style)
        return self._strips[number].crop_extend(0, width, style)


def _shifted(strip: Strip, x: int, y: int) -> Strip:
    """`strip` with the text offsets in its styles moved by (x, y)."""
    segments = []
    for segment in strip:
        style = segment.style
        offset = style.meta.get("offset") if style is not None and style._meta else None
        if offset is not None:
            style = style + Style.from_meta({"offset": (offset[0] + x, offset[1] + y)})
            segment = Segment(segment.text, style, segment.control)
        segments.append(segment)
    return Strip(segments, strip.cell_length)
