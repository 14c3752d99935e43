"""Who acts in a dated sentence that names no actor, and the day a sentence counts from the one before.

Two shapes are read, and nothing looser (a wrong date is worse than a missed event):
- a thing as the subject of its own event verb, at the sentence's start or after "that": "Talks resumed in Geneva on
  Tuesday", "… said that the round is due to take place Dec. 9". The event has no actor; its verb is the
  thing's.
- "He" or "She" opening the sentence right after one that names exactly one person: "Sybiha met his counterpart
  on Monday. He arrived in Ankara on Tuesday." The person of the sentence before is the agent; when that sentence
  names two people or none (or a run of capitalised words no actor covers: a name the gazetteer does not know
  yet), the pronoun's antecedent is not clear and the sentence stays no event. So it does when the article has
  not shown that pronoun to be that person's (pronoun_fit.py): "Donald Trump spoke … She arrived on Monday."
A sentence with no date of its own that says "later that day", "the next day" or "the day before" takes its day
from the one event of the sentence before (counted_day).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing.load.extract.dates import DateMention
from briefing.load.extract.event_accidents import accident_act
from briefing.load.extract.event_counted import ThingDays
from briefing.load.extract.event_nature import nature_act
from briefing.load.extract.event_bodies import body_act
from briefing.load.extract.event_interposed import interposed_verb
from briefing.load.extract.day_carry import tells_no_time
from briefing.load.extract.event_court import court_act
from briefing.load.extract.event_persons import person_act
from briefing.load.extract.event_day_nouns import day_marks_act, day_noun_act
from briefing.load.extract.event_since import since_act
from briefing.load.extract.event_undergone import undergone_act
from briefing.load.extract.event_things import NOT_TIME_WORD
from briefing.load.extract.event_things import THING_ACT as _SUBJECT
from briefing.load.extract.event_things import THING_VERB as _VERB
from briefing.load.extract.event_things import THINGS as _THINGS
from briefing.load.extract.event_verbs import EVENT_VERBS, STATEMENT_WORDS, STRONG_VERBS, event_verb
from briefing.load.extract.pronoun_fit import Pronouns

#: A storm named by its kind and name, as the subject (an appositive "known locally as X" or a bracket at most):
#: "Typhoon Lando, known locally as Mira, made landfall on …". A bare name ("Kalmaegi struck") is no storm
#: the text shows to be one, and a storm's forecast ("is expected to make landfall") no event.
_STORM = re.compile(r"(?:(?:Super|Severe|Tropical)\s+)?(?:Typhoon|Hurricane|Cyclone|Storm|Depression)\s+[A-Z][\w-]*"
                    r"(?:\s+\([^()\n]{1,40}\))?(?:,\s+(?:locally\s+)?(?:known\s+)?(?:locally\s+)?as\s+[A-Z][\w-]*,)?\s+")
_STORM_VERB = re.compile(
    r"(?:(?:also|later|then|first|finally)\s+)?(?P<verb>made\s+(?:its\s+(?:first\s+)?)?landfall|struck|hit|"
    r"slammed|battered|lashed|pummell?ed|swept\s+(?:through|across|over)|tore\s+through|ripped\s+through|"
    r"ravaged|killed)\b")
#: A disaster as the subject of its own act: "The 6.1 magnitude tremor hit the coast on Friday", "Friday's quake
#: struck near …", "The blast tore through …" (a determiner required; past acts only: a forecast is none); and a
#: toll that rose on a day: "The toll climbed to 410 on Sunday" (the count's day, as printed); a fire's own act
#: ("Tuesday's wildfire in the hills destroyed …").
_DISASTER = re.compile(
    r"(?:(?i:the|a|an|its|this|that)|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?:(?i:earthquake|quake|temblor|tremor|aftershock|blast|explosion|landslide|mudslide|avalanche|tsunami|eruption)"
    r"\s+(?:(?:also|then|first|later)\s+)?(?P<verb>hit|struck|jolted|rocked|shook|tore\s+through|ripped\s+through|"
    r"flattened|toppled|killed|devastated)|"
    r"(?i:wildfire|fire|blaze|firestorm|inferno)(?:\s+in(?:\s+[\w.'’-]+){1,3}?)?"
    r"\s+(?:(?:also|then|first|later)\s+)?(?P<fire>destroyed|consumed|burned|scorched|razed|leveled|levelled|"
    r"swept\s+through|tore\s+through|ripped\s+through|killed|devastated)|"
    r"(?i:death\s+toll|toll|number\s+of\s+(?:dead|deaths))(?:\s+(?:in|from)\s+(?:[\w.'’-]+\s+){1,3}?)?"
    r"\s+(?P<toll>rose|climbed|jumped|soared|reached|passed|topped|surpassed|exceeded))\b")
#: A government as the subject of its own fall or survival: "Her second cabinet collapsed on Monday, October 6",
#: "The cabinet resigned on Tuesday", "The coalition survived a confidence vote on Thursday" (a determiner
#: required; past acts only: "is expected to fall" is none).
_GOVERNMENT = re.compile(
    r"(?:(?i:the|a|an|his|her|its|their|this|that)|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?i:government|cabinet|coalition)\s+(?:(?:also|then|finally|later|quickly|swiftly|effectively)\s+)?"
    r"(?P<verb>collapsed|fell|resigned|survived|was\s+(?:toppled|ousted|brought\s+down|dissolved|sworn\s+in))\b")
#: A thing as the subject with its own day right after it, then the sentence's verb: "The opening phase of voting on
#: November 6 will span 118 seats", "The count on Friday showed …" (the day is the thing's: a determiner
#: required, the day a month-day or a weekday, a verb or an auxiliary right after it).
_THING_DAY = re.compile(
    r"(?i:the|its|their|this|that)\s+(?:" + NOT_TIME_WORD + r"[\w.'’-]+\s+){0,3}?(?P<verb>(?i:" + _THINGS[3:-1] + r"|count|counting|polling))"
    r"(?:\s+(?:of|in|between)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,2}?)?\s+(?P<on>on)\s+"
    r"(?P<day>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})"
    r"(?:,?\s+(?:19|20)\d{2})?)\s+(?:(?:also|then|quickly|finally)\s+)?"
    r"(?:will|would|is|are|was|were|has|had|[a-z]{3,}ed)\b")
#: A thing done to a subject named by a determined noun phrase, in the passive: "The depot's grid link was cut
#: off on May 3", "The main line was damaged near the station …" (no actor: whoever did it is not
#: named; not when a report stands between the verb and the date: "was damaged, officials said on Monday").
_DETERMINED = re.compile(r"(?:(?i:the|its|their|this|these|those|a|an|one|two|three)|\d{1,3}|[A-Z][\w.-]*['’]s)\s+"
                         r"(?:[\w.'’-]+\s+){0,5}?"
                         r"(?=(?:was|were)\s)")
#: (events37) A find's day right after "found", then the clause's end or a place: "were found June 2.", "found Monday
#: near the pier" (not "found Monday to be unsafe").
_FIND_DAY = (r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
             r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)(?:[,.;]|\s+(?:near|in|at|inside|outside|along|beside|under|by)\b)")
_PASSIVE = re.compile(
    r"(?:was|were)\s+(?:(?:reportedly|also|later|then|briefly|again|partially|partly|fully|badly|finally|last)\s+)?"
    # (events37) a find and a booking: "The bodies were discovered June 2", "were found near a dock on …", "were
    # found June 2." (not "found guilty", "found to be", "found Monday to be …"), "The skipper was booked into jail
    # … Monday", "were last seen … on May 30"
    r"(?P<verb>discovered|found(?=\s+(?:near|in|at|inside|outside|along|beside|under|on)\b|\s+" + _FIND_DAY + r")|"
    r"booked\s+into\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?(?:jail|prison|custody)|taken\s+into\s+custody|"
    r"cut\s+off|disconnected|reconnected|restored|damaged|destroyed|shelled|struck|hit|attacked|"
    r"captured|seized|recaptured|retaken|liberated|signed|ratified|adopted|approved|evacuated|blown\s+up|"
    r"shot\s+down|downed|launched|reopened|closed|pulled\s+(?:out|free)|rescued|freed|found\s+(?:alive|dead)|removed|recovered|"
    r"spotted|sighted|detected|seen(?!\s+as\b))\b")
#: A report between the thing's verb and the date: the date is the report's ("… resumed, officials said Monday").
#: (Verbs only: "near the border post on Thursday" is no report.)
_REPORT = re.compile(r"\b(?:said|says|told|reported|announced|added|stated|wrote|posted|according)\b", re.IGNORECASE)
#: Where the thing's subject may begin: the sentence's start, after a short opening phrase ("In Geneva, talks
#: resumed …", "On October 3, 2025, …", "Late on Friday, May 2, 2025, …"), or after "that" ("said that the round is
#: due to take place Dec. 9").
_OPENING = re.compile(r"(?:[^,.;:!?“”\"]{1,40},(?:(?:\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},)?\s+(?:19|20)\d{2},)?\s+)?")
_THAT = re.compile(r"\bthat\s+")
#: A question-and-answer page's label before an answer: "A: On June 27, the court ruled …".
_ANSWER = re.compile(r"A\s*:\s+")
#: A place's relative clause: "… close to where three people were injured on Monday" (its act is dated only by a day
#: after its verb: "Police returned on Friday to the bar where a gunman opened fire" is no shooting on Friday).
_WHERE = re.compile(r"\bwhere\s+")
#: A wire's dateline before the first sentence, with no date or a month-day: "LOS ANGELES (AP) — ", "KYIV, March 18
#: (Reuters) - ": the thing's subject begins after it.
_WIRE_LEAD = re.compile(r"(?:[A-Z][A-Z.'’-]+(?:[ \t][A-Z][A-Z.'’-]+){0,3}(?:,[ \t]*[A-Z][\w.'’-]+(?:[ \t][\w.'’-]+){0,2})?"
                        r"[ \t]*(?:\([A-Za-z][A-Za-z .&-]{0,29}\)[ \t]*)?"  # (events34: or none)
                        # (events36) or the outlet alone, its place cut off as a sentence of its own by the state's
                        # abbreviation: "SALEM, MASS." / "(WXYZ) - Jurors began …"
                        r"|\([A-Za-z][A-Za-z .&-]{0,29}\)[ \t]*)[—–-]{1,2}[ \t]*")
#: A report verb whose object clause has no "that": "Firefighters reported a blaze broke out … on November 26"
#: (the clause's subject must be determined: an article or a possessive).
_REPORTED = re.compile(r"\b(?:reported|said|says|announced|confirmed)\s+(?=(?:a|an|the|its|their)\s)")
#: A subject pronoun opening the sentence (after a short opening phrase at most).
_PRONOUN = re.compile(r"(?:[^,.;:!?“”\"]{1,40},\s+(?:he|she)|He|She)\s+(?=[a-z])")
#: What may stand between the pronoun and its event verb: an adverb or an auxiliary or two ("He then met", "She
#: has since arrived", "He is expected to visit"), no clause of its own.
_PRONOUNS_VERB = re.compile(r"(?:[a-z]+\s+){0,4}")


#: A group that acts, named by its common noun, as the subject: "Police shot and killed …", "Security forces in
#: the capital detained …", "Fighters led by X stormed …", "More than 300 inmates broke free …" (its verb must be
#: an act, STRONG_VERBS, within three words: not "police said").
_GROUP = re.compile(r"(?:(?i:the|its|their)\s+|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+|[A-Z][a-z]+(?:n|ian|ese|i)\s+|"
                    r"(?:(?i:more\s+than|over|at\s+least|about|some|nearly|almost|roughly|around)\s+)?\d[\d,]*\s+)?"
                    # (events28: a strike's workers, "Pilots walked off the job on Friday"; events34: with their
                    # trade before them, "striking rail engineers", "bus drivers")
                    r"(?:(?i:striking|train|rail|railway|bus|subway|transit|port|postal|truck|tram)\s+){0,2}"
                    r"(?i:workers|strikers|engineers|drivers|conductors|machinists|employees|flight\s+attendants|cabin\s+crew|pilots|nurses|doctors|teachers|"
                    r"miners|dockworkers|security\s+forces|riot\s+police|police|rescuers|rescue\s+(?:crews|teams|workers)|firefighters|protesters|demonstrators|troops|soldiers|forces|"
                    r"rebels|militants|insurgents|fighters|inmates|prisoners|authorities|army|military|lawmakers|gunmen|"
                    # (events34: a meeting's members, "Ministers on Tuesday agreed …", "Delegates approved …")
                    r"ministers|leaders|delegates|negotiators|legislators|senators|diplomats)"
                    r"(?:\s+(?:in|of|from|led\s+by|loyal\s+to|backed\s+by)\s+(?:the\s+)?[A-Z][\w-]*"
                    r"(?:\s+(?:[A-Z]|al-)[\w-]*){0,2})?\s+")
_FEW_WORDS = re.compile(r"(?:[a-z]+\s+){0,3}")


def group_verb(text: str, at: int, end: int) -> re.Match[str] | None:
    """The act of a group named by its common noun at `at` ("Police shot and killed"), or None."""
    group = _GROUP.match(text, at, end)
    verb = None if group is None else EVENT_VERBS.search(text, group.end(), min(end, group.end() + 40))
    if verb is None or not _FEW_WORDS.fullmatch(text, group.end(), verb.start()):
        return None
    return verb if STRONG_VERBS.match(verb.group(0)) else None


#: A group's plan (events35): "Engineers will return to work Tuesday", "Drivers are set to resume their routes on
#: Monday": a future or a schedule, a verb of going back or out, at most three words, and the day at once (so "soon",
#: "after talks on Monday", "by Friday" fix no day of the plan and date nothing).
_PLAN = re.compile(r"(?:will|(?:is|are)\s+(?:set|due|expected|scheduled|poised)\s+to|plans?\s+to)\s+"
                   r"(?P<verb>return|resume|walk\s+out|go\s+(?:back\s+)?on\s+strike|strike|go\s+back)\b"
                   r"(?:\s+(?:to\s+)?(?:work|their\s+(?:jobs|posts|routes|shifts|duties)|service|the\s+job))?"
                   r"\s+(?:on\s+)?(?=\S)")


def group_plan(text: str, at: int, end: int, dates: list[int]) -> re.Match[str] | None:
    """The plan of a group named by its common noun at `at` whose day the text fixes (a date of the sentence, their
    starts in `dates`, right after the plan's verb and object), or None; the match's "verb" group is the act."""
    group = _GROUP.match(text, at, end)
    plan = None if group is None else _PLAN.match(text, group.end(), end)
    return plan if plan is not None and (plan.end() in dates or plan.end() - 3 in dates) else None


#: A phrase of time between the thing's verb and the date: "Protests began after the vote on Sunday" (the
#: vote's day, not surely the protests').
_TIME_PHRASE = re.compile(r"\b(?:after|before|following|ahead\s+of|since|until|amid)\b"
                          # (events37) not a clock's "after": "taken into custody shortly after 2 a.m. Friday" (an
                          # hour names no other event)
                          r"(?!\s+(?:\d{1,2}(?:[:.]\d{2})?\s*[AaPp]\.?[Mm]\b\.?|\d{1,2}[:.]\d{2}\b|midnight\b|noon\b))"
                          # (events34) or a clause of its own: "Cuts were announced, as the agency ran a deficit
                          # last year" (the deficit's year, not the announcement's)
                          r"|,\s+(?:as|while|whereas|because)\s", re.IGNORECASE)


def thing_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]],
               dates: list[int]) -> re.Match[str] | None:
    """The verb of a thing that is the subject of text[start:end] (a sentence with dates beginning at `dates`
    and no actor), or None: "Talks resumed …" gives "resumed"; not when a phrase of time stands between the verb
    and the first date after it."""
    froms = [_OPENING.match(text, start, end).end(), start]
    answer = _ANSWER.match(text, start, end)  # (events34) "A: On June 27, the court ruled …"
    froms += [_OPENING.match(text, answer.end(), end).end(), answer.end()] if answer is not None else []
    wire = _WIRE_LEAD.match(text, start, end)
    froms += [wire.end()] if wire is not None else []
    # (events34) a reported clause's act, like a place's relative one, is dated only by a day after its verb:
    # "Officials on Monday said the court sentenced him" is the saying's day, not the sentence's
    wheres = [m.end() for m in _THAT.finditer(text, start, end)]
    wheres += [m.end() for m in _REPORTED.finditer(text, start, end)]
    wheres += [m.end() for m in _WHERE.finditer(text, start, end)]
    for at in froms + wheres:
        if any(a <= at < b for a, b in quoted):
            continue
        since = (since_act(text, at, end, dates) or group_plan(text, at, end, dates)
                 or (day_noun_act(text, at, end, dates) or day_marks_act(text, at, end, dates) if at in froms else None))
        if since is not None:  # (events35) "… halted since Friday", "… will return to work Tuesday", "Friday's decision …"
            return re.compile(re.escape(since.group("verb"))).match(text, since.start("verb"))
        verb = group_verb(text, at, end)
        subject = _SUBJECT.match(text, at, end) if verb is None else None
        thing = _VERB.match(text, subject.end(), end) if subject is not None else None
        if verb is None and thing is None:
            thing = (_passive(text, at, end) or _storm(text, at, end) or _disaster(text, at, end)
                     or nature_act(text, at, end)
                     or _GOVERNMENT.match(text, at, end) or _thing_day(text, at, end, dates)
                     or accident_act(text, at, end) or person_act(text, at, end) or body_act(text, at, end)
                     or undergone_act(text, at, end)  # (events35) "AWS experienced a major outage"
                     or court_act(text, at, end))  # (events36) "Jurors deliberated for six hours on Monday"
        if thing is not None:
            verb = re.compile(re.escape(thing.group("verb"))).search(text, thing.start("verb"), thing.end("verb"))
        after = min((d for d in dates if verb is not None and d >= verb.end()), default=None)
        if verb is None or (after is None and at in wheres):
            continue
        if not (after is not None and (_TIME_PHRASE.search(text, verb.end(), after)
                                       or _REPORT.search(text, verb.end(), after))):
            return verb
    return None


def _thing_day(text: str, at: int, end: int, dates: list[int]) -> re.Match[str] | None:
    """A thing with its own day right after it at `at` ("The opening phase of voting on November 6 will span …"),
    the day one the sentence's dates begin at, or None."""
    found = _THING_DAY.match(text, at, end)
    return found if found is not None and (found.start("on") in dates or found.start("day") in dates) else None


def _passive(text: str, at: int, end: int) -> re.Match[str] | None:
    """A determined subject's passive verb at `at` ("The line was damaged"), or None."""
    subject = _DETERMINED.match(text, at, end)
    return None if subject is None else _PASSIVE.match(text, subject.end(), end)


def _disaster(text: str, at: int, end: int) -> re.Match[str] | None:
    """A disaster's own past act, or a toll's rise, at `at` ("The quake hit …", "The death toll rose …"), or None;
    the match's "verb" group is the act (or the toll's verb)."""
    found = _DISASTER.match(text, at, end)
    if found is not None and found.group("verb") is None:
        act = "fire" if found.group("fire") else "toll"
        found = _TOLL_VERB.search(text, found.start(act), found.end(act))
    return found


_TOLL_VERB = re.compile(r"(?P<verb>\w+)")


def _storm(text: str, at: int, end: int) -> re.Match[str] | None:
    """A named storm's own past act at `at` ("Typhoon X made landfall", "Hurricane Y struck"), or None."""
    storm = _STORM.match(text, at, end)
    return None if storm is None else _STORM_VERB.match(text, storm.end(), end)


def pronoun_agent(text: str, start: int, end: int, quoted: list[tuple[int, int]],
                  before: Carried) -> tuple[str, ...]:
    """The agent of text[start:end] when it opens with "He"/"She", its event verb follows the pronoun within a
    few words, the sentence before named one person only (`before.person`; None when it named none or several)
    and the article has shown the pronoun to be that person's (`before.pronouns`): (person,), else ()."""
    antecedent = before.person
    pronoun = None if antecedent is None or any(a <= start < b for a, b in quoted) else _PRONOUN.match(text, start, end)
    if pronoun is None or not before.pronouns.fits(antecedent, pronoun.group(0).split()[-1]):
        return ()  # "Donald Trump spoke … She arrived on Monday": not his act, and no one else is named
    verb = event_verb(text, start, end, quoted)
    if verb is None or not _PRONOUNS_VERB.fullmatch(text, pronoun.end(), verb.start()):
        return ()  # "He was right: on Tuesday, missiles struck …": the strike is not his
    return (antecedent,)


_NAME_RUN = re.compile(r"\b[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)+")
#: Capitalised words of a title or a country's adjective before a name ("Russian President", "Foreign Minister").
_TITLE_WORDS = frozenset("president prime minister foreign defence defense chancellor secretary general chief state "
                         "special envoy vice deputy interim russian ukrainian us u.s. american french german british "
                         "turkish syrian former".split())


def sole_person(text: str, start: int, end: int, people: list[tuple[str, int, int]], before: str | None) -> str | None:
    """The one person text[start:end] names (`people`: its person mentions, actor and span), or None when it
    names none, several, or also a run of capitalised words outside those mentions ("… spoke to Hakan Fidan":
    perhaps a person no actor is for yet). A sentence that opens with "He"/"She" and names no one keeps the
    person before it (`before`): "X landed on Monday. He met … He then flew …". The person must come before the
    sentence's first event verb: its subject."""
    if not people:
        return before if _PRONOUN.match(text, start, end) else None
    if len({a for a, _s, _e in people}) != 1:
        return None
    for run in _NAME_RUN.finditer(text, start, end):
        words = [w for w in re.finditer(r"\S+", run.group(0))
                 if not any(s <= run.start() + w.start() < e for _a, s, e in people)
                 and w.group(0).lower() not in _TITLE_WORDS]
        if len(words) > 1 and (run.start() > start or len(words) > 2):
            return None  # (a sentence's first word is capitalised anyway)
    first = min(s for _a, s, _e in people)
    if first > start:  # (a person that opens the sentence comes before any verb: no verb looked for)
        verbs = [v.start() for v in (EVENT_VERBS.search(text, start, end), STATEMENT_WORDS.search(text, start, end))
                 if v]
        if first > min(verbs, default=start + 60):
            return None  # the person after the verb ("The envoy met X on Monday. He …"): not the subject "He" takes up
    return people[0][0]


def sentence_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]], named: tuple[str, ...],
                  dates: list[DateMention]) -> re.Match[str] | None:
    """The verb that makes a dated sentence a candidate event: its event verb when it names an actor, a thing's
    own verb when it names none ("Talks resumed on Tuesday"), None when it has no date."""
    if not dates:
        return None
    if named:  # a storm the people pass took for a name ("Typhoon X"), or "X's government", is the subject
        # (events35) or a thing's own act when a party is named only in passing: "An outage occurred in the US East
        # region on Monday"
        return event_verb(text, start, end, quoted) or storm_verb(text, start, end, quoted, [d.start for d in dates]) \
            or named_thing_verb(text, start, end, quoted, [d.start for d in dates])
    return (thing_verb(text, start, end, quoted, [d.start for d in dates])  # "Lawmakers on Tuesday approved …":
            or interposed_verb(text, start, end, quoted, dates, thing_verb))  # the day between subject and verb


def named_thing_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]],
                     dates: list[int]) -> re.Match[str] | None:
    """The verb of a thing at the head of text[start:end], a sentence that names an actor or a party elsewhere ("An
    outage occurred in the US East region on Monday", "On Monday, AWS experienced an outage"), or None; only a thing's
    own verb (THING_VERB) or what befell a subject (event_undergone.py), and not when a phrase of time or a report
    stands between the verb and the first date after it (events35)."""
    for at in (_OPENING.match(text, start, end).end(), start):
        if any(a <= at < b for a, b in quoted):
            continue
        subject = _SUBJECT.match(text, at, end)
        act = _VERB.match(text, subject.end(), end) if subject is not None else \
            (undergone_act(text, at, end) or court_act(text, at, end))
        after = min((d for d in dates if act is not None and d >= act.end("verb")), default=None)
        if act is not None and not (after is not None and (_TIME_PHRASE.search(text, act.end("verb"), after)
                                                           or _REPORT.search(text, act.end("verb"), after))):
            return re.compile(re.escape(act.group("verb"))).search(text, act.start("verb"), act.end("verb"))
    return None


def storm_verb(text: str, start: int, end: int, quoted: list[tuple[int, int]],
               dates: list[int]) -> re.Match[str] | None:
    """A named storm's act as the subject of text[start:end] ("Typhoon X, known locally as Y, made landfall on
    …"), or a named person's government's fall ("X's government collapsed on …"), or None; not when a phrase of time or a report stands between the verb and the first date after it."""
    for at in (_OPENING.match(text, start, end).end(), start):
        act = None if any(a <= at < b for a, b in quoted) else (_storm(text, at, end)
                                                                 or _GOVERNMENT.match(text, at, end)
                                                                 or nature_act(text, at, end)
                                                                 or accident_act(text, at, end))
        after = min((d for d in dates if act is not None and d >= act.end("verb")), default=None)
        if act is not None and after is not None and not (_TIME_PHRASE.search(text, act.end("verb"), after)
                                                           or _REPORT.search(text, act.end("verb"), after)):
            return re.compile(re.escape(act.group("verb"))).search(text, act.start("verb"), act.end("verb"))
    return None


@dataclass(slots=True)
class Carried:
    """What a sentence leaves the next: the one person it names as subject (for "He"), the day of its one
    event (for "later that day"), and the pronouns the article has shown its people to take so far (shared)."""

    person: str | None = None
    day: DateMention | None = None
    pronouns: Pronouns = field(default_factory=Pronouns)
    #: The days the article has dated each thing on so far, for "two days after the attack" (shared).
    things: ThingDays = field(default_factory=ThingDays)
    #: 1 when `day` is carried over a sentence that told no time (day_carry.py): it is carried no further.
    hops: int = 0

    def after(self, text: str, start: int, end: int, persons: list[tuple[str, int, int]],
              picks: list[tuple[DateMention, re.Match[str]]]) -> Carried:
        """What the sentence text[start:end] leaves (`persons`: its person mentions; `picks`: its events' days)."""
        day = picks[0][0] if len(picks) == 1 and picks[0][0].date.day is not None else None
        hops = 0
        if day is None and not picks and self.day is not None and not self.hops and tells_no_time(text, start, end):
            day, hops = self.day, 1  # (events36) over one sentence that tells no time: "… The next day, …"
        self.pronouns.read(text, start, end, persons)
        self.things.read(text, start, end, picks)
        person = sole_person(text, start, end, persons, self.person)
        opening = _PRONOUN.match(text, start, end) if not persons else None
        if opening is not None and not self.pronouns.fits(person, opening.group(0).split()[-1]):
            person = None  # "Trump spoke. She arrived … He then …": the chain is broken where a pronoun does not fit
        return Carried(person, day, self.pronouns, self.things, hops)
