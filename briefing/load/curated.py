"""Curated annotations (TOML) turned into model records, each claim anchored to its span.

Every problem names its file and line; a bad item is skipped or trimmed and everything else loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from briefing.load.anchor import Anchor
from briefing.load.sides import load_sides
from briefing.load.spans import SpanFinder
from briefing.load.fields import inline, new_id, read_date, read_published, refs
from briefing.load.toml_file import Item, TomlFile
from briefing.model import (
    STATED_STANCES,
    Actor,
    Alias,
    Discrepancy,
    Event,
    Issue,
    PartialDate,
    Position,
    Problem,
    Quote,
    Region,
    Role,
    Side,
    SourcePart,
    Span,
    Stance,
)

@dataclass
class SourceMeta:
    outlet: str = ""
    headline: str = ""
    published: PartialDate | None = None
    published_basis: str = "unknown"
    published_note: str = ""
    published_evidence: tuple[Span, ...] = ()
    parts: tuple[SourcePart, ...] = ()
    regions: tuple[Region, ...] = ()


@dataclass
class Curated:
    meta: dict[str, SourceMeta] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    #: The folder's sides (its sides.toml), else the bundled ones; `own_sides` says which.
    sides: tuple[Side, ...] = ()
    own_sides: bool = False


def _open(data_dir: Path, name: str, problems: list[Problem]) -> TomlFile | None:
    path = data_dir / name
    if not path.exists():
        return None
    return TomlFile(path, name, problems)


def load_curated(data_dir: Path, finders: dict[str, SpanFinder], problems: list[Problem]) -> Curated:
    anchor = Anchor(finders)
    curated = Curated()
    curated.sides, curated.own_sides = load_sides(data_dir, problems)
    if (toml := _open(data_dir, "sources.toml", problems)) is not None:
        curated.meta = _sources(toml, anchor)
    if (toml := _open(data_dir, "actors.toml", problems)) is not None:
        curated.actors = _actors(toml, anchor, curated.sides)
    if (toml := _open(data_dir, "issues.toml", problems)) is not None:
        curated.issues = _issues(toml)
    actor_ids = {a.id for a in curated.actors}
    issue_ids = {i.id for i in curated.issues}
    if (toml := _open(data_dir, "events.toml", problems)) is not None:
        curated.events = _events(toml, anchor, actor_ids, issue_ids)
    if (toml := _open(data_dir, "positions.toml", problems)) is not None:
        curated.positions = _positions(toml, anchor, actor_ids, issue_ids, curated.sides)
    if (toml := _open(data_dir, "quotes.toml", problems)) is not None:
        curated.quotes = _quotes(toml, anchor, actor_ids)
    if (toml := _open(data_dir, "discrepancies.toml", problems)) is not None:
        curated.discrepancies = _discrepancies(toml, anchor)
    return curated


def _sources(toml: TomlFile, anchor: Anchor) -> dict[str, SourceMeta]:
    meta: dict[str, SourceMeta] = {}
    part_ordinal = region_ordinal = 0
    for item in toml.items("source", {"source"}):
        item.check_keys({"file", "outlet", "headline", "published", "published_basis", "published_note",
                         "published_evidence", "part", "region"})
        ref = item.text("file", required=True)
        item.label = ref
        file = anchor.resolve_source(ref) if ref else None
        parts = toml.sub_items(item, "part", part_ordinal)
        regions = toml.sub_items(item, "region", region_ordinal)
        part_ordinal += len(parts)
        region_ordinal += len(regions)
        if not ref:
            continue
        if file is None:
            item.problem(f"source file {ref!r} not found in sources/", key="file")
            continue
        if file in meta:
            item.problem(f"duplicate metadata for {file}", key="file")
            continue
        basis = item.text("published_basis", default="unknown")
        if basis not in {"dateline", "byline", "inferred", "unknown"}:
            item.problem(f"published_basis {basis!r} is not dateline, byline, inferred or unknown", key="published_basis")
        meta[file] = SourceMeta(
            outlet=item.text("outlet"),
            headline=item.text("headline"),
            published=read_published(item),
            published_basis=basis,
            published_note=item.text("published_note"),
            published_evidence=anchor.evidence(item, file, key="published_evidence"),
            # In the text's order, whatever order the file lists them in: a part runs to the next one's start.
            parts=tuple(sorted((p for p in (_part(p, anchor, file) for p in parts) if p), key=lambda p: p.start)),
            regions=tuple(sorted((r for r in (_region(r, anchor, file) for r in regions) if r),
                                 key=lambda r: r.start)),
        )
    return meta


def _part(item: Item, anchor: Anchor, file: str) -> SourcePart | None:
    item.check_keys({"outlet", "headline", "published", "from"})
    start = 0
    if "from" in item.values:
        span = anchor.span(item, file, item.text("from"), key="from")
        if span is None:
            return None
        start = span.start
    return SourcePart(outlet=item.text("outlet", required=True), headline=item.text("headline"),
                      published=read_published(item), start=start)


def _region(item: Item, anchor: Anchor, file: str) -> Region | None:
    item.check_keys({"kind", "label", "from", "to", "through_end"})
    kind = item.text("kind", default="boilerplate")
    if kind not in {"boilerplate", "offtopic"}:
        item.problem(f"region kind {kind!r} is not boilerplate or offtopic", key="kind")
        return None
    first = anchor.span(item, file, item.text("from", required=True), key="from")
    if first is None:
        return None
    end = first.end
    if item.values.get("through_end") is True:
        end = len(anchor.finders[file].text)
    elif "to" in item.values:
        finder = anchor.finders[file]
        to_text = item.text("to")
        after = [s for s in finder.find_all(to_text) if s[0] >= first.start]
        if not after:
            item.problem(f"region end {to_text[:60]!r} not found after its start in {file}", key="to", needle=to_text)
            return None
        end = after[0][1]
    return Region(kind=kind, label=item.text("label", default=kind), start=first.start, end=end)  # type: ignore[arg-type]


def _side(item: Item, key: str, allowed: dict[str, Side], what: str = "") -> str | None:
    """The side id written at `key`, if it is one of `allowed` (the briefing's sides, or its negotiating ones)."""
    value = item.text(key, required=True)
    if value not in allowed:
        if value:
            where = "sides.toml" if item.toml.rel != "sides.toml" else "the file"
            item.problem(f"side {value!r} is not one of the{what} sides: {', '.join(allowed)} (a folder's own "
                         f"sides are listed in its {where})", key=key)
        return None
    return value


def _actors(toml: TomlFile, anchor: Anchor, sides: tuple[Side, ...]) -> list[Actor]:
    known = {s.id: s for s in sides}
    actors: list[Actor] = []
    seen: set[str] = set()
    alias_owner: dict[str, str] = {}
    for item in toml.items("actor", {"actor"}):
        item.check_keys({"id", "name", "kind", "side", "aliases", "misspellings", "roles"})
        actor_id = item.text("id", required=True)
        item.label = actor_id
        name = item.text("name", required=True)
        side = _side(item, "side", known)
        if not new_id(item, actor_id, seen) or not name or side is None:
            continue
        aliases: list[Alias] = []
        for text, misspelt in [(a, False) for a in item.strings("aliases")] + [
            (m, True) for m in item.strings("misspellings")
        ]:
            owner = alias_owner.setdefault(text, actor_id)
            if owner != actor_id:
                item.problem(f"alias {text!r} already belongs to actor {owner!r}", needle=text)
                continue
            aliases.append(Alias(text=text, misspelling=misspelt))
        roles: list[Role] = []
        for entry in item.tables("roles"):
            sub = inline(item, entry, "roles")
            sub.check_keys({"title", "since", "until", "evidence"})
            title = sub.text("title", required=True)
            if title:
                roles.append(Role(title=title, since=read_date(sub, "since"), until=read_date(sub, "until"),
                                  evidence=anchor.evidence(sub)))
        actors.append(Actor(id=actor_id, name=name, kind=item.text("kind", default="person"), side=side,
                            aliases=tuple(aliases), roles=tuple(roles)))
    return actors


def _issues(toml: TomlFile) -> list[Issue]:
    issues: list[Issue] = []
    seen: set[str] = set()
    for item in toml.items("issue", {"issue"}):
        item.check_keys({"id", "name", "proposition", "description", "keywords", "keywords_name",
                         "keywords_proposition", "keywords_opposite"})
        issue_id = item.text("id", required=True)
        item.label = issue_id
        name = item.text("name", required=True)
        keywords_name = item.text("keywords_name", default="proposition")
        if keywords_name not in ("proposition", "opposite", "either"):
            item.problem(f"keywords_name {keywords_name!r} is not one of proposition, opposite, either",
                         key="keywords_name")
            keywords_name = "either"
        if new_id(item, issue_id, seen) and name:
            issues.append(Issue(id=issue_id, name=name, proposition=item.text("proposition") or name,
                                description=item.text("description"), keywords_name=keywords_name,
                                keywords=tuple(item.strings("keywords")),
                                keywords_proposition=tuple(item.strings("keywords_proposition")),
                                keywords_opposite=tuple(item.strings("keywords_opposite"))))
    return issues


def _events(toml: TomlFile, anchor: Anchor, actor_ids: set[str], issue_ids: set[str]) -> list[Event]:
    events: list[Event] = []
    seen: set[str] = set()
    for item in toml.items("event", {"event"}):
        item.check_keys({"id", "date", "date_basis", "title", "summary", "actors", "issues", "evidence"})
        event_id = item.text("id", required=True)
        item.label = event_id
        title = item.text("title", required=True)
        date = read_date(item, "date", required=True)
        actors = refs(item, "actors", actor_ids, "actor")
        issues = refs(item, "issues", issue_ids, "issue")
        evidence = anchor.evidence(item)
        if not new_id(item, event_id, seen) or not title or date is None:
            continue
        if not evidence:
            item.problem("no evidence found in any source; event not shown", key="evidence")
            continue
        events.append(Event(id=event_id, date=date, date_basis=item.text("date_basis"), title=title,
                            summary=item.text("summary"), actors=actors, issues=issues, evidence=evidence))
    return events


def _positions(toml: TomlFile, anchor: Anchor, actor_ids: set[str], issue_ids: set[str],  # noqa: PLR0913
               sides: tuple[Side, ...]) -> list[Position]:
    positions: list[Position] = []
    counts: dict[tuple[str, str], int] = {}
    negotiating = {s.id: s for s in sides if s.negotiating}
    for item in toml.items("position", {"position"}):
        item.check_keys({"side", "issue", "stance", "summary", "date", "holders", "evidence"})
        side = _side(item, "side", negotiating, " negotiating")
        issue = item.text("issue", required=True)
        item.label = f"{side or '?'}/{issue}"
        stance_text = item.text("stance", required=True)
        stance = _stance(item, stance_text)
        if issue and issue not in issue_ids:
            item.problem(f"unknown issue id {issue!r}", key="issue")
            continue
        date = read_date(item, "date")
        holders = refs(item, "holders", actor_ids, "actor")
        evidence = anchor.evidence(item)
        if side is None or not issue or stance is None:
            continue
        if stance is Stance.NONE:
            item.problem("'none' is implied by leaving a cell empty; it is not written", key="stance")
            continue
        if not evidence:
            item.problem("no evidence found; a position without evidence is not shown", key="evidence")
            continue
        n = counts[(side, issue)] = counts.get((side, issue), 0) + 1
        positions.append(Position(id=f"{side}/{issue}/{n}", side=side, issue=issue, stance=stance,
                                  summary=item.text("summary"), date=date, holders=holders, evidence=evidence))
    return positions


#: The stance words before stances were stated against a proposition: they read the same and can mean the
#: opposite ("opposes ruling membership out" and "opposes membership"), so they are not translated.
_OLD_STANCES = {"supports", "opposes", "rejects", "demands", "proposes"}


def _stance(item: Item, text: str) -> Stance | None:
    try:
        return Stance(text)
    except ValueError:
        pass
    allowed = " / ".join(s.value for s in STATED_STANCES)
    if text in _OLD_STANCES:
        item.problem(f"stance {text!r} is the old vocabulary: say whether the side is {allowed} the issue's "
                     "proposition (see docs/data-format.md)", key="stance")
    elif text:
        item.problem(f"stance {text!r} is not one of {allowed}", key="stance")
    return None


def _quotes(toml: TomlFile, anchor: Anchor, actor_ids: set[str]) -> list[Quote]:
    quotes: list[Quote] = []
    seen: set[str] = set()
    for number, item in enumerate(toml.items("quote", {"quote"}), start=1):
        item.check_keys({"id", "speaker", "source", "text", "nth", "date"})
        quote_id = item.text("id") or f"q{number:03d}"
        item.label = quote_id
        speaker = item.text("speaker") or None
        if speaker is not None and speaker not in actor_ids:
            item.problem(f"unknown actor id {speaker!r}", key="speaker")
            speaker = None
        source = item.text("source", required=True)
        text = item.text("text", required=True)
        nth = item.values.get("nth", 1)
        if not new_id(item, quote_id, seen) or not source or not text:
            continue
        if not Anchor.valid_nth(item, nth, key="nth"):
            continue
        span = anchor.span(item, source, text, nth, key="text")
        if span is not None:
            quotes.append(Quote(id=quote_id, speaker=speaker, span=span, date=read_date(item, "date")))
    return quotes


def _discrepancies(toml: TomlFile, anchor: Anchor) -> list[Discrepancy]:
    found: list[Discrepancy] = []
    seen: set[str] = set()
    kinds = {"wrong_year", "date_mismatch", "misspelling", "translation", "anachronism", "factual", "naming"}
    for number, item in enumerate(toml.items("discrepancy", {"discrepancy"}), start=1):
        item.check_keys({"id", "kind", "summary", "evidence"})
        disc_id = item.text("id") or f"d{number:03d}"
        item.label = disc_id
        kind = item.text("kind", required=True)
        if kind and kind not in kinds:
            item.problem(f"kind {kind!r} is not one of {', '.join(sorted(kinds))}", key="kind")
        evidence = anchor.evidence(item)
        if not new_id(item, disc_id, seen) or not kind:
            continue
        if not evidence:
            item.problem("no evidence found; discrepancy not shown", key="evidence")
            continue
        found.append(Discrepancy(id=disc_id, kind=kind, summary=item.text("summary", required=True), evidence=evidence))
    return found
