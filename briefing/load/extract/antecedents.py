"""Which person a pronoun points to among the people a sentence names (speakers.py asks): the only one, or the
sentence's subject, never someone the sentence only speaks to or about; and where a sentence lies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.name_words import TITLES
from briefing.load.extract.possessives import POSSESSIVE_MARK

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["ACCORDING_OPENS", "LEADING_CLAUSE", "PRONOUN", "QUOTE_LEAD", "attribution_subject", "other_of_same_pronoun",
           "sentence_index", "the_one",
           "surname_opening", "title_cased", "trailing_reporter", "unknown_name_opens"]

#: A personal pronoun that may stand for a speaker.
PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")

#: A sentence opening with its source: "According to X, …" (X is whose words the sentence reports).
ACCORDING_OPENS = re.compile(r"\s*According to\s+")
#: A phrase of time opening a sentence before its subject: "Later in the day", "Early in the week,".
_TIME_OPENING = re.compile(r"^\s*(?:Later|Earlier|Early|Late)\s+(?:in|on)\s+the\s+(?:day|week|month|year|morning|"
                           r"afternoon|evening)\b,?\s*")
#: A label opening a paragraph in one outlet's house style ("Details:", "Background:").
_LABEL = re.compile(r"^\s*[A-Z][a-z]+:\s+")

#: Lower-case words that make a title more precise ("White House press secretary X", "national security adviser
#: X"): before a title only.
_TITLE_MODIFIERS = (r"press|national|security|foreign|defen[cs]e|deputy|senior|special|top|state|trade|finance|"
                    r"interior|justice|energy|health|economy|former|acting|first")
#: What may stand before a sentence's subject: titles (capitalised or not: "SDF commander"), capitalised words, a
#: bracketed acronym ("Syria Democratic Forces (SDF) commander"), the words that make a title precise, or a leading
#: clause and its comma, and titles after it. Possessive: a word is read one way only, so a lead that is not one
#: fails at once.
_SUBJECT_WORDS = (rf"(?:[A-Z][\w.’'-]*\s+|\([A-Z]{{2,}}\)\s+|(?:the|a|an|of|and)\s+|(?:{TITLES})\s+|"
                  rf"(?:(?:{_TITLE_MODIFIERS})\s+)++(?=(?:{TITLES})\s))*+")
#: (after a leading clause's comma, the same words: "During the talks, Prime Minister X praised …"; each try stops
#: at the next comma, so a search stays linear)
LEADING_CLAUSE = re.compile(rf"^{_SUBJECT_WORDS}$|,\s*{_SUBJECT_WORDS}$")


#: Between two people of one subject: "and", perhaps a title ("X and SDF commander Y").
_JOINED = re.compile(rf"\s*,?\s+(?:and|&)\s+(?:(?:[A-Z][\w.’'-]*|\([A-Z]{{2,}}\)|(?i:{TITLES}))\s+){{0,4}}+")


#: After a name, more names of one list that end it with "and" ("X, Mika Jordanson, and Pita Lorrimer voted"):
#: two capitalised words each, none a title; bounded, so linear.
_LIST_NAME = rf"(?!(?i:{TITLES})\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{1,3}}"
_LISTED_WITH = re.compile(rf"(?:,\s+{_LIST_NAME}){{0,6}},?\s+(?:and|&)\s+{_LIST_NAME}\b")


#: The same pronoun in a question the named person asks, or as the object of what they do to someone, so someone
#: else: "Trump asked how long she wanted", "urged her to …", "told her that", "reminded her of" ("X criticised what
#: he saw as …" is X's own: not here).
_EMBEDDED = {
    word: re.compile(rf"\b(?:(?:asked|wondered|wanted\s+to\s+know|inquired)\s+(?:\w+\s+){{0,2}}?"
                     rf"(?:how(?:\s+\w+)?|whether|if|what|why|where|when)\s+{word}\b|"
                     rf"(?:asked|told|urged|pressed|thanked|invited|praised|warned|assured|reminded|showed|gave|sent|"
                     rf"offered|promised|handed|called|mocked|accused|blamed|congratulated)\s+{obj}\b)", re.IGNORECASE)
    for word, obj in (("she", "her"), ("he", "him"))
}


def other_of_same_pronoun(text: str, start: int, end: int, pronoun_at: int) -> bool:
    """Whether text[start:end] uses the pronoun at `pronoun_at` for someone its named person speaks to or about:
    then that pronoun, and this one, are not the named person's (pronouns carry no name here, and no gender
    is known of the people an article names)."""
    word = PRONOUN.match(text, pronoun_at)
    pattern = _EMBEDDED.get(word.group(0).lower()) if word is not None else None
    if pattern is None:
        return False
    # "When asked whether he …, X said": a question put to the subject, no asker named; the pronoun is the subject.
    return any(text[start:m.start()].strip() and _ASKED_OF_SUBJECT.search(text[max(start, m.start() - 20):m.start()])
               is None for m in pattern.finditer(text, start, end))


#: Right before "asked": a passive with no asker ("When asked whether he", "Asked if he" opening a sentence, "after
#: being asked", a live page's "X is then asked when she …").
_ASKED_OF_SUBJECT = re.compile(r"(?:\b(?:[Ww]hen|[Ii]f|[Oo]nce|[Aa]fter|[Bb]eing|was|were|is|been)\s+"
                               r"(?:(?:then|now|also|later|again|first)\s+)?|[.!?\n]\s*)$")


#: A sentence opening with a name we do not know as its subject: two capitalised words or more, then a lower-case
#: word ("Narendra Modi met …"); checked only in the stretch before the sentence's first known person.
_UNKNOWN_SUBJECT = re.compile(r"[ \t]*(?!(?:The|A|An|On|In|At|By|For|As|After|Before|When|While|Since|Following|"
                              r"Meanwhile|Last|This|Earlier|Later|Alongside|Beside|With|Despite|During|Unlike|Speaking|Standing)\b)[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+)+[ \t]+[a-z]")


#: A sentence opening with a participle's clause ("Slamming X, Y wrote", "Asked about X, Y said"): the people
#: named in it are the participle's objects; the sentence's subject comes after its comma.
_PARTICIPLE_OPENING = re.compile(r"[ \t]*(?!According\b)(?P<word>[A-Z][a-z]+ing|Asked|Pressed|Questioned)[ \t]+"
                                 r"[^,.;:!?“”\"\n]{1,120},[ \t]*")  # (its subject's lead starts after the spaces)
#: A name as a possessor right before a lower-case noun or a title, capitalised or not: "X's spokesman", "X’s
#: office", "X’s Secretary of State Y" (the noun, or the title's holder, is the subject).
_POSSESSOR = re.compile(rf"{POSSESSIVE_MARK}\s+(?:[a-z]|(?i:(?:(?:{_TITLE_MODIFIERS})\s+)*(?:{TITLES}))\s)")
#: What a title is to or for, one or two places: "envoy to Russia and Ukraine", "adviser for the Middle East".
_TITLE_PLACES = r"(?:\s+(?:to|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)?)"
#: After a possessor, a title and the name of its holder in apposition: "X's special envoy Y", "X’s top aide, Y",
#: "X’s Deputy Chief of Staff Y".
_POSSESSED_TITLE = re.compile(rf"{POSSESSIVE_MARK}\s+(?i:(?:(?:{_TITLE_MODIFIERS}|chief|top|new|longtime|personal)\s+)*"
                              rf"(?:{TITLES})){_TITLE_PLACES}?,?\s+(?:[A-Z][\w.’'-]*\s+)*")


def possessor(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end` is a possessor before a noun or a title ("X's envoy Y")."""
    return _POSSESSOR.match(text, name_end) is not None


def the_one(text: str, persons: list[MentionAt], sentence_start: int) -> str | None:
    """The person a pronoun points to among those a sentence names: the only one, or its subject (named
    first, before any lower-case word but titles: "French President X met Y", "On Monday, X met Y"). Never a
    participle's object before the subject ("Slamming X, Y wrote": Y) nor a possessor ("X's spokesman said":
    no one named, unless the spokesman's name follows)."""
    opening = _PARTICIPLE_OPENING.match(text, sentence_start)
    # (a mention may take the participle in as a first name, "Slamming Putin"; a name that is only that word,
    # "Browning told reporters, …", is the subject)
    if opening is not None and persons[0].start < opening.end() and persons[0].end > opening.end("word"):
        rest = [m for m in persons if m.start >= opening.end()]
        return the_one(text, rest, opening.end()) if rest else None
    if _POSSESSOR.match(text, persons[0].end):
        if len(persons) > 1 and _POSSESSED_TITLE.fullmatch(text, persons[0].end, persons[1].start) \
                and LEADING_CLAUSE.search(text[sentence_start:persons[0].start]):
            return persons[1].actor  # "X's special envoy Y said …": Y
        return None
    actors = list(dict.fromkeys(m.actor for m in persons))
    if len(actors) == 1 and _LISTED_WITH.match(text, persons[0].end):
        return None  # "Senators X, Y and Z voted …" with Y and Z unknown to us: a joint subject, "he" is none plainly
    if len(actors) == 1:
        if _UNKNOWN_SUBJECT.match(text, sentence_start, persons[0].start) \
                and not LEADING_CLAUSE.search(text[sentence_start:persons[0].start]):
            return None  # "Narendra Modi met Prime Minister X. / He said": the subject is someone we do not know
        return actors[0]
    if _JOINED.fullmatch(text, persons[0].end, persons[1].start) or _LISTED_WITH.match(text, persons[0].end):
        # "X and Y, leader of …, had gathered": two subjects; "Senators X, Y, and Z voted" (all known): a list
        return None  # "he" is none of them plainly
    lead = _LABEL.sub("", text[sentence_start:persons[0].start], count=1)  # "Details: X stressed that …"
    lead = _TIME_OPENING.sub("", lead, count=1)  # "Later in the day Secretary X said Y “…”. He added": X
    if len(lead) <= 120 and (LEADING_CLAUSE.search(lead) or ACCORDING_OPENS.fullmatch(lead)):
        return persons[0].actor  # "According to X, Y “…”. “…,” he added": the source, X
    # "“…,” X said of Y. “…,” he added": the attribution's subject, X
    return persons[0].actor if QUOTE_LEAD.fullmatch(lead) and attribution_subject(text, persons[0].end) else None


def attribution_subject(text: str, name_end: int) -> bool:
    """Whether the name ending at `name_end`, after a quotation opening its sentence, is that quotation's
    attribution's subject ("“…,” X said of Y"), no one else speaking later in the sentence ("…, X said of Y, who
    told reporters …": "he" may be either)."""
    said = _SAID_AFTER_QUOTE.match(text, name_end)
    if said is None:
        return False
    stop = _SENTENCE_STOP.search(text, said.end(), said.end() + 300)
    return not _ANOTHER_VERB.search(text, said.end(), stop.start() if stop else said.end() + 300)


#: A sentence opening with a quotation and its comma, then perhaps titles: the name after it, if a speech verb
#: follows it, is the attribution's subject ("“…,” President X said of Y").
QUOTE_LEAD = re.compile(rf"\s*[“\"][^“”\"\n]*[,!?…—-]\s*[”\"]\s+{_SUBJECT_WORDS}")
#: A speech verb after that name, not one whose addressee may answer ("X told Y", "X said to Y": "he replied"
#: may be Y's).
_SAID_AFTER_QUOTE = re.compile(r"\s+(?:said|says|added|adds|stated|states|wrote|writes|noted|insisted|remarked|"
                               r"explained|declared|continued)\b(?!\s+to\b)")
#: The end of that sentence, and a verb of saying before it: someone else may speak there.
_SENTENCE_STOP = re.compile(r"[.!?](?=[\s”\"’']|$)")
_ANOTHER_VERB = re.compile(r"\b(?:said|says|told|tells|added|wrote|called|described|insisted|warned|replied|asked|"
                           r"claimed|stated|noted|responded|answered)\b")


#: A sentence's report closing it: ", Z said in a statement." (a comma, titles, the name, a speech verb, then
#: lower-case words to the sentence's end). The titles may join by "and" and hold a slash ("RFE/RL President and CEO").
_REPORT_BEFORE = re.compile(rf",\s+(?:(?:[A-Z][\w.’'/-]*|(?i:{TITLES})|and(?=\s+[A-Z]))\s+){{0,5}}$")
#: (a day or a date may stand among the lower-case words: "said on Monday.", "said late on Friday, 12 May.")
_REPORT_AFTER = re.compile(r"\s+(?:said|told|stated|wrote|added|announced|confirmed|noted|explained)\b"
                           r"(?:,?\s+(?:[a-z][\w’'-]*|on|in|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                           r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                           r"December)|\d{1,4})){0,8}\s*[.!?]")


#: The report's verb and its lower-case words, then a participle whose objects close the sentence (", Z said in
#: a statement thanking W and others."): the people after it are whom Z thanks, not reporters.
_REPORT_THEN_PARTICIPLE = re.compile(r"\s+(?:said|told|stated|wrote|added|announced|confirmed|noted|explained)\b"
                                     r"(?:,?\s+(?:[a-z][\w’'-]*(?<!ing))){0,8}?,?\s+(?P<ing>[a-z]{3,}ing)\s+")


def trailing_reporter(text: str, persons: list[MentionAt]) -> str | None:
    """The person a sentence closes by reporting it from (", Z said in a statement."), when Z is its last person
    named (or the last before a participle whose objects close it: ", Z said in a statement thanking W.") and no
    one else is named with Z; else None."""
    last = persons[-1]
    if _REPORT_AFTER.match(text, last.end) is None:
        # (the reporter may be the first person named: "Among those freed was Y, …, Z said … thanking W")
        last = next((m for m in persons
                     if (ing := _REPORT_THEN_PARTICIPLE.match(text, m.end)) is not None
                     and all(p.start >= ing.end() for p in persons if p.start > m.start)), None)
        if last is None:
            return None
    elif last.actor == persons[0].actor:
        return None
    if (titles := _REPORT_BEFORE.search(text, max(0, last.start - 80), last.start)) is None \
            or any(titles.start() <= p.start < last.start for p in persons):
        return None  # (", X and Z said": two reporters, not Z alone)
    return last.actor


_CONTENT_WORD = re.compile(r"\b(?!(?:the|and|for|of|in|on|at|to|by|with|from|into|its|their|his|her|but|or)\b)"
                           r"[A-Za-z][a-z’'-]{2,}")


def title_cased(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is set in title case, every content word capitalised ("The Minister Calls It …
    and Has Expressed …"): twelve words or more and not one in lower case. Its capitalised words are no sure
    names (a verb there may have been taken for one)."""
    words = [w.group(0) for w in _CONTENT_WORD.finditer(text, start, end)]
    return len(words) >= 12 and all(w[0].isupper() for w in words)


#: A sentence's opening subject words (titles, capitalised words, "of the") up to its first lower-case word.
_OPENING_SUBJECT = re.compile(rf"[ \t]*{_SUBJECT_WORDS}(?=[a-z])")
#: Capitalised words that open a sentence or a phrase of time and start no name.
_NO_NAME_OPENS = r"(?:The|A|An|On|In|At|By|For|As|After|Before|When|While|Since|Last|This|Earlier|Later|Meanwhile)"
#: A name of two capitalised words or more closing those words ("Speaker of the House Mike Johnson also …");
#: not a day, a month, nor words after "The" ("The White House said").
_CLOSING_NAME = re.compile(rf"(?<![\w’'-])(?<!\bThe\s)(?!{_NO_NAME_OPENS}\b)[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+\s+$")


#: A sentence opening with a name of two capitalised words or more, an apposition between commas, then a speech
#: verb ("Jane Roe, from Dayton, Ohio, said she …", "Jane Roe, a nurse, told …"): the name is the subject.
_APPOSED_NAME_OPENS = re.compile(rf"[ \t]*(?!{_NO_NAME_OPENS}\b)[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+)+,[ \t]+"
                                 r"(?:from|of|an?|the|who)\b[^.;:!?“”\"\n]{1,100}?,[ \t]+"
                                 r"(?:said|says|told|tells|added|wrote)\b")


def unknown_name_opens(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], a sentence naming no one we know, opens with a name as its subject, perhaps
    after a title ("Speaker of the House Mike Johnson also criticised …"): someone we do not know is the nearer
    person, so a pronoun after it is not plainly anyone named further back."""
    if _APPOSED_NAME_OPENS.match(text, start, end) is not None:
        return True  # "Jane Roe, from Dayton, Ohio, said …"
    opening = _OPENING_SUBJECT.match(text, start, end)
    return opening is not None and _CLOSING_NAME.search(opening.group(0)[-80:]) is not None  # (a bounded tail)


#: One capitalised word opening a sentence as its subject, before a comma or a lower-case word ("Comey urged …",
#: "Comey, who was fired by …, begins …"), perhaps after an honorific ("Ms Roe said …": a surname too short to
#: be a mention alone).
_ONE_WORD_SUBJECT = re.compile(r"[ \t]*(?:(?P<honorific>Mrs|Mr|Ms)\.?[ \t]+)?(?P<word>[A-Z][a-z’'-]+)(?=,|[ \t]+[a-z])")
#: The pronoun an honorific shows its bearer to take.
_HONORIFIC_PRONOUN = {"Mr": "he", "Mrs": "she", "Ms": "she"}


_QUOTE_MARK = re.compile(r"[“”\"‘]")


def surname_opening(text: str, start: int, end: int, pronoun: str | None = None,
                    surnames: frozenset[str] = frozenset()) -> str | None:
    """The one capitalised word opening text[start:end] as its subject, if any (a surname, perhaps, that no
    mention took: two people of the folder share it, or it is too short to be a mention without "Ms"), or the one
    opening its main clause after an opening clause with no quotation, after an honorific ("Like most of his
    party, Mr. Johnson said"), when that one is one of `surnames` and the first is not; None when its honorific shows another pronoun than `pronoun` ("Mr Roe said … “…,” she
    said")."""
    opening = _ONE_WORD_SUBJECT.match(text, start, end)
    if surnames and (opening is None or opening.group("word") not in surnames) \
            and (comma := text.find(",", start, min(end, start + 100))) > start \
            and not _QUOTE_MARK.search(text, start, comma):
        # "Like most of his party, Mr. Johnson said …": the range ends at the sentence's first person mention,
        # so an opening clause that names someone else never gets here
        after = _ONE_WORD_SUBJECT.match(text, comma + 1, end)
        if after is not None and after.group("honorific") and after.group("word") in surnames:
            opening = after  # (with its honorific only: "Later, Trump envoy X visited …" opens with no subject)
    if opening is None or (pronoun is not None and _HONORIFIC_PRONOUN.get(opening.group("honorific") or "", pronoun) != pronoun):
        return None
    return opening.group("word")


def sentence_index(sentences: list[tuple[int, int]], offset: int) -> int | None:
    """The index of the sentence holding `offset`, by bisection; None between sentences."""
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = sentences[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return mid
    return None
