"""Furniture of a page's head and of its links between paragraphs, called by boilerplate.find_regions after the
chrome pass (so short lines next to it still join it):
  boiler:ticker        a news ticker: two lines or more in a row, each a short headline ending with a dash the
                       site puts between its items ("Singer tours again -", "Cup final moved to May –")
  boiler:date-line     a page's update line run on from its date line: "; updated Mar 9 2025 at 6:05 p.m.",
                       "| Updated on 4 March 2025, 10:02"
  boiler:topic-link    another story's linked headline between two paragraphs, led by its topic and a colon:
                       "Budget: Minister pushes the bill through without a vote" (no sentence end, no quotation;
                       not a label that opens another line too: a transcript's "Name:" turns)
Each line is read once (bounded regexes).
"""

from __future__ import annotations

import re
from collections import Counter

from briefing.load.extract.boilerplate_parts import DATE_LINE

__all__ = ["mark_ticker"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: A ticker item: a headline of 2–20 words ending with a space and a dash.
_TICKER_ITEM = re.compile(r"\S+(?:\s+\S+){1,19}\s+[-–—]$")
#: An update line run on from the date line above it: its separator, the word, then a date line.
_UPDATE = re.compile(r"^[;,|·•]\s*(?i:last\s+)?(?i:updated|modified|edited)(?:\s+(?i:on|at))?\s*:?\s+(?P<date>.+)$")
#: A topic, a colon, then a headline: capitalised topic word(s), no sentence end (a decimal point aside: "49.3"),
#: no quotation marks.
_TOPIC_LINK = re.compile(r"^[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?:\s+[A-Z](?:[^.!?:;\"“”‘’]|(?<=\d)\.(?=\d))*[^\W_]$")
#: A line's leading label: one or two capitalised words and a colon.
_LABEL = re.compile(r"([A-Z][a-z]{2,15}(?:\s[A-Z][a-z]{2,15})?):")
#: A line ending on one of these words goes on in the next (a hard wrap), whatever that opens with.
_FUNCTION_END = re.compile(r"\b(?:and|or|but|the|a|an|of|to|in|on|for|with|that|by|at|from|as|is|was|are|were)$")
#: Words of a topic link: at least, at most.
_LINK_WORDS = (5, 20)
#: Words of a paragraph of story (the line before a topic link).
_PARAGRAPH_WORDS = 12
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")


def mark_ticker(lines: Lines, marks: Marks) -> None:
    """Mark, in `marks`, ticker items, update lines and topic links (see the module's docstring)."""
    count = len(lines)
    items = [bool(len(line) <= 200 and _TICKER_ITEM.fullmatch(line)) for _s, _e, line in lines]
    # (a label that opens two lines or more is a transcript's speaker or a live page's tag, not one link's topic)
    labels = Counter(m.group(1) for _s, _e, line in lines if (m := _LABEL.match(line)))
    for index in range(count):
        line = lines[index][2]
        if marks[index] is not None:
            continue
        if items[index] and ((index > 0 and items[index - 1]) or (index + 1 < count and items[index + 1])):
            marks[index] = ("boiler:ticker", "News ticker")
        elif line[:1] in ";,|·•" and (update := _UPDATE.match(line)) and DATE_LINE.match(update.group("date")):
            marks[index] = ("boiler:date-line", "Date line")
        elif 0 < index < count - 1 and _topic_link(line, lines[index - 1][2], lines[index + 1][2]) \
                and labels[line.partition(":")[0]] == 1:
            marks[index] = ("boiler:topic-link", "Link to another story")


def _topic_link(line: str, before: str, after: str) -> bool:
    """Whether `line` is a topic-led headline between a paragraph ending as a sentence and a line that does not
    continue it (a next line opening in lower case would be the same sentence, hard-wrapped). A line cut off with
    an ellipsis above it is a breadcrumb's copy of the headline, no paragraph: the line is the page's headline."""
    low, high = _LINK_WORDS
    return low <= len(line.split()) <= high and _TOPIC_LINK.match(line) is not None \
        and _FUNCTION_END.search(line) is None \
        and len(before.split()) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(before) is not None \
        and not before.rstrip().endswith(("...", "…")) \
        and not after.lstrip()[:1].islower()
