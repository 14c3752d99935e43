"""A briefing folder written by an attacker: escape sequences, C1 controls and markup everywhere."""

from __future__ import annotations

from pathlib import Path

from helpers import write_folder

#: What must never reach a terminal from content.
INJECTED = [b"\x1b]52;", b"\x1b]0;", b"\x1b]2;", b"\x1b]8;", b"\x1b[2J", b"\x1b[H", b"\x9b", b"\x07", b"\x08"]

HOSTILE_ARTICLE = (
    "Hostile wire\n\n"
    "Sergei Lavrov said\x1b]52;c;cm0gLXJmIH4=\x07 the talks\x1b]0;pwned-title\x07 were \x1b]2;title2\x07useful.\n"
    "Click \x1b]8;;https://evil.example/\x07here\x1b]8;;\x07 for \x1b[2J\x1b[Hmore\x1b[31m red\x1b[0m and a lone \x1b ESC.\n"
    "C1 controls: \x9b31m \x9d0;x\x9c and bell\x07 backspace\x08 nul\x00 end.\n"
    "Markup: [bold red]not bold[/] [link=https://evil.example]link[/link] [@click=app.quit]quit[/] done.\n"
    "“Of course, this is [b]unacceptable[/b] to us,” Lavrov said on Tuesday.\n"
)

HOSTILE_ACTORS = """\
[[actor]]
id = "lavrov"
name = "Sergei [bold red]Lavrov[/] \\u001b]0;pwned\\u0007"
side = "russia"
aliases = ["Sergei Lavrov", "Lavrov"]
"""

HOSTILE_EVENTS = """\
[[event]]
id = "hostile-talks"
date = "2025-02-18"
title = "Talks [@click=app.quit]quit[/] \\u001b[2J"
summary = "Summary with [blink]markup[/blink] and \\u009b31m C1."
actors = ["lavrov"]
evidence = [{ source = "evil.txt", text = "Sergei Lavrov said" }]
"""

HOSTILE_QUOTES = """\
[[quote]]
speaker = "lavrov"
source = "evil.txt"
text = "Of course, this is [b]unacceptable[/b] to us,"
"""


def hostile_folder(root: Path) -> Path:
    return write_folder(root, {"evil.txt": HOSTILE_ARTICLE}, actors=HOSTILE_ACTORS, events=HOSTILE_EVENTS,
                        quotes=HOSTILE_QUOTES)
