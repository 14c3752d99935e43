"""positions38 (issue 10): stances on blind text about Russia's terms for a settlement (March 2025).

Wrong readings main showed: a passive prohibition ("wants Ukraine barred from joining NATO", "prohibited from",
"precluded from") was read as the wish itself, Russia *for* membership (0.9); the agent of a passive taken from a
possessor ("demanded by the Kremlin's critics": the Kremlin, 0.8). Missed: a passive relative after the keyword
("the truce, which was accepted by Ukraine"), an object relative after the keyword's plan noun ("the ceasefire
proposal that Ukraine accepted", which main gave the main clause's agent instead), and the alliance's name written
out ("joining the North Atlantic Treaty Organization (NATO)"). The sentences were written for these tests: the
prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance

from helpers import positions_read

FOR, AGAINST = Stance.FOR, Stance.AGAINST


def read(sentence: str) -> dict[tuple[str, str, Stance], float]:
    return positions_read(sentence)


@pytest.mark.parametrize(("sentence", "wrong", "right"), [
    # a passive prohibition is a stop, as "banned from" was (main: Russia *for* membership, 0.9)
    ("Moscow wants Ukraine barred from joining NATO.", ("russia", "nato", FOR), ("russia", "nato", AGAINST)),
    ("Russia wants a pledge that Ukraine will be prohibited from joining NATO.", ("russia", "nato", FOR),
     ("russia", "nato", AGAINST)),
    ("The Kremlin wants Kyiv precluded from NATO membership.", ("russia", "nato", FOR), ("russia", "nato", AGAINST)),
    ("Russia demands that Kyiv be barred from NATO membership.", ("russia", "nato", FOR), ("russia", "nato", AGAINST)),
    # a possessor after "by" is not the passive's agent (main: the Kremlin *for* the truce, 0.8)
    ("The ceasefire was demanded by the Kremlin's critics in Europe.", ("russia", "ceasefire", FOR), None),
    ("The truce was rejected by Ukraine's neighbours.", ("ukraine", "ceasefire", AGAINST), None),
    # a refusal to admit it "into the alliance" beside neutrality is no double negation (main: Russia *for*, 0.7)
    ("“One term must be Kyiv's neutral status, the refusal of NATO states to admit it into the alliance,” Lavrov "
     "said.", ("russia", "nato", FOR), ("russia", "nato", AGAINST)),
    # the relative after a plan's noun is its own subject's, not the main clause's (main: Russia *for*, 0.75)
    ("Moscow ignored the ceasefire proposal that Ukraine accepted.", ("russia", "ceasefire", FOR),
     ("ukraine", "ceasefire", FOR)),
])
def test_wrong_holder_or_polarity_is_gone(sentence: str, wrong: tuple, right: tuple | None) -> None:
    found = read(sentence)
    assert wrong not in found
    if right is not None:
        assert right in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # a passive relative names its agent after "by" (main: nothing)
    ("Moscow ignored the ceasefire, which was accepted by Ukraine last week.", ("ukraine", "ceasefire", FOR)),
    ("Grushko made no mention of the truce proposal, which was swiftly accepted by Ukraine in Jeddah.",
     ("ukraine", "ceasefire", FOR)),
    # two names of one side who say "they" will act (main: nothing; "they" named no one)
    ("Spain and Italy have said they are prepared to deploy peacekeepers.",
     ("europe", "security_guarantees", FOR)),
    ("Italy and Spain said they would send peacekeepers to Kyiv.", ("europe", "security_guarantees", FOR)),
    # the alliance's name written out (main: nothing)
    ("The Kremlin insists Kyiv be barred from ever joining the North Atlantic Treaty Organization.",
     ("russia", "nato", AGAINST)),
    ("Zelensky wants Ukraine to join the North Atlantic Treaty Organization.", ("ukraine", "nato", FOR)),
])
def test_stances_main_missed(sentence: str, expected: tuple) -> None:
    assert expected in read(sentence)


@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    # the main clause keeps its own cue beside a relative after the plan's noun
    ("Moscow rejected the ceasefire proposal that Ukraine accepted.",
     {("russia", "ceasefire", AGAINST), ("ukraine", "ceasefire", FOR)}, ("russia", "ceasefire", FOR)),
    ("The US backed the ceasefire plan, which was rejected by Russia.",
     {("us", "ceasefire", FOR), ("russia", "ceasefire", AGAINST)}, ("russia", "ceasefire", FOR)),
    # a plain passive's agent and an active prohibition with its object stay as they were
    ("The ceasefire proposal was accepted by Ukraine in Jeddah.", {("ukraine", "ceasefire", FOR)}, None),
    ("Russia wants Ukraine banned from joining NATO.", {("russia", "nato", AGAINST)}, ("russia", "nato", FOR)),
    ("Russia refused a ceasefire that Ukraine has endorsed.",
     {("russia", "ceasefire", AGAINST), ("ukraine", "ceasefire", FOR)}, None),
])
def test_guards(sentence: str, expected: set, absent: tuple | None) -> None:
    found = read(sentence)
    assert expected <= set(found)
    if absent is not None:
        assert absent not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # land recognised as Russia's, whatever the land is called (main: nothing; "territories" names either outcome)
    ("Kyiv will never recognise the annexed territories as part of Russia.", ("ukraine", "territory", FOR)),
    ("Zelensky said Ukraine would not recognize the regions occupied by Russia as Russian.",
     ("ukraine", "territory", FOR)),
    ("Ukraine will never legally recognize the occupied territories, Zelensky told reporters.",
     ("ukraine", "territory", FOR)),
    ("Moscow demands that Kyiv recognize the seized regions as part of Russia.", ("russia", "territory", AGAINST)),
])
def test_land_recognised_as_russias(sentence: str, expected: tuple) -> None:
    assert expected in read(sentence)


def test_they_of_two_sides_is_no_one() -> None:
    assert not any(issue == "ceasefire" for _side, issue, _stance in
                   read("Russia and Ukraine said they would accept a ceasefire."))


@pytest.mark.parametrize("sentence", [
    # a clause after the verb, the land as a clause's subject, and land not said to be taken: no reading of it
    "Kyiv said it recognizes that the occupied territories are a heavy burden.",
    "Ukraine's allies recognize the occupied territories remain Ukrainian.",
    "Russia wants the West to recognize the regions.",
])
def test_land_recognised_not_read(sentence: str) -> None:
    assert not any(issue == "territory" for _side, issue, _stance in read(sentence))
