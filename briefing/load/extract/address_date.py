"""A page dated by its own address: a copy that keeps the page's address on its first line
("https://news.example/2025/6/10/gunman-kills-ten-at-a-school-in-graz") prints the day the outlet filed it under.

The address is the outlet's own and printed, so it dates a page that prints no other date, under two conditions
that keep a wrong date off the page: the day is in the path as year, month and day (or year and month) segments
("/2025/06/10/", "/2025/6/"), and the address's words are the page's: at least three words of its last segment
of four letters or more, half of them or more in the text below (by their first five letters: "verdicts" is
"verdict"). A copy whose address is another page's (a scrape
that kept a neighbouring story's link) stays undated.
"""

from __future__ import annotations

import re

from briefing.model import PartialDate

#: A page's address alone on the text's first line; the path's date segments and what follows them.
_ADDRESS = re.compile(r"[ \t\ufeff]*https?://[^\s/]+(?P<path>/[^\s?#]*)[^\s]*[ \t]*(?:\n|\Z)")
_PATH_DATE = re.compile(r"/(?P<y>(?:19|20)\d{2})/(?P<m>[01]?\d)(?:/(?P<d>[0-3]?\d))?/(?P<rest>[^\s]*)")
_SLUG_WORD = re.compile(r"[a-z]{4,}")
#: Address words that are no story's: a site's sections and a page's suffixes.
_NOT_STORY = frozenset("html shtml news article story world live update updates index amp".split())


def address_published(text: str) -> tuple[PartialDate, int, int] | None:
    """The day (or month) the page's own address files it under, with the offsets of its date segments, or None."""
    line = _ADDRESS.match(text)
    if line is None:
        return None
    found = _PATH_DATE.search(line.group("path"))
    if found is None:
        return None
    slug = found.group("rest").rstrip("/").rsplit("/", 1)[-1].lower()
    words = [w for w in _SLUG_WORD.findall(slug) if w not in _NOT_STORY]
    if len(words) < 3:
        return None  # no words to check the address against ("/2025/1018/c90000-20378986.html")
    body = text[line.end():].lower()
    if 2 * sum(1 for w in words if w[:5] in body) < len(words):
        return None  # the address is another page's
    try:
        date = PartialDate(year=int(found.group("y")), month=int(found.group("m")),
                           day=int(found.group("d")) if found.group("d") else None)
    except ValueError:
        return None
    start = line.start("path") + found.start() + 1
    end = line.start("path") + (found.end("d") if found.group("d") else found.end("m"))
    return date, start, end
