"""What stage B found, made into records: spans, event titles, a quote's date, candidate positions."""

from __future__ import annotations

import re

from briefing.load.extract.dates import DateMention, Reference
from briefing.load.extract.issues import stance_cue
from briefing.model import NEGOTIATING_SIDES, PartialDate, Position, Span

_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")


def stem(file: str) -> str:
    return file.split("_", 1)[0].rsplit(".", 1)[0]


def make_span(file: str, text: str, start: int, end: int) -> Span:
    # Built by us from offsets into `text`: skip pydantic's validation (thousands per source).
    return Span.trusted(source=file, start=start, end=end, text=text[start:end])


def precision_rank(date: PartialDate) -> int:
    return {"day": 3, "month": 2, "year": 1}[date.precision]


def quote_date(offset: int, sentences: list[tuple[int, int]], dates: list[list[DateMention]]) -> PartialDate | None:
    for index, (start, end) in enumerate(sentences):
        if start <= offset < end:
            day = [d for d in dates[index] if d.date.precision == "day"]
            return day[0].date if day else None
    return None


def title(sentence: str, limit: int = 110) -> str:
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 40 else limit].rstrip(",;:–—- ") + "…"


def position_candidates(file: str, text: str, span: Span, hits, named, quoted, speakers, actors,  # noqa: ANN001
               dates: list[DateMention], ref: Reference, previous_person: str | None) -> list[Position]:
    """A side (the speaker of a quote here, else the subject: a pronoun's antecedent or the first side
    named before the stance cue), an issue keyword and a stance cue make a candidate position: one per
    issue named in the sentence `span`, all sharing its span, summary and holders."""
    start, end = span.start, span.end
    cue = stance_cue(text, start, end)
    if cue is None:
        return []
    side = None
    holders: list[str] = []
    how = "subject"
    for (a, _b), speaker in speakers.items():
        if start <= a < end and speaker and speaker in actors and actors[speaker].side in NEGOTIATING_SIDES:
            side, holders, how = actors[speaker].side, [speaker], "speaker"
            break
    named_outside = [(a, s) for a, s, _e in named if a in actors and actors[a].side in NEGOTIATING_SIDES
                     and not any(qa <= s < qb for qa, qb in quoted)]
    pronoun = _SUBJECT_PRONOUN.search(text, start, cue.start)
    if side is None and pronoun and previous_person in actors and (
            not named_outside or pronoun.start() < named_outside[0][1]) and \
            actors[previous_person].side in NEGOTIATING_SIDES:
        side, holders, how = actors[previous_person].side, [previous_person], "pronoun"
    if side is None and named_outside:
        before = [a for a, s in named_outside if s < cue.start] or [a for a, _s in named_outside]
        side = actors[before[0]].side
    if side is None:
        return []
    if not holders:
        holders = [a for a, _s, _e in named if a in actors and actors[a].side == side and actors[a].kind == "person"]
    date = next((d.date for d in dates if d.date.precision == "day"), ref.date)
    summary, shared_holders, evidence = title(span.text, 160), tuple(dict.fromkeys(holders)), (span,)
    out = []
    for issue in dict.fromkeys(h.issue for h in hits):
        keyword = next(h.keyword for h in hits if h.issue == issue)
        out.append(Position.trusted(
            id=f"auto-pos-{stem(file)}-{start}-{issue}", side=side, issue=issue, stance=cue.stance,
            summary=summary, date=date, holders=shared_holders, evidence=evidence, origin="auto", confidence=0.45,
            rule=f"position:{cue.rule} {cue.cue!r}+issue:keyword {keyword!r}+side:{how}"))
    return out
