"""Terminals over SSH: NO_COLOR sends no colour at all; TERM=linux draws only what the Linux console's font has.
Checked on the raw bytes the app writes in a real pty."""

from __future__ import annotations

import re

from tests.ptyterm import PtyApp

#: The Linux console's glyphs: ASCII and the CP437/VGA set (its control-range pictures included).
CP437 = set(bytes(range(0x80, 0x100)).decode("cp437")) | set("☺☻♥♦♣♠•◘○◙♂♀♪♫☼►◄↕‼¶§▬↨↑↓→←∟↔▲▼⌂")
SGR = re.compile(rb"\x1b\[([0-9;:]*)m")


def _colour_parameters(raw: bytes) -> set[str]:
    """Colour parameters in the SGR sequences of `raw` (foreground, background, default colour, 256/true)."""
    found = set()
    for match in SGR.finditer(raw):
        params = match.group(1).decode().replace(":", ";").split(";")
        for param in params:
            if param.isdigit() and (30 <= int(param) <= 49 or 90 <= int(param) <= 107):
                found.add(param)
    return found


def test_no_color_sends_no_colour_and_marks_the_evidence_by_reverse():
    with PtyApp(size=(80, 24), env={"NO_COLOR": "1"}) as term:
        term.wait_for("Timeline")
        term.type(b"j", b"\r", until="history 2/2")  # the event's evidence, highlighted in the source
        term.type(b"2", b"3", b"j", b"4", b"/", until="Find in sources")
        term.type(*(bytes([c]) for c in b"Lavrov"), b"\r", until="hits in")
        term.type(b"?")
        raw = term.raw
    assert len(raw) > 5000
    assert not _colour_parameters(raw), sorted(_colour_parameters(raw))
    styles = {m.group(1) for m in SGR.finditer(raw)}
    assert any(b"7" in s.split(b";") for s in styles), styles  # reverse video: the highlight and the cursor


def test_colour_is_sent_without_no_color(pty_dashboard):
    """The check above can fail: the same dashboard (80×24) without NO_COLOR has colour parameters."""
    # (on a busy machine the coloured frame may come after the first text)
    pty_dashboard.wait_for_output(_colour_parameters, "a colour parameter")
    assert _colour_parameters(pty_dashboard.raw)


def test_the_linux_console_gets_only_glyphs_it_draws():
    with PtyApp(size=(120, 40), env={"TERM": "linux"}) as term:
        term.wait_for("Timeline")
        # every pane, a zoomed one, the palette (a key at a time, each screen drawn in turn)
        term.type(b"2", b"j", b"\r", b"\t", b"3", b"j", b"\r", b"4", b"j", b"z", gap=0.1,
                  until="ZOOMED")
        term.type(b"\x10", until="Search for commands")
        term.type(b"\x1b", until=lambda screen: "Search for commands" not in screen)
        term.type(b"\x1b", until=lambda screen: "ZOOMED" not in screen)
        term.type(b"?", until="Keys and marks")  # the help
        text = term.raw.decode("utf-8", "replace")
    shown = {c for c in text if ord(c) > 0x7F}
    assert shown, "nothing but ASCII: the test saw no frame"
    assert shown <= CP437, sorted(shown - CP437)
    assert "┌" in shown and "╭" not in text
