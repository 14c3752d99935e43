"""positions43 (issue 10): the subject of an "as" clause, a negation's reach, a refusal of a thing and its aim.

Wrong on main (the shapes of positions42's held-out page; the sentences here were written for these tests):
"Norland is facing uncertainty as Valdoria retaliates against Norland's tariffs on its cars by imposing tariffs on
Norland wheat" gave Norland Valdoria's two stances (0.8: a reply verb after the place word was not read as its
verb, so the main clause's subject held the cue); "Premier Haldane criticised Valdoria for not playing fair when
imposing tariffs on Valdorian cars" read Norland *against* its own tariffs (0.75: the "not" of the first clause
turned the "imposing" of the "when" clause); "the union rejected a deal aimed at ending the strike" read the union
*for* the strike (0.6: a refusal of the deal, not of what it aimed at)."""

from __future__ import annotations

import pytest

from briefing.model import Stance

from helpers import STRIKE_ISSUES, STRIKE_SIDES

FOR, AGAINST = Stance.FOR, Stance.AGAINST

TRADE_SIDES = """[[side]]
id = "valdoria"
label = "Valdoria"
letter = "V"
key = "V"
negotiating = true
cues = ["Valdoria", "Valdorian", "Corvel"]

[[side]]
id = "norland"
label = "Norland"
letter = "N"
key = "N"
negotiating = true
cues = ["Norland", "Norlandic", "Haldane"]
"""
TRADE_ISSUES = """[[issue]]
id = "car_tariffs"
name = "Norland's tariffs on Valdorian cars"
proposition = "Norland keeps its tariffs on Valdorian cars"
keywords = ["tariffs on Valdorian cars", "tariffs on its cars", "tariffs on Valdorian electric cars"]

[[issue]]
id = "farm_tariffs"
name = "Valdoria's tariffs on Norland wheat"
proposition = "Valdoria keeps its tariffs on Norland wheat"
keywords = ["tariffs on Norland wheat", "duties on Norland wheat", "tariffs on Norlandic wheat"]
"""


def _positions(tmp_path, sentence: str, sides: str = TRADE_SIDES, issues: str = TRADE_ISSUES) -> set:  # noqa: ANN001
    (tmp_path / "sides.toml").write_text(sides)
    (tmp_path / "issues.toml").write_text(issues)
    (tmp_path / "a.txt").write_text(f"Trade notes\n\n{sentence}\n")
    from briefing.load import load_briefing
    return {(p.side, p.issue, p.stance) for p in load_briefing(tmp_path, use_cache=False).positions}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the subject of an "as" clause after the main verb holds that clause's cues, not the main clause's subject
    ("Norland is facing uncertainty as Valdoria retaliates against Norland's tariffs on Valdorian cars by imposing "
     "tariffs on Norland wheat.",
     {("valdoria", "car_tariffs", AGAINST), ("valdoria", "farm_tariffs", FOR)}),
    ("Norland is bracing for losses as Valdoria retaliates against the tariffs on Valdorian cars.",
     {("valdoria", "car_tariffs", AGAINST)}),
    ("Norland is worried as Valdoria imposes tariffs on Norland wheat.", {("valdoria", "farm_tariffs", FOR)}),
    # a reply verb right after the place word is its verb
    ("Valdoria retaliates against the tariffs on Valdorian cars.", {("valdoria", "car_tariffs", AGAINST)}),
])
def test_the_subject_of_an_as_clause_holds_its_cues(tmp_path, sentence: str, expected: set) -> None:  # noqa: ANN001
    """Main: Norland held Valdoria's stances (0.8), or nothing was read."""
    assert _positions(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # the clause is reported by another, or ends before the cue: no holder from it
    "Norland is bracing as Valdoria says Norland must lift the tariffs on Valdorian cars.",
    "Norland kept quiet as Valdoria announced a review, and Haldane later backed tariffs on Norland wheat.",
])
def test_the_as_clause_ends_where_its_clause_does(tmp_path, sentence: str) -> None:  # noqa: ANN001
    assert not any(side == "valdoria" for side, _i, _s in _positions(tmp_path, sentence))


@pytest.mark.parametrize(("sentence", "right", "wrong"), [
    # a negation in one clause does not turn a cue in the "when"/"while" clause after it
    ("Premier Haldane has criticised Valdoria for not playing fair when imposing tariffs on Valdorian cars.",
     ("norland", "car_tariffs", FOR), ("norland", "car_tariffs", AGAINST)),
    ("Haldane did not hesitate when imposing tariffs on Valdorian cars.",
     ("norland", "car_tariffs", FOR), ("norland", "car_tariffs", AGAINST)),
    ("Haldane did not consult the farmers before imposing tariffs on Valdorian cars.",
     ("norland", "car_tariffs", FOR), ("norland", "car_tariffs", AGAINST)),
])
def test_a_negation_stops_at_a_clause_of_its_own(tmp_path, sentence: str, right: tuple,  # noqa: ANN001
                                                 wrong: tuple) -> None:
    """Main: Norland *against* its own tariffs (0.75)."""
    found = _positions(tmp_path, sentence)
    assert wrong not in found
    assert right in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a negation of the cue in its own clause still turns it
    ("Norland will not lift the tariffs on Valdorian cars.", ("norland", "car_tariffs", FOR)),
    ("Valdoria did not go as far as imposing tariffs on Norland wheat.", ("valdoria", "farm_tariffs", AGAINST)),
])
def test_a_negation_in_its_clause_still_turns(tmp_path, sentence: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in _positions(tmp_path, sentence)


@pytest.mark.parametrize("sentence", [
    "The union rejected a deal aimed at ending the strike.",
    "The GLU rejected a proposal designed to end the strike.",
    "The union turned down the council's plan intended to stop the strike.",
    "Okafor dismissed a package that was meant to end the strike action.",
])
def test_a_refused_thing_says_nothing_of_its_aim(tmp_path, sentence: str) -> None:  # noqa: ANN001
    """Main: the union *for* the strike (0.6–0.65): the deal refused, not the end of the strike it aimed at."""
    assert not any(issue == "strike" for _s, issue, _st in _positions(tmp_path, sentence, STRIKE_SIDES, STRIKE_ISSUES))


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a refusal of the act itself, and of calls to do it, are still read
    ("The union refused to end the strike.", ("union", "strike", FOR)),
    ("The union rejected calls to end the strike.", ("union", "strike", FOR)),
    ("The union rejected the offer.", ("union", "offer", AGAINST)),
])
def test_a_refusal_of_the_act_is_still_read(tmp_path, sentence: str, expected: tuple) -> None:  # noqa: ANN001
    assert expected in _positions(tmp_path, sentence, STRIKE_SIDES, STRIKE_ISSUES)
