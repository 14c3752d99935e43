"""A name beside a speech verb that is no one speaking there, for person_intros: a preposition's object ("X of
Artemis noted"), a name closing an inverted tag's clause ("… since Brexit, said Mark Holloway"), a reported clause's
subject ("said Belgrade and Pristina had taken …"), a group or a one-off word opening a sentence ("Traders said …",
"Coverage noted that …")."""

from __future__ import annotations

import re

from briefing.load.extract.person_formulas import (
    AFTER_PREPOSITION,
    BULLET_BEFORE,
    INVERTED,
    OBJECT_OF,
    PLURAL_GROUP,
    REPORTED_SUBJECT,
    SENTENCE_START,
)

__all__ = ["not_the_speaker"]


def not_the_speaker(text: str, piece: tuple[int, int], run_start: int, name: tuple[int, int],
                     words: tuple[str, ...], speaks_after: re.Match[str] | None) -> bool:
    """Whether a name beside a speech verb is no one speaking there."""
    (start, end), (n_start, n_end) = piece, name
    if text[n_end:n_end + 2] in ("’s", "'s") or OBJECT_OF.search(text, max(start, n_start - 8), n_start) \
            or OBJECT_OF.search(text, max(start, run_start - 8), run_start):
        return True  # "X of Artemis noted", "the Board of British Jews said": a preposition's object speaks not
    if speaks_after and text[n_end] == "," and (
            INVERTED.match(text, speaks_after.end(), end)
            or AFTER_PREPOSITION.search(text, max(start, n_start - 9), n_start)):
        return True  # "… since Brexit, said Mark Holloway", "… since Brexit, said the minister"
    if not speaks_after and REPORTED_SUBJECT.match(text, n_end, min(end, n_end + 40)):
        return True  # "said Belgrade and Pristina had taken …": the reported clause's subject, not the speaker
    opens = n_start == start or SENTENCE_START.search(text, max(start, n_start - 4), n_start) is not None \
        or BULLET_BEFORE.fullmatch(text, start, n_start) is not None
    # "Traders said …", "Residents said …": a group opening the sentence, no one's surname; "Coverage noted
    # that …": a word opening a sentence that the article never gives again is no one's surname either
    return len(words) == 1 and opens and (PLURAL_GROUP.fullmatch(words[0]) is not None
                                          or text.count(words[0], max(0, start - 20_000), end + 20_000) == 1)
