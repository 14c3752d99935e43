"""The briefing app: the screens (loading, then the main screen), the keys every screen answers, the theme."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from briefing.model import Briefing
from briefing.tui.commands import BriefingCommands
from briefing.tui.config import load_config
from briefing.tui.loading import LoadingScreen
from briefing.tui.main import MainScreen
from briefing.tui.terminal import adapt_filters, hung_up, linux_console
from briefing.tui.screens import QUIT_AND_HELP, HelpScreen, help_rows
from briefing.tui.view import use_colour

if TYPE_CHECKING:
    from briefing.background import Preforked

#: Folders with this many sources or more load behind the LoadingScreen (100 take ~0.4 s cold, 5 ms warm).
LOAD_IN_BACKGROUND = 100


class BriefingApp(App[None]):
    """Opens on `MainScreen(briefing)` when it has the briefing, else on the LoadingScreen, which switches to
    the MainScreen when its load is done. Until then only `q` and `?` (bound here) act."""

    CSS_PATH = "briefing.tcss"
    TITLE = "briefing"
    COMMANDS = App.COMMANDS | {BriefingCommands}
    BINDINGS = QUIT_AND_HELP

    def __init__(self, briefing: Briefing | None, *, data_dir: Path | str | None = None, mouse: bool = True,
                 preforked: Preforked | None = None) -> None:
        super().__init__()
        use_colour(not self.no_color)
        adapt_filters(self._filters, self.no_color)
        self.config = load_config()
        if self.config.keymap:
            self.set_keymap(self.config.keymap)
        self._main = MainScreen(briefing) if briefing is not None else None
        self._loading = LoadingScreen(data_dir, preforked) if briefing is None else None
        self.mouse = mouse
        self._clashes_told: set[str | None] = set()

    def get_default_screen(self) -> Screen:
        return self._main or super().get_default_screen()

    def on_mount(self) -> None:
        if linux_console():  # the 16-colour console: use the terminal's own palette
            self.theme = "ansi-dark"
            self.add_class("-linux")
        if self._loading is not None:  # it switches itself to the MainScreen when the load is done
            self.push_screen(self._loading)
        self._main = self._loading = None  # the screen stack holds them from here on
        for problem in self.config.problems:  # the file and line, and the default keys still work
            self.notify(problem, title="Your keymap", severity="error", timeout=20, markup=False)
        if not self.is_headless and sys.__stdin__ is not None and sys.__stdin__.isatty():
            self.set_interval(1.0, self._watch_terminal)

    def _watch_terminal(self) -> None:
        """A terminal gone without a SIGHUP (cli.py handles the signal): end as that signal would."""
        if hung_up(sys.__stdin__.fileno()):
            self.exit(None, 129)

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        """A key of the reader's keymap took one a binding had: say so, once per binding."""
        for binding in clashed_bindings:
            if binding.id not in self._clashes_told:
                self._clashes_told.add(binding.id)
                self.notify(f"{self.config.path}: {binding.key} was {binding.description} ({binding.id}); "
                            "your keymap gave it to another action", title="Your keymap", severity="warning",
                            timeout=20, markup=False)

    async def on_event(self, event: events.Event) -> None:
        # Keys typed after `q`, while the app takes its screens down, reach an app with no screen: Textual's
        # handler would raise (ScreenStackError) and print a traceback on the way out. There is nothing to act on.
        if isinstance(event, events.Key) and not self._screen_stack:
            return
        await super().on_event(event)

    @property
    def main_screen(self) -> MainScreen:
        """The dashboard (under any modal screen on top of it). Raises LookupError while loading."""
        for screen in reversed(self.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("the briefing is still loading")

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            try:
                briefing = self.main_screen.briefing
            except LookupError:  # still loading: no sides to explain yet
                briefing = None
            self.push_screen(HelpScreen(help_rows(self.screen), briefing))


def create_app(data_dir: Path | str | None = None, *, briefing: Briefing | None = None,
               mouse: bool = True, preforked: Preforked | None = None) -> BriefingApp:
    """The one factory, for the CLI, the tests and the screenshot script.

    With `briefing`, the app shows it at once. Without, a folder of fewer than LOAD_IN_BACKGROUND
    sources (the bundled briefing among them) is loaded here: it takes well under a second, cold. A larger
    one is loaded by the app, in a worker thread behind a progress bar, so it never leaves a blank
    terminal; if it is not in the cache, `preforked` (see briefing.background) extracts it.
    """
    if briefing is None:
        from briefing.load import data_folder, load_briefing
        from briefing.load.sources import count_sources

        folder = data_folder(data_dir)
        if count_sources(folder, LOAD_IN_BACKGROUND) < LOAD_IN_BACKGROUND:
            briefing = load_briefing(folder)
    if briefing is not None and preforked is not None:
        preforked.close()  # not needed
        preforked = None
    return BriefingApp(briefing, data_dir=data_dir, mouse=mouse, preforked=preforked)
