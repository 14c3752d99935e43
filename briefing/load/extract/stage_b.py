"""Stage B of one source (stages.py runs it, in this process or a worker): its dates, quotes, candidate events and
positions, against its reference date, sentence by sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from briefing.load.extract.dates import DateMention, Reference, find_dates
from briefing.load.extract.date_sequence import forward_weekdays
from briefing.load.extract.day_carry import counted_day
from briefing.load.extract.event_agents import Carried, pronoun_agent, sentence_verb
from briefing.load.extract.events import Candidate, content_words, event_dates
from briefing.load.extract.findings import in_order, make_span, position_candidates, quote_date, stem
from briefing.load.extract.holder_refs import sentence_subject
from briefing.load.extract.issues import IssueTagger, PlanReferences
from briefing.load.extract.parties import PartyFinder
from briefing.load.extract.live_days import entry_head_days
from briefing.load.extract.printed_dates import dateline_days
from briefing.load.extract.quotes import RoleResolver, find_quotes, quote_spans
from briefing.model import Actor, Position, Quote

if TYPE_CHECKING:
    from briefing.load.extract.stages import Work
    from briefing.load.sides import HoldingSides

__all__ = ["StageOut", "is_person", "stage_b"]


def is_person(actors: dict[str, Actor], actor_id: str) -> bool:
    actor = actors.get(actor_id)
    return actor is not None and actor.kind == "person"


@dataclass
class StageOut:
    """What stage B of one source finds (besides candidate events and quote parts)."""

    quotes: list[Quote] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    dates: dict[str, list[DateMention]] = field(default_factory=dict)


def _quotes_of(work: Work, sentence_dates: list[list[DateMention]], roles: RoleResolver, out: StageOut,
               quote_part: dict[str, object]) -> dict[tuple[int, int], str | None]:
    """Stage B's quotes of one source, into `out` and `quote_part` (the part each opens in): their speakers by span."""
    source, sentences = work.source, work.sentences
    text, file = source.text, source.file
    raw_quotes = find_quotes(text, work.pieces, sentences, work.mentions, roles)
    starts = in_order(sentences) if raw_quotes else None
    speakers: dict[tuple[int, int], str | None] = {}
    quoted = sorted((raw.start, raw.end) for raw in raw_quotes)  # (their days are not the days they were said)
    for raw in raw_quotes:
        attribution = make_span(file, text, raw.attr_start, raw.attr_end) if 0 <= raw.attr_start < raw.attr_end else None
        quote = Quote.trusted(id=f"auto-q-{stem(file)}-{raw.start}", speaker=raw.speaker,
                              span=make_span(file, text, raw.start, raw.end), origin="auto",
                              confidence=raw.confidence, rule=raw.rule, attribution=attribution,
                              date=quote_date(raw.start, sentences, sentence_dates, starts, quoted))
        out.quotes.append(quote)
        speakers[(raw.start, raw.end)] = raw.speaker
        quote_part[quote.id] = max((p.start for p in source.parts if p.start <= raw.start), default=0)
    return speakers


def stage_b(work: Work, ref_at: Callable[[int], Reference], corpus_year: int | None, out: StageOut,  # noqa: PLR0913
             candidates: list[Candidate], quote_part: dict[str, object], tagger: IssueTagger, roles: RoleResolver,
             by_id: dict[str, Actor], keep_details: bool = True,
             negotiating: HoldingSides | frozenset[str] = frozenset(), parties: PartyFinder | None = None) -> None:
    """Dates, quotes, candidate events and positions of one source, against its reference date."""
    source, sentences = work.source, work.sentences
    text, file = source.text, source.file
    references = [ref_at(start) for start, _end in sentences]
    sentence_dates = forward_weekdays([find_dates(text, start, end, ref, corpus_year)
                                       for (start, end), ref in zip(sentences, references, strict=True)],
                                      [ref.day for ref in references])  # (a schedule day after day: date_sequence.py)
    if keep_details:
        out.dates[file] = [d for ds in sentence_dates for d in ds]
    acts = _without_datelines(text, sentence_dates)  # the days that may date an act or a saying

    speakers = _quotes_of(work, acts, roles, out, quote_part)
    last_person: str | None = None
    before = Carried()  # the one person and the one event's day of the sentence before (event_agents.py)
    speaker_keys = sorted(speakers)  # a sentence's quotes by bisection, not a pass over all of them

    plans = PlanReferences(tagger.keywords_name)  # a plan named with its issue, referred to later (plan_refs.py)
    for index, (start, end) in enumerate(sentences):
        quoted = [(a, b) for a, b, _x, _y in quote_spans(text, start, end, 1)]
        hits = plans.hits(text, start, end, tagger.tags(text, start, end))
        issue_ids = tuple(dict.fromkeys(h.issue for h in hits))
        mentions = work.sentence_mentions[index]
        named = tuple(dict.fromkeys(a for a, _s, _e in mentions))
        dates = acts[index]
        # No date inside a quotation, nor in one begun in an earlier sentence ('… a stop... And on Sunday," he wrote').
        if dates:
            inside = quoted + [k for k in _in_sentence(speakers, speaker_keys, start, start) if k[0] < start]
            dates = [d for d in dates if not any(a <= d.start < b for a, b in inside)]
        # "The next day, …"; "Two days after the attack, …" (the attack's day known from an earlier sentence)
        dates = dates or counted_day(text, start, end, before.day, quoted, before.hops) or before.things.counted(text, start, end, quoted)
        if dates and not named:  # "He arrived in Ankara on Monday" after a sentence naming one person
            named = pronoun_agent(text, start, end, quoted, before)
        if dates and parties is not None:  # a country or a side's cue names who acted too (parties.py)
            named += parties.find(text, start, end, named, quoted + [(s, e) for _a, s, e in mentions])
        verb = sentence_verb(text, start, end, quoted, named, dates)  # with no actor, a thing's: "Talks resumed"
        # One span of the sentence, shared by its candidate event and its positions (one per issue).
        span = make_span(file, text, start, end) if verb is not None or issue_ids else None
        picks = event_dates(text, start, end, dates, verb, quoted) if verb is not None else []
        for best, verb_at in picks:
            candidates.append(Candidate(
                source=file, date=best.date, date_basis=best.basis, date_rule=best.rule,
                date_confidence=best.confidence, verb=verb_at.group(0), actors=named, issues=issue_ids,
                span=span, words=content_words(span.text),
                persons=tuple(a for a in named if is_person(by_id, a)),
                distance=abs(best.start - verb_at.start())))
        if issue_ids:
            out.positions.extend(position_candidates(file, text, span, hits, mentions, quoted,
                                            _in_sentence(speakers, speaker_keys, start, end), by_id, dates,
                                            ref_at(start), last_person,
                                            tagger.keywords_name, negotiating))
        persons = [m for m in mentions if is_person(by_id, m[0])]  # (read twice below)
        people = [(a, s) for a, s, _e in persons if not any(qa <= s < qb for qa, qb in quoted)]
        if people:
            last_person = sentence_subject(text, people, start)
        before = before.after(text, start, end, persons, picks)


def _without_datelines(text: str, sentence_dates: list[list[DateMention]]) -> list[list[DateMention]]:
    """Each sentence's dates but a dateline's ("KYIV, Feb 24 (AGENCY) - …"): the day the story was filed, not the
    day of what its lead tells nor of a quotation in it. Counted on real wire leads that name no day of their own
    (events29, 7 December), the act was on the dateline's day 5 times in 11 and the day before 6 times (a call in
    Washington on the 30th under "Washington, March 31", talks in Jeddah on the 11th under "JEDDAH, March 12"), so
    such a lead is undated, as any sentence naming no day is. The page keeps the dateline's day as its date."""
    filed = dateline_days(text) | entry_head_days(text) if any(sentence_dates) else frozenset()
    if not filed:
        return sentence_dates
    return [[d for d in ds if d.start not in filed] if ds else ds for ds in sentence_dates]


def _in_sentence(speakers: dict[tuple[int, int], str | None], keys: list[tuple[int, int]], start: int,
                 end: int) -> dict[tuple[int, int], str | None]:
    """The speakers of the quotes that start in [start, end), and of one begun before that runs into it (a
    transcript turn or a quotation of several sentences)."""
    first = bisect_left(keys, (start, -1))
    if first and keys[first - 1][1] > start:
        first -= 1
    return {key: speakers[key] for key in keys[first:bisect_left(keys, (end, -1))]}
