"""Whom a "he said"/"she said" cannot stand for: the person the sentence's subject speaks to ("X reminded her of a
“…”, she said" is not X's: the rule, antecedents.other_of_same_pronoun), and a pair named as the subject ("X and Y
“said …”, he stressed" is neither's). A pair after the verb is its object and leaves the subject the pronoun's.
Invented articles."""

from __future__ import annotations

from tests.helpers import speaker_named

PAIR = """Russian Foreign Minister Sergey Lavrov spoke to reporters on Thursday.

The gap, in his view, is that Hitler and Napoleon "at least spoke openly: we shall win. And he wants the same but \
hides it," he stressed.
"""

OBJECT_PAIR = """Russian Foreign Minister Sergey Lavrov spoke to reporters on Thursday.

Lavrov met Rubio and Saudi officials in Riyadh on Tuesday. "The talks were useful and long overdue," he said.
"""


def test_the_one_spoken_to_is_not_the_subjects_pronoun():
    from briefing.load.extract.antecedents import other_of_same_pronoun

    text = 'Macron reminded her of a "paper giant with a paper umbrella", she said.'
    assert other_of_same_pronoun(text, 0, text.index("she said"), text.index("she said"))
    text = 'Macron mocked her plan as "a paper giant", he said.'
    assert other_of_same_pronoun(text, 0, text.index("he said"), text.index("he said")) is False


def test_a_pair_as_the_subject_is_no_he(tmp_path):
    speaker, _ = speaker_named(tmp_path, PAIR, "at least spoke")
    assert speaker is None or "Lavrov" in speaker


def test_a_pair_after_the_verb_leaves_the_subject_the_pronouns(tmp_path):
    speaker, _ = speaker_named(tmp_path, OBJECT_PAIR, "The talks were useful")
    assert speaker is not None and "Lavrov" in speaker
