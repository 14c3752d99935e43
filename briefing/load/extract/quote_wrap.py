"""A hard-wrapped page: its paragraphs broken into lines of a fixed width (a plain-text e-mail, a copied PDF column).

The extraction reads a line as a paragraph (sentences.py). On a page wrapped at a fixed width that cuts every
quotation and every attribution at its line ends, so the lines of one paragraph are joined again for the quotes:
a single line break is the wrap, a blank line, a line much shorter than the width, a line indented further than the one
before it, or a speaker's label after a sentence's end ends a paragraph.

A page is hard-wrapped when at least three lines are followed, one line break on, by another line, most of them
are of one width (`NARROWEST` to `WIDEST` characters, within a band below the width), most end inside a
sentence (a scraped page's lines are paragraphs: they end a sentence, and vary in length) and a third or more of
the lines after them open lower-case, as the words inside a sentence do (a list of headlines opens capitalised).
One pass over the lines.
"""

from __future__ import annotations

import re

from briefing.load.extract.transcript_labels import QUESTIONER

#: A page's wrap width is at least and at most this many characters (a menu's lines are shorter, a scraped
#: page's paragraphs longer).
NARROWEST, WIDEST = 40, 100
#: Lines followed by a single line break needed before a page is read as hard-wrapped.
MIN_LINES = 3
#: A line ending a sentence: a stop, a question or exclamation mark or a colon, and any closing marks after it.
_SENTENCE_END = re.compile(r"[.!?:][\"”’'\)\]]*$")
#: A speaker's label opening a line ("Rubio: …", "Marco Rubio: …"): a transcript's next turn when it is a
#: questioner's or the line before ended a sentence (after a line ending inside one, "… said on / Monday: “…”" is the wrap).
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][\w.’'-]*(?:[ \t][A-Z][\w.’'-]*){0,3}):[ \t]")
#: A line's start inside a sentence: a lower-case word, a digit, or a comma or a stop and a space.
_GOES_ON = re.compile(r"[ \t]*(?:[a-z0-9]|[,.;:)](?:\s|$))")
#: A line that opens a new item whatever the line before: a bullet, a dash, a number, or a transcript label.
_NEW_ITEM = re.compile(r"[ \t]*(?:[-–—•*·]|\d+[.)][ \t]|[A-Z][A-Z .'’-]{1,40}:|Q:|A:)")


def wrapped_joins(text: str, paragraphs: list[tuple[int, int]]) -> set[int]:
    """Indices of the paragraphs (lines) that go on the line before them on a hard-wrapped page; none else."""
    follows: list[int] = []  # indices i of lines that a single line break separates from line i + 1
    for index in range(len(paragraphs) - 1):
        gap = text[paragraphs[index][1]:paragraphs[index + 1][0]]
        if gap.count("\n") == 1 and not gap.strip():
            follows.append(index)
    if len(follows) < MIN_LINES:
        return set()
    lengths = sorted(_length(text, *paragraphs[i]) for i in follows)
    width = lengths[min(len(lengths) - 1, (len(lengths) * 4) // 5)]  # about the 80th percentile
    if not NARROWEST <= width <= WIDEST:
        return set()
    in_band = sum(1 for n in lengths if 0.65 * width <= n <= width + 10)
    inside = sum(1 for i in follows if not _SENTENCE_END.search(_line(text, *paragraphs[i])))
    lower = sum(1 for i in follows if _GOES_ON.match(text, paragraphs[i + 1][0]))
    if in_band * 10 < len(follows) * 7 or inside * 2 < len(follows) or lower * 3 < len(follows):
        return set()
    return {i + 1 for i in follows
            if _length(text, *paragraphs[i]) >= width // 2 and not _NEW_ITEM.match(text, paragraphs[i + 1][0])
            and _indent(text, paragraphs[i + 1][0]) <= _indent(text, paragraphs[i][0])
            and not _opens_turn(text, paragraphs[i], paragraphs[i + 1][0])}


def _opens_turn(text: str, before: tuple[int, int], start: int) -> bool:
    """Whether the line at `start` opens a transcript's turn: a questioner's label ("Reporter: …"), or another
    label after a line that ended a sentence."""
    label = _LABEL.match(text, start)
    return label is not None and (label.group("label") in QUESTIONER or ends_sentence(text, *before))


def _indent(text: str, start: int) -> int:
    """How far the line of `start` is indented (a paragraph's first line may be, on a page without blank lines)."""
    line_start = text.rfind("\n", 0, start) + 1
    at = line_start
    while at < len(text) and text[at] in " \t":
        at += 1
    return at - line_start


def ends_sentence(text: str, start: int, end: int) -> bool:
    """Whether the line text[start:end] ends on a sentence's end (a stop and any closing marks)."""
    return _SENTENCE_END.search(_line(text, start, end)) is not None


def _line(text: str, start: int, end: int) -> str:
    return text[start:end].rstrip()


def _length(text: str, start: int, end: int) -> int:
    return len(_line(text, start, end))


#: A line that is only a name (a link's text a scrape set on its own line): one to four capitalised words.
_LINK_LINE = re.compile(r"[ \t]*[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3}[ \t]*")
#: A line that goes on with the sentence before: lower case, or a comma or a full stop first.
_LINE_GOES_ON = re.compile(r"[a-z]|[,.;:](?:\s|$)")
#: A line that is a quotation's attribution: a name (perhaps behind an honorific) and a speech verb.
_CREDIT_LINE = re.compile(r"[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){0,3}[ \t]+"
                          r"(?:said|says|added|remarked|told|wrote|stated|noted|explained|continued|insisted)\b")


def join_broken_lines(text: str, paragraphs: list[tuple[int, int]],
                      sentences: list[tuple[int, int]]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Lines a scrape (or a hard wrap) broke inside a sentence, joined: a line ending on a letter, a digit or a
    comma, and the next, one line break on, opening lower-case ("… addressed a summit on / artificial
    intelligence in Paris, reaffirming … “…”"). The paragraph and the sentence across the break become one, so
    the subject before the break is the quote's. One pass over each list."""
    joined: list[tuple[int, int]] = []
    breaks: list[int] = []  # where each joined line starts inside a sentence
    line_start = 0  # the last line's own start (a joined paragraph may hold several lines)
    wrapped = wrapped_joins(text, paragraphs)
    for index, (ps, pe) in enumerate(paragraphs):
        if index in wrapped:
            # A hard-wrapped page: the line goes on the paragraph; the sentence too, unless the line before ended one.
            if not ends_sentence(text, line_start, joined[-1][1]):
                breaks.append(ps)
            joined[-1] = (joined[-1][0], pe)
            line_start = ps
            continue
        if joined:
            tail = text[line_start:joined[-1][1]].rstrip()
            gap = text[line_start + len(tail):ps]
            after = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            # A link's text on a line of its own, the sentence going on after it ("…, led by / Donald Trump
            # / ." , "“…,’ / Anton Bel / said in …"): the name and the rest are the sentence's.
            link = after is not None and _LINK_LINE.fullmatch(text, ps, pe) is not None \
                and _LINE_GOES_ON.match(text, after) is not None and text[paragraphs[index][1]:after].count("\n") == 1
            # A quotation closing its line on a comma, its attribution on the next ("“…,” / Mr Khan said."): one
            # sentence, so the name after the break is the quote's speaker (not the last quote's by continuation).
            credit = tail.endswith((",'", ",’", ",”", ',"')) and _CREDIT_LINE.match(text, ps, pe) is not None
            if tail and (tail[-1].isalnum() or tail[-1] == "," or (link and tail.endswith((",'", ",’", ",”"))) or credit) \
                    and gap.count("\n") == 1 and not gap.strip() \
                    and (link or credit or text[ps:ps + 1].islower()
                         or (_LINE_GOES_ON.match(text, ps) and tail[-1].isalnum())):
                joined[-1] = (joined[-1][0], pe)
                breaks.append(ps)
                line_start = ps
                continue
        joined.append((ps, pe))
        line_start = ps
    if not breaks:
        return paragraphs, sentences
    merged: list[tuple[int, int]] = []
    at = 0
    for s, e in sentences:
        while at < len(breaks) and breaks[at] < s:
            at += 1
        if merged and at < len(breaks) and breaks[at] == s and merged[-1][1] <= s:
            merged[-1] = (merged[-1][0], e)  # the sentence the break cut, whole again
            continue
        merged.append((s, e))
    return joined, merged
