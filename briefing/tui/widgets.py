"""Textual built-ins with the keys people already know (j/k, g/G, ctrl-d/ctrl-u), each Binding with an id."""

from __future__ import annotations

from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, OptionList, Tree


def _nav(top: str, bottom: str, prefix: str) -> list[Binding]:
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


class NavTable(DataTable):
    BINDINGS = _nav("scroll_top", "scroll_bottom", "table")


class NavList(OptionList):
    BINDINGS = _nav("first", "last", "list")

    def action_page_up(self) -> None:
        if self.size.height:  # OptionList pages by its height: nothing to page while hidden
            super().action_page_up()

    def action_page_down(self) -> None:
        if self.size.height:
            super().action_page_down()


class NavTree(Tree[str]):
    BINDINGS = _nav("scroll_home", "scroll_end", "tree")


class Pane(Vertical):
    """A bordered, maximisable region of the dashboard; `focus_main()` focuses its main widget."""

    ALLOW_MAXIMIZE = True
    can_focus = False
    TITLE = ""

    def on_mount(self) -> None:
        self.border_title = self.TITLE

    def focus_main(self) -> None:
        for widget in self.query("*"):
            if widget.focusable:
                widget.focus()
                return
