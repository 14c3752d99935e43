"""What stage B found, made into records: spans, event titles, a quote's date, candidate positions."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from briefing.load.extract.compound_cues import compound_agent
from briefing.load.extract.dates import DateMention, Reference
from briefing.load.extract.holders import PLACE, guest_turn, holder, overlaps, with_places
from briefing.load.extract.issues import Clauses, IssueHit, Polarity
from briefing.load.extract.keyword_targets import aimed_at_a_person
from briefing.load.extract.strict_shape import BELOW_STRICT, STRICT_CONFIDENCE, strict_shape
from briefing.load.extract.title_case import title_case_capped
from briefing.load.sides import HoldingSides
from briefing.model import PartialDate, Position, Span, Stance



def stem(file: str) -> str:
    return file.split("_", 1)[0].rsplit(".", 1)[0]


def make_span(file: str, text: str, start: int, end: int) -> Span:
    # Built by us from offsets into `text`: skip pydantic's validation (thousands per source).
    return Span.trusted(source=file, start=start, end=end, text=text[start:end])


def precision_rank(date: PartialDate) -> int:
    return {"day": 3, "month": 2, "year": 1}[date.precision]


def quote_date(offset: int, sentences: list[tuple[int, int]], dates: list[list[DateMention]],
               starts: list[int] | None = None, quoted: list[tuple[int, int]] = ()) -> PartialDate | None:
    """The first day-precise date of the first sentence holding `offset`, outside the quotations `quoted` (in text
    order): a day the words name is not the day they were said ("“We met yesterday,” X said on Monday": Monday).
    `starts`: the sentences' starts when they are in text order and disjoint (as a source's are): the sentence is
    then found by bisection, not by a pass over all of them for each quote (a source's quotes times its sentences)."""
    if starts is not None:
        index = bisect_right(starts, offset) - 1
        found = [index] if index >= 0 and offset < sentences[index][1] else []
    else:
        found = [next((i for i, (start, end) in enumerate(sentences) if start <= offset < end), -1)]
    for index in found:
        if index >= 0:
            day = [d for d in dates[index] if d.date.precision == "day" and not (quoted and _inside(d.start, quoted))]
            return day[0].date if day else None
    return None


def _inside(at: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether `at` lies inside one of the quotations `quoted` (in text order, by their starts)."""
    index = bisect_right(quoted, (at, float("inf"))) - 1
    return index >= 0 and quoted[index][0] <= at < quoted[index][1]


def in_order(spans: list[tuple[int, int]]) -> list[int] | None:
    """The starts of `spans` when they are in text order and disjoint (see `quote_date`), else None."""
    if any(a[1] > b[0] for a, b in zip(spans, spans[1:])) or any(s > e for s, e in spans):
        return None
    return [s for s, _e in spans]


def title(sentence: str, limit: int = 110) -> str:
    text = " ".join(sentence.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 40 else limit].rstrip(",;:–—- ") + "…"


#: A scraped page's leading "date 2025-03-13" line (a headline may follow it in the same sentence).
_DATE_LINE = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\b", re.IGNORECASE)
#: Lines that are a photo's caption or credit, or a link to another article: never a position.
#: (Every match starts with one of the characters of the lookahead: the engine turns other places away at once,
#: four times faster over a sentence.)
_FURNITURE = re.compile(r"(?=[PICFGARWS|(/])(?:"
                        r"\b(?:Photo(?:graph)?|Image|Picture|Credit|File photo|Getty Images|AP Photo|"
                        r"REUTERS/|Also read|Read more|Related|Watch|Subscribe)\b|\|"
                        # an agency as a picture's credit ("(AFP)", "/AFP", "AFP via Getty"), not "AFP reported"
                        r"|[(/]AFP\b|\bAFP(?:/| via\b| Photo\b))")


#: A sentence that asks ("Has Europe agreed to send troops to Ukraine — media reports"): no one's stance.
_ASKS = re.compile(r"\s*(?:Has|Have|Had|Will|Would|Is|Are|Was|Were|Does|Do|Did|Can|Could|Should|Shall|Might)\s")


def _question(text: str, start: int, end: int) -> bool:
    return _ASKS.match(text, start) is not None or text[start:end].rstrip(" \n\"”’'").endswith("?")


def position_candidates(file: str, text: str, span: Span, hits, named, quoted, speakers, actors,  # noqa: ANN001
               dates: list[DateMention], ref: Reference, previous_person: str | None,
               keywords_name: dict[str, str] | None = None,
               negotiating: HoldingSides | frozenset[str] = frozenset()) -> list[Position]:
    """A stance towards an issue's proposition (the polarity of the keyword's clause) held by a side (the
    agent of that clause, else the speaker of the quote or of the sentence): one candidate position per
    issue named in the sentence `span`. When the polarity or the holder is unsure, none. `negotiating`: the sides
    that hold positions (the briefing's negotiating sides; a HoldingSides also gives the words that name them)."""
    start, end = span.start, span.end
    if _FURNITURE.search(text, start, end) or _DATE_LINE.match(text, start) or _question(text, start, end):
        return []
    if guest_turn(text, start) and not any(a <= start < b and who for (a, b), who in speakers.items()):
        return []  # a guest's words in a transcript, not a quote of a known speaker: their claim, not a side's
    clauses = Clauses.of(text, start, end, hits)
    if not any(c.kind not in ("not", "without", "cond") for c in clauses.cues):
        return []
    # Every keyword of every issue is read ("progress on peacekeepers, although Macron insisted on security
    # guarantees"); who holds a reading is looked for only when there is one.
    polarities = [(hit, polarity) for hit in hits for polarity in clauses.readings(
        hit, hits, hit.name or (keywords_name or {}).get(hit.issue, "proposition"))]
    if all(polarity is None for _hit, polarity in polarities):
        return []
    # A name inside an issue's keyword ("NATO" of "NATO membership") is what is talked about, not who talks.
    keywords = [(h.start, h.end) for h in hits]  # in text order, none overlapping
    names = [(a, s, e) for a, s, e in named if a in actors and actors[a].side in negotiating
             and not overlaps(quoted, s, s + 1) and not overlaps(keywords, s, e)]
    persons_at = tuple(s for a, s, _e in named if a in actors and actors[a].kind == "person"
                       and not overlaps(quoted, s, s + 1))
    actors, names = with_places(text, start, end, actors, names, quoted, keywords, negotiating)
    # "lifted sanctions against Dmitriev": one person's measure, not the issue's
    polarities = [(hit, p) for hit, p in polarities if not aimed_at_a_person(text, hit.start, hit.end, persons_at)]
    date = next((d.date for d in dates if d.date.precision == "day"), ref.date)
    out = []
    for issue in dict.fromkeys(h.issue for h in hits):
        # One position per side and holders that one reading gives; the same holders read two ways give none
        # (different holders of one side may stand apart: see _take).
        read: list[_Reading] = []
        for hit, polarity in polarities:
            if hit.issue != issue or polarity is None:
                continue
            if len(polarity.cues) > 1 and compound_agent(text, names, polarity.start) is not None:
                continue  # "Moscow's agreement “in principle” to a US-brokered truce": the other cues are not the
                #           compound's agent's, and its own alone is not the clause's reading: unsure, none
            for side, holders, how in holder(text, polarity.start, polarity.clause or clauses.clause(polarity.start), names, quoted,
                                              speakers, actors, previous_person, start, end,
                                              negotiating, persons_at):
                _take(read, _Reading(side, frozenset(holders), polarity, hit, holders, how))
        for n, reading in enumerate(r for r in read if r.polarity is not None):
            polarity, hit = reading.polarity, reading.hit
            named = hit.name or (keywords_name or {}).get(issue, "proposition")
            confidence, shape = _scored(reading, text, start, end, names, quoted, named)
            out.append(Position.trusted(
                id=f"auto-pos-{stem(file)}-{start}-{issue}" + (f"-{n}" if n else ""), side=reading.side,
                issue=issue, stance=polarity.stance, summary=title(span.text, 160), date=date,
                holders=tuple(dict.fromkeys(h for h in reading.holders if not h.startswith(PLACE))),
                evidence=(span,), origin="auto",
                confidence=confidence,
                rule=f"position:{shape}{polarity.rule} {polarity.said!r}+issue:keyword {hit.keyword!r}+side:{reading.how}"))
    return out


#: How sure a holder is, by how holders.py found it: a name as the speaker of the quote or the reported clause,
#: or as the agent of the cue, first; a joint subject, a passive's agent, a role phrase ("a U.S. official said"), a
#: demand made of another side ("X said the US must …") and a pronoun after.
_HOLDER_WEIGHT = {"speaker": 0.8, "agent": 0.8, "agent:joint": 0.7, "agent:by": 0.7, "speaker:demand": 0.65,
                  "speaker:role": 0.65, "pronoun": 0.6}


def position_confidence(polarity: Polarity, how: str, by_place: bool) -> float:
    """A position's confidence from its evidence: how its holder was found (a country or demonym standing for a
    side, "Poland refused", counts less than a named person), and how its stance was read: one plain cue ("rejects",
    "ruled out") is surest; each further cue, each negation turned, a keyword naming the opposite of the issue's
    proposition ("lifting sanctions") and a conditional or open reading are steps where a misreading could hide."""
    score = _HOLDER_WEIGHT.get(how, 0.6) - (0.1 if by_place else 0.0)
    decisive = [c for c in polarity.cues if c.kind not in ("cond", "not")]
    if len(decisive) == 1 and decisive[0].kind in ("pos", "neg", "ruleout"):
        score += 0.1
    score -= 0.05 * (len(decisive) - 1) + 0.05 * polarity.flips
    if polarity.stance in (Stance.CONDITIONAL, Stance.OPEN):
        score -= 0.05
    return round(min(0.95, max(0.3, score)), 2)


def _scored(reading: _Reading, text: str, start: int, end: int, names: list,  # noqa: ANN001
            quoted, named: str) -> tuple[float, str]:  # noqa: ANN001
    """A reading's confidence and its rule's shape prefix: STRICT_CONFIDENCE and "strict " for the strict shape
    (strict_shape.py), else its evidence's score capped at BELOW_STRICT (and at the title-case ceiling)."""
    polarity = reading.polarity
    assert polarity is not None
    if strict_shape(text, start, end, polarity, reading.hit, reading.how, reading.who, names, quoted, named):
        return title_case_capped(STRICT_CONFIDENCE, polarity, text, start), "strict "
    score = position_confidence(polarity, reading.how, all(h.startswith(PLACE) for h in reading.who))
    return title_case_capped(min(score, BELOW_STRICT), polarity, text, start), ""


@dataclass
class _Reading:
    """One reading of a sentence for one issue: the side, who holds it (actor ids, or a place's pseudo-id), the
    polarity (None once the same holders were read two ways), the keyword read, and how the holder was found."""

    side: str
    who: frozenset[str]
    polarity: Polarity | None
    hit: IssueHit
    holders: list[str]
    how: str


def _take(read: list[_Reading], new: _Reading) -> None:
    """Add a reading. One side read two ways by the same holders (or by holders we cannot tell apart) gives no
    position; two different holders of one side may stand apart ("Germany and Poland were reluctant to send
    peacekeepers, hours after Britain offered troops": Europe both against and for, each with its holders)."""
    for old in read:
        if old.side != new.side:
            continue
        same = old.who == new.who or not old.who or not new.who or old.who & new.who
        if not same:
            continue
        if old.polarity is not None and old.polarity.stance != new.polarity.stance:  # type: ignore[union-attr]
            old.polarity = None
        return
    read.append(new)
