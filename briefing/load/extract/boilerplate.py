"""Boilerplate and off-topic stretches: link lines, credits, captions, comment prompts, sidebars.

Line rules only, each with its name (e.g. "boiler:read-full-article"). A short line (three words or
fewer, no sentence punctuation) next to boilerplate joins it (tag lines, navigation). A sidebar heading
("Related articles", "You may also like") turns the rest of the file into one region: off-topic when it
still holds article-like paragraphs (another story), boilerplate when it holds only links.
"""

from __future__ import annotations

import re

from briefing.model import Region

_LINE = re.compile(r"[^\n]*")
#: (rule, label, pattern) for a whole line, matched case-sensitively after stripping.
_LINE_RULES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (rule, label, re.compile(pattern))
    for rule, label, pattern in (
        ("boiler:read-full-article", "'Read full article' link", r"^READ (?:THE )?FULL (?:ARTICLE|STORY)\b"),
        ("boiler:source-credit", "Source credit", r"^(?:SOURCE|Source)\s*:\s*\S"),
        ("boiler:related-link", "'Related' link", r"^(?:RELATED|Related|READ MORE|Read more|SEE ALSO|See also)\s*:\s*\S"),
        ("boiler:comments", "Comment prompt", r"^(?:\d+\s+comments?|Be the first to comment\b.*|Leave a (?:Reply|Comment)\b.*|"
                                               r"Comments?|Add a comment\b.*|Join the conversation\b.*)$"),
        ("boiler:caption", "Photo caption", r"(?:Purchase Licensing\s+Rights|^FILE PHOTO:|/File Photo$|"
                                             r"\((?:[^()]*[/ ])?(?:Pool )?Photo(?: via [A-Z]\w*)?\)$|"
                                             r"^Photo(?:graph)?\s*:|(?:AFP|AP|Reuters|Getty Images) file photo\.?$)"),
        ("boiler:initials", "Author initials", r"^\[[A-Z]{1,5}\]$"),
        ("boiler:ad", "Advertising", r"(?i:click here|subscribe (?:now|to)|sign up for|advertisement\b|sponsored\b)"),
        ("boiler:share", "Share buttons", r"^(?i:share (?:this|on)|follow us|print this)\b"),
        ("boiler:tags", "Tags", r"^(?:Tags|TAGS|Topics)\s*:?$"),
    )
)
#: How every rule's line begins, when it must begin a certain way (read at the start of the line only).
_RULE_STARTS = re.compile(r"READ |SOURCE|Source|RELATED|Related|Read more|SEE ALSO|See also|\d|Be the first|"
                          r"Leave a |Comment|Add a comment|Join the conversation|FILE PHOTO:|Photo|\[|"
                          r"(?i:share |follow us|print this)|Tags|TAGS|Topics")
#: What a line matched by the rules that may match anywhere in it (a caption, an ad) holds or ends with.
_CAPTION_ENDS = (")", "File Photo", "file photo", "file photo.")
_AD_WORDS = ("click here", "subscribe ", "sign up for", "advertisement", "sponsored")


def _may_match_a_rule(line: str) -> bool:
    """True for every line a rule matches (and some others): most lines match none, and this is much
    cheaper than trying the rules, two of which search the whole line."""
    if _RULE_STARTS.match(line) or "Licensing" in line or line.endswith(_CAPTION_ENDS):
        return True
    if "ı" in line or "ſ" in line or "İ" in line:
        return True  # IGNORECASE reads them as i and s, lower() does not: let the rules decide
    lowered = line.lower()
    return any(word in lowered for word in _AD_WORDS)
_SIDEBAR = re.compile(r"^(?:Related articles|Related stories|Related news|You may also like|More from|"
                      r"Most read|Most popular|Popular|Recommended|Editor['’]s choice|Read next)\s*:?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…\"”’)]\s*$")


def _is_short(line: str) -> bool:
    return 0 < len(line.split()) <= 3 and not _SENTENCE_END.search(line)


def _is_paragraph(line: str) -> bool:
    return len(line.split()) >= 12 and bool(_SENTENCE_END.search(line))


def find_regions(text: str) -> list[Region]:
    """Boilerplate and off-topic regions of a source, in text order, not overlapping."""
    lines: list[tuple[int, int, str]] = []
    for match in _LINE.finditer(text):
        stripped = match.group(0).strip()
        if stripped:
            lead = len(match.group(0)) - len(match.group(0).lstrip())
            lines.append((match.start() + lead, match.start() + lead + len(stripped), stripped))
    marks: list[tuple[str, str] | None] = [None] * len(lines)
    tail: Region | None = None
    for index, (start, _end, line) in enumerate(lines):
        if _SIDEBAR.match(line) and index > 0:
            rest = [entry[2] for entry in lines[index + 1:]]
            offtopic = any(_is_paragraph(r) for r in rest)
            tail = Region(kind="offtopic" if offtopic else "boilerplate",
                          label=f"'{line}' sidebar" + (": other stories" if offtopic else ""),
                          start=start, end=len(text.rstrip()), origin="auto",
                          confidence=0.8 if offtopic else 0.9,
                          rule="offtopic:sidebar" if offtopic else "boiler:sidebar-links")
            lines = lines[:index]
            marks = marks[:index]
            break
        if not _may_match_a_rule(line):
            continue
        for rule, label, pattern in _LINE_RULES:
            if pattern.search(line):
                marks[index] = (rule, label)
                break
    # Short lines next to boilerplate (tag lines, navigation) join it; repeat so runs are absorbed.
    changed = True
    while changed:
        changed = False
        for index, (_s, _e, line) in enumerate(lines):
            if marks[index] is None and _is_short(line):
                neighbour = (index > 0 and marks[index - 1]) or (index + 1 < len(lines) and marks[index + 1])
                if neighbour:
                    marks[index] = ("boiler:short-line-near-boilerplate", neighbour[1])
                    changed = True
    # A trailing block after a source credit that holds no article paragraph is boilerplate.
    last_credit = max((i for i, m in enumerate(marks) if m and m[0] in ("boiler:source-credit", "boiler:comments")),
                      default=None)
    if last_credit is not None and not any(_is_paragraph(line) for _s, _e, line in lines[last_credit + 1:]):
        for index in range(last_credit + 1, len(lines)):
            if marks[index] is None:
                marks[index] = ("boiler:trailing-block", "Trailing links and navigation")
    regions: list[Region] = []
    for index, mark in enumerate(marks):
        if mark is None:
            continue
        start, end, _line = lines[index]
        rule, label = mark
        previous = regions[-1] if regions else None
        if previous is not None and _adjacent(lines, marks, index):
            rules = previous.rule if rule in previous.rule.split("+") else f"{previous.rule}+{rule}"
            labels = previous.label if label in previous.label.split("; ") else f"{previous.label}; {label}"
            regions[-1] = previous.model_copy(update={"end": end, "rule": rules, "label": labels})
        else:
            regions.append(Region(kind="boilerplate", label=label, start=start, end=end, origin="auto",
                                  confidence=0.9, rule=rule))
    if tail is not None:
        if regions and _gap_is_blank(text, regions[-1].end, tail.start) and tail.kind == "boilerplate":
            regions[-1] = regions[-1].model_copy(update={"end": tail.end})
        else:
            regions.append(tail)
    return regions


def _adjacent(lines: list[tuple[int, int, str]], marks: list[tuple[str, str] | None], index: int) -> bool:
    return index > 0 and marks[index - 1] is not None


def _gap_is_blank(text: str, start: int, end: int) -> bool:
    return not text[start:end].strip()
