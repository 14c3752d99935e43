"""Position classes from the seventh session's blind sets (a meeting at a funeral and the days around it; a
snapback of sanctions), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # "nobody"/"no one" as the subject: a denial that anyone holds the stance, not the speaker's stance
    "Nobody expects Zelensky to accept Crimea as Russian territory, Rubio told the committee.",
    "No one wants Ukraine to accept Russian control over the peninsula, Rubio said.",
    # a doubt about another's wish is the doubter's claim, neither side's stance
    "Trump voiced scepticism about President Putin’s desire to end the war.",
    "Rubio raised doubts over the Kremlin’s readiness for a ceasefire.",
    # inside a quotation, "he" as the subject: the speaker tells of another, not of himself
    "“I now suspect he doesn’t really want to stop the war,” Rubio said of Putin.",
    # a deadline of the keyword: extending it says nothing plain about the thing
    "Zelensky said Ukraine was willing to extend the ceasefire deadline by a week.",
    # the keyword as the subject of a clause of its own after the cue's object
    "Moscow and Kyiv agree on a grain corridor as sanctions on Russia tighten.",
])
def test_no_stance_where_the_clause_does_not_give_one(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # freezing the war is no refusal of the truce it names; "the only way to" names what the speaker wants
    ("“The only way to stop the fighting, in the end, is to freeze the conflict,” Rubio said.",
     {("us", "ceasefire", Stance.FOR)}),
    # the verbs of a condition after the keyword are the condition's own: no refusal of the keyword
    ("Ukraine would accept a ceasefire if Russia stops its attacks.", {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    ("Zelensky backed security guarantees if Russia rejects the talks.",
     {("ukraine", "security_guarantees", Stance.CONDITIONAL)}),
    # a condition said as ", should X …": conditional, not a plain for
    ("Trump offered Moscow sanctions relief, should Russia halt its strikes on cities.",
     {("us", "sanctions", Stance.CONDITIONAL)}),
])
def test_stances_read_with_their_means_and_conditions(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_conditional_acceptance_of_the_opposite_is_no_plain_stance() -> None:
    # accepting neutrality (the opposite of membership) on a condition is neither against membership nor for it
    for sentence in ("Zelensky said Ukraine could accept neutral status only if Russia withdraws its army.",
                     "Ukraine would accept neutrality if it received security guarantees, Zelensky said.",
                     "Zelensky offered Russia neutral status, should Moscow withdraw its army."):
        assert not {p for p in positions_of(sentence) if p[1] == "nato"}, sentence


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle clause after a comma has the subject that opens the sentence
    ("President Zelensky rejected the terms, insisting on a full ceasefire before any talks on land.",
     {("ukraine", "ceasefire", Stance.FOR)}),
    # "between X and Y." in the sentence before does not make the next sentence's subject the second of a pair
    ("The war goes on between Russia and Ukraine. Russia has refused to sign onto a 30-day ceasefire.",
     {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_holders_found_in_the_sentence(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # not when the sentence opens with something else, or with two subjects
    "After talks with Zelensky, Trump left early, insisting on a full ceasefire.",
    "Trump and Zelensky met briefly, insisting on a full ceasefire.",
])
def test_a_participle_clause_without_a_plain_subject_has_no_holder(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # what brings a thing about wants it: trigger, activate, invoke, reinstate; "supportive of"
    ("Starmer invoked security guarantees for Kyiv at the summit.", {("europe", "security_guarantees", Stance.FOR)}),
    ("Kyiv moved to trigger a full ceasefire along the front.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Zelensky is supportive of a 30-day ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_cues_that_bring_a_thing_about(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentences", "expected"), [
    # a plan named with what it holds, then "these conditions": rejecting them rejects what the plan names
    ("The envoys tabled a draft plan, which includes recognition of Crimea as Russian territory, in Paris. "
     "On Tuesday Zelensky rejected these terms.", {("ukraine", "territory", Stance.FOR)}),
    ("The US tabled the ceasefire proposal overnight. On Monday Lavrov rejected the proposal.",
     {("us", "ceasefire", Stance.FOR), ("russia", "ceasefire", Stance.AGAINST)}),
    # "the" with another plan word is not plainly the same plan: no stance from the second sentence
    ("The US tabled the ceasefire proposal overnight. On Monday Lavrov rejected the deal.",
     {("us", "ceasefire", Stance.FOR)}),
    # a plan in apposition to the keyword's phrase
    ("On Monday Moscow rejected a month-long truce, a proposal Zelensky is supportive of.",
     {("russia", "ceasefire", Stance.AGAINST), ("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_stance_on_a_plan_named_with_its_issue(sentences: str, expected: set) -> None:
    assert positions_of(sentences) == expected


@pytest.mark.parametrize("sentences", [
    # another plan introduced in between: "this proposal" is that one
    "Washington presented a plan, which includes recognition of Crimea as Russian territory. Paris then floated "
    "a new proposal on trade. Zelensky rejected this proposal.",
    # the plan's phrase holds a verb of its own before the keyword: not plainly for it
    "Moscow tabled a resolution that would delay a ceasefire. Kyiv rejected the resolution.",
])
def test_no_stance_on_a_plan_whose_link_is_not_plain(sentences: str) -> None:
    assert positions_of(sentences) == set()


@pytest.mark.parametrize("sentence", [
    # a speech verb between the cue and the keyword: the cue's object is its own, the keyword is reported
    "Moscow resumes its strikes, says Kyiv broke the truce by attacking at night.",
    # a possessed act is the possessor's, not the speaker's nor the sentence's agent
    "Lavrov, who cited the Ukrainian government’s “repeated refusal” to accept a ceasefire, spoke for an hour.",
    "Lavrov defended the strikes, stating that they answered the Ukrainian army’s refusal to accept a ceasefire.",
    "Lavrov cited the armed group’s “repeated refusal” to accept a ceasefire.",
    "The strikes answered the armed group’s refusal to accept a ceasefire, Lavrov said.",
    # the keyword after a preposition that follows the cue's own object
    "Russia has resumed its strikes on Kharkiv following the breakdown of a ceasefire in the east.",
    # a subordinate clause with a subject of its own, even unnamed
    "Russia launched new strikes after the Ukrainian side refused to accept a ceasefire.",
])
def test_no_holder_or_stance_from_anothers_clause(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_a_negation_before_a_keyword_that_is_a_verb() -> None:
    # "will not end the war": the keyword carries its own verb, the negation turns it
    assert positions_of("Lavrov insisted that Russia will not stop the war until its goals are met.") == {
        ("russia", "ceasefire", Stance.AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # who is judged for an act is its agent, not who judges
    ("Rubio faulted Zelensky on Friday for refusing to accept Russian control over Crimea.",
     {("ukraine", "territory", Stance.FOR)}),
    ("Lavrov criticised Rubio for not accepting a ceasefire.", {("us", "ceasefire", Stance.AGAINST)}),
    # "achieve" wants what it reaches; a participle clause after a lower-case opening phrase has its subject
    ("In a late statement, Zelensky called the meeting useful, underlining his hope of achieving a full "
     "ceasefire.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_agents_judged_for_an_act_and_after_an_opening_phrase(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
