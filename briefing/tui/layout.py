"""Layout and focus: one pane or four by terminal size, "too small" below the minimum, the active pane,
Tab order across panes, zoom. The bottom layer of the main screen (navigation.py builds on it, main.py
on that): it owns the panes and the bars around them, and calls nothing it does not define."""

from __future__ import annotations

from collections.abc import Iterator

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Container
from textual.geometry import Size
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Static

from briefing.model import Briefing
from briefing.tui.panes.actors import Actors
from briefing.tui.panes.positions import Positions
from briefing.tui.panes.source import SourcePane
from briefing.tui.panes.timeline import Timeline
from briefing.tui.widgets import Pane

MIN_SIZE = (60, 18)
WIDE_SIZE = (110, 32)
PANES = ("timeline", "actors", "positions", "source")


class PaneLayout(Screen):
    """The four panes of one briefing, the pane bar, the status line; which are shown at what size."""

    #: Zoomed, the pane keeps the bar that says it is zoomed, the status line and the footer around it.
    ALLOW_IN_MAXIMIZED_VIEW = "#pane-bar, #status, Footer"
    AUTO_FOCUS = ""  # (not None: that defers to the app's "*") focus is the layout's: none while too small, else the last active pane

    def __init__(self, briefing: Briefing, screen_id: str = "main-screen") -> None:
        super().__init__(id=screen_id)  # (another while a screen replaces one still mounted: ids are unique)
        self.briefing = briefing
        self.timeline = Timeline(briefing, id="timeline")
        self.actors = Actors(briefing, id="actors")
        self.positions = Positions(briefing, id="positions")
        self.source = SourcePane(briefing, id="source")
        self.panes: dict[str, Pane] = {"timeline": self.timeline, "actors": self.actors,
                                       "positions": self.positions, "source": self.source}
        self.main = Container(id="main")
        self.pane_bar, self.status, self.too_small = Static(id="pane-bar"), Static(id="status"), Static(id="too-small")
        self._layout_state: tuple[bool, bool] | None = None
        self._in_layout = False
        self._last_pane = "timeline"

    def _refresh_layout(self, size: Size | None = None, scroll: bool = False) -> None:
        """Textual's layout pass, once, and one paint. Laying the screen out gives widgets their new sizes,
        and a widget whose size changed then asks for another layout (its `virtual_size` is a layout
        reactive) and another paint: the screen was laid out again a frame later (~17-33 ms), to the same
        sizes, and painted a third time. The layouts those widgets ask for during the pass are dropped (a
        widget that asked before it, or asks after, is laid out as Textual does); the repaints they ask for
        are made in the pass's own paint."""
        asked = {widget for widget in self._laid_out() if widget._layout_required}
        self._in_layout = True
        try:
            super()._refresh_layout(size, scroll)
        finally:
            self._in_layout = False
        for widget in self._laid_out():
            if widget._layout_required and widget not in asked:
                widget._layout_required = False

    def _compositor_refresh(self) -> None:
        if self._in_layout:  # (the paint at the end of a layout pass: every widget waiting for one joins it)
            waiting = {widget for widget in self._laid_out() if widget._repaint_required}
            for widget in waiting:
                widget._repaint_required = False
            self._compositor.update_widgets(waiting)
        super()._compositor_refresh()

    def _laid_out(self) -> Iterator[Widget]:
        """The widgets on screen and their scrollbars (which Textual keeps outside the DOM)."""
        for widget in list(self._compositor.widgets):
            if widget is not self:  # (its own request is what runs the pass)
                yield widget
                yield from widget._get_virtual_dom()

    def compose(self) -> ComposeResult:
        yield self.pane_bar
        size = self.app.size
        wide = size.width >= WIDE_SIZE[0] and size.height >= WIDE_SIZE[1]
        self.main.set_class(wide, "-wide")
        self.main.set_class(not wide, "-narrow")  # before mount: no restyle
        with self.main:
            yield from (self.panes[name] for name in ("timeline", "positions", "actors", "source"))
        yield self.too_small
        yield self.status
        yield Footer()

    def on_mount(self) -> None:
        """(After the subclasses' on_mount: Textual calls each class's handler, the most derived first.)"""
        self._layout(self.app.size.width, self.app.size.height)
        if not self.too_small_now:  # too small: focus comes when it grows
            self.panes[self._last_pane].focus_main()

    @property
    def too_small_now(self) -> bool:
        return bool(self._layout_state and self._layout_state[0])

    @property
    def zoomed(self) -> bool:
        return self.maximized is not None

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width, event.size.height)

    def _layout(self, width: int, height: int) -> None:
        small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        wide = width >= WIDE_SIZE[0] and height >= WIDE_SIZE[1]
        if (small, wide) == self._layout_state and not small:
            return
        was_small = self.too_small_now
        self._layout_state = (small, wide)
        if small and not was_small:  # nothing under the keys while the panes are hidden
            self.minimize()
            self.set_focus(None)
        elif was_small and not small:
            self.call_after_refresh(self.panes[self._last_pane].focus_main)
        self.main.display = not small
        self.main.set_class(wide, "-wide")
        self.main.set_class(not wide, "-narrow")
        self.too_small.display = small
        self.too_small.update(Text(
            f"Terminal too small: {width}×{height}.\nbriefing needs at least {MIN_SIZE[0]}×{MIN_SIZE[1]}.\n\n"
            "Enlarge the window, or press q to quit.", justify="center"))
        self._show_active_pane()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Below the minimum size only quitting and help (the app's) work: no panes to act on."""
        return not self.too_small_now

    @property
    def active_pane(self) -> str:
        """The pane holding the focus (the last one that did while nothing in a pane has it)."""
        for node in (self.focused.ancestors_with_self if self.focused else ()):
            if isinstance(node, Pane) and node.id in self.panes:
                return node.id
        return self._last_pane

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if self.zoomed:
            pane = self.panes[self.active_pane]
            if self.maximized is not pane:  # zoomed, and focus moved (1-4, Tab): zoom the new pane
                self.maximize(pane, container=False)
        self._show_active_pane()

    def watch_maximized(self) -> None:
        self._show_active_pane()

    def _show_active_pane(self) -> None:
        active = self.active_pane
        self._last_pane = active
        for name, pane in self.panes.items():
            pane.set_class(name == active, "-active")
        small, wide = self._layout_state or (False, False)
        # The bar shows in one-pane layouts, and whenever a pane is zoomed (to say so, and how to undo it).
        self.pane_bar.display = not small and (not wide or self.zoomed)
        bar = Text()
        for n, name in enumerate(PANES, 1):
            bar.append(f" {n} {self.panes[name].TITLE[2:]} ", style="reverse bold" if name == active else "")
        if self.zoomed:
            bar.append("  ")
            bar.append(" ZOOMED ", style="reverse bold")
            bar.append(" z or Esc: all panes", style="italic")
        self.pane_bar.update(bar)

    def action_focus_pane(self, name: str) -> None:
        self.panes[name].focus_main()

    def _focus_chain(self) -> list[Widget]:
        return [w for name in PANES for w in self.panes[name].query("*")
                if w.focusable and (w.display or not self.panes[name].display)]

    def action_focus_step(self, step: int) -> None:
        """Tab / Shift+Tab: the next focusable widget across the panes, hidden panes included (one-pane
        layout: Tab moves on to the next pane)."""
        chain = [w for w in self._focus_chain() if w.display]
        if not chain:
            return
        index = chain.index(self.focused) if self.focused in chain else -1
        chain[(index + step) % len(chain)].focus()

    def action_maximize(self) -> None:
        if self.zoomed:
            self.minimize()
        else:
            self.maximize(self.panes[self.active_pane], container=False)
