"""Every binding can be typed: its key is one a terminal sends (Textual names "." `full_stop`, not `period`),
and in a real pty the bytes a person types do what the help says."""

from __future__ import annotations

import string

from textual.binding import Binding
from textual.dom import DOMNode
from textual.keys import Keys, _character_to_key

import briefing.tui.app  # noqa: F401 - imports every screen, pane and widget class
from tests.tui.conftest import screen_text

NAMED = {key.value for key in Keys} | {_character_to_key(c) for c in string.printable if not c.isspace()} \
    | {"space", "enter", "tab", "escape", "backspace"}
MODIFIERS = ("ctrl+", "alt+", "shift+", "super+")


def _classes(cls: type = DOMNode):
    for sub in cls.__subclasses__():
        if sub.__module__.startswith("briefing."):
            yield sub
        yield from _classes(sub)


def _bindings():
    for cls in set(_classes()):
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding):
                for key in binding.key.split(","):
                    yield cls.__name__, binding, key.strip()


def test_every_binding_names_a_key_a_terminal_sends():
    checked = 0
    for owner, binding, key in _bindings():
        base = key
        while base.startswith(MODIFIERS):
            base = base.split("+", 1)[1]
        assert len(key) == 1 or base in NAMED or len(base) == 1, f"{owner}: {binding.action} bound to {key!r}"
        checked += 1
    assert checked > 40


async def test_the_keys_people_type_reach_their_bindings(app):
    """Pilot presses characters here, as the terminal's parser makes them (".", "[", "/", "?")."""
    async with app.run_test(size=(80, 24)) as pilot:
        main = app.main_screen
        main.jump_to_event(next(e.id for e in main.briefing.events if len(e.evidence) > 1))
        await pilot.press(".")
        assert main.evidence_index == 1
        await pilot.press("?")
        assert "Keys" in screen_text(app)


def test_in_a_pty_dot_shows_the_next_evidence(pty_dashboard):
    screen = pty_dashboard.type(b"j", b"j", b"j", until="evidence 1/3")  # an event with three sources
    assert "evidence 1/3" in screen, screen
    assert "evidence 2/3" in pty_dashboard.type(b".", until="evidence 2/3")


def test_in_a_pty_zoom_says_it_is_on_and_escape_undoes_it(pty_dashboard):
    screen = pty_dashboard.type(b"z", until="ZOOMED")
    assert "ZOOMED" in screen and "no filter" in screen, screen  # the bar and the status stay
    # (Esc alone: the parser waits to tell it from a sequence)
    assert "ZOOMED" not in pty_dashboard.type(b"\x1b", until=lambda screen: "ZOOMED" not in screen)


def test_in_a_pty_back_forward_find_help_and_panes(pty_dashboard):
    assert "Find in sources" in pty_dashboard.type(b"/", until="Find in sources")
    assert "hits in" in pty_dashboard.type(*(bytes([c]) for c in b"Lavrov"), b"\r", until="hits in")  # the list of hits
    screen = pty_dashboard.type(b"\r", until="find 'Lavrov'")  # opens the first
    assert "find 'Lavrov'" in screen and "Source" in screen.splitlines()[0], screen
    assert "Keys" in pty_dashboard.type(b"?", until="Keys and marks")
    pty_dashboard.type(b"\x1b", until=lambda screen: "Keys and marks" not in screen)
    before = pty_dashboard.text()
    assert "Date" in pty_dashboard.type(b"1", until="Date")
    screen = pty_dashboard.type(b"[", until=lambda shown: shown != before or "Lavrov" in shown)  # to the find hit
    assert screen != before or "Lavrov" in screen
    assert "Date" in pty_dashboard.type(b"]", until="Date")
    assert "Actors" in pty_dashboard.type(b"2", until="Actors")
    assert "Actors" in pty_dashboard.type(b"\x1b[Z", until="Actors")  # Shift+Tab


def test_in_a_pty_a_double_enter_in_the_actor_picker_picks_once(pty_dashboard):
    """Both Enters in one read (a quick double press): the second reached the closed picker, whose dismiss
    popped the panes too; the dashboard died with ScreenStackError."""
    pty_dashboard.type(b"\x1b", until=lambda screen: not any(  # no modal left open by an earlier test
        title in screen for title in ("Filter by actor", "Keys and marks", "Find in sources")))
    screen = pty_dashboard.type(b"a\r\r", until="filter:")  # one write: the app reads the three keys together
    pty_dashboard.quiet(0.3)
    assert pty_dashboard.process.poll() is None and "Error" not in pty_dashboard.text(), pty_dashboard.text()
    assert "filter:" in screen
    assert "no filter" in pty_dashboard.type(b"\x1b", until="no filter")
