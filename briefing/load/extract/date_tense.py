"""The tense around a date: whether a sentence speaks of what is planned ("will", "planned for") before a
date, right after it ("on Aug. 4 to be hosted"), or in the clause a fronted date leads ("that on June 13, Trump
would host"). dates.py reads a weekday or a yearless month-day forwards or backwards by it; anchoring.py too.
"""

from __future__ import annotations

import re

#: The verbs in the past the patterns below read besides the "-ed" ones.
_IRREGULAR_PAST = "held|met|made|began|took|gave|struck|won|came|went|sent|spoke|said|told|wrote"

_FUTURE = re.compile(
    r"\b(?:will|would|shall|’ll|'ll|plans?|planned|planning|scheduled|expected|due|upcoming|next|intends?|"
    r"hopes?|going to|set to|set for|slated|to be held|later this)\b",
    re.IGNORECASE,
)


def future_cue(sentence: str, at: int) -> str | None:
    """The future cue before position `at` of the sentence, if any ("planned for", "will"); none when a clause
    in the past lies between the cue and the date ("the halt would start, after the Houthis approached the
    administration on Monday": the Monday is the approach's, before the day of writing)."""
    cue = _last_future(sentence, max(0, at - _CUE_REACH), at)
    if cue is None:
        cue = _SCHEDULE.search(sentence, max(0, at - _SCHEDULE_REACH), at)
        if cue is None or past_verb_between(sentence, cue.end("verb"), at):
            return None  # "Zelensky heads home after talks that collapsed on Monday": the collapse's Monday
        return cue.group("verb")
    return cue.group(0)


#: A visit or a meeting told in the present right before its date: "X, who visits the palace on Thursday",
#: "the minister travels to Ankara on Friday" — a plan (a day gone by is told in the past, "visited"), so the
#: weekday is the coming one, not the last. The verb with its subject (a name, "who", a pronoun; not "his visits"),
#: its object short and unbroken up to the date.
_SCHEDULE = re.compile(r"(?:\b(?:who|he|she|it)|\b(?!(?:The|His|Her|Its|Their|Our|These|Those|Such)\b)[A-Z][\w’'.-]*"
                       r"(?<![’']s))"
                       r"\s+(?:also\s+|then\s+|now\s+)?(?P<verb>visits|meets|hosts|travels|arrives|attends|heads|"
                       r"flies|returns)\b[^,;:.!?\"“”—–()]{0,50}$")
#: The verbs `_SCHEDULE` finds (what `future_cue` gives when it reads a schedule).
SCHEDULE_VERBS = frozenset({"visits", "meets", "hosts", "travels", "arrives", "attends", "heads", "flies", "returns"})
#: How far before a date `_SCHEDULE` reads (bounded: a pass stays linear).
_SCHEDULE_REACH = 90


def distant_future(sentence: str, at: int) -> bool:
    """Whether a future cue stands further back in the sentence than `future_cue` reads ("Those will culminate
    with X meeting Y at a conference in Munich on Friday"), no clause in the past between it and the date: the
    date may be the plan's, so a weekday is read neither way (dates.py keeps it undated)."""
    reach = max(0, at - _CUE_REACH)
    floor = max(0, at - _DISTANT_REACH)  # (bounded: each date reads a window, so a sentence's dates stay linear)
    cue = _last_future(sentence, floor, at, reach) if reach > floor else None
    return cue is not None and not _PAST_FINITE.search(sentence, cue.end(), at)


#: How far before a date `distant_future` looks for its cue: a long sentence's clause (a run-on "sentence" of
#: thousands of characters read whole before each of its dates made the dates' pass quadratic).
_DISTANT_REACH = 600


def future_in_past(sentence: str, at: int) -> bool:
    """Whether the future cue `future_cue` finds before position `at` is a plan told in the past: "was" or
    "were" right before it ("the run-off was to be held in December", "the vote was expected in May", "were
    scheduled for June"). Such a plan looks forward from a day gone by, not from the day of writing, so its date
    may lie either side of that day (dates.py reads it "near")."""
    cue = _last_future(sentence, max(0, at - _CUE_REACH), at)
    return cue is not None and _WAS_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start()) is not None


#: "was" / "were" (perhaps with an adverb, perhaps "scheduled" before "to be held") right before a future cue: a
#: plan as it stood in the past.
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:(?:originally|initially|first|once|still|also|then)\s+)?"
                         r"(?:(?:scheduled|expected|due|set|planned|slated|supposed|meant|going)\s+)?$", re.IGNORECASE)


#: How far before a date `future_cue` looks for its cue.
_CUE_REACH = 90


def modal_cue(sentence: str, at: int) -> str | None:
    """A word of what may happen before position `at` ("could sign it as early as Friday", "talks might resume
    on Monday", "as soon as Thursday"), no clause in the past between it and the date: the day may be the coming
    one or, told of the past ("said they could meet on Monday"), the last — dates.py reads it "near", so a
    weekday stays undated rather than be put on the day gone by."""
    cue = _last_future(sentence, max(0, at - _CUE_REACH), at, pattern=_MODAL)
    if cue is None or past_verb_between(sentence, cue.end(), at):
        return None  # "which could not wait any longer, signed the deal on Friday": the signing's Friday
    return cue.group(0)


#: A word that may be a verb in the past, and the word before it.
_PAST_WORD = re.compile(rf"(?:\b(?P<before>[\w’'-]+)[\s,;:—–]+)?\b(?P<verb>[a-z]{{2,}}ed|{_IRREGULAR_PAST})\b")


def past_verb_between(sentence: str, start: int, at: int) -> bool:
    """Whether a verb in the past, not an auxiliary's participle ("may be signed"), stands in sentence[start:at]."""
    return last_past_verb(sentence, start, at) >= 0


def last_past_verb(sentence: str, start: int, at: int) -> int:
    """Where the last verb in the past of sentence[start:at] ends (not an auxiliary's participle: "may be
    signed"); -1 when there is none."""
    last = -1
    for m in _PAST_WORD.finditer(sentence, max(0, start - 30), at):
        if m.start("verb") >= start and m.group("verb") not in _NOT_PAST \
                and (m.group("before") or "").lower() not in _AUXILIARY | _ATTRIBUTIVE:
            last = m.end("verb")
    return last


#: (events37) A plan or a hope as the object of a verb in the past, right before it: "rejected the plan on Saturday",
#: "unveiled his peace plan on Monday", "dashed their hopes on Friday" — a noun, no future cue (the day is the
#: verb's, before the writing).
_NOUN_OF_PAST_VERB = re.compile(r"\b(?:[a-z]{2,}ed|" + _IRREGULAR_PAST + r"|backed|killed)\s+"
                                r"(?:the|a|an|his|her|its|their|our|this|that|[A-Z][\w.-]*['’]s)\s+"
                                r"(?:[\w-]+\s+){0,2}$")

#: Modal verbs (lower case: "May" is a month) and the phrases of an earliest day.
_MODAL = re.compile(r"\b(?:could|might|may|can)\b|\bas (?:early|soon) as\b")


def _last_future(sentence: str, start: int, at: int, stop: int | None = None,
                 pattern: re.Pattern[str] = _FUTURE) -> re.Match[str] | None:
    """The last future cue of sentence[start:stop] (stop: `at`), unless a clause in the past lies between it and
    the date at `at`."""
    cue = None
    for match in pattern.finditer(sentence, start, at if stop is None else stop):
        if not _quoted_before(sentence, match.start(), at) \
                and not _HAD_BEFORE.search(sentence, max(0, match.start() - 12), match.start()):
            if not _NOUN_OF_PAST_VERB.search(sentence, max(0, match.start() - 60), match.start()) \
                    or match.group(0).lower() not in {"plan", "plans", "hope", "hopes"}:
                cue = match  # (not "had expected", "had planned": a past perfect, whose day is before the writing)
    if cue is None or _PAST_CLAUSE.search(sentence, cue.end(), at) or _owned_by_past_verb(sentence, at) \
            or _past_relative(sentence, cue.end(), at) or _SAYING_BETWEEN.search(sentence, cue.end(), at) \
            or _PLUPERFECT.search(sentence, cue.end(), at):
        return None
    return cue


def _quoted_before(sentence: str, cue: int, at: int) -> bool:
    """Whether the cue at `cue` is inside a quotation that closes before the date at `at`: "“We will find out,”
    X told a news conference on Tuesday" — the quotation's future is not the telling's, and the day is the
    telling's. (Curly marks counted open against closed, straight ones by parity; in the sentence's last 400
    characters before the cue, so a pass stays linear.)"""
    back = max(0, cue - 400)
    if sentence.count("“", back, cue) > sentence.count("”", back, cue):
        return "”" in sentence[cue:at]
    return sentence.count('"', back, cue) % 2 == 1 and '"' in sentence[cue:at]


#: A saying in the past between a future cue and the date, its clause running on to the date: "The coffin will be
#: moved on Wednesday, a spokesman told reporters later on Monday" (the Monday is the telling's, before the day of
#: writing; the plan's "will" is another clause's). A "that"/"whether"/"if" after the verb opens the reported
#: clause, whose tense is its own.
_SAYING_BETWEEN = re.compile(r"\b(?:said|told|announced|confirmed|stated|added|wrote|posted|briefed|explained|"
                             r"informed)\b(?:(?!\b(?:that|whether|if)\b)[^,;:.!?\"“”—–()]){0,40}$")


#: "had" (perhaps "had been") right before a cue word: "what the watchdog had expected in October".
_HAD_BEFORE = re.compile(r"\bhad\s+(?:been\s+)?$", re.IGNORECASE)
#: A verb in the past perfect between a future cue and the date, its clause running on to the date: "would be
#: better off than the budget office had forecast in November" (the November is the forecast's, before the day of
#: writing; the "would" is the comparison's).
_PLUPERFECT = re.compile(r"\bhad\s+(?:(?:\w+ly|not|already|first)\s+)?(?:been\s+)?[a-z]{3,}\b"
                         r"(?=[^,;:.!?\"“”—–()]{0,60}$)")


#: A finite verb in the past: "Hopes that the US side would lay out … were already smashed before Wednesday's
#: meeting" (the "would" is a clause's of its own; the sentence tells of the past).
_PAST_FINITE = re.compile(r"\b(?:was|were|had|did)\b")


#: A past verb right before a date ("vowed on April 9", "who arrived on Monday"), and the word before it.
_PAST_VERB_BEFORE = re.compile(r"(?:\b(?P<before>[\w’'-]+)\s+(?:(?:\w+ly|then|also|now|again|first|finally|not)\s+)?)?"
                               rf"\b(?P<verb>\w+ed|{_IRREGULAR_PAST})\s+(?:on\s+)?$", re.IGNORECASE)
#: Words ending in "ed" that are no past verb, or are the plan's own word ("scheduled on Monday").
_NOT_PAST = frozenset({"need", "proceed", "succeed", "exceed", "feed", "speed", "red", "bed", "shed", "based",
                       "focused", "scheduled", "planned", "expected", "slated", "intended"})
#: An auxiliary before a participle: "will be signed on May 5", "to be ratified", "have been sworn in".
_AUXILIARY = frozenset({"be", "been", "being", "have", "has", "get", "gets", "to", "will", "would", "shall",
                        "could", "should", "may", "might", "must"})
#: A word before a participle that makes it an adjective, no verb: "behind closed doors", "a revised plan".
_ATTRIBUTIVE = frozenset({"a", "an", "the", "behind", "his", "her", "its", "their", "our", "this", "these", "those"})


def _owned_by_past_verb(sentence: str, at: int) -> bool:
    """Whether a past verb, not an auxiliary's participle, stands right before the date at `at`: the day is
    when that was done, whatever future word came earlier ("the country's next leader … vowed on April 9")."""
    match = _PAST_VERB_BEFORE.search(sentence, max(0, at - 60), at)
    if match is None or match.group("verb").lower() in _NOT_PAST:
        return False
    before = (match.group("before") or "").lower()
    return before not in _AUXILIARY and not before.endswith(("’ll", "'ll"))


#: A clause in the past opened after a future cue: a conjunction, a named or pronoun subject, a past verb.
_PAST_CLAUSE = re.compile(r"\b(?:after|when|as|because|since|once)\s+(?:(?:the|its|their)\s+)?"
                          r"(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they|it|we)\s+)"
                          rf"(?:[a-z]+ed|{_IRREGULAR_PAST})\b")


#: A relative clause in the past that runs on to the date, no comma closing it: "is due to leave the castle, where
#: he received the royal treatment on Wednesday" (the Wednesday is the treatment's, not the leaving's).
_RELATIVE_PAST = re.compile(r"\b(?:where|who|which|that)\s+(?P<gap>[^,.;:!?\"“”—–()]{0,60}?)\b"
                            rf"(?P<verb>[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b(?=[^,.;:!?\"“”—–()]{{0,60}}$)")


def _past_relative(sentence: str, start: int, at: int) -> bool:
    """Whether a relative clause with a past verb (not an auxiliary's participle: "that will be signed") opens
    between `start` (a future cue's end) and the date at `at` and is not closed before it."""
    for match in _RELATIVE_PAST.finditer(sentence[:at], start):
        words = match.group("gap").lower().split()
        if match.group("verb").lower() not in _NOT_PAST and not (words and words[-1] in _AUXILIARY):
            return True
    return False


#: A future cue right after the date: "a meeting on Aug. 4 to be hosted by Cambodia", "on May 12, is expected".
_AFTER = re.compile(r"\s*,?\s*(?:to be|is to|are to|is expected|are expected|is scheduled|are scheduled|"
                    r"is due|are due|will|(?-i:must|should|could|can|may|might))\b", re.IGNORECASE)
#: A date put before its clause, the clause in the future: "(officials said that) on June 13, Trump would host".
_FRONTED = re.compile(r"\s*,(?P<gap>[^,.;:!?\"“”]{1,60}?)\b(?P<cue>will|would|shall|is to|are to|is set to|are set to|"
                      r"plans? to|is expected to|are expected to|is due to|are due to)\b")
#: A verb of saying in that gap: "on Tuesday, Putin said he would …" is said on Tuesday, not planned for it.
_SAID = re.compile(r"\b(?:said|says|told|tells|announced|added|wrote|stated|declared|insisted|warned|"
                   r"confirmed|claimed|argued|suggested|promised|vowed|pledged)\b", re.IGNORECASE)


#: A verb in the past right before the date ("signed on Wednesday", "held Monday"): the day is when it was done.
_DONE_BEFORE = re.compile(rf"\b(?:\w+ed|{_IRREGULAR_PAST}|set)\s+(?:(?:on|last)\s+)?$", re.IGNORECASE)


#: What may stand before a date that leads its clause: the sentence's start, "that", a comma or a dash, then
#: "on" (and a weekday before a month-day).
_LEADS = re.compile(r"(?:^|\bthat\s+|[,;:—–]\s*)(?:(?:[Oo]n|[Bb]y)\s+)?"
                    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$")
#: A gap that opens a clause of its own ("on Monday, and they will meet again"): not the date's clause.
_NEW_CLAUSE = re.compile(r"\s*(?:and|but|or|while|as|which|who|when|where|after|before|because|since|though)\b",
                         re.IGNORECASE)


def _past_in_clause(sentence: str, at: int) -> bool:
    """Whether a verb in the past stands in the clause before position `at` (from its last comma, 60 characters
    at most)."""
    floor = max(0, at - 60)
    return past_verb_between(sentence, max(floor, sentence.rfind(",", floor, at) + 1), at)


#: A part of the day right after a date: "on Wednesday evening", "Friday morning" (always matches, perhaps empty).
_DAY_PART = re.compile(r"(?:\s+(?:morning|afternoon|evening|night|noon))?(?:,?\s+local\s+time)?")  # ("…, local time")


def cue_after(sentence: str, at: int, begin: int | None = None) -> str | None:
    """The future cue that follows a date ending at `at`: at once ("on Aug. 4 to be hosted"), or, for a date
    beginning at `begin` that leads its clause, that clause's tense ("that on June 13, Trump would host"). A part of
    the day after the date is the date's ("On Wednesday evening, Macron will host")."""
    at = _DAY_PART.match(sentence, at).end()
    match = _AFTER.match(sentence, at)
    if match is not None:
        # "The deal, signed on Wednesday, will give …": the day belongs to the past verb before it, and the
        # "will" after it to the main clause.
        if begin is not None and _DONE_BEFORE.search(sentence, max(0, begin - 30), begin):
            return None
        if begin is not None and "," in match.group(0) and _past_in_clause(sentence, begin):
            return None  # "X, who met Y on Monday, will return": the meeting's Monday, the "will" the main clause's
        return match.group(0).strip(" ,")
    if begin is None or not leads_clause(sentence, begin):
        return None
    match = _FRONTED.match(sentence, at)
    if match is not None and not _SAID.search(match.group("gap")) and not _NEW_CLAUSE.match(match.group("gap")):
        return match.group("cue")
    return None


def leads_clause(sentence: str, begin: int) -> bool:
    """Whether the date beginning at `begin` leads its clause ("On Monday, the talks open …", "… that on June 13,
    Trump would host")."""
    return _LEADS.search(sentence, max(0, begin - 40), begin) is not None


#: A clause in the past right after a date: "…would hold a summit in Budapest on Thursday after a two-hour call
#: yielded progress" (the "after" clause tells when it was said, and the day may be the saying's).
_PAST_AFTER = re.compile(r"\s*,?\s*(?:after|when|as|once)\s+[^.;:!?\"“”]{0,80}?\b"
                         rf"(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST})\b")


def told_after(sentence: str, at: int) -> bool:
    """Whether a clause in the past follows the date ending at `at`: with a "would" before the date, the day may
    be the plan's or the day it was said (dates.py leaves a weekday undated)."""
    return _PAST_AFTER.match(sentence, at) is not None


#: A verb in the present right after a day's possessive and its noun ("Thursday’s summit in Paris comes at …",
#: "Sunday’s vote is a test"), no verb in the past before it.
_PRESENT_AFTER = re.compile(r"[^.;:!?“”\"]{0,50}?\b(?:is|are|comes|come|begins|begin|opens|open|starts|start|marks|"
                            r"mark|looms|loom|takes place|take place|promises|promise)\b")


def present_after(sentence: str, at: int) -> bool:
    """Whether the noun a day's possessive ends at `at` owns is told in the present ("Thursday’s summit comes at a
    pivotal moment"): the day may be the coming one or the last, so a weekday is read neither way."""
    match = _PRESENT_AFTER.match(sentence, at)
    return match is not None and not past_verb_between(sentence, at, match.start() + len(match.group(0)))

