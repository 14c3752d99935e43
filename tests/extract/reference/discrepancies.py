"""discrepancies.py before it was made faster: for each odd spelling, every correct mention of the
actor read again."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from rapidfuzz import fuzz

from briefing.load.extract.events import Candidate, jaccard
from briefing.load.spans import fold
from briefing.model import Actor, Discrepancy, Mention, Quote

def spelling_variants(actors: dict[str, Actor], mentions: list[Mention]) -> list[Discrepancy]:
    """An actor written two ways: a misspelt or fuzzy-matched form next to a correct one elsewhere."""
    by_actor: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_actor[mention.actor].append(mention)
    found = []
    for actor_id, items in sorted(by_actor.items()):
        actor = actors.get(actor_id)
        if actor is None:
            continue
        misspelt = {a.text for a in actor.aliases if a.misspelling}
        odd = [m for m in items if m.rule == "actor:fuzzy" or m.span.text in misspelt]
        if not odd:
            continue
        good = [m for m in items if m.rule != "actor:fuzzy" and m.span.text not in misspelt]
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
            found.append(Discrepancy(
                id=f"auto-spelling-{actor_id}-{len(found) + 1}", kind="misspelling",
                summary=f"{actor.name} is spelt {m.span.text!r} in {m.span.source}{also}",
                evidence=evidence, origin="auto", confidence=round(min(1.0, m.score / 100), 2),
                rule="disc:spelling-variant"))
    return found


def quote_renderings(quotes: list[Quote], part_of: dict[str, object],
                     names: dict[str, str] | None = None) -> list[Discrepancy]:
    """Two quotes of one speaker, in different sources or parts, alike but not the same words."""
    found = []
    buckets: dict[tuple[str | None, str], list[int]] = defaultdict(list)
    folded = [fold(q.text).lower() for q in quotes]
    for index, quote in enumerate(quotes):
        for word in {w.strip(".,;:!?…—-()") for w in folded[index].split() if len(w) >= 7}:
            buckets[(quote.speaker, word)].append(index)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():  # indexes in increasing order, each once: pairs come out (low, high)
        pairs.update(combinations(members[:50], 2))
    place = [(q.source, part_of.get(q.id)) for q in quotes]
    long_enough = [len(f.split()) >= 6 for f in folded]
    for a, b in sorted(pairs):
        if place[a] == place[b] or folded[a] == folded[b]:
            continue
        if not (long_enough[a] and long_enough[b]):
            continue
        qa, qb = quotes[a], quotes[b]
        score = fuzz.token_set_ratio(folded[a], folded[b])
        if score < 60 or folded[a] in folded[b] or folded[b] in folded[a]:
            continue
        who = (names or {}).get(qa.speaker or "", qa.speaker) or "an unnamed speaker"
        where = "two parts of one compilation" if qa.source == qb.source else "two sources"
        found.append(Discrepancy(
            id=f"auto-quote-{len(found) + 1}", kind="translation",
            summary=f"The same words of {who} are rendered differently in {where} ({score:.0f}% alike)",
            evidence=(qa.span, qb.span), origin="auto", confidence=round(score / 100, 2),
            rule="disc:quote-rendering"))
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
    for members in by_actor.values():
        for i, a in enumerate(members[:60]):
            for b in members[i + 1:60]:
                ca, cb = weekday[a], weekday[b]
                if (a, b) in seen or ca.date == cb.date or ca.span.source == cb.span.source and abs(
                        ca.span.start - cb.span.start) < 1:
                    continue
                if ca.span.source == cb.span.source and ca.date_basis.split(",")[1:] == cb.date_basis.split(",")[1:]:
                    continue  # the same reference date: two different days really
                days = abs((_ordinal(ca) - _ordinal(cb)))
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
