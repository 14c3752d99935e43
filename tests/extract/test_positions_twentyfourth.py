"""Position classes from the twenty-fourth positions helper (a refusal of one thing followed by a clause that
wants another, a former office-holder's quotation, a speaker we cannot place inside a subordinate clause, an
indefinite subject inside a quotation), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize(("sentence", "expected"), [
    # the refusal's object is the plan; the "as"/"since" clause, with a subject and verb of its own, says what
    # the subject wants (these read Ukraine *against* a ceasefire, Russia *against* sanctions relief)
    ("Ukraine rejected the plan as it seeks a ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Ukraine turned down the offer as it seeks NATO membership.", {("ukraine", "nato", Stance.FOR)}),
    ("Kyiv rejected the plan since Washington wants a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
])
def test_a_refusal_of_another_thing_does_not_turn_the_clause_after_it(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the keyword as what is refused, or what the refused thing is called, keeps the refusal
    ("Ukraine rejected the ceasefire as Russia attacked.", {("ukraine", "ceasefire", Stance.AGAINST)}),
    ("Ukraine rejected the plan as a ceasefire trap.", {("ukraine", "ceasefire", Stance.AGAINST)}),
])
def test_a_refusal_of_the_keyword_itself_stays(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a quotation tagged as a former office-holder's: no stance his side holds now (these read the US *for*)
    "“We want a ceasefire now,” former president Joe Biden said.",
    "“We want a ceasefire now,” said former US president Joe Biden.",
    "“We want a ceasefire now,” Joe Biden, a former president, said.",
    "Former president Joe Biden said: “We want a ceasefire now.”",
])
def test_a_former_office_holders_quotation_is_no_current_stance(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a current title, what the person is now, a former one named elsewhere in the sentence
    ("“We want a ceasefire now,” President Joe Biden said.", {("us", "ceasefire", Stance.FOR)}),
    ("“We want a ceasefire now,” Joe Biden, a former president and now an adviser, said.",
     {("us", "ceasefire", Stance.FOR)}),
    ("Zelensky met former president Biden and said: “We want a ceasefire now.”",
     {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_current_speaker_keeps_the_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the speaker inside "after …" is a person we cannot place, not the main clause's agent (these read the US *for*)
    "Washington announced tariffs after Tom Reed, a senior analyst, said a ceasefire would be welcome.",
    "Washington announced tariffs after Tom Reed said a ceasefire would be welcome.",
])
def test_an_unplaced_speaker_in_a_subordinate_clause_is_not_the_agent(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a placed speaker of the agent's side; a comma that ends an opening phrase
    ("Washington announced tariffs after Rubio, the secretary of state, said a ceasefire would be welcome.",
     {("us", "ceasefire", Stance.FOR)}),
    ("After the talks in Riyadh, Rubio said a ceasefire would be welcome.", {("us", "ceasefire", Stance.FOR)}),
])
def test_a_placed_speaker_keeps_the_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # inside a quotation, an indefinite subject ("somebody", "some", "others") is someone else the speaker tells
    # of, not the speaker's side (these read Ukraine *for* a ceasefire)
    "“Maybe somebody wants a frozen truce instead of peace,” Zelensky said.",
    "“Others want a truce that rewards the aggressor,” Zelensky said.",
    "“Some want a ceasefire,” Zelensky said.",
])
def test_an_indefinite_subject_in_a_quote_is_not_the_speaker(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_the_speakers_own_we_keeps_the_stance() -> None:
    assert positions_of("“We want a ceasefire,” Zelensky said.") == {("ukraine", "ceasefire", Stance.FOR)}
