"""positions42 (issue 10): a silence on a question, an end of the war, rubbish called "refuse", opening clauses.

Wrong on main: "Peskov declined to say when Russia would accept a ceasefire" read Russia *against* a ceasefire at
0.85 (what is left unsaid is no stance); "Putin wants to end the war" read Russia *for* "a ceasefire comes before a
settlement" at 0.95 (an end of the war is what every side says it wants: it names no order of truce and
settlement); "refuse workers" read as a refusal; a cue of the main clause read the keyword of a clause opening the
sentence ("Since workers went on strike, the council leader said a fair offer was on the table": the council *for*
the strike, 0.8); "After Russia rejected a ceasefire, Trump said …" gave Trump Russia's refusal (0.9). The sentences
were written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance

from helpers import STRIKE_ISSUES, STRIKE_SIDES, positions_read

FOR, AGAINST = Stance.FOR, Stance.AGAINST



def _folder_positions(tmp_path, sentence: str) -> set:  # noqa: ANN001
    (tmp_path / "sides.toml").write_text(STRIKE_SIDES)
    (tmp_path / "issues.toml").write_text(STRIKE_ISSUES)
    (tmp_path / "a.txt").write_text(f"Bin strike notes\n\n{sentence}\n")
    from briefing.load import load_briefing
    return {(p.side, p.issue, p.stance) for p in load_briefing(tmp_path, use_cache=False).positions}


@pytest.mark.parametrize("sentence", [
    "Peskov declined to say when Russia would accept a ceasefire.",
    "Peskov would not say when Putin would agree to a truce.",
    "Peskov refused to say how soon Moscow could accept a ceasefire.",
    "Peskov declined to tell reporters when Russia would agree to a ceasefire.",
    "The Kremlin has not yet said if it will accept the truce.",
])
def test_a_silence_on_a_question_is_no_stance(sentence: str) -> None:
    """What is left unsaid ("when", "how soon", "if") is no refusal (main: Russia *against*, 0.85)."""
    assert not any(issue == "ceasefire" for _s, issue, _st in positions_read(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: a negation of the cue itself, a refusal of the act, a silence on a reason (positions41) still read
    ("Peskov said Russia would not accept a ceasefire.", ("russia", "ceasefire", AGAINST)),
    ("Russia declined to accept a ceasefire.", ("russia", "ceasefire", AGAINST)),
    ("Putin refused to agree to a truce.", ("russia", "ceasefire", AGAINST)),
])
def test_a_refusal_is_still_read(sentence: str, expected: tuple) -> None:
    assert expected in positions_read(sentence)


@pytest.mark.parametrize("sentence", [
    "Putin wants to end the war.",
    "Putin called for an end to the war.",
    "Lavrov said Moscow sought a lasting end to the conflict.",
    "Zelensky said Ukraine was ready to end the war.",
    "Trump wants to end the three-year-long war quickly.",
    "After a call, Trump and Putin agreed to seek a negotiated end to the fighting.",
    "Rubio said the talks were meant to bring a permanent end to the war.",
])
def test_an_end_of_the_war_names_no_order(sentence: str) -> None:
    """The proposition is "A ceasefire comes before a settlement": wanting the war to end says neither (main: each
    *for*, 0.9–0.95, Putin's in the default band)."""
    assert not any(issue == "ceasefire" for _s, issue, _st in positions_read(sentence))


@pytest.mark.parametrize(("sentence", "expected"), [
    # a stop or a halt of the fighting or the war, a truce, names the proposition itself
    ("Putin rejected a ceasefire.", ("russia", "ceasefire", AGAINST)),
    ("Zelensky wants to stop the fighting now.", ("ukraine", "ceasefire", FOR)),
    ("Zelensky said he wanted to stop this senseless war.", ("ukraine", "ceasefire", FOR)),
    ("Starmer wants to stop the fighting.", ("europe", "ceasefire", FOR)),
    ("Lavrov insisted that Russia will not stop the war until its goals are met.", ("russia", "ceasefire", AGAINST)),
])
def test_a_stop_to_the_fighting_still_reads(sentence: str, expected: tuple) -> None:
    assert expected in positions_read(sentence)


@pytest.mark.parametrize(("sentence", "wrong"), [
    # "refuse" the noun (rubbish) is no refusal
    ("Since refuse collectors began an open-ended strike, the council leader has said little.",
     ("council", "strike", AGAINST)),
    ("Refuse collectors went on strike, and the council said it would keep talking.", ("council", "strike", AGAINST)),
    # a cue after the comma that closes a clause opening the sentence is the main clause's, about its own object
    ("Since workers went on an indefinite strike, the council leader said a fair offer was on the table.",
     ("council", "strike", FOR)),
    ("In her first interview since crews walked out on strike, Marlow said a fair offer was on the table.",
     ("council", "strike", FOR)),
])
def test_an_opening_clause_keeps_its_keyword(tmp_path, sentence: str, wrong: tuple) -> None:  # noqa: ANN001
    assert wrong not in _folder_positions(tmp_path, sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the refusal of the offer itself, and a main clause with the keyword of its own
    ("The union rejected the offer.", {("union", "offer", AGAINST)}),
    ("Since the strike began, the union has rejected the offer.", {("union", "offer", AGAINST)}),
])
def test_the_main_clause_still_reads(tmp_path, sentence: str, expected: set) -> None:  # noqa: ANN001
    assert _folder_positions(tmp_path, sentence) == expected


@pytest.mark.parametrize(("sentence", "right", "wrong"), [
    # the subject of a clause opening the sentence with "After"/"Before" holds its own cue, not the main speaker
    ("After Russia rejected a ceasefire, Trump said he was angry.", ("russia", "ceasefire", AGAINST),
     ("us", "ceasefire", AGAINST)),
    ("Before Putin rejected the truce, Trump said he was hopeful.", ("russia", "ceasefire", AGAINST),
     ("us", "ceasefire", AGAINST)),
    ("After the Kremlin turned down a ceasefire on Friday, Starmer said Europe would keep pressing.",
     ("russia", "ceasefire", AGAINST), ("europe", "ceasefire", AGAINST)),
])
def test_an_opening_clauses_subject_holds_its_cue(sentence: str, right: tuple, wrong: tuple) -> None:
    found = positions_read(sentence)
    assert right in found
    assert wrong not in found


def test_a_sides_noun_opening_a_clause_holds_its_cue(tmp_path) -> None:  # noqa: ANN001
    """"After the union rejected the offer, the council said …": the union's refusal (main: the council's, 0.8)."""
    found = _folder_positions(tmp_path, "After the union rejected the offer, the council said it was disappointed.")
    assert found == {("union", "offer", AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # guard: a noun after "the" in such a clause is no subject when the side's name comes later, as an object
    ("Support for Zelensky rose after the military aid to Ukraine resumed.", set()),
])
def test_an_object_in_an_opening_clause_holds_nothing(sentence: str, expected: set) -> None:
    assert {k for k in positions_read(sentence) if k[0] == "ukraine"} == expected
