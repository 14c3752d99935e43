"""Whether a sentence that names no one we know opens with an unnamed person as its subject ("At one point, Juror
No. 7 raised concerns …", "The foreman, a retired teacher, told the judge …", "A 25-year-old man was …"): a
"he" or "she" after it may be that person, whom the text does not name, so it is no one named further back
(speakers.py's pronoun walk asks; a noun of the other gender, "A woman … / He said", does not decide)."""

from __future__ import annotations

import re

__all__ = ["unnamed_person_opens"]

#: Singular nouns for a person the text may leave unnamed, by the pronoun they take ("" for either).
_NOUNS = {
    "he": r"man|boy|father|son|brother|husband|uncle|grandfather|foreman|chairman|spokesman|policeman|fireman",
    "she": r"woman|girl|mother|daughter|sister|wife|aunt|grandmother|forewoman|chairwoman|spokeswoman|policewoman",
    "": r"juror|foreperson|witness|victim|survivor|defendant|suspect|accused|complainant|accuser|plaintiff|claimant|"
        r"officer|detective|neighbou?r|resident|bystander|passenger|driver|teenager|student|pupil|teacher|doctor|"
        r"nurse|parent|relative|friend|colleague|employee|worker|customer|guard|soldier|fan|caller|"
        r"spokesperson|source|insider|eyewitness|stranger|child|patient|prisoner|inmate",
}
#: A juror, a witness or a person known by a number or letter: "Juror No. 7", "Juror 12", "Witness A".
_NUMBERED = r"(?:Juror|Witness|Patient|Victim|Person)[ \t]+(?:No\.?[ \t]*|[Nn]umber[ \t]+|#)?(?:\d{1,3}|[A-Z])\b"
#: Before the subject, at most one leading phrase and its comma ("At one point, ", "During the hearing, "): no
#: quotation, no other comma; bounded, so linear.
_LEAD = r"[ \t]*(?:[A-Z][^,;:“”\"\n]{0,60}?,[ \t]+)?"
#: After the subject: an apposition's dash, comma or bracket, or a lower-case word (its verb: "raised", "was").
_AFTER = r"(?=[ \t]*[-–—,(]|[ \t]+[a-z])"
_OPENS = {
    word: re.compile(rf"{_LEAD}(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?"
                     rf"(?:{nouns}|{_NOUNS['']})\b|{_NUMBERED}){_AFTER}")
    for word, nouns in (("he", _NOUNS["he"]), ("she", _NOUNS["she"]))
}


def unnamed_person_opens(text: str, start: int, end: int, pronoun: str | None) -> bool:
    """Whether text[start:end] opens with an unnamed person who may take `pronoun` ("he", "she"; None: either)
    as its subject."""
    patterns = [_OPENS[pronoun]] if pronoun in _OPENS else list(_OPENS.values())
    return any(p.match(text, start, end) is not None for p in patterns)
