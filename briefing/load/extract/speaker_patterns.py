"""The patterns `speakers.Speakers.who` reads to tell a speech verb's subject from the other names near it: who
may speak (an unnamed official, an institution's "it", someone the gazetteer lacks) and who may not (a name in an
inserted clause, after a preposition, as a modifier, as an adjective). Split from speakers.py.
"""

from __future__ import annotations

import re

from briefing.load.extract.name_modifiers import BODY_NAMES
from briefing.load.extract.name_words import TITLES

__all__ = ["AFTER_PREPOSITION", "AND_OBJECT", "ANY_ROLE", "BODY_SPEAKS", "APPOSED_OBJECT", "CAPITALISED_WORD",
           "INSERTED_CLAUSE", "INSERTED_PARTICIPLE", "IT_SUBJECT", "LEADING_PRONOUN", "MODIFIER_SUBJECT", "NAME_AS_ADJUNCT",
           "OPENING_CLAUSE", "POSSESSED_WORDS", "PREPOSITION_REACH", "PRONOUN_CHAIN", "PRONOUN_REACH", "PUT_TO_SUBJECT", "REPORTS", "STRANGER_SPEAKS", "UNKNOWN_NAME_AT_END", "UNNAMED",
           "UNNAMED_FOR", "UNNAMED_SPEAKS"]

#: An institution's pronoun or its text as the subject: "“…,” it said", "the statement said", "said the readout".
IT_SUBJECT = re.compile(r"\b(?:[Ii]t|[Tt]he (?:statement|readout|communiqu[eé]|release))\b")
#: A name (two capitalised words) right at the end of a subject: the speaker, whoever else is named before.
UNKNOWN_NAME_AT_END = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+,?\s*$")
#: A clause inserted between a subject and its verb: ", who …," ", during …,", ", known as X before he was elected
#: to succeed Y …," (the names in it are not the subject), ", as per the X newspaper," (whose report it is: it does
#: not speak the words), ", as Y had hoped," / ", when Y arrived," (a subordinate clause's subject).
INSERTED_CLAUSE = re.compile(r",\s*(?:who|whose|whom|which|during|including|after|before|while|like|unlike|along with|"
                             r"together with|flanked by|alongside|as per|known as|formerly|elected|appointed|chosen|"
                             r"as|when|if|although|though|because|since|whereas)\b"
                             r"[^,;:“”\"\n]{0,200},")
#: A participle clause inserted between a subject and its verb: "X, praising Y, told reporters" (Y is its object;
#: not "quoting Y": the words may be Y's).
INSERTED_PARTICIPLE = re.compile(r",\s*(?!quoting\b)[a-z]+ing\b[^,;:“”\"\n]{0,120},")
#: An apposition naming someone else after a preposition: "X, senior adviser to President Y, said", "X, a close
#: aide to Y, commented": Y is the object of "to", not the verb's subject (a few words, then the preposition, then
#: the name; "according to Y" is an attribution and stays).
APPOSED_OBJECT = re.compile(r",\s*(?!according\b|[Hh]e\b|[Ss]he\b)"
                            r"(?![A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,3}\s+(?!(?:of|to|for|at|with|from|under|and|the|a|an)\b)[a-z])(?:[\w.’'-]+\s+){1,5}?(?:to|of|for|at|with|from|under)\s+"
                            r"[^,;:“”\"\n]{1,80},")
#: A noun that closes a preposition's phrase of time or occasion: "Later in the day Secretary of State X said",
#: "On Tuesday morning Foreign Secretary X told": X after it is the sentence's subject, not the preposition's object.
_CLOSING_NOUN = (r"(?i:days?|weeks?|weekend|months?|years?|morning|afternoon|evening|night|meantime|interim|end|"
                 r"hours?|moment|time|interview|statement|speech|address|briefing|remarks|response|reply|turn|"
                 r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
                 r"September|October|November|December)")
#: Right before a name, a preposition (and perhaps an article or a possessive, a nationality or a country's
#: initials: "with U.S. President X"): the name is its object, not the verb's subject ("In a statement posted on
#: Truth Social, the former president declared", "After talks with Putin, Trump said"). "According to" and "For
#: X," are read by their own rules (attribution.py).
AFTER_PREPOSITION = re.compile(rf"\b(?:on|via|in|at|from|to|with|into|through|over|across|against|about|[Aa]longside|[Bb]eside)\s+"
                               rf"(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w-]*[’']s\s+)?"
                               rf"(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+|[A-Z](?:\.[A-Z])+\.?\s+|[A-Z]{{2,3}}\s+)?"
                               rf"(?:(?i:{TITLES}|prime|vice|foreign)\s+){{0,3}}"
                               rf"|(?:(?!{_CLOSING_NOUN}\b)[\w’'.-]+\s+){{1,3}}?(?:(?i:{TITLES})\s+){{1,2}})$")
#: A second object of one preposition: "alongside X and Ukrainian President Y" ("and", then titles and names).
AND_OBJECT = re.compile(rf"\s*,?\s+and\s+(?:(?:[A-Z][\w.’'-]*|(?i:{TITLES}))\s+){{0,4}}")
#: How far before a name a preposition is looked for ("with American far-right political commentator X").
PREPOSITION_REACH = 60
#: An unnamed person as the subject: "a senior U.S. official", "the official", "a diplomat familiar with …".
UNNAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Aa]nother)\s+(?:[\w.’'-]+\s+){0,4}?(?:officials?|diplomats?|"
                     r"sources?|aides?|advis[eo]rs?|negotiators?|analysts?|spokes(?:man|woman|person)|person|people|"
                     r"observers?|insiders?|participants?|leaders|ministers|allies|lawmakers|governments|critics|"
                     r"experts|members|reporters?|journalists?|correspondents?|interviewers?)\b")
#: Whoever heads a body, unnamed, right before the body's name: "the interim chief of the Kremlin press service
#: told", "the director of the FBI said": the head speaks, not the body (nor a person named later in the clause).
_HEAD_OF = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:(?:acting|new|former|interim|deputy|then)\s+)?"
                      r"(?:head|chief|director|boss|chair(?:man|woman|person)?)\s+of\s+(?:the\s+)?$")
#: An unnamed person and a preposition: "a spokesperson for Prime Minister X", "an aide to X", "allies of X". The
#: name after it (no comma between) is whom they speak for, not the speaker.
UNNAMED_FOR = re.compile(UNNAMED.pattern + r"\s+(?:for|of|to|close\s+to|from|with|representing)\s+"
                         r"(?P<gap>[^,;:“”\"\n]{0,60}?)$|" + _HEAD_OF.pattern)
#: Right after a name, a role, a body or people it heads or owns, as the subject ("Trump envoy says", "Kremlin aide
#: says", "the X administration said", "a X campaign official told", "X's officials said"): the role's holder or
#: the body speaks, not the person named; "the White House chief noted", "the Kremlin boss said": whoever heads
#: the body, whom the text does not name; "Trump supporters chanted", "a Putin opponent said", "the X biographer
#: said": people for or against X, or who write of X, not X; "the X White House said", "the X Kremlin": a body X
#: heads (name_modifiers.BODY_NAMES), whose speaker the text does not name. The one rule for a name used as a
#: modifier (attribution.py reads it too; a name inside a hyphened compound, "anti-X", is no mention:
#: name_modifiers.py).
NAME_AS_ADJUNCT = re.compile(r"(?:[’']s)?[ \t]+(?:(?:envoy|aide|adviser|advisor|ally|allies|spokes(?:man|woman|person)|"
                             r"spokes(?:men|women|people)|official|negotiator|deputy|lawyer|attorney|camp|team|"
                             r"campaign|pick|nominee|loyalist|critic|interview|podcast|show|government|administration|"
                             r"regime|cabinet|ministry|office|chief|boss|leader|director|commander|head(?!s)|"
                             r"supporter|backer|voter|donor|fan|follower|admirer|devotee|sympathi[sz]er|defender|"
                             r"opponent|detractor|foe|rival|protest[eo]r|demonstrator|biographer|appointee|associate|"
                             r"confidante?|friend|family|families|relative)s?\b|(?:" + BODY_NAMES + r")\b)")

#: Someone we do not know by name as the subject of a speech verb: "“…,” Bel said", "Bel, a club champion,
#: responded" (a capitalised word, perhaps after a first name, that is no known mention; not a pronoun or a
#: sentence's opening word). A pronoun after it may be that person: no one we can name.
STRANGER_SPEAKS = re.compile(
    r"(?:^|(?<=[.!?,;”\"’'])\s+|(?<=\n))(?!(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|But|And|"
    r"So|Yet|Or|Then|Also|Meanwhile|However|Asked|When|While|After|Before|As|If|In|On|At|For|With|By)\b)"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?:,[ \t]+(?:a|an|the)[ \t][^,;“”\"\n]{1,80}?,)?[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?(?:said|says|told|tells|added|adds|asked|replied|responded|stated|explained|declared|wrote|"
    r"noted|continued|insisted|answered|recalled|warned)\b")

#: Someone unnamed as the subject of a speech verb: "The government spokesperson explained …", "a senior official
#: told …". A pronoun after it may be that person: no one we can name.
UNNAMED_SPEAKS = re.compile(UNNAMED.pattern + r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|told|tells|added|adds|stated|"
                            r"explained|explains|declared|wrote|noted|insisted|warned|confirmed|emphasi[sz]ed)\b")

#: Right after a country or a body opening a sentence, a verb of its saying: "Ukraine firmly rejected the claim",
#: "The Kremlin said". Someone there speaks for it whom the article does not name.
BODY_SPEAKS = re.compile(r"[ \t]+(?:[a-z]+ly[ \t]+)?(?:said|says|rejected|denied|dismissed|condemned|accused|warned|"
                         r"responded|replied|insisted|stated|countered|called|claimed|announced|confirmed)\b")

#: A role phrase, perhaps after an adjective ("the new prime minister's", "the president"): someone a sentence
#: speaks of without naming them.
ANY_ROLE = re.compile(r"\b[Tt]he\s+(?:(?:new|former|outgoing|incoming|current|then-)\s*)?(?P<noun>prime minister|"
                      r"president|chancellor|premier|foreign minister|minister|secretary of state)\b")

#: A capitalised word: a surname alone, perhaps.
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z’'-]+\b")
#: A name as a modifier before the verb ("The X government confirmed", "X's officials said"): the body or the
#: people speak, not X (NAME_AS_ADJUNCT, which `who` skips; attribution.py reads this).
MODIFIER_SUBJECT = re.compile(r"\b[A-Z][\w’'-]+" + NAME_AS_ADJUNCT.pattern)
#: Right before "asked", a question put to the subject, its asker unnamed: "X, asked whether", "When asked".
PUT_TO_SUBJECT = re.compile(r"(?:,\s*|\b[Ww]hen\s+|\b[Ii]f\s+|^\s*|[.!?\n]\s*)$")
#: Between a speech verb and its quote, someone's words as a noun: "… to Y's claim that", "Y's description of
#: the talks as", "Y's call for" (the quote is those words, not the verb's subject's).
POSSESSED_WORDS = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+(?:\w+\s+)?(?:claims?|remarks?|"
                             r"comments?|statements?|descriptions?|words|assertions?|accusations?|suggestions?|"
                             r"demands?|calls?|promises?|pledges?|warnings?|threats?|vows?|insistence|characteri[sz]ation|"
                             r"assessment|argument|complaint|boast|quip|post|tweet|message|letter)\b")

# Read by speakers.py's pronoun resolution.
#: A verb of reporting between two people a sentence names before a pronoun: the pronoun of the report
#: ("Trump said Zelensky had … and that he had said") may be either of them.
REPORTS = re.compile(r"\b(?:said|says|told|tells|added|adds|claimed|claims|insisted|insists|stated|wrote|argued|"
                     r"believes|thinks|quoted|quoting)\b")
#: A sentence opening with a subordinate clause ("When he landed, X spoke"): a pronoun in it may be the name after it.
OPENING_CLAUSE = re.compile(r"\s*(?:After|Before|When|While|As|Although|Though|Since|If|Once|Until|Because|"
                            r"Whereas|Despite|Following|Having|Upon|On)\b")
#: How many sentences back a pronoun may look for its person (within the paragraph before at most).
PRONOUN_REACH = 6
#: Paragraphs back the speaker of the quote before may be, when sentences opening with a pronoun link them.
PRONOUN_CHAIN = 4
#: A sentence opening with the pronoun: "He then turned to …" (a quote before it may still be its speaker's).
LEADING_PRONOUN = re.compile(r"(?:^|[.!?][ \t]+)(?:He|She)\s+[a-z]", re.MULTILINE)
