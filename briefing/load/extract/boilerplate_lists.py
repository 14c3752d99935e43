"""Links and cards set between a story's paragraphs, called by boilerplate.find_regions after the ticker pass:
  boiler:link-block    on a page whose paragraphs are parted by blank lines, a block of three lines or more with
                       no blank line between them, each a short headline that ends with no full stop, and blank
                       lines around the block, after the story's first paragraph, none marked yet (other
                       posts' headlines a live page lists mid-story: "Crowds thin out at the park", "What the
                       minister said next?")
  boiler:video-card    a short title line with no sentence end, then one sentence of a correspondent reporting
                       ("Our editor Jo Roe reports from the square as …"): a video's card
  boiler:promo         a line that sends the reader elsewhere: "Read here for the full text of …", "Read his full
                       analysis here:", "Be sure to
                       check out our … here.", "Follow this blog for … coverage …" (also at a paragraph's end),
                       a gallery's title ("The week in pictures")
  boiler:credit        an outlet's initials, a slash and a name alone on a line ("ABC / Jo Roe")
Each line is read once (bounded regexes), a block's lines once more.
"""

from __future__ import annotations

import re

__all__ = ["mark_lists", "promo_tail"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: Words of a listed headline: at least, at most.
_ITEM_WORDS = (3, 16)
#: Lines of a link block at least; blank-line breaks elsewhere on the page at least.
_BLOCK_LINES = 3
_BLANK_BREAKS = 2
_PARAGRAPH_WORDS = 12
#: A correspondent's video card: who (up to eight words) reports from where, in one sentence of ≤ 30 words.
_REPORTS = re.compile(r"^(?:\S+\s){1,8}reports\s+(?:live\s+)?from\s+[^.!?]{2,160}\.$")
_CARD_TITLE_WORDS = (2, 8)
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")
#: A line ending on one of these words goes on in the next.
_GOES_ON = re.compile(r"\b(?:and|or|but|the|a|an|of|to|in|on|for|with|that|by|at|from|as|is|was|are|were|will|"
                      r"would|has|have|had|not|who|which|their|his|her|its|our)$")
#: A line that sends the reader elsewhere (whole line): a link, a gallery's title ("The week in pictures").
_PROMO = re.compile(r"^(?:Read|Click|Tap)\s+here\s+(?:for|to)\s+[^!?]{3,120}[.!]?$|"
                    r"^(?:Read|Watch|Listen to|See)\s+(?:(?:his|her|their|our|the|this)\s+)?(?:full\s+)?"
                    r"(?:analysis|story|report|interview|article|piece|column|review|explainer|video|coverage|"
                    r"statement|speech)\s+here\s*[:.]?$|"
                    r"^Be\s+sure\s+to\s+(?:check\s+out|read|watch)\s+our\s+[^!?]{3,160}\bhere\.?$|"
                    r"^[^.!?]{0,60}\bin\s+(?:pictures|photos|images)\.?$")
#: An outlet's initials, a slash and a reporter's or photographer's name alone on a line: "ABC / Jo Roe".
_OUTLET_CREDIT = re.compile(r"^[A-Z]{2,6}\s+/\s+[A-Z][a-z][\w.'’-]*(?:\s[A-Z][\w.'’-]+){1,2}$")
#: The same, or a live page's notice, run on at the end of a line after its last sentence.
_PROMO_TAIL = re.compile(r"(?<=[.!?”\"’])\s+(?P<promo>(?:Follow\s+(?:this|our)\s+(?:live\s+)?(?:blog|page|coverage)\s+"
                         r"for\s+[^.!?]{3,80}|Be\s+sure\s+to\s+(?:check\s+out|read|watch)\s+our\s+[^.!?]{3,160}"
                         r"\bhere)[.!]?)$")


def promo_tail(line: str) -> tuple[int, int] | None:
    """Where a promotion or live-page notice run on at the end of `line` lies, or None (looked for in the last
    240 characters only)."""
    if "Follow " not in line[-240:] and "Be sure" not in line[-240:]:
        return None
    promo = _PROMO_TAIL.search(line, max(0, len(line) - 240))
    return (promo.start("promo"), promo.end("promo")) if promo is not None else None


def mark_lists(lines: Lines, marks: Marks) -> None:
    """Mark, in `marks`, link blocks, video cards and promotions (see the module's docstring)."""
    count = len(lines)
    gaps = [lines[i + 1][0] - lines[i][1] for i in range(count - 1)]  # 1: the next line follows at once
    for index in range(count):
        line = lines[index][2]
        if marks[index] is None and _PROMO.match(line):
            marks[index] = ("boiler:promo", "Link to elsewhere")
        elif marks[index] is None and _OUTLET_CREDIT.match(line):
            marks[index] = ("boiler:credit", "Credit")
        elif index + 1 < count and marks[index + 1] is None \
                and _card_title(line) and _REPORTS.match(lines[index + 1][2]) \
                and len(lines[index + 1][2].split()) <= 30:
            # (the title may be marked already, as an inset line between paragraphs)
            marks[index + 1] = ("boiler:video-card", "Video card")
            marks[index] = marks[index] or marks[index + 1]
    if sum(gap > 1 for gap in gaps) < _BLANK_BREAKS:
        return
    # (only after the story's first paragraph: a headline, its caption and byline above it are the page's head)
    index = next((i + 1 for i in range(count) if _paragraph(lines[i][2])), count)
    while index < count:
        end = index
        while end + 1 < count and gaps[end] == 1:
            end += 1
        if end - index + 1 >= _BLOCK_LINES and gaps[index - 1] > 1 and (end == count - 1 or gaps[end] > 1) \
                and all(marks[i] is None and _listed(lines[i][2]) for i in range(index, end + 1)):
            for i in range(index, end + 1):
                marks[i] = ("boiler:link-block", "Other posts' headlines")
        index = end + 1


def _listed(line: str) -> bool:
    """A listed headline: 3–16 words opening with a capital, a digit or a quotation mark, with no full stop,
    colon or comma at its end (nor a quotation's full stop), nor a word that goes on in the next line (a hard
    wrap: "… the port authority and")."""
    low, high = _ITEM_WORDS
    line = line.rstrip()
    return low <= len(line.split()) <= high and line[-1:] not in ".:;," and line[-2:-1] not in ".,!?" \
        and (line[:1].isupper() or line[:1].isdigit() or line[:1] in "“\"‘'") and _GOES_ON.search(line) is None


def _paragraph(line: str) -> bool:
    """A paragraph of story: twelve words or more, ending as a sentence."""
    return len(line.split()) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(line) is not None


def _card_title(line: str) -> bool:
    low, high = _CARD_TITLE_WORDS
    return low <= len(line.split()) <= high and _SENTENCE_END.search(line) is None
