"""The briefing model: immutable pydantic records, every claim anchored to a span of a source.

`records` holds the records (Source, Actor, Event, Position, Quote, ...), `sides` the sides a briefing carries,
`dates` the partial dates; `briefing` the Briefing that holds them all with its indexes; `mentions` the compact
store of actor mentions the Briefing keeps. Nothing here imports Textual (a test checks it). The TUI and the
exporters only read this model.
"""

from briefing.model.briefing import Briefing
from briefing.model.mentions import Mentions, MentionsBuilder
from briefing.model.dates import PartialDate, Precision
from briefing.model.records import (
    Actor,
    Alias,
    Citation,
    ClaimKind,
    Discrepancy,
    Event,
    Frozen,
    Issue,
    Mention,
    NO_DATE,
    Origin,
    Position,
    Problem,
    Quote,
    Region,
    Role,
    Source,
    SourcePart,
    Span,
    STATED_STANCES,
    Stance,
    UnknownName,
    stance_changes,
)
from briefing.model.sides import OTHER, UNPLACED, Side, fallback_side

__all__ = [
    "Actor",
    "Alias",
    "Briefing",
    "Citation",
    "ClaimKind",
    "Discrepancy",
    "Event",
    "Frozen",
    "Issue",
    "Mention",
    "NO_DATE",
    "Mentions",
    "MentionsBuilder",
    "OTHER",
    "Origin",
    "PartialDate",
    "Position",
    "Precision",
    "Problem",
    "Quote",
    "Region",
    "Role",
    "Side",
    "Source",
    "SourcePart",
    "Span",
    "STATED_STANCES",
    "Stance",
    "UNPLACED",
    "UnknownName",
    "fallback_side",
    "stance_changes",
]
