"""Furniture at a page's foot and top that reads like story (boilerplate.py calls this pass after the line rules;
issue 10, twelfth session):
  boiler:teaser        the lead printed again at the foot, cut with "…" (a share card's teaser: the first eight
                       words or more of an earlier line, then the ellipsis)
  boiler:tags-run      a tag line whose tags the scrape ran together ("KremlinPeace talksUkraine")
  boiler:languages     a switcher of language codes ("Укр Рус Eng Support Us", "EN | DE")
  boiler:date-line     a time under the headline with its zone names ("07:09 PM EDT ET", "Dec 6, 2025 7:09 PM EST ET")
  boiler:slug          the page's address slug alone on a line ("oil-depot-fire-in-the-city-breaks-out")
  boiler:follow        a prompt to follow the site ("Stay informed about … by following us")
  boiler:date-stamp    a "date 2025-01-09" stamp before a menu's name ("Left Menu", "All Sections")
  boiler:foot-block    every line after the story's last copyright line or run-together tag line, when no
                       paragraph of story is left after it (sidebar headlines, a keywords line, a counter, the
                       date again, the site's name, "View on …")
Each line is read once (a cheap test, then one match); the foot is found in one pass backwards. Linear.
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_parts import DATE_LINE, STAMP, copy_key
from briefing.load.extract.boilerplate_sidebar import is_paragraph

__all__ = ["mark_foot"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

#: Words of an earlier line a teaser repeats at least (a line's first words, cut with an ellipsis).
_TEASER_WORDS = 8
#: Where a tag ran into the next one: a small letter, then a capital that opens a word ("KremlinPeace").
#: "Mc"/"Mac" names and one-letter heads ("iPhone") are not junctions.
_JUNCTION = re.compile(r"(?<![A-Z])(?<!\bMc)(?<!\bMac)(?<=[a-zа-яіїєґ])(?=[A-ZА-ЯІЇЄҐ][a-zа-яіїєґ]{2})")
#: Language codes and short names a switcher prints (case as printed).
_LANGUAGE_CODES = frozenset(
    "EN ENG Eng En FR Fr DE De ES Es IT It RU Ru RUS Rus UA Ua UK UKR Ukr PL Pl PT Pt TR Tr AR Ar ZH Zh JA Ja "
    "Укр УКР Укp Рус РУС Eng Англ Pyc English Français Deutsch Español Русский Українська Polski Türkçe".split())
_SEPARATORS = frozenset("| / · • - – —".split())
#: A time with two or three zone names after it ("07:09 PM EDT ET"): the zones are cut and the rest is read as
#: a date line, or a time alone.
_ZONES = re.compile(r"(?:\s+\(?[A-Z]{2,5}\)?){2,3}$")
_TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?$")
_PUNCTUATION = re.compile(r"[.!?,:;\"“”]")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+){4,}/?$")
_FOLLOW = re.compile(r"^(?:Stay (?:updated|informed|tuned|up to date)|Follow us|Subscribe to our)\b.{0,80}"
                     r"\b(?:follow(?:ing)?|subscrib\w*|join\w*)\b.{0,60}\b(?:us|our)\b", re.IGNORECASE)
#: A prompt to join the site's channel, alone on its line: "JOIN US ON TELEGRAM", "Follow us on X".
_JOIN = re.compile(r"^(?:join|follow|subscribe to)\s+(?:us|our\s+\w+)\s+(?:on|in)\s+(?:Telegram|X|Twitter|Facebook|"
                   r"Instagram|WhatsApp|YouTube|TikTok|Viber|Google News)\s*[.!]?$", re.IGNORECASE)
#: A prompt to follow the site's account: "Follow our island reports on @example_news."
_FOLLOW_HANDLE = re.compile(r"^(?:Follow|Join|Subscribe)\b[^\n]{0,100}\s@[\w.]{2,40}\.?$")
#: A picture's caption that ends with a social account's credit: "… over the pier at dawn. JRoe_official/X".
_SOCIAL_CREDIT = re.compile(r"[.!?]\s+@?[\w.]{2,30}\s?/\s?(?:X|Twitter|Telegram|Facebook|Instagram|TikTok|YouTube)$")
#: A site's name and its publication date: "CNN | Published January 8, 2025".
_SITE_DATE = re.compile(r"^[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}\s*[|•·]\s*(?:Published|Updated|Posted)(?: on)?:?\s+"
                        r"(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2}|\d{1,2}\s+[A-Z][a-z]+\.?,?\s+(?:19|20)\d{2})"
                        r"(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?$")
#: A picture's number after a copy of the headline: "<headline>  - 1" (its alt text).
_PICTURE_NUMBER = re.compile(r"\s[-–]\s?\d{1,2}$")
#: A page's heading for its own news list: "Latest news from Example", "Top stories".
_NEWS_HEADING = re.compile(r"^(?:Last|Latest|Top|More) (?:news|stories|headlines)(?: (?:in|from|on|at) [A-Z][\w.'’ -]{0,30})?$")
#: A share bar's "Follow on" run into the date line: "Follow on Published On: Sun, 07 Dec 2025 09:15:00 GMT".
_FOLLOW_DATE = re.compile(r"^Follow on\s+(?:Published|Updated|Posted)(?: [Oo]n)?\s*:?\s+[^.!?]{0,40}\b(?:19|20)\d{2}\b[^.!?]{0,20}$")
#: A note that the page's audio is machine read: "Audio: this voice is AI-generated and may err."
_AI_VOICE = re.compile(r"^\W{0,4}\s*(?:Voice|Audio|This audio|Narration|Listen)\b[^.]{0,40}\bAI[- ]generated\b", re.IGNORECASE)
_MENU = re.compile(r"^(?:Left Menu|Right Menu|Main Menu|Menu|All Sections|Sections|Search)$")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright\b)\s*(?:\(c\)|©)?\s*(?:19|20)\d{2}\b|All rights reserved\b", re.IGNORECASE)
#: A sentence of story at the foot: five words or more ending as a sentence does (a teaser's "…" is no end).
_STORY_END = ('.', '!', '?', '"', '”', '’', ')')
#: Words written in camel case that are no tags run together.
_CAMEL_WORDS = frozenset("YouTube WhatsApp TikTok PlayStation JavaScript PayPal FaceTime LinkedIn OpenAI SpaceX "
                         "BlackRock DeepSeek ChatGPT GitHub FedEx McDonald McDonald's MacBook PowerPoint".split())


def mark_foot(lines: Lines, keys: list[str], marks: Marks) -> None:
    """Mark the furniture above (lines still unmarked only), then the foot block."""
    starts: dict[str, int] = {}
    anchors: list[int] = []
    story_seen = False
    seen: set[str] = set()
    for index, (_s, _e, line) in enumerate(lines):
        key = keys[index]
        if len(key.split()) >= _TEASER_WORDS:
            starts.setdefault(" ".join(key.split()[:_TEASER_WORDS]), index)
        mark = _line_mark(line, key, starts, index, story_seen) if marks[index] is None else None
        numbered = _PICTURE_NUMBER.search(line[-6:])
        if numbered is not None and marks[index] is None and key.rsplit(" ", 1)[0] in seen:
            mark = ("boiler:repeated-line", "Repeated line (a picture's alt text)")
        if len(key.split()) >= 4:
            seen.add(key)
        story_seen = story_seen or (marks[index] is None and mark is None and is_paragraph(line))
        if mark is not None:
            marks[index] = mark
        if (mark or ("",))[0] == "boiler:tags-run" or (_COPYRIGHT.match(line) and not is_paragraph(line)):
            anchors.append(index)
    _caption_copies(lines, keys, marks)
    _foot_block(lines, marks, anchors)


#: A picture credit after a caption's sentence: "Photo: Jo Roe", "Photos: Jo Roe/Example Press".
_CREDIT_AFTER = re.compile(r"^(?:Photos?|Picture|Image|Credit|Video)\s*[:/]\s*\S[^.!?]{0,60}$")


#: Lines between a picture's alt text and its caption at most.
_ALT_GAP = 2


def _caption_copies(lines: Lines, keys: list[str], marks: Marks) -> None:
    """A caption printed again with its credit run on ("<caption>. Photo: X"), where "<caption>" is a line marked
    as a caption elsewhere on the page, or the picture's alt text on a line just above or below: the whole line,
    and the alt text too (the rule for a caption run onto a paragraph's end left the sentence as story, and an
    event cited it). Keys of the lines, then one look at each unmarked line's last sentence break."""
    marked = {key for key, mark in zip(keys, marks) if mark is not None and len(key.split()) >= 4}
    for index, (_s, _e, line) in enumerate(lines):
        cut = line.rfind(". ")
        if marks[index] is not None or cut <= 0 or not _CREDIT_AFTER.match(line[cut + 2:]):
            continue
        head = copy_key(line[:cut])
        near = [j for j in range(max(0, index - _ALT_GAP), min(len(lines), index + _ALT_GAP + 1))
                if j != index and keys[j] == head and len(head.split()) >= 4]
        if head in marked or near:
            marks[index] = ("boiler:caption-copy", "Photo caption")
            for j in near:
                marks[j] = marks[j] or ("boiler:caption-copy", "Photo caption")


def _line_mark(line: str, key: str, starts: dict[str, int], index: int, story_seen: bool) -> tuple[str, str] | None:
    words = line.split()
    if line.endswith(("…", "...")) and len(key.split()) >= _TEASER_WORDS \
            and starts.get(" ".join(key.split()[:_TEASER_WORDS]), index) < index:
        return ("boiler:teaser", "Teaser (the lead again)")
    if 6 <= len(words) <= 30 and (_FOLLOW.match(line) or _FOLLOW_HANDLE.match(line)):
        return ("boiler:follow", "Follow prompt")
    if len(words) <= 45 and line[-1:].isalpha() and _SOCIAL_CREDIT.search(line[-60:]):
        return ("boiler:caption-social", "Photo caption")
    if len(words) <= 12 and _AI_VOICE.match(line):
        return ("boiler:player", "Audio player")
    if len(words) > 10:
        return None
    if _JOIN.match(line):
        return ("boiler:follow", "Follow prompt")
    if "|" in line or "•" in line or "·" in line:
        if _SITE_DATE.match(line):
            return ("boiler:date-line", "Site and date line")
    if _NEWS_HEADING.match(line) or _FOLLOW_DATE.match(line):
        return ("boiler:chrome", "Site heading or share bar")
    if _SLUG.match(line):
        return ("boiler:slug", "Page address")
    if _MENU.match(line) or (STAMP.match(line) and _MENU.match(line[STAMP.match(line).end():].strip())):
        return ("boiler:date-stamp", "Date stamp and menu")
    if story_seen and not _PUNCTUATION.search(line) \
            and sum(len(_JUNCTION.findall(w)) for w in words if w not in _CAMEL_WORDS) >= 2:
        return ("boiler:tags-run", "Tags")
    if _is_switcher(words):
        return ("boiler:languages", "Language switcher")
    if ":" in line or "." in line:
        zones = _ZONES.search(line)
        if zones is not None and zones.start() > 0:
            rest = line[:zones.start()].strip()
            if _TIME_ALONE.match(rest) or DATE_LINE.match(rest) or (DATE_LINE.match(rest + " UTC") and ":" in rest):
                return ("boiler:date-line", "Date line")
    return None


def _is_switcher(words: list[str]) -> bool:
    """Two language codes or more, every word capitalised, at most two other words ("Support Us")."""
    tokens = [w for w in words if w not in _SEPARATORS]
    codes = sum(w in _LANGUAGE_CODES for w in tokens)
    return codes >= 2 and len(tokens) - codes <= 2 and all(w[:1].isupper() for w in tokens)


def _foot_block(lines: Lines, marks: Marks, anchors: list[int]) -> None:
    """From the earliest anchor (copyright line, run-together tags) after which no unmarked paragraph stands,
    every line to the end is furniture: one pass backwards."""
    paragraph_after = [False] * (len(lines) + 1)
    for index in range(len(lines) - 1, -1, -1):
        paragraph_after[index] = paragraph_after[index + 1] or (
            marks[index] is None and lines[index][2].endswith(_STORY_END) and len(lines[index][2].split()) >= 5)
    start = next((a for a in anchors if not paragraph_after[a + 1]), None)
    if start is None:
        return
    for index in range(start, len(lines)):
        if marks[index] is None:
            marks[index] = ("boiler:foot-block", "Page foot")
