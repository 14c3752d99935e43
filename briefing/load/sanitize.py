"""Make untrusted text inert before anything else sees it.

Articles are copied from the web. A terminal escape sequence in one of them (OSC 52 writes the
clipboard, OSC 0 sets the window title, CSI 2J clears the screen) would otherwise travel through
Textual straight to the user's terminal. Every C0 and C1 control character except newline and tab
is removed here, at load, so nothing downstream (TUI, `check`, exports) ever holds one.

Bidirectional controls (the embeddings and overrides U+202A-202E, the isolates U+2066-2069, and the
marks U+200E, U+200F, U+061C) are removed too: they reorder what a terminal or an export displays
(`x\\u202egnp.txt` shows as `xtxt.png`), so a name or a sentence could read as something else.
Removal happens before any span is computed, so every span reads back exactly.

File names lose newlines and tabs as well (`clean_name`): a name is one line wherever it is shown.
"""

from __future__ import annotations

import re

# C0 controls except \t (0x09) and \n (0x0A), DEL, and the C1 block U+0080-U+009F.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_BIDI_CHARS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_BIDI = re.compile(f"[{_BIDI_CHARS}]")
_INERT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI_CHARS}]")
_NAME = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI_CHARS}]")


def sanitize(text: str) -> str:
    """Remove control and bidirectional characters (keeping \\n and \\t); CRLF and lone CR become \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _INERT.sub("", text)


def is_inert(text: str) -> bool:
    """Whether `sanitize` would leave `text` as it is (no CR, control or bidi character): one pass, the
    common case, so a clean article is searched once rather than by each check and the substitution."""
    return "\r" not in text and _INERT.search(text) is None


def clean_name(name: str) -> str:
    """A file name fit to show on one line: every control character (newline and tab too) and bidi
    control removed."""
    return _NAME.sub("", name)


def has_controls(text: str) -> bool:
    if _CONTROL.search(text) is None:
        return False  # the common case, without copying the text
    return _CONTROL.search(text.replace("\r", "")) is not None


def has_bidi(text: str) -> bool:
    return _BIDI.search(text) is not None
