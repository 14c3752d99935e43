"""A page's media chrome between or around the story's paragraphs, marked after the other line passes.

  boiler:player-notice   a player's or loader's notice to the reader: "Please switch browsers for a better video
                         player", "Hang on - we are checking permissions before loading more content", "IE 11 is
                         not supported"
  boiler:player-keys     a video player's controls printed as lines, three or more in a row: "Keyboard Shortcuts",
                         "Increase Volume", "Seek Forward", "Mute/Unmute", its clock "00:00"
  boiler:video-card      a video's card: its run time then its title ("1:12 Crowds gather at the port"), and a
                         list of such cards' untimed first and last titles and its heading ("Related videos")
  boiler:source-tag      a credit alone in brackets: "[Source: X NEWS]", "(Photo: X)"
  boiler:search-chrome   a news search page's chrome: "Digest more", "20h on X"
  boiler:caption-dash    a caption of one sentence whose credit ends it: after a dash ("… at the port. -AP"), a
                         label ("… . Photo: via AP"), in brackets ("… on May 2, 2024 [Jane Roe/Agency]"; its date
                         dates nothing); and the alt text above it when it shares a word with it
  boiler:filler          a template's filler ("Lorem ipsum dolor sit amet …"), a blog engine's default author ("By
                         admin"), a syndicator's tracking code alone on its line ("ABCD01022025000012345ID987")
  boiler:post-tail       an embedded post's last words run onto its link and signature, and its first words above
  boiler:byline-nav      a byline with the site's sections glued on: "By Jane Roe Updated 2 hours ago World Europe"
  boiler:station-chrome  a public radio station page's player, call signs and filings: "Play Live Radio", "0:00",
                         "WXYZ · WXYZ-FM", "FCC Public Inspection Files"
  boiler:caption-dated   a picture desk's long caption ending with its full date ("…, Saturday, May 3, 2025.") just
                         above its credit line ("Jane Roe/AP"): its date dates nothing

Each line is read once (bounded regexes), and a run of cards once more for its ends.
"""

from __future__ import annotations

import re

from briefing.load.extract.boilerplate_copies import HEAD_LINES as _HEAD_LINES

__all__ = ["mark_chrome", "view_on_tail"]

Lines = list[tuple[int, int, str]]
Marks = list[tuple[str, str] | None]

_PLAYER_NOTICE = re.compile(
    r"(?i:^please (?:use|switch to|try) (?:a |an |the )?[\w -]{0,30}browser\b|"
    r"\b(?:more )?accessible (?:video|audio) player\b|"
    r"\bchecking permissions before loading\b|^loading (?:more )?content\b|"
    r"^IE ?\d{1,2} is not supported\b|\bvisit (?:our|this) site (?:on|in|with) (?:another|a different) browser\b)")
#: A video player's controls, each on its line (a scrape of its menu): marked only three or more in a row.
_PLAYER_KEY = re.compile(
    r"^(?i:keyboard shortcuts|play/pause(?: ?space)?|(?:increase|decrease) volume|seek (?:forward|backward|%0-9)|"
    r"captions on/off(?: ?c)?|(?:fullscreen/exit fullscreen|exit fullscreen|fullscreen)(?: ?f)?|mute/unmute(?: ?m)?|"
    r"(?:increase|decrease) caption size(?: ?[-+](?: or =)?)?|"
    r"press shift question mark\b[^\n]{0,40}\bkeyboard shortcuts|"
    r"\d{1,2} of \d{1,2} minutes?, \d{1,2} seconds?(?: ?volume \d{1,3}%)?|"
    r"\d{1,2}:[0-5]\d(?::[0-5]\d)?)$")
_KEYS_RUN = 3
#: A video's run time then its title: minutes of one or two digits and seconds, not a clock's time.
_RUN_TIME = re.compile(r"^\d{1,2}:[0-5]\d(?::[0-5]\d)?\s+(?![ap]\.?m\b|GMT|UTC|BST|CET|CEST|EST|EDT|ET\b|PT\b|hrs\b|h\b|"
                       r"local\b|Uhr\b)[A-Z0-9‘'\"“]")
_VIDEO_HEADING = re.compile(r"^(?i:(?:related|more|latest|top|other|recommended) videos?|watch more|more to watch|"
                            r"videos? you may like)$")
_SOURCE_TAG = re.compile(r"^[\[(](?i:source|sources|photo|photos|image|video|credit|credits|via)\s*:\s*[^\])\n]{1,60}[\])]$")
_SEARCH_CHROME = re.compile(r"^(?:Digest more|\d{1,2}\s?[hdm]\s?on [A-Z][\w.]{1,20})$")
#: A caption's credit at its end: after a dash ("… at the port. -AP"), a label ("… . Photo: via AP") or in
#: brackets with a slash ("… on May 2, 2024 [Jane Roe/Agency]").
_CREDIT_END = re.compile(r"(?:[.!?]\s+[-–—]\s?(?:AP|AFP|Reuters|REUTERS|EPA|PA|AAP|Xinhua|Getty(?: Images)?|Bloomberg|"
                         r"ANI|IANS|dpa|DPA|TASS|Anadolu|Yonhap|Kyodo)\.?|"
                         r"[.!?]\s+(?:Photo|Photos|Picture|Pictures|Image|Images)\s?:\s?(?:via\s)?[A-Z][\w.&/ -]{1,40}|"
                         r"\s\[[A-Z][^\]\n/]{1,40}/[^\]\n]{1,30}\])$")
#: A byline with the site's sections glued on: "By Jane Roe Updated 2 hours ago World Europe".
_BYLINE_NAV = re.compile(r"^By (?:[A-Z][\w.'’-]+ ){1,3}(?:(?:Updated|Published) \d{1,2} (?:hours?|minutes?|mins?|days?) ago )?"
                         r"(?:[A-Z][\w&-]+ ){1,8}[A-Z][\w&-]+$")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z]{3})[.!?][\"”’]?\s+(?=[A-Z“\"])")
_SPEECH = re.compile(r"\b(?:said|says|told|tells|added|according)\b")
_TOLD = re.compile(r"\b(?:said|told|according)\b")
_QUOTE = re.compile(r"[“\"](?:[^“”\"\s]+\s+){3}")  # a quotation of four words or more
#: A picture desk's caption's end: ", <Weekday>, <Month> <day>, <year>." (or without the weekday).
_DATED_END = re.compile(r",\s+(?:[A-Z][a-z]+day,\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d{2}\.$")
#: A credit line: "Jane Roe/AP", "Jane Roe / Getty Images".
_CREDIT_LINE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}\s?/\s?[A-Z][\w &.-]{1,30}$")
#: A template's filler text, a blog engine's default author, a syndicator's tracking code alone on its line.
_FILLER = re.compile(r"^(?:Lorem ipsum dolor sit amet\b|By (?i:admin|administrator|editor|webmaster|newsdesk|news desk)$|"
                     r"(?=[A-Z\d]{20,80}$)[A-Z]{2,12}\d{8,}(?:[A-Z]{1,4}\d+)*$)")
#: An embedded post's last words run onto its signature: "… . pic.twitter.com/x — Jane Roe (@janeroe) May 2, 2025".
_SIGNED_TAIL = re.compile(r"(?:pic\.twitter\.com/\w+|https?://t\.co/\w+)\s*[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)\s+"
                          r"[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}$")
_POST_CHARS = 300
_POST_NOT = re.compile(r"\b(?:said|says|told|tells|according to|wrote|writes|posted|posts|tweeted)\b|[:“\"]$|[“\"]")
_WORD = re.compile(r"[A-Za-z]{5,}")
_TITLE_WORDS = 14
_CAPTION_WORDS = 60
_DASH_WORDS = 30
_ALT_WORDS = 12


def _title(line: str) -> bool:
    """A card's title: a few words, no sentence end, no one who said or told (a title's "says" is fine)."""
    return 0 < len(line.split()) <= _TITLE_WORDS and not line.endswith((".", "!", ":", ",", ";")) \
        and _SENTENCE_BREAK.search(line) is None and _TOLD.search(line) is None


#: A public radio station's page chrome: its player ("Play Live Radio", "Next Up:", "0:00"), its stations' call
#: signs in a row ("WXYZ · WXYZ-FM · KABC"), its licence filings ("FCC Public Inspection Files").
_STATION = re.compile(r"^(?:Play Live Radio|Next Up:|Available On Air Stations|FCC Public Inspection Files:?|"
                      r"Public Files Contact\b[^\n]{0,60}|0:00(?: 0:00)*|"
                      r"[KW][A-Z]{2,3}(?:-(?:FM|AM|HD\d?|TV|LP))?(?: · [KW][A-Z]{2,3}(?:-(?:FM|AM|HD\d?|TV|LP))?)+)$")


def _line_mark(line: str) -> tuple[str, str] | None:
    if len(line) <= 200 and _PLAYER_NOTICE.search(line):
        return ("boiler:player-notice", "Video player")
    if line[:1].isdigit() and _RUN_TIME.match(line) and _title(line[line.index(" ") + 1:]):
        return ("boiler:video-card", "Video card")
    if line[:1] in "[(" and _SOURCE_TAG.match(line):
        return ("boiler:source-tag", "Source credit")
    if line[:3] == "By " and len(line) <= 160 and _BYLINE_NAV.match(line):
        return ("boiler:byline-nav", "Byline")
    if len(line) <= 400 and _FILLER.match(line):
        return ("boiler:filler", "Template filler")
    if len(line) <= 40 and _SEARCH_CHROME.match(line):
        return ("boiler:search-chrome", "Search page")
    if len(line) <= 120 and _STATION.match(line):
        return ("boiler:station-chrome", "Radio station page")
    return None


def mark_chrome(lines: Lines, marks: Marks) -> None:
    """Mark players' notices, video cards and their lists, bracketed credits, a search page's chrome and
    captions credited after a dash or ending on their date above a credit line. One pass, and one per run."""
    for index, (_s, _e, line) in enumerate(lines):
        if marks[index] is None:
            marks[index] = _line_mark(line)
    _card_runs(lines, marks)
    _player_keys(lines, marks)
    _post_tails(lines, marks)
    head = next((i for i, (_s, _e, line) in enumerate(lines[:_HEAD_LINES])
                 if len(line.split()) >= 4 and marks[i] is None), 0)
    for index, (_s, _e, line) in enumerate(lines):
        if marks[index] is None and index + 1 < len(lines):
            if _dash_caption(line):
                marks[index] = ("boiler:caption-dash", "Photo caption")
                _alt_above(lines, marks, index, head)
            elif line.endswith(".") and len(line.split()) <= _CAPTION_WORDS and _DATED_END.search(line[-60:]) \
                    and _CREDIT_LINE.match(lines[index + 1][2]) and not _QUOTE.search(line) \
                    and _SPEECH.search(line) is None:
                marks[index] = ("boiler:caption-dated", "Photo caption")
                marks[index + 1] = marks[index + 1] or ("boiler:credit-line", "Photo credit")


def _card_runs(lines: Lines, marks: Marks) -> None:
    """A run of two video cards or more takes the untimed title just above and just below it, and a heading
    above that ("Related videos")."""
    index = 0
    while index < len(lines):
        if (marks[index] or ("",))[0] != "boiler:video-card":
            index += 1
            continue
        end = index
        while end + 1 < len(lines) and (marks[end + 1] or ("",))[0] == "boiler:video-card":
            end += 1
        if end > index:
            for edge in (index - 1, end + 1):
                if 0 <= edge < len(lines) and marks[edge] is None and _title(lines[edge][2]) \
                        and not _VIDEO_HEADING.match(lines[edge][2]):
                    marks[edge] = ("boiler:video-card", "Video card")
            for heading in (index - 1, index - 2):
                if 0 <= heading < len(lines) and _VIDEO_HEADING.match(lines[heading][2]):
                    marks[heading] = ("boiler:video-card", "Video card")
                    break
        index = end + 1


def _player_keys(lines: Lines, marks: Marks) -> None:
    """Runs of _KEYS_RUN or more unmarked lines that are each a video player's control or clock."""
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and marks[end] is None and len(lines[end][2]) <= 80 \
                and _PLAYER_KEY.match(lines[end][2]):
            end += 1
        if end - index >= _KEYS_RUN:
            for inside in range(index, end):
                marks[inside] = ("boiler:player-keys", "Video player")
        index = max(end, index + 1)


def _post_tails(lines: Lines, marks: Marks) -> None:
    """A line that ends an embedded post with its link and signature, and the line above it when it is a
    post's length and reports nobody (the post's first words)."""
    for index, (_s, _e, line) in enumerate(lines):
        if ".co" not in line[-140:] or _SIGNED_TAIL.search(line, max(0, len(line) - 140)) is None:
            continue
        marks[index] = marks[index] or ("boiler:post-tail", "Embedded post")
        if index > 0 and marks[index - 1] is None and len(lines[index - 1][2]) <= _POST_CHARS \
                and _POST_NOT.search(lines[index - 1][2]) is None:
            marks[index - 1] = ("boiler:post-tail", "Embedded post")


def _dash_caption(line: str) -> bool:
    """One sentence of a caption, its credit after a dash, with no quotation and nobody speaking."""
    if len(line) > 400:
        return False
    credit = _CREDIT_END.search(line, max(0, len(line) - 60))
    if credit is None:
        return False
    sentence = line[:credit.start() + 1]
    return len(sentence.split()) <= _DASH_WORDS and _SENTENCE_BREAK.search(sentence) is None \
        and not _QUOTE.search(sentence) and _SPEECH.search(sentence) is None


def _alt_above(lines: Lines, marks: Marks, index: int, head: int) -> None:
    """The picture's alt text just above its caption: a few words, no sentence end, a word of the caption's,
    not the page's headline (its first unmarked line of four words or more) nor anything above it."""
    above = index - 1
    if above <= head or marks[above] is not None:
        return
    alt = lines[above][2]
    if len(alt.split()) > _ALT_WORDS or alt.endswith((".", "!", "?", ":")):
        return
    caption_words = {w.lower() for w in _WORD.findall(lines[index][2])}
    if any(w.lower() in caption_words for w in _WORD.findall(alt)):
        marks[above] = ("boiler:caption-dash", "Photo caption")


#: "View on <site>" run onto a line's end: "… 'Wasted Love'View on euronews".
_VIEW_ON = re.compile(r"(?<=[\w'’\"”.)])View on [a-z][\w.-]{1,30}$")


def view_on_tail(line: str) -> int | None:
    """Where a "View on <site>" link glued to the end of a line begins, if one is."""
    if "View on " not in line[-45:]:
        return None
    match = _VIEW_ON.search(line, max(0, len(line) - 45))
    return match.start() if match is not None else None
