"""The event merge, a day at a time, each day's grouping kept between loads.

`events.merge_candidates` groups candidates only with groups of their own day (its blocks are keyed by day
and actor), so the groups of one day are a function of that day's candidates in source order alone. A
folder that gains or loses a few articles changes the candidates of a few days: the grouping of every
other day is taken from the cache, under a digest of that day's candidates (every field the merge reads:
actors, words, persons, and the span), and only the changed days are merged again.

A kept grouping is a list of groups, each the positions of its members in the day's candidates: believed
only if it is a partition of those positions, each group in order, the groups in the order of their first
member (the order `merge_candidates` creates them in); anything else is merged again. The groups are then
put in the order `merge_candidates` gives (its sort, ties in creation order), so the events, their numbers
and their ids are those of the merge over the whole folder (tests/test_incremental.py holds it to that).
"""

from __future__ import annotations

import hashlib
from typing import Protocol

from briefing.load.extract.events import Candidate, merge_candidates


class DayPlans(Protocol):
    """Where each day's grouping is kept (briefing.load.store.ArticleMemo)."""

    def day_plan(self, digest: bytes) -> object | None:
        """The grouping kept for the day's candidates of this digest, or None."""

    def learned_day(self, digest: bytes, plan: list[list[int]]) -> None:
        """Keep `plan` for the day's candidates of this digest."""


def _plan(members: list[Candidate]) -> list[list[int]]:
    position = {id(candidate): k for k, candidate in enumerate(members)}
    plan = [[position[id(m)] for m in group.members] for group in merge_candidates(members)]
    plan.sort(key=lambda group: group[0])
    return plan


def digests_by_day(candidates: list[Candidate], known: dict[str, bytes]) -> dict[str, bytes]:
    """Each day's `day_digest` over its candidates in the order given (the merge's: source order), by the
    date's iso; a day in `known` (its candidates those `known` was worked out from) taken from it."""
    days: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        days.setdefault(candidate.date.iso, []).append(candidate)
    return {iso: known.get(iso) or day_digest(members) for iso, members in days.items()}


def day_digest(members: list[Candidate]) -> bytes:
    """A digest of everything of one day's candidates the merge and the events made from it read."""
    digest = hashlib.sha256()
    for c in members:
        date = c.date
        digest.update(repr((c.source, date.year, date.month, date.day, c.date_basis, c.date_rule, c.date_confidence,
                            c.verb, c.actors, c.issues, c.span.source, c.span.start, c.span.end, c.span.text,
                            sorted(c.words), c.persons, c.distance)).encode("utf-8", "surrogateescape"))
        digest.update(b"\0")
    return digest.digest()


def checked_plan(plan: object, count: int) -> list[list[int]] | None:
    """`plan` if it is a grouping of `count` candidates as `_plan` makes them, else None."""
    if type(plan) is not list or not plan:
        return None
    seen = 0
    firsts = []
    for group in plan:
        if type(group) is not list or not group or not all(type(k) is int for k in group):
            return None
        if any(b <= a for a, b in zip(group, group[1:])) or group[0] < 0 or group[-1] >= count:
            return None
        firsts.append(group[0])
        seen += len(group)
    if seen != count or firsts != sorted(firsts) or len({k for group in plan for k in group}) != count:
        return None
    return plan
