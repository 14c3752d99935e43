"""Exports of the whole model: JSON (a stable contract) and Markdown (a briefing to mail a colleague)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, TextIO

from briefing.model import NEGOTIATING_SIDES, Briefing, Position, Span


def _evidence(spans: tuple[Span, ...]) -> list[dict[str, Any]]:
    return [{"source": s.source, "start": s.start, "end": s.end, "text": s.text} for s in spans]


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """The JSON export contract: fields may be added, never renamed."""
    return {name: list(items) for name, items in _sections(briefing).items()}


def write_json(briefing: Briefing, out: TextIO) -> None:
    """`to_json(briefing)` written to `out` a record at a time: the same text, without the whole export
    (hundreds of megabytes at 10,000 articles) or its dictionaries in memory at once."""
    out.write("{")
    for number, (name, items) in enumerate(_sections(briefing).items()):
        out.write(("," if number else "") + "\n  " + json.dumps(name) + ": ")
        empty = True
        for item in items:
            out.write("[\n    " if empty else ",\n    ")
            out.write(json.dumps(item, ensure_ascii=False, indent=2).replace("\n", "\n    "))
            empty = False
        out.write("[]" if empty else "\n  ]")
    out.write("\n}\n")


def _sections(briefing: Briefing) -> dict[str, Iterator[dict[str, Any]]]:
    """Each part of the export, as a lazy sequence of its records' dictionaries."""
    return {
        "sources": (
            {
                "file": s.file, "outlet": s.outlet, "headline": s.headline,
                "published": s.published.iso if s.published else None,
                "published_basis": s.published_basis, "published_note": s.published_note,
                "published_evidence": _evidence(s.published_evidence),
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
                "id": a.id, "name": a.name, "aliases": [al.text for al in a.aliases], "side": a.side.value,
                "roles": [{"title": r.title, "since": r.since.iso if r.since else None,
                           "until": r.until.iso if r.until else None, "evidence": _evidence(r.evidence)}
                          for r in a.roles],
                "kind": a.kind,
                "misspellings": [al.text for al in a.aliases if al.misspelling],
                "alias_evidence": [{"alias": al.text, "misspelling": al.misspelling, "origin": al.origin,
                                    "score": al.score, "evidence": _evidence(al.evidence)} for al in a.aliases],
                "mentions": briefing.mention_count(a.id),
                # People found in the text: origin "auto", their first mention, and whether the text placed them.
                "origin": a.origin, "evidence": _evidence(a.evidence), "rule": a.rule, "placed": a.placed,
            }
            for a in briefing.actors
        ),
        "issues": ({"id": i.id, "name": i.name, "proposition": i.proposition, "description": i.description,
                    "keywords": list(i.keywords), "keywords_name": i.keywords_name}
                   for i in briefing.issues),
        "events": (
            {
                "id": e.id, "date": e.date.iso, "precision": e.precision, "title": e.title, "summary": e.summary,
                "actors": list(e.actors), "evidence": _evidence(e.evidence), "origin": e.origin,
                "confidence": e.confidence, "issues": list(e.issues), "date_basis": e.date_basis, "rule": e.rule,
            }
            for e in briefing.events
        ),
        "positions": (
            {
                "side": p.side.value, "issue": p.issue, "stance": p.stance.value, "summary": p.summary,
                "date": p.date.iso if p.date else None, "evidence": _evidence(p.evidence), "id": p.id,
                "holders": list(p.holders), "origin": p.origin, "confidence": p.confidence, "rule": p.rule,
            }
            for p in briefing.positions
        ),
        "quotes": (
            {"speaker": q.speaker, "text": q.text, "source": q.source, "start": q.span.start, "end": q.span.end,
             "id": q.id, "date": q.date.iso if q.date else None, "origin": q.origin, "confidence": q.confidence,
             "rule": q.rule, "attribution": _evidence((q.attribution,)) if q.attribution else [],
             # The same words in other sources (one claim, many sources): only where there are some.
             **({"also": _evidence(q.also), "sources": q.source_count} if q.also else {})}
            for q in briefing.quotes
        ),
        "discrepancies": (
            {"kind": d.kind, "summary": d.summary, "evidence": _evidence(d.evidence), "id": d.id, "origin": d.origin,
             "confidence": d.confidence, "rule": d.rule}
            for d in briefing.discrepancies
        ),
        "problems": ({"file": p.file, "line": p.line, "message": p.message} for p in briefing.problems),
        "unknown_names": ({"name": u.name, "count": u.count, "evidence": _evidence(u.evidence)}
                          for u in briefing.unknown_names),
    }


def to_json(briefing: Briefing) -> str:
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def _md(text: str) -> str:
    """Escape what Markdown would otherwise interpret in untrusted text (one line)."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|#":
        text = text.replace(char, "\\" + char)
    return text


def _ref(briefing: Briefing, span: Span) -> str:
    source = briefing.source(span.source)
    outlet = source.outlet if source and source.outlet else span.source
    return f"{_md(outlet)} ({span.source} @{span.start}-{span.end})"


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
    return [f"{indent}- > {_md(s.text)} — {_ref(briefing, s)}" for s in spans]


def to_markdown(briefing: Briefing) -> str:
    out: list[str] = ["# Briefing: US–Russia talks on ending the war in Ukraine", ""]
    out += [f"{len(briefing.sources)} sources, {len(briefing.events)} events, {len(briefing.actors)} actors, "
            f"{len(briefing.positions)} positions, {len(briefing.quotes)} quotes, "
            f"{len(briefing.discrepancies)} discrepancies. Every item cites its source and character span.", ""]

    out += ["## Timeline", ""]
    for event in briefing.events:
        who = ", ".join(briefing.actor_name(a) for a in event.actors)
        origin = "" if event.origin == "curated" else f" _(auto, confidence {event.confidence:.2f})_"
        out.append(f"- **{event.date.iso}** — {_md(event.title)}{origin}")
        if event.summary:
            out.append(f"  {_md(event.summary)}")
        if who:
            out.append(f"  Actors: {_md(who)}")
        out += _cite(briefing, event.evidence)
    out.append("")

    out += ["## Who is who", ""]
    for side in dict.fromkeys(a.side for a in briefing.actors):
        out += [f"### {side.label}", ""]
        for actor in briefing.actors_by_side(side):
            aliases = [al.text + (" (misspelt)" if al.misspelling else "") for al in actor.aliases
                       if al.text != actor.name]
            role = f", {_md(actor.role)}" if actor.role else ""
            also = f" — also: {_md('; '.join(aliases))}" if aliases else ""
            out.append(f"- **{_md(actor.name)}**{role}{also}")
        out.append("")

    out += ["## Positions", ""]
    header = "| Proposition | " + " | ".join(s.label for s in NEGOTIATING_SIDES) + " |"
    out += [header, "|" + "---|" * (len(NEGOTIATING_SIDES) + 1)]
    for issue in briefing.issues:
        cells = []
        for side in NEGOTIATING_SIDES:
            cells.append(_stances(briefing.cell(side, issue.id)))
        out.append(f"| {_md(issue.proposition or issue.name)} | " + " | ".join(cells) + " |")
    out += ["", "Each stance is for or against the proposition, conditional (for it on a stated condition) or open "
            "(ready to discuss it); → is a change over time, oldest first; — = no stated position in the sources.",
            ""]
    for issue in briefing.issues:
        for side in NEGOTIATING_SIDES:
            for position in briefing.cell(side, issue.id):
                date = f" ({position.date.iso})" if position.date else ""
                out.append(f"- **{side.label} on “{_md(issue.proposition or issue.name)}”: "
                           f"{position.stance.label}**{date} — "
                           f"{_md(position.summary)}")
                out += _cite(briefing, position.evidence)
    out.append("")

    out += ["## Quotes", ""]
    for quote in briefing.quotes:
        who = briefing.actor_name(quote.speaker) if quote.speaker else "Speaker unknown"
        out.append(f"- **{_md(who)}**: “{_md(quote.text)}” — {_ref(briefing, quote.span)}")
    out.append("")

    out += ["## Discrepancies", ""]
    for disc in briefing.discrepancies:
        out.append(f"- **{_md(disc.kind)}** — {_md(disc.summary)}")
        out += _cite(briefing, disc.evidence)
    out.append("")

    out += ["## Sources", ""]
    for source in briefing.sources:
        date = source.published.iso if source.published else "undated"
        out.append(f"- `{source.file}` — {_md(source.outlet or 'unknown outlet')}: "
                   f"{_md(source.headline)} ({date}, {source.published_basis})")
    if briefing.problems:
        out += ["", "## Problems found while loading", ""]
        out += [f"- {_md(str(p))}" for p in briefing.problems]
    return "\n".join(out) + "\n"
