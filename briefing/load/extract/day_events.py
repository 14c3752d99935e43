"""The events of a folder, a day at a time: what a day's candidates make kept under their digest (days.py).

days.py keeps each day's grouping under the digest of that day's candidates (every field the merge and the
events read), so a folder that gains a few articles merges only the days they touch. Each event reads its
group's members alone, but for its number among the folder's events (its id): so the fields an event works
out of its members (gather.EventFields: its lead member, title, basis, rule, confidence) are kept beside the
grouping, and a day whose digest is known is not worked out again: its events are its groups with the kept
fields, numbered once every day's groups are in the merge's order. A kept day that does not check out (not
a grouping of its candidates, fields of the wrong shape or number) is merged again and kept anew.
"""

from __future__ import annotations

from briefing.load.extract.days import DayPlans, _plan, checked_plan, day_digest
from briefing.load.extract.events import Candidate, Merged, merge_candidates
from briefing.load.extract.gather import EventFields, event_fields, event_of, events_from
from briefing.model import Event


def events_by_day(candidates: list[Candidate], plans: DayPlans | None, digests: dict[str, bytes] | None,
                  party_sides: dict[str, str]) -> list[Event]:
    """`events_from(merge_candidates(candidates), party_sides)`, each day's grouping and its events' fields
    from `plans` where it holds them for the day's digest (`digests`: worked out already, by
    the date's iso), else merged and worked out, and kept there."""
    if plans is None:
        return events_from(merge_candidates(candidates), party_sides)
    days: dict[str, list[int]] = {}
    for at, candidate in enumerate(candidates):
        days.setdefault(candidate.date.iso, []).append(at)
    created: list[tuple[int, Merged, EventFields]] = []  # (where its first member is in `candidates`, ...)
    for iso, where in days.items():
        members = [candidates[at] for at in where]
        digest = digests.get(iso) if digests is not None else None
        if digest is None:
            digest = day_digest(members)
        kept = _kept_day(plans.day_plan(digest), members)
        if kept is None:
            plan = _plan(members)
            groups = [Merged(date=members[group[0]].date, members=[members[k] for k in group]) for group in plan]
            fields = [event_fields(group) for group in groups]
            plans.learned_day(digest, [plan, [f.plain() for f in fields]])
        else:
            plan, groups, fields = kept
        created += [(where[group[0]], merged, found) for group, merged, found in zip(plan, groups, fields, strict=True)]
    created.sort(key=lambda made: made[0])  # (the order merge_candidates creates the groups in)
    created.sort(key=lambda made: (made[1].date.sort_key, made[1].members[0].source, made[1].members[0].span.start))
    return [event_of(number, group, found, party_sides) for number, (_at, group, found) in enumerate(created, start=1)]


def _kept_day(kept: object, members: list[Candidate]) -> tuple[list[list[int]], list[Merged], list[EventFields]] | None:
    """The grouping of the day's `members` and its events' fields as kept, or None when they do not check out."""
    if type(kept) is not list or len(kept) != 2:  # noqa: PLR2004
        return None
    plan = checked_plan(kept[0], len(members))
    if plan is None or type(kept[1]) is not list or len(kept[1]) != len(plan):
        return None
    groups = [Merged(date=members[group[0]].date, members=[members[k] for k in group]) for group in plan]
    fields = [EventFields.from_plain(plain, len(group)) for plain, group in zip(kept[1], plan, strict=True)]
    if any(found is None for found in fields):
        return None
    return plan, groups, fields  # type: ignore[return-value]
