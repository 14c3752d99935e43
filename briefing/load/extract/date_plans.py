"""The tense of the clause a weekday ends when no future word stands before it: a plan told in the present
("Macron and Zelensky meet on Friday", "talks resume on Friday", "Macron is visiting Kyiv on Friday") is the
coming day; an act aimed at ("promised to call him on Friday", "agreed to meet on Friday") or a day something
stands "ahead of" may lie either side of the day of writing. dates.py reads a weekday forwards, or neither way,
by it, where it read every weekday without a future word as the day gone by.

Each reads the clause before the date only (from the last comma, semicolon, colon, dash or bracket, 70
characters at most: a pass stays linear), and says nothing when a verb in the past stands in it ("met Zelensky
on Monday", "did not meet on Friday") after any infinitive: that verb owns the day.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefing.load.extract.date_tense import last_past_verb, leads_clause

#: How far back the clause before a date is read.
_REACH = 70
#: What ends the clause before a date.
_BOUNDARY = re.compile(r"[,;:—–()\[\]]|\bthat\b")
#: A finite verb in the past that no participle pattern covers.
_PAST_FINITE = re.compile(r"\b(?:was|were|had|did|could not|would not)\b")
#: A plan in the present progressive: "is visiting", "are holding" (not "is being": a passive).
_PROGRESSIVE = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|also\s+|now\s+)?(?!being\b|ongoing\b)[a-z]{2,}ing\b")
#: The verbs a schedule is told with in the present simple, with any subject: "Macron and Zelensky meet",
#: "talks resume", "the summit opens".
_SCHEDULE = re.compile(r"(?<!\bto )(?<!\bwill )(?<!\bwould )\b(?:meets?|begins?|resumes?|starts|opens|holds?|"
                       r"hosts?|visits|attends?|travels?|arrives?|lands|stays|leaves|heads|returns|convenes?|gathers?|votes|"
                       r"flies|fly|sits|takes? place|kicks? off|wraps? up|ends|closes|concludes?|(?:is|are) (?:in|at))\b")
#: A present passive: "are held", "is signed" (its participle is what last_past_verb finds).
_PASSIVE = re.compile(r"\b(?:is|are)\s+(?:\w+ly\s+|also\s+|now\s+)?(?:[a-z]{2,}ed|held|met|made|begun|taken|given|"
                      r"struck|won|sent|told)\b")
#: A sentence's end: a headline or a list's item has none, and tells what happened in the present.
_ENDED = re.compile(r"[.!?][\"”’')\]]*\s*$")
#: A caption's words: its present tells what the picture shows, done ("X meets Y on Monday, in this handout
#: picture released by …", "… on Monday (Photo: AFP)").
_CAPTION = re.compile(r"\bin (?:this|a) (?:(?:handout|file|pool|undated)\s+)?(?:photo(?:graph)?|picture|image|"
                      r"video|still|screenshot|screen grab)\b|\((?:[Pp]hoto|[Ii]mage|[Pp]icture|[Ff]ile)\b|\b[Pp]hoto:")
#: An act aimed at, in the infinitive: "promised to call", "agreed to meet" (a verb a plan is made of, so "spoke to
#: reporters", "according to officials" are no infinitives).
_AIMED = re.compile(r"\bto\s+(?:\w+ly\s+)?(?:meet|call|visit|hold|host|sign|travel|return|discuss|resume|begin|start|"
                    r"attend|speak|talk|vote|announce|present|unveil|decide|deliver|send|join|go|come|fly|head|"
                    r"convene|review|consider|respond|publish|release|brief|receive|welcome|hear|open|launch|"
                    r"finalise|finalize|submit|reply|answer|testify|appear)\b")
#: A day something stands before: "ahead of the meeting on Friday", "before Friday's vote" told in the present.
_AHEAD = re.compile(r"\b(?:[Aa]head of|[Ii]n the run-up to|[Ii]n preparation for)\b")


def plan_before(sentence: str, at: int) -> tuple[str, str] | None:
    """("future", the verb) when the clause before the date at `at` tells a schedule in the present ("meet on
    Friday", "is visiting Kyiv on Friday"); ("near", the words) when it tells an act aimed at or a day something
    stands ahead of ("promised to call him on Friday", "ahead of the meeting on Friday"); None when it says
    neither, or when a verb in the past stands in it."""
    floor = max(0, at - _REACH)
    start = floor
    for boundary in _BOUNDARY.finditer(sentence, floor, at):
        start = boundary.end()
    past = max(last_past_verb(sentence, start, at), max((m.end() for m in _PAST_FINITE.finditer(sentence, start, at)),
                                                       default=-1))
    aimed = None
    for aimed in _AIMED.finditer(sentence, start, at):
        pass
    if aimed is not None and aimed.start() >= past:
        return "near", aimed.group(0)  # "promised to call him again on Friday": the call's Friday, after the promise
    if past >= 0:
        # "the talks are held behind closed doors on Thursday": a present passive, a plan's day or a past one's
        passive = None
        for passive in _PASSIVE.finditer(sentence, start, at):
            pass
        if passive is None or passive.end() < past or told_as_done(sentence):
            return None
        return "near", passive.group(0)
    if (ahead := _AHEAD.search(sentence, start, at)) is not None:
        return "near", ahead.group(0)
    if told_as_done(sentence):
        return None  # a headline, a list's item: their present tells what happened ("Trump and Putin hold call")
    plan = _plan_verb(sentence, start, at)
    if plan is None:
        return None
    if at - plan.end() > _GOVERNS or _DETOUR.search(sentence, plan.end(), at):
        # "is facing criticism after the meeting on Friday", "stays in Jeddah for talks on Thursday": the day may
        # be the other thing's, gone by or to come; the present says it is not plainly the day gone by either
        return "near", plan.group(0)
    return "future", plan.group(0)


def _plan_verb(sentence: str, start: int, at: int) -> re.Match[str] | None:
    """The last present-tense plan verb of sentence[start:at]: a verb, not a noun (no article or possessive right
    before it: "the vote on Sunday", "Trump’s meeting on Friday")."""
    plan = None
    for plan in _PROGRESSIVE.finditer(sentence, start, at):
        pass
    if plan is None:
        for plan in _SCHEDULE.finditer(sentence, start, at):
            pass
        if plan is not None and _NOUN_BEFORE.search(sentence, max(start, plan.start() - 24), plan.start()):
            return None
    return plan


#: A word that makes the next one a noun: an article, a possessive, a determiner, right before it ("the vote",
#: "Trump’s meeting").
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|this|that|these|those|whose|each|every|any|no|"
                          r"[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his)|[’']s?)\s+$")
#: A preposition that opens a phrase of another thing between a plan verb and its date.
_DETOUR = re.compile(r"\b(?:after|before|following|since|amid|despite|over|about|of|from|during|for|against|than|"
                     r"until|ahead)\b")
#: How far after a plan verb its date may stand and be its day (a short object and place: "is visiting Kyiv on
#: Friday").
_GOVERNS = 45


@lru_cache(maxsize=256)
def told_as_done(sentence: str) -> bool:
    """Whether the sentence's present tells what happened, not a plan: a headline or a list's item (no sentence
    end), a caption ("…, in this handout picture released by the palace"). (Read once a sentence, however many
    weekdays it holds.)"""
    return _ENDED.search(sentence) is None or _CAPTION.search(sentence) is not None


def fronted_present(sentence: str, begin: int, end: int) -> str | None:
    """The verb in the present of the clause a weekday leads ("On Monday, the talks open in Riyadh", "On Friday
    Zelensky arrives at the White House"), none in the past before it: a preview's coming day or a narrative's day
    gone by, told alike, so the weekday is read neither way (dates.py). None when the weekday leads no clause, or
    its clause has no such verb, or a verb in the past."""
    if not leads_clause(sentence, begin):
        return None
    start = _DAY_PART.match(sentence, end).end()
    stop = _CLAUSE_END.search(sentence, start, min(len(sentence), end + _REACH))
    clause_end = stop.start() if stop is not None else min(len(sentence), end + _REACH)
    plan = _plan_verb(sentence, start, clause_end) or _PLURAL_PLAN.search(sentence, start, clause_end)
    if plan is None or last_past_verb(sentence, start, clause_end) >= 0 \
            or _PAST_FINITE.search(sentence, start, clause_end):
        return None  # "On Monday, Trump said the talks open …", "On Monday, its open letter was published"
    return plan.group(0)


#: A part of the day and the comma after a leading weekday ("On Monday evening, …").
_DAY_PART = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?")
#: A plural subject's plan verb the schedule verbs leave out (as words they are nouns or adjectives too): "the
#: talks open", "the hearings start".
_PLURAL_PLAN = re.compile(r"(?<=[a-z]s )(?:open|start|end|close)\b")
#: What ends the clause a leading weekday opens (a comma after its subject ends it too: a pass stays short).
_CLAUSE_END = re.compile(r"[,;:.!?—–()\[\]\"“”]")
