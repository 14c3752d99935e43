"""The according-to rule of quotes.py ("“…,” according to a post she made on X / a statement by X / EU envoy
X"), the sources named before a quote (`source_before`: "According to X, Y “…”", a message "from X that read:",
"X quoted Y as saying “…”"), a passive verb's agent (`passive_agent`: "X was told by Y that “…”"), a
participle's own subject (`participle_subject`: "while X, calling him “…”"), and where a clause after a speech
verb ends (`clause_end`, which attribution.py's other rules read too).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from briefing.load.extract.joint_subjects import joint_source
from briefing.load.extract.name_words import is_title
from briefing.load.extract.speaker_patterns import UNNAMED
from briefing.load.extract.speakers import Who
from briefing.load.extract.speech_verbs import VERB
from briefing.load.extract.words_of import quoted_line

__all__ = ["according", "clause_end", "credited_before", "participle_subject", "passive_agent", "source_before"]


#: Right after a quote: "…,” according to a post she made on X / a statement by X / EU envoy X; perhaps after
#: the noun of a meeting the quoted words describe ("“frank and useful” talks, according to X").
_ACCORDING = re.compile(r"(?:\s+(?:phone\s+)?(?:talks|call|conversation|meeting|discussions?|negotiations|exchange|"
                        r"session|dialogue|summit)(?=\s*,))?[\s,;–—-]*according to\s+")
#: What a person writes or says: "a post", "a statement", "his remarks", "an interview".
_UTTERANCE = (r"(?:an?|the|his|her)\s+(?:[\w-]+\s+){0,2}?(?:post|posts|statement|message|tweet|video|interview|letter|"
              r"remarks|comments?|speech|address|op-ed|article)")
#: "a post she made on X", "a statement he posted", "remarks she gave to …": the pronoun is the speaker.
_UTTERANCE_BY_PRONOUN = re.compile(rf"{_UTTERANCE}\s+(?P<who>he|she)\s+(?:made|posted|wrote|published|gave|shared|"
                                   r"issued|sent|recorded|delivered|released)\b")
#: "a statement by X", "a post from X" (a name, with titles before it, then the clause ends).
_UTTERANCE_BY_NAME = re.compile(rf"{_UTTERANCE}\s+(?:by|from)\s+")


def according(text: str, quote_end: int, para_end: int, who: Callable[..., Who], persons: frozenset[str]):  # noqa: ANN202
    """“…,” according to a post she made on X / according to a statement by X / according to EU envoy X:
    the person named (or the pronoun's), when nothing but titles and the name stand there. A source close to
    someone, a report or a readout of a call is no one's words we know: no rule."""
    lead = _ACCORDING.match(text, quote_end, min(para_end, quote_end + 40))
    if lead is None:
        return None
    start = lead.end()
    stop = clause_end(text, start, para_end)
    comma = text.find(",", start, stop)
    stop = comma if comma >= 0 else stop
    pronoun = _UTTERANCE_BY_PRONOUN.match(text, start, stop)
    if pronoun is not None:
        actor, a_s, a_e = who(pronoun.start("who"), pronoun.end("who"), "first")
        return (actor, "quote:according-to", 0.8, lead.start(), a_e) if actor in persons else None
    if joint_source(text, start, stop, who):
        return None, "quote:unnamed", 0.5, -1, -1  # "according to a statement from X and Y": both's, no one's
    by_name = _UTTERANCE_BY_NAME.match(text, start, stop)
    name_start = by_name.end() if by_name is not None else start
    words = text[name_start:stop].split()
    if not words or len(words) > 8 or not _names_someone(words):
        return None  # "according to people familiar with …", "according to the Reuters report": no one named
    if UNNAMED.search(text, name_start, stop):
        return None
    actor, a_s, a_e = who(name_start, stop, "last")
    return (actor, "quote:according-to", 0.8, lead.start(), a_e) if actor in persons else None


#: Nouns of a person's trade that the title words lack (is_title has "journalist", "columnist", "anchor", …).
_PERSON_NOUNS = frozenset({"reporter", "writer", "host", "historian"})


def _names_someone(words: list[str]) -> bool:
    """Whether the words after "according to" are titles and a name ("EU envoy X"), perhaps with lower-case words
    that describe a title after them ("the paper's chief political correspondent X"): a person named by role. A
    lower-case word before no title ("a readout of the call with X") names a document, not X."""
    if not words[-1][:1].isupper():
        return False
    described = False  # a lower-case word waiting for the title it describes
    for word in words:
        if is_title(word) or word in _PERSON_NOUNS:
            described = False
        elif word[:1].isupper() or word in ("of", "the"):
            if described and word not in ("of", "the"):
                return False
        elif word.isalpha() or word.endswith(("'s", "’s")):
            described = True
        else:
            return False
    return not described


#: Inside a sentence, a source credited between commas: "…, according to X, …".
_CREDIT_MID = re.compile(r",\s*according to\s+[^,;“”\"\n]{2,80},")
#: A new clause between the credit and a quote: the credit is not that clause's.
_CLAUSE_AFTER_CREDIT = re.compile(r";|,\s*(?:and|but|while|whereas)\b")


def credited_before(text: str, sentence_start: int, quote_start: int) -> bool:
    """Whether the sentence credits its words to a source before this quote ("…, according to X, “…” had been
    “…”, the minister conceded …"): a speech verb after the quote is then no sure sign of whose words these are
    (the minister concedes something else; the fragments are X's), so no rule may give them to its subject."""
    last = None
    for last in _CREDIT_MID.finditer(text, max(sentence_start, quote_start - 300), quote_start):
        pass
    return last is not None and not _CLAUSE_AFTER_CREDIT.search(text, last.end(), quote_start)


#: What a full stop ends without ending the clause: an honorific or an initial ("said Mr. Trump", "Vladimir V. Putin").
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sen|Rep|Gov|Prof|Sgt|Capt|Adm|Amb)|\b[A-Z])$")


def clause_end(text: str, start: int, end: int) -> int:
    for index in range(start, min(end, start + 120)):
        if text[index] in ";“\"" or (text[index] == "." and text[index + 1:index + 2] in (" ", "\n", "")
                                      and not _ABBREVIATION.search(text, max(0, index - 4), index)):
            return index
    return min(end, start + 120)


#: Right before a quote: a written message and what it "read" (or said), perhaps with its writer after "from"/"by";
#: or the message's own participle, no comma between ("read aloud a letter from X saying “…”": the letter's words;
#: "X's letter saying “…”" names its writer as a possessive, which the speaker rules never take: unknown).
_MESSAGE = re.compile(r"\b(?:message|letter|note|text|post|email|e-mail|memo|tweet)\b"
                      r"(?:\s+(?:from|by)\s+(?P<by>[^,;:“”\"\n]{1,60}?))?(?:,?\s+(?:that|which)\s+"
                      r"(?:read|reads|said|says|stated)|\s+(?:saying|reading|stating))\s*:?,?\s*$")
#: "According to X, Y “…”": a sentence opening with its source, then a subject whose predicate is quoted.
#: "According to X," opening a sentence, perhaps after a connective ("Also, according to X,", "But according to X,").
_ACCORDING_OPENS = r"(?:^|[.!?]\s+)(?:According|(?:Also|But|And|However|Yet|Still|Meanwhile|Moreover),?\s+according) to"
_ACCORDING_LEAD = re.compile(_ACCORDING_OPENS + r"\s+(?P<name>[^,;:“”\"]{2,60}),\s*"
                             r"(?:[A-Z][\w’'.-]*\s+){1,4}$")


#: "X quoted Y as saying “…”", "the paper cited Y as telling …": the words are Y's, the one quoted, not X's.
_QUOTED_AS = re.compile(r"\b(?:quoted|quotes|quoting|cited|cites|citing)\s+(?P<obj>[^,;:“”\"\n]{1,80}?)\s+as\s+"
                        r"(?:saying|telling|writing|stating|declaring)\b[^“”\"\n]{0,120}$")


def source_before(text: str, window_start: int, lead: str, who: Callable[..., Who]):  # noqa: ANN201
    """The source `lead` (text[window_start:quote start]) names for the quote after it, as attribution.before's
    rules return it: a message's writer, or the X of "According to X, Y “…”"; None when it names none."""
    quoted_as = _QUOTED_AS.search(lead)
    if quoted_as is not None:
        # "Reker quoted Marten as saying that “…”": Marten's words; an unnamed one quoted ("a source"): unknown.
        actor, a_s, a_e = who(window_start + quoted_as.start("obj"), window_start + quoted_as.end("obj"), "last")
        return (actor, "quote:said-before", 0.8, a_s, a_e) if actor else (None, "quote:unnamed", 0.5, -1, -1)
    if (line := quoted_line(text, window_start, window_start + len(lead), who)) is not None:
        return line  # "…, quoting a line of X: “…”": X's (or no one's we know), not the quoter's
    message = _MESSAGE.search(lead)
    if message is not None:
        # "Trump shared a message from him that read: “…”": the words are the message's writer's (a name after
        # "from"/"by"), never the subject of the sentence that shares it; no writer named: unknown.
        actor, a_s, a_e = (who(window_start + message.start("by"), window_start + message.end("by"), "last")
                           if message.group("by") else (None, -1, -1))
        return (actor, "quote:colon-before", 0.75, a_s, a_e) if actor else (None, "quote:unnamed", 0.5, -1, -1)
    according_lead = _ACCORDING_LEAD.search(lead)
    if according_lead is not None:
        # "According to Leavitt, Trump “has made his priorities …”": the words are the source's, not the
        # subject's of the quoted predicate.
        actor, a_s, a_e = who(window_start + according_lead.start("name"), window_start + according_lead.end("name"))
        if actor:
            return actor, "quote:for-name", 0.7, a_s, a_e
    return _source_and_sayer(window_start, lead, who)


#: "According to X, Y suggested that … “…”": a source, then a clause with a speech verb of its own.
_ACCORDING_CLAUSE = re.compile(_ACCORDING_OPENS + r"\s+(?P<name>[^,;:“”\"]{2,60}),\s*(?P<rest>[^“”\"]{1,200})$")


def _source_and_sayer(window_start: int, lead: str, who: Callable[..., Who]):  # noqa: ANN202
    """A source opening the sentence, then a clause: the source's account when the clause names no one who speaks
    ("According to X, Ukraine asked … and Russia took this “…”": X); unknown when another person is the subject
    of a speech verb before the quote ("According to Leavitt, Trump suggested that … “…”": the marks may hold
    the source's account or the sayer's words, and the text does not say which). None when it is not so."""
    clause = _ACCORDING_CLAUSE.search(lead)
    if clause is None:
        return None
    source, s_s, s_e = who(window_start + clause.start("name"), window_start + clause.end("name"))
    if source is None:
        return None
    rest_start, rest_end = window_start + clause.start("rest"), window_start + len(lead)
    verb = VERB.search(lead, clause.start("rest"))
    sayer = who(rest_start, window_start + verb.start(), "last")[0] if verb is not None else None
    if sayer is not None:
        return (None, "quote:unnamed", 0.5, -1, -1) if sayer != source else None
    # No one who speaks in the clause (a country, "the north asked"): the source's account.
    return (source, "quote:for-name", 0.7, s_s, s_e) if who(rest_start, rest_end)[0] is None else None


#: Right before a participle, its own subject: a name after a clause opener ("while X, calling him", "with X
#: describing it as"), or after "of" with no comma ("clips of X singing “…”"); not an object ("Y met X, calling …"
#: is Y's; "allies of X, calling …" too).
_OWN_SUBJECT = re.compile(r"(?:^|[\s,])(?:(?:while|whilst|whereas|with|"
                          # "the recording included X telling Y, “…”": a record that shows X speaking
                          r"(?:included|includes|showed|shows|captured|captures|caught|recorded|featured|features)"
                          r"(?:\s+(?:also|again))?)\s+"
                          r"(?P<name>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*),?|"
                          r"of\s+(?P<of_name>(?:[A-Z][\w’'.-]*\s+){0,5}[A-Z][\w’'.-]*))\s+$")


def participle_subject(text: str, window_start: int, verb: re.Match[str],
                       who: Callable[..., Who]) -> tuple[str, int] | None:
    """The person named as the participle's own subject right before it, and where the name starts; else None."""
    own = _OWN_SUBJECT.search(text, max(window_start, verb.start() - 80), verb.start())
    if own is None:
        return None
    group = "name" if own.group("name") is not None else "of_name"
    actor, a_s, a_e = who(own.start(group), own.end(group), "last")
    return (actor, a_s) if actor and not text[a_e:own.end(group)].strip() else None


#: A speech verb in the passive: "X was told by Y that “…”", "X was asked: “…”".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:[a-z]+ly\s+)?$")
#: A passive with no auxiliary, set off by a comma: "X, praised by Y as “…”, left" (with its "by Y" after it).
_REDUCED = re.compile(r",\s+$")
#: Its agent, right after it: "by Y" (then "that", "as", a comma, a colon or the quote).
_BY_AGENT = re.compile(r"\s+by\s+(?P<agent>[^,;:“”\"\n]{1,60}?)(?=\s+(?:that|as|to)\b|\s*[,:]|\s*[“\"])")


def passive_agent(text: str, window_start: int, verb: re.Match[str], quote_start: int, who: Callable[..., Who]):  # noqa: ANN201
    """The speaker of a speech verb in the passive before a quote: the agent after "by" ("Reker was told by Marten
    that “…”": Marten), else no one (the subject is the one spoken to or asked: "X was asked: “…”" quotes the
    question). None when the verb is not passive."""
    reduced = _REDUCED.search(text, max(window_start, verb.start() - 4), verb.start()) is not None
    if not reduced and _PASSIVE.search(text, max(window_start, verb.start() - 30), verb.start()) is None:
        return None
    agent = _BY_AGENT.match(text, verb.end(), quote_start)
    if agent is not None:
        actor, a_s, a_e = who(agent.start("agent"), agent.end("agent"), "last")
        if actor is not None:
            return actor, "quote:said-before", 0.8, a_s, a_e
    if reduced:
        # "X, praised by Y as “…”": a passive with no auxiliary only with its agent (else a verb after a comma)
        return (None, "quote:unnamed", 0.5, -1, -1) if agent is not None else None
    return None, "quote:unnamed", 0.5, -1, -1
