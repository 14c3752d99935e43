"""Layout and focus: one pane or four by terminal size, "too small" below the minimum, the active pane,
Tab order across panes, zoom. The layout half of the app (mixed into BriefingApp)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import events
from textual.app import ScreenStackError
from textual.screen import ModalScreen
from textual.widget import Widget

from briefing.tui.widgets import Pane

if TYPE_CHECKING:
    from textual.containers import Container
    from textual.widgets import Static

MIN_SIZE = (60, 18)
WIDE_SIZE = (110, 32)
PANES = ("timeline", "actors", "positions", "source")


class Layout:
    """Mixed into the app, which provides the attributes below (and is a textual App)."""

    panes: dict[str, Pane]
    ready: bool
    main: Container
    pane_bar: Static
    too_small: Static
    _layout_state: tuple[bool, bool] | None
    _last_pane: str

    def on_resize(self, event: events.Resize) -> None:
        self._layout(event.size.width, event.size.height)

    def _layout(self, width: int, height: int) -> None:
        small = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        wide = width >= WIDE_SIZE[0] and height >= WIDE_SIZE[1]
        if (small, wide) == self._layout_state and not small:
            return
        was_small = bool(self._layout_state and self._layout_state[0])
        self._layout_state = (small, wide)
        if small and not was_small:  # nothing under the keys while the panes are hidden
            self.screen.minimize()
            self.screen.set_focus(None)
        elif was_small and not small and self.ready:  # (while loading there are no panes to focus)
            self.call_after_refresh(self.pane(self._last_pane).focus_main)
        main = self.main
        main.display = not small
        main.set_class(wide, "-wide")
        main.set_class(not wide, "-narrow")
        self.pane_bar.display = not small and not wide
        too_small = self.too_small
        too_small.display = small
        too_small.update(Text(
            f"Terminal too small: {width}×{height}.\nbriefing needs at least {MIN_SIZE[0]}×{MIN_SIZE[1]}.\n\n"
            "Enlarge the window, or press q to quit.", justify="center"))
        self._show_active_pane()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Below the minimum size, or while loading, only quitting (and help) work: no panes to act on."""
        if not self.ready or (self._layout_state and self._layout_state[0]):
            return action in ("quit", "help")
        return True

    def pane(self, name: str) -> Pane:
        return self.panes[name]

    @property
    def active_pane(self) -> str:
        try:
            screen = self.screen
        except ScreenStackError:  # a late message while the app shuts down
            return self._last_pane
        focused = screen.focused if not isinstance(screen, ModalScreen) else None
        for node in (focused.ancestors_with_self if focused else ()):
            if isinstance(node, Pane) and node.id:
                return node.id
        return self._last_pane

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self._show_active_pane()
        screen = self.screen
        if screen.maximized is not None and not isinstance(screen, ModalScreen):
            pane = self.pane(self.active_pane)
            if screen.maximized is not pane:  # zoomed, and focus moved (1-4, Tab): zoom the new pane
                screen.maximize(pane, container=False)

    def _show_active_pane(self) -> None:
        if not self.ready:
            return
        active = self.active_pane
        self._last_pane = active
        for name in PANES:
            self.pane(name).set_class(name == active, "-active")
        bar = Text()
        for n, name in enumerate(PANES, 1):
            bar.append(f" {n} {self.pane(name).TITLE[2:]} ", style="reverse bold" if name == active else "")
        self.pane_bar.update(bar)

    def action_focus_pane(self, name: str) -> None:
        self.pane(name).focus_main()

    def _focus_chain(self) -> list[Widget]:
        return [w for name in PANES for w in self.pane(name).query("*")
                if w.focusable and (w.display or not self.pane(name).display)]

    def action_focus_next(self) -> None:
        self._focus_step(1)

    def action_focus_previous(self) -> None:
        self._focus_step(-1)

    def _focus_step(self, step: int) -> None:
        if isinstance(self.screen, ModalScreen):
            (self.screen.focus_next if step > 0 else self.screen.focus_previous)()
            return
        chain = [w for w in self._focus_chain() if w.display]
        if not chain:
            return
        current = self.screen.focused
        index = chain.index(current) if current in chain else -1
        chain[(index + step) % len(chain)].focus()

    def action_maximize(self) -> None:
        if self.screen.maximized is not None:
            self.screen.minimize()
        else:
            self.screen.maximize(self.pane(self.active_pane), container=False)
