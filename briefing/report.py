"""`briefing check`: a readable Rich report of the briefing and every problem found.

All data-derived text goes in as `rich.text.Text`, never as markup: sources are untrusted.
"""

from __future__ import annotations

from collections import Counter

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from briefing.model import NEGOTIATING_SIDES, Briefing, Side


def _t(value: object, style: str = "") -> Text:
    return Text(str(value), style=style)


def render_report(briefing: Briefing) -> Group:
    parts = []

    sources = Table(title="Sources", title_justify="left", expand=False)
    for column in ("file", "outlet", "published", "basis", "chars", "regions"):
        sources.add_column(column)
    for s in briefing.sources:
        sources.add_row(_t(s.file), _t(s.outlet or "?"), _t(s.published.iso if s.published else "undated"),
                        _t(s.published_basis), _t(s.chars), _t(len(s.regions)))
    parts.append(sources)

    actors = Table(title="Actors per side", title_justify="left")
    actors.add_column("side")
    actors.add_column("actors", justify="right")
    actors.add_column("aliases", justify="right")
    actors.add_column("misspellings", justify="right")
    actors.add_column("mentions", justify="right")
    for side in Side:
        members = briefing.actors_by_side(side)
        if not members:
            continue
        aliases = [al for a in members for al in a.aliases]
        actors.add_row(_t(side.label), _t(len(members)), _t(len(aliases)),
                       _t(sum(al.misspelling for al in aliases)),
                       _t(sum(briefing.mention_count(a.id) for a in members)))
    parts.append(actors)

    counts = Counter(e.precision for e in briefing.events)
    multi = sum(1 for e in briefing.events if len(e.sources) > 1)
    events = Table(title="Events", title_justify="left")
    for column in ("events", "day", "month", "year", "reported by 2+ sources", "first", "last"):
        events.add_column(column, justify="right")
    first = briefing.events[0].date.iso if briefing.events else "-"
    last = briefing.events[-1].date.iso if briefing.events else "-"
    events.add_row(_t(len(briefing.events)), _t(counts["day"]), _t(counts["month"]), _t(counts["year"]),
                   _t(multi), _t(first), _t(last))
    parts.append(events)

    positions = Table(title="Positions: each side for, against, conditional or open on each proposition, "
                            "oldest first (— = no stated position)", title_justify="left")
    positions.add_column("proposition")
    for side in NEGOTIATING_SIDES:
        positions.add_column(side.label)
    for issue in briefing.issues:
        row = [_t(issue.proposition or issue.name)]
        for side in NEGOTIATING_SIDES:
            stances = list(dict.fromkeys(p.stance.label for p in briefing.cell(side, issue.id)))
            row.append(_t(" → ".join(stances)) if stances else _t("—", "dim"))
        positions.add_row(*row)
    parts.append(positions if briefing.issues else _t(
        "Positions: no issues defined for this folder; add issues.toml beside sources/ (one [[issue]] per "
        "question, with a proposition each side can be for or against: see docs/data-format.md).", "bold"))

    totals = Table(title="Quotes and discrepancies", title_justify="left")
    totals.add_column("quotes", justify="right")
    totals.add_column("attributed", justify="right")
    totals.add_column("discrepancies", justify="right")
    totals.add_column("kinds")
    kinds = Counter(d.kind for d in briefing.discrepancies)
    totals.add_row(_t(len(briefing.quotes)), _t(sum(q.speaker is not None for q in briefing.quotes)),
                   _t(len(briefing.discrepancies)), _t(", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))))
    parts.append(totals)

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
    parts.append(auto)

    if briefing.unknown_names:
        names = Table(title=f"Unknown names ({len(briefing.unknown_names)}): capitalised names that match no actor",
                      title_justify="left")
        names.add_column("name")
        names.add_column("count", justify="right")
        names.add_column("first seen")
        for unknown in briefing.unknown_names:
            first = unknown.evidence[0] if unknown.evidence else None
            names.add_row(_t(unknown.name), _t(unknown.count),
                          _t(f"{first.source} @{first.start}" if first else "", "dim"))
        parts.append(names)

    if briefing.problems:
        problems = Table(title=f"Problems ({len(briefing.problems)})", title_justify="left", title_style="bold red")
        problems.add_column("where", no_wrap=True)
        problems.add_column("problem")
        for problem in briefing.problems:
            problems.add_row(_t(problem.where), _t(problem.message))
        parts.append(problems)
    else:
        parts.append(Text("No problems found.", style="bold green"))
    return Group(*parts)


def print_report(briefing: Briefing, console: Console) -> int:
    console.print(render_report(briefing))
    return 1 if briefing.problems else 0
