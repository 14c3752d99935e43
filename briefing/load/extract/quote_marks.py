"""Where the quotations of a passage are: pairs of quotation marks, told from apostrophes.

“Curly” and "straight" double marks, a curly opening closed by a straight mark and a straight one by a curly mark,
a wire system's double primes and doubled apostrophes (“…,″ ’’…″ “…''), ‘‘doubled’’ single marks and 'single'
marks (wire style, straight or curly). A quote inside another is part of it. One pass each: no
pattern here can backtrack over more than the text between two marks.
"""

from __future__ import annotations

import re

from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.speech_verbs import VERB

#: “Curly” and "straight" pairs; and “mixed" both ways (a curly opening closed by a straight mark, a straight one
#: closed by a curly mark, as scraped and retyped text has): a straight opening takes a curly closing mark that
#: comes before any other straight mark, else the straight mark after it.
#: A curly quotation may hold another in the same marks (“… the U.S. and “TRUMP,” will never …”): one level, whole.
#: A closing mark typed as an opening one (“…,“ he said): after a comma or a stop, before a space and a lower-case
#: word (an opening mark stands before the words it opens); after any word, before a stop or a comma and the
#: line's end or a lower-case word (“… a clear trend“.; the “no“ option). And an opening mark typed as a closing
#: one (”The government …,” X stresses): at the line's start or after a space, right before a letter (a closing
#: mark stands after the words it closes), also glued by the scrape to the closing mark of the quotation
#: before (“… objective.””Chasing …,” he added): the first closed a pair, so the second opens one.
#: A curly opening closed by a straight mark after a comma or a stop, when a straight opening follows in the text
#: that a curly mark closes (“…," X said. "…”): two quotations in mixed marks, not one across the attribution.
#: A wire system's marks: a double prime (″) or two apostrophes ('') closing a curly opening, and ’’ (or '')
#: opening a quotation a double prime closes ("“…,″ X said. ’’But …″"; "“… safe.''"), and a double prime on both
#: sides ("″We are …,″ X told reporters": an opening one after a space or the line's start, before a letter).
_PAIR_SOURCE = (r"“([^“”\"\n]*?[,.!?])“(?=[ \t]+[a-z])|“(?=[\w‘'(\[])([^“”„\"\n]*?[^\s“”\"])“(?=[.,;:]?(?:[ \t]*\n|[ \t]*$|[ \t]+[a-z]))|"
                r"(?:^|(?<=[\s(\[—–-])|(?<=[.!?,]”))”(?=[A-Za-z‘(\[])([^“”\"\n]*?[^\s“”\"])”|"
                r"“([^“”\"\n]*[,.!?])\"(?=[ \t]+[^“”\"\n]*[ \t]\"[^“”\"\n]*”)|"
                r"“((?:[^“”\n]|“[^“”\n]*”)*)”|\"([^\"“”\n]*)”|\"([^\"\n]*)\"|“([^“”\"\n]*)\"|"
                r"“([^“”\"\n″]*?)(?:″|'')|(?:’’|'')((?:[^“”\"\n″'’]|['’](?!['’]))*)″|"
                r"(?<![^\s(\[—–-])″(?=[A-Za-z‘’'(\[])([^″“”\"\n]*?\S)″")
_PAIR = guarded(_PAIR_SOURCE)


#: The same pairs across single line breaks: for a paragraph whose lines a hard wrap (or a scrape) broke and
#: quotes.py joined again (it holds no blank line), so a quotation runs on over its line ends.
_PAIR_LINES = guarded(re.sub(r"\[\^([^\]]*)\]", lambda m: "[^" + m.group(1).replace("\\n", "") + "]", _PAIR_SOURCE))


def quote_spans(text: str, start: int, end: int, min_words: int = 3,
                across_lines: bool = False) -> list[tuple[int, int, int, int]]:
    """(outer_start, outer_end, inner_start, inner_end) of each quote in text[start:end].

    “Curly” and "straight" double marks; ‘‘doubled’’ single marks; 'single' marks (wire style, straight
    or curly), told from apostrophes by what surrounds them. A quote inside another is part of it. A
    quotation crosses a line break only `across_lines` (text[start:end] is one paragraph, blank-line free)."""
    has_double = text.find("“", start, end) >= 0 or text.find('"', start, end) >= 0 or text.find("″", start, end) >= 0 \
        or text.find("”", start, end) >= 0
    has_single = text.find("'", start, end) >= 0 or text.find("‘", start, end) >= 0 or text.find("’", start, end) >= 0
    if not (has_double or has_single):
        return []  # most sentences: no quotation mark at all
    found = [(m.start(), m.end(), m.start(m.lastindex), m.end(m.lastindex))
             for m in (_PAIR_LINES if across_lines else _PAIR).finditer(text, start, end)] if has_double else []
    if has_single:
        found.extend(_single_quotes(text, start, end))
    found.sort(key=lambda q: (q[0], -q[1]))
    spans = []
    outer_end = -1
    for os_, oe, s, e in found:
        if os_ < outer_end:
            continue  # inside (or across) a quote already taken
        if _NAME_BEFORE_MARK.search(text, max(start, os_ - 25), os_) and _NICK_THEN_SURNAME.match(text, os_ + 1):
            continue  # "Sean “Diddy Combs waited …": a nickname's mark left open inside a name, no quotation
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        # Stripped, the quote is one word or more exactly when it is not empty.
        if (s < e) if min_words == 1 else len(text[s:e].split()) >= min_words:
            spans.append((os_, oe, s, e))
            outer_end = oe
    return spans


#: A given name right before an opening mark, and after the mark a nickname, a surname and a lower-case word:
#: the name's nickname lost its closing mark ("Sean “Diddy Combs waited"); a quotation opens after a verb, a
#: colon or a stop, not inside a name.
_NAME_BEFORE_MARK = re.compile(r"(?<![\w.’'-])[A-Z][a-z]+[ \u00a0]$")
_NICK_THEN_SURNAME = re.compile(r"[A-Z][\w.’-]*[ \u00a0][A-Z][a-z][\w’'-]*[ \u00a0][a-z]")

_SINGLE_OPEN = "'‘"
_SINGLE_CLOSE = "'’"


def _single_quotes(text: str, start: int, end: int) -> list[tuple[int, int, int, int]]:
    """'…' and ‘…’ (and ‘‘…’’) quotes: an opening mark after a space or a bracket and before a letter, the
    closing one after a non-space and before a non-letter (so "don't", "Russia’s", "leaders’ summit" and
    "'90s" are apostrophes). One pass: once no closing mark is left, none is looked for again."""
    found = []
    opening = _Next(text, _SINGLE_OPEN, end)
    closing = _Next(text, _SINGLE_CLOSE, end)
    index = start
    while index < end:
        o = opening.at(index)
        if o < 0:
            break
        marks = 2 if text[o + 1:o + 2] == text[o] else 1  # ‘‘doubled’’
        inner = o + marks
        before = text[o - 1:o] if o > start else " "
        if marks == 1 and text[inner:inner + 1] == " " and before == " " and text[inner + 1:inner + 2].isalpha():
            inner += 1  # "its commitments ' without having to …'": a scraped opening mark with a space after it
        if not (before.isspace() or before in "([—–-:“\"") or not (text[inner:inner + 1].isalpha()):
            index = o + 1
            continue
        c = _closing(text, inner, end, marks, closing)
        if c < 0:
            break
        found.append((o, c + marks, inner, c))
        index = c + marks
    return found


class _Next:
    """The next of some marks at or after a position, for positions that only grow: each mark's next
    occurrence is looked for again only once passed, so a scan costs one pass over the text per mark."""

    def __init__(self, text: str, marks: str, end: int) -> None:
        self.text, self.end = text, end
        self.next = {mark: -2 for mark in marks}  # -2: not looked for yet; -1: none left

    def at(self, index: int) -> int:
        best = -1
        for mark, position in self.next.items():
            if position == -2 or 0 <= position < index:
                position = self.next[mark] = self.text.find(mark, index, self.end)
            if position >= 0 and (best < 0 or position < best):
                best = position
        return best


def _closing(text: str, start: int, end: int, marks: int, closing: _Next) -> int:
    index = start
    while index < end:
        c = closing.at(index)
        if c < 0:
            return -1
        if marks == 2:
            if text[c + 1:c + 2] in _SINGLE_CLOSE and text[c + 1:c + 2]:
                return c
            index = c + 1
            continue
        prev, after = text[c - 1:c], text[c + 1:c + 2]
        plural_possessive = prev in "sS" and after == " " and text[c + 2:c + 3].isalpha() \
            and not _NO_NOUN.match(text, c + 2)  # "the Nazis' who …": a relative pronoun follows no possessive
        if prev and not prev.isspace() and not after.isalnum() and not plural_possessive:
            return c
        index = c + 1
    return -1


#: Words that never follow a plural possessive ("the leaders' summit"): after "s'" and a space, the mark closed
#: a quotation ("a 'reward for the Nazis' who murdered …", "called him 'very serious' about …").
_NO_NOUN = re.compile(r"(?:who|which|that|whose|and|or|but|as|is|was|were|are|said|says|he|she|they|it|after|"
                      r"before|while|when|because|if|than|to|in|on|at|by|from|about|over|for|with|into|of|"
                      r"against|during|toward|towards|"
                      # an auxiliary or a negation: a verb's, never a possessed noun ("the president's 'carelessness'
                      # had cost …", "its 'success' has …")
                      r"had|has|have|would|will|could|should|can|cannot|may|might|must|did|does|do|not|never)\b")
#: An editor's word in brackets opening a quotation: “[It] is …”.
_EDITED = re.compile(r"\[[A-Za-z][\w ’'-]{0,30}\]")


def open_quote(text: str, start: int, end: int, spans: list[tuple[int, int, int, int]],
               runs_on: bool) -> tuple[int, int, int, int] | None:
    """A double-mark quotation opened in text[start:end] after its last paired quote and not closed there,
    as (outer_start, outer_end, inner_start, inner_end) up to the paragraph's end, when `runs_on` (the next
    paragraph opens with a quotation mark, or the text ends here); else None. An opening mark is one after
    a space, a bracket or a dash and before a letter; a straight mark counts only when the paragraph has an
    odd number of them."""
    if not runs_on:
        return None
    # After the last double-mark quotation: a 'single' one may lie inside the open quotation (“… called ‘X’.).
    after = max([start] + [oe for os_, oe, _s, _e in spans if text[os_] in "“\""])
    curly = text.rfind("“", after, end)
    straight = text.rfind('"', after, end) if text.count('"', start, end) % 2 else -1
    o = max(curly, straight)
    if o < 0 or text.find("”", o, end) >= 0 or (o == straight and text.find('"', o + 1, end) >= 0):
        return None
    before = text[o - 1:o] if o > start else " "
    if not (before.isspace() or before in "([—–-:") or not (text[o + 1:o + 2].isalpha() or _EDITED.match(text, o + 1)):
        return None
    if _NAME_BEFORE_MARK.search(text, max(start, o - 25), o) and _NICK_THEN_SURNAME.match(text, o + 1):
        return None  # "Sean “Diddy Combs waited …": a nickname's mark left open inside a name
    e = end
    while e > o + 1 and text[e - 1].isspace():
        e -= 1
    return (o, end, o + 1, e) if e > o + 1 else None


#: After a paragraph's last closed quotation, its attribution's sentence and the next sentence opening with a mark:
#: "“…,” X said. “…" (no quotation mark, line break or sentence end inside the attribution).
_ATTRIBUTION_THEN_MARK = re.compile(r"[^“”\"\n.!?]{1,200}[.!?][ \t]+[“\"]")


def second_left_open(text: str, end: int, spans: list[tuple[int, int, int, int]]) -> bool:
    """Whether a quotation opened after the paragraph's last closed one (`spans`) and left open at its end (`end`)
    is that speaker's second sentence, its closing mark lost ("“…,” X said. “… / <a paragraph of other text>"): the
    attribution between them holds a speech verb. open_quote then takes it to the paragraph's end."""
    if not spans:
        return False
    last_end = spans[-1][1]
    between = _ATTRIBUTION_THEN_MARK.match(text, last_end, end)
    return between is not None and VERB.search(text, last_end, between.end()) is not None
