"""The briefing model: immutable pydantic records, every claim anchored to a span of a source.

`records` holds the records (Source, Actor, Event, Position, Quote, ...); `briefing` the Briefing that holds
them all with its indexes; `mentions` the compact store of actor mentions the Briefing keeps. Nothing here imports Textual (a test checks it). The TUI and the exporters only
read this model.
"""

from briefing.model.briefing import Briefing
from briefing.model.mentions import Mentions, MentionsBuilder
from briefing.model.records import (
    NEGOTIATING_SIDES,
    SIDE_LABELS,
    SIDE_LETTERS,
    Actor,
    Alias,
    Citation,
    ClaimKind,
    Discrepancy,
    Event,
    Frozen,
    Issue,
    Mention,
    Origin,
    PartialDate,
    Position,
    Precision,
    Problem,
    Quote,
    Region,
    Role,
    Side,
    Source,
    SourcePart,
    Span,
    STATED_STANCES,
    Stance,
    UnknownName,
    stance_changes,
)

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
    "Mentions",
    "MentionsBuilder",
    "NEGOTIATING_SIDES",
    "Origin",
    "PartialDate",
    "Position",
    "Precision",
    "Problem",
    "Quote",
    "Region",
    "Role",
    "SIDE_LABELS",
    "SIDE_LETTERS",
    "Side",
    "Source",
    "SourcePart",
    "Span",
    "STATED_STANCES",
    "Stance",
    "UnknownName",
    "stance_changes",
]
