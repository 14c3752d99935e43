"""The Briefing: every record of one data folder, immutable, with the indexes the panes ask for."""

from __future__ import annotations

import bisect
from collections import defaultdict
from typing import TypeVar

from pydantic import PrivateAttr

from briefing.model.mentions import EMPTY, Mentions
from briefing.model.sides import Side, fallback_side
from briefing.model.records import (
    Actor,
    Citation,
    Discrepancy,
    Event,
    Frozen,
    Issue,
    Mention,
    Origin,
    Position,
    Problem,
    Quote,
    Role,
    Source,
    Span,
    UnknownName,
)

K = TypeVar("K")
V = TypeVar("V")
#: How many sources' mention records `mentions_in` keeps (the most recently asked for).
_MENTION_FILES_KEPT = 32


class Briefing(Frozen):
    """The whole briefing: one immutable, indexed model built from a data folder."""

    data_dir: str
    #: The sides of this briefing, in display order (a folder's sides.toml, else the bundled ones).
    sides: tuple[Side, ...] = ()
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    issues: tuple[Issue, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    #: Every actor mention, by source (in source order) then by offset, stored compactly: records are
    #: made as they are read (see briefing.model.mentions).
    mentions: Mentions = EMPTY
    problems: tuple[Problem, ...] = ()
    #: Capitalised names that match no actor (automatic extraction), most frequent first.
    unknown_names: tuple[UnknownName, ...] = ()

    _side: dict[str, Side] = PrivateAttr(default_factory=dict)
    _side_ids: tuple[str, ...] = PrivateAttr(default=())
    _source: dict[str, Source] = PrivateAttr(default_factory=dict)
    _actor: dict[str, Actor] = PrivateAttr(default_factory=dict)
    _issue: dict[str, Issue] = PrivateAttr(default_factory=dict)
    _event: dict[str, Event] = PrivateAttr(default_factory=dict)
    _position: dict[str, Position] = PrivateAttr(default_factory=dict)
    _quote: dict[str, Quote] = PrivateAttr(default_factory=dict)
    _events_by_actor: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_side: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_issue: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_source: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_year: dict[int, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _cells: dict[tuple[str, str], tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _positions_by_side: dict[str, tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _positions_by_issue: dict[str, tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _quotes_by_speaker: dict[str | None, tuple[Quote, ...]] = PrivateAttr(default_factory=dict)
    _quotes_by_source: dict[str, tuple[Quote, ...]] = PrivateAttr(default_factory=dict)
    #: The mention records of the sources asked for last (the source pane asks again on each repaint).
    _mentions_in: dict[str, tuple[Mention, ...]] = PrivateAttr(default_factory=dict)
    _actors_by_side: dict[str, tuple[Actor, ...]] = PrivateAttr(default_factory=dict)
    #: Per source, the claims citing it (for its citation index, built the first time it is asked for).
    _claims_by_source: dict[str, _Claims] = PrivateAttr(default_factory=dict)
    _citations: dict[str, tuple[list[int], list[Citation]]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, _context: object) -> None:
        # Indexes are built in locals and assigned once: a private attribute read goes through pydantic's
        # __getattr__, far too slow inside loops over a large folder's records.
        actor_of = {a.id: a for a in self.actors}
        issue_of = {i.id: i for i in self.issues}
        source_of = {s.file: s for s in self.sources}
        self._source = source_of
        self._side = {s.id: s for s in self.sides}
        self._actor = actor_of
        self._issue = issue_of
        self._event = {e.id: e for e in self.events}
        self._position = {p.id: p for p in self.positions}
        self._quote = {q.id: q for q in self.quotes}

        by_actor: dict[str, list[Event]] = defaultdict(list)
        by_side: dict[str, list[Event]] = defaultdict(list)
        by_issue: dict[str, list[Event]] = defaultdict(list)
        by_source: dict[str, list[Event]] = defaultdict(list)
        by_year: dict[int, list[Event]] = defaultdict(list)
        for event in self.events:  # already in date order (see build)
            for actor_id in event.actors:
                by_actor[actor_id].append(event)
            for side in dict.fromkeys(actor_of[a].side if a in actor_of else None for a in event.actors):
                if side is not None:
                    by_side[side].append(event)
            for issue_id in event.issues:
                by_issue[issue_id].append(event)
            for source in event.sources:
                by_source[source].append(event)
            by_year[event.date.year].append(event)
        self._events_by_actor = _freeze(by_actor)
        self._events_by_side = _freeze(by_side)
        self._events_by_issue = _freeze(by_issue)
        self._events_by_source = _freeze(by_source)
        self._events_by_year = _freeze(by_year)

        cells: dict[tuple[str, str], list[Position]] = defaultdict(list)
        pos_side: dict[str, list[Position]] = defaultdict(list)
        pos_issue: dict[str, list[Position]] = defaultdict(list)
        for position in self.positions:
            cells[(position.side, position.issue)].append(position)
            pos_side[position.side].append(position)
            pos_issue[position.issue].append(position)
        for cell in cells.values():
            cell.sort(key=lambda p: p.sort_key)  # stable: one date's positions keep their file order
        self._cells = _freeze(cells)
        self._positions_by_side = _freeze(pos_side)
        self._positions_by_issue = _freeze(pos_issue)

        q_speaker: dict[str | None, list[Quote]] = defaultdict(list)
        q_source: dict[str, list[Quote]] = defaultdict(list)
        for quote in self.quotes:
            q_speaker[quote.speaker].append(quote)
            q_source[quote.span.source].append(quote)
        self._quotes_by_speaker = _freeze(q_speaker)
        self._quotes_by_source = _freeze(q_source)

        mentions = self.mentions
        if not isinstance(mentions, Mentions) or mentions.lacks_texts(source_of):
            # Records given to the constructor or to model_construct: stored against the sources' texts.
            self.__dict__["mentions"] = Mentions.of(mentions, {s.file: s.text for s in self.sources})
        self._mentions_in = {}

        a_side: dict[str, list[Actor]] = defaultdict(list)
        for actor in self.actors:
            a_side[actor.side].append(actor)
        self._actors_by_side = _freeze(a_side)
        # The sides listed, then any an actor names that they do not (a briefing built outside a load).
        self._side_ids = tuple(dict.fromkeys([s.id for s in self.sides] + list(a_side)))

        claims: dict[str, _Claims] = defaultdict(_Claims)
        for event in self.events:
            for file in event.sources:
                claims[file].events.append(event)
        for position in self.positions:  # (events' and positions' sources are read without making their spans)
            for file in position.sources:
                claims[file].positions.append(position)
        for quote in self.quotes:
            claims[quote.span.source].quotes.append(quote)
        for disc in self.discrepancies:
            for file in dict.fromkeys(span.source for span in disc.evidence):
                claims[file].discrepancies.append(disc)
        for actor in self.actors:
            for role in actor.roles:
                for file in dict.fromkeys(span.source for span in role.evidence):
                    claims[file].roles.append((actor, role))
        for source in self.sources:
            for file in dict.fromkeys(span.source for span in source.published_evidence):
                claims[file].sources.append(source)
        self._claims_by_source = dict(claims)
        self._citations = {}

    def _index_citations(self, file: str) -> tuple[list[int], list[Citation]] | None:
        """The citations of one source, sorted by offset (claims in briefing order where spans tie)."""
        claims = self._claims_by_source.get(file)
        if claims is None:
            return None
        actor_of, issue_of = self._actor, self._issue
        items: list[Citation] = []
        cite = Citation.trusted  # the claims are validated records already
        for event in claims.events:
            for span in event.evidence:
                if span.source == file:
                    items.append(cite(kind="event", id=event.id, span=span, label=event.title))
        for position in claims.positions:
            issue = issue_of.get(position.issue)
            said = f"“{issue.proposition or issue.name}”" if issue else position.issue
            label = f"{self.side(position.side).label} on {said}: {position.stance.label}"
            for span in position.evidence:
                if span.source == file:
                    items.append(cite(kind="position", id=position.id, span=span, label=label))
        for quote in claims.quotes:
            speaker = actor_of.get(quote.speaker) if quote.speaker else None
            who = (speaker.name if speaker else quote.speaker) if quote.speaker else "speaker unknown"
            items.append(cite(kind="quote", id=quote.id, span=quote.span, label=f"{who}: quote"))
        for disc in claims.discrepancies:
            for span in disc.evidence:
                if span.source == file:
                    items.append(cite(kind="discrepancy", id=disc.id, span=span, label=disc.summary))
        for actor, role in claims.roles:
            for span in role.evidence:
                if span.source == file:
                    items.append(cite(kind="role", id=actor.id, span=span, label=f"{actor.name}: {role.title}"))
        for source in claims.sources:
            for span in source.published_evidence:
                if span.source == file:
                    items.append(cite(kind="source", id=source.file, span=span,
                                      label=f"publication date {source.published}"))
        items.sort(key=lambda c: (c.span.start, c.span.end))
        return [c.span.start for c in items], items

    # ---- lookups -------------------------------------------------------------------------
    def source(self, file: str) -> Source | None:
        return self._source.get(file)

    def actor(self, actor_id: str) -> Actor | None:
        return self._actor.get(actor_id)

    def issue(self, issue_id: str) -> Issue | None:
        return self._issue.get(issue_id)

    def event(self, event_id: str) -> Event | None:
        return self._event.get(event_id)

    def position(self, position_id: str) -> Position | None:
        return self._position.get(position_id)

    def quote(self, quote_id: str) -> Quote | None:
        return self._quote.get(quote_id)

    def actor_name(self, actor_id: str | None) -> str:
        actor = self._actor.get(actor_id or "")
        return actor.name if actor else (actor_id or "unknown")

    def side_of(self, actor_id: str) -> str | None:
        """The id of the actor's side."""
        actor = self._actor.get(actor_id)
        return actor.side if actor else None

    def side(self, side_id: str) -> Side:
        """The side with this id (one the briefing does not list gets a plain label and letter)."""
        side = self._side.get(side_id)
        return side if side is not None else fallback_side(side_id)

    @property
    def side_ids(self) -> tuple[str, ...]:
        """Every side's id in display order: the sides listed, then any an actor names that they do not."""
        return self._side_ids

    @property
    def negotiating_sides(self) -> tuple[Side, ...]:
        """The sides whose positions the briefing tracks: the columns of the positions matrix, in order."""
        return tuple(s for s in self.sides if s.negotiating)

    # ---- indexes -------------------------------------------------------------------------
    def events_by_actor(self, actor_id: str) -> tuple[Event, ...]:
        return self._events_by_actor.get(actor_id, ())

    def events_by_side(self, side: str) -> tuple[Event, ...]:
        return self._events_by_side.get(side, ())

    def events_by_issue(self, issue_id: str) -> tuple[Event, ...]:
        return self._events_by_issue.get(issue_id, ())

    def events_by_source(self, file: str) -> tuple[Event, ...]:
        return self._events_by_source.get(file, ())

    def events_in_year(self, year: int) -> tuple[Event, ...]:
        return self._events_by_year.get(year, ())

    def cell(self, side: str, issue_id: str) -> tuple[Position, ...]:
        """The positions of one side on one issue, oldest first; empty means no stated position."""
        return self._cells.get((side, issue_id), ())

    def positions_by_side(self, side: str) -> tuple[Position, ...]:
        return self._positions_by_side.get(side, ())

    def positions_by_issue(self, issue_id: str) -> tuple[Position, ...]:
        return self._positions_by_issue.get(issue_id, ())

    def quotes_by_speaker(self, actor_id: str | None) -> tuple[Quote, ...]:
        return self._quotes_by_speaker.get(actor_id, ())

    def quotes_by_source(self, file: str) -> tuple[Quote, ...]:
        return self._quotes_by_source.get(file, ())

    def mentions_in(self, file: str) -> tuple[Mention, ...]:
        """The mentions in one source, sorted by start (the records of the last few sources asked for are kept)."""
        cached = self._mentions_in
        found = cached.pop(file, None)
        if found is None:
            found = self.mentions.in_file(file)
            if len(cached) >= _MENTION_FILES_KEPT:
                del cached[next(iter(cached))]  # the least recently asked for
        cached[file] = found
        return found

    def mentions_of(self, actor_id: str) -> tuple[Mention, ...]:
        """The mentions of one actor, by source then offset (records made on each call: to count them, use
        `mention_count`)."""
        return self.mentions.of_actor(actor_id)

    def mention_count(self, actor_id: str | None = None, *, origin: Origin | None = None) -> int:
        """How many mentions there are of one actor (None: of all), of one origin if given; no records made."""
        return self.mentions.count_of(actor_id, origin=origin)

    def actors_by_side(self, side: str) -> tuple[Actor, ...]:
        return self._actors_by_side.get(side, ())

    def citations_at(self, file: str, offset: int) -> tuple[Citation, ...]:
        """Everything that cites the passage at `offset` of `file` (events, positions, quotes, ...)."""
        return self.citations_overlapping(file, offset, offset + 1)

    def citations_overlapping(self, file: str, start: int, end: int) -> tuple[Citation, ...]:
        entry = self._citations.get(file)
        if entry is None:
            entry = self._index_citations(file)
            if entry is None:
                return ()
            self._citations[file] = entry
        starts, items = entry
        hi = bisect.bisect_left(starts, end)
        return tuple(c for c in items[:hi] if c.span.end > start)

    def citations_of(self, span: Span) -> tuple[Citation, ...]:
        """Everything that cites this exact span or any part of it."""
        return self.citations_overlapping(span.source, span.start, span.end)


class _Claims:
    """The claims citing one source, each list in briefing order."""

    __slots__ = ("discrepancies", "events", "positions", "quotes", "roles", "sources")

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.positions: list[Position] = []
        self.quotes: list[Quote] = []
        self.discrepancies: list[Discrepancy] = []
        self.roles: list[tuple[Actor, Role]] = []
        self.sources: list[Source] = []


def _freeze(mapping: dict[K, list[V]]) -> dict[K, tuple[V, ...]]:
    return {key: tuple(values) for key, values in mapping.items()}
