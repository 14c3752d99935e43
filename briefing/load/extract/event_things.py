"""A thing that happens as the subject of its own verb: "Talks resumed", "The second round of talks was held"
(split out of event_agents.py, whose thing_verb reads them; event_accidents.dates_own_act reads them too).
"""

from __future__ import annotations

import re

#: Nouns that name a thing that happens: the subject of "resumed", "took place", "broke out" (events22: a system's
#: outage or disruption, the subject of "occurred"; events24: an eruption that "began").
THINGS = (r"(?:talks|meeting|meetings|summit|negotiations|exchange|swap|ceasefire|truce|vote|voting|elections?|"
          r"protests?|demonstrations?|rally|rallies|conference|session|round|ceremony|inauguration|visit|hearing|"
          r"referendum|offensive|fighting|clashes|strikes?|attacks?|assault|parade|funeral|trial|consultations|unrest|"
          r"phase|fires?|blaze|wildfires?|outages?|blackouts?|disruptions?|eruptions?|"
          # (events34) a strike's other names and what it stops: "The walkout that began Friday", "Rail service resumes"
          r"walkouts?|stoppages?|shutdown|service|services)")
#: A word of the thing's noun phrase before its noun is no preposition of time (events35): "The talks after the vote
#: on Sunday turned violent" names the vote's day, not the talks' (the vote is no subject).
NOT_TIME_WORD = r"(?!(?i:after|before|following|since|until|amid|during|ahead|over|despite)\b)"
#: The thing's noun phrase: an article or a possessive, at most three words before the noun ("The second round of",
#: "Saturday's", "the US-Russia", "Wednesday's planned"), or the noun and a relative clause's "which" ("The fires,
#: which started on Jan. 7, …": the clause's verb is the thing's own).
THING_SUBJECT = re.compile(
    r"(?:(?:the|a|an|their|his|her|its|this|that|these|those|[A-Z][\w.-]*['’]s)\s+)?"
    r"(?:" + NOT_TIME_WORD + r"[\w.'’-]+,?\s+){0,3}?" + THINGS + r"(?:\s+(?:of|between|with|in|on)(?:\s+[\w.'’-]+){1,4}?)?"
    r"(?:\s+(?:\d{1,2}|one|two|three|I{1,3}))?(?:,(?=\s+held\b)|,\s+which|\s+that)?\s+",
    re.IGNORECASE)
#: The thing's own verb after its noun phrase: it happened (occurred), began, ended, turned deadly, or is set to.
THING_VERB = re.compile(
    r"(?:(?:reportedly|also|finally|formally|officially|then|later|briefly|initially|first)\s+)?"
    r"(?:(?:is|are|was|were)\s+(?:expected|scheduled|due|set)\s+to\s+|will\s+|would\s+)?"
    r"(?P<verb>resum(?:e|ed|es)|beg(?:an|in|ins)|start(?:ed|s)?|end(?:ed|s)?|opened|took place|take(?:s)? place|"
    r"(?:was|were|is|are|will be)\s+held|conclud(?:e|ed|es)|collapsed|broke out|erupted|wrapped up|went ahead|"
    r"(?:got|get|gets) under\s?way|occurred|happened|turned\s+(?:deadly|violent|bloody)|(?<=,\s)held|"
    # a fire's start told without an object (events32): "A new blaze sparked in the hills on Wednesday night"
    r"(?:sparked|ignited|flared\s+up)(?=\s+(?:in|near|on|at|around|along|late|early|overnight|shortly)\b))\b",
    re.IGNORECASE)

#: The thing's noun phrase when its own verb follows it: the phrase's length is chosen by the verb ("The second round
#: of mayoral elections was held": not "The second round of", whose verb would be "mayoral").
THING_ACT = re.compile(THING_SUBJECT.pattern + "(?=" + THING_VERB.pattern + ")", re.IGNORECASE)
