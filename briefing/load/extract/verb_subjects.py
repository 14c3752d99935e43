"""Whether the person named before a speech verb is its subject (attribution.py asks, for "X said: “…”" and the
like): not when the verb is coordinated with its subject left out, two people are its subject, an unnamed person
or a noun phrase stands between, or the name is a subordinate clause's. Split from attribution.py.
"""

from __future__ import annotations

import re

from briefing.load.extract.joint_subjects import joint_subject, subordinate_name
from briefing.load.extract.speaker_patterns import UNNAMED
from briefing.load.extract.speech_verbs import PARTICIPLES, VERB

__all__ = ["not_the_subject", "reported_subject", "unnamed_subject"]

#: Right before a speech verb, after a comma (perhaps and a conjunction): a noun phrase of lower-case words as the
#: verb's own subject ("…, the former president simply stated", "X left the room, and the nominee said").
_PHRASE_SUBJECT = re.compile(r",\s+(?:(?:and|but|yet|while|whereas)\s+)?(?:the|a|an)\s+(?:[a-z][\w’'-]*\s+){1,4}$")


#: Right before a speech verb, a subordinate or reported clause opening with a subject of its own that is no
#: pronoun ("X said she had no warning until the network announced that “…”", "X said that the council
#: warned"): the clause's subject speaks, whom the name before is not (a person named there is read as the
#: subject itself, so what stands here is a noun phrase or a name the article does not know as a person). Not a
#: preposition's object before a coordinated verb ("X said it had come before the meeting and called it “…”").
_CLAUSE_SUBJECT = re.compile(r"\b(?:until|after|before|when|once|because|since|as|while|whereas|although|though|"
                             r"unless|that)\s+(?!(?:he|she|they|we|I|it|you)\b)"
                             r"(?:(?!(?:and|or|but|then|also|later)\b)[\w’'.-]+\s+){1,5}$")


#: Right before a speech verb, a relative clause set off by a comma that runs up to the verb ("X accused Y of
#: misreading Z, who prosecutors say wrote that “…”"): its subject is the name right before ", who", so a name
#: further back is not the verb's subject.
_RELATIVE_WHO = re.compile(r",\s+who\s+[^,;:“”\"\n]*$")


#: A name, then "but"/"and" and the speech verb: the verb is coordinated, its subject left out.
_COORDINATED_VERB = re.compile(r"\s*,?\s*(?:but|and|yet)\s+(?:also\s+|then\s+|later\s+)?$")


def not_the_subject(text: str, a_s: int, a_e: int, window_start: int, verb_start: int, who) -> bool:  # noqa: ANN001
    """Whether the person named before a speech verb is not plainly its subject, so the quote is no one's named."""
    # "X said Y had … with Z but said it was …": Z ends the first clause; the second verb's subject is left out.
    return bool(_COORDINATED_VERB.match(text, a_e, verb_start)
                # "X and SDF commander Y said they had agreed to “…”": two people as one subject, a quote one speaker
                or joint_subject(text, a_s, a_e, window_start, verb_start, who)
                or unnamed_subject(text, a_e, verb_start)  # "After X met Y, a Russian diplomat said …"
                or subordinate_name(text, window_start, a_s, a_e, verb_start)  # "… if X attacks again, but said"
                # "Asked about his pledge, the former president stated: “…”": a subject of its own after the clause
                or _PHRASE_SUBJECT.search(text, a_e, verb_start)
                or _CLAUSE_SUBJECT.search(text, max(a_e, verb_start - 80), verb_start)
                or _relative_of_another(text, a_e, verb_start))


def _relative_of_another(text: str, name_end: int, verb_start: int) -> bool:
    """Whether the verb ends a relative clause (", who …") whose antecedent is not the name ending at `name_end`."""
    relative = _RELATIVE_WHO.search(text, max(name_end, verb_start - 120), verb_start)
    return relative is not None and relative.start() > name_end


def unnamed_subject(text: str, name_end: int, verb_start: int) -> bool:
    """An unnamed person between the name and the verb, as the verb's subject rather than the name's
    apposition ("X, the Kremlin spokesman, said" keeps X: a comma closes the apposition before the verb)."""
    unnamed = UNNAMED.search(text, name_end, verb_start)
    return unnamed is not None and "," not in text[unnamed.end():verb_start]


#: A word after the report's verb other than "that": the reported clause's own subject ("Y had", "officials").
_SUBJECT_WORD = re.compile(r"\b(?!that\b)\w")
#: Only "to" between two verbs: the second is the first's infinitive, with the same subject ("X went on to say",
#: "X continued to insist"), not a reported clause's.
_INFINITIVE = re.compile(r"\s+to\s+")


def reported_subject(text: str, name_end: int, verb_start: int) -> bool:
    """Whether the verb is inside a report of the named person's, with a subject of its own: "X said Y had told
    him that “…”", "X told reporters the Kremlin had warned “…”", "X said officials had warned “…”" (a finite
    speech verb of X's, then a subject of the verb's own: someone or something the article does not know as a
    person; a pronoun for X would have been read as the subject instead). Not a verb inside a
    clause set off by a comma ("X, who announced it on Monday, said") nor a participle ("X, noting …, warned")."""
    comma = text.find(",", name_end, verb_start)
    stop = verb_start if comma < 0 else comma
    for inner in VERB.finditer(text, name_end, stop):
        if inner.group(0) not in PARTICIPLES:
            if _INFINITIVE.fullmatch(text, inner.end(), verb_start):
                return False
            return _SUBJECT_WORD.search(text, inner.end(), verb_start) is not None
    return False
