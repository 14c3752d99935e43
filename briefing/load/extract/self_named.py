"""A quote given by a pronoun to someone its own words name ("“X said a friend of his had been wronged,” he
said." with X the last person before it): a speaker does not name himself as a third party, so the pronoun points
to someone else, and the quote's speaker is unknown (quotes.py)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from briefing.load.extract.speakers import MentionAt, RawQuote

__all__ = ["not_self_named"]

_PRONOUNS = frozenset({"he", "she", "him", "her"})


def not_self_named(text: str, quotes: list[RawQuote], mentions: list[MentionAt]) -> list[RawQuote]:
    """`quotes` with every one whose speaker comes from a pronoun and is named inside its own words left unknown.
    One pass: each quote looks only at the mentions that start inside it."""
    persons = sorted((m.start, m.actor) for m in mentions if m.person)
    starts = [start for start, _actor in persons]
    out = []
    for quote in quotes:
        if quote.speaker and 0 <= quote.attr_start < quote.attr_end \
                and _PRONOUNS.intersection(text[quote.attr_start:quote.attr_end].lower().split()) \
                and not _named_in(starts, quote.attr_start, quote.attr_end):
            at = bisect_left(starts, quote.start)
            while at < len(persons) and persons[at][0] < quote.end:
                if persons[at][1] == quote.speaker:
                    quote = replace(quote, speaker=None, rule="quote:unattributed", confidence=0.5)
                    break
                at += 1
        out.append(quote)
    return out


def _named_in(starts: list[int], start: int, end: int) -> bool:
    """Whether a person's mention starts in [start, end): the attribution names its speaker ("Khan told him")."""
    at = bisect_left(starts, start)
    return at < len(starts) and starts[at] < end
