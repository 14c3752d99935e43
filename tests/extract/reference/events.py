"""events.py before it was made faster: similarity worked out twice per comparison, a group's
membership of a block tested by equality."""

from __future__ import annotations

from collections import defaultdict

from briefing.load.extract.events import Candidate, Merged, jaccard

def similar(a: Candidate | Merged, b: Candidate) -> bool:
    a_actors, a_words, a_persons = a._sets() if isinstance(a, Merged) else (a.actors, a.words, a.persons)
    shared = set(a_actors) & set(b.actors)
    if not shared:
        return False
    score = jaccard(a_words, b.words)
    people = set(a_persons) & set(b.persons)
    return score >= 0.18 or (len(shared) >= 2 and score >= 0.1) or (len(people) >= 2 and score >= 0.07)


#: Groups compared per (date, actor) block at most (the latest), so a huge folder stays linear.
BLOCK_LIMIT = 150


def merge_candidates(candidates: list[Candidate]) -> list[Merged]:
    """Greedy single-pass clustering, blocked by (date, actor): a candidate is compared only with the
    groups of its date that share one of its actors, never with the whole day."""
    blocks: dict[tuple[str, str], list[Merged]] = defaultdict(list)
    merged: list[Merged] = []
    for candidate in candidates:
        seen: set[int] = set()
        best: Merged | None = None
        best_score = 0.0
        for actor in candidate.actors:
            for group in blocks[(candidate.date.iso, actor)][-BLOCK_LIMIT:]:
                if id(group) in seen:
                    continue
                seen.add(id(group))
                if similar(group, candidate):
                    score = jaccard(group._sets()[1], candidate.words)
                    if score > best_score:
                        best, best_score = group, score
        if best is None:
            best = Merged(date=candidate.date, members=[candidate])
            merged.append(best)
        else:
            best.members.append(candidate)
        for actor in candidate.actors:
            block = blocks[(candidate.date.iso, actor)]
            if best not in block:
                block.append(best)
    merged.sort(key=lambda g: (g.date.sort_key, g.members[0].source, g.members[0].span.start))
    return merged
