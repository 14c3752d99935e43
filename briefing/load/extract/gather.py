"""What extraction gathers across sources from each source's stage results: automatic mentions (and the
few that spelling discrepancies look at), unknown names, events from merged candidates, fuzzy variants
and surnames as aliases. Called by `extract` (see __init__.py) in source order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from briefing.load.extract.actors import Leftover
from briefing.load.extract.discrepancies import same_family
from briefing.load.extract.events import Candidate, event_title, is_party, verb_weight
from briefing.load.extract.findings import make_span
from briefing.load.extract.person_confidence import capped
from briefing.load.extract.quotes import MentionAt
from briefing.load.extract.stages import Work, is_person
from briefing.model import Actor, Alias, Event, Mention, Mentions, MentionsBuilder, Source, Span, UnknownName


class Gathered:
    """Every source's automatic mentions and the names left over, taken in source order (`take`)."""

    def __init__(self, sources: list[Source], by_id: dict[str, Actor], people: set[str], exact_mentions: bool) -> None:
        self.by_id = by_id
        self.people = people
        self.exact_mentions = exact_mentions
        self.text_of = {s.file: s.text for s in sources}
        self.mentions: MentionsBuilder | None = MentionsBuilder(self.text_of)
        #: Per unknown name: how often it occurs and its first three spans (all that is shown).
        self.unknown: dict[str, list] = {}
        self.spelled: dict[tuple[str, str, str], tuple] = {}
        self.fuzzy: list[Mention] = []
        #: Per actor, the first surname-only mention ("Witkoff"): listed under the actor as an alias.
        self.surnames: dict[str, tuple[str, Span]] = {}
        self.sample = SpellingSample(by_id)
        #: Per automatic person, the confidence their introductions give (their aliases carry it): it caps the
        #: score of each of their mentions (person_confidence.py).
        self.person_cap = {a.id: a.aliases[0].score / 100 for a in by_id.values()
                           if a.origin == "auto" and a.kind == "person" and a.aliases}

    def take(self, source: Source, per_sentence: list, work: Work | None) -> None:
        """One source's stage A: per sentence, its mentions found and names left over; `work` (an undated
        source's, whose stage B comes later) is given its mentions."""
        text, file = source.text, source.file
        by_id = self.by_id
        assert self.mentions is not None
        exact_only, people, surnames = not self.exact_mentions, self.people, self.surnames
        kept = []
        caps = self.person_cap
        for found, leftovers in per_sentence:
            for row in found:
                start, end, actor, alias, score, rule = row
                if actor in caps and score > caps[actor] * 100:
                    score = capped(score, caps[actor])
                    row = (start, end, actor, alias, score, rule)  # noqa: PLW2901
                if work is not None:
                    work.mentions.append(MentionAt(start, end, actor, is_person(by_id, actor)))
                if exact_only and rule == "actor:exact" and actor not in people:
                    # One per spelling, for spelling discrepancies (after all the others, as they were).
                    self.spelled.setdefault((file, actor, alias), (file, start, end, actor, alias, score, rule))
                    continue
                kept.append(row)
                if rule == "actor:fuzzy":
                    self.fuzzy.append(auto_mention(file, text, start, end, actor, alias, score, rule))
                elif rule == "actor:surname" and actor not in surnames:
                    surnames[actor] = (alias, make_span(file, text, start, end))
            for start, end, name in leftovers:
                add_unknown(self.unknown, file, text, Leftover(start, end, name))
            if work is not None:
                work.sentence_mentions.append([(actor, start, end) for start, end, actor, *_rest in found])
        self.sample.add_rows(file, text, kept)  # (the same rows, in the same order, as one `add` each)
        self.mentions.add_found(file, kept, "auto")

    def mentions_built(self) -> Mentions:
        """The mentions taken, as columns (the builder is let go), after every source is taken."""
        assert self.mentions is not None
        built = self.mentions.build()
        self.mentions = None
        for file, start, end, actor, alias, score, rule in self.spelled.values():
            self.sample.add(file, start, end, actor, alias, score, rule, self.text_of[file][start:end])
        return built

    def spelling_sample(self) -> list[Mention]:
        return self.sample.mentions(self.text_of)

    def unknown_names(self) -> list[UnknownName]:
        return sorted((UnknownName.trusted(name=name, count=count, evidence=tuple(spans))
                       for name, (count, spans) in self.unknown.items()), key=lambda u: (-u.count, u.name))


def auto_mention(file: str, text: str, start: int, end: int, actor: str, alias: str, score: float,  # noqa: PLR0913
             rule: str) -> Mention:
    return Mention.trusted(actor=actor, span=make_span(file, text, start, end), alias=alias, score=score,
                           origin="auto", rule=rule)


class SpellingSample:
    """Of all the automatic mentions, in order, the few that `spelling_variants` looks at.

    For each actor it reports the first mention of each odd spelling (fuzzy, or a known misspelling), next
    to the correct spelling nearest it, preferably in another source: the last mention of that spelling
    outside the odd one's source (or, when there is none, inside it), the spellings taken in the order of
    their first mention there. Those are all among the first mention of each (actor, correct spelling),
    the first in another source than that one, the last, and the last in another source than that one:
    four mentions per spelling instead of every one (~450,000 at 10,000 articles, each a record). The
    result is the same as over every mention (tests/test_mentions_store.py checks it).
    """

    def __init__(self, actors: dict[str, Actor]) -> None:
        self.misspelt = {a.id: {alias.text for alias in a.aliases if alias.misspelling} for a in actors.values()}
        self.odd: dict[tuple[str, str], tuple] = {}
        #: Per (actor, spelling): [first, first in another source, last, last in another source].
        self.good: dict[tuple[str, str], list] = {}
        self.count = 0

    def add(self, file: str, start: int, end: int, actor: str, alias: str, score: float, rule: str,  # noqa: PLR0913
            said: str) -> None:
        self.count += 1
        misspelt = self.misspelt.get(actor)
        if misspelt is None:
            return  # not an actor of the gazetteer: spelling_variants skips it
        row = (self.count, file, start, end, actor, alias, score, rule)
        key = (actor, said)
        if rule == "actor:fuzzy" or said in misspelt:
            self.odd.setdefault(key, row)
            return
        entry = self.good.get(key)
        if entry is None:
            self.good[key] = [row, None, row, None]
            return
        if entry[1] is None and file != entry[0][1]:
            entry[1] = row
        if file != entry[2][1]:
            entry[3] = entry[2]
        entry[2] = row

    def add_rows(self, file: str, text: str, rows: list[tuple[int, int, str, str, float, str]]) -> None:
        """`add` of each of one source's mention rows (start, end, actor, alias, score, rule), in order: the
        same entries, without a call and a row made for each (a long article has a hundred or more)."""
        misspelt_of, odd, good = self.misspelt.get, self.odd, self.good
        count = self.count
        for start, end, actor, alias, score, rule in rows:
            count += 1
            misspelt = misspelt_of(actor)
            if misspelt is None:
                continue  # not an actor of the gazetteer: spelling_variants skips it
            said = text[start:end]
            key = (actor, said)
            if rule == "actor:fuzzy" or said in misspelt:
                if key not in odd:
                    odd[key] = (count, file, start, end, actor, alias, score, rule)
                continue
            entry = good.get(key)
            row = (count, file, start, end, actor, alias, score, rule)
            if entry is None:
                good[key] = [row, None, row, None]
                continue
            if entry[1] is None and file != entry[0][1]:
                entry[1] = row
            if file != entry[2][1]:
                entry[3] = entry[2]
            entry[2] = row
        self.count = count

    def mentions(self, texts: dict[str, str]) -> list[Mention]:
        rows = {row[0]: row for row in self.odd.values()}
        for entry in self.good.values():
            rows.update((row[0], row) for row in entry if row is not None)
        return [auto_mention(file, texts[file], start, end, actor, alias, score, rule)
                for _n, file, start, end, actor, alias, score, rule in (rows[n] for n in sorted(rows))]


def ticker(progress: Callable[[int, int], None] | None, total: int) -> Callable[[], None]:
    """A counter that reports to `progress` about two hundred times over `total` steps, and at the end."""
    if progress is None:
        return lambda: None
    step = max(1, total // 200)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            progress(done, total)

    return tick


def add_unknown(unknown: dict[str, list], file: str, text: str, left: Leftover) -> None:
    entry = unknown.get(left.text)
    if entry is None:
        entry = unknown[left.text] = [0, []]
    entry[0] += 1
    if len(entry[1]) < 3:
        entry[1].append(make_span(file, text, left.start, left.end))


def events_from(groups: list, party_sides: dict[str, str] | None = None) -> list[Event]:  # noqa: ANN001 - list[Merged]
    """The events of the merged groups; `party_sides` (PartyFinder.side_of) gives each the sides its
    parties stand for (Event.sides), which its actors do not carry."""
    return [event_of(number, group, event_fields(group), party_sides or {})
            for number, group in enumerate(groups, start=1)]


@dataclass(frozen=True)
class EventFields:
    """What an event reads of its group's members beyond their spans, actors and issues (kept for a day whose
    candidates are unchanged: day_events.py): its lead member (position in the group), title, basis, rule and
    confidence."""

    lead: int
    title: str
    basis: str
    rule: str
    confidence: float

    def plain(self) -> list:
        return [self.lead, self.title, self.basis, self.rule, self.confidence]

    @classmethod
    def from_plain(cls, plain: object, members: int) -> EventFields | None:
        """The fields `plain()` gave, for a group of `members` members, or None when they do not check out."""
        if type(plain) is not list or len(plain) != 5:  # noqa: PLR2004
            return None
        lead, title, basis, rule, confidence = plain
        if type(lead) is not int or not 0 <= lead < members or type(confidence) is not float \
                or not all(type(text) is str for text in (title, basis, rule)):
            return None
        return cls(lead, title, basis, rule, confidence)


def event_fields(group) -> EventFields:  # noqa: ANN001 - Merged
    """The fields `event_of` takes for `group` (a Merged)."""
    members = group.members
    lead = max(range(len(members)), key=lambda k: (_member_confidence(members[k]), -members[k].span.start))
    first = members[lead]
    named = dict.fromkeys(a for m in members for a in m.actors)
    parties = "" if any(not is_party(a) for a in named) else \
        f", parties {','.join(a.split(':', 1)[1] for a in named)}" if named else ", no actor"
    sources = dict.fromkeys(m.source for m in members)
    confidence = min(0.95, round(_member_confidence(first) + 0.05 * (len(sources) - 1), 2))
    basis = "; ".join(dict.fromkeys(f"{m.source.split('_', 1)[0]}: {m.date_basis}" for m in members))
    rule = f"event:sentence({first.date_rule}, verb {first.verb!r}{parties})" \
        + (f"+merged:{len(members)}" if len(members) > 1 else "")
    return EventFields(lead, event_title(first.span.text), basis, rule, confidence)


def event_of(number: int, group, fields: EventFields, party_sides: dict[str, str]) -> Event:  # noqa: ANN001 - Merged
    """The event of `group` (a Merged), numbered `number` in the folder's events, from its `fields`."""
    members = group.members
    named = dict.fromkeys(a for m in members for a in m.actors)
    actors = tuple(a for a in named if not is_party(a))  # (a party is no actor: named in the rule)
    sides = tuple(dict.fromkeys(party_sides[a] for a in named if is_party(a) and a in party_sides))
    issues = tuple(dict.fromkeys(i for m in members for i in m.issues))
    return Event.trusted(
        id=f"auto-{group.date.iso}-{number:03d}", date=group.date, date_basis=fields.basis, title=fields.title,
        summary=" ".join(members[fields.lead].span.text.split()), actors=actors, issues=issues,
        evidence=tuple(m.span for m in members), origin="auto", confidence=fields.confidence, sides=sides,
        rule=fields.rule)


def _member_confidence(candidate: Candidate) -> float:
    """Date confidence × how eventful the verb is × whether the date sits next to the verb."""
    near = 1.0 if candidate.distance <= 60 else 0.85
    return round(candidate.date_confidence * verb_weight(candidate.verb) * near * 0.95, 2)


def variants_of(mentions: list[Mention], actors: dict[str, Actor],
              surnames: dict[str, tuple[str, Span]]) -> dict[str, list[Alias]]:
    variants: dict[str, dict[str, list[Span]]] = defaultdict(lambda: defaultdict(list))
    scores: dict[tuple[str, str], float] = {}
    for mention in mentions:
        if mention.rule != "actor:fuzzy":
            continue
        variants[mention.actor][mention.span.text].append(mention.span)
        scores[(mention.actor, mention.span.text)] = mention.score
    out: dict[str, list[Alias]] = {}
    for actor_id, texts in variants.items():
        known = {a.text for a in actors[actor_id].aliases} if actor_id in actors else set()
        forms = [actors[actor_id].name, *known] if actor_id in actors else []
        out[actor_id] = [Alias(text=t, misspelling=not any(same_family(t, f) for f in forms), origin="auto",
                               score=scores[(actor_id, t)], evidence=tuple(spans[:3]))
                         for t, spans in sorted(texts.items()) if t not in known]
    for actor_id, (word, span) in surnames.items():
        # The surname alone, as the text writes it ("Witkoff"), listed under the actor.
        if actor_id in actors and word not in {a.text for a in actors[actor_id].aliases}:
            out.setdefault(actor_id, []).append(Alias(text=word, origin="auto", score=90.0, evidence=(span,)))
    return out
