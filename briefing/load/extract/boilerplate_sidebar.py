"""A sidebar at a page's end ("Related articles", "You may also like", "Recommended"): boilerplate (links) or
other stories (paragraphs) from its heading to the end, unless the story goes on after the heading (an inline
widget whose links the scrape dropped). And what a paragraph of story looks like, which boilerplate.py reads too.
"""

from __future__ import annotations

import re

from briefing.model import Region

__all__ = ["SENTENCE_END", "SIDEBAR", "is_paragraph", "sidebar"]

SIDEBAR = re.compile(r"^(?:Related articles|Related stories|Related news|You may also like|More from|"
                     r"Most read|Most popular|Popular|Recommended|Editor['’]s choice|Read next)\s*:?$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")


def is_paragraph(line: str) -> bool:
    return len(line.split()) >= 12 and bool(SENTENCE_END.search(line))


def sidebar(text: str, lines: list[tuple[int, int, str]]) -> tuple[Region | None, list[tuple[int, int, str]]]:
    """The region from a sidebar heading to the end, if there is one, and the lines before it."""
    for index, (start, _end, line) in enumerate(lines):
        if index > 0 and SIDEBAR.match(line):
            if _story_goes_on(lines, index + 1):
                continue  # an inline widget whose links the scrape dropped: the heading alone (a short-line rule)
            offtopic = any(is_paragraph(entry[2]) for entry in lines[index + 1:])
            tail = Region(kind="offtopic" if offtopic else "boilerplate",
                          label=f"'{line}' sidebar" + (": other stories" if offtopic else ""),
                          start=start, end=len(text.rstrip()), origin="auto",
                          confidence=0.8 if offtopic else 0.9,
                          rule="offtopic:sidebar" if offtopic else "boiler:sidebar-links")
            return tail, lines[:index]
    return None, lines


def _story_goes_on(lines: list[tuple[int, int, str]], at: int) -> bool:
    """Whether the story goes on right after a sidebar heading: a paragraph next, or a subheading (a few words)
    then a paragraph ("Recommended / 'Space of disinformation' / His remarks came after …", an inline widget
    with its links stripped). A sidebar's links are headlines, labels and repeated titles, not paragraphs: a line
    printed twice after the heading, or another sidebar heading, says it is a sidebar whatever comes first."""
    opens = (at < len(lines) and is_paragraph(lines[at][2])) or (
        at + 1 < len(lines) and 0 < len(lines[at][2].split()) <= 6
        and (is_paragraph(lines[at + 1][2]) or len(lines[at + 1][2].split()) >= 20))
    if not opens:
        return False
    seen: set[str] = set()
    for _s, _e, line in lines[at:]:
        if line in seen or SIDEBAR.match(line):
            return False
        seen.add(line)
    return True
