"""Site furniture and off-topic stretches: the lines every scraped page carries, marked as regions.

Line rules only, each with its name (e.g. "boiler:caption"), by class: navigation menus and site chrome
("Skip to content", "Menu", "3 min read", "Accessibility links", "Breaking News", radio-player lines), bylines
and date lines ("By: …", "Date: …", "… 22:22, UK"; a leading "date 2025-02-17" stamp or a date line glued to
the headline's end: those only), footnote markers ("….[5][6]"), hotline numbers, "Follow live:" links, photo captions and credits ("Name/AP", "| Getty Images",
"(AFP)"), "Also read"/"Related"/"Recommended" links, ads, newsletter and cookie boxes, share counters,
copyright/address/phone mastheads, source and reporting credits, comment prompts, author lines ("X is The Y's
Moscow correspondent"), a picture desk's caption ("… on March 20, 2025 in Tallinn, Estonia."), a line printed
twice (a caption twice in a row: both; the headline again, or behind a category tag: the copy), a pull-quote
(a quotation alone on its line that repeats words of the body, boilerplate_pulls.py). A short line (three
words or fewer, no sentence punctuation) next to furniture joins it (tag lines, menu items, author
names). A sidebar heading ("Related articles", "You may also like") turns the rest of the file into one
region: off-topic when it still holds article-like paragraphs (another story), boilerplate when it holds
only links. `citable_pieces` is the one rule that keeps every quote, event and position off them.
The rules themselves are in boilerplate_rules.py, the driver that tries them on one line in boilerplate_mark.py. Every pass is linear in the text: a line is read once by a
cheap filter, and only the few lines that may be furniture are tried against the rules (a long line on its head
and tail only).
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_captions import POSITION_MARK
from briefing.load.extract.boilerplate_chrome import mark_chrome
from briefing.load.extract.boilerplate_copies import HEAD_LINES as _HEAD_LINES
from briefing.load.extract.boilerplate_copies import mark_copies
from briefing.load.extract.boilerplate_fields import mark_fields
from briefing.load.extract.boilerplate_foot import mark_foot
from briefing.load.extract.boilerplate_insets import mark_insets
from briefing.load.extract.boilerplate_layout import mark_by_layout
from briefing.load.extract.boilerplate_lists import mark_lists
from briefing.load.extract.boilerplate_mark import mark_line as _mark
from briefing.load.extract.boilerplate_parts import MONTHS as _MONTHS
from briefing.load.extract.boilerplate_parts import STAMP as _STAMP
from briefing.load.extract.boilerplate_parts import copy_key, line_parts
from briefing.load.extract.boilerplate_pulls import mark_pull_quotes
from briefing.load.extract.boilerplate_rules import AGENCY_END, caption_head
from briefing.load.extract.boilerplate_sidebar import SENTENCE_END as _SENTENCE_END
from briefing.load.extract.boilerplate_sidebar import is_paragraph as _is_paragraph
from briefing.load.extract.boilerplate_sidebar import sidebar as _sidebar
from briefing.load.extract.boilerplate_ticker import mark_ticker
from briefing.load.extract.person_formulas import TIMED_LABEL
from briefing.model import Region

_LINE = re.compile(r"[^\n]*")
#: A transcript's speaker label on a line of its own ("JAMES HOLLOWAY, HOST:"): the text's, not furniture.
_SPEAKER_LABEL = re.compile(r"\s*[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+){1,3}(?:, [A-Z][A-Z ]{1,40})?:\s*$")


def _is_short(line: str) -> bool:
    """A short line that joins the furniture beside it; a transcript's label ("MARCO RUBIO:", "Jo Roe (03:25):")
    is a turn's head, not furniture."""
    return 0 < len(line.split()) <= 3 and not _SENTENCE_END.search(line) and not _SPEAKER_LABEL.match(line) \
        and not TIMED_LABEL.fullmatch(line)


def find_regions(text: str) -> list[Region]:
    """Boilerplate and off-topic regions of a source, in text order, not overlapping."""
    lines = _lines(text)
    tail, lines = _sidebar(text, lines)
    marks = [_mark(line) for _s, _e, line in lines]
    tails = _caption_tails(lines, marks)
    heads = _caption_heads(lines, marks)
    keys = [copy_key(line) for _s, _e, line in lines]  # (what copies of a line share: read by three passes)
    mark_copies(lines, keys, marks, _is_short)
    mark_pull_quotes(lines, keys, marks)
    _caption_blocks(lines, marks)
    _stamped_caption(lines, marks)
    mark_by_layout(lines, marks)
    mark_foot(lines, keys, marks)
    mark_insets(lines, marks)
    mark_chrome(lines, marks)
    mark_ticker(lines, marks)
    mark_lists(lines, marks)
    mark_fields(lines, marks)
    _absorb_short_lines(lines, marks)
    # A trailing block after a source credit that holds no article paragraph is boilerplate.
    last_credit = max((i for i, m in enumerate(marks) if m and m[0] in ("boiler:source-credit", "boiler:comments")),
                      default=None)
    if last_credit is not None and not any(_is_paragraph(line) for _s, _e, line in lines[last_credit + 1:]):
        for index in range(last_credit + 1, len(lines)):
            if marks[index] is None:
                marks[index] = ("boiler:trailing-block", "Trailing links and navigation")
    regions = _regions(lines, marks, tails, heads)
    if tail is not None:
        if regions and _gap_is_blank(text, regions[-1].end, tail.start) and tail.kind == "boilerplate":
            regions[-1] = regions[-1].model_copy(update={"end": tail.end})
        else:
            regions.append(tail)
    return regions


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, stripped text) of every non-blank line."""
    lines: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        stripped = match.group(0).strip()
        if stripped:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            lines.append((match.start() + lead, match.start() + lead + len(stripped), stripped))
    return lines



#: The rules whose furniture may be a caption the scrape ran onto the end of a paragraph.
_CAPTION_RULES = ("boiler:caption", "boiler:credit", "boiler:caption-credit", "boiler:photo-label")
#: The rules that mark a photo credit or a caption that ends with one.
_CREDIT_RULES = (*_CAPTION_RULES, "boiler:credit-line", "boiler:credit-office", "boiler:credit-pipe",
                 "boiler:credit-label")  # ("Image credits: Health Ministry" alone below a map's caption)
#: Words of a caption (or a picture's alt text) above its credit at most.
_CAPTION_WORDS = 30
_ALT_WORDS = 20
#: A quotation of four words or more (a name in quotation marks, "“ANO” party", is no quotation).
_QUOTE_MARKS = re.compile(r"[“\"](?:[^“”\"\s]+\s+){3}")
#: What a caption says: who is seen doing what, in the present tense ("shakes hands", "arrive at"), or where
#: they stand in the picture (", right,"). A line of story reports in the past tense.
_PICTURE = re.compile(r"\b(?:(?:shakes?|shaking) hands|talks? (?:with|to)|speaks?|gestures?|poses?|listens?|greets?|"
                      r"attends?|looks? on|walks?|waves?|sits?|stands?|reacts?|embraces?|smiles?|chats?|arrives?|"
                      r"hosts?|meets?|holds?|carry|carries|leaves?|gathers?|delivers?|signs?|welcomes?|(?:is|are) seen|pictured|"
                      # a rider's or a player's picture: "X wearing the leader's jersey …", "X celebrates …"
                      r"wearing|wears|celebrat(?:es?|ing)|kiss(?:es|ing)|hugs?|hugging|rid(?:es|ing)|cross(?:es|ing) the|"
                      r"lift(?:s|ing)|rais(?:es|ing)|waving|holding|posing)\b|"
                      rf",\s(?:right|left|center|centre|second (?:right|left)),|{POSITION_MARK}|"
                      # a map's, a chart's or a figure's caption: "Map of suspected cases by district, as of …"
                      r"^(?:Map|Chart|Graph|Graphic|Infographic|Diagram)s? (?:of|showing)\b")


def _caption_lines_above(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None], index: int,
                         head: int | None, count: int, most: int) -> None:
    """Mark up to `count` lines above `index` as its caption: each unmarked, not the headline (a first line that
    ends with a full stop is no headline), `most` words at
    most, ending with a full stop or no sentence end at all (an alt text), no quotation in it, saying what a picture shows (_PICTURE)."""
    for above in range(index - 1, max(-1, index - 1 - count), -1):
        line = lines[above][2]
        if marks[above] is not None or (above == head and not line.endswith(".")) or len(line.split()) > most \
                or (not line.endswith(".") and _SENTENCE_END.search(line)) \
                or _QUOTE_MARKS.search(line) or not _PICTURE.search(line):
            return
        marks[above] = ("boiler:caption-block", "Photo caption")


def _caption_blocks(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None]) -> None:
    """A picture's caption block: a credit alone on its line ("(Presidential Press Office / AP)") has its
    caption above it, and the picture's alt text above that ("Two men shake hands in an ornate room."); a
    caption that ends with its credit ("… (AP Photo/Jane Roe)") has the alt text above it when furniture stands
    above that (a share bar). Only lines that say what a picture shows, with no quotation. One pass."""
    head = next((i for i, (_s, _e, line) in enumerate(lines[:_HEAD_LINES])
                 if len(line.split()) >= 4 and marks[i] is None), None)
    for index, mark in enumerate(marks):
        if mark is None or mark[0] not in _CREDIT_RULES or index == 0:
            continue
        line = lines[index][2]
        if len(line.split()) <= 8 and not _SENTENCE_BREAK.search(line):
            _caption_lines_above(lines, marks, index, head, 2, _CAPTION_WORDS)
        elif index >= 2 and marks[index - 2] is not None:
            _caption_lines_above(lines, marks, index, head, 1, _ALT_WORDS)


#: Someone speaking in a line: no caption's.
_SPEAKING = re.compile(r"\b(?:says?|said|told|tells|added|according)\b")
#: Words of a caption after the scrape's stamp at least (a headline says less).
_STAMPED_CAPTION_WORDS = 8


def _stamped_caption(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None]) -> None:
    """The page's first line that is no furniture, after the scrape's date stamp, a picture's caption: one
    sentence of eight words or more saying what a picture shows (_PICTURE), with its full stop, no quotation and
    nobody speaking, above a paragraph ("date 2025-05-04 X kisses her partner after winning the Tour Sunday in
    Bren."). All the line is furniture (the stamp still dates the page): the caption is no headline."""
    head = next((i for i, mark in enumerate(marks[:_HEAD_LINES]) if mark is None), None)
    if head is None or head + 1 >= len(lines) or marks[head + 1] is not None:
        return
    line = lines[head][2]
    stamp = _STAMP.match(line)
    rest = line[stamp.end():].strip() if stamp is not None else ""
    if rest.endswith(".") and len(rest.split()) >= _STAMPED_CAPTION_WORDS and _one_picture_sentence(rest) \
            and _SPEAKING.search(rest) is None and _is_paragraph(lines[head + 1][2]):
        marks[head] = ("boiler:date-stamp", "Date stamp and caption")


def _absorb_short_lines(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None]) -> None:
    """Short lines next to furniture (tag lines, menu items, author names) join it, whole runs of them:
    a pass forward takes the runs after a marked line, a pass backward those before one (linear, where
    repeating until nothing changes was quadratic on a long run)."""
    short = [_is_short(line) for _s, _e, line in lines]
    for order, step in ((range(1, len(lines)), -1), (range(len(lines) - 2, -1, -1), 1)):
        for index in order:
            neighbour = marks[index + step]
            if marks[index] is None and short[index] and neighbour:
                marks[index] = ("boiler:short-line-near-boilerplate", neighbour[1])


def _regions(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None],
             tails: dict[int, int], heads: dict[int, int]) -> list[Region]:
    """Runs of marked lines as regions, and the furniture inside an unmarked line (a date stamp that leads it,
    a caption run onto its end or its start) as its own."""
    regions: list[Region] = []
    for index, mark in enumerate(marks):
        start, end, line = lines[index]
        if mark is None:
            parts = line_parts(line)
            if index in heads:
                parts = [(0, heads[index], "boiler:caption", "Photo caption"),
                         *(part for part in parts if part[0] >= heads[index])]
            if index in tails and (not parts or parts[-1][1] <= tails[index]):
                parts.append((tails[index], len(line), "boiler:caption", "Photo caption"))
            regions.extend(Region(kind="boilerplate", label=label, start=start + a, end=start + b, origin="auto",
                                  confidence=0.9, rule=rule) for a, b, rule, label in parts)
            continue
        rule, label = mark
        previous = regions[-1] if regions else None
        if previous is not None and _adjacent(lines, marks, index):
            rules = previous.rule if rule in previous.rule.split("+") else f"{previous.rule}+{rule}"
            labels = previous.label if label in previous.label.split("; ") else f"{previous.label}; {label}"
            regions[-1] = previous.model_copy(update={"end": end, "rule": rules, "label": labels})
        else:
            regions.append(Region(kind="boilerplate", label=label, start=start, end=end, origin="auto",
                                  confidence=0.9, rule=rule))
    return regions


#: A sentence's end inside a line: after a word of four small letters at least ("Ukraine." but not "U.S.",
#: "Mr.", "Sen."), before a capital.
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{4})[.!?][\"”’)]?\s+(?=[A-Z“\"])")
#: Words of story a line holds before a caption run onto its end, for only the caption to be furniture.
_STORY_BEFORE_CAPTION = 15


def _caption_tails(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None]) -> dict[int, int]:
    """A caption the scrape ran onto the end of a paragraph ("… the surrender of Ukraine. French President X looks
    on … (AFP)"): the line is unmarked and only its last sentence, from the returned offset, is furniture, when
    fifteen words of story or more come before it. One pass over each caption-marked line."""
    tails: dict[int, int] = {}
    for index, mark in enumerate(marks):
        if mark is None or mark[0] not in _CAPTION_RULES:
            continue
        line = lines[index][2]
        last = None
        for last in _SENTENCE_BREAK.finditer(line):
            pass
        if mark[0] == "boiler:caption" and AGENCY_END.search(line) and _QUOTE_MARKS.search(line):
            # an agency's feed ends its last paragraph with the agency ("“…,” he added. (AP)"): a caption quotes
            # no one (a caption run onto a paragraph that quotes someone keeps its tail, below)
            tail = last.end() if last is not None else 0
            if _QUOTE_MARKS.search(line, tail) or "”" in line[tail:] or line.count('"', tail) % 2:
                marks[index] = None
                continue
        if last is not None and len(line[:last.start()].split()) >= _STORY_BEFORE_CAPTION \
                and _mark(line[:last.start() + 1]) is None \
                and not _opens_as_caption(line):  # not a caption of several sentences ("FILE PHOTO: …")
            if len(line[last.end():].split()) <= _CREDIT_WORDS and _one_picture_sentence(line[:last.start() + 1]):
                continue  # "X greets people at … . Photo / Getty Images": a caption's one sentence and its credit
            tails[index] = last.end()
            marks[index] = None
    return tails


#: Words of a bare credit after a caption's sentence at most ("Photo / Getty Images").
_CREDIT_WORDS = 5


#: A sentence's end inside a line, after a word or a year ("… in Lilongwe on September 24, 2025. The …").
_FIRST_BREAK = re.compile(r"(?<=[a-z]{4}|\d{4})[.!?][\"”’)]?\s+(?=[A-Z“\"])")
#: A full day with its year: "September 24, 2025", "24 September 2025".
_FULL_DAY = re.compile(rf"\b(?:{_MONTHS}[a-z]*\.?\s+\d{{1,2}},?|\d{{1,2}}\s+{_MONTHS}[a-z]*\.?,?)\s+(?:19|20)\d{{2}}\b")


def _opens_as_caption(line: str) -> bool:
    """A line ending with a credit that opens with a picture desk's sentence: who is seen doing what, in the
    present tense, and the full day ("Supporters carry a poster of X … in Lilongwe on September 24, 2025. X was
    … (Photo by Jo Roe / AFP)"): the desk's caption of several sentences, all of it furniture, where a story's
    paragraph opens in the past tense and says "on Wednesday". After a leading date stamp."""
    stamp = _STAMP.match(line)
    start = stamp.end() if stamp is not None else 0
    first = _FIRST_BREAK.search(line, start)
    sentence = line[start:first.start() + 1] if first is not None else ""
    return _FULL_DAY.search(sentence) is not None and _one_picture_sentence(sentence)


def _one_picture_sentence(text: str) -> bool:
    """One sentence saying what a picture shows (_PICTURE), no quotation in it: a caption, not a paragraph."""
    return len(text.split()) <= _CAPTION_WORDS + 10 and _SENTENCE_BREAK.search(text) is None \
        and _QUOTE_MARKS.search(text) is None and _PICTURE.search(text) is not None


def _caption_heads(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None]) -> dict[int, int]:
    """A caption and its credit run onto the start of a paragraph: the line is unmarked and only its head, to the
    credit's end (the returned offset), is furniture, when fifteen words of story or more follow. One search of
    each caption-marked line."""
    heads: dict[int, int] = {}
    for index, mark in enumerate(marks):
        if mark is None or (mark[0] not in _CAPTION_RULES and mark[0] != "boiler:caption-position"):
            continue
        head = caption_head(lines[index][2], _STORY_BEFORE_CAPTION)
        if head is not None:
            heads[index] = head
            marks[index] = None
    return heads


def _adjacent(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None], index: int) -> bool:
    return index > 0 and marks[index - 1] is not None


def _gap_is_blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()


def citable_pieces(text: str, regions: tuple[Region, ...] | list[Region]) -> list[tuple[int, int]]:
    """The one rule for what may be cited: the lines of `text` with every region (boilerplate, off-topic;
    automatic or curated) cut out. Sentences, and so every quote, event and position, come from these
    pieces only (stages._scan), so none can stand on furniture."""
    spans = sorted((r.start, r.end) for r in regions)
    pieces: list[tuple[int, int]] = []
    at = 0
    for line in _TEXT_LINE.finditer(text):
        start, end = line.start(), line.end()
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        index = at
        while index < len(spans) and spans[index][0] < end:
            r_start, r_end = spans[index]
            if r_start > start:
                pieces.append((start, r_start))
            start = max(start, r_end)
            index += 1
        if start < end and text[start:end].strip():
            pieces.append((start, end))
    return pieces


_TEXT_LINE = re.compile(r"[^\n]+")
