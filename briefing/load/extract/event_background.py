"""Which dates of a sentence date a thing it mentions rather than its event (events.py asks): a thing named after
the verb ("…, following a ceasefire signed four months ago"), a date in a clause of its own (a reduced relative, a
relative clause, a gerund clause, a "since" bounding a first), a day that names a thing ("the Feb. 24, 2022,
invasion", "Wednesday's meeting").
"""

from __future__ import annotations

import re

from briefing.load.extract.date_names import WEEKDAYS, a_day_noun, the_date_noun
from briefing.load.extract.event_asides import cited_or_placed
from briefing.load.extract.event_ballots import an_elections_day

__all__ = ["is_background", "names_a_thing"]


#: A past participle that owns the date right after it ("a ceasefire signed four months ago", "the peace process
#: begun at the end of 2022"), read on the words just before the date.
_OWNER = re.compile(r"\b(?P<owner>\w+ed|begun|done|taken|given|broken|written|spoken|chosen|drawn|sworn|shown|known|"
                    r"seen|held|made|won|struck|sent)\s+(?:(?:on|in|at|during|since|last|early|late)\s+)?"
                    r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$", re.IGNORECASE)
#: Words before a participle that make it a finite verb of its own clause ("the deal was signed on Monday").
_AUXILIARY = re.compile(r"\b(?:has|have|had|was|were|is|are|be|been|being|will|would|’s|'s)\s+(?:\w+ly\s+)?$",
                        re.IGNORECASE)
#: What opens a clause about something else between the sentence's verb and the date ("…, following a ceasefire
#: signed four months ago").
_SUBORDINATE = re.compile(r"\b(?:following|after|before|since|ahead of|amid|despite)\b", re.IGNORECASE)
#: Participles that are never a finite past ("begun", not "began"): a noun's modifier wherever they stand.
_ONLY_PARTICIPLE = frozenset("begun done taken given broken written spoken chosen drawn sworn shown known seen".split())
#: A date inside a clause that "before/after/while" + a gerund opens: "Russia first invaded Crimea in 2014 before
#: launching its wider invasion in February 2022" dates the launch, not the sentence's verb.
_GERUND_CLAUSE = re.compile(r"\b(?:before|after|while|since)\s+[a-z]+ing\b[^,.;:!?]{0,80}$")
#: A common noun, then a past participle with its own short phrase, then the date: "territory seized from
#: Ukraine in 2014", "land annexed by Moscow in 2014", "a lake, formed by a landslide in July", "the bridge,
#: damaged by the storm in August" (a reduced relative: the date is the thing's). Not a day after "on": "agreed …,
#: according to a readout issued by the Kremlin on March 18" is the day of the act too.
_REDUCED_RELATIVE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being)\b)[a-z]{3,},?\s+"
                               r"(?!(?:was|were|had|has|have)\b)[a-z]+ed\s+(?:from|by|to)\s+"
                               r"(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|(?:the|a|an)\s+[a-z]+(?:\s+[a-z]+)?)"
                               r"\s+(?:in|since)\s+$")
#: A relative clause with its own subject and no pronoun, after a common noun: "any deal on the territory Russia
#: has seized since 2014", "the farmland Moscow had occupied in 2022" (the date is the seizure's). Not after a word
#: that opens a clause of the sentence's own ("said Russia had struck …", "as Kyiv has …").
_ANTECEDENT = (r"\b(?!(?:that|this|and|but|nor|yet|so|when|while|after|before|since|because|as|if|unless|until|though|"
               r"where|what|how|why|who|whom|whose|which|the|a|an|of|to|for|with|from|than|then|now|also|only|says|"
               r"said|tells|told|claims|warns|insists|argues|believes|thinks|knows|hopes|fears|notes|adds|admits|"
               r"denies|shows|means|suggests|reports|recalls|accepts|agrees|confirms)\b)[a-z]{3,}(?<!ed)(?<!ly)\s+")
_CONTACT_RELATIVE = re.compile(
    _ANTECEDENT + r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+"
    r"(?:has|have|had)\s+(?:\w+ly\s+)?(?:[a-z]+ed|taken|held|won|kept|built|seen|lost)\s+(?:in|since)\s+$")
#: The same with a pronoun for its subject and a past verb: "the treaty he signed with Putin last year", "the deal
#: they reached in 2023" (the treaty's day, not the statement's; "said he signed …" stays the sentence's own).
_CONTACT_PRONOUN = re.compile(
    _ANTECEDENT + r"(?:he|she|they|we)\s+"
    r"(?:had\s+)?(?:[a-z]+ed|signed|won|made|struck|held|built|set|began|sent|took|gave)\b"
    r"(?:\s+(?!(?:and|but|on|in|at|last|this|next)\b)[\w’'-]+){0,5}\s+(?:in\s+|on\s+)?$")
#: A relative clause opened after the verb and holding the date: "Talks have ramped up, as Trump's team seeks to
#: quell fighting in Ukraine, which Russia launched a full-scale invasion of in February 2022"; "demands to X, which
#: remain unchanged since the start of the war in 2022": the clause's day, not the verb's.
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose)\b[^,.;:!?“”\"]{0,100}$")
#: A relative clause that holds the event's verb as well as the date: "X faulted Y for the war, which started when
#: Moscow attacked on <a day of 2022>" is no fault-finding of 2022 (the verb "attacked" is the clause's, the
#: sentence tells of the blame): _RELATIVE_OPEN up to the verb, the clause still open at the date (_OPEN_TO).
_OPEN_TO = re.compile(r"[^,.;:!?“”\"]*")
#: …and must not close before the sentence's own verb: "The first round, which Oman hosted on 12 May 2024, ended
#: without a statement" tells of the round the clause dates (a month's abbreviation point is no sentence end:
#: "Jan. 7,").
_CLOSES = re.compile(r"(?:[^.;:!?]|\.(?=\s?\d)){0,40}?,\s+(?:[a-z]+ed|has|have|had|was|were|is|are|will|would|did)\b")
#: A date in a "since" phrase inside a trailing participle clause: "Oman confirmed it had brokered the ceasefire,
#: marking a shift in policy since the onset of the war in October 2023" dates the shift's start, not the event.
_SINCE_IN_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b[^,.;:!?]{0,80}?\bsince\b[^,.;:!?]{0,60}$")
#: A "since" clause with its own subject and verb that holds the date ("thanked the US for its support since Russia
#: launched its invasion in February 2022"): the day a stretch began, not the day of the sentence's act.
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:it|he|she|they|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})\s+"
                           r"(?:[a-z]+ed|began|went|took|came|struck|broke|won|led)\b[^,.;:!?]{0,80}$")
#: A "since" that bounds a first or a last ("the first European leader to visit Washington, D.C., since the
#: president returned to office Jan. 20", "… since his return to power a month ago", "the most important since the
#: bloc's founding in 2001"): the date starts the stretch the superlative counts in; it is not the day of the
#: sentence's act. An ordinal counts the same way: "the meeting, the envoy's sixth with the president since
#: January" is the sixth of a stretch begun in January, not a meeting of January.
_FIRST_SINCE = re.compile(r"\b(?:first|only|last|biggest|largest|worst|highest|lowest|longest|greatest|deadliest|"
                          r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
                          r"\d{1,3}(?:st|nd|rd|th)|most\s+[a-z]{4,})\b"
                          r"(?:[^.;:!?]|(?<=[A-Z])\.){0,80}?\bsince\b(?:[^.;:!?]|(?<=[A-Z])\.){0,120}$")

#: A comparison's own clause holding the date: "families will be better off than the watchdog had forecast in
#: November", "growth was lower than analysts expected in January", "compared with what X had forecast in May":
#: the day of the forecast compared against, not of the sentence's act. Its subject is no count ("more than two
#: dozen people had died in 2022" is the deaths').
_THAN_CLAUSE = re.compile(
    r"(?:\bthan|\bcompared\s+(?:with|to))\s+(?:what\s+)?(?!(?:\d|one|two|three|four|five|six|seven|eight|nine|"
    r"ten|a\s+(?:dozen|hundred|thousand|million)|dozens|hundreds|thousands|millions|half)\b)"
    r"(?:(?:the|a|an|its|their|his|her)\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?\s+"
    r"(?:(?:had|has|have|did)\s+(?:been\s+)?[a-z]{3,}|forecast|predicted|expected|estimated|projected|anticipated|"
    r"thought|planned|hoped|feared)\s+(?:(?:in|on|at|during|last|back\s+in)\s+)?$")


#: A thing that acts in a phrase of time or cause, with the date after its "-ing" verb: "in the wake of two
#: fleets' trawlers clashing in 2019", "amid protesters marching on Sunday": the day of the clash, not of the
#: sentence's act.
_WAKE_OF = re.compile(r"\b(?:in\s+the\s+wake\s+of|amid|following|despite)\s+(?:[^,.;:!?]{0,60}?\s)?[a-z]{3,}ing\s+"
                      r"(?:[^,.;:!?\s]+\s+){0,3}?(?:in|on|since|during)\s+$")


#: A thing's day after the noun that names it, inside a phrase that a preposition opens: "a war begun by the
#: invasion on Feb. 24, 2022" ("sparked by"), "rejected the proposal for a ceasefire on 9 May", "ahead of
#: the vote on Friday": the day of the invasion, the truce, the vote; the sentence's verb stands elsewhere and tells
#: of something else (is_background keeps the day when the noun is the sentence's own event word: "After talks on
#: Sunday, both sides said …"). Not after "at", "in", "during", "after" or "before": "agreed at the summit on 6
#: March", "spoke to reporters after the session on Monday" tell of the act's day, or one next to it.
#: (A weekday's mention begins at its "on": "on Friday" stands right after the noun.)
_THING_NOUNS = (r"(?:summit|talks|meeting|call|vote|visit|invasion|strikes?|attacks?|offensive|ceasefire|truce|"
                r"moratorium|conference|elections?|parade|ceremony|referendum|session|hearing|debate|speech|deadline|"
                r"negotiations|signing|round|inauguration|anniversary|holiday|celebrations?|arrival)")
_NOUN_ON = re.compile(r"\b(?i:for|of|by|ahead\s+of|since|over|about|against|toward|towards|"
                      r"than|sparked\s+by|triggered\s+by)\s+(?:(?:a|an|the|its|his|her|their|our|this|that|next|"
                      r"[A-Z][\w.-]*['’]s)\s+)?(?:[\w.-]+\s+){0,3}?" + _THING_NOUNS + r"\s+(?:on\s+)?$")
#: A day that an infinitive of purpose names: "declared a truce to mark Victory Day on May 9", "flew in to attend
#: the parade on Friday": the day marked or attended, not the day of the declaring.
_PURPOSE = re.compile(r"\bto\s+(?:mark|celebrate|commemorate|observe|honou?r|attend)\s+(?:[\w'’.-]+\s+){1,4}?"
                      r"(?:on\s+)?$", re.IGNORECASE)
#: A date that is the value of a date word ("the claimed start date of the pause being 8 March", "the deadline
#: is May 1", "set a deadline of Friday"): a day someone gave, not the day of the sentence's act.
_DATE_VALUE = re.compile(r"\b(?:date|deadline)\b[^.;:!?\"“”]{0,60}?\b(?:is|was|being|be|as|of)\s+(?:on\s+)?$",
                         re.IGNORECASE)


#: The sentence's own verb is one of being at the thing, right before its "of" phrase: "to address participants
#: of the plenary session on Thursday", "will attend the opening of the forum on Friday": the thing's day is the
#: act's (not "flew in to address …": the verb must be the sentence's event verb itself).
_ATTENDS_OF = re.compile(r"\b(?:address(?:es|ed)?|attend(?:s|ed)?|chair(?:s|ed)?|join(?:s|ed)?|speak(?:s)?\s+(?:to|at)|"
                         r"spoke\s+(?:to|at)|take(?:s)?\s+part\s+in|took\s+part\s+in|participated\s+in)\s+"
                         r"(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)

#: An infinitive of purpose before that verb ("flew to Sochi to address …"): the day may be the trip's or not.
_PURPOSE_TO = re.compile(r"(?<!expected )(?<!due )(?<!set )(?<!scheduled )(?<!going )(?<!planning )(?<!plans )"
                         r"(?<!planned )(?<!is )(?<!was )(?<!hopes )\bto\s+$")


def _thing_day(text: str, start: int, verb_end: int, at: int) -> bool:
    """Whether the date at `at` is a named thing's day (_NOUN_ON, _PURPOSE) or a date word's value (_DATE_VALUE),
    the sentence's verb (ending at `verb_end`) outside that phrase and not one of being at the thing (_ATTENDS_OF)."""
    if _DATE_VALUE.search(text, max(start, at - 90), at) or _PURPOSE.search(text, max(start, at - 70), at):
        return True
    phrase = _NOUN_ON.search(text, max(start, at - 90), at)
    if phrase is None or phrase.start() < verb_end <= phrase.end():
        return False
    attends = _ATTENDS_OF.search(text, max(start, phrase.start() - 50), phrase.start()) \
        if text.startswith("of", phrase.start()) else None
    if attends is None or not attends.start() < verb_end <= attends.end():
        return True
    return _PURPOSE_TO.search(text, max(start, attends.start() - 40), attends.start()) is not None

#: Verbs that take an object: written "-ed" with no object after them, behind a common noun, they are a passive
#: participle modifying it ("tariffs imposed on imports last month", "sanctions announced in March").
_TRANSITIVE = (r"(?:impos|announc|unveil|sign|adopt|approv|issu|launch|propos|order|extend|establish|creat|remov|"
               r"introduc|lift|suspend|paus|halt|postpon|cancell?|seiz|annex|deploy|ratifi|reach|agre|negotiat|"
               r"brokere?|draft|levi|slapp|threaten|outlin|unleash|raise|hik)ed")
#: The noun and the participle with its short phrase, up to where the date stands: "the 10 percent tariffs
#: imposed on U.K. goods imports early ", "tariffs announced ", "a levy imposed by Trump in ".
_PARTICIPLE_PHRASE = re.compile(rf"\b(?P<noun>[a-z]{{3,}}|[A-Z]\.(?:[A-Z]\.)+)\s+(?P<verb>{_TRANSITIVE})\s+"
                                r"(?P<phrase>(?:by|on|in|at|to|against|from|for|over|during|across)\s+"
                                r"(?:(?:[^,;:.!?\"“”()—–]|\.(?=\S|\s+[a-z])){0,50}?\s+)?|)$")
#: Nouns that are agents, before which an "-ed" verb is finite ("the president signed on Monday", "officials
#: announced in March"), and words after which no noun stands.
_AGENT_NOUNS = frozenset("president minister ministers leader leaders officials official government governments "
                         "chancellor secretary envoy envoys spokesman spokeswoman spokesperson king queen delegation "
                         "delegations negotiators administration parliament council lawmakers senate congress court "
                         "army forces troops side sides countries nations allies partners both they who which that "
                         "and but also then had has have was were been being not never".split())
#: A finite verb before the noun: the participle's noun is inside a clause whose verb is another ("The agreement
#: leaves in place … tariffs imposed …", "it lowers … tariffs imposed …", "has been seeking … tariffs imposed …").
_FINITE_BEFORE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|does|"
                            r"did|said|says|told|(?:it|he|she|they|we|this|that|which|who)\s+[a-z]{3,}(?:s|ed)|"
                            r"(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Tt]heir)\s+[a-z]{3,}\s+[a-z]{3,}s)\b")


_ON_BEFORE = re.compile(r"\bon\s+$")


def reduced_participle(text: str, start: int, at: int) -> bool:
    """Whether the date at `at` follows a passive participle that modifies a common noun ("tariffs imposed on U.K.
    goods imports early last month", "tariffs announced last month"), inside a sentence (beginning at `start`)
    whose own verb stands before that noun: the date is the thing's, the sentence tells of something else ("The
    agreement leaves in place … tariffs imposed … early last month" is no agreement of April). Not after a noun
    that acts ("the president signed on Monday"), nor a day right after "on" ("imposed on Monday")."""
    phrase = _PARTICIPLE_PHRASE.search(text, max(start, at - 90), at)
    if phrase is None or phrase.group("noun").lower() in _AGENT_NOUNS:
        return False
    if re.match(r"on\s+\S+\s+$", phrase.group("phrase")) or _ON_BEFORE.search(phrase.group("phrase")):
        return False  # "imposed on Monday", "a readout issued by the Kremlin on March 18": the day may be the act's
    return _FINITE_BEFORE.search(text, start, phrase.start()) is not None


#: A "since" before the date, and a count its sentence gives in the perfect: "Since October 2023, the war has killed
#: over 64,600 people", "the war has killed at least 64,605 people … since October 2023". The date starts the
#: stretch the toll covers; the toll is of the day of writing, not of the date ("Tunisia has detained trawlers
#: since November 2023", no count, keeps its date).
_SINCE_BEFORE = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid-?)\s*)?$")
_PERFECT_COUNT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en)\s+(?:(?:at\s+least|more\s+than|over|"
                            r"nearly|almost|about|around|some)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{2,}|\d+(?:\.\d+)?\s+"
                            r"(?:million|billion)|thousands|hundreds|dozens|millions)\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


#: A perfect before a "since": "Poland has closed two crossings since Monday" tells of a stretch that began then.
_PERFECT = re.compile(r"\b(?:has|have|had|’s|'s)\s+(?:\w+ly\s+)?(?:been|\w+ed|\w+en|kept|held|built|met|lost|won)\b",
                      re.IGNORECASE)
#: A phrase that puts the act a stretch away from a thing, with the thing's day at its end: "met for talks, hours
#: after a dinner hosted at her residence on Thursday night" (the dinner's day; the meeting's is not printed).
_OFFSET = re.compile(r"\b(?i:hours|days|weeks|months|minutes|moments|shortly|soon|just|a\s+day|a\s+week|the\s+day)\s+"
                     r"(?i:after|before)\b[^,.;:!?“”\"]{0,160}$")


def since_in_simple_past(text: str, start: int, at: int) -> bool:
    """Whether the date at `at` follows "since" in a sentence (beginning at `start`) told without a perfect:
    "praised his part in shaping relations since 1998" is praise of this week, the year starts the stretch the
    praised part covers (with a perfect, "has closed crossings since Monday", the stretch is the event)."""
    return _SINCE_BEFORE.search(text, max(start, at - 16), at) is not None and \
        _PERFECT.search(text, start, at) is None


def counted_since(text: str, start: int, at: int) -> bool:
    """Whether the date at `at` follows "since" in a sentence (beginning at `start`) that gives a count in the
    perfect ("has killed at least 64,605 people"): the start of the stretch counted, not the day of an act."""
    if not _SINCE_BEFORE.search(text, max(start, at - 16), at):
        return False
    end = _SENTENCE_END.search(text, at, at + 300)
    return _PERFECT_COUNT.search(text, start, end.start() if end else min(len(text), at + 300)) is not None


#: The source a sentence cites after its verb, its own day inside it: "X won the run-off Sunday, according to
#: results issued today" (the day the results came out, not the win's). Not a day after "on": "…,
#: according to a readout issued by the Kremlin on March 18" is the day of the call it reports.
_ACCORDING_TO = re.compile(r"\baccording\s+to\b[^,.;:!?“”\"]{0,80}$", re.IGNORECASE)


#: A week or a month told relative to the day of writing, inside a phrase after the verb that names a thing gone
#: by: "has ordered a pause … after his Oval Office row with X, last week" (the argument's week, not
#: the order's; a day, "after the call on Tuesday", is often the act's too and is kept).
_COARSE = re.compile(r"(?i:last\s+(?:week|month)|earlier\s+this\s+(?:week|month))\b")
_AFTER_THING = re.compile(r"\b(?:after|following|amid)\s+(?:his|her|their|its|the|a|an|[A-Z][\w’'-]*[’']s)\s"
                          r"[^.;:!?“”\"]{0,100}$")


def is_background(text: str, start: int, verb_end: int, at: int) -> bool:
    """Whether the date beginning at `at` (in the sentence beginning at `start`) dates a thing the sentence
    mentions after its verb (ending at `verb_end`) rather than the verb's act: "lawmakers agreed to remove …,
    following a ceasefire signed four months ago" is not an agreement of four months ago; "had jeopardized the
    peace process begun at the end of 2022"; "…, marking a shift in policy since the onset of the war in October
    2023" (a "since" inside a trailing participle clause)."""
    if cited_or_placed(text, start, verb_end, at):  # (events35) "(Example News, 28 Oct 2025)", ", where … has been"
        return True
    if reduced_participle(text, start, at) or counted_since(text, start, at) or _SINCE_IN_PARTICIPLE.search(text, max(start, at - 120), at) or _GERUND_CLAUSE.search(text, max(start, at - 90), at) \
            or _FIRST_SINCE.search(text, max(start, at - 210), at) or _WAKE_OF.search(text, max(start, at - 110), at) \
            or since_in_simple_past(text, start, at) or _OFFSET.search(text, max(verb_end, at - 190), at):
        return True
    if _SINCE_CLAUSE.search(text, max(start, at - 120), at) or _thing_day(text, start, verb_end, at) \
            or _THAN_CLAUSE.search(text, max(verb_end, at - 100), at) \
            or _ACCORDING_TO.search(text, max(start, at - 100), at) and not _ON_BEFORE.search(text, max(0, at - 4), at) \
            or _COARSE.match(text, at) and _AFTER_THING.search(text, max(verb_end, at - 110), at):
        return True
    if _REDUCED_RELATIVE.search(text, max(verb_end, at - 70), at) \
            or _CONTACT_RELATIVE.search(text, max(verb_end, at - 70), at) \
            or _CONTACT_PRONOUN.search(text, max(verb_end, at - 70), at) \
            or _RELATIVE_OPEN.search(text, max(verb_end, at - 110), at) \
            or _RELATIVE_OPEN.search(text, max(start, at - 140), min(verb_end, at)) and \
            _OPEN_TO.fullmatch(text, min(verb_end, at), at) and not _CLOSES.match(text, at):
        return True  # (the last: the verb itself is in a relative clause that holds the date: the clause's day)
    owner = _OWNER.search(text, max(verb_end, at - 48), at)
    if owner is None or _AUXILIARY.search(text, max(0, owner.start() - 24), owner.start()):
        return False
    return owner.group("owner").lower() in _ONLY_PARTICIPLE or \
        _SUBORDINATE.search(text, verb_end, owner.start()) is not None


#: A past thing named in a phrase that gives a reason or a time ("Because of Russia's invasion in February 2022,",
#: "since Russia's full-scale invasion in 2022", "escalated following a surprise incursion by Ukrainian forces in
#: August 2024"): a year printed there dates that thing, not the sentence's act.
_PHRASE_OWNER = re.compile(r"\b(?i:because of|since|after|following|amid|despite|before|ahead of|prior to)\s+"
                           r"(?:(?:the\s+)?[A-Z][\w.-]*['’]s\s+|the\s+|an?\s+)(?:[A-Za-z][\w-]*\s+){1,3}"
                           r"(?:by\s+(?:[A-Za-z][\w-]*\s+){1,3})?(?:in|on|of)\s+$")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: "marking the third anniversary of Russia's invasion on February 24, 2022": a year printed after "anniversary
#: of" dates the thing remembered, not the act of the sentence (a day without a year may be the anniversary's).
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\b[^.;:!?]{0,80}$", re.IGNORECASE)
#: A bare year after "<noun> of" names that thing's year: "the treaty of 1979", "the Agreement on Disengagement
#: … of 1974", "the crisis of 2014" (not a time noun's: "the spring of 2025", "the end of 2025" stay dates).
_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
_NOUN_OF = re.compile(r"\b(?!(?i:spring|summer|autumn|fall|winter|end|beginning|start|middle|half|course|rest|part|"
                      r"remainder|months?|years?|weeks?|days?|quarter|close|turn|first|second|third|fourth|early|late|"
                      r"January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                      r"[A-Za-z][a-z-]+\s+of\s+$")
#: A weekday's thing as the object of "to", "for", "ahead of": "invited Canada to Wednesday's meeting", "ahead of
#: Friday's vote" (a weekday that may lie either side of the page's day; "before Wednesday's meeting" is left as it
#: was: the act is the meeting's eve at most).
_TO_DAYS_THING = re.compile(r"\b(?i:to|for|ahead of)\s+$")
_POSSESSIVE_NOUN = re.compile(r"(?:[’']s)?\s+(?:[A-Za-z-]+\s+){0,2}?(?:meeting|summit|talks|vote|session|call|visit|"
                              r"conference|gathering|deadline|ceremony|signing|hearing|debate|election|address|"
                              r"speech|briefing|round|negotiations)\b")
#: A relative clause that dates its antecedent: "Ukraine has delayed elections that were scheduled for April 2024"
#: (the elections' day, not the delay's).
_RELATIVE_DATE = re.compile(r"\b(?:that|which)\s+(?:(?:was|were|is|are|had been|has been|have been)\s+(?:originally\s+)?"
                            r"(?:scheduled|planned|due|set|expected|slated)\s+(?:for|in|on|to\s+\w+\s+(?:on|in))|"
                            # "a conflict that began in 2020", "the war which broke out in 1962", "a war that began
                            # with a raid across the border in 2014"
                            r"(?:had\s+)?(?:began|begun|started|erupted|broke\s+out|ended|happened|occurred|took\s+place)"
                            r"\s+(?:with\s+(?:[\w’'-]+\s+){1,6}?)?(?:in|on))\s+$")


def names_a_thing(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] is an attribute of a noun ("the Feb. 24, 2022, invasion") or, with its
    year, the day of a thing a phrase of reason or time names ("Because of Russia's invasion in February 2022,
    Ukraine has delayed elections"), or the day a relative clause gives its antecedent ("elections that were
    scheduled for April 2024", "a conflict that began in 2020"): it dates that thing, not what the sentence tells of ("The call upended years
    of policy, ending the isolation of Moscow over the Feb. 24, 2022, invasion" is no call of 2022)."""
    if the_date_noun(text, start, end) or text[start:end].lower().startswith(WEEKDAYS) and a_day_noun(text, start, end):
        return True
    if _RELATIVE_DATE.search(text, max(0, start - 60), start) or an_elections_day(text, start):
        return True  # ("… her bid for the coming vote in June": the election's day, event_ballots.py)
    if text[start:end].lower().startswith(WEEKDAYS) and _TO_DAYS_THING.search(text, max(0, start - 12), start) \
            and _POSSESSIVE_NOUN.match(text, end):
        return True  # "invited Canada to Wednesday's meeting": the meeting's day, not the invitation's
    if _BARE_YEAR.fullmatch(text, start, end) and _NOUN_OF.search(text, max(0, start - 40), start):
        return True  # "the agreement between the two of 1974": the accord's year, not the talks'
    return bool(_YEAR.search(text, start, end)) and bool(_PHRASE_OWNER.search(text, max(0, start - 80), start)
                                                        or _ANNIVERSARY_OF.search(text, max(0, start - 90), start))
