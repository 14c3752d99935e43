"""A vehicle, an accident or an official's count of the dead as the subject of its own act (events18, issue 10).

"A charter jet with 90 people aboard belly-landed … on Sunday", "A regional plane crashed near the lake on
Monday", "The Wednesday night collision killed 67 people": no actor is named, so no event verb is sought, and
the thing-subject patterns of event_agents name happenings ("talks", "fires"), not vehicles or accidents. Past
acts only (a forecast is none); a determiner is required, and at most one participle phrase ("carrying …",
"bound for …", "en route from …", "packed with …", bounded in length, no punctuation inside) may stand between the vehicle and
its act. The caller (event_agents.thing_verb) still refuses a date a report or a phrase of time stands before.
dates_own_act keeps the day a thing's noun phrase or relative clause prints when it dates that thing's own act.
"""

from __future__ import annotations

import re

from briefing.load.extract.event_day_nouns import owns_day
from briefing.load.extract.event_things import THING_SUBJECT, THING_VERB

_DETERMINER = r"(?:(?i:the|a|an|its|this|that|one)|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,4}?"
#: A vehicle's own accident, after at most one participle phrase: "A regional plane carrying 60 passengers and
#: four crew crashed while landing …".
_VEHICLE = re.compile(
    _DETERMINER
    + r"(?i:plane|airplane|airliner|jet|aircraft|helicopter|train|bus|coach|ferry|boat|ship|vessel|tanker|car|truck|"
    r"lorry|van|vehicle)"
    r"(?:,?\s+(?i:carrying|with|operated\s+by|bound\s+for|flying\s+(?:from|to)|en\s+route\s+(?:from|to)|"
    r"(?:packed|crowded|filled|loaded|laden|crammed)\s+with|full\s+of|"
    r"arriving\s+from|returning\s+from|travell?ing\s+(?:from|to))\s+[^,.;:!?“”\"\n]{1,60}?,?)?"
    r"\s+(?:(?:also|then|later|reportedly)\s+)?"
    r"(?P<verb>crashed|crash-landed|belly-landed|collided|derailed|sank|capsized|exploded|skidded|veered|plunged|"
    r"overturned|burst\s+into\s+flames|caught\s+fire|went\s+down|slammed\s+into)\b")
#: An accident or an attack named by its noun, as the subject of what it did to people: "The Wednesday night
#: collision killed 67 people", "Sunday's crash injured two crew members" (a weekday in the noun phrase dates
#: it as any weekday does).
_ACCIDENT = re.compile(
    _DETERMINER
    + r"(?i:crash|collision|crash-landing|derailment|sinking|accident|shooting|stabbing|ramming|car-ramming|bombing|"
    r"attack|massacre)"
    r"\s+(?:(?:also|then|later|reportedly)\s+)?(?P<verb>killed|injured|wounded)\b")

#: An official's count of the dead as an act of its day: "The medical examiner confirmed 25 deaths on Monday",
#: "Health officials reported at least 40 dead on Sunday" (a number in figures, then the dead: the count, not a
#: claim about it).
_COUNT = re.compile(
    r"(?:(?i:the|its|their)\s+|[A-Z][\w.-]*['’]s\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?i:medical\s+examiner|coroner|officials|authorities|ministry|agency|police)\s+(?:(?:also|later|then)\s+)?"
    r"(?P<verb>confirmed|reported|recorded)\s+(?:(?:at\s+least|more\s+than|over|a\s+further|another)\s+)?"
    r"\d[\d,]*\s+(?:deaths|dead|fatalities|victims|bodies)\b")


def accident_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """A vehicle's accident, an accident's toll or an official's count of the dead as the subject's past act at
    `at` ("The plane crashed", "The collision killed", "The coroner confirmed 25 deaths"), or None; the match's
    "verb" group is the act."""
    return _VEHICLE.match(text, at, end) or _ACCIDENT.match(text, at, end) or _COUNT.match(text, at, end)


#: The verb of a relative clause right before its date: "The fires, which started on Jan. 7, destroyed …" (the
#: clause dates its antecedent, and its verb is that antecedent's own act).
_RELATIVE_VERB = re.compile(r"(?:,\s*which|\bthat)\s+$")
_ON_IN = re.compile(r"\s+(?:on|in)\s+")


def dates_own_act(text: str, start: int, at: int, verb: re.Match[str]) -> bool:
    """Whether the date at `at`, which names a thing (event_background.names_a_thing), is the day of `verb`
    all the same: the thing is the sentence's subject and `verb` its act ("The Wednesday night collision killed
    …", "The Friday talks ended …": the date inside the subject its own act follows), or `verb` is the relative clause's that dates
    the thing ("…, which started on Jan. 7")."""
    if verb.start() > at:
        if owns_day(text, at, verb):  # (events35) "Friday's decision to …": the noun is the act (event_day_nouns.py)
            return True
        act = accident_act(text, start, verb.end())
        if act is None:  # "The Friday talks ended …", "Sunday's vote went ahead …"
            subject = THING_SUBJECT.match(text, start, verb.start())
            act = None if subject is None or at >= subject.end() else THING_VERB.match(text, subject.end(), verb.end())
        return act is not None and act.start("verb") == verb.start()
    return bool(_ON_IN.fullmatch(text, verb.end(), at) and _RELATIVE_VERB.search(text, max(start, verb.start() - 12),
                                                                                  verb.start()))
