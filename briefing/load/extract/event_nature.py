"""A volcano as the subject of its own eruption (events24): "Mount Hekla erupted on Tuesday, April 1st", "Norland's
Mount Skarvik, the valley's busiest peak, erupted at dawn on May 9", "The volcano began erupting on Sunday". The
event has no actor; the volcano must be shown to be one ("Mount", "Mt", "Monte" before a capitalised name, or the
word "volcano"): a bare name ("Katla erupted", "Gaza erupted in anger") is no volcano the text shows, and a
forecast ("is expected to erupt") no event. And a quake felt or recorded, in the passive: "A magnitude-5 tremor
was felt as far as the port on Sunday", "Two sharp tremors were recorded late on Monday" (a determiner
required). And a windstorm by its common noun (events25): "A violent EF-3 tornado tore through the town on May 2",
"The storms Sunday evening flattened barns", "a twister touched down near the river on Friday" (a determiner
required; past acts only). Read by event_agents.thing_verb, like a storm's or a quake's act.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
#: The volcano: a named mountain ("Mount Skarvik", "Norland's Mt. Brekka"), a name and the word ("the Fagradalsfjall
#: volcano"), or the word after a determiner and at most two words ("the island's main volcano"); then a place
#: ("in Norland") and an appositive between commas ("…, the valley's busiest peak,") at most.
_VOLCANO = re.compile(
    r"(?:(?:(?i:the|a|an|its|this|that)|[A-Z][\w.-]*['’]s)\s+)?"
    r"(?:(?:Mount|Mt\.?|Monte|Mont)\s+" + _NAME + r"(?:\s+(?i:volcano))?|" + _NAME + r"\s+(?i:volcano)|"
    r"(?<![\w'’-])(?i:the|its|this|that)\s+(?:[\w'’-]+\s+){0,2}?(?i:volcano))"
    r"(?:\s+in\s+[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)?)?(?:,\s+[^,.;:!?“”\"\n]{1,60},)?\s+"
    r"(?:(?:also|then|first|finally|later|again|dramatically|suddenly|violently)\s+)?"
    r"(?P<verb>erupted|(?:began|started)\s+erupting|burst\s+into\s+(?:life|action)|roared\s+(?:back\s+)?to\s+life|"
    r"spewed)\b")


#: A quake as the subject of a passive that says it happened: felt, recorded, registered (not "expected", "forecast").
_QUAKE_FELT = re.compile(
    r"(?:(?i:the|a|an|its|this|that|these|those|two|three|several)|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?i:earthquakes?|quakes?|temblors?|tremors?|aftershocks?)"
    r"(?:\s+(?:in|of|off|near)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?(?:,\s+[^,.;:!?“”\"\n]{1,40},)?\s+"
    r"(?:was|were)\s+(?:(?:also|first|later|then|strongly|widely)\s+)?(?P<verb>felt|recorded|registered)\b")


#: A windstorm named by its common noun as the subject of its own past act (a determiner required, at most three
#: words before the noun, its own weekday or an appositive between commas at most after it): not a forecast ("is
#: expected to hit"), not "a storm of criticism" (the verb must follow the noun, its day or its appositive).
_WINDSTORM = re.compile(
    r"(?:(?i:the|a|an|its|this|that|these|those|two|three|several)|[A-Z][\w.-]*['’]s)\s+(?:[\w.'’-]+\s+){0,3}?"
    r"(?i:tornado(?:es)?|twisters?|thunderstorms?|storms?|derechos?|windstorms?|hailstorms?|supercells?)"
    r"(?:\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|late|early)(?:\s+(?:morning|afternoon|evening|night))?)?"
    r"(?:,\s+[^,.;:!?“”\"\n]{1,60},)?\s+(?:(?:also|then|first|later|reportedly|briefly)\s+)?"
    r"(?P<verb>touched\s+down|tore|ripped\s+through|swept\s+(?:through|across|over)|struck|hit|slammed|battered|"
    r"flattened|levell?ed|destroyed|devastated|ravaged|killed)\b")


def nature_act(text: str, at: int, end: int) -> re.Match[str] | None:
    """A volcano's own eruption ("Mount Hekla erupted …"), a quake felt or recorded ("A strong tremor was felt
    …") or a windstorm's act ("The tornado tore through …") at `at`, or None; the "verb" group is the act."""
    return _VOLCANO.match(text, at, end) or _QUAKE_FELT.match(text, at, end) or _WINDSTORM.match(text, at, end)
