"""Keys as a terminal sends them when they come faster than the dashboard draws (a held key, a paste, a reader
hammering): all queued at once, then one wait, on an event, until the app has handled every one.

`Pilot.press` waits for the process to go idle after every key (two 20 ms idle checks at least, ~0.1 s a key
here): a slow typist, not a flood, and most of a flood test's wall time spent sleeping."""

from __future__ import annotations

import asyncio
import unicodedata

from textual import events
from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key


def key_event(key: str) -> events.Key:
    """The event Pilot.press makes for a key name or a printable character."""
    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    return events.Key(key, char)


async def burst(pilot, *keys: str) -> None:  # noqa: ANN001 - Pilot
    """Post every key to the app at once, then wait until the app has taken them all (a callback queued behind
    them has run) and the screen on top has handled what they sent it."""
    app = pilot.app
    for key in keys:
        event = key_event(key)
        event.set_sender(app)
        app.post_message(event)
    taken = asyncio.Event()
    app.call_later(taken.set)
    await asyncio.wait_for(taken.wait(), 60)
    await pilot.pause()
