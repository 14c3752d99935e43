"""quotes.py before it was made faster: every sentence searched for quotation marks, each paragraph
twice."""

from __future__ import annotations

import bisect

from briefing.load.extract.quotes import (
    _PAIR,
    _PRONOUN,
    _ROLE,
    _UNKNOWN_NAME_AT_END,
    MentionAt,
    RawQuote,
    RoleResolver,
    Who,
    _after,
    _before,
    _context,
    _sentence_index,
    _sentence_verb,
)

def quote_spans(text: str, start: int, end: int, min_words: int = 3) -> list[tuple[int, int, int, int]]:
    """(outer_start, outer_end, inner_start, inner_end) of each quote in text[start:end]."""
    spans = []
    for match in _PAIR.finditer(text, start, end):
        group = 1 if match.group(1) is not None else 2
        s, e = match.start(group), match.end(group)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if len(text[s:e].split()) >= min_words:
            spans.append((match.start(), match.end(), s, e))
    return spans


def find_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                mentions: list[MentionAt], roles: RoleResolver) -> list[RawQuote]:
    """Quotes of one source. `paragraphs` and `sentences` are the usable (non-boilerplate) ones."""
    quoted_spans = sorted((os_, oe) for ps, pe in paragraphs for os_, oe, _s, _e in quote_spans(text, ps, pe, 1))
    q_starts = [s for s, _e in quoted_spans]

    def in_quote(offset: int) -> bool:
        i = bisect.bisect_right(q_starts, offset) - 1
        return i >= 0 and quoted_spans[i][0] <= offset < quoted_spans[i][1]

    by_start = [m if (quoted := in_quote(m.start)) == m.quoted else MentionAt(m.start, m.end, m.actor, m.person, quoted)
                for m in sorted(mentions, key=lambda m: m.start)]
    starts = [m.start for m in by_start]

    def between(start: int, end: int) -> list[MentionAt]:
        return [m for m in by_start[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
                if m.end <= end and not m.quoted]

    # The subject of each sentence: the first person named outside quotes; else the previous one's.
    subjects: list[str | None] = []
    last: str | None = None
    for s, e in sentences:
        persons = [m for m in between(s, e) if m.person]
        if persons:
            last = persons[0].actor
        subjects.append(last)

    def subject_before(offset: int) -> str | None:
        index = _sentence_index(sentences, offset)
        if index is None:
            return None
        s, _e = sentences[index]
        here = [m for m in between(s, offset) if m.person]
        if here:
            return here[0].actor
        return subjects[index - 1] if index > 0 else None

    def who(start: int, end: int, prefer: str = "last") -> Who:
        """The speaker named in text[start:end]: a person, a role, a pronoun; else an institution."""
        options: list[tuple[int, int, str | None]] = []
        for role in _ROLE.finditer(text, start, end):
            actor = roles.resolve(role)
            if actor:
                options.append((role.start(), role.end(), actor))
        covered = [(s, e) for s, e, _a in options]
        for m in between(start, end):
            if m.person and not any(s <= m.start < e for s, e in covered):
                options.append((m.start, m.end, m.actor))
        for pronoun in _PRONOUN.finditer(text, start, end):
            options.append((pronoun.start(), pronoun.end(), subject_before(pronoun.start())))
        if not options:
            tail = _UNKNOWN_NAME_AT_END.search(text, start, end)
            if tail and not between(tail.start(), end):
                return None, -1, -1  # "…, spokeswoman Maria Zakharova said": someone the gazetteer lacks
            options = [(m.start, m.end, m.actor) for m in between(start, end)
                       if not any(s <= m.start < e for s, e in covered)]
        if not options:
            return None, -1, -1
        options.sort()
        s, e, actor = options[0] if prefer == "first" else options[-1]
        return actor, s, e

    quotes: list[RawQuote] = []
    previous: RawQuote | None = None
    previous_para = -1
    for p_index, (ps, pe) in enumerate(paragraphs):
        para_quotes = quote_spans(text, ps, pe)
        for q_index, (os_, oe, qs, qe) in enumerate(para_quotes):
            inner_end = text[qe - 1:qe]
            found = (_after(text, oe, pe, inner_end, who)
                     or _before(text, sentences, ps, os_, who, para_quotes[:q_index])
                     or _sentence_verb(text, sentences, oe, who))
            if found is None:
                found = _context(text, paragraphs, p_index, sentences, os_, oe, who, previous, previous_para)
            if found is None:
                raw = RawQuote(qs, qe, None, "quote:unattributed", 0.5)
            else:
                actor, rule, confidence, a_s, a_e = found
                raw = RawQuote(qs, qe, actor, rule if actor else "quote:unattributed",
                               confidence if actor else 0.5, a_s, a_e)
            quotes.append(raw)
            if raw.speaker:
                previous, previous_para = raw, p_index
    return quotes
