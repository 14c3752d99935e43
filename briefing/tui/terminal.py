"""What the terminal can show: no colour at all under NO_COLOR, and only the glyphs the Linux console draws
under TERM=linux. Both are line filters, applied to every line Textual writes, so no widget needs to know."""

from __future__ import annotations

import os
import select

from rich.segment import Segment
from textual.color import Color
from textual.filter import LineFilter, Monochrome, NoColor


class Colourless(LineFilter):
    """NO_COLOR (https://no-color.org): no colour codes at all, not even greys or the default colour (Textual's
    own filters send 256-colour greys, or 39/49). Bold, dim, italic, underline and reverse stay: they carry the
    highlights (the evidence, the cursor) where colour is gone."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        return [Segment(text, None if style is None else style.without_color, control)
                for text, style, control in segments]


#: Glyphs the Linux console's font (the CP437/VGA set) lacks, and what it draws instead, cell for cell.
CONSOLE_GLYPHS = str.maketrans({
    "╭": "┌", "╮": "┐", "╰": "└", "╯": "┘",  # rounded corners
    "▔": "▀", "▁": "▄", "▂": "▄", "▃": "▄", "▅": "█", "▆": "█", "▇": "█",  # hkey rules, scrollbar eighths
    "▏": "│", "▕": "│", "▎": "▌", "▍": "▌", "▊": "▐", "▉": "█",
    "✗": "x", "✓": "√", "▶": "►", "◀": "◄", "×": "x", "⚠": "!", "…": "»", "│": "│",
    "“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "•": "∙",
    "🔎": "> ",  # the command palette's icon: two cells, as the emoji
})


class ConsoleGlyphs(LineFilter):
    """TERM=linux: replace what the console cannot draw with what it can, keeping every cell's width."""

    def apply(self, segments: list[Segment], background: Color) -> list[Segment]:
        table = CONSOLE_GLYPHS
        return [Segment(text if text.isascii() else text.translate(table), style, control)
                for text, style, control in segments]


def linux_console() -> bool:
    return os.environ.get("TERM") == "linux"


def adapt_filters(filters: list[LineFilter], no_color: bool) -> None:
    """Swap Textual's NO_COLOR filter for Colourless, and add ConsoleGlyphs on the Linux console."""
    if no_color:
        filters[:] = [f for f in filters if not isinstance(f, (Monochrome, NoColor))]
        filters.append(Colourless())
    if linux_console():
        filters.append(ConsoleGlyphs())


def hung_up(fd: int) -> bool:
    """Whether the terminal on `fd` has gone (the SSH connection or the terminal window closed without a SIGHUP
    reaching us: a pty whose other end is closed reads as end of file at once, and Textual's input thread would
    spin on it for ever)."""
    poller = select.poll()
    poller.register(fd, select.POLLIN)
    return any(mask & (select.POLLHUP | select.POLLERR | select.POLLNVAL) for _fd, mask in poller.poll(0))
