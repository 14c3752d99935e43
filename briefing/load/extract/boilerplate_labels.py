"""Furniture a page labels or repeats at its head, for boilerplate_layout.py (one pass over the lines, linear):
  boiler:caption-label   a caption under its label line ("Media caption," / "Image caption," then the caption),
                         and the picture's alt text above it that the scrape ran into its credit ("… blonde
                         hair.Image source, Agency")
  boiler:picture-control  a picture viewer's control line ("Open this photo in gallery:", "open image in gallery",
                         "View image in fullscreen", "Enlarge this image") and the caption under it
  boiler:comma-position  a caption placing its people between commas ("Party President X, center, bows after …";
                         a story never places people so): after the caption blocks, which read it as a caption
  boiler:title-copy      the page's title above its headline: the headline and the site's name after a bar
                         ("Headline | SITE NAME", then "Headline")
  boiler:beat-byline     an author's line under the headline that names only a beat ("Jo RoeOutlet Dublin
                         correspondent , Venue, City"): capitalised words, the beat's noun and a few small words
"""

from __future__ import annotations

import re

__all__ = ["mark_labelled"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

_CAPTION_LABEL = re.compile(r"(?:Media|Image|Video|Picture|Photo) caption\s*[,:]?")
#: A picture viewer's control, as a scrape keeps its text: the caption follows it.
_PICTURE_CONTROL = re.compile(r"(?i:(?:open|view|see) (?:this |the )?(?:photo|image|picture)s? in (?:the |a )?"
                              r"(?:gallery|full ?screen|slideshow)|(?:enlarge|expand|zoom in on) (?:this |the )?"
                              r"(?:photo|image|picture))\s*[:.]?")
#: A picture's alt text the scrape ran into its credit: "… hair.Image source, PA Media".
_ALT_THEN_SOURCE = re.compile(r"(?:^|[.!?])\s*(?:Image|Photo|Video|Picture) source,\s*[^.!?]{1,60}$")
#: Where someone stands in the picture, between commas after their name: "X, center, bows", "Y, second left, and".
_POSITION_COMMA = re.compile(r"[A-Z][\w’'-]+,\s+(?:cent(?:er|re)|left|right|second (?:from )?(?:left|right)|"
                             r"far (?:left|right)),\s+(?:and\s|[a-z])")
#: A caption's length at most, in words.
_CAPTION_WORDS = 40
#: The page's title: the headline, a bar and the site's name of up to four words.
_TITLE_BAR = re.compile(r"(?P<headline>.{10,}?)\s+[|–—-]\s+(?:[\w.&'’]+\s?){1,4}")
#: A beat's noun, and the small words a byline of one may hold beside capitalised words.
_BEAT = frozenset({"correspondent", "reporter", "editor", "journalist", "writer"})
_BYLINE_SMALL = _BEAT | {"senior", "chief", "political", "diplomatic", "staff", "foreign", "and", "in", "at", "of",
                         "for", "the", ",", "|"}
_HEAD_LINES = 4
_BYLINE_WORDS = 14


def mark_labelled(lines: Lines, marks: Marks) -> None:
    """Mark, in `marks`, the labelled captions, the title above the headline and a beat's byline."""
    count = len(lines)
    for index in range(count):
        line = lines[index][2]
        if marks[index] is None and len(line.split()) <= _CAPTION_WORDS and _POSITION_COMMA.search(line):
            marks[index] = ("boiler:comma-position", "Photo caption")
        if _PICTURE_CONTROL.fullmatch(line):
            rule = ("boiler:picture-control", "Photo caption")
        elif _CAPTION_LABEL.fullmatch(line):
            rule = ("boiler:caption-label", "Photo caption")
        else:
            continue
        marks[index] = marks[index] or rule
        if index + 1 < count and marks[index + 1] is None and len(lines[index + 1][2].split()) <= _CAPTION_WORDS:
            marks[index + 1] = rule
        if index >= 1 and marks[index - 1] is None and _ALT_THEN_SOURCE.search(lines[index - 1][2][-80:]):
            marks[index - 1] = ("boiler:caption-label", "Photo caption")
    if count >= 2 and marks[0] is None and (bar := _TITLE_BAR.fullmatch(lines[0][2])) \
            and bar.group("headline").strip() == lines[1][2]:
        marks[0] = ("boiler:title-copy", "Headline copy")
    for index in range(1, min(count, _HEAD_LINES)):
        line = lines[index][2]
        if marks[index] is None and _beat_byline(line):
            marks[index] = ("boiler:beat-byline", "Caption or byline")


def _beat_byline(line: str) -> bool:
    """Capitalised words, a beat's noun and small words only, no sentence's end ("Jo RoeOutlet Dublin
    correspondent , Venue, City")."""
    words = line.replace(",", " , ").split()
    if not words or len(words) > _BYLINE_WORDS + 4 or line.rstrip()[-1:] in ".!?\"”":
        return False
    small = [w for w in words if not w[:1].isupper()]
    return any(w in _BEAT for w in small) and all(w in _BYLINE_SMALL for w in small)
