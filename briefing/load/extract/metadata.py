"""Source metadata from what the text gives: headline (headlines.py), outlet, publication date, compilation parts.

Only what is printed dates a source; nothing is inferred here (an undated source stays undated, see
anchoring.py for the one narrow exception). Date clues, strongest first, per part of the file:
- a dateline ("RIYADH, Feb 18 (Reuters)", "Feb 18 (Reuters)"): the day of writing;
- a byline ("REUTERS | Published February 19, 2023", "Published: Tuesday, 18 February 2025", "Date: Saturday,
  May 10, 2025", "Posted 4:05 PM – Friday, June 13, 2025", "- Published Date: 01:49 | 08 November 2022", an author
  line that ends with its date "by Jane Doe March 18, 2025 8:01 PM"); an "Updated …" line only when no
  other byline is there;
- a date stamp some scrapes carry ("date 2025-02-17 …", an ISO date alone on its line);
- a header line that is only a date, perhaps with weekday and time ("February 13", "February 12, 2025,
  4:38 PM ET", "Wednesday 15 January 2025 22:22, UK"), within the first HEADER_WINDOW characters (after the
  navigation menus).
A date without a year takes the year of the other dated parts of the same file, else the most common
year of the folder's dated sources (`corpus_year`), else the source stays undated. A byline year that
disagrees with the rest of the file is flagged as a conflict (kept in `conflicts`, turned into a
discrepancy) and corrected. The basis (byline, dateline, timestamp) and the clue's span are kept. The patterns
that find the clues are printed_dates.py's.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from briefing.load.extract.address_date import address_published
from briefing.load.extract.date_bars import headline_start, own_under_bar
from briefing.load.extract.date_tense import future_cue
from briefing.load.extract.headlines import headline
from briefing.load.extract.printed_above import labelled_publication, printed_above
from briefing.load.extract.printed_dates import (HEADER_WINDOW, DateClue, date_clues, line_matches, outlet_name,
                                                 prose_starts)
from briefing.load.extract.live_days import feed_published, live_parts
from briefing.load.extract.update_blocks import update_parts
from briefing.model import PartialDate, Region, SourcePart, Span

#: A wire dateline without a date ("WASHINGTON (AP) —"): it names the outlet only.
_WIRE = re.compile(r"^[A-Z][A-Z .'’-]{1,30}(?:,\s*[A-Z][\w .'’-]{1,30}?)?\s*\((?P<outlet>[A-Z][A-Za-z .&-]{1,30})\)\s*[—–-]", re.MULTILINE)
#: Bylines closer than this (characters) belong to one part: "Published …" then "Updated …".
PART_GAP = 400
#: How a publication date was established, by the kind of clue it was read from (Source.published_basis).
_BASIS = {"byline": "byline", "dateline": "dateline", "stamp": "timestamp", "header": "timestamp"}
_SOURCE_LINE = re.compile(r"^(?:SOURCE|Source)\s*:\s*(?P<outlet>[^\n]{2,80}?)\s*(?:\.\s|\.?$)", re.MULTILINE)
#: A page's address alone on the text's first line, as a scrape or a reader's copy keeps it
#: ("https://www.example-news.com/world/2025/10/bid-fails"): the site is the outlet when nothing else names one.
_ADDRESS = re.compile(r"[ \t\ufeff]*(?:https?://)(?:www\d?\.|amp\.|m\.|mobile\.)?(?P<host>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*"
                      r"\.[A-Za-z]{2,})(?::\d+)?(?:[/?#][^\s]*)?[ \t]*(?:\n|\Z)")
#: Link shorteners and sharing hosts: an address there names no outlet.
_SHORTENERS = frozenset({"t.co", "bit.ly", "tinyurl.com", "ow.ly", "buff.ly", "goo.gl", "lnkd.in", "archive.ph",
                         "archive.org", "web.archive.org", "archive.today"})


@dataclass
class AutoMeta:
    outlet: str = ""
    headline: str = ""
    published: PartialDate | None = None
    published_basis: str = "unknown"
    published_note: str = ""
    published_evidence: tuple[Span, ...] = ()
    rule: str = ""
    confidence: float = 0.0
    parts: tuple[SourcePart, ...] = ()
    #: (summary, spans) of publication-date conflicts inside the file.
    conflicts: list[tuple[str, tuple[Span, ...]]] = field(default_factory=list)
    clues: list[DateClue] = field(default_factory=list)


def _span(file: str, text: str, start: int, end: int) -> Span:
    return Span(source=file, start=start, end=end, text=text[start:end])


def extract_metadata(file: str, text: str, corpus_year: int | None,
                     clues: list[DateClue] | None = None, regions: tuple[Region, ...] = ()) -> AutoMeta:
    """`clues`: the text's `date_clues`, when the caller has them already; `regions`: its furniture,
    which is never the headline."""
    meta = AutoMeta(headline=headline(text, regions))
    clues = date_clues(text) if clues is None else list(clues)
    meta.clues = clues
    # Parts: each publication byline starts one (not an "Updated" line, nor one right after the last
    # part began: a page prints "Published …" and "Updated …" together, nor one with no prose under it: a
    # footer's); a dateline belongs to its part. Within a part, a date under its prose that another above
    # it contradicts is not the part's (printed_above.py).
    prose = prose_starts(text) if len({(c.year, c.month, c.day) for c in clues}) > 1 else []
    if prose:
        clues = _without_cards(text, clues, prose)
    bylines = _part_bylines(clues, prose)
    clues = printed_above(clues, [0] + [b.start for b in bylines[1:]], prose)
    majority_year = _file_year(file, text, clues, meta)
    default_year = majority_year or corpus_year

    def resolve(clue: DateClue) -> tuple[PartialDate | None, str]:
        year = clue.year
        how = ""
        if year is not None and majority_year is not None and year != majority_year:
            year, how = majority_year, f"; its year {clue.year} conflicts with the file's other dates ({majority_year})"
        if year is None:
            if default_year is None:
                return None, ("no year in the text, and no page of the folder prints a year (or they print several)"
                              if corpus_year is None else "no year in the text or the folder")
            year = default_year
            how = ("; year from the other dates of this file" if majority_year is not None
                   else "; year from the other sources of the folder")
        try:
            return PartialDate(year=year, month=clue.month, day=clue.day), how
        except ValueError:
            return None, "not a calendar date"

    doubtful: list[tuple[DateClue, DateClue]] = []
    part_dates = _part_dates(clues, [0] + [b.start for b in bylines[1:]], doubtful, prose,
                             headline_start(text, meta.headline))
    if len(bylines) > 1:
        parts = []
        for part_start, clue in part_dates:
            date, _how = resolve(clue)
            outlet = clue.outlet or next((c.outlet for c in clues if c.outlet and c.start >= part_start), "")
            parts.append(SourcePart(outlet=outlet or "unknown", headline="", published=date, start=part_start))
        meta.parts = tuple(parts)
    _publication(meta, file, text, [(resolve(c), c) for _s, c in part_dates], len(part_dates) > 1, doubtful)
    if meta.published is not None and not meta.parts:
        _year_behind(file, text, meta)
    meta.outlet = _outlet(text, meta.clues, meta.parts)
    if meta.published is not None and not meta.parts:  # an update on top of the story (update_blocks.py)
        meta.parts = update_parts(text, meta.clues, meta.published, meta.outlet)
    if not meta.parts:  # a live page's day lines and relative stamps (live_days.py)
        meta.parts = live_parts(text, meta.published, meta.outlet)
        if meta.published is None:
            _feed_published(file, text, meta)
    if meta.published is None and not meta.published_note and not meta.parts:
        _address_dated(file, text, meta)
    return meta


def _address_dated(file: str, text: str, meta: AutoMeta) -> None:
    """A page that prints no date, dated by its own address on its first line (address_date.py)."""
    found = address_published(text)
    if found is not None:
        date, start, end = found
        meta.published, meta.published_basis, meta.rule, meta.confidence = date, "address", "meta:address", 0.6
        meta.published_note = f"automatic: the page's own address files it under {text[start:end]!r}"
        meta.published_evidence = (_span(file, text, start, end),)



def _part_bylines(clues: list[DateClue], prose: list[int]) -> list[DateClue]:
    """The publication bylines that each start a part: not an "Updated" line, not one right after the last part
    began, not one with no prose under it."""
    bylines: list[DateClue] = []
    for clue in clues:
        if clue.kind == "byline" and not clue.updated and (not bylines or clue.start - bylines[-1].start > PART_GAP) \
                and (not bylines or not prose or bisect.bisect_right(prose, clue.start) < len(prose)):
            bylines.append(clue)
    return bylines

#: A byline under the story's prose that heads fewer words than this before the next byline (or the text's end)
#: is a card of another story in a list of them ("<headline> / By Jo Roe 20 January 2026 / <one-line teaser>"),
#: not a part of this page: its date dates nothing here (a compilation's next article runs on for paragraphs).
_CARD_WORDS = 60
_TEASER_WORDS = 5


def _without_cards(text: str, clues: list[DateClue], prose: list[int]) -> list[DateClue]:
    """`clues` without the bylines of other stories' cards printed under the story (one pass)."""
    bylines = [c for c in clues if c.kind == "byline" and not c.updated]
    cards = set()
    for index, clue in enumerate(bylines):
        if bisect.bisect_left(prose, clue.start) < 2 or labelled_publication(clue):
            continue  # above the story's prose, or under one paragraph, or "Publish Date :": the page's own
        end = bylines[index + 1].start if index + 1 < len(bylines) else len(text)
        if _TEASER_WORDS <= len(text[clue.end:end].split()) < _CARD_WORDS:
            cards.add(clue.start)  # (a byline with nothing under it is the page's foot line)
    return [c for c in clues if c.start not in cards] if cards else clues


def _feed_published(file: str, text: str, meta: AutoMeta) -> None:
    """An undated live page dated by the latest day its entries are stamped with (live_days.feed_published)."""
    day = feed_published(meta.parts)
    if day is None:
        return
    part = next(p for p in meta.parts if p.published == day)
    end = text.find("\n", part.start)
    line = _span(file, text, part.start, len(text) if end < 0 else end)
    meta.published, meta.published_basis, meta.rule, meta.confidence = day, "timestamp", "meta:live-stamp", 0.6
    meta.published_note = f"automatic: the latest entry stamp of a live page {line.text.strip()!r}"
    meta.published_evidence = (line,)


def _publication(meta: AutoMeta, file: str, text: str,  # noqa: PLR0913
                 resolved: list[tuple[tuple[PartialDate | None, str], DateClue]], several: bool,
                 doubtful: list[tuple[DateClue, DateClue]]) -> None:
    """Sets `meta`'s publication date from its parts' resolved dates (the latest; `several`: more than one
    part), or the note that says why the page is left undated."""
    dated = [(d, how, c) for (d, how), c in resolved if d is not None]
    if dated:
        date, how, clue = max(dated, key=lambda x: x[0].sort_key)
        meta.published = date
        meta.published_basis = _BASIS[clue.kind]
        meta.rule = f"meta:{clue.kind}" + ("-year-inferred" if clue.year is None else "")
        meta.confidence = 0.9 if clue.year is not None and not how else 0.6
        latest = " (the latest of its parts)" if several else ""
        meta.published_note = f"automatic: {clue.kind} {clue.text!r}{latest}{how}"
        meta.published_evidence = (_span(file, text, clue.start, clue.end),)
    elif resolved:
        (_date, why), clue = resolved[0]
        line = text.count("\n", 0, clue.start) + 1
        meta.published_note = f"prints {clue.text!r} (line {line}) without a year it can take: {why}"
    elif doubtful:
        first, other = doubtful[0]
        meta.published_note = (f"prints {first.text!r} (line {text.count(chr(10), 0, first.start) + 1}) and "
                                f"{other.text!r} (line {text.count(chr(10), 0, other.start) + 1}): "
                                "a site's date bar or the article's date? Left undated")


#: A day printed in full with its year: "11 March 2025", "March 11, 2025".
_FULL = re.compile(r"\b(?:(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8})\.?,?|(?P<m2>[A-Z][a-z]{2,8})\.?\s+(?P<d2>\d{1,2}),?)"
                   r"\s+(?P<y>(?:19|20)\d{2})\b")
#: How many days before its date line's day a page may report a day in the past tense (its year misprinted).
BEHIND_REACH = 31
#: Marks a publication date whose year looks a year behind the days the page reports (Source.meta_rule).
YEAR_DOUBTFUL = "-year-doubtful"


def _year_behind(file: str, text: str, meta: AutoMeta) -> None:
    """A date line whose year is a year behind the page ("Published 12 March 2024" over "agreed on 11 March 2025",
    in the past tense): a day the page reports would then lie after the page was written, and a year back it lies
    within BEHIND_REACH days before it. The printed date still dates the page (what is printed wins), but its rule
    says the year is doubtful (its weekdays and yearless days are then left undated) and a conflict names both."""
    published = meta.published
    if published is None or published.day is None or published.month is None:
        return
    base = dt.date(published.year, published.month, published.day)
    evidence = meta.published_evidence[0] if meta.published_evidence else None
    for match in _FULL.finditer(text):
        if evidence is not None and evidence.start <= match.start() < evidence.end:
            continue
        day = _parsed(match)
        if day is None or day.year != base.year + 1:
            continue
        try:
            back = day.replace(year=base.year)
        except ValueError:
            continue
        reach = max(0, match.start() - 200)  # future_cue reads 90 characters back; a bounded look keeps it linear
        line_start = max(text.rfind("\n", reach, match.start()) + 1, reach)
        if not 0 <= (base - back).days <= BEHIND_REACH or future_cue(text[line_start:match.start()] + " ",
                                                                      match.start() - line_start):
            continue
        meta.rule += YEAR_DOUBTFUL
        meta.published_note += (f"; its year looks a year behind: the text reports {match.group(0)!r}, after it; "
                                f"its weekdays and days without a year are left undated")
        meta.conflicts.append((
            f"{evidence.text if evidence else published.iso!r} dates the page, but the text reports "
            f"{match.group(0)!r} in the past tense: the date line's year looks a year behind",
            tuple(s for s in (evidence, _span(file, text, match.start(), match.end())) if s is not None)))
        return


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _parsed(match: re.Match[str]) -> dt.date | None:
    month_name = (match.group("m1") or match.group("m2"))[:3].lower()
    if month_name not in _MONTHS:
        return None
    try:
        return dt.date(int(match.group("y")), _MONTHS.index(month_name) + 1, int(match.group("d1") or match.group("d2")))
    except ValueError:
        return None


#: The share of the folder's dated files one year must hold to date a yearless clue ("NAIROBI, Nov 3 (Reuters)"):
#: a folder on one story over a few months prints one year; one that spans years does not say which a
#: yearless date is in (November 2022 or 2023?), and no date beats a wrong one.
FOLDER_YEAR_SHARE = 0.8


def folder_year(clues_of_files: Iterable[list[DateClue]]) -> int | None:
    """The year a yearless clue may take from the folder: each file votes for the year most of its printed
    dates give (a byline year its other dates contradict is its conflict, not its year; a tie votes for none;
    a date at the page's foot, under its prose, counts only when nothing above dates the page), and one year must
    hold FOLDER_YEAR_SHARE of the votes. None when the folder is not of one year."""
    votes: Counter[int] = Counter()
    for clues in clues_of_files:
        above = [c for c in clues if not getattr(c, "foot", False)]
        years = Counter(c.year for c in above or clues if c.year is not None).most_common(2)
        if years and (len(years) == 1 or years[0][1] > years[1][1]):
            votes[years[0][0]] += 1
    if not votes:
        return None
    year, count = votes.most_common(1)[0]
    return year if count >= FOLDER_YEAR_SHARE * sum(votes.values()) else None


def _file_year(file: str, text: str, clues: list[DateClue], meta: AutoMeta) -> int | None:
    """The year most of the file's dates give (None when two years tie); each date that gives another
    is recorded in `meta.conflicts`."""
    local_years = Counter(c.year for c in clues if c.year is not None)
    if not local_years:
        return None
    top = local_years.most_common()
    if len(top) == 1:
        return top[0][0]
    if top[0][1] == top[1][1]:
        return None
    majority_year = top[0][0]
    others = [c for c in clues if c.year == majority_year][:3]
    for clue in clues:
        if clue.year is not None and clue.year != majority_year:
            meta.conflicts.append((
                f"{clue.text!r} gives the year {clue.year}; the other dates of this file give {majority_year}",
                (_span(file, text, clue.start, clue.end), *(_span(file, text, o.start, o.end) for o in others)),
            ))
    return majority_year


#: Per part, which clue dates it: a dateline (the day of writing) before a byline (the day of posting),
#: then a stamp, an "Updated" byline, a header date.
_PREFERENCE = ("dateline", "byline", "stamp", "updated", "header")


def _part_dates(clues: list[DateClue], starts: list[int], doubtful: list[tuple[DateClue, DateClue]] | None = None,
                prose: list[int] | tuple[int, ...] = (), headline_at: int = -1) -> list[tuple[int, DateClue]]:
    """(part start, the clue that dates it) for each part that has one; `starts` in text order. A part dated
    only by header lines that give two different days ("2/21/2025" above the headline, "Monday February 17, 2025"
    under it: a site's date bar and the article's date, or two entries of a page) has none: the first two that
    disagree go to `doubtful`; unless one is a later bar over the headline at `headline_at` and the other the line
    under the headline, over the story (date_bars.py): that one dates the part."""
    best: dict[int, DateClue] = {}
    headers: dict[int, list[DateClue]] = {}
    index = 0
    for clue in clues:  # in text order, like `starts`
        while index + 1 < len(starts) and starts[index + 1] <= clue.start:
            index += 1
        if clue.start < starts[index]:
            continue
        current = best.get(index)
        if current is None or _rank(clue) < _rank(current):
            best[index] = clue
        if clue.kind == "header":
            headers.setdefault(index, []).append(clue)
    for index, clue in list(best.items()):
        other = next((h for h in headers.get(index, ()) if not _same_day(h, clue)), None)
        # "Publish Date : 14 July 2025" at the foot, "Monday, December 22nd, 2025" alone above: printed_above.py
        # kept both; which is the page's is not known.
        if other is not None and labelled_publication(clue) and \
                bisect.bisect_right(prose, other.start) < bisect.bisect_right(prose, clue.start):
            clue, other = other, clue  # (prose between them: the labelled line is under the story)
        own = own_under_bar(clue, other, headline_at, prose) if other is not None else None
        if own is not None and all(_same_day(h, own) or h is other or h is clue for h in headers[index]):
            best[index] = own  # (events36) a site's later date bar over the headline, the page's line under it
            continue
        if other is not None and (clue.kind == "header" or labelled_publication(other)):
            if doubtful is not None:
                doubtful.append((clue, other))
            del best[index]
    return [(starts[i], best[i]) for i in sorted(best)]


def _same_day(one: DateClue, other: DateClue) -> bool:
    """Whether two clues give one day ("Wed Oct 1, 2025, 9:40 PM" and "Oct 1" under it: one year missing)."""
    return (one.month, one.day) == (other.month, other.day) and (one.year == other.year or None in (one.year, other.year))


def _rank(clue: DateClue) -> int:
    """A clue's place in _PREFERENCE; a stamp of the month only ("date 2025-04") after every clue with a day."""
    if clue.day is None:
        return len(_PREFERENCE)
    return _PREFERENCE.index("updated" if clue.kind == "byline" and clue.updated else clue.kind)


def _outlet(text: str, clues: list[DateClue], parts: tuple[SourcePart, ...]) -> str:
    if parts:
        return "Compilation of " + ", ".join(dict.fromkeys(p.outlet for p in parts))
    outlet = next((c.outlet for c in clues if c.outlet), "")
    if not outlet:
        source_line = next(line_matches(_SOURCE_LINE, text, len(text)), None)  # _SOURCE_LINE.search(text)
        outlet = outlet_name(source_line.group("outlet")) if source_line is not None else ""
    if not outlet:
        wire = next(line_matches(_WIRE, text, HEADER_WINDOW), None)  # "WASHINGTON (AP) —": an outlet, no date
        outlet = outlet_name(wire.group("outlet")) if wire is not None else ""
    if not outlet:
        address = _ADDRESS.match(text)  # the page's address alone on its first line: its site
        outlet = address.group("host").lower() if address is not None and \
            address.group("host").lower() not in _SHORTENERS else ""
    return outlet
