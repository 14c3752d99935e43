"""Position classes from the twenty-third positions helper (whose stance it is: a pronoun after a verb's object,
an office-holder told of inside a quotation, a former government's policy), on sentences written for these tests:
the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # a pronoun after a name that is a verb's object stands for the clause's subject (the meeting's parties), not
    # for the name: no side holds it (these read Ukraine *for* a ceasefire)
    "The summit will sideline Ukraine as they seek a ceasefire.",
    "The envoys will sideline Kyiv, as it seeks a ceasefire.",
])
def test_a_pronoun_after_an_object_is_not_the_objects(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize("sentence", [
    # inside a quotation, an office-holder told of by the office as the verb's subject: not the speaker's stance
    # (these read Russia *for* a ceasefire)
    "“The new man in the White House truly wants to end the war,” Putin said.",
    "“The American president wants an end to this war,” Putin said.",
    "“The president really wants a ceasefire,” Lavrov said.",
    "“The German chancellor now supports a truce,” Peskov said.",
])
def test_an_office_holder_told_of_in_a_quote_is_not_the_speaker(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # the speaker's own side, and the speaker's own words, keep their reading
    ("“Our president wants a ceasefire,” Peskov said.", {("russia", "ceasefire", Stance.FOR)}),
    ("“We want a ceasefire,” Putin said.", {("russia", "ceasefire", Stance.FOR)}),
    ("Ukraine will attend the talks as it seeks a ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_own_words_and_a_subjects_pronoun_keep_their_holder(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a predecessor's or former government's policy, in a relative clause about it, is no stance of the side now
    # (these read the US *against* restoring relations, *against* easing sanctions, *for* NATO membership)
    "Trump reversed the course of his predecessor Joe Biden, who tried to isolate Moscow.",
    "Trump dropped the line of his predecessor, Joe Biden, who imposed sanctions on Russia.",
    "Unlike former president Joe Biden, who backed NATO membership for Ukraine, Trump has said little.",
])
def test_a_predecessors_past_policy_is_no_current_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_current_leaders_relative_clause_keeps_its_holder() -> None:
    assert positions_of("Trump, who has pushed for a ceasefire, met Putin.") == {("us", "ceasefire", Stance.FOR)}


@pytest.mark.parametrize("sentence", [
    # the same past government as the subject, by its titles or an apposition: no stance of the side now
    "Former President Joe Biden imposed sanctions on Russia.",
    "Trump's predecessor, Joe Biden, imposed sanctions on Russia.",
    "Biden, Trump's predecessor, backed NATO membership for Ukraine.",
    "Former chancellor Olaf Scholz refused to send weapons to Ukraine.",
    "The previous US administration backed NATO membership for Ukraine.",
])
def test_a_former_governments_act_as_subject_is_no_current_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_the_current_leader_after_a_predecessors_clause_keeps_the_stance() -> None:
    sentence = "Former President Biden imposed sanctions, but Trump wants to ease sanctions on Russia."
    assert positions_of(sentence) == {("us", "sanctions", Stance.FOR)}
