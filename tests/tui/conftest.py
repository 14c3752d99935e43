"""Shared fixtures: a FIXED copy of real excerpts of the seeds, so tests and snapshots do not drift."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, create_app
from briefing.tui.main import MainScreen
from tests.ptyterm import PtyApp

FIXTURE = Path(__file__).parent / "fixtures" / "briefing"


@pytest.fixture(scope="session")
def fixture_briefing() -> Briefing:
    """The fixture's curated items only: automatic extraction is still changing, so it is left out here
    (tests that need automatic items add their own)."""
    loaded = load_briefing(FIXTURE)
    assert not loaded.problems, loaded.problems
    return with_changes(
        loaded,
        events=tuple(e for e in loaded.events if e.origin == "curated"),
        positions=tuple(p for p in loaded.positions if p.origin == "curated"),
        quotes=tuple(q for q in loaded.quotes if q.origin == "curated"),
        mentions=tuple(m for m in loaded.mentions if m.origin == "curated"),
        actors=tuple(
            a.model_copy(update={"aliases": tuple(x for x in a.aliases if x.origin == "curated")})
            for a in loaded.actors if a.origin == "curated"  # (people found in the text are automatic too)
        ),
    )


@pytest.fixture(scope="package")
def pty_dashboard():
    """`briefing` on the bundled briefing in a real pty (80×24, a colour terminal), for the tests that type
    into it and read what it draws: one start for all of them."""
    with PtyApp(size=(80, 24)) as term:
        term.wait_for("Timeline")
        yield term


@pytest.fixture
def app(fixture_briefing: Briefing) -> BriefingApp:
    return create_app(briefing=fixture_briefing)


async def wait_loaded(pilot, timeout: float = 30.0) -> None:  # noqa: ANN001 - Pilot
    """Wait until an app made without a briefing has loaded it and shows the panes."""
    app = pilot.app
    for _ in range(int(timeout / 0.05)):
        if is_loaded(app):
            await pilot.pause()
            return
        await pilot.pause(0.05)
    raise AssertionError(f"not loaded after {timeout} s: {screen_text(app)}")


def is_loaded(app: BriefingApp) -> bool:
    """The dashboard is the screen on top (the loading screen has switched to it)."""
    stack = app.screen_stack
    return bool(stack) and isinstance(stack[-1], MainScreen)


def screen_text(app: BriefingApp) -> str:
    """What the user sees, as plain text, one line per terminal row."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


def with_changes(briefing: Briefing, **changes) -> Briefing:  # noqa: ANN003
    """A new, fully indexed Briefing with some fields replaced."""
    fields = {name: getattr(briefing, name) for name in Briefing.model_fields}
    fields.update(changes)
    return Briefing(**fields)


async def to_event(pilot, event_id: str) -> None:  # noqa: ANN001 - Pilot
    """Move the timeline's cursor to `event_id` with the keys a reader would press."""
    app = pilot.app
    await pilot.press("1", "g")
    for _ in range(len(app.main_screen.timeline.event_ids)):
        if app.main_screen.timeline.current_event_id == event_id:
            return
        await pilot.press("j")
    raise AssertionError(f"{event_id} not in the timeline")
