"""Position classes from the ninth session's blind sets (sanctions on oil companies, a deadline of tariffs and arms
for Ukraine) and the brief's known classes, on sentences written for these tests: the prose is invented."""

from __future__ import annotations

import pytest

from briefing.model import Stance
from tests.extract.test_positions import positions_of


@pytest.mark.parametrize("sentence", [
    # one person's sanctions (lifted for a visit) are not the sanctions on his country
    "Washington briefly lifted its sanctions against Dmitriev so that he could fly in for the meeting.",
    "The Treasury lifted sanctions on Russian envoy Kirill Dmitriev for the duration of his trip.",
])
def test_sanctions_aimed_at_a_person_are_no_stance_on_sanctions(sentence: str) -> None:
    assert positions_of(sentence) == set()


def test_sanctions_on_a_country_and_a_person_still_read() -> None:
    assert positions_of("Washington eased sanctions on Russia and its envoy Kirill Dmitriev.") == {
        ("us", "sanctions", Stance.FOR)}


def test_a_cue_qualifying_a_noun_after_the_keyword_is_not_about_it() -> None:
    # "supporting" is what the organisations do, not a stance of the Kremlin's on the sanctions
    assert positions_of("The Kremlin listed sanctions on a farm lender and other organisations involved in "
                        "supporting grain trade.") == set()
    # the want before the keyword still reads
    assert positions_of("Moscow wants sanctions lifted on a farm lender and other firms supporting grain "
                        "exports.") == {("russia", "sanctions", Stance.FOR)}


@pytest.mark.parametrize("sentence", [
    # a body named after a country is not that country's government
    "The American Chamber of Commerce in Russia called for sanctions to be eased.",
    "The Russian Union of Industrialists urged an end to sanctions.",
    # …nor is a person whose role is at such a body (person_roles placed him with the US)
    "Robert Hale, president of the American Chamber of Commerce in Russia, said on Monday he wanted sanctions to be "
    "eased.",
])
def test_an_organisation_named_after_a_country_is_not_its_side(sentence: str) -> None:
    assert positions_of(sentence) == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    # the author of a document that opens the sentence holds what the document says
    ("A resolution drafted by the United States calls for a swift halt to the fighting.",
     {("us", "ceasefire", Stance.FOR)}),
    ("A draft resolution put forward by European countries demands an immediate ceasefire.",
     {("europe", "ceasefire", Stance.FOR)}),
    ("The resolution, drafted by France, demands an immediate ceasefire.", {("europe", "ceasefire", Stance.FOR)}),
])
def test_a_documents_author_holds_its_demand(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # imposing sanctions, or sanctioning a company of the side, is against easing them
    ("The United States imposed fresh sanctions on two Russian oil majors on Thursday.",
     {("us", "sanctions", Stance.AGAINST)}),
    ("Britain sanctioned Rosneft and Lukoil last week.", {("europe", "sanctions", Stance.AGAINST)}),
    ("The Treasury is sanctioning Russia's biggest gas exporter.", {("us", "sanctions", Stance.AGAINST)}),
    # an imposition in the past, or one that only describes the sanctions, is no stance now
    ("After the invasion, the United States imposed waves of sanctions on Moscow.", set()),
    ("Oil prices fell despite the sanctions imposed by the United States.", set()),
    # the adjective, and the passive without its agent, are no act
    ("Russia kept shipping its oil on sanctioned tankers.", set()),
    ("Rosneft was sanctioned last week.", set()),
])
def test_imposing_and_sanctioning_are_against_easing(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Trump said Washington would send more weapons to Ukraine within days.", {("us", "military_aid", Stance.FOR)}),
    ("Trump said he would impose secondary tariffs on buyers of Russian crude.", {("us", "sanctions", Stance.AGAINST)}),
    # reluctance to send troops stays one plain refusal (sending is a cue only before weapons)
    ("Germany was reluctant to send peacekeepers.", {("europe", "security_guarantees", Stance.AGAINST)}),
])
def test_weapons_sent_and_tariffs_imposed(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


def test_discussing_the_possibility_is_open() -> None:
    assert positions_of("European leaders discussed the possibility of sending peacekeepers.") == {
        ("europe", "security_guarantees", Stance.OPEN)}


def test_a_reason_in_an_opening_phrase_is_not_the_main_clauses_stance() -> None:
    # "Given X's refusal to …," gives the reason; the refusal is not read against what the main clause names
    assert positions_of("“Given the Kremlin’s refusal to stop this pointless war, the Treasury is sanctioning two of "
                        "Russia’s oil giants,” Marco Rubio said.") == {("us", "sanctions", Stance.AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("“It is time for a full ceasefire,” Rubio said on Friday.", {("us", "ceasefire", Stance.FOR)}),
    ("Kellogg praised Trump’s efforts to stop the fighting.", {("us", "ceasefire", Stance.FOR)}),
    ("Trump threatened tariffs on Russia on Monday.", {("us", "sanctions", Stance.AGAINST)}),
    ("Zelensky accepted a 30-day cease-fire on Tuesday.", {("ukraine", "ceasefire", Stance.FOR)}),
    # an effort no one possesses here names no holder's want ("Western efforts to isolate …" was the US's)
    ("The call broke Western efforts to isolate the Russian leader, Trump said.", set()),
])
def test_time_for_efforts_threats_and_cease_fire(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # a ban listed with the sanctions is another measure, not a refusal of them (held-out class)
    "The EU agreed an oil ban and sanctions on Russian banks.",
    "Brussels adopted new import bans and sanctions on shadow-fleet tankers.",
])
def test_a_ban_listed_with_sanctions_is_another_measure(sentence: str) -> None:
    assert positions_of(sentence) == {("europe", "sanctions", Stance.AGAINST)}


@pytest.mark.parametrize(("sentence", "expected"), [
    # a condition after an aside between dashes still conditions the clause around the aside
    ("Zelensky accepted the truce — a 30-day pause — if Russia does the same.",
     {("ukraine", "ceasefire", Stance.CONDITIONAL)}),
    # …and a threatened measure on a condition is no plain stance (the imposing cue alone read it as against)
    ("Trump has threatened to impose “secondary tariffs” on countries that buy goods — mostly oil — from Russia if "
     "Putin does not stop the war quickly.", set()),
])
def test_a_condition_after_a_dash_aside(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # pressure on a side to do something is the presser's want; the pressed side holds nothing here
    ("Washington is pressuring Kyiv into a ceasefire.", {("us", "ceasefire", Stance.FOR)}),
    ("Trump spoke of his pressure on Moscow to stop the fighting.", {("us", "ceasefire", Stance.FOR)}),
    ("Moscow came under pressure to stop the fighting.", set()),
])
def test_pressure_on_a_side_to_act(sentence: str, expected: set) -> None:
    assert positions_of(sentence) == expected
