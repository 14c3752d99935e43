"""End to end: `briefing` in a real pseudo-terminal on a hostile folder writes none of the injected sequences."""

from __future__ import annotations

import os
from pathlib import Path

from hostile import hostile_folder
from tests.ptyterm import PtyApp

PAYLOADS = [
    b"\x1b]52;c;cm0gLXJmIH4=",  # clipboard write
    b"\x1b]0;pwned-title",  # window title
    b"\x1b]2;title2",
    b"\x1b]8;;https://evil.example/",  # hyperlink
    b"\x1b[2J\x1b[Hmore",  # clear screen + home, as written in the content
    b"\x9b31m",  # C1 CSI
    b"\x9d0;x",  # C1 OSC
]


def test_tui_writes_no_injected_sequences(tmp_path: Path) -> None:
    folder = hostile_folder(tmp_path / "hostile")
    with PtyApp("--data", str(folder), size=(120, 40), cwd=tmp_path) as term:
        term.wait_for("Hostile wire")  # the dashboard, the hostile source in its source pane
        # Drive it to the hostile source: the source pane, the event's evidence, the quote.
        term.type(b"4", b"j", b"j", b"1", b"\r", b"4", b"G", gap=0.3)
        os.write(term.master, b"q")
        assert term.until_exit() is not None, "q did not end the app"
        screen = term.raw
    assert len(screen) > 2000, "the app drew nothing"
    assert b"Hostile wire" in screen or b"Lavrov" in screen, "the hostile source was never shown"
    for payload in PAYLOADS:
        assert payload not in screen, payload
    assert b"pwned-title" in screen or b"cm0gLXJmIH4=" in screen, "the inert remains of the sequences are not shown"
