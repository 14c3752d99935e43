"""TextBox: a box of styled text with a fixed size, wrapped and scrolled without a layout pass (Line API).

A `Static` in a scrolling container asks Textual to lay the screen out again whenever its text changes
(its height is measured by the layout, and the container's scroll size follows it), and a layout pass
repaints every pane, then the scrollbars a frame later. A TextBox wraps its text itself when it is given
it (Textual's own wrapping, `Visual.to_strips`, so it reads as a Static would) and only asks for a repaint:
a cursor move that rewrites an event's detail costs one paint of the box.
"""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Size
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

    def __init__(self, text: Text | None = None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self._text = text if text is not None else Text()
        self._strips: list[Strip] = []
        self._wrapped_at = -1  # the width the strips were wrapped at (-1: not yet)

    @property
    def text(self) -> Text:
        """The text shown (the whole of it, not only the rows on screen)."""
        return self._text

    def render(self) -> Text:  # (what a Static's render gives: tests and copies read the text this way)
        return self._text

    def update(self, text: Text) -> None:
        """Show `text` from its first row. A repaint of this box, never a layout of the screen."""
        self._text = text
        self._wrapped_at = -1
        if self._wrap():
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    # ---- wrapping ------------------------------------------------------------------------------
    def _wrap(self) -> bool:
        """Break the text into rows at the current width; False while the box has no width."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return False
        if width != self._wrapped_at:
            self._wrapped_at = width
            visual: Visual = visualize(self, self._text, markup=False)
            self._strips = Visual.to_strips(self, visual, width, None, self.visual_style)
            size = Size(width, len(self._strips))
            # The scroll size is this box's own business (a ScrollView's): setting the reactive would ask the
            # screen for a layout; the scrollbars are updated here instead.
            self.set_reactive(ScrollView.virtual_size, size)
            self._scroll_update(size)
            self.can_focus = self.max_scroll_y > 0
        return True

    def on_resize(self) -> None:
        self._wrap()

    def notify_style_update(self) -> None:
        self._wrapped_at = -1  # (a theme change restyles the rows)
        super().notify_style_update()

    # ---- rendering -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        self._wrap()
        width = self.scrollable_content_region.width
        style = Style(bgcolor=self.visual_style.rich_style.bgcolor)  # (a Static pads with its background only)
        number = y + round(self.scroll_y)
        if not 0 <= number < len(self._strips):
            return Strip.blank(width, style)
        return self._strips[number].crop_extend(0, width, style)
