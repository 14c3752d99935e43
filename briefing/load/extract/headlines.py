"""A source's headline: the first line of its text that is long enough to be one and is not furniture, with the
next line when the text hard-wraps it, cut between words past HEADLINE_MAX."""

from __future__ import annotations

import re

from briefing.model import Region

_HEADLINE_SKIP = re.compile(r"^(?:\d+\s+comments?|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s*\d{4})?(?:\s+[|·•])?)$")
#: Lines that are never a headline even when nothing marked them: bylines, copyright, a date stamp,
#: menu bullets, site chrome.
_NOT_HEADLINE = re.compile(r"^(?:(?i:by)\s|©|\(c\)\s|(?i:date)\s+\d{4}-|[•·|>»]|(?i:skip to)\b|(?i:menu)\b|"
                           r"(?i:published|updated|posted)\b|(?i:sponsor(?:ed)?(?:\s+by)?)\s*:)")
#: A site's name in capitals alone on its line, four words at most ("THE DAILY LEDGER", "WORLD NEWS"): a masthead,
#: not the story's headline (a headline in capitals says more).
_MASTHEAD = re.compile(r"^(?=[^a-z]*[A-Z][^a-z]*$)[A-Z0-9&'’.-]+(?: [A-Z0-9&'’.-]+){0,3}$")
_LINE = re.compile(r"[^\n]+")
#: A report's section heading alone on its line (an organisation's page prints its tabs before the text: "At a
#: glance", "Key facts", "Summary"): the section's name, not the page's headline.
_SECTION = re.compile(r"(?i:(?:the )?(?:situation|outbreak|story|report|crisis)?\s*at a glance|description of the "
                      r"situation|(?:executive |news )?summary|key (?:facts|points|messages|findings|takeaways)|"
                      r"overview|background|introduction|(?:table of )?contents|highlights|epidemiology|"
                      r"public health response|(?:who |the )?risk assessment|(?:who )?advice|further information|"
                      r"references|related (?:links|content|stories))\s*:?")


def headline(text: str, regions: tuple[Region, ...] = ()) -> str:
    """The first line of the text long enough to be a headline and not furniture (navigation, a
    byline, a date stamp, a caption: whatever `boilerplate.find_regions` marked)."""
    spans = sorted((r.start, r.end) for r in regions if r.kind == "boilerplate")
    at = 0
    for match in _LINE.finditer(text):
        line = match.group(0).strip()
        if not line:
            continue
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        while at < len(spans) and spans[at][1] <= start:
            at += 1
        if at < len(spans) and spans[at][0] <= start and spans[at][1] >= start + len(line):
            continue  # the whole line is furniture
        if at < len(spans) and spans[at][0] <= start < spans[at][1]:
            line = text[spans[at][1]:match.end()].strip()  # a stamp before the text: what follows it
        elif at < len(spans) and start < spans[at][0] < start + len(line) <= spans[at][1]:
            line = text[start:spans[at][0]].strip()  # a stamp run onto its end ("… in ten yearsTue, 18 Mar …")
        if not line or _HEADLINE_SKIP.match(line) or len(line) < 12 or _NOT_HEADLINE.match(line) \
                or line.endswith(":") or _MASTHEAD.match(line) or _printed_twice(text, match.end(), line) \
                or _SECTION.fullmatch(line):
            continue  # (a label ending in a colon introduces what follows: "FCC Public Inspection Files:")
        return _clipped(_wrapped_on(line, text, match.end(), spans[at:at + 1]))
    return ""


def _printed_twice(text: str, end: int, line: str) -> bool:
    """The next line of the text is this short line again: an outlet's name under its logo ("The Example Post -
    UK" twice), no headline (a headline is not printed twice in a row)."""
    if len(line.split()) > 6:
        return False
    nxt = _LINE.search(text, end + 1)
    return nxt is not None and nxt.group(0).strip() == line


#: The longest headline kept: a page that prints none gives its first paragraph, cut here.
HEADLINE_MAX = 200


def _clipped(line: str) -> str:
    """`line` if it fits HEADLINE_MAX, else cut at the last word that fits and marked cut ("… shares of
    Banco…" rather than "… shares of Banco Sa"): a headline never ends inside a word."""
    if len(line) <= HEADLINE_MAX:
        return line
    head = line[:HEADLINE_MAX]
    space = head.rfind(" ")
    head = head[:space] if space > HEADLINE_MAX // 2 else head[:-1]
    return head.rstrip(" ,;:—–-") + "…"


#: The next line of a headline a text wraps at its width: it opens in lower case ("… challenging a $72" then
#: "billion offer by Netflix").
_WRAPPED = re.compile(r"\n[ \t]*([a-z][^\n]{0,150})")


def _wrapped_on(line: str, text: str, end: int, spans: list[tuple[int, int]]) -> str:
    """The headline with its next line when the text hard-wraps it there: the line ends with no sentence mark and
    the next opens in lower case, outside the furniture."""
    wrapped = _WRAPPED.match(text, end)
    if wrapped is None or line[-1] in ".!?:;”\"’)" \
            or any(start <= wrapped.start(1) < stop for start, stop in spans):
        return line
    return f"{line} {wrapped.group(1).strip()}"
