"""Furniture inside a line of story: a date stamp that leads it, a date line the scrape glued to its end,
footnote markers. boilerplate.py marks whole lines; these are the pieces of an unmarked line it marks too."""

from __future__ import annotations

import html
import re

from briefing.load.extract.boilerplate_chrome import view_on_tail
from briefing.load.extract.boilerplate_lists import promo_tail
from briefing.load.extract.printed_shapes import HEADLINE_STAMP

#: Languages a page offers itself in, as its switcher names them.
LANGUAGES = ("English|Français|Francais|French|Español|Espanol|Spanish|Deutsch|German|Italiano|Português|Portugues|"
              "Русский|Русский язык|Russian|Українська|Ukrainian|العربية|Arabic|中文|简体中文|繁體中文|Chinese|日本語|한국어|"
              "Türkçe|Turkish|Polski|Nederlands|فارسی|עברית|हिन्दी|Bahasa Indonesia|Bahasa Melayu|Kiswahili|Srpski|Română")
MONTHS = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+"
_TIME = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?"
#: A line that is a date, perhaps with its weekday and time, and nothing else ("February 12, 2025, 4:38 PM ET",
#: "18-02-2025 | 09:48", "18 March 2025 09:05 (UTC+03:00)"), or the time first ("12:47 PM – Tuesday, December 2, 2025").
DATE_LINE = re.compile(
    r"^[\[(]?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
    r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"
    r"(?:,?\s+(?:19|20)\d{2})?(?:,?\s*(?:[|–—-]\s*)?(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?:,?\s*\(?[A-Z]{2,4}(?:[+-]\d{1,2}(?::?\d{2})?)?\)?)?)?[\])]?$"
    r"|^(?:(?:19|20)\d{2}-\d{2}-\d{2}(?:T[\d:.+Z-]+|[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[A-Z]{2,4})?)?|\d{1,2}[-./]\d{1,2}[-./](?:19|20)\d{2}"
    rf"(?:,?\s*(?:[|–—]\s*)?{_TIME})?)$"
    rf"|^{_TIME}\s*[|–—,-]?\s*(?:{_WEEKDAY})?(?:{MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|"
    rf"\d{{1,2}}\s+{MONTHS}[a-z]*\.?,?\s+(?:19|20)\d{{2}}|\d{{1,2}}[-./]\d{{1,2}}[-./](?:19|20)\d{{2}})$")
_ENTITY_OR_STAMP = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8});|^(?i:date)\s*:?\s*(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b")
_NOT_ALNUM = re.compile(r"[\W_]+")


def copy_key(line: str) -> str:
    """What two copies of a line share, to tell a copy (boilerplate._mark_copies): its letters and digits in
    lower case, without a leading "date 2025-02-17" stamp and with HTML entities read ("Trump&#39;s" is
    "Trump's"), so a headline printed once with the scrape's stamp or an entity and once without is one."""
    if "&" in line or line[:4].lower() == "date":
        line = _ENTITY_OR_STAMP.sub(lambda m: html.unescape(m.group(0)) if m.group(0)[0] == "&" else " ", line)
    return _NOT_ALNUM.sub(" ", line).strip().lower()


#: A leading "date 2025-02-17" stamp, or a machine's timestamp before the headline ("Tue Jul 22 08:15:02 UTC 2025:").
#: (A stamp of the month alone, "date 2025-02", too.)
STAMP = re.compile(r"^(?i:date)\s*:?\s*(?:19|20)\d{2}-\d{2}(?:-\d{2})?\b|"
                   r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} {1,2}\d{1,2} \d{1,2}:\d{2}:\d{2}(?: [A-Z]{2,5})? (?:19|20)\d{2}:?")
#: A day the scrape glued to the start of the story's first line: "14-02-2025Trade, defence and …".
_GLUED_DAY = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2}(?=[A-Z])")
#: A site's address the scrape glued to the start of a paragraph: "example.com.trThe announcement came …".
_GLUED_SITE = re.compile(r"^(?:www\.)?[a-z0-9-]{2,40}(?:\.[a-z]{2,6}){1,2}(?=[A-Z][a-z])")
_YEAR_DATE = rf"(?:{_WEEKDAY})?(?:{MONTHS}[a-z]*\.?\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{MONTHS}[a-z]*\.?,?\s+(?:19|20)\d{{2}})"
#: A date line glued to the end of a headline by the scrape: "…dealPublished January 15, 2025last updated …".
_GLUED_TIMESTAMP = re.compile(
    rf"(?<=[a-z.!?’”\"'])(?:Published|Updated|Posted|Last updated|First published)(?: on)?:?\s*{_YEAR_DATE}"
    rf"(?:,?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?)?(?:\s*(?:[Ll]ast )?[Uu]pdated(?: on)?:?\s*{_YEAR_DATE}"
    rf"(?:,?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?)?)?\s*$")
#: A source credit run onto the end of the story's last paragraph: "… from Russia and China. Source: Reuters".
_SOURCE_TAIL = re.compile(r"(?<=[.!?”\"])\s+(?:Source|SOURCE)\s*:\s*[A-Z][\w.&'’-]*(?:\s[A-Z][\w.&'’-]*){0,3}\.?$")
#: A wire's reporting credit run onto the end of the story's last paragraph: "… in March. (Reporting by Jo Roe;
#: Editing by Ann Doe)" (after a sentence's end; the bracket holds no other bracket and closes the line).
_WIRE_TAIL = re.compile(r"(?<=[.!?”\"’])\s+\((?:Reporting|Additional reporting|Writing|Editing|Compiled) by\b"
                        r"[^()\n]{1,200}\)$")
#: A link to another story in brackets at a paragraph's end: "… on all oil.” (RELATED: Senators Weigh A New Bill)"
#: (after a sentence's end; a label in capitals and a colon; the bracket holds no other bracket and closes the line).
_LINK_TAIL = re.compile(r"(?<=[.!?”\"’])\s+\((?:RELATED|READ MORE|READ ALSO|ALSO READ|SEE ALSO|WATCH|MORE)\s?:"
                        r"[^()\n]{1,200}\)$")
#: A copyright line the scrape glued to the end of the last paragraph: "… reports say.Copyright(c) 2025 Example
#: News. All Rights Reserved".
_COPYRIGHT_TAIL = re.compile(r"(?<=[.!?”\"’])\s*(?:Copyright\s*(?:\(c\)|©)?|©|\(c\))\s*(?:19|20)\d{2}\b[^\n]{0,150}$")
#: A note to readers inside a paragraph, its sentence alone: "Editor's note: An earlier version …", "This story
#: will be updated …", "This is a developing story."
_NOTICE = re.compile(r"(?:(?<=[.!?”\"’])\s+|^)(?:Editor[’']s [Nn]ote\s*:[^\n]{0,300}?[.!?](?=\s+[A-Z“\"]|\s*$)|"
                     r"This (?:story|article|report|page) (?:will be|is being|may be) updated\b[^.!?\n]{0,120}[.!?]?|"
                     r"This is a (?:developing|breaking) (?:news )?story\b[^.!?\n]{0,120}[.!?]?)")
#: A wire dateline and the author after it on one line: "Panama City, Feb 2 (EFE).- By Ana Roe i Puig" (the
#: dateline is the story's: it dates it; the byline is furniture).
_DATELINE_BYLINE = re.compile(
    r"[A-Z][\w.'’ -]{1,40},\s+[^()]{1,30}\((?:[A-Z][A-Za-z-]{1,10})\)\s*\.?\s*[-–—]+\s*"
    r"(?P<byline>By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|i|y|e|de|da|del|di|van|von|der|and|&)){0,7})\s*$")
#: An agency's or a site's tag leading a paragraph: "(MENAFN) Ukraine's negotiator …", "(Example News) – The
#: House …" (the tag alone, with its dash).
_AGENCY_LEAD = re.compile(r"\((?:[A-Z]{2,8}|(?:[A-Z][\w.&'’-]*\s){1,3}(?:News|Times|Post|Herald|Journal|Tribune|"
                          r"Gazette|Telegraph|Press|Wire|Daily|Today|Media))\)(?:\s*[-–—](?=\s))?(?=\s+[A-Z“\"‘])")
#: A "Read full article:" link whose text (the headline) the scrape glued to the story's first words: "Read full
#: article: Leader concedes defeat in runoffThe candidate of …" (the link, up to the glue).
_READ_FULL = re.compile(r"^(?:Read|READ) (?:the |THE )?(?:full|FULL) (?:article|story|ARTICLE|STORY)\s*:\s*"
                        r"[^\n]{5,200}?[a-z.!?’”'\"](?=[A-Z][a-z])")
#: A live story's label in capitals leading a paragraph, perhaps with its day or time: "UPDATED with latest:",
#: "UPDATE, 3:45 PM PT:", "PREVIOUS, Jan. 17:", "EARLIER:" (the label alone; the paragraph is the story's).
_UPDATE_LEAD = re.compile(r"(?:UPDATED?(?: with latest| with more)?|PREVIOUSLY|PREVIOUS|EARLIER)"
                          rf"(?:,\s*(?:{MONTHS}[a-z]*\.?\s+\d{{1,2}}|\d{{1,2}}\s+{MONTHS}[a-z]*\.?)(?:,\s*(?:19|20)\d{{2}})?)?"
                          rf"(?:,?\s*{_TIME})?\s*:(?=\s+[A-Z“\"‘])")
#: A share button's word the scrape glued to the end of a paragraph: "… the message says. Share"; or a button
#: that unfolds the rest: "… the chancellor refused. Show more" ("Read more", "See more").
_SHARE_TAIL = re.compile(r"(?<=[.!?”\"’])\s+(?P<button>Share|SHARE|(?:Show|Read|See) more|(?:SHOW|READ|SEE) MORE)$")
_BUTTON_ENDS = ("Share", "SHARE", " more", " MORE")
#: Reference markers a scrape keeps from a page's footnotes: "….[5][6]", "…peace.”[1]".
_REFERENCES = re.compile(r"(?<=[\w.!?”’\")])(?:\[\d{1,3}\])+")


def line_parts(line: str) -> list[tuple[int, int, str, str]]:
    """Furniture inside a line of text, as (start, end, rule, label) within the line: a date stamp, a site's
    address or a live story's update label ("UPDATED with latest:") before the text, a date line glued to its end, a source credit run onto it ("… Source: Reuters") or a
    wire's reporting credit ("… (Reporting by …)"), footnote markers, a
    byline after a wire dateline (the dateline is the story's: it dates it). Each read once, at the line's
    head or tail (the markers only in a line that has a bracket)."""
    parts: list[tuple[int, int, str, str]] = []
    stamp = STAMP.match(line) or _GLUED_DAY.match(line)
    if stamp is not None:
        parts.append((0, stamp.end(), "boiler:date-stamp", "Date stamp"))
    elif (site := _GLUED_SITE.match(line)) is not None:
        parts.append((0, site.end(), "boiler:site-name", "Site name"))
    elif line[:1] == "(" and (tag := _AGENCY_LEAD.match(line)) is not None:
        parts.append((0, tag.end(), "boiler:agency-tag", "Agency credit"))
    elif line[:4] in ("Read", "READ") and (link := _READ_FULL.match(line)) is not None:
        parts.append((0, link.end(), "boiler:read-full-article", "'Read full article' link"))
    elif line[:2] in ("UP", "PR", "EA") and (label := _UPDATE_LEAD.match(line)) is not None:
        parts.append((0, label.end(), "boiler:update-label", "Update label"))
    if "[" in line:
        parts.extend((m.start(), m.end(), "boiler:references", "Footnote markers") for m in _REFERENCES.finditer(line))
    tail_at = max(0, len(line) - 160)
    glued = _GLUED_TIMESTAMP.search(line, tail_at)
    if glued is not None and glued.start() > (parts[-1][1] if parts else 0):
        parts.append((glued.start(), glued.end(), "boiler:timestamp", "Date line"))
    elif ":" in line[-24:] and (stamped := HEADLINE_STAMP.match(line)) is not None \
            and stamped.start("stamp") > (parts[-1][1] if parts else 0):
        # a headline's page timestamp: "… set to meet again Thursday, March 6, 2025 7:41:00 PM"
        parts.append((stamped.start("stamp"), stamped.end("stamp"), "boiler:timestamp", "Date line"))
    if "By " in line[:120] and "(" in line[:80]:
        byline = _DATELINE_BYLINE.match(line)
        if byline is not None and byline.start("byline") >= (parts[-1][1] if parts else 0):
            parts.append((byline.start("byline"), byline.end("byline"), "boiler:byline", "Byline"))
    _credit_tails(line, parts)
    if line.endswith(_BUTTON_ENDS) and (share := _SHARE_TAIL.search(line, max(0, len(line) - 14))) is not None \
            and share.start() > (parts[-1][1] if parts else 0):
        parts.append((share.start("button"), share.end(), "boiler:share", "Share button"))
    if (promo := promo_tail(line)) is not None and promo[0] > (parts[-1][1] if parts else 0):
        parts.append((*promo, "boiler:promo", "Link to elsewhere"))  # "… Follow this blog for …" (boilerplate_lists)
    if "s note" in line or "s Note" in line \
            or ("This " in line and ("updated" in line or "developing" in line or "breaking" in line)):
        parts.extend(_notices(line, parts))
    if (view := view_on_tail(line)) is not None and view > max((b for _a, b, _r, _l in parts), default=0):
        parts.append((view, len(line), "boiler:view-on", "Link to the site"))
    return sorted(parts)


def _credit_tails(line: str, parts: list[tuple[int, int, str, str]]) -> None:
    """Credits and links run onto a line's end, after what `parts` holds: a source ("… Source: Reuters"), a wire's
    reporting credit ("… (Reporting by …)"), a 'Related' link in brackets, a copyright line."""
    if "Source" in line[-60:] or "SOURCE" in line[-60:]:
        source = _SOURCE_TAIL.search(line, max(0, len(line) - 60))
        if source is not None and source.start() > (parts[-1][1] if parts else 0):
            parts.append((source.start() + len(source.group(0)) - len(source.group(0).lstrip()), source.end(),
                          "boiler:source-credit", "Source credit"))
    if line.endswith(")") and " by " in line[-240:]:
        wire = _WIRE_TAIL.search(line, max(0, len(line) - 240))
        if wire is not None and wire.start() > (parts[-1][1] if parts else 0):
            parts.append((wire.start() + len(wire.group(0)) - len(wire.group(0).lstrip()), wire.end(),
                          "boiler:wire-credit", "Reporting credit"))
    if line.endswith(")") and ":" in line[-240:]:
        link = _LINK_TAIL.search(line, max(0, len(line) - 240))
        if link is not None and link.start() > (parts[-1][1] if parts else 0):
            parts.append((link.start() + len(link.group(0)) - len(link.group(0).lstrip()), link.end(),
                          "boiler:related-link", "'Related' link"))
    if "Copyright" in line[-200:] or "©" in line[-200:] or "(c)" in line[-200:]:
        glued_copyright = _COPYRIGHT_TAIL.search(line, max(0, len(line) - 200))
        if glued_copyright is not None and glued_copyright.start() > (parts[-1][1] if parts else 0):
            parts.append((glued_copyright.start(), glued_copyright.end(), "boiler:copyright", "Copyright line"))


def _notices(line: str, parts: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Notes to readers inside the line ("Editor's note: …", "This story will be updated …"), each its sentence,
    where no other part lies."""
    found = []
    for notice in _NOTICE.finditer(line):
        start = notice.start() + len(notice.group(0)) - len(notice.group(0).lstrip())
        if not any(a < notice.end() and start < b for a, b, _rule, _label in parts):
            found.append((start, notice.end(), "boiler:notice", "Note to readers"))
    return found

