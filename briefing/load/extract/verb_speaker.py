"""The speaker a speech verb before a quote settles (attribution.before's `verb_speaker`): a passive's agent, a
participle's sentence subject, an attribution inserted between commas, a relative clause's own subject, else the
verb's subject; split from attribution.py (quotes23), which re-exports `sentence_bounds` and `SUBORDINATE`.
"""

from __future__ import annotations

import re

from briefing.load.extract.according import passive_agent
from briefing.load.extract.addressees import addressed
from briefing.load.extract.joint_subjects import COORDINATOR, coordinated_subject, joint_source
from briefing.load.extract.question_asides import question_aside
from briefing.load.extract.quote_frames import DASH_ASIDE
from briefing.load.extract.speaker_patterns import MODIFIER_SUBJECT, POSSESSED_WORDS, PUT_TO_SUBJECT, UNNAMED
from briefing.load.extract.speakers import LEADING_CLAUSE, sentence_index
from briefing.load.extract.speech_verbs import PARTICIPLES, SPEECH_VERBS, VERB
from briefing.load.extract.verb_subjects import not_the_subject as _not_the_subject
from briefing.load.extract.verb_subjects import reported_subject
from briefing.load.extract.verb_asides import aside_subject

__all__ = ["SUBORDINATE", "sentence_bounds", "verb_speaker"]

#: A sentence that opens with a subordinate clause: its first name is not its subject.
SUBORDINATE = re.compile(r"\s*(?:After|Before|When|While|As|Although|Though|Since|Following|Despite|Unlike|If|Once|"
                          r"Until|Whereas)\b")
#: A document's content clause between the speech verb and the quote: "…, pointing to findings that the leaks did
#: “…”", "citing a report which said “…”". The quoted words are the document's, not the verb's subject's.
_FINDINGS = re.compile(r"\b(?:findings?|reports?|study|studies|assessments?|conclusions?|analysis|investigation|"
                       r"inquiry|review|survey)\s+(?:that|which)\b")
#: A capitalised word: someone a participle's "him" may stand for.
_CAPITALISED = re.compile(r"\b[A-Z][a-z]")
#: A participle's object pronoun: "describing him as", "calling her".
_HIM = re.compile(r"\s+(?:him|her)\b")


def sentence_bounds(sentences: list[tuple[int, int]], offset: int, floor: int) -> int:
    index = sentence_index(sentences, offset)
    return max(floor, sentences[index][0]) if index is not None else floor


def verb_speaker(text: str, sentences, para_start: int, window_start: int,  # noqa: ANN001, PLR0913
                 verb: re.Match[str], quote_start: int, who):  # noqa: ANN001, ANN202
    """The speaker `before` reads from a speech verb before the quote: (True, its answer) when the verb settles
    it (a speaker, unknown, or None for no rule to guess further), (False, None) to go on to a colon."""
    if (passive := passive_agent(text, window_start, verb, quote_start, who)) is not None:
        return True, passive  # "X was told by Y that “…”": Y; "X was asked: “…”": no one named
    if verb.group(0) == "asked" and PUT_TO_SUBJECT.search(text, max(window_start, verb.start() - 8), verb.start()):
        return True, (None, "quote:unnamed", 0.5, -1, -1)  # "X, asked whether Y was “…”, said no": the question
    if POSSESSED_WORDS.search(text, _after_participle(text, verb.end(), quote_start), quote_start):
        return True, (None, "quote:unnamed", 0.5, -1, -1)  # "X responded to Y's claim that it was “…”": never X's
    if _FINDINGS.search(text, verb.end(), quote_start):
        return True, (None, "quote:unnamed", 0.5, -1, -1)  # "X pressed Y, citing a study that found “…”": the study's
    if verb.group(0) in PARTICIPLES:  # a participle: the speaker is the sentence's subject
        subject = _sentence_subject_of_participle(text, sentence_bounds(sentences, quote_start, para_start), verb, who)
        if subject is None:
            return True, None
        actor, a_s, a_e = subject
    elif (inserted := _inserted_speaker(text, window_start, verb, quote_start, who)) is not None:
        return True, inserted
    else:
        relative = _relative_subject(text, window_start, verb.start())
        if relative is not None:
            # "…, which the White House described as “…”": the relative clause's own subject speaks; a
            # name before the relative pronoun is the antecedent's, not this verb's. No one known: unknown.
            actor, a_s, a_e = who(relative, verb.start(), "last")
            if actor is None:
                return True, (None, "quote:unnamed", 0.5, -1, -1)
            return True, (actor, "quote:said-before", 0.85, a_s, verb.end())
        if joint_source(text, window_start, verb.start(), who, at_end=True):
            return True, (None, "quote:unnamed", 0.5, -1, -1)  # "a statement from X and Y that described it as"
        # "X thanked Y for … and said": the sentence's subject, X, not Y (unknown when not plainly X)
        coordinated = coordinated_subject(text, window_start, verb.start(), who)
        # "X, asked whether the president …, replied": the name before the question, not one inside it
        subject_end = question_aside(text, window_start, verb.start()) or verb.start()
        actor, a_s, a_e = coordinated or who(window_start, subject_end, "last")
        if actor and coordinated is None \
                and (aside := aside_subject(text, window_start, a_s, verb.start(), who)) is not None:
            # "X, standing beside Y, said": X, never Y; "X, along with Y, said": no one named
            if aside[0] is None:
                return True, (None, "quote:unnamed", 0.5, -1, -1)
            actor, a_s, a_e = aside
        if actor and coordinated is None and reported_subject(text, a_e, verb.start()) \
                and not DASH_ASIDE.match(text, a_e):  # ("X – who revealed that Y had … – said": X's)
            return True, (None, "quote:unnamed", 0.5, -1, -1)  # "X said Y had told him that “…”": not X's
    if actor and _not_the_subject(text, a_s, a_e, window_start, verb.start(), who):
        return True, (None, "quote:unnamed", 0.5, -1, -1)
    if actor and addressed(text, verb.start(), verb.end(), quote_start, who) == actor:
        return True, (None, "quote:unnamed", 0.5, -1, -1)  # "he told the Ukrainian leader: “…”": never that leader
    if actor:
        return True, (actor, "quote:said-before", 0.85, a_s, verb.end())
    if COORDINATOR.search(text, window_start, verb.start()):
        return False, None  # "X called it “…” for Y's …, but stressed “…”": the subject is before the window
    if UNNAMED.search(text, window_start, verb.start()) or MODIFIER_SUBJECT.search(text, window_start, verb.start()):
        return True, (None, "quote:unnamed", 0.5, -1, -1)  # "a senior official said", "The X government confirmed"
    return False, None


def _after_participle(text: str, verb_end: int, quote_start: int) -> int:
    """Where the words the quote may be the object of begin: after a participle of speech set off by a comma
    between the verb and the quote ("X remarked on Y's statements, asserting, “…”": the participle's object, X's
    words, not Y's statements), else right after the verb."""
    last = None
    for last in VERB.finditer(text, verb_end, quote_start):
        pass
    if last is not None and last.group(0) in PARTICIPLES and text[max(verb_end, last.start() - 2):last.start()] == ", ":
        return last.end()
    return verb_end


def _sentence_subject_of_participle(text: str, sentence_start: int, verb: re.Match[str], who):  # noqa: ANN001, ANN202
    """The subject of the sentence a participle of speech ends ("X met Y, describing the talks as “…”"): its first
    person named, when that person is plainly the subject; None otherwise."""
    actor, a_s, a_e = who(sentence_start, verb.start(), "first")
    if actor and _VERB_BEFORE_OBJECT.search(text, max(sentence_start, a_s - 30), a_s):
        return None  # "…, an aide, ordered X and others to drop it, saying “…”": X is the object; the subject unknown
    # ("expressing her “…”": a possessive; one expresses a thing, never a person)
    if actor and verb.group(0) != "expressing" and _HIM.match(text, verb.end()) \
            and who(sentence_start, verb.start(), "last")[0] == actor \
            and not _CAPITALISED.search(text, a_e, verb.start()):
        # "…, Putin is not the bad guy, describing him as “…”": he is not his own describer (with no one named
        # after the subject, as in "X talked about President Y, describing him as …", for "him")
        return None
    if verb.group(0) != "saying" and actor and (not LEADING_CLAUSE.search(text[sentence_start:a_s])
                                                or (SUBORDINATE.match(text, sentence_start)
                                                    and "," not in text[sentence_start:a_s])):
        return None  # "After X met Y, Z left, adding …": the first name is not the subject (a subject after the
        #              clause's comma is: "Despite …, he struggled …, vaguely mentioning “…”")
    return actor, a_s, a_e


#: A verb in the past right before the first person named: that person is its object, not the sentence's subject
#: ("ordered X", "urged X"). Not the participles that describe a person ("the embattled X", "newly elected X").
_VERB_BEFORE_OBJECT = re.compile(r"\b(?!(?:embattled|elected|appointed|exiled|jailed|ousted|indicted|beleaguered|"
                                 r"celebrated|acclaimed|renowned|retired|disgraced|respected|detained|sanctioned)\b)"
                                 r"[a-z]{3,}ed\s+$")


#: An attribution set into the sentence, verb first: "That end, said Secretary X, would be negotiated “…”".
_INSERTED = re.compile(r"[ \t]+(?P<name>[A-Z][^,;“”\"\n]{1,80}?),")


def _inserted_speaker(text: str, window_start: int, verb: re.Match[str], quote_start: int, who):  # noqa: ANN001, ANN202
    """The speaker of ", said X," set between commas inside the quote's sentence: X, when X is someone."""
    if text[max(window_start, verb.start() - 2):verb.start()] != ", ":
        return None
    inserted = _INSERTED.match(text, verb.end(), quote_start)
    if inserted is None:
        return None
    actor, _a_s, a_e = who(verb.end(), inserted.end("name"), "first")
    if actor and text[a_e:inserted.end("name")].strip():
        return None  # "X, a senator, challenged Y on her record, …": Y is the verb's object, not set in as its subject
    return (actor, "quote:said-before", 0.85, verb.start(), a_e) if actor else None


#: A relative clause with a subject of its own before a speech verb: "…, which the ministry described as",
#: "… the talks that officials called". Its pronoun, then up to six words, then the verb.
_RELATIVE = re.compile(r"[\s,](?:which|that|whom)\s+(?P<subject>(?:[\w.’'-]+\s+){1,6})$")


def _relative_subject(text: str, start: int, verb_start: int) -> int | None:
    """Where the subject of a relative clause ending at the verb begins ("which the White House
    described"), or None when the verb has no such clause ("X, who …, said" keeps X: a subject-less
    relative; a pronoun or name straight after "that" after a speech verb is a reported clause)."""
    match = _RELATIVE.search(text, max(start, verb_start - 80), verb_start)
    if match is None or match.start() < start:
        return None
    subject = match.group("subject").split()
    if subject[0].lower() in ("he", "she", "they", "we", "i", "it") or VERB.search(match.group("subject")) \
            or _SAYS_BEFORE.search(text, max(start, match.start() - 30), match.start()):
        return None  # (the last: "X warned that Y was … and urged": a "that" after a speech verb opens a report)
    return match.start("subject")


#: A speech verb right before a "that": the "that" opens what it reports, not a relative clause.
_SAYS_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS})\s*$")

