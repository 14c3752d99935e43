"""The strict shape of a position (issue 10): a sentence that leaves a reader no doubt who holds what.

A position's score (findings.position_confidence) sums how its holder and its cue were found; on unseen text its
top band was right about half the time, because a sure-looking holder and cue say nothing of the sentence's shape
around them. This module names one shape that does: the holder, named at the head of the sentence (a person or
body placed on a side, or the side's country or capital), is the subject of a single stance verb, and the verb
takes the keyword as its object a few function words on. Every part is a guard against a class of misreading seen
on real articles:

- the holder was found as the clause's agent (not the speaker of a quote about someone else, not a pronoun, not
  a joint subject), and only capitalised words (its titles) stand before it: nothing it is the object of;
- between the holder and the verb only an auxiliary, a negation or an adverb (no comma, no second name);
- one deciding cue (for, against or a ruling out), at most one negation (none of a refusal: "never rejected" is
  no stance for), no condition, no threat's terms;
- between the verb and the keyword only a few function words or names: no relative pronoun, clause break,
  second verb or modal (one word that only makes the object, "demanded the establishment of", "proposed
  establishing", is no second verb, and lets a purpose follow the keyword: "commissions to investigate …");
- nothing of it inside a quotation; a whole sentence (ending in a full stop), not a headline; no report verb
  ("said", "according to"), no condition ("if", "unless", "until", "whether") anywhere in it;
- a keyword that names a measure against something (a ban, an embargo, restrictions) only where issues.toml says,
  or its proposition shows, that it names the opposite of the proposition: a folder's own issues.toml that lists
  "ban" under "Country A imports Country B's grain" with the default naming reads "lifted its ban" as against.

A position of that shape gets STRICT_CONFIDENCE; every other automatic one at most BELOW_STRICT (findings.py).
All checks are over the sentence once, or over the few words between two offsets: linear in its size.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.model import Stance

if TYPE_CHECKING:
    from briefing.load.extract.issues import IssueHit, Polarity

__all__ = ["BELOW_STRICT", "STRICT_CONFIDENCE", "strict_shape"]

#: The confidence of a position of the strict shape, and the highest any other automatic position gets.
STRICT_CONFIDENCE = 0.95
BELOW_STRICT = 0.9
#: How many words may stand between the verb and its keyword, and between the holder and the verb.
_MAX_OBJECT_GAP = 4
_MAX_SUBJECT_GAP = 3

#: A report of someone's words, or a condition, anywhere in the sentence: not the strict shape.
_REPORTED = re.compile(r"\b(?:said|says|say|saying|told|tells|according|reported|reportedly|reports?|claim(?:s|ed)?|"
                       r"allegedly|alleged|sources?|quoted|if|unless|until|whether|provided)\b", re.IGNORECASE)
#: A sentence's last characters: a full stop or an exclamation, then closing quotes or brackets.
_WHOLE = re.compile(r"[.!][\"”’')\]]*\s*$")
#: What may stand between the holder and its verb.
_SUBJECT_GAP = re.compile(r"(?:has|have|had|is|are|was|were|did|does|do|not|never|also|again|now|already|"
                          r"(?!only\b|early\b|family\b|ally\b)[a-z]{3,}ly)")
#: What may stand between the verb and the keyword: the object's own words (articles, possessives, numbers, a few
#: prepositions, a few adjectives and the nouns that only frame a proposal: "a rapid", "at least 200,000", "any
#: plan for"). Any other word may be a second verb or a noun that turns the object ("criticism of", "an end to").
_OBJECT_WORD = re.compile(r"(?:a|an|the|any|all|its|their|his|her|our|to|for|on|of|in|into|with|at|least|\d[\d.,%]*|"
                          r"rapid|swift|quick|full|immediate|unconditional|lasting|durable|permanent|comprehensive|"
                          r"complete|partial|temporary|general|possible|potential|new|further|more|fresh|additional|"
                          r"two|three|four|five|separate|joint|independent|"
                          r"(?:plan|proposal|idea|offer|call|hope|demand|request|bid|push|prospect|possibility|"
                          r"term|talk)s?)")
#: A noun or participle that only makes the object ("the establishment of", "forming"): wanting a body set up is
#: wanting the body. It is not counted among the object's words, and after its keyword a purpose ("commissions to
#: investigate the riots") is the body's, not a predicate of it ("wants the troops to leave" still is one).
_MADE = re.compile(r"establishment|formation|creation|establishing|forming|creating|setting")
_PURPOSE = re.compile(r"\s+to\s+[a-z]+\b")
#: A word that opens a clause, or a modal: between verb and keyword it means the verb does not govern it.
_BREAKS = re.compile(r"\b(?:that|which|who|whom|whose|where|when|would|could|might|may|should|can|must|will|shall)\b",
                     re.IGNORECASE)
#: A word of a name or title before the holder ("U.S. President", "Italy’s", "The").
_TITLE_WORD = re.compile(r"[A-Z][\w.’'-]*")
#: A mark that ends or opens a clause (a comma inside a number, "200,000", is none).
_PUNCTUATION = re.compile(r"[;:()\[\]“”\"—–?!]|,(?!\d)")
#: A keyword naming a measure against something: which way it reads must have been said (see the module's doc).
_PROHIBITION = re.compile(r"(?:bans?|embargo(?:e?s)?|blockades?|moratori(?:um|a)|restrictions?|prohibitions?|curbs?|"
                          r"boycotts?|sanctions?)", re.IGNORECASE)
_LEAD = re.compile(r"[\s“\"‘'«—–•*-]*")
#: What may follow the keyword: the sentence's end or a closing mark (after a name or two, the object of a keyword
#: that is a verb: "urged Europe to isolate Russia."), a participle or conjunction after a comma
#: ("rejected the deal, calling it …"), or a preposition that places it ("rejected a truce in the south"). Anything
#: else may be a predicate the keyword is the subject of, and the stance is toward that: "wants the troops to
#: leave", "wants the peacekeepers out", "expects the forces gone", "backed the troops leaving".
_AFTER = re.compile(r"\s*(?:(?:[A-Z][\w’'.-]*\s+){0,2}(?:[A-Z][\w’'-]*)?[.!;:)\]\"”]|,\s+(?:[a-z]+ing|and|but|while|as|after|before)\b|"
                    r"(?:for|in|on|at|of|with|into|after|before|during|over|under|within|across|along|since|"
                    r"through|near|between|amid|against|despite)\b|to\s+(?:the|a|an|its|their|his|her|our|[A-Z\d]))")


def _words(text: str, start: int, end: int) -> list[str] | None:
    """The words of text[start:end], or None when a punctuation mark other than a word's own stands there."""
    chunk = text[start:end]
    if _PUNCTUATION.search(chunk):
        return None
    return chunk.split()


def _holder_at(who: frozenset[str], names: list, sentence: int, cue: int) -> tuple[int, int] | None:  # noqa: ANN001
    """The last mention of one of `who` before the cue, in the sentence from `sentence` on."""
    found = [(s, e) for a, s, e in names if a in who and sentence <= s and e <= cue]
    return max(found) if found else None


def _inside(quoted: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in quoted)


def _reading_is_plain(polarity: Polarity) -> bool:
    """One deciding cue for or against, at most one negation, no condition."""
    if polarity.clause is not None or polarity.stance not in (Stance.FOR, Stance.AGAINST):
        return False
    kinds = [c.kind for c in polarity.cues]
    deciding = [k for k in kinds if k not in ("not", "cond")]
    return (len(deciding) == 1 and deciding[0] in ("pos", "neg", "ruleout") and "cond" not in kinds
            and kinds.count("not") <= 1 and polarity.flips <= 1)


def strict_shape(text: str, start: int, end: int, polarity: Polarity, hit: IssueHit, how: str,  # noqa: PLR0911
                 who: frozenset[str], names: list, quoted: list[tuple[int, int]],  # noqa: ANN001
                 named: str = "proposition") -> bool:
    """Whether the reading of `hit` in the sentence text[start:end] has the strict shape (see the module's doc).
    `how`: how holders.py found the holder; `who`: its actor ids (or a place's pseudo-ids); `names`: the
    sentence's names as (id, start, end); `quoted`: the quotations' spans, sorted; `named`: what the keyword
    names (issues.toml's keywords_name for it, as read: "proposition" or "opposite")."""
    if how != "agent" or not _reading_is_plain(polarity):
        return False
    if named != "opposite" and _PROHIBITION.fullmatch(text, hit.start, hit.end):
        return False  # a ban read as if it named the proposition: the file may simply not have said which way
    cue = next(c for c in polarity.cues if c.kind not in ("not", "cond"))
    if cue.end > hit.start or _inside(quoted, cue.start, hit.end):
        return False
    sentence = text[start:end]
    if not _WHOLE.search(sentence) or _REPORTED.search(sentence):
        return False
    if len(cue.text.split()) > 2 or _BREAKS.search(cue.text) or cue.text[:1].isupper():
        return False
    holder = _holder_at(who, names, start, cue.start)
    if holder is None or _inside(quoted, *holder):
        return False
    before = _words(text, _LEAD.match(text, start).end(), holder[0])  # type: ignore[union-attr]
    if before is None or not all(_TITLE_WORD.fullmatch(w) for w in before):
        return False
    first = min([cue.start, *(c.start for c in polarity.cues)])
    between = _words(text, holder[1], first)
    if between is None or len(between) > _MAX_SUBJECT_GAP or not all(_SUBJECT_GAP.fullmatch(w) for w in between):
        return False
    if cue.kind != "pos" and {"not", "never"} & {w.lower() for w in between}:
        return False  # a negated refusal is no stance for: "never rejected a ceasefire" leaves it open
    obj = _words(text, cue.end, hit.start)
    if obj is None:
        return False
    made = [w for w in obj if _MADE.fullmatch(w)]  # "demanded the establishment of two judicial commissions"
    obj = [w for w in obj if not _MADE.fullmatch(w)]
    return (len(made) <= 1 and len(obj) <= _MAX_OBJECT_GAP and not _BREAKS.search(text, cue.end, hit.start)
            and all(_OBJECT_WORD.fullmatch(w) or _TITLE_WORD.fullmatch(w) for w in obj)
            and (_AFTER.match(text, hit.end) is not None or (made != [] and _PURPOSE.match(text, hit.end) is not None)))
