"""`briefing check`: a readable Rich report of the briefing, every problem found, and what the
automatic layer could not establish.

Two kinds of finding, and the exit code:
- **Problems** (`Briefing.problems`): the folder is broken somewhere — an unreadable file, a TOML value
  that is wrong, a curated excerpt that is not in its source. `check` exits 1.
- **Could not establish** (warnings): the text itself does not say — a source that prints no date, an
  event dated outside the span of the sources' dates (a plan, background, or a wrong year), a quote
  whose speaker is left unknown. Each names its file and line. They are what a reader sees as "undated"
  or "speaker unknown", not faults of the folder, so they do not change the exit code (0 when there is
  no problem).

All data-derived text goes in as `rich.text.Text`, never as markup: sources are untrusted.
"""

from __future__ import annotations

import calendar
import datetime
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from briefing.load.sides import no_sides_message
from briefing.model import NO_DATE, Briefing, PartialDate, Position, Span
from briefing.model.confidence import shown_by_default

#: Rows shown per kind of warning (the count says how many there are in all).
WARNINGS_SHOWN = 40
#: Rows of the sources table (a table of 10,000 rows takes Rich seconds to lay out and nobody reads it:
#: the rest are counted in one row).
SOURCES_SHOWN = 200


def _t(value: object, style: str = "") -> Text:
    return Text(str(value), style=style)


def render_report(briefing: Briefing) -> Group:
    """What `briefing check` prints: the folder's tables, what could not be established, then its problems."""
    parts: list = [_sources_table(briefing), _actors_table(briefing), _events_table(briefing)]
    parts += _positions_parts(briefing)
    parts += [_totals_table(briefing), _auto_table(briefing)]
    if briefing.unknown_names:
        parts.append(_unknown_names_table(briefing))
    warnings = unestablished(briefing)
    if warnings:
        parts.append(_warnings_table(warnings))
    if briefing.problems:
        problems = Table(title=f"Problems ({len(briefing.problems)})", title_justify="left", title_style="bold red")
        problems.add_column("where", no_wrap=True)
        problems.add_column("problem")
        for problem in briefing.problems:
            problems.add_row(_t(problem.where), _t(problem.message))
        parts.append(problems)
    else:
        parts.append(Text("No problems found.", style="bold green"))
    if warnings:
        parts.append(Text(f"{len(warnings)} {'thing' if len(warnings) == 1 else 'things'} could not be established "
                          "from the text (warnings above; they do not change the exit code).", style="yellow"))
    return Group(*parts)


def _sources_table(briefing: Briefing) -> Table:
    sources = Table(title="Sources", title_justify="left", expand=False)
    for column in ("file", "outlet", "published", "basis", "chars", "regions"):
        sources.add_column(column)
    for s in briefing.sources[:SOURCES_SHOWN]:
        sources.add_row(_t(s.file), _t(s.outlet or "?"), _t(s.published.iso if s.published else "undated"),
                        _t(s.published_basis), _t(s.chars), _t(len(s.regions)))
    if len(briefing.sources) > SOURCES_SHOWN:
        rest = briefing.sources[SOURCES_SHOWN:]
        undated = sum(s.published is None for s in rest)
        sources.add_row(_t("…", "dim"), _t(f"and {len(rest):,} more ({undated:,} undated): `briefing export` "
                                           "lists every one", "dim"), _t(""), _t(""), _t(""), _t(""))
    return sources


def _actors_table(briefing: Briefing) -> Table:
    actors = Table(title="Actors per side (* = a column of the positions matrix)", title_justify="left")
    actors.add_column("side")
    actors.add_column("badge", justify="center")
    for column in ("actors", "aliases", "misspellings", "mentions"):
        actors.add_column(column, justify="right")
    for side in briefing.sides:
        members = briefing.actors_by_side(side.id)
        if not members and not side.negotiating:
            continue
        aliases = [al for a in members for al in a.aliases]
        actors.add_row(_t(f"{side.label} *" if side.negotiating else side.label), _t(side.letter),
                       _t(len(members)), _t(len(aliases)),
                       _t(sum(al.misspelling for al in aliases)),
                       _t(sum(briefing.mention_count(a.id) for a in members)))
    return actors


def _events_table(briefing: Briefing) -> Table:
    counts = Counter(e.precision for e in briefing.events)
    multi = sum(1 for e in briefing.events if len(e.sources) > 1)
    events = Table(title="Events", title_justify="left")
    for column in ("events", "day", "month", "year", "reported by 2+ sources", "first", "last"):
        events.add_column(column, justify="right")
    first = briefing.events[0].date.iso if briefing.events else "-"
    last = briefing.events[-1].date.iso if briefing.events else "-"
    events.add_row(_t(len(briefing.events)), _t(counts["day"]), _t(counts["month"]), _t(counts["year"]),
                   _t(multi), _t(first), _t(last))
    return events


def _positions_parts(briefing: Briefing) -> list:
    """The positions matrix in words, or why there is none (no negotiating sides, no issues)."""
    parts: list = []
    if not briefing.negotiating_sides:
        parts.append(_t("Positions: " + no_sides_message(briefing.sides), "bold"))
    if not briefing.issues:
        parts.append(_t("Positions: no issues defined for this folder; add issues.toml beside sources/ (one "
                        "[[issue]] per question, with a proposition each side can be for or against: see "
                        "docs/data-format.md).", "bold"))
    elif briefing.negotiating_sides:
        positions = Table(title="Positions: each side for, against, conditional or open on each proposition, "
                                "oldest first (— = no stated position; (in brackets) = found automatically, below "
                                "the band the dashboard shows by default)", title_justify="left")
        positions.add_column("proposition")
        for side in briefing.negotiating_sides:
            positions.add_column(_t(side.label))
        for issue in briefing.issues:
            row = [_t(issue.proposition or issue.name)]
            for side in briefing.negotiating_sides:
                row.append(_cell_words(briefing.cell(side.id, issue.id)))
            positions.add_row(*row)
        parts.append(positions)
    return parts


def _cell_words(cell: tuple[Position, ...]) -> Text:
    """A cell's stances in order, each once; those only positions below the shown band give in brackets."""
    shown = {p.stance.label for p in cell if shown_by_default("position", p.origin, p.confidence)}
    words = list(dict.fromkeys(p.stance.label if p.stance.label in shown else f"({p.stance.label})" for p in cell))
    return _t(" → ".join(words)) if words else _t("—", "dim")


def _totals_table(briefing: Briefing) -> Table:
    totals = Table(title="Quotes and discrepancies", title_justify="left")
    totals.add_column("quotes", justify="right")
    totals.add_column("attributed", justify="right")
    totals.add_column("discrepancies", justify="right")
    totals.add_column("kinds")
    kinds = Counter(d.kind for d in briefing.discrepancies)
    totals.add_row(_t(len(briefing.quotes)), _t(sum(q.speaker is not None for q in briefing.quotes)),
                   _t(len(briefing.discrepancies)), _t(", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))))
    return totals


def _auto_table(briefing: Briefing) -> Table:
    auto = Table(title="Automatic extraction (origin = auto)", title_justify="left")
    for column in ("events", "quotes", "attributed", "positions", "discrepancies", "mentions", "fuzzy variants"):
        auto.add_column(column, justify="right")
    auto_quotes = [q for q in briefing.quotes if q.origin == "auto"]
    auto.add_row(_t(sum(e.origin == "auto" for e in briefing.events)), _t(len(auto_quotes)),
                 _t(sum(q.speaker is not None for q in auto_quotes)),
                 _t(sum(p.origin == "auto" for p in briefing.positions)),
                 _t(sum(d.origin == "auto" for d in briefing.discrepancies)),
                 _t(briefing.mention_count(origin="auto")),
                 _t(sum(1 for a in briefing.actors for al in a.aliases if al.origin == "auto")))
    return auto


def _unknown_names_table(briefing: Briefing) -> Table:
    names = Table(title=f"Unknown names ({len(briefing.unknown_names)}): capitalised names that match no actor",
                  title_justify="left")
    names.add_column("name")
    names.add_column("count", justify="right")
    names.add_column("first seen")
    for unknown in briefing.unknown_names:
        first = unknown.evidence[0] if unknown.evidence else None
        names.add_row(_t(unknown.name), _t(unknown.count),
                      _t(f"{first.source} @{first.start}" if first else "", "dim"))
    return names


def print_report(briefing: Briefing, console: Console) -> int:
    console.print(render_report(briefing))
    return 1 if briefing.problems else 0


# ---------------------------------------------------------------------------------------------------
# What could not be established


@dataclass(frozen=True)
class Unestablished:
    """One thing the text did not let the briefing establish, with where to look."""

    kind: str  # a heading: "undated source", "event outside the sources' dates", "speaker unknown", …
    where: str  # file:line
    message: str


class _Lines:
    """file:line of a span (str.count of the newlines before it: C speed, nothing kept per source)."""

    def __init__(self, briefing: Briefing) -> None:
        # (a source's text only when a line is asked of it: a warm load reads a file on first use, load/text_store.py)
        self._source = {s.file: s for s in briefing.sources}

    def where(self, file: str, offset: int) -> str:
        source = self._source.get(file)
        if offset <= 0 or source is None:
            return f"{file}:1"
        return f"{file}:{source.text.count(chr(10), 0, offset) + 1}"

    def span(self, span: Span) -> str:
        return self.where(span.source, span.start)


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: How an event's basis says a source's month-day took its year from the folder (date_resolvers.in_folder).
_FOLDER_YEAR = "year from the folder's dated sources"


def _years_from_folder(briefing: Briefing) -> Counter[str]:
    """Per source, how many automatic events date it with a year taken from the folder's span."""
    counts: Counter[str] = Counter()
    for event in briefing.events:
        if event.origin != "auto" or _FOLDER_YEAR not in event.date_basis:
            continue
        for file in {span.source for span in event.evidence}:
            after = event.date_basis.split(f"{file}: ", 1)
            if len(after) == 2 and _FOLDER_YEAR in after[1].split(".txt: ", 1)[0]:
                counts[file] += 1
    return counts


def _undated_sources(briefing: Briefing, lines: _Lines) -> Iterator[Unestablished]:
    from_folder = _years_from_folder(briefing)
    for source in briefing.sources:
        count = from_folder[source.file]
        folder = (f"; {count} event{'s' if count > 1 else ''} of it take{'' if count > 1 else 's'} the year from "
                  "the folder's dated sources, not from its text" if count else "")
        if source.published is None and source.published_note.startswith("prints "):
            # A date printed without a year the folder can give it ("NAIROBI, Nov 3 (Reuters)").
            yield Unestablished("undated source", lines.where(source.file, 0),
                                f"{source.published_note}; its weekdays and month-days stay undated{folder}")
        elif source.published is None:
            # (without the inference's opening "automatic: no date in the text;": the line says it prints none,
            # and what follows may name a day the text prints in full)
            reason = source.published_note.removeprefix(NO_DATE)
            note = f" (automatic: {reason})" if reason else ""
            yield Unestablished("undated source", lines.where(source.file, 0),
                                "prints no dateline, byline or date line: its weekdays and phrases such as "
                                f"'last week' stay undated{note}{folder}")
        elif source.published.day is None:  # a page stamp that prints its month only ("date 2025-04")
            note = f" ({source.published_note})" if source.published_note else ""
            yield Unestablished("source dated to a month only", lines.where(source.file, 0),
                                f"prints {source.published.iso} without a day: its weekdays and phrases such as "
                                f"'last week' stay undated{note}{folder}")
        elif source.published_basis == "inferred" and source.meta_origin == "auto":
            yield Unestablished("source dated by inference", lines.where(source.file, 0),
                                f"dated {source.published.iso} from the events it shares with other sources, "
                                "not from its text")


def _day_range(date: PartialDate) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    """The first and last (year, month, day) a partial date may mean."""
    return ((date.year, date.month or 1, date.day or 1), (date.year, date.month or 12, date.day or 31))


def _events_outside_span(briefing: Briefing, lines: _Lines) -> Iterator[Unestablished]:
    dated = [_day_range(s.published) for s in briefing.sources if s.published is not None]
    for source in briefing.sources:
        dated.extend(_day_range(p.published) for p in source.parts if p.published is not None)
    auto = [e for e in briefing.events if e.origin == "auto"]
    if dated:
        earliest, latest = min(d[0] for d in dated), max(d[1] for d in dated)
        for event in auto:
            first, last = _day_range(event.date)
            where = lines.span(event.evidence[0]) if event.evidence else "?"
            if first > latest:
                yield Unestablished("event after the latest source", where,
                                    f"{event.date.iso} is after every source's date ({_iso(latest)}): a plan, "
                                    f"or a wrong date — {_excerpt(event.title)!r}")
            elif last < earliest and _days_between(last, earliest) > _BACKGROUND_DAYS:
                yield Unestablished("event before the earliest source", where,
                                    f"{event.date.iso} is before every source's date ({_iso(earliest)}): "
                                    f"background, or a wrong year — {_excerpt(event.title)!r}")


#: An event this many days or fewer before the earliest source is the news the sources report ("on Thursday"
#: in Friday's article), not background or a wrong year: it is not listed as before the earliest source.
_BACKGROUND_DAYS = 31


def _days_between(first: tuple[int, int, int], last: tuple[int, int, int]) -> int:
    """Days from `first` to `last` ((year, month, day); a day past the month's end counts as its last)."""
    def day(ymd: tuple[int, int, int]) -> datetime.date:
        year, month, dom = ymd
        return datetime.date(year, month, min(dom, calendar.monthrange(year, month)[1]))
    return (day(last) - day(first)).days


def _iso(day: tuple[int, int, int]) -> str:
    return f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"


def _unknown_speakers(briefing: Briefing, lines: _Lines) -> Iterator[Unestablished]:
    for quote in briefing.quotes:
        if quote.speaker is None:
            yield Unestablished("speaker unknown", lines.span(quote.span), _excerpt(quote.span.text))


def _unplaced_people(briefing: Briefing, lines: _Lines) -> Iterator[Unestablished]:
    """People found in the text (automatic actors) whose side the text does not give."""
    for actor in briefing.actors:
        if actor.origin == "auto" and not actor.placed:
            where = lines.span(actor.evidence[0]) if actor.evidence else "?"
            role = f" ({_excerpt(actor.role, 40)})" if actor.role else ""
            yield Unestablished("person unplaced", where, f"{actor.name}{role}: the text gives no side")


#: Each yields what it could not establish.
UNESTABLISHED: tuple[Callable[[Briefing, _Lines], Iterator[Unestablished]], ...] = (
    _undated_sources,
    _events_outside_span,
    _unknown_speakers,
    _unplaced_people,
)


def unestablished(briefing: Briefing) -> list[Unestablished]:
    """Everything `check` warns about, in the order of UNESTABLISHED."""
    lines = _Lines(briefing)
    return [item for finder in UNESTABLISHED for item in finder(briefing, lines)]


def _warnings_table(warnings: list[Unestablished]) -> Table:
    counts = Counter(w.kind for w in warnings)
    summary = ", ".join(f"{kind} {n}" for kind, n in counts.items())
    table = Table(title=f"Could not establish ({len(warnings)}: {summary})", title_justify="left",
                  title_style="bold yellow")
    table.add_column("where", no_wrap=True)
    table.add_column("what")
    table.add_column("detail")
    shown: Counter[str] = Counter()
    for warning in warnings:
        shown[warning.kind] += 1
        if shown[warning.kind] <= WARNINGS_SHOWN:
            table.add_row(_t(warning.where), _t(warning.kind), _t(warning.message))
        elif shown[warning.kind] == WARNINGS_SHOWN + 1:
            table.add_row(_t("…", "dim"), _t(warning.kind), _t(f"and {counts[warning.kind] - WARNINGS_SHOWN} more",
                                                              "dim"))
    return table
