"""The actors pane's tree: Textual's Tree with the list keys, its scroll size its own, and its lines kept by what they
show across rebuilds (a filter key clears the tree and fills it again)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual.cache import LRUCache
from textual.strip import Strip
from textual.widgets import Tree

from briefing.tui.widgets import _OwnScrollSize, nav_bindings


class NavTree(_OwnScrollSize, Tree[str]):
    BINDINGS = nav_bindings("scroll_home", "scroll_end", "tree")

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self._looks_cache: LRUCache[tuple, Strip] = LRUCache(1024)
        self.rendered_lines = 0  # lines Textual's Tree rendered (misses of the cache below): what the tests bound

    def _invalidate(self) -> None:
        """(Textual's Tree asks for a layout of the screen on every change of its nodes; its box here does not
        follow its content, and the scroll size is handled above: a repaint is enough.)"""
        self._clear_line_cache()
        self._updates += 1
        self.root._reset()
        if not self._repaint_required:  # (a rebuild adds a node at a time: one refresh is enough)
            self.refresh()

    def build_lines(self) -> None:
        """Lay out the tree's lines now, after a rebuild (Textual does it at the next paint, and the scroll size
        it finds then repaints the scrollbar one frame later)."""
        _ = self._tree_lines

    def process_label(self, label: str | Text) -> Text:
        """(Textual copies every label to keep its first line; the labels here are one line each.)"""
        if isinstance(label, Text) and "\n" not in label.plain:
            return label
        return super().process_label(label)

    def get_label_width(self, node) -> int:  # noqa: ANN001
        """A label's width as Textual's Tree measures it (the label after its expand icon), without rendering
        the label (Textual does, for every node of a rebuilt tree)."""
        icon = (self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE) if node._allow_expand else ""
        return cell_len(icon) + node._label.cell_len

    def notify_style_update(self) -> None:
        self._looks_cache.clear()  # (a theme change restyles the lines)
        super().notify_style_update()

    def _render_line(self, y: int, x1: int, x2: int, base_style: Style) -> Strip:
        """A line as Textual's Tree renders it, kept across rebuilds by what it shows: a filter key clears the
        tree and fills it again (Textual's own line cache is emptied by every change), and toggling the filter
        back brings the same lines. The key is everything the line is drawn from: its place, the guides (each
        node on its path: last child or not, hovered, under the cursor), the label, the cursor and the hover,
        the focus. (A cached line's node id, in its meta, is stale: Textual reads only the line number and
        the toggle from a click.)"""
        lines = self._tree_lines
        if y >= len(lines):
            return super()._render_line(y, x1, x2, base_style)
        line = lines[y]
        node = line.path[-1]
        label = node._label
        key = (y, x1, x2, base_style, self.size.width, self.virtual_size.width, self._pseudo_class_state,
               self.has_focus, self.cursor_line == y, self.hover_line == y, self.hover_line >= 0, self.show_guides,
               self.guide_depth, line.last,
               tuple((n.is_last, n._hover, n._selected, n._allow_expand, n.is_expanded) for n in line.path),
               label.plain, tuple(label.spans), label.style)
        strip = self._looks_cache.get(key)
        if strip is None:
            self.rendered_lines += 1
            strip = self._looks_cache[key] = super()._render_line(y, x1, x2, base_style)
        return strip
