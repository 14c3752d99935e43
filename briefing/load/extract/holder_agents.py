"""Which names of a clause can be its agent (holders.py): not the object of a preposition ("talks with
Zelensky"), not whom a demand is made of ("would require Ukraine to cede"), not the second of "between X and
Y", not whom a subject joins, not a name inside a relative aside, not a possessive qualifying a thing."""

from __future__ import annotations

import re

from briefing.load.extract.holder_places import AGENT_NEXT
from briefing.load.extract.issues import stance_cue

__all__ = ["AND", "DEMANDED_OF", "PREPOSITION", "possible_agents"]

#: A name right after one of these is the object of a preposition, not the clause's agent.
PREPOSITION = re.compile(r"\b(?:with|to|from|for|of|against|on|about|after|before|between|by|than|towards?|"
                         r"over|at|in|into)\s+(?:the\s+)?(?:(?:[a-z]+ern|occupied|central|neighbou?ring)\s+)?$",
                         re.IGNORECASE)
#: What joins two names into one subject: "and", with the second name's titles ("and Russian President").
AND = re.compile(r"\s+and\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}")
#: A name right after one of these is whom a demand is made of, not the agent: "would require Ukraine to cede",
#: "the proposal demands Kyiv cede", "would see Ukraine renounce", "Trump wants Ukraine to give up".
DEMANDED_OF = re.compile(r"\b(?:requir(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|pressur(?:e|es|ed|ing)|press(?:es|ed|ing)?|"
                         r"urg(?:e|es|ed|ing)|(?:would|will) see|compel(?:s|led|ling)?|push(?:es|ed|ing)?|"
                         r"ask(?:s|ed|ing)?|call(?:s|ed|ing)? on|demand(?:s|ed|ing)?|want(?:s|ed)?|expect(?:s|ed)?|"
                         r"allow(?:s|ed)?|oblig(?:e|es|ed)|persuad(?:e|es|ed)|convinc(?:e|es|ed)|get|gets|got|"
                         r"giv(?:e|es|en)|gave|leav(?:e|es)|left|(?:pre)?conditions?\s+(?:like|such as|including|that)|"
                         r"accus(?:e|es|ed|ing))\s+(?:the\s+)?$")
#: An order or advice given to a name, when "to" and the act follow the name ("Macron told Russia to accept a truce",
#: "the court instructed Caracas to cease …", "warned Russia against violating"): the name is whom it is asked of.
#: Not a told clause ("warned Putin does not want peace", "told Trump that Moscow rejects …"), whose name is that
#: clause's subject.
_ORDERED = re.compile(r"\b(?:tell(?:s|ing)?|told|instruct(?:s|ed|ing)?|order(?:s|ed|ing)?|command(?:s|ed|ing)?|"
                      r"direct(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|mandat(?:e|es|ed|ing)|"
                      r"advis(?:e|es|ed|ing)|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|"
                      r"exhort(?:s|ed|ing)?|beg(?:s|ged|ging)?|warn(?:s|ed|ing)?)\s+(?:the\s+)?$")
_TO_ACT = re.compile(r"\s+(?:to\s+(?!the\b|a\b|an\b)[a-z]|against\s+[a-z]+ing\b)")
#: A plan's term for a side that gives way: "would involve Kyiv conceding it stays out of the alliance". The term
#: is asked of the name, not its stance ("would involve the US recognising …" names the plan's own side: kept).
_INVOLVED = re.compile(r"\binvolv(?:e|es|ed|ing)\s+(?:the\s+)?$")
_GIVING_WAY = re.compile(r"\s+(?:accepting|agreeing|conceding|acknowledging)\b")
#: An order or ruling that says what another must do in a clause of its own: "the court ordered that Ukraine halt its
#: bid", "a ruling mandated that Russia cease …", "required that Kyiv withdraw" (the name is whom it is asked of; the
#: verb after it is bare, the subjunctive of an order: not "ruled that Russia violated …", a finding about it).
_ORDERED_THAT = re.compile(r"\b(?:order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|direct(?:s|ed|ing)?|command(?:s|ed|ing)?|"
                           r"mandat(?:e|es|ed|ing)|requir(?:e|es|ed|ing)|decre(?:e|es|ed|eing)|rul(?:e|es|ed|ing)|"
                           r"stipulat(?:e|es|ed|ing))\s+that\s+(?:the\s+)?$")
_BARE_VERB = re.compile(r"\s+(?:(?:immediately|promptly|also|not)\s+)?"
                        r"(?!(?:is|are|was|were|has|had|have|will|would|did|does|do|can|could|may|might)\b)"
                        r"[a-z]+(?<!ed)(?<![^s]s)\b")
#: The same order in the passive, the name as its subject: "Ukraine was told to drop its bid", "Russia has been
#: ordered to halt …" (whom it was asked of, not who wants it).
_ORDERED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been|(?:will|would)\s+be|being)\s+"
                              r"(?:(?:also|again|formally|reportedly|repeatedly|now)\s+)?(?:told|ordered|instructed|"
                              r"directed|commanded|enjoined|asked|urged|required|pressed|pressured|forced|compelled|"
                              r"obliged|advised|called\s+on|mandated)\s+(?:by\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+)?\s+)?to\s+[a-z]")
#: A name that opens an item of a list of demands, however the list is introduced: "laid down its terms for any deal,
#: such as Kyiv dropping …" (the demand is whoever listed the terms', not Kyiv's).
_LISTED_DEMAND = re.compile(r"\b(?:(?:pre)?conditions?|demands|terms|requirements)\b[^.;:]{0,50}?\s+"
                            r"(?:including|such as|like|namely)\s+(?:the\s+)?$", re.IGNORECASE)
#: A city's name and its comma right before a country set off by commas: where the city is ("arrived in
#: St. Petersburg, Russia, for talks"), not who acts.
_CITY_BEFORE = re.compile(r"\b(?:in|at|to|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?,\s+$")
#: A preposition and the titles of the name after it: "flanked by President Volodymyr Zelensky".
_PREPOSITION_TITLED = re.compile(r"\b(?:with|to|from|for|of|against|by|than|towards?)\s+(?:the\s+)?"
                                 r"(?:[A-Z][\w.’'-]*\s+){1,3}$")
#: An office of a country before its holder's name, opening the clause: "President of Ukraine Volodymyr Zelensky"
#: (the name is the titled person, the clause's subject, not the object of "of").
_TITLE_OF_PLACE = re.compile(r"[\s\"“‘']*(?:(?:The|the)\s+)?(?:President|Prime\s+Minister|Chancellor|(?:Foreign|Defen[cs]e)\s+Minister|"
                             r"Minister\s+of\s+[A-Z][a-z]+(?:\s+Affairs)?)\s+of\s+(?:the\s+)?[A-Z][\w.’'-]*"
                             r"(?:\s+[A-Z][\w.’'-]*)?\s+(?:[A-Z][\w.’'-]*\s+)?$")
#: Whom a subject joins ("the United States would join Europe in offering guarantees"): not the subject.
_JOINED = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+)?$")


def possible_agents(text: str, names, left: int, right: int, clause_left: int) -> list:  # noqa: ANN001
    """Names in [left, right) that can be an agent: not after a preposition, not the second of "between X and Y",
    not whom a demand is made of ("would require Ukraine to cede"), not a possessive qualifying a thing ("does
    not see Kiev's entry into NATO as feasible"; but "Russia's refusal" when the thing is the cue at `right`, and
    "Ukraine's government")."""
    return [n for n in names if left <= n[1] < right
            and (not PREPOSITION.search(text, max(clause_left, n[1] - 12), n[1]) or _authored(text, n, clause_left)
                 or _role_of(text, n, clause_left))
            and not _in_aside(text, n, right)
            and not DEMANDED_OF.search(text, max(clause_left, n[1] - 20), n[1])
            and not (_ORDERED.search(text, max(clause_left, n[1] - 20), n[1]) and _TO_ACT.match(text, n[2]))
            and not (_INVOLVED.search(text, max(clause_left, n[1] - 14), n[1]) and _GIVING_WAY.match(text, n[2]))
            and not _ORDERED_PASSIVE.match(text, n[2])
            and not (_ORDERED_THAT.search(text, max(clause_left, n[1] - 25), n[1]) and _BARE_VERB.match(text, n[2]))
            and not _LISTED_DEMAND.search(text, max(clause_left, n[1] - 80), n[1])
            and not (text.startswith(",", n[2]) and _CITY_BEFORE.search(text, max(clause_left, n[1] - 40), n[1]))
            and not _second_of_between(text, n, clause_left) and not _second_after_preposition(text, n, clause_left)
            and not _JOINED.search(text, max(clause_left, n[1] - 12), n[1])
            and (not _PREPOSITION_TITLED.search(text, max(clause_left, n[1] - 45), n[1]) or _authored(text, n, clause_left)
                 or _role_of(text, n, clause_left) or _TITLE_OF_PLACE.fullmatch(text, clause_left, n[1]))
            and not _possessive_of_a_thing(text, n, right) and not _object_of_a_verb_before(text, n, right)
            and not _before_absolute_with(text, n, right) and not _PAIRED.match(text, n[2])
            and not _GLUED_AFTER.match(text, max(0, n[1] - 2), n[1])]


#: A name glued by a hyphen or dash to another name ("U.S.-India trade relations", "the EU–US talks"), or after
#: a word and a hyphen ("pro-Russia forces"): it qualifies a noun and is no agent ("US-brokered", a participle
#: after the hyphen, is compound_cues').
_PAIRED = re.compile(r"[-–][A-Z]")
_GLUED_AFTER = re.compile(r"[\w.][-–]")


#: "Poland's cabinet defies Moscow, endorses a plan to …": a name between a verb and a comma that the cue follows
#: is the first verb's object; the two verbs share the subject before it.
_VERB_BEFORE = re.compile(r"\b(?!(?:as|was|has|is|this|thus|whereas|unless|perhaps|plus|less|its|his|us|yes)\s)"
                          r"[a-z]{2,}(?:s|ed)\s+(?:the\s+)?$")
_COMMA_TO_CUE = re.compile(r",\s+(?:and\s+)?(?:[a-z]+ly\s+)?")


def _object_of_a_verb_before(text: str, name: tuple, cue: int) -> bool:
    return (_COMMA_TO_CUE.fullmatch(text, name[2], cue) is not None and
            _VERB_BEFORE.search(text, max(0, name[1] - 30), name[1]) is not None) or _after_an_infinitive(text, name)


#: "to" and a verb right before a name: "worked to weaken US influence …", "moved to punish Moscow" (not "to be").
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!(?:be|have|the|a|an|its|their|his|her|our|this|that|both|all)\s)"
                                r"(?-i:[a-z]+)\s+(?:the\s+)?(?:(?-i:(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+)?$",
                                re.IGNORECASE)


def _after_an_infinitive(text: str, name: tuple) -> bool:
    """"Both governments worked to weaken US influence and still oppose new sanctions": a name right after "to"
    and its verb is that verb's object (or what qualifies it), never the agent of a cue after it; so is a name
    after a possessive there ("is due to meet the union's Doctors Committee leaders … in a bid to avoid …")."""
    return _INFINITIVE_BEFORE.search(text, max(0, name[1] - 30), name[1]) is not None


#: "with" and a short noun phrase right before the cue's "-ing" word: "…, with the West imposing sanctions on
#: Russia" (an absolute phrase: its agent is the phrase after "with", not a name of the clause before it).
_ABSOLUTE_WITH = re.compile(r"\bwith\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w’'.-]+\s+){1,3}$", re.IGNORECASE)
_ING = re.compile(r"[a-z]+ing\b")


def _before_absolute_with(text: str, name: tuple, cue: int) -> bool:
    """Whether the name stands before an absolute "with X <cue>ing" phrase that holds the cue at `cue`."""
    if not _ING.match(text, cue):
        return False
    phrase = _ABSOLUTE_WITH.search(text, max(name[2], cue - 50), cue)
    return phrase is not None


#: A document and who wrote or put it forward, opening the sentence: "A resolution drafted by the United States calls
#: for …", "the text put forward by European countries demands …": its author holds what the document says.
_AUTHORED = re.compile(r"\s*[“\"‘']?\s*(?:(?i:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?i:resolution|text|draft|document|declaration|statement|motion|bill|amendment|communiqu[eé]|"
                       r"letter),?\s+(?:(?:first|jointly|originally)\s+)?(?i:drafted|written|tabled|put\s+forward|"
                       r"submitted|sponsored|co-sponsored|authored|prepared|presented|introduced|circulated|proposed)"
                       r"\s+by\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}")


#: A subject that is a body or a role of a side, opening the sentence: "The leaders of the EU approved …", "A spokesman
#: for the Kremlin rejected …", "The lower chamber of the US Congress voted …": the side named after "of" or
#: "for" is the agent's (not "critics of the Kremlin", "victims of the Russian strikes": no role of it).
_ROLE_OF = re.compile(r"[\s\"“‘']*(?:(?:the|a|an)\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:house|chamber|leaders?|leadership|"
                      r"members?|ministers?|heads?|spokes(?:man|woman|person)|council|government|delegation|coalition|"
                      r"officials?|representatives?|envoys?|diplomats?|lawmakers|legislators|negotiators?|speaker|"
                      r"chair(?:man|woman)?|presidency|cabinet)\s+(?:of|for)\s+(?:the\s+)?", re.IGNORECASE)


def _role_of(text: str, name: tuple, start: int) -> bool:
    return _ROLE_OF.fullmatch(text, start, name[1]) is not None


def _authored(text: str, name: tuple, clause_left: int) -> bool:
    """Whether `name` is the author of a document that is the clause's subject ("a resolution drafted by X")."""
    return name[1] - clause_left <= 120 and _AUTHORED.fullmatch(text, clause_left, name[1]) is not None


#: The opening of an aside: ", who has visited the White House twice," (its names are not the main verb's agent).
_ASIDE_OPENS = re.compile(r",\s+(?:who|which|whose)\b[^,]*$")


def _in_aside(text: str, name: tuple, cue: int) -> bool:
    """"Carney, who has visited the White House twice, has been striving to …": a name inside a relative aside
    that closes before the cue is not its agent (holder_refs.aside_subject finds the subject before the aside)."""
    return text.find(",", name[2], cue) >= 0 and _ASIDE_OPENS.search(text, max(0, name[1] - 80), name[1]) is not None


#: A possessive and the noun it qualifies, unless an act follows ("Russia's request to lift …": its agent).
_POSSESSIVE = re.compile(r"[’']s\s+([a-z][a-z-]*)\b(?!\s+(?:to|for|that)\b)")


def _possessive_of_a_thing(text: str, name: tuple, cue: int) -> bool:
    word = _POSSESSIVE.match(text, name[2])
    # (a possessed stance word is a stance of its own: "tempering Ukraine's aspirations for NATO membership")
    return word is not None and word.start(1) != cue and AGENT_NEXT.fullmatch(word.group(1)) is None and \
        stance_cue(text, word.start(1), word.end(1)) is None


def _second_of_between(text: str, name: tuple, start: int) -> bool:
    """"talks between the U.S. and Russia": Russia is what the talks are between, not who acts (read inside the
    sentence from `start`: "… between Russia and Ukraine. Russia has refused …" names the agent)."""
    at = text.rfind(" and ", max(start, name[1] - 40), name[1])
    return at >= 0 and AND.fullmatch(text, at, name[1]) is not None and re.search(
        r"\bbetween\s+(?:the\s+)?[\w.’' -]{0,30}$", text[max(start, at - 40):at]) is not None


#: A preposition and the first of two names joined by "and": "with European and NATO backing", "from Poland and".
_FIRST_AFTER_PREPOSITION = re.compile(r"\b(?i:with|without|from|of|by|under|for)\s+(?:the\s+)?[A-Z][\w.’'-]*$")


def _second_after_preposition(text: str, name: tuple, start: int) -> bool:
    """"With European and NATO backing, Ukraine could …": the second of a pair after a preposition is, like the
    first, what the preposition governs, not who acts."""
    at = text.rfind(" and ", max(start, name[1] - 40), name[1])
    return at >= 0 and AND.fullmatch(text, at, name[1]) is not None and \
        _FIRST_AFTER_PREPOSITION.search(text, max(start, at - 40), at) is not None
