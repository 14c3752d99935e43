"""Candidate events and their merge across sources.

A sentence with a resolved date, at least one actor and an event verb is a candidate event. Candidates
merge into one event with several evidence spans only when they agree on more than a date: the same
date, a person or two actors in common, and similar words (Jaccard over content-word stems). Two
unrelated things on one day that share only "Russia" stay two events. Blocking by date keeps the merge
linear in practice.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from briefing.load.extract.event_bounds import bounds_span, said_later, telling_day
from briefing.load.extract.event_accidents import dates_own_act
from briefing.load.extract.event_background import is_background, names_a_thing
from briefing.load.extract.event_clauses import in_closed_clause, in_trailing_person_clause, main_verb
from briefing.load.extract.event_openings import opening_clause
from briefing.load.extract.event_verbs import EVENT_VERBS, SPEECH_VERBS, STRONG_VERBS
from briefing.load.extract.findings import precision_rank, title
from briefing.load.extract.printed_shapes import DATELINE, DATELINE_DAY
from briefing.model import PartialDate, Span


#: A clock: "10:42", "9.30am", "5 p.m.", "2:05 PM ET", "14:05 GMT".
_CLOCK = (r"\d{1,2}(?:[:.]\d{2}[ \t]*(?:[AaPp]\.?[Mm]\.?)?|[ \t]*[AaPp]\.?[Mm]\.?)(?:[ \t]*\(?[A-Z]{2,4}\)?(?![a-z])){0,2}")
#: What may still lead a sentence that furniture was cut from: a date stamp, a caption's or a menu's
#: separator, a list's bullet ("- Talks followed …"), a header run a scrape joined with slashes ("Headline/ Site/
#: PLACE/ J. Doe/ Edition/ The story …"), a byline ("By Jane Doe |"), a dateline's date ("October 22, 2025 –",
#: "Oslo, October 22, 2025 –"), a
#: wire dateline ("MOSCOW –", "RIYADH, Feb 18 (Reuters) –", "JERUSALEM/WASHINGTON, June 24 (Reuters) –", the agency
#: between slashes: "MOSCOW, July 22. /TASS/.").
_TITLE_LEAD = re.compile(r"^(?:(?i:date)\s*:?\s*(?:19|20)\d{2}-\d{2}-\d{2}\s*|[|•·»>]+\s*|[-*][ \t]+|"
                         r"(?:[^/\n]{1,120}/[ \t]+){3,}|"
                         r"(?:[A-Z][\w.'’-]*(?:[ /-][A-Z][\w.'’-]*){0,2},\s+)?"
                         r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\s+)(?:19|20)\d{2}\s*[—–]\s+|"
                         r"(?i:by)\s+[^.|]{1,60}?\s*[|•]\s*|"
                         # a live page's entry head (events34): "UPDATE (5:00) – ", "Update 3: ", "10:42 GMT — ",
                         # "5 p.m. ET — ", "July 6, 9:15 a.m. — "
                         r"(?i:update[sd]?)(?:\s+\d{1,3}|\s*\([^()\n]{1,40}\)|\s+" + _CLOCK + r")?\s*[—–:-]\s+|"
                         r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}),?\s+)?" + _CLOCK
                         + r"\s*[—–:-]\s+|"
                         r"[A-Z]{3,}(?:[ .'’/][A-Z]{2,}){0,3}(?:,[^—–\n]{1,30}?)?(?:\s*\([A-Za-z .&-]{1,30}\))?"
                         r"\s*(?:[—–:-]|\.\s*/[A-Z][A-Za-z-]{1,15}/\.)\s+|"
                         # (events36) a wire's outlet alone, its place cut off before it: "(WXYZ) - "
                         r"\([A-Z][A-Za-z .&-]{1,29}\)\s*[—–-]{1,2}\s+)+")


#: How far before a further day its own event verb may stand ("a meeting of the committee on Aug. 4").
CLAUSE_REACH = 60


def event_dates(text: str, start: int, end: int, dates: list, verb: re.Match[str],  # noqa: ANN001, PLR0913
                quoted: list[tuple[int, int]]) -> list[tuple[object, re.Match[str]]]:  # (dates: list[DateMention])
    """The (date, verb) pairs a sentence gives candidate events: its best date with the sentence's first event
    verb, then each further day that has an event verb of its own just before it, no other date between
    ("… commanders meet on July 29, … and finally a meeting of the committee on Aug. 4"): one sentence that
    lists the steps of a plan is several events, each with its day. The far end of a span ("until August 3"), the
    day of a saying after the verb's own date ("crashed in 2015, a spokesman recalled on Monday") are the days
    of no event, nor is the day of a thing named after the verb ("…, following a ceasefire signed
    four months ago"), nor a "since" date inside a trailing participle clause, nor a date in a clause that closes
    before the verb ("The suspect, who came in 2016, was arrested": event_clauses.py), nor one in a person's
    clause after it ("arrested a man who had come in 2016"). The verb is the one after a person's clause that
    holds the first ("The man, who visited in 2016, was arrested": the arrest)."""
    if _QUESTION.match(text, start, end):
        return []  # "How will the strike affect the trains on 3 October?" (a link's title): nothing happened
    if _TO_READER.match(text, start, end):
        return []  # (events36) "For the latest, visit our story for Tuesday, June 17.": the reader's errand
    verb = main_verb(text, start, verb, (v for v in EVENT_VERBS.finditer(text, verb.end(), verb.end() + 240)
                                         if not any(a <= v.start() < b for a, b in quoted)))
    # "After fleeing in October, X returned last Thursday": the main clause's verb and day, not the opening's.
    opening = opening_clause(text, start) if dates else None
    if opening is not None and verb.start() < opening.comma:
        verb = next((v for v in EVENT_VERBS.finditer(text, opening.comma, opening.main_end)
                     if not any(a <= v.start() < b for a, b in quoted)), verb)
    # (A dateline's day is not among `dates`: stage_b.py leaves it out, the filing's day, not the act's.)
    dates = [d for d in dates if not bounds_span(text, d.start, dates)
             and not in_trailing_person_clause(text, verb.end(), d.start)
             and not said_later(text, verb.end(), d.start, dates) and not is_background(text, start, verb.end(), d.start)
             and not (names_a_thing(text, d.start, d.end) and not dates_own_act(text, start, d.start, verb))
             and not in_closed_clause(text, start, d.start, d.end, verb.start())
             and not _OWN_CLAUSE.search(text, verb.end(), d.start)]
    own_days = [d for d in dates if opening is None or d.start > opening.comma]  # (an opening's day: a further one)
    if not own_days:
        return []
    # "…, a spokesman told reporters later on Monday": the telling's own day, not a nearer one of what it reports.
    best = telling_day(text, verb, own_days) or max(own_days, key=lambda d: (precision_rank(d.date),
                                                                             -abs(d.start - verb.start())))
    if best.date.day is not None and _joined_day(text, best):
        return []  # (events36) "heard both appeals on Monday and Tuesday": two days, not one act's
    picks: list[tuple[object, re.Match[str]]] = [(best, verb)]
    previous_end = start
    for found in sorted(dates, key=lambda d: d.start):
        floor, previous_end = max(previous_end, found.start - CLAUSE_REACH), found.end
        if found.date.day is None or any(found.date == d.date for d, _v in picks):
            continue
        own = [v for v in EVENT_VERBS.finditer(text, floor, found.start)
               if v.start() != verb.start() and not any(a <= v.start() < b for a, b in quoted)]
        if not own and _LEADS_CLAUSE.search(text, max(start, found.start - 12), found.start):
            # "…, and on July 11 the delegates will elect a chair": the verb of the clause the day leads.
            stop = _CLAUSE_END.search(text, found.end, found.end + CLAUSE_REACH)
            own = [v for v in EVENT_VERBS.finditer(text, found.end, stop.start() if stop else found.end + CLAUSE_REACH)
                   if not any(a <= v.start() < b for a, b in quoted)][:1]
        if own:
            picks.append((found, own[-1]))
    return picks


#: Two days joined as one phrase: "on Thursday and Friday", "on June 12 and 13", "Aug. 21 and 22", "on Monday or
#: Tuesday" (the second perhaps no date mention of its own: a day after the page's, a bare number); no comma.
_DAY_WORD = (r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:%|per|people|of\b))"
             r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b)")
_AND_AFTER = re.compile(r"\s+(?:and|or|&)\s+" + _DAY_WORD)  # (not ", and on July 11 the delegates …": a clause)
_AND_BEFORE = re.compile(r"(?:day|\d)\s+(?:and|or|&)\s+$")


def _joined_day(text: str, best) -> bool:  # noqa: ANN001 - DateMention
    """Whether the day `best` is joined by "and"/"or" to another day: the act then spans both days, and dating it
    by one would look sourced and be half wrong."""
    return _AND_AFTER.match(text, best.end) is not None \
        or _AND_BEFORE.search(text, max(0, best.start - 12), best.start) is not None


#: A clause of its own between the verb and a date (events34): "Cuts were announced, as the agency ran a deficit
#: last year" (the deficit's year, not the announcement's).
_OWN_CLAUSE = re.compile(r",\s+(?i:as|while|whereas|because)\s+(?:(?i:the|a|an|its|their|his|her|it|they|he|she)\b|[A-Z])")
#: A sentence that tells the reader what to do (events36): an imperative first, perhaps after "For …,"/"To …,".
_TO_READER = re.compile(r"\s*(?:(?:For|To)\s[^,.;:!?]{1,60},\s+(?i:visit|read|click|see|watch|follow|subscribe|"
                        r"sign\s+up|listen|download|catch\s+up|go\s+to|check\s+out|tap)"
                        r"|(?:Visit|Click|Subscribe|Sign\s+up|Listen|Download|Catch\s+up|Check\s+out|Tap)\s)\b")
#: A sentence that asks: an interrogative word or an auxiliary first, a question mark last (not inside a quotation).
_QUESTION = re.compile(r"\s*(?:How|What|Why|When|Where|Who|Which|Will|Would|Can|Could|Should|Shall|Is|Are|Was|Were|"
                       r"Does|Do|Did|Has|Have)\b[^?“”\"]*\?\s*$")
#: A day that leads a clause of its own after the sentence's first: "…, and on July 11", "…; on Tuesday".
_LEADS_CLAUSE = re.compile(r"(?:,\s+and|;)\s+(?:on\s+)?$")
_CLAUSE_END = re.compile(r"[,;:.!?]")


def is_party(key: str) -> bool:
    """Whether a candidate's actor is a party named by a side's cue or a country (parties.py), not an actor."""
    return key.startswith(("side:", "party:"))


def event_title(sentence: str) -> str:
    """An event's title: its sentence without the furniture that may lead it, cut to a readable length."""
    text = " ".join(sentence.split())
    text = _TITLE_LEAD.sub("", text) or text
    dateline = DATELINE.match(text) or DATELINE_DAY.match(text)  # "Moscow, March 14: …", "Kyiv, May 2 (AGENCY) -"
    return title(_AFTER_DATELINE.sub("", text[dateline.end():], count=1) if dateline is not None else text)


#: What separates a wire's dateline from its lead ("(AGENCY) - The …", "(AGENCY): The …", or nothing).
_AFTER_DATELINE = re.compile(r"^\s*(?:--|[—–:-])?\s*")


def verb_weight(verb: str) -> float:
    if STRONG_VERBS.match(verb):
        return 1.0
    if SPEECH_VERBS.match(verb):
        return 0.85
    return 0.7  # "talks", "meeting", "summit", "offensive": often a noun, not an event of that day


_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]{3,}")
_STOPWORDS = frozenset(
    "that this with from have been were would will their there they them what when which while about after "
    "before into also said says than then over under more most some such only very just even could should "
    "being other where whose those these does doing made make including".split()
)


@dataclass(slots=True)  # tens of thousands are held until the merge: no dict each
class Candidate:
    source: str
    date: PartialDate
    date_basis: str
    date_rule: str
    date_confidence: float
    verb: str
    actors: tuple[str, ...]
    issues: tuple[str, ...]
    span: Span
    words: frozenset[str]
    #: The actors among `actors` that are people (two people in common is strong evidence of one event).
    persons: tuple[str, ...] = ()
    #: Characters between the date expression and the event verb.
    distance: int = 0


@dataclass
class Merged:
    date: PartialDate
    members: list[Candidate] = field(default_factory=list)
    #: The union of the members' actors, words, persons and speakers (`speaker`), and how many members are folded
    #: into them: members are only ever appended, so each is folded in once (a big group is compared very often).
    _union: tuple[set[str], set[str], set[str], set[str]] = field(
        default_factory=lambda: (set(), set(), set(), set()), repr=False, compare=False)
    _folded: int = field(default=0, repr=False, compare=False)

    def _sets(self) -> tuple[set[str], set[str], set[str], set[str]]:
        if self._folded != len(self.members):
            if self._folded > len(self.members):
                self._union, self._folded = (set(), set(), set(), set()), 0
            actors, words, persons, speakers = self._union
            for member in self.members[self._folded:]:
                actors.update(member.actors)
                words.update(member.words)
                persons.update(member.persons)
                speakers.update(speaker(member))
            self._folded = len(self.members)
        return self._union

    @property
    def actors(self) -> set[str]:
        return set(self._sets()[0])

    @property
    def words(self) -> set[str]:
        return set(self._sets()[1])

    @property
    def persons(self) -> set[str]:
        return set(self._sets()[2])


#: What marks a capitalised word among content words ("^trump", "^tuesda", "^washin"): names, places, days
#: and months, which say who and when, not what happened (see `plain_shared`).
NAME_MARK = "^"


def content_words(text: str) -> frozenset[str]:
    """The stems (six letters) of a text's content words, a capitalised one marked with NAME_MARK."""
    return frozenset(w[:6].lower() if w[0].islower() else NAME_MARK + w[:6].lower()
                     for w in _WORD.findall(text) if w.lower() not in _STOPWORDS)


def plain_shared(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> int:
    """How many content words two texts share that are not capitalised (not a name, place, day or month)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for w in small if w[0] != NAME_MARK and w in large)


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)  # |a ∪ b| without building the union


def speaker(candidate: Candidate) -> tuple[str, ...]:
    """The person a statement leads with ("Katz said on June 24 …"), when the candidate is one (a speech verb)."""
    return candidate.persons[:1] if SPEECH_VERBS.match(candidate.verb) else ()


def similar(a: Candidate | Merged, b: Candidate) -> bool:
    return _likeness(a._sets() if isinstance(a, Merged) else
                     (set(a.actors), a.words, set(a.persons), set(speaker(a))), b) is not None


def _likeness(a: tuple[set[str], frozenset[str] | set[str], set[str], set[str]], b: Candidate) -> float | None:
    """The Jaccard likeness of the words of a (its actors, words, persons, speakers) and of b when they are
    similar (an actor in common, one speaker for statements, and words alike enough), else None."""
    a_actors, a_words, a_persons, a_speakers = a
    shared = a_actors.intersection(b.actors)
    if not shared:
        return None
    shared_persons = len(a_persons.intersection(b.persons))
    if len(shared) < 2 and not shared_persons:
        # One country or institution in common on one day is not one event, unless the sentences are one
        # sentence printed twice (a wire story in two outlets).
        return near_copy(a_words, b.words)
    said_by = speaker(b)
    if said_by and a_speakers and said_by[0] not in a_speakers and shared_persons < 2:
        # Statements of one day by two people are two events: "Katz said on June 24 he had ordered strikes …
        # announced by Trump" and "Trump says Tuesday (June 24) that both violated …" share Trump, the day and
        # the story's words (unless both name the same two people: one call, told by each side).
        return None
    if sum(not is_party(a) for a in shared) < 3 and shared_persons < 2 and \
            plain_shared(a_words, b.words) < MIN_PLAIN_SHARED:
        # Two actors, the day and the place in common, and one word of what happened ("ceasefire"): the same
        # story, not the same event (unless two persons or three actors, not parties, in common say more).
        return None
    score = jaccard(a_words, b.words)
    if score >= 0.18 or (sum(not is_party(a) for a in shared) >= 2 and score >= 0.1):
        return score  # (parties in common, "European" and "U.S.", do not lower the bar on words)
    if score >= 0.07 and len(a_persons.intersection(b.persons)) >= 2:
        return score
    return None


#: A near copy: this much likeness, this many words of what happened in common, and no name (place, person,
#: day) in the shorter that the longer lacks ("in Kharkiv" and "in Odesa" are two strikes however alike).
COPY_LIKENESS = 0.6
COPY_PLAIN_SHARED = 6


def near_copy(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float | None:
    """The likeness of two texts that are one sentence printed twice, lightly edited, else None."""
    score = jaccard(a, b)
    if score < COPY_LIKENESS or plain_shared(a, b) < COPY_PLAIN_SHARED:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return score if all(w in large for w in small if w[0] == NAME_MARK) else None


#: Words of what happened (not capitalised) two candidates must share unless they share two persons or three
#: actors (parties aside).
MIN_PLAIN_SHARED = 2


#: Groups compared per (date, actor) block at most (the latest), so a huge folder stays linear.
BLOCK_LIMIT = 150


def _other_act(group: Merged, candidate: Candidate) -> bool:
    """Whether `candidate` tells another act than `group` though they share the day and people: its verb is none
    of theirs, and its first person (its subject) is named in none of the group's sentences or the group's first
    person is not named in it ("Tusk announced a confidence vote on Monday, after X defeated Y" is not "X won, the
    results released on Monday said", nor "Y conceded defeat and congratulated X on Monday")."""
    lead = group.members[0].persons
    if not candidate.persons or not lead or any(m.verb.lower() == candidate.verb.lower() for m in group.members):
        return False
    return candidate.persons[0] not in group._sets()[2] or lead[0] not in candidate.persons


def merge_candidates(candidates: list[Candidate]) -> list[Merged]:
    """Greedy single-pass clustering, blocked by (date, actor): a candidate is compared only with the
    groups of its date that share one of its actors, never with the whole day."""
    blocks: dict[tuple[str, str], list[Merged]] = defaultdict(list)
    #: The groups in each block, by identity: two groups are never equal (each holds other sentences).
    in_block: dict[tuple[str, str], set[int]] = defaultdict(set)
    merged: list[Merged] = []
    for candidate in candidates:
        day = candidate.date.iso
        seen: set[int] = set()
        best: Merged | None = None
        best_score = 0.0
        for actor in candidate.actors:
            for group in blocks[(day, actor)][-BLOCK_LIMIT:]:
                if id(group) in seen:
                    continue
                seen.add(id(group))
                score = _likeness(group._sets(), candidate)
                if score is not None and score > best_score and not _other_act(group, candidate):
                    best, best_score = group, score
        if best is None:
            best = Merged(date=candidate.date, members=[candidate])
            merged.append(best)
        else:
            best.members.append(candidate)
        for actor in candidate.actors:
            if id(best) not in in_block[(day, actor)]:
                in_block[(day, actor)].add(id(best))
                blocks[(day, actor)].append(best)
    merged.sort(key=lambda g: (g.date.sort_key, g.members[0].source, g.members[0].span.start))
    return merged
