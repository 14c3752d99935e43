"""The records of a briefing: immutable pydantic models, every claim anchored to a span of a source.

Nothing here imports Textual (a test checks it). The TUI and the exporters only read this model.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import SerializerFunctionWrapHandler, field_serializer

from briefing.model.base import Frozen, LazyField, span_files
from briefing.model.dates import PartialDate, Precision
from briefing.model.sides import OTHER


class Stance(StrEnum):
    """A side's stance on an issue's proposition ("Ukraine may join NATO"): for it, against it, for it only
    on a condition, open to discussing it, or no stated position (a cell the sources leave empty)."""

    FOR = "for"
    AGAINST = "against"
    CONDITIONAL = "conditional"
    OPEN = "open"
    NONE = "none"

    @property
    def label(self) -> str:
        return "no stated position" if self is Stance.NONE else self.value

    @property
    def short(self) -> str:
        """The label in at most seven characters, for a narrow matrix column."""
        return STANCE_SHORT.get(self, self.value)

    @property
    def meaning(self) -> str:
        return STANCE_MEANINGS[self]


STANCE_SHORT = {Stance.CONDITIONAL: "cond'l", Stance.NONE: "·"}
STANCE_MEANINGS = {
    Stance.FOR: "for the proposition",
    Stance.AGAINST: "against it",
    Stance.CONDITIONAL: "for it only on a condition",
    Stance.OPEN: "open to discussing it, not committed",
    Stance.NONE: "the sources state no position",
}
#: The stances a position can hold (NONE is an empty cell, never a record).
STATED_STANCES: tuple[Stance, ...] = (Stance.FOR, Stance.AGAINST, Stance.CONDITIONAL, Stance.OPEN)


Origin = Literal["curated", "auto"]

class Span(Frozen):
    """A character span [start, end) of one source's (sanitised) text."""

    source: str
    start: int
    end: int
    text: str

    @field_serializer("text", mode="wrap")
    def _text_made(self, _value: object, handler: SerializerFunctionWrapHandler) -> object:
        # (a warm load leaves a text not read yet in the record's __dict__: see the LazyField below)
        return handler(self.text)


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


#: How a source's `published_note` begins when its text prints no date and the loader dated it from elsewhere (a
#: window from the folder's other sources: load/extract/anchoring.py); `check` shows the rest as the reason.
NO_DATE = "automatic: no date in the text; "


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

    @field_serializer("text", mode="wrap")
    def _text_made(self, _value: object, handler: SerializerFunctionWrapHandler) -> object:
        return handler(self.text)

    @field_serializer("regions", mode="wrap")
    def _regions_made(self, _value: object, handler: SerializerFunctionWrapHandler) -> object:
        return handler(self.regions)  # (a warm load's regions are made on first use: see the LazyField below)

    @property
    def chars(self) -> int:
        """The text's length (a text not read yet knows it: see the LazyField below)."""
        return len(self.__dict__["text"])

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
    #: The id of its side (one of the briefing's sides; see model/sides.py).
    side: str = OTHER
    aliases: tuple[Alias, ...] = ()
    roles: tuple[Role, ...] = ()
    #: "auto" for people found in the text (extract/people.py), with the span of their first mention.
    origin: Origin = "curated"
    evidence: tuple[Span, ...] = ()
    rule: str = ""
    #: False when the text gave no side for an automatic person (side is then "unplaced", never a guess).
    placed: bool = True

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
    #: What a stance is for or against, as a statement: "Ukraine may join NATO".
    proposition: str = ""
    description: str = ""
    keywords: tuple[str, ...] = ()
    #: What the keywords name: the proposition itself ("NATO membership"), its opposite ("sanctions", for
    #: "Sanctions on Russia are eased"), or either ("territory"): then no stance is read automatically.
    keywords_name: Literal["proposition", "opposite", "either"] = "proposition"
    #: Keywords that name the proposition, or its opposite, whatever `keywords_name` says of the rest: for
    #: "territory" (either), "pre-2014 borders" names the proposition and "strikes on energy" the opposite.
    keywords_proposition: tuple[str, ...] = ()
    keywords_opposite: tuple[str, ...] = ()


class Evidenced(Frozen):
    """A record whose `evidence` (its spans) a warm load may leave to be made on first use (codec_models._LAZY)."""

    @property
    def sources(self) -> tuple[str, ...]:
        """The distinct sources of its evidence, in order (the timeline's count: the spans are not made for it)."""
        return span_files(self)

    @field_serializer("evidence", mode="wrap", check_fields=False)
    def _evidence_made(self, _value: object, handler: SerializerFunctionWrapHandler) -> object:
        return handler(self.evidence)  # (see Quote._also_made)


class Event(Evidenced):
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
    #: Sides the event stands on through parties that are no actor (a side's cue word, a country a side
    #: lists: "Thailand and Cambodia agreed"), besides its actors' sides; a side filter sees both.
    sides: tuple[str, ...] = ()

    @property
    def precision(self) -> Precision:
        return self.date.precision


class Position(Evidenced):
    id: str
    side: str
    issue: str
    stance: Stance
    summary: str = ""
    date: PartialDate | None = None
    holders: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()
    origin: Origin = "curated"
    confidence: float = 1.0
    rule: str = ""

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Date order, a month or year known only by its name after its days (a side stood so by then at the
        latest: "2025: suspended aid" is not before "12 Feb 2025"); an undated position first (it cannot be
        where a side stands now)."""
        if self.date is None:
            return (0, 0, 0)
        return (self.date.year, self.date.month or 13, self.date.day or 32)


def stance_changes(positions: tuple[Position, ...] | list[Position]) -> list[tuple[Position, Position]]:
    """Where a side's stance changed over the period: (before, after) pairs of dated positions, in date order,
    whose dates differ and whose stances differ. Two voices of one side on one day are not a change."""
    dated = sorted((p for p in positions if p.date is not None), key=lambda p: p.sort_key)
    changes: list[tuple[Position, Position]] = []
    previous: list[Position] = []  # the positions of the last date seen
    current: list[Position] = []
    for position in dated:
        if current and position.sort_key != current[0].sort_key:
            previous, current = current, []
        current.append(position)
        if previous and position.stance not in {p.stance for p in previous}:
            changes.append((previous[-1], position))
    return changes


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
    #: The same words by the same speaker in other copies (one claim, many sources; see load/claims.py).
    also: tuple[Span, ...] = ()

    @property
    def text(self) -> str:
        return self.span.text

    @property
    def source_count(self) -> int:
        """How many sources report this quote (this one and those in `also`; copies not made yet stay unmade)."""
        return len({self.span.source, *span_files(self, "also")})

    @property
    def source(self) -> str:
        return self.span.source

    @field_serializer("also", mode="wrap")
    def _also_made(self, _value: object, handler: SerializerFunctionWrapHandler) -> object:
        # (pydantic's serializer reads the record's __dict__, where a warm load leaves copies not made yet: make them)
        return handler(self.also)


# A warm load makes a quote's copies in other sources on first use (briefing.load.codec: the cache's spans, checked
# at load, made when the "N sources" list or an export asks; 46 % of a large folder's spans).
type.__setattr__(Quote, "also", LazyField("also"))
# A warm load reads a source's file on first use (briefing.load.text_store: an unchanged file is not read to open
# the briefing), checked against the digest it was built from; its spans' texts are sliced from it then.
type.__setattr__(Span, "text", LazyField("text"))
type.__setattr__(Source, "text", LazyField("text"))
# A source's regions likewise (briefing.load.codec_lazy: checked at load, made when the source pane, `check` or an
# export reads them).
type.__setattr__(Source, "regions", LazyField("regions"))
# Events' and positions' evidence likewise (the rest of a large folder's spans but a few thousand): the timeline
# and the source and positions panes make one record's, or one cell's, when they show it.
type.__setattr__(Event, "evidence", LazyField("evidence"))
type.__setattr__(Position, "evidence", LazyField("evidence"))


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
