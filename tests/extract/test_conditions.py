"""Automatic positions around conditions, reported speech and opposite-naming keywords (issue 10, class 4).

Every sentence here is written for this test (no third-party text); each stands alone in its own article, read
with the bundled gazetteer and issues as a folder without TOML would be. Each case failed before its rule.
"""

from __future__ import annotations

import pytest

from briefing.load import _bundled_gazetteer
from briefing.load.extract.issues import IssueTagger
from briefing.model import Stance
from tests.extract.test_positions import positions_of

ISSUES = list(_bundled_gazetteer()[1])


def test_isolate_names_the_opposite_of_restored_relations() -> None:
    """Isolating Russia is against "US–Russia relations are restored": wanting it is against, ending it for."""
    tagger = IssueTagger(ISSUES)
    text = "Zelensky urged Europe to isolate Russia."
    assert [(h.issue, h.name) for h in tagger.tags(text, 0, len(text))] == [("bilateral_relations", "opposite")]
    assert positions_of(text) == {("ukraine", "bilateral_relations", Stance.AGAINST)}
    assert positions_of("Lavrov welcomed an end to the isolation of Russia.") == \
        {("russia", "bilateral_relations", Stance.FOR)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # what a condition the holder sets names is what the holder wants (was: conditional, or reversed)
    ("The Kremlin said Moscow would honour the Black Sea deal only after Western sanctions are lifted.",
     {("russia", "sanctions", Stance.FOR)}),
    ("Zelensky said Kyiv would accept a freeze of the front line in exchange for security guarantees.",
     {("ukraine", "security_guarantees", Stance.FOR)}),
    ("Russia would agree to a ceasefire only if the West halts military aid.",
     {("russia", "ceasefire", Stance.CONDITIONAL), ("russia", "military_aid", Stance.AGAINST)}),
    # a condition after the keyword, and "provisionally", make a for conditional
    ("Russia will continue with the ceasefire provided it is respected by Ukraine.",
     {("russia", "ceasefire", Stance.CONDITIONAL)}),
    ("Putin provisionally agreed to halt strikes on energy infrastructure.",
     {("russia", "energy_infrastructure", Stance.CONDITIONAL)}),
    ("A Kremlin statement said the truce was dependent on the lifting of sanctions.",
     {("russia", "ceasefire", Stance.CONDITIONAL), ("russia", "sanctions", Stance.FOR)}),
    # after a bare "if": what is feared as much as what is wanted, so no stance (was: Russia against)
    ("Rubio said Washington would walk away from the talks if Russia rejected a ceasefire.", set()),
])
def test_conditions(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the speaker of "after X said" is X, and with an agent of another side before it, no one (was: Russia
    # against stopping the war, from the US's demand)
    ("Putin declared a 30-hour Easter truce after Washington said it could abandon the talks unless Moscow and "
     "Kyiv show they are ready to stop the war.", {("russia", "ceasefire", Stance.FOR)}),
    # "as the US statement said" may be a comparison: two speakers, no one (not the US, whom it is demanded of)
    ("A Kremlin statement issued at the same time as the US statement said the deal was dependent on the US "
     "lifting sanctions.", set()),
    # a possessor's act that another side disputes is that side's claim (was: Russia for)
    ("Zelensky criticised Russia's proposal for a three-day ceasefire.", set()),
    # …but not the agent of a passive, nor an act reported without a judgement
    ("European leaders were caught off guard by Trump's push to end the fighting.", {("us", "ceasefire", Stance.FOR)}),
    # openness to talks is not openness to the ceasefire after which they would come (was: open)
    ("Lavrov said Moscow is open to talks after a ceasefire.", set()),
    # violations of a truce are what the cue is about (was: Russia for)
    ("Russian troops must be ready to repel violations of the truce, Putin said.", set()),
])
def test_whose_stance(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Putin declared a 30-hour Easter truce.", {("russia", "ceasefire", Stance.FOR)}),
    ("Putin declared the truce over.", set()),  # "declared the", and "an end to", are no declaration of one
    ("Ukraine refused to recognise the occupation of Crimea.", {("ukraine", "territory", Stance.FOR)}),
    ("Ukraine pushed back at proposals to recognise the annexation of Crimea.",
     {("ukraine", "territory", Stance.FOR)}),
    ("Kyiv agreed to halt hostilities in the Black Sea.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Moscow promised not to attack energy facilities.", {("russia", "energy_infrastructure", Stance.FOR)}),
    ("Putin has declared an “Easter truce” for the weekend.", {("russia", "ceasefire", Stance.FOR)}),
    ("Trump said Washington would accept Crimea as part of Russia.", {("us", "territory", Stance.AGAINST)}),
    ("The Kremlin said Putin agreed to pause strikes on Ukraine energy targets.",
     {("russia", "energy_infrastructure", Stance.FOR)}),
])
def test_recall_cues_and_keywords(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_a_negation_carries_over_or() -> None:
    """A negation governs the verbs "or" joins ("will not abandon X or recognise Y"); read alone, "recognise … as part of
    Russia" came out as Ukraine against regaining its land (blind set 1 of 5 December, third session)."""
    assert positions_of("Zelensky said Ukraine will not abandon occupied territories or recognise them as part of "
                        "Russia.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # blind set 2 of 5 December (third session): each was a reversal or a wrong holder before its rule
    # a cue after "before" has its own object (was: Russia against easing sanctions)
    ("The Kremlin insists on lifting sanctions against Russian banks before halting strikes on ports.",
     {("russia", "sanctions", Stance.FOR)}),
    # "cease hostilities" is the truce, not a refusal of the ceasefire named later (was: US against)
    ("While the US said both countries had reached agreements to cease hostilities, the Kremlin said the ceasefire "
     "would start only once sanctions are lifted.", set()),
    # what a condition is for is conditioned, not wanted (was: Europe against easing, labelled conditional)
    ("A spokesperson for the European Commission said a Russian withdrawal would be a key condition for "
     "reconsidering the sanctions.", set()),
    # an accusation is the accuser's claim (was: Russia for a ceasefire)
    ("He accused Russian President Vladimir Putin of stalling by insisting on a study before agreeing to a "
     "ceasefire.", set()),
    # a passive's subject is not who acts (was: Russia against; then, reading the speaker, Europe against)
    ("Starmer warned that Russia must not be allowed to play games with the ceasefire.", set()),
    ("Russia was urged to accept a ceasefire.", set()),
    ("The ceasefire was proposed by Trump.", {("us", "ceasefire", Stance.FOR)}),
    ("Russia is prepared to accept a ceasefire.", {("russia", "ceasefire", Stance.FOR)}),
    # whom a precondition is made of is not its holder (was: Ukraine against NATO); who cites it is (seventh
    # session: the participle clause's subject is the sentence's; "resisted" is a refusal since positions16)
    ("Russia resisted the truce, citing preconditions like Ukraine abandoning its NATO aspirations.",
     {("russia", "nato", Stance.AGAINST), ("russia", "ceasefire", Stance.AGAINST)}),
    # "stumbling blocks" is a noun (was: Ukraine against security guarantees)
    ("Zelensky said issues related to security guarantees remain stumbling blocks.", set()),
])
def test_blind_set_two_classes(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # blind set 3 of 5 December (third session)
    # an if-clause that opens the sentence conditions the main clause, whose agent is after its comma
    ("If Russia keeps the truce, Ukraine would like to extend the truce for 30 days, Zelensky said.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    ("Zelensky said that if Russia agrees, Ukraine will accept a ceasefire.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    # a keyword that says what another issue's keyword is made of (was: Europe for military aid to Ukraine);
    # the guarantees the condition names are wanted
    ("Britain and France said they would not deploy troops unless they received US guarantees of military "
     "support.", {("europe", "security_guarantees", Stance.FOR)}),
])
def test_blind_set_three_classes(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
