"""Exports of the whole model: JSON (a stable contract) and Markdown (a briefing to mail a colleague)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from briefing.cite import auto_note, basis_in_words, cite, kind_in_words, source_origin
from briefing.cite import claims_per_source, spans_once
from briefing.export_evidence import Citing, any_spans
from briefing.json_text import encode as _encode
from briefing.load.files import bundled_data_dir
from briefing.load.sides import NO_ISSUES, bundled_sides, no_sides_message
from briefing.load.text_store import read_deferred
from briefing.model import (
    Actor,
    Briefing,
    Discrepancy,
    Event,
    Position,
    Quote,
    Span,
)
from briefing.model.confidence import shown_by_default


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON export contract: fields may be added, never renamed."""
    return {name: list(items) for name, items in _sections(briefing).items()}


def write_json(briefing: Briefing, out: TextIO) -> None:
    """`to_json(briefing)` written to `out` a record at a time: the same text, without the whole export
    (hundreds of megabytes at 10,000 articles) or its dictionaries in memory at once."""
    out.write("{")
    for number, (name, items) in enumerate(_sections(briefing, written=True).items()):
        out.write(("," if number else "") + "\n  " + json.dumps(name) + ": ")
        empty = True
        for item in items:
            parts = ["[\n    " if empty else ",\n    "]
            _encode(item, "\n    ", parts)
            out.write("".join(parts))
            empty = False
        out.write("[]" if empty else "\n  ]")
    out.write("\n}\n")


def _sections(briefing: Briefing, written: bool = False) -> dict[str, Iterator[dict[str, Any]]]:
    """Each part of the export, as a lazy sequence of its records' dictionaries; every evidence span in them
    also names the outlet, headline and date of the article (or compilation part) it is in. `written`: for
    `write_json`, evidence as `SpanList`, which it writes without making each span's dictionary.
    Every source's text not read yet is read first (and checked against what the briefing was built from),
    so that a file changed since is among the problems written, wherever the export first cites it."""
    read_deferred(source.__dict__["text"] for source in briefing.sources)
    return _records(briefing, written)


def _records(briefing: Briefing, written: bool = False) -> dict[str, Iterator[dict[str, Any]]]:
    """Each part of the export's records."""
    citing = Citing(briefing, written)
    _evidence = citing.field
    return {
        "sources": (
            {
                "file": s.file, "outlet": s.outlet, "headline": s.headline,
                "published": s.published.iso if s.published else None,
                "published_basis": s.published_basis, "published_note": s.published_note,
                "published_evidence": _evidence(s, "published_evidence"),
                "chars": s.chars, "sha256": s.sha256,
                "parts": [{"outlet": p.outlet, "headline": p.headline,
                           "published": p.published.iso if p.published else None, "start": p.start} for p in s.parts],
                "regions": [{"kind": r.kind, "label": r.label, "start": r.start, "end": r.end, "origin": r.origin,
                             "rule": r.rule} for r in s.regions],
                "meta_origin": s.meta_origin, "meta_confidence": s.meta_confidence, "meta_rule": s.meta_rule,
            }
            for s in briefing.sources
        ),
        "actors": (
            {
                "id": a.id, "name": a.name, "aliases": [al.text for al in a.aliases], "side": a.side,
                "roles": [{"title": r.title, "since": r.since.iso if r.since else None,
                           "until": r.until.iso if r.until else None, "evidence": _evidence(r, "evidence")}
                          for r in a.roles],
                "kind": a.kind,
                "misspellings": [al.text for al in a.aliases if al.misspelling],
                "alias_evidence": [{"alias": al.text, "misspelling": al.misspelling, "origin": al.origin,
                                    "score": al.score, "evidence": _evidence(al, "evidence")} for al in a.aliases],
                "mentions": briefing.mention_count(a.id),
                # People found in the text: origin "auto", their first mention, and whether the text placed them.
                "origin": a.origin, "evidence": _evidence(a, "evidence"), "rule": a.rule, "placed": a.placed,
            }
            for a in briefing.actors
        ),
        "issues": ({"id": i.id, "name": i.name, "proposition": i.proposition, "description": i.description,
                    "keywords": list(i.keywords), "keywords_name": i.keywords_name}
                   for i in briefing.issues),
        "events": (
            {
                "id": e.id, "date": e.date.iso, "precision": e.precision, "title": e.title, "summary": e.summary,
                "actors": list(e.actors), "sides": list(e.sides), "evidence": _evidence(e, "evidence"),
                "origin": e.origin, "confidence": e.confidence, "issues": list(e.issues), "date_basis": e.date_basis, "rule": e.rule,
            }
            for e in briefing.events
        ),
        "positions": (
            {
                "side": p.side, "issue": p.issue, "stance": p.stance.value, "summary": p.summary,
                "date": p.date.iso if p.date else None, "evidence": _evidence(p, "evidence"), "id": p.id,
                "holders": list(p.holders), "origin": p.origin, "confidence": p.confidence, "rule": p.rule,
            }
            for p in briefing.positions
        ),
        "quotes": (
            {"speaker": q.speaker, "text": q.text, "source": q.source, "start": q.span.start, "end": q.span.end,
             "id": q.id, "date": q.date.iso if q.date else None, "origin": q.origin, "confidence": q.confidence,
             "rule": q.rule, "attribution": citing.of((q.attribution,)) if q.attribution else [],
             # The same words in other sources (one claim, many sources): only where there are some.
             **({"also": _evidence(q, "also"), "sources": q.source_count} if any_spans(q, "also") else {}),
             **citing.origin(q.source, q.span.start)}
            for q in briefing.quotes
        ),
        "discrepancies": (
            {"kind": d.kind, "summary": d.summary, "evidence": _evidence(d, "evidence"), "id": d.id, "origin": d.origin,
             "confidence": d.confidence, "rule": d.rule}
            for d in briefing.discrepancies
        ),
        "problems": ({"file": p.file, "line": p.line, "message": p.message} for p in briefing.problems),
        "unknown_names": ({"name": u.name, "count": u.count, "evidence": _evidence(u, "evidence")}
                          for u in briefing.unknown_names),
        # A folder's own sides (its sides.toml, or the bundled ones no longer negotiating where they do not fit
        # its articles): only where they differ from the bundled sides (data/sides.toml), as "also" for quotes.
        **({"sides": [{"id": s.id, "label": s.label, "letter": s.letter, "key": s.key,
                       "negotiating": s.negotiating, "cues": list(s.cues)} for s in briefing.sides]}
           if briefing.sides and briefing.sides != bundled_sides() else {}),
    }


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


# ---- Markdown: a briefing to mail a colleague -----------------------------------------------------
#: What Markdown (CommonMark/GFM) would read as syntax anywhere in a line: code, emphasis, links and images
#: (`[`), raw HTML (`<`), strikethrough, entities. `_` only where it can open or close emphasis (word_word
#: stays as it is, so the text still reads well in a mail).
_MD_INLINE = re.compile(r"[\\`*\[\]<>~]|(?<!\w)_|_(?!\w)|&(?=#?\w+;)")
#: Every character one of `_MD_INLINE`'s matches holds.
_MD_SYNTAX = frozenset("\\`*[]<>~_&")
#: What starts a block when it begins a line (or a list item's text): headings, quotes, lists, rules.
_MD_LEADING = re.compile(r"^(?:[#>+=-]|\d{1,9}(?=[.)]))")


def md(text: str) -> str:
    """Any untrusted value, made one line of literal Markdown text: whitespace (newlines too) collapsed, then
    every character Markdown would read as syntax escaped with a backslash. Every value the Markdown export
    writes goes through here (file names included)."""
    text = " ".join(text.split())
    if not _MD_SYNTAX.isdisjoint(text):  # (most values have none of the characters a match needs: no scan)
        text = _MD_INLINE.sub(lambda m: "\\" + m.group(), text)
    if _MD_LEADING.match(text) is None:
        return text
    # "# x" -> "\# x"; "2025. x" -> "2025\. x" (a backslash before a digit would show as one)
    return _MD_LEADING.sub(lambda m: m.group() + "\\" if m.group()[0].isdigit() else "\\" + m.group(), text)


def md_cell(text: str) -> str:
    """`md` for a table cell, where `|` would end the cell."""
    return md(text).replace("|", "\\|")


@dataclass(frozen=True)
class Scope:
    """What a Markdown briefing covers: the dashboard passes what its filters show; None means everything."""

    events: tuple[Event, ...] | None = None
    actors: tuple[Actor, ...] | None = None
    positions: tuple[Position, ...] | None = None
    quotes: tuple[Quote, ...] | None = None
    discrepancies: tuple[Discrepancy, ...] | None = None
    #: In words, what the view was narrowed to ("Russia + Lavrov; automatic items hidden").
    note: str = ""


def _stances(positions: tuple[Position, ...]) -> str:
    """A cell's stances in date order, each change an arrow: "conditional → against"; — when none."""
    steps: list[list[str]] = []  # per date, its stances (two voices on one day are not a change)
    last: tuple[int, int, int] | None = None
    for position in positions:
        if position.sort_key != last:
            steps.append([])
            last = position.sort_key
        if position.stance.label not in steps[-1]:
            steps[-1].append(position.stance.label)
    merged: list[str] = []
    for step in (", ".join(labels) for labels in steps):
        if not merged or merged[-1] != step:
            merged.append(step)
    return " → ".join(merged) or "—"


def _cite(briefing: Briefing, spans: tuple[Span, ...], indent: str = "  ") -> list[str]:
    return [f"{indent}- > “{md(s.text)}” — {md(cite(briefing, s))}" for s in spans]


def _auto(item: Event | Position | Quote | Discrepancy) -> str:
    return "" if item.origin == "curated" else f" ({md(auto_note(item.confidence, item.rule))})"


def to_markdown(briefing: Briefing, scope: Scope | None = None) -> str:
    return "\n".join(_markdown(briefing, scope)) + "\n"


def write_markdown(briefing: Briefing, out: TextIO) -> None:
    """`to_markdown(briefing)` written to `out` a few thousand lines at a time (never the whole text in one
    string: 50 MB at 10,000 articles, twice that as text with a curly quote in it)."""
    lines = _markdown(briefing, None)
    for start in range(0, len(lines), 4096):
        out.write("\n".join(lines[start:start + 4096]) + "\n")


def _markdown(briefing: Briefing, scope: Scope | None) -> list[str]:
    """The Markdown briefing's lines."""
    scope = scope or Scope()
    events = briefing.events if scope.events is None else scope.events
    actors = briefing.actors if scope.actors is None else scope.actors
    positions = briefing.positions if scope.positions is None else scope.positions
    quotes = briefing.quotes if scope.quotes is None else scope.quotes
    discrepancies = briefing.discrepancies if scope.discrepancies is None else scope.discrepancies
    out: list[str] = [f"# Briefing: {md(briefing_title(briefing))}", ""]
    if scope.note:
        out += [f"View: {md(scope.note)}", ""]
    out += [f"{len(briefing.sources)} sources, {len(events)} events, {len(actors)} actors, "
            f"{len(positions)} positions, {len(quotes)} quotes, {len(discrepancies)} discrepancies. "
            "Every item cites its source: outlet, headline, date, then the file and characters.", ""]
    out += _timeline(briefing, events)
    out += _who(briefing, actors)
    out += _positions(briefing, positions, trim=scope.positions is None)
    out += ["## Quotes", ""]
    for quote in quotes:
        who = briefing.actor_name(quote.speaker) if quote.speaker else "Speaker unknown"
        out.append(f"- **{md(who)}**: “{md(quote.text)}”{_auto(quote)} — {md(cite(briefing, quote.span))}")
    out.append("")
    out += _discrepancies(briefing, discrepancies)
    out += ["## Sources", ""]
    cited = claims_per_source(briefing)
    for source in briefing.sources:
        claims = cited[source.file]
        out.append(f"- {md(str(source_origin(source, source.file)))} — {md(source.file)} "
                   f"(date: {md(source.published_basis)}; cited by {claims} claim{'' if claims == 1 else 's'})")
    if briefing.problems:
        out += ["", "## Problems found while loading", ""]
        out += [f"- {md(str(p))}" for p in briefing.problems]
    return out


#: The bundled briefing's story; any other folder is named by its own name (its articles may be about anything).
BUNDLED_TITLE = "US–Russia talks on ending the war in Ukraine"


def briefing_title(briefing: Briefing) -> str:
    """What the briefing is about: the bundled story for the bundled folder, else the folder's own name
    ("articles from takeover_fight"), never the bundled story's name over another story's articles."""
    folder = Path(briefing.data_dir)
    try:
        bundled = folder.resolve() == bundled_data_dir().resolve()
    except OSError:
        bundled = False
    return BUNDLED_TITLE if bundled else f"articles from {folder.name or folder}"


def _timeline(briefing: Briefing, events: tuple[Event, ...]) -> list[str]:
    out = ["## Timeline", ""]
    for event in events:
        who = ", ".join(briefing.actor_name(a) for a in event.actors)
        when = event.date.display.strip() + ("" if event.precision == "day" else f" ({event.precision} only)")
        out.append(f"- **{md(when)}** — {md(event.title)}{_auto(event)}")
        if event.summary:
            out.append(f"  {md(event.summary)}")
        if who:
            out.append(f"  Actors: {md(who)}")
        if event.date_basis:
            out.append(f"  Date from: {md(basis_in_words(event.date_basis))}")
        out += _cite(briefing, spans_once(event, "evidence"))
    return [*out, ""]


def _who(briefing: Briefing, actors: tuple[Actor, ...]) -> list[str]:
    out = ["## Who is who", ""]
    for side in dict.fromkeys(a.side for a in actors):
        out += [f"### {md(briefing.side(side).label)}", ""]
        for actor in (a for a in actors if a.side == side):
            aliases = [al.text + (" (misspelt)" if al.misspelling else "") for al in actor.aliases
                       if al.text != actor.name]
            role = f", {md(actor.role)}" if actor.role else ""
            also = f" — also: {md('; '.join(aliases))}" if aliases else ""
            out.append(f"- **{md(actor.name)}**{role}{also}")
        out.append("")
    return out


def _positions(briefing: Briefing, positions: tuple[Position, ...], trim: bool = False) -> list[str]:
    """The matrix and its positions. With `trim` (the whole briefing, as `export` writes it) the matrix holds what
    the dashboard shows by default; automatic positions below that band follow it under their own heading."""
    out = ["## Positions", ""]
    sides = briefing.negotiating_sides
    if not sides:
        return [*out, md(no_sides_message(briefing.sides)), ""]
    if not briefing.issues:  # (a header with no row said nothing: the bundled issues do not fit this folder)
        return [*out, md(NO_ISSUES.replace("\n", " ")), ""]
    header = "| Proposition | " + " | ".join(md_cell(s.label) for s in sides) + " |"
    out += [header, "|" + "---|" * (len(sides) + 1)]
    wanted = {id(p) for p in positions}  # each cell in the briefing's order (oldest first), the view's only
    cells: dict[tuple[str, str], list[Position]] = {
        (side.id, issue.id): [p for p in briefing.cell(side.id, issue.id) if id(p) in wanted]
        for issue in briefing.issues for side in sides}
    below: list[tuple[str, str, Position]] = []
    if trim:
        for (side_id, issue_id), cell in cells.items():
            shown = [shown_by_default("position", p.origin, p.confidence) for p in cell]
            below += [(side_id, issue_id, p) for p, ok in zip(cell, shown, strict=True) if not ok]
            cell[:] = [p for p, ok in zip(cell, shown, strict=True) if ok]
    for issue in briefing.issues:
        row = [_stances(tuple(cells.get((side.id, issue.id), []))) for side in sides]
        out.append(f"| {md_cell(issue.proposition or issue.name)} | " + " | ".join(row) + " |")
    out += ["", "Each stance is for or against the proposition, conditional (for it on a stated condition) or open "
            "(ready to discuss it); → is a change over time, oldest first; — = no stated position in the sources"
            + (" the dashboard shows by default." if below else "."), ""]
    labels = {side.id: side.label for side in sides}
    propositions = {issue.id: issue.proposition or issue.name for issue in briefing.issues}
    for issue in briefing.issues:
        for side in sides:
            for position in cells.get((side.id, issue.id), []):
                out += _position_item(briefing, labels[side.id], propositions[issue.id], position)
    if below:
        out += ["", f"### Found automatically, below the band shown by default ({len(below)})", "",
                "Not in the matrix: automatic positions at a confidence that has been right less than 80 % of the "
                "time on labelled articles (the dashboard shows them with x). Read the cited sentence first.", ""]
        for side_id, issue_id, position in below:
            out += _position_item(briefing, labels[side_id], propositions[issue_id], position)
    return [*out, ""]


def _position_item(briefing: Briefing, side: str, proposition: str, position: Position) -> list[str]:
    date = f" ({position.date.display.strip()})" if position.date else ""
    return [f"- **{md(side)} on “{md(proposition)}”: {position.stance.label}**{date}{_auto(position)} — "
            f"{md(position.summary)}", *_cite(briefing, spans_once(position, "evidence"))]


def _discrepancies(briefing: Briefing, discrepancies: tuple[Discrepancy, ...]) -> list[str]:
    out = ["## Where the sources disagree", ""]
    by_kind: dict[str, list[Discrepancy]] = {}
    for disc in discrepancies:
        by_kind.setdefault(disc.kind, []).append(disc)
    for kind, items in by_kind.items():
        out += [f"### {md(kind_in_words(kind)).capitalize()}", ""]
        for disc in items:
            out.append(f"- {md(disc.summary)}{_auto(disc)}")
            out += _cite(briefing, disc.evidence)
        out.append("")
    return out
