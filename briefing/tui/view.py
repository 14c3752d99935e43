"""Derived, display-ready data computed from the model. Pure Python: reads the Briefing, parses no text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text

from briefing.model import (
    OTHER,
    STATED_STANCES,
    UNPLACED,
    Actor,
    Briefing,
    Event,
    Position,
    Quote,
    Side,
    Span,
    Stance,
    stance_changes,
)
from briefing.model.confidence import HIDE_BELOW
from briefing.load.sides import RESERVED_KEYS
from briefing.tui.state import Filter

#: ANSI colour names, so sides read the same in 16 colours and under the ANSI themes; the letter carries the
#: meaning when there is no colour at all (NO_COLOR). The briefing's sides take these slots in their order
#: (the bundled US, Russia, Ukraine, Europe and the mediators: blue, red, yellow, cyan, green), a ninth side the
#: first again; "other" and "unplaced" keep their own.
SIDE_SLOTS: tuple[str, ...] = (
    "bold bright_blue", "bold bright_red", "bold bright_yellow",
    "bold bright_cyan",  # not magenta next to red: several palettes (Monokai) make them the same
    "bold bright_green", "bold bright_magenta", "bold blue", "bold yellow",
)
_FIXED = {OTHER: "bold white", UNPLACED: "dim"}
_colour = True


def use_colour(enabled: bool) -> None:
    """With NO_COLOR, sides are bold letters only: greyscale red on grey would be unreadable."""
    global _colour
    _colour = enabled


def side_style(briefing: Briefing, side: str) -> str:
    """The style of a side's badge and label: its slot, by its place among the briefing's sides."""
    if not _colour:
        return "bold"
    if side in _FIXED:
        return _FIXED[side]
    rank = next((i for i, s in enumerate(s for s in briefing.sides if s.id not in _FIXED) if s.id == side), None)
    return SIDE_SLOTS[rank % len(SIDE_SLOTS)] if rank is not None else "bold"


def side_badge(briefing: Briefing, side: str) -> Text:
    return Text(briefing.side(side).letter, style=side_style(briefing, side))


def sides_badge(briefing: Briefing, sides: list[str] | tuple[str, ...]) -> Text:
    text = Text()
    for side in sides:
        text.append_text(side_badge(briefing, side))
    return text


def side_order(briefing: Briefing) -> tuple[str, ...]:
    """The ids of the briefing's sides, in its order."""
    return briefing.side_ids


def side_keys(briefing: Briefing) -> dict[str, str]:
    """Side id → its filter key, for the sides that have one."""
    return {s.id: s.key for s in briefing.sides if s.key}


def event_sides(briefing: Briefing, event: Event) -> tuple[str, ...]:
    found = {briefing.side_of(a) for a in event.actors} | set(event.sides)  # (sides it stands on as parties)
    return tuple(side for side in side_order(briefing) if side in found)


def event_visible(briefing: Briefing, event: Event, flt: Filter, actor: str | None = None) -> bool:
    if not flt.allows_origin(event.origin):
        return False
    if actor is not None and actor not in event.actors:
        return False
    if flt.issue is not None and flt.issue not in event.issues:
        return False
    return flt.matches(set(event_sides(briefing, event)), event.actors)


def visible_events(briefing: Briefing, flt: Filter, actor: str | None = None) -> list[Event]:
    """The events `event_visible` passes, in date order. The filter is met through the model's indexes
    (events by side, by actor), so no event's sides are computed here: ~1 ms at 10,000 events, not ~65."""
    wanted = _filter_ids(briefing, flt) if flt.active else None
    if actor is not None:
        own = set(map(id, briefing.events_by_actor(actor)))
        wanted = own if wanted is None else wanted & own
    if flt.issue is not None:
        about = set(map(id, briefing.events_by_issue(flt.issue)))
        wanted = about if wanted is None else wanted & about
    hide_auto = not flt.show_auto
    if flt.trims("event"):
        return [e for e in briefing.events if (wanted is None or id(e) in wanted)
                and flt.allows("event", e.origin, e.confidence)]
    if wanted is None:
        return [e for e in briefing.events if e.origin != "auto"] if hide_auto else list(briefing.events)
    return [e for e in briefing.events if id(e) in wanted and not (hide_auto and e.origin == "auto")]


def _filter_ids(briefing: Briefing, flt: Filter) -> set[int]:
    """Identities of the events that meet an active filter (any of its sides, or any of its actors)."""
    wanted: set[int] = set()
    for side in flt.sides:
        wanted.update(map(id, briefing.events_by_side(side)))
    for actor_id in flt.actors:
        wanted.update(map(id, briefing.events_by_actor(actor_id)))
    return wanted


def actor_visible(actor: Actor, flt: Filter) -> bool:
    return flt.matches({actor.side}, (actor.id,))


def visible_actors(briefing: Briefing, flt: Filter) -> list[tuple[str, list[Actor]]]:
    groups = []
    for side in side_order(briefing):
        actors = [a for a in briefing.actors_by_side(side) if actor_visible(a, flt)]
        if actors:
            groups.append((side, actors))
    return groups


def matrix_sides(briefing: Briefing, flt: Filter) -> tuple[Side, ...]:
    columns = briefing.negotiating_sides
    if not flt.active:
        return columns
    wanted = flt.visible_sides(briefing)
    return tuple(s for s in columns if s.id in wanted) or columns


def cell_positions(briefing: Briefing, side: str, issue: str, flt: Filter,
                   memo: dict[tuple[str, str, float], tuple[Position, ...]] | None = None) -> tuple[Position, ...]:
    """The cell's positions the filter shows. `memo` (the caller's, for one briefing) keeps each cell's trusted
    positions: the matrix asks for every cell on every filter key, and with a threshold in force that is a pass
    over every position (49,000 at 10,000 articles) each time."""
    cell = briefing.cell(side, issue)
    if flt.trims("position"):
        if memo is None:
            return tuple(p for p in cell if flt.allows("position", p.origin, p.confidence))
        key = (side, issue, HIDE_BELOW["position"])
        trusted = memo.get(key)
        if trusted is None:
            trusted = memo[key] = tuple(p for p in cell if flt.allows("position", p.origin, p.confidence))
        return trusted
    if flt.show_auto:  # the matrix asks for every cell on every filter key: 49,000 positions at 10,000 articles
        return cell
    return tuple(p for p in cell if p.origin != "auto")


def actor_quotes(briefing: Briefing, actor_id: str, flt: Filter) -> tuple[Quote, ...]:
    """The actor's quotes the filter lets through, in date order (undated ones last, in source order)."""
    quotes = [q for q in briefing.quotes_by_speaker(actor_id) if flt.allows("quote", q.origin, q.confidence)]
    return tuple(sorted(quotes, key=lambda q: (q.date is None, (q.date.year, q.date.month or 0, q.date.day or 0)
                                              if q.date else (0, 0, 0))))


#: The mark of a cell whose stance changed between two dates (Latin-1: every console font draws it).
CHANGE_MARK = "»"


def cell_label(positions: tuple[Position, ...], short: bool = True, styles: dict[Stance, Style] | None = None) -> Text:
    """Where the side stands now (its latest stance, a word that reads without colour), then » when its
    stance changed over the period, + when several positions agree, ~ when some are automatic. An empty
    cell is a visible dim dot, never an accidental blank."""
    if not positions:
        return Text("·", style="dim")
    stance = positions[-1].stance  # oldest first: the last is where the side stands now
    label = Text(stance.short if short else stance.label, style=(styles or {}).get(stance, ""))
    if _changed(positions):
        label.append(CHANGE_MARK, style="bold")
    elif len(positions) > 1:
        label.append("+", style="bold")  # earlier or other voices, the same stance: see the detail
    if any(p.origin == "auto" for p in positions):
        label.append("~", style="dim italic")
    return label


_TAKEN = {"k": "moves the cursor", "j": "moves the cursor"}


def legend(briefing: Briefing | None) -> list[tuple[Text, str]]:
    """What each mark on screen means, for the help: the side letters with their filter keys, then the marks
    the panes draw (written beside the code that draws them: cell_label above, the panes' labels)."""
    rows: list[tuple[Text, str]] = []
    for side in briefing.sides if briefing is not None else ():
        if side.id == UNPLACED:  # people the text gives no side: nothing to filter them by
            rows.append((side_badge(briefing, side.id), f"{side.label}: a person the sources give no side"))
            continue
        if not side.key:
            rows.append((side_badge(briefing, side.id), f"{side.label}: no filter key (a for an actor)"))
            continue
        note = f"{side.label}: filter with {side.key}"
        lower = side.key.lower()
        if side.key != lower and lower in RESERVED_KEYS:  # upper case: the lower-case letter is taken
            note += f" (shift+{lower}: {lower} {_TAKEN.get(lower, 'is taken')})"
        rows.append((side_badge(briefing, side.id), note))
    rows += [
        (Text("≈"), "found automatically in the text, not checked by a person (x hides these)"),
        (Text("~"), "in a positions cell: some of its positions were found automatically"),
        (Text(CHANGE_MARK), "in a positions cell: the side's stance changed over the period (the detail: when)"),
        (Text("+"), "in a positions cell: several statements of the same stance; the detail lists them"),
        (Text("·", style="dim"), "in a positions cell: no stated position in the sources"),
        (Text("▶"), "in the actors: an actor of the event under the timeline cursor, or the chosen actor"),
        (Text("✗"), "in the actors: a misspelling the sources use for this name"),
        (Text("12×"), "in the actors: how many times the sources mention them"),
        (Text("Feb 2025", style="dim"), "a dim date: known only to the month or year"),
        (Text("evidence 1/3"), "the sentence shown is the first of three that support the item (. shows the next)"),
    ]
    return rows


def _changed(positions: tuple[Position, ...]) -> bool:
    """Whether stance_changes() finds any change, stopping at the first (the matrix asks for every cell on
    every key, and a busy cell of a large folder has thousands of positions). Cells are in date order."""
    if len(positions) < 2 or all(p.stance is positions[0].stance for p in positions):
        return False
    return bool(stance_changes(positions))


def stance_legend(styles: dict[Stance, Style] | None = None) -> Text:
    """The matrix's legend: the stances in their colours, then the marks."""
    text = Text()
    for stance in STATED_STANCES:
        text.append(stance.short, style=(styles or {}).get(stance, ""))
        text.append(" ")
    text.append(f"· none │ {CHANGE_MARK} changed  + more  ~ auto", style="dim")
    return text


def alias_names(actor: Actor) -> list[str]:
    return [actor.name, *(a.text for a in actor.aliases)]


def actor_evidence(actor: Actor, alias_index: int | None = None) -> list[Span]:
    """What the source pane shows for an actor under the cursor: an alias's own spans (where the text writes that
    spelling), else the actor's evidence, their roles' and their aliases', each once, in that order."""
    if alias_index is not None and 0 <= alias_index < len(actor.aliases):
        return list(actor.aliases[alias_index].evidence)
    spans = [*actor.evidence, *(s for role in actor.roles for s in role.evidence),
             *(s for alias in actor.aliases for s in alias.evidence)]
    return list(dict.fromkeys(spans))


@dataclass(frozen=True)
class ActorMatch:
    actor: Actor
    score: float
    matched: str


def match_actors(briefing: Briefing, query: str, limit: int = 20) -> list[ActorMatch]:
    """Fuzzy-match actor names and every alias (misspellings included): 'Higseth' finds Hegseth."""
    from rapidfuzz import fuzz  # (here: the first frame does not need it)

    query = query.strip()
    results: list[ActorMatch] = []
    for actor in briefing.actors:
        if not query:
            results.append(ActorMatch(actor, 100.0, actor.name))
            continue
        best, best_name = 0.0, actor.name
        for name in alias_names(actor) + [actor.id]:
            score = max(fuzz.WRatio(query, name, processor=str.lower), 100.0 if query.lower() in name.lower() else 0.0)
            if score > best:
                best, best_name = score, name
        if best >= 60:
            results.append(ActorMatch(actor, best, best_name))
    results.sort(key=lambda m: (-m.score, m.actor.name))
    return results[:limit]


def find_text(briefing: Briefing, query: str) -> list[Span]:
    """Every case-insensitive occurrence of `query` across the sources, in source order."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    hits = []
    for source in briefing.sources:
        for m in pattern.finditer(source.text):
            hits.append(Span(source=source.file, start=m.start(), end=m.end(), text=m.group()))
    return hits


def hit_context(briefing: Briefing, hit: Span, width: int = 70) -> tuple[str, int, int]:
    """The hit's line of text, cut to about `width` around the hit: (text, start, end of the hit in it)."""
    source = briefing.source(hit.source)
    text = source.text if source is not None else hit.text
    start = text.rfind("\n", 0, hit.start) + 1
    end = text.find("\n", hit.end)
    end = len(text) if end < 0 else end
    left = max(start, hit.start - max(10, (width - (hit.end - hit.start)) // 3))
    right = min(end, left + width)
    line = text[left:right]
    prefix, suffix = ("…" if left > start else ""), ("…" if right < end else "")
    line = prefix + " ".join(line.split("\n")) + suffix
    return line, hit.start - left + len(prefix), hit.end - left + len(prefix)


def source_title(briefing: Briefing, file: str) -> str:
    source = briefing.source(file)
    if source is None:
        return file
    return source.headline or file


def status_line(briefing: Briefing, flt: Filter, chosen_actor: str | None,
                find: tuple[str, int, int] | None, history: tuple[int, int] | None = None) -> Text:
    """The status line: history place, filter, chosen actor, auto items, find position, problems hint."""
    status = Text()
    if flt.narrowed:
        status.append("filter: ", style="bold")
        status.append(flt.describe(briefing))
        if flt.issue is not None:
            status.append("  (Esc clears)", style="dim")
    else:
        status.append("no filter", style="dim")
        keys = " ".join(side_keys(briefing).values())
        status.append(f"  ({keys} sides · a actor · f here)" if keys else "  (a actor · f here)", style="dim")
    if chosen_actor:
        status.append("  │ actor: ", style="bold")
        status.append(briefing.actor_name(chosen_actor))
    if not flt.show_auto:
        status.append("  │ auto hidden", style="bold")
    elif flt.show_low:
        status.append("  │ low-confidence auto shown", style="bold")
    if find is not None:
        query, index, count = find
        status.append("  │ find ", style="bold")
        status.append(repr(query))
        status.append(f" {index + 1}/{count}" if count else " no hits")
    if history is not None and history[1]:
        place, count = history  # where [ and ] are: at an end, one of them has nowhere to go
        status.append(f"  │ history {place}/{count}")
        if count > 1 and place in (1, count):
            status.append(" (oldest)" if place == 1 else " (newest)", style="dim")
    if briefing.problems:
        status.append(f"  │ ⚠ {len(briefing.problems)} problems (p)", style="bold reverse")
    return status
