"""Filter and history state: small pure classes, no Textual, unit-testable."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Literal

from briefing.model import Briefing, Span
from briefing.model.confidence import Kind, shown_by_default, trimmed

LocationKind = Literal["event", "actor", "position", "source"]


@dataclass(frozen=True)
class Filter:
    """What the analyst narrowed the briefing to. Sides and actors combine as a union; an issue narrows the
    timeline to the events tagged with it (and combines with the sides and actors as an intersection)."""

    #: The ids of the sides filtered to (the briefing's sides).
    sides: frozenset[str] = frozenset()
    actors: frozenset[str] = frozenset()
    show_auto: bool = True
    issue: str | None = None
    #: Also show automatic items below their kind's confidence threshold (briefing.model.confidence).
    show_low: bool = False

    @property
    def active(self) -> bool:
        """Whether the filter names sides or actors (who); `narrowed` also counts an issue (what)."""
        return bool(self.sides or self.actors)

    @property
    def narrowed(self) -> bool:
        return self.active or self.issue is not None

    def toggle_issue(self, issue: str) -> Filter:
        return replace(self, issue=None if self.issue == issue else issue)

    def toggle_side(self, side: str) -> Filter:
        return replace(self, sides=self.sides ^ {side})

    def toggle_actor(self, actor_id: str) -> Filter:
        return replace(self, actors=self.actors ^ {actor_id})

    def toggle_auto(self, some_hidden: bool) -> Filter:
        """`x`: automatic items off and on; where the briefing hides some low-confidence items by default
        (`some_hidden`: confidence.hides_some), it cycles trusted automatic items → all automatic items → none."""
        if not some_hidden:
            return replace(self, show_auto=not self.show_auto, show_low=False)
        if self.show_auto and not self.show_low:
            return replace(self, show_low=True)
        if self.show_auto:
            return replace(self, show_auto=False, show_low=False)
        return replace(self, show_auto=True, show_low=False)

    def cleared(self) -> Filter:
        return Filter(show_auto=self.show_auto, show_low=self.show_low)

    def matches(self, sides: set[str] | frozenset[str], actors: set[str] | tuple[str, ...]) -> bool:
        """An item involving these sides and actors passes when it meets any part of the filter."""
        if not self.active:
            return True
        return bool(self.sides & set(sides)) or bool(self.actors & set(actors))

    def allows_origin(self, origin: str) -> bool:
        return self.show_auto or origin != "auto"

    def allows(self, kind: Kind, origin: str, confidence: float) -> bool:
        """An item passes the auto toggle and, unless low-confidence items are shown, its kind's threshold."""
        if origin != "auto":
            return True
        return self.show_auto and (self.show_low or shown_by_default(kind, origin, confidence))

    def trims(self, kind: Kind) -> bool:
        """Automatic items of `kind` may be left out for their confidence (a cheap test before filtering)."""
        return self.show_auto and not self.show_low and trimmed(kind)

    def describe(self, briefing: Briefing) -> str:
        parts = [side.label for side in briefing.sides if side.id in self.sides]
        parts += sorted(briefing.actor_name(a) for a in self.actors)
        who = " + ".join(parts)
        if self.issue is None:
            return who
        issue = briefing.issue(self.issue)
        what = f"issue: {issue.name if issue else self.issue}"
        return f"{who} · {what}" if who else what

    def visible_sides(self, briefing: Briefing) -> set[str]:
        """Sides an active filter speaks about: its sides plus the sides of its actors."""
        sides = set(self.sides)
        for actor_id in self.actors:
            side = briefing.side_of(actor_id)
            if side is not None:
                sides.add(side)
        return sides


@dataclass(frozen=True)
class Location:
    """Where a jump landed: enough to put every pane back as it was."""

    kind: LocationKind
    ref: str
    span: Span | None = None

    def describe(self) -> str:
        where = f" @ {self.span.source}:{self.span.start}" if self.span else ""
        return f"{self.kind} {self.ref}{where}"


@dataclass
class History:
    """Browser-style back/forward over jumps."""

    entries: list[Location] = field(default_factory=list)
    index: int = -1
    limit: int = 200

    @property
    def current(self) -> Location | None:
        return self.entries[self.index] if 0 <= self.index < len(self.entries) else None

    def visit(self, location: Location) -> None:
        if self.current == location:
            return
        del self.entries[self.index + 1 :]
        self.entries.append(location)
        if len(self.entries) > self.limit:
            del self.entries[0]
        self.index = len(self.entries) - 1

    @property
    def can_back(self) -> bool:
        return self.index > 0

    @property
    def can_forward(self) -> bool:
        return self.index < len(self.entries) - 1

    def back(self) -> Location | None:
        if not self.can_back:
            return None
        self.index -= 1
        return self.current

    def forward(self) -> Location | None:
        if not self.can_forward:
            return None
        self.index += 1
        return self.current
