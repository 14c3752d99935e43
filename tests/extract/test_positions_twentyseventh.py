"""Position classes from the twenty-seventh positions helper (a proposition that stops what its keywords name; a cue
inside an opening clause of contrast or time; a purpose cue after the keyword), on sentences written for these
tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.load.extract import extract
from briefing.load.extract.boilerplate import find_regions
from briefing.load.extract.proposition_stops import keywords_name_of
from briefing.model import Issue, Source, Stance
from tests.extract.test_positions import ACTORS, ISSUES

#: A folder's own issue whose proposition is the end of what its keywords name.
SMUGGLING = Issue(id="smuggling", name="Smuggling", proposition="Arms smuggling across the border is stopped",
                  keywords=["arms smuggling", "smuggling"])


def positions_with(sentence: str, issues: list[Issue]) -> set[tuple[str, str, Stance]]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance) for p in extract([source], ACTORS, issues, workers=1).positions}


@pytest.mark.parametrize(("sentence", "expected"), [
    # stopping what the keyword names is *for* a proposition that says it is stopped (these read *against*, 0.9)
    ("Washington sent agents to the frontier to stop the arms smuggling, the White House said.",
     {("us", "smuggling", Stance.FOR)}),
    ("The Pentagon vowed to halt smuggling on the southern frontier.", {("us", "smuggling", Stance.FOR)}),
])
def test_stopping_what_a_stopping_proposition_names_is_for_it(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES + [SMUGGLING]) == expected


@pytest.mark.parametrize(("proposition", "keywords", "named", "expected"), [
    ("Arms smuggling across the border is stopped", ["smuggling"], "proposition", "opposite"),
    ("Tariffs on European steel are lifted for good", ["tariffs"], "proposition", "opposite"),
    ("Strikes on power plants stop", ["strikes"], "proposition", "opposite"),
    # guards: no stopping verb; the keyword not in the proposition's subject; the file's own word
    ("Ukraine may join NATO", ["NATO membership", "NATO"], "proposition", "proposition"),
    ("Tariffs on European steel take effect", ["tariffs"], "proposition", "proposition"),
    ("Sanctions on Russia are eased", ["relief"], "proposition", "proposition"),
    ("Sanctions on Russia are eased", ["sanctions"], "either", "either"),
])
def test_what_the_keywords_of_a_stopping_proposition_name(proposition: str, keywords: list[str], named: str,
                                                           expected: str) -> None:
    issue = Issue(id="x", name="X", proposition=proposition, keywords=keywords, keywords_name=named)
    assert keywords_name_of(issue) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a cue inside an opening clause of contrast or time speaks of its own object, not of a keyword after the
    # clause's comma (these read the clause's subject for or against the ceasefire, 0.75-0.9)
    ("While Moscow accepted a prisoner swap, the ceasefire talks broke down.", set()),
    ("While Ukraine secured a pledge of weapons, the ceasefire remains far off.", set()),
    ("Although the Kremlin welcomed the envoy, a ceasefire is still months away.", set()),
    ("When Russia rejected the plan, a ceasefire slipped out of reach.", set()),
])
def test_a_cue_in_an_opening_clause_is_not_about_the_main_clause(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # guards: the keyword inside the opening clause keeps the clause's stance
    ("While Ukraine accepted the ceasefire, Russia kept shelling its towns.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Although Russia rejected a ceasefire, it agreed to exchange prisoners.",
     {("russia", "ceasefire", Stance.AGAINST)}),
])
def test_a_keyword_inside_the_opening_clause_keeps_its_stance(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


#: A folder's own issue on tariffs.
TARIFFS = Issue(id="tariffs", name="Tariffs", proposition="US tariffs on European steel take effect",
                keywords=["tariffs", "tariff"])


@pytest.mark.parametrize(("sentence", "expected"), [
    # a purpose cue after the keyword is the aim of the thing the keyword names (these read Europe *for* the US
    # tariffs, 0.8)
    ("Brussels said it would roll out tariff measures aimed at shielding European steel makers.", set()),
    ("The European Commission prepared tariffs aimed at American whiskey and motorcycles.", set()),
    # guard: the keyword after the purpose cue is its object
    ("Ukraine aims to join NATO within a decade.", {("ukraine", "nato", Stance.FOR)}),
])
def test_a_purpose_cue_after_the_keyword_is_its_aim(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES + [TARIFFS]) == expected


def confidences_of(sentence: str) -> set[tuple[str, str, Stance, float]]:
    text = f"Talks go on\n\n{sentence}\n"
    source = Source(file="a.txt", text=text, regions=tuple(find_regions(text)))
    return {(p.side, p.issue, p.stance, p.confidence) for p in extract([source], ACTORS, ISSUES, workers=1).positions}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a title-case headline: capitals no longer tell names from words, so its holder is unsure (0.9 before)
    ("Trump Backs Ceasefire After Country Agrees to Talks", {("us", "ceasefire", Stance.FOR, 0.6)}),
    ("Zelensky Welcomes Truce as Envoys Meet", {("ukraine", "ceasefire", Stance.FOR, 0.6)}),
    # guards: prose keeps its confidence, whatever its first word
    # (the strict shape since positions30: a named subject, one verb, its object)
    ("Ukraine accepted the ceasefire after Russia agreed to talks.", {("ukraine", "ceasefire", Stance.FOR, 0.95)}),
    ("Backing the ceasefire, Zelensky said Ukraine accepted the truce.", {("ukraine", "ceasefire", Stance.FOR, 0.9)}),
])
def test_a_title_case_headline_is_read_with_less_confidence(sentence: str, expected: set) -> None:
    assert confidences_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a negation between the cue and the keyword that turns no cue: the clause's lean is not read (these read the
    # agreement as *for*, 0.9: the second is Russia *for* NATO membership)
    ("Trump said he had agreed that Ukraine would not be asked to give NATO membership a second thought.", set()),
    ("Lavrov said Moscow agreed that Kyiv would not be granted NATO membership.", set()),
    # guards: a negation that turns a cue, or one before the cue, is read as before
    ("Russia will not accept a ceasefire.", {("russia", "ceasefire", Stance.AGAINST)}),
    ("Kyiv backed a ceasefire that does not freeze the front line.", {("ukraine", "ceasefire", Stance.FOR)}),
])
def test_a_negation_that_turns_no_cue_leaves_no_stance(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a participle cue right after the keyword is the keyword's thing's act (these read the signer *against* it)
    ("Zelensky signed a ceasefire Wednesday banning attacks on ports.", {("ukraine", "ceasefire", Stance.FOR)}),
    ("Trump signed military aid blocking nothing.", set()),
    # guard: the participle before the keyword keeps its reading
    ("Putin signed laws Wednesday banning any NATO membership talks.", {("russia", "nato", Stance.AGAINST)}),
])
def test_a_participle_after_the_keyword_is_its_own_act(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the keyword as the reason for what was done to a person: his stance, not the agent's (these read the court's
    # side for or against NATO membership)
    ("A Kyiv court banned him from office over his support for NATO membership.", set()),
    ("A Moscow court barred him from the race over his backing of a ceasefire.", set()),
    ("A Kyiv court banned her from office over her support for the ceasefire.", set()),
    # guard: the agent's own act on the keyword
    ("Russia rejected NATO membership for Ukraine.", {("russia", "nato", Stance.AGAINST)}),
])
def test_a_keyword_given_as_the_reason_for_an_act_on_a_person_is_no_stance(sentence: str, expected: set) -> None:
    assert positions_with(sentence, ISSUES) == expected
