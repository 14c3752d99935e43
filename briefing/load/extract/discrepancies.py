"""Discrepancies found automatically: spelling variants of one actor, publication-date conflicts, the
same quote rendered differently in two sources (or parts), and one event whose weekday resolves to
different dates in different sources."""

from __future__ import annotations

from collections import defaultdict

from rapidfuzz import fuzz

from briefing.load.extract.events import Candidate, jaccard
from briefing.load.extract.name_words import transliteration_key
from briefing.load.extract.person_groups import short_form
from briefing.load.extract.renderings import quote_renderings  # noqa: F401 - (its home before)
from briefing.model import Actor, Discrepancy, Mention, Span


def same_family(one: str, other: str) -> bool:
    """Two spellings of one name by a known transliteration, not a slip of the pen; or a given name written
    short ("Ric Grenell" for "Richard Grenell")."""
    if one == other:
        return False
    a, b = transliteration_key(one).split(), transliteration_key(other).split()
    return a == b or (len(a) == len(b) >= 2 and a[1:] == b[1:]
                      and (short_form(a[0], b[0]) or short_form(b[0], a[0])))


def spelling_variants(actors: dict[str, Actor], mentions: list[Mention]) -> list[Discrepancy]:
    """An actor written two ways: a misspelt or fuzzy-matched form next to a correct one elsewhere."""
    by_actor: dict[str, list[Mention]] = defaultdict(list)
    fuzzy: set[str] = set()
    for mention in mentions:  # (hundreds of thousands in a large folder: each is read once here)
        by_actor[mention.actor].append(mention)
        if mention.rule == "actor:fuzzy":
            fuzzy.add(mention.actor)
    found = []
    for actor_id, items in sorted(by_actor.items()):
        actor = actors.get(actor_id)
        if actor is None:
            continue
        misspelt = {a.text for a in actor.aliases if a.misspelling}
        if not misspelt and actor_id not in fuzzy:
            continue  # no odd spelling to report
        odd: list[Mention] = []
        good: list[Mention] = []
        for m in items:
            (odd if m.rule == "actor:fuzzy" or m.span.text in misspelt else good).append(m)
        if not odd:
            continue
        seen: set[str] = set()
        for m in odd:
            if m.span.text in seen:
                continue
            seen.add(m.span.text)
            # The correct spelling nearest the variant, preferably in another source ("Kiiv" → "Kyiv").
            spellings = {(g.span.source != m.span.source, g.span.text): g for g in good}  # one per spelling
            other = max(spellings.values(), default=None,
                        key=lambda g: (g.span.source != m.span.source, fuzz.ratio(g.span.text, m.span.text)))
            evidence = (m.span,) + ((other.span,) if other else ())
            also = f"; written {other.span.text!r} in {other.span.source}" if other else ""
            # A transliteration of the name (or of a spelling found elsewhere) is a variant, not a misspelling.
            variant = any(same_family(m.span.text, form) for form in
                          [actor.name, m.alias] + [a.text for a in actor.aliases] + [g.span.text for g in good[:50]])
            found.append(Discrepancy(
                id=f"auto-spelling-{actor_id}-{len(found) + 1}", kind="variant" if variant else "misspelling",
                summary=f"{actor.name} is spelt {m.span.text!r} in {m.span.source}{also}"
                        + (" (a transliteration variant)" if variant else ""),
                evidence=evidence, origin="auto", confidence=round(min(1.0, m.score / 100), 2),
                rule="disc:spelling-variant"))
    return found


def weekday_mismatches(candidates: list[Candidate]) -> list[Discrepancy]:
    """One event (shared actors, similar words) dated from weekdays to different days by two sources."""
    weekday = [c for c in candidates if c.date_rule.startswith("date:weekday")]
    found = []
    seen: set[tuple[int, int]] = set()
    by_actor: dict[str, list[int]] = defaultdict(list)
    for index, c in enumerate(weekday):
        for actor in c.actors:
            by_actor[actor].append(index)
    # What each comparison reads, once per candidate compared (the first sixty of an actor's: 1,770
    # comparisons); a date as a tuple, equal exactly when the dates are, and far quicker to compare.
    compared = sorted({index for members in by_actor.values() for index in members[:60]})
    day = {i: (weekday[i].date.year, weekday[i].date.month, weekday[i].date.day) for i in compared}
    ordinal = {i: _ordinal(weekday[i]) for i in compared}
    where = {i: (weekday[i].span.source, weekday[i].span.start) for i in compared}
    reference = {i: weekday[i].date_basis.split(",")[1:] for i in compared}
    # The days each sentence gives (a sentence listing two dated steps is two candidates, events.event_dates):
    # a sentence that gives the other's day too does not disagree with it.
    days_at: dict[tuple[str, int], set[tuple]] = defaultdict(set)
    for i in compared:
        days_at[where[i]].add(day[i])
    for members in by_actor.values():
        for i, a in enumerate(members[:60]):
            for b in members[i + 1:60]:
                if (a, b) in seen or day[a] == day[b] or day[a] in days_at[where[b]] or day[b] in days_at[where[a]]:
                    continue
                same_source = where[a][0] == where[b][0]
                if same_source and abs(where[a][1] - where[b][1]) < 1:
                    continue
                if same_source and reference[a] == reference[b]:
                    continue  # the same reference date: two different days really
                days = abs(ordinal[a] - ordinal[b])
                ca, cb = weekday[a], weekday[b]
                if days > 3 or jaccard(ca.words, cb.words) < 0.2:
                    continue
                seen.add((a, b))
                found.append(Discrepancy(
                    id=f"auto-weekday-{len(found) + 1}", kind="date_mismatch",
                    summary=f"One event dated {ca.date.iso} ({ca.date_basis.split(',')[0]}) and "
                            f"{cb.date.iso} ({cb.date_basis.split(',')[0]}) by different sources",
                    evidence=(ca.span, cb.span), origin="auto", confidence=0.5, rule="disc:weekday-mismatch"))
    return found


def _ordinal(c: Candidate) -> int:
    import datetime as dt

    d = c.date
    return dt.date(d.year, d.month or 1, d.day or 1).toordinal()


def pubdate_conflicts(conflicts: list[tuple[str, tuple[Span, ...]]]) -> list[Discrepancy]:
    return [Discrepancy(id=f"auto-pubdate-{n}", kind="wrong_year", summary=summary, evidence=spans,
                        origin="auto", confidence=0.8, rule="disc:pubdate-conflict")
            for n, (summary, spans) in enumerate(conflicts, start=1)]
