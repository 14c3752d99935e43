"""The line rules' driver: whether one line of a page is furniture, and by which rule (boilerplate_rules.py).

A cheap filter first (`_may_match_a_rule`: most lines of a text are long and match none), then the rules, a
long line on its head and tail only. Split out of boilerplate.py (the passes over a page's lines stay there).
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_captions import AGENCY_NAMES as _AGENCY_NAMES
from briefing.load.extract.boilerplate_captions import POSITION_MARK
from briefing.load.extract.boilerplate_parts import DATE_LINE as _DATE_LINE
from briefing.load.extract.boilerplate_parts import STAMP as _STAMP
from briefing.load.extract.boilerplate_rules import LINE_RULES as _LINE_RULES

_BYLINE = next(pattern for rule, _label, pattern in _LINE_RULES if rule == "boiler:byline")
_AUTHOR_AGENCY = next(pattern for rule, _label, pattern in _LINE_RULES if rule == "boiler:author-agency")
_TIMESTAMP = next(pattern for rule, _label, pattern in _LINE_RULES if rule == "boiler:timestamp")
#: A date stamp some scrapes put before the text ("date 2025-02-17 Putin says …"): only the stamp is furniture.
#: Lines short enough to be furniture are tried against every rule; a longer line only when it may be
#: a caption (ends with a credit) or carries an ad's words (most lines of a text are long and match none).
_SHORT = 12
#: What a line holds (lowercased) for a costly rule to be tried on it at all.
_NEEDS = {
    "boiler:credit": ("/", "—", "|", "photo", "credit"),
    "boiler:author-bio": (" is ",),
    "boiler:caption-form": (" on ",),
    "boiler:caption-present": (" 19", " 20"),
    "boiler:photo-label": ("photo", "picture", "image", "credit"),
    "boiler:newsletter": ("newsletter", "cookie", "accept", "privacy", "terms of", "alerts", "inbox", "mail",
                          "notifications"),
    "boiler:shared-post": ("t.co/",),
    "boiler:contributor": ("contributed",),
    "boiler:author-reports": ("reports ", "writes ", "reporting ", "writing "),
    "boiler:credit-role": (" by ",),
    "boiler:newsletter-box": ("newsletter", "podcast", "sign up", "unlock", "get ", "receive", "inbox"),
    "boiler:masthead": ("©", "(c)", "copyright", "rights reserved", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
    "boiler:player": ("javascript", "browser", "video"),
    "boiler:credit-label": ("credit",),
    "boiler:ad": ("click", "subscribe", "sign up", "advert", "sponsor", "order", "among the first", "recommended",
                  "promoted", "partner", "patreon", "journalism", "your support", "your donation"),
}
#: What a line must show for some rules to be tried on it at all (most lines show none of it).
_GATES = {
    "boiler:credit-line": lambda probe: len(probe) <= 80 and ("/" in probe or probe.rstrip(" .)").endswith(_AGENCY_NAMES)),
    "boiler:caption-credit": lambda probe: probe.endswith((")", ").")) or probe[:4].lower() == "file",
    "boiler:signoff": lambda probe: len(probe) <= 60 and "/" in probe,
    "boiler:ad-slot": lambda probe: probe.startswith("["),
    "boiler:credit-office": lambda probe: len(probe) <= 80 and " / " in probe,
    "boiler:caption-dated": lambda probe: probe[:1].isdigit(),
    "boiler:credit-pipe": lambda probe: "|" in probe[-60:],
}
#: The characters at a line's end a photo credit is looked for in.
_CREDIT_TAIL = 120
#: Characters of a line the rules read: all of a line this long, else its head and tail.
_PROBE = 300
#: How a long line a rule may match begins (read at the start of the line only).
_LONG_STARTS = re.compile(r"Welcome to |READ |SOURCE|Source|Disclaimer|DISCLAIMER|RELATED|Related|Read |SEE ALSO|See also|ALSO READ|Also [Rr]ead|MORE|More|"
                          r"WATCH|Watch|LISTEN|Listen|Recommended|RECOMMENDED|Be the first|Leave a |Comment|Add a comment|"
                          r"Join the conversation|Follow|FILE PHOTO:|(?:Figure|FIGURE|Fig\.|Table|TABLE|Chart|Map|Graph|Graphic) \d|FILE [-–—] |If you or someone you know |Photo|PHOTO|Image|Picture|Video|Credit|\(?(?:Reporting|Additional reporting|Writing|Editing|Compiled) by|©|\(c\)|Copyright|\[|"
                          r"(?i:by|published|updated|posted|last updated|broadcast|aired|filed|dated?|share |follow us|print this|this audio|"
                          r"listen to|this is a developing)\b|(?:Write|Rewrite|Paraphrase) (?:an?|this|the following) |Tags|TAGS|Topics|Skip |SKIP |(?:Now )?Reading:|(?:This|Our) (?:live )?(?:blog|live page)\b")
_CAPTION_ENDS = (*_AGENCY_NAMES, "Rights", "File Photo", "file photo")
#: Cheap filters for the caption form and the author line (their rules read the whole line).
_CAPTION_TAIL = re.compile(r"\b(?:19|20)\d{2}\s+in\s+[A-Z][^.!?]{1,70}\.$|"
                           r"\b(?:19|20)\d{2}\.\s+[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}\s+for\s+[A-Z][^.!?]{1,60}$")
#: A caption's full day near its end: "… on April 26, 2025." or "… on April 26, 2025, at the Vatican."
_CAPTION_DAY = re.compile(r"(?:\b\d{1,2},|\bon\s+\d{1,2}\s+[A-Z][a-z]+)\s+(?:19|20)\d{2}\b[^.!?]{0,60}\.(?:\s+-)?$")
_BIO = re.compile(r"(?:[A-Z][\w.'’-]+\s){1,3}is\s+(?:the|The|a|an)\s")


#: A picture desk's caption opens with a place in capitals: "OTTAWA, CANADA - APRIL 28: …".
_DESK_HEAD = re.compile(r"[A-Z][A-Z.'’ -]{1,30},\s+[A-Z]{2}")


def _may_match_a_rule(line: str) -> bool:
    """True for every line a rule matches (and some others): cheaper than trying every rule."""
    if line.count(" ") < _SHORT or _LONG_STARTS.match(line) or line[:1] in ".#@{" or line.endswith(")") or _CAPTION_TAIL.search(line[-60:]) \
            or (line[-1] in ".-" and _CAPTION_DAY.search(line[-80:])) \
            or _BIO.match(line) or (line[1:2].isupper() and _DESK_HEAD.match(line)) \
            or line.rstrip(" .").endswith(_CAPTION_ENDS) or (line[0].isdigit() and ("/" in line[:6] or ":" in line[3:24])) \
            or "|" in line[-60:] or "/" in line[:40] or "/" in line[-40:] or _POSITION_MARK.search(line) or _DAY_AT_END.search(line[-20:]):
        return True
    if " > " in line[:120] or "›" in line[:120] or "»" in line[:120] or "agency «" in line[:40]:
        return True  # a breadcrumb trail ("Site > World > <the headline>"), an agency's masthead
    if "ı" in line or "ſ" in line or "İ" in line:
        return True  # IGNORECASE reads them as i and s, lower() does not: let the rules decide
    probe = line if len(line) <= _PROBE else f"{line[:_PROBE // 3]}\n{line[-2 * _PROBE // 3:]}"
    lowered = probe.lower()
    return any(word in lowered for word in _AD_WORDS)


#: A caption that ends on its full day, with no full stop: "… in Kyiv, Ukraine, February 20, 2025".
_DAY_AT_END = re.compile(r"\b\d{1,2},\s+(?:19|20)\d{2}$")
#: A picture's position mark after a name: "(L)", "(R)", "(left)".
_POSITION_MARK = re.compile(POSITION_MARK)


_AD_WORDS = ("click here", "subscribe", "sign up", "inbox", "unlock", "t.co/", "contributed", "reports from",
             "writes from", "podcast", "written by", "edited by", "advertisement", "sponsored", "newsletter", "cookie",
             "licensing",
             "pre-order", "preorder", "among the first", "all rights reserved", "(not in pic", "(pictured)", "file photo",
             "photo:", "image:", "with ai", "developing story", "patreon", "javascript", "your browser", "credit:", "credits:",
             "your support helps", "your donation allows")




#: A line after a date stamp that opens with a photographer and a picture desk and ends as a credit ("date
#: 2025-03-05 Jo Roe/Getty Images/AFP (Photo by Jo Roe / … via AFP)"), however long: a story's paragraph opens
#: and ends otherwise.
_CREDIT_FIRST = re.compile(r"(?:[A-Z][\w.'’-]*[ \u00a0]?){1,4}[ \u00a0]?/[ \u00a0]?(?:" + "|".join(
    re.escape(name) for name in sorted(_AGENCY_NAMES, key=len, reverse=True)) + ")")
_CREDIT_RULES = frozenset({"boiler:caption-credit", "boiler:credit-line", "boiler:credit-lead"})
#: A picture's label opening what follows a date stamp: the lead picture's credit and caption ("date 2025-04-29
#: Photo: THE EXAMPLE PRESS/Jo Roe Mayor X greets …"); a story's paragraph or headline never opens so.
_PICTURE_LABEL = re.compile(r"(?:Photo(?:graph)?s?|Image|Picture|PHOTOS?|IMAGE)\s*(?:[Cc]redit)?\s*:\s*\S")


def mark_line(line: str) -> tuple[str, str] | None:
    """(rule, label) of the first rule that marks the line as furniture, if any."""
    if not _may_match_a_rule(line):
        return None
    if _DATE_LINE.match(line):
        return ("boiler:date-line", "Date line")
    stamp = _STAMP.match(line)
    if stamp is not None:
        rest = line[stamp.end():].strip()
        if _BYLINE.match(rest) or _TIMESTAMP.match(rest) or _DATE_LINE.match(rest) or _AUTHOR_AGENCY.match(rest) \
                or (len(rest.split()) <= 12 and mark_line(rest) is not None) \
                or (_CREDIT_FIRST.match(rest) and (credit := mark_line(rest)) is not None
                    and credit[0] in _CREDIT_RULES) or _PICTURE_LABEL.match(rest):
            # "date 2025-03-02 By Alex Doe and Jo Roe", "date 2025-07-18 Updated July 18, 2025 at 8:38 PM CDT",
            # "date 2025-02-15 This audio is created with AI assistance" (a short line of furniture after it),
            # "date 2025-03-05 Jo Roe/Getty Images/AFP (Photo by Jo Roe / … via AFP)" (a credit however long),
            # "date 2025-04-29 Photo: THE EXAMPLE PRESS/Jo Roe Mayor X greets …" (a labelled picture's caption)
            return ("boiler:date-stamp", "Date stamp and byline")
    # Furniture shows at a line's start or end (a credit, a link's lead word): a long line is tried
    # on its head and tail only, so an ad's words in the middle of a paragraph do not make it furniture.
    probe = line if len(line) <= _PROBE else f"{line[:_PROBE // 3]}\n{line[-2 * _PROBE // 3:]}"
    lowered = probe.lower()
    for rule, label, pattern in _LINE_RULES:
        needs = _NEEDS.get(rule)
        if needs is not None and not any(word in lowered for word in needs):
            continue
        if rule == "boiler:credit" and not probe.rstrip(" .)").endswith(_AGENCY_NAMES):
            continue
        gate = _GATES.get(rule)
        if gate is not None and not gate(probe):
            continue
        if pattern.search(probe[-_CREDIT_TAIL:] if rule == "boiler:credit" else probe):
            return (rule, label)
    return None

