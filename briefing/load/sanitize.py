"""Make untrusted text inert before anything else sees it.

Articles are copied from the web. A terminal escape sequence in one of them (OSC 52 writes the
clipboard, OSC 0 sets the window title, CSI 2J clears the screen) would otherwise travel through
Textual straight to the user's terminal. Every C0 and C1 control character except newline and tab
is removed here, at load, so nothing downstream (TUI, `check`, exports) ever holds one.
"""

from __future__ import annotations

import re

# C0 controls except \t (0x09) and \n (0x0A), DEL, and the C1 block U+0080-U+009F.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def sanitize(text: str) -> str:
    """Remove control characters (keeping \\n and \\t); CRLF and lone CR become \\n."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def has_controls(text: str) -> bool:
    if _CONTROL.search(text) is None:
        return False  # the common case, without copying the text
    return _CONTROL.search(text.replace("\r", "")) is not None
