"""The briefing model: immutable pydantic records, every claim anchored to a span of a source.

Nothing here imports Textual (a test checks it). The TUI and the exporters only read this model.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from enum import StrEnum
from typing import Any, Literal, Self, TypeVar

from pydantic import BaseModel, ConfigDict, PrivateAttr, model_validator


K = TypeVar("K")
V = TypeVar("V")


class Side(StrEnum):
    US = "us"
    RUSSIA = "russia"
    UKRAINE = "ukraine"
    EUROPE = "europe"
    MEDIATOR = "mediator"
    OTHER = "other"

    @property
    def label(self) -> str:
        return SIDE_LABELS[self]

    @property
    def letter(self) -> str:
        return SIDE_LETTERS[self]


SIDE_LABELS = {
    Side.US: "US",
    Side.RUSSIA: "Russia",
    Side.UKRAINE: "Ukraine",
    Side.EUROPE: "Europe",
    Side.MEDIATOR: "Mediators",
    Side.OTHER: "Other",
}
SIDE_LETTERS = {
    Side.US: "U",
    Side.RUSSIA: "R",
    Side.UKRAINE: "K",
    Side.EUROPE: "E",
    Side.MEDIATOR: "M",
    Side.OTHER: "O",
}
#: The four sides whose negotiating positions the briefing tracks, in column order.
NEGOTIATING_SIDES: tuple[Side, ...] = (Side.US, Side.RUSSIA, Side.UKRAINE, Side.EUROPE)


class Stance(StrEnum):
    SUPPORTS = "supports"
    OPPOSES = "opposes"
    REJECTS = "rejects"
    DEMANDS = "demands"
    PROPOSES = "proposes"
    CONDITIONAL = "conditional"
    OPEN = "open"
    NONE = "none"

    @property
    def label(self) -> str:
        return "no stated position" if self is Stance.NONE else self.value


Origin = Literal["curated", "auto"]
Precision = Literal["day", "month", "year"]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


_new_object = object.__new__
_set_slot = object.__setattr__


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def trusted(cls, **values: Any) -> Self:
        """A record built from values the loader made itself (offsets into a text it holds, records
        already validated): no validation, and one shared fields-set per class, so a folder's hundreds
        of thousands of spans and mentions cost a microsecond and a few hundred bytes each. Fields left
        out take their defaults."""
        names, defaults, shared = _FIELDS.get(cls) or _fields(cls)
        if len(values) != len(names):
            values = {name: values[name] if name in values else defaults[name] for name in names}
        record = _new_object(cls)
        _set_slot(record, "__dict__", values)
        _set_slot(record, "__pydantic_fields_set__", shared)
        _set_slot(record, "__pydantic_extra__", None)
        _set_slot(record, "__pydantic_private__", None)
        return record

    @classmethod
    def trusted_maker(cls) -> Callable[[dict[str, Any]], Self]:
        """`make(values)`: `trusted` for a dict holding every field (it becomes the record's own), for loops."""
        shared = _fields(cls)[2]

        def make(values: dict[str, Any]) -> Self:
            record = _new_object(cls)
            _set_slot(record, "__dict__", values)
            _set_slot(record, "__pydantic_fields_set__", shared)
            _set_slot(record, "__pydantic_extra__", None)
            _set_slot(record, "__pydantic_private__", None)
            return record

        return make


#: Per model class: field names, their defaults, and the fields-set every trusted record shares (pydantic
#: copies it before any change: model_copy works on a copy).
_FIELDS: dict[type, tuple[tuple[str, ...], dict[str, Any], set[str]]] = {}


def _fields(cls: type[BaseModel]) -> tuple[tuple[str, ...], dict[str, Any], set[str]]:
    fields = _FIELDS.get(cls)
    if fields is None:
        names = tuple(cls.model_fields)
        defaults = {name: field.get_default(call_default_factory=True) for name, field in cls.model_fields.items()
                    if not field.is_required()}
        fields = _FIELDS[cls] = (names, defaults, set(names))
    return fields


class PartialDate(Frozen):
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @model_validator(mode="after")
    def _check(self) -> PartialDate:
        import datetime as _dt

        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1-12")
        if self.day is not None:
            _dt.date(self.year, self.month or 1, self.day)  # raises ValueError on 2025-02-30
        return self

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        match = _PARTIAL_DATE.match(value.strip())
        if not match:
            raise ValueError(f"{value!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)")
        year, month, day = (int(g) if g else None for g in match.groups())
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"month {month} is not 1-12")
        if day is not None:
            import datetime as _dt

            try:
                _dt.date(year, month, day)  # type: ignore[arg-type]
            except ValueError:
                raise ValueError(f"{value.strip()} is not a day of the calendar") from None
        return cls(year=year, month=month, day=day)  # type: ignore[arg-type]

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    @property
    def iso(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def display(self) -> str:
        """Human form at its precision: '12 Feb 2025', 'Mar 2025', '2014'."""
        if self.month is None:
            return str(self.year)
        if self.day is None:
            return f"{_MONTHS[self.month - 1]} {self.year}"
        return f"{self.day:2d} {_MONTHS[self.month - 1]} {self.year}"

    @property
    def sort_key(self) -> tuple[int, int, int]:
        # A month-only date sorts before the days of that month; a year before its months.
        return (self.year, self.month or 0, self.day or 0)

    def __str__(self) -> str:
        return self.iso


class Span(Frozen):
    """A character span [start, end) of one source's (sanitised) text."""

    source: str
    start: int
    end: int
    text: str

    def covers(self, offset: int) -> bool:
        return self.start <= offset < self.end


class Region(Frozen):
    """A stretch of a source that is not article text: dimmed in the TUI, skipped by extraction."""

    kind: Literal["boilerplate", "offtopic"]
    label: str
    start: int
    end: int
    origin: Origin = "curated"
    confidence: float = 1.0
    #: For automatic regions, the rule that found it (e.g. "boiler:read-full-article").
    rule: str = ""


class SourcePart(Frozen):
    """One article of a compilation source."""

    outlet: str
    headline: str = ""
    published: PartialDate | None = None
    start: int = 0


class Source(Frozen):
    file: str
    text: str
    outlet: str = ""
    headline: str = ""
    published: PartialDate | None = None
    published_basis: str = "unknown"
    published_note: str = ""
    published_evidence: tuple[Span, ...] = ()
    parts: tuple[SourcePart, ...] = ()
    regions: tuple[Region, ...] = ()
    sha256: str = ""
    #: What the loader had to do to read the file (e.g. invalid UTF-8 replaced), shown to the user.
    notes: tuple[str, ...] = ()
    #: "auto" when outlet/headline/date were extracted from the text rather than curated in sources.toml.
    meta_origin: Origin = "curated"
    meta_confidence: float = 1.0
    #: The rule that gave the publication date (e.g. "meta:byline-published"), for automatic metadata.
    meta_rule: str = ""

    @property
    def chars(self) -> int:
        return len(self.text)

    def region_at(self, offset: int) -> Region | None:
        for region in self.regions:
            if region.start <= offset < region.end:
                return region
        return None

    def in_region(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps boilerplate or off-topic text."""
        return any(r.start < end and start < r.end for r in self.regions)


class Role(Frozen):
    title: str
    since: PartialDate | None = None
    until: PartialDate | None = None
    evidence: tuple[Span, ...] = ()


class Alias(Frozen):
    text: str
    misspelling: bool = False
    origin: Origin = "curated"
    #: Fuzzy-match score for automatically found variants (100 for exact aliases).
    score: float = 100.0
    evidence: tuple[Span, ...] = ()


class Actor(Frozen):
    id: str
    name: str
    kind: str = "person"
    side: Side = Side.OTHER
    aliases: tuple[Alias, ...] = ()
    roles: tuple[Role, ...] = ()

    @property
    def role(self) -> str:
        return self.roles[0].title if self.roles else ""


class Mention(Frozen):
    """One occurrence of an actor in a source."""

    actor: str
    span: Span
    alias: str
    score: float = 100.0
    origin: Origin = "curated"
    #: What matched, for automatic mentions: "actor:exact", "actor:fuzzy", ...
    rule: str = ""


class Issue(Frozen):
    id: str
    name: str
    description: str = ""
    keywords: tuple[str, ...] = ()


class Event(Frozen):
    id: str
    date: PartialDate
    date_basis: str = ""
    title: str
    summary: str = ""
    actors: tuple[str, ...] = ()
    issues: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    origin: Origin = "curated"
    confidence: float = 1.0
    rule: str = ""

    @property
    def precision(self) -> Precision:
        return self.date.precision

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(span.source for span in self.evidence))


class Position(Frozen):
    id: str
    side: Side
    issue: str
    stance: Stance
    summary: str = ""
    date: PartialDate | None = None
    holders: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    origin: Origin = "curated"
    confidence: float = 1.0
    rule: str = ""


class Quote(Frozen):
    id: str
    speaker: str | None
    span: Span
    date: PartialDate | None = None
    origin: Origin = "curated"
    confidence: float = 1.0
    rule: str = ""
    #: Where the text says who spoke ("Lavrov said"), for automatic attributions.
    attribution: Span | None = None

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def source(self) -> str:
        return self.span.source


class Discrepancy(Frozen):
    id: str
    kind: str
    summary: str
    evidence: tuple[Span, ...] = ()
    origin: Origin = "curated"
    confidence: float = 1.0
    rule: str = ""


class UnknownName(Frozen):
    """A capitalised name in the articles that matches no actor of the gazetteer."""

    name: str
    count: int = 1
    evidence: tuple[Span, ...] = ()
    origin: Origin = "auto"
    rule: str = "actor:unknown-name"


class Problem(Frozen):
    """Something wrong with the input. The rest still loads."""

    file: str
    message: str
    line: int | None = None

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}" if self.line else self.file

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


ClaimKind = Literal["event", "position", "quote", "discrepancy", "alias", "role", "source"]


class Citation(Frozen):
    """A claim that stands on a span: what kind it is, its id, and the span."""

    kind: ClaimKind
    id: str
    span: Span
    label: str


class Briefing(Frozen):
    """The whole briefing: one immutable, indexed model built from a data folder."""

    data_dir: str
    sources: tuple[Source, ...] = ()
    actors: tuple[Actor, ...] = ()
    issues: tuple[Issue, ...] = ()
    events: tuple[Event, ...] = ()
    positions: tuple[Position, ...] = ()
    quotes: tuple[Quote, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()
    mentions: tuple[Mention, ...] = ()
    problems: tuple[Problem, ...] = ()
    #: Capitalised names that match no actor (automatic extraction), most frequent first.
    unknown_names: tuple[UnknownName, ...] = ()

    _source: dict[str, Source] = PrivateAttr(default_factory=dict)
    _actor: dict[str, Actor] = PrivateAttr(default_factory=dict)
    _issue: dict[str, Issue] = PrivateAttr(default_factory=dict)
    _event: dict[str, Event] = PrivateAttr(default_factory=dict)
    _position: dict[str, Position] = PrivateAttr(default_factory=dict)
    _quote: dict[str, Quote] = PrivateAttr(default_factory=dict)
    _events_by_actor: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_side: dict[Side, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_issue: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_source: dict[str, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _events_by_year: dict[int, tuple[Event, ...]] = PrivateAttr(default_factory=dict)
    _cells: dict[tuple[Side, str], tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _positions_by_side: dict[Side, tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _positions_by_issue: dict[str, tuple[Position, ...]] = PrivateAttr(default_factory=dict)
    _quotes_by_speaker: dict[str | None, tuple[Quote, ...]] = PrivateAttr(default_factory=dict)
    _quotes_by_source: dict[str, tuple[Quote, ...]] = PrivateAttr(default_factory=dict)
    #: Each source's mentions in the order they come; sorted by offset the first time they are asked for.
    _mentions_by_source: dict[str, list[Mention]] = PrivateAttr(default_factory=dict)
    _mentions_sorted: dict[str, tuple[Mention, ...]] = PrivateAttr(default_factory=dict)
    _mentions_by_actor: dict[str, tuple[Mention, ...]] = PrivateAttr(default_factory=dict)
    _actors_by_side: dict[Side, tuple[Actor, ...]] = PrivateAttr(default_factory=dict)
    #: Per source, the claims citing it (for its citation index, built the first time it is asked for).
    _claims_by_source: dict[str, _Claims] = PrivateAttr(default_factory=dict)
    _citations: dict[str, tuple[list[int], list[Citation]]] = PrivateAttr(default_factory=dict)

    def model_post_init(self, _context: object) -> None:
        # Indexes are built in locals and assigned once: a private attribute read goes through pydantic's
        # __getattr__, far too slow inside loops over a large folder's records.
        actor_of = {a.id: a for a in self.actors}
        issue_of = {i.id: i for i in self.issues}
        self._source = {s.file: s for s in self.sources}
        self._actor = actor_of
        self._issue = issue_of
        self._event = {e.id: e for e in self.events}
        self._position = {p.id: p for p in self.positions}
        self._quote = {q.id: q for q in self.quotes}

        by_actor: dict[str, list[Event]] = defaultdict(list)
        by_side: dict[Side, list[Event]] = defaultdict(list)
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

        cells: dict[tuple[Side, str], list[Position]] = defaultdict(list)
        pos_side: dict[Side, list[Position]] = defaultdict(list)
        pos_issue: dict[str, list[Position]] = defaultdict(list)
        for position in self.positions:
            cells[(position.side, position.issue)].append(position)
            pos_side[position.side].append(position)
            pos_issue[position.issue].append(position)
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

        m_source: dict[str, list[Mention]] = defaultdict(list)
        m_actor: dict[str, list[Mention]] = defaultdict(list)
        for mention in self.mentions:
            m_source[mention.span.source].append(mention)
            m_actor[mention.actor].append(mention)
        self._mentions_by_source = m_source
        self._mentions_sorted = {}
        self._mentions_by_actor = _freeze(m_actor)

        a_side: dict[Side, list[Actor]] = defaultdict(list)
        for actor in self.actors:
            a_side[actor.side].append(actor)
        self._actors_by_side = _freeze(a_side)

        claims: dict[str, _Claims] = defaultdict(_Claims)
        for event in self.events:
            for file in event.sources:
                claims[file].events.append(event)
        for position in self.positions:
            for file in dict.fromkeys(span.source for span in position.evidence):
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
            label = f"{position.side.label} on {issue.name if issue else position.issue}: {position.stance.label}"
            for span in position.evidence:
                if span.source == file:
                    items.append(cite(kind="position", id=position.id, span=span, label=label))
        for quote in claims.quotes:
            speaker = actor_of.get(quote.speaker) if quote.speaker else None
            who = (speaker.name if speaker else quote.speaker) if quote.speaker else "unattributed"
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

    def side_of(self, actor_id: str) -> Side | None:
        actor = self._actor.get(actor_id)
        return actor.side if actor else None

    # ---- indexes -------------------------------------------------------------------------
    def events_by_actor(self, actor_id: str) -> tuple[Event, ...]:
        return self._events_by_actor.get(actor_id, ())

    def events_by_side(self, side: Side) -> tuple[Event, ...]:
        return self._events_by_side.get(side, ())

    def events_by_issue(self, issue_id: str) -> tuple[Event, ...]:
        return self._events_by_issue.get(issue_id, ())

    def events_by_source(self, file: str) -> tuple[Event, ...]:
        return self._events_by_source.get(file, ())

    def events_in_year(self, year: int) -> tuple[Event, ...]:
        return self._events_by_year.get(year, ())

    def cell(self, side: Side, issue_id: str) -> tuple[Position, ...]:
        """The positions of one side on one issue, oldest first; empty means no stated position."""
        return self._cells.get((side, issue_id), ())

    def positions_by_side(self, side: Side) -> tuple[Position, ...]:
        return self._positions_by_side.get(side, ())

    def positions_by_issue(self, issue_id: str) -> tuple[Position, ...]:
        return self._positions_by_issue.get(issue_id, ())

    def quotes_by_speaker(self, actor_id: str | None) -> tuple[Quote, ...]:
        return self._quotes_by_speaker.get(actor_id, ())

    def quotes_by_source(self, file: str) -> tuple[Quote, ...]:
        return self._quotes_by_source.get(file, ())

    def mentions_in(self, file: str) -> tuple[Mention, ...]:
        found = self._mentions_sorted.get(file)
        if found is None:
            found = tuple(sorted(self._mentions_by_source.get(file, ()), key=lambda m: m.span.start))
            self._mentions_sorted[file] = found
        return found

    def mentions_of(self, actor_id: str) -> tuple[Mention, ...]:
        return self._mentions_by_actor.get(actor_id, ())

    def actors_by_side(self, side: Side) -> tuple[Actor, ...]:
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
