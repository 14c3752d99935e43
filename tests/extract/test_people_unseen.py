"""People on stories the rules were not written on (issue 10, 5 December, fourth session): roles paired by
"respectively", a preposition before a title, nationalities outside the sides, names written with and without
accents or as a short form. The articles are invented for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from briefing.model import Briefing
from helpers import auto_people, load_articles

EXCHANGE = """\
Prisoner exchange completed at the border
The interior minister of Venezuela and the US special envoy, Ramiro Quintal and Dana Whitcombe respectively, signed the exchange papers on Friday.
The swap is a political gain for Venezuelan President Aurelio Mendaza, officials said.
Quintal said the prisoners would be home by the evening.
Whitcombe said the United States was grateful.
"""


@pytest.fixture(scope="module")
def exchange(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "exchange", {"exchange.txt": EXCHANGE})


def test_respectively_keeps_the_title_before_the_comma_from_the_first_name(exchange: Briefing) -> None:
    people = auto_people(exchange)
    quintal = people["Ramiro Quintal"]
    # (the title before the comma is Whitcombe's; which of the earlier ones is Quintal's is not read: no role)
    assert quintal.side != "us" and not any("US" in r.title for r in quintal.roles)


def test_a_role_does_not_start_with_a_preposition(exchange: Briefing) -> None:
    titles = [r.title for r in auto_people(exchange)["Aurelio Mendaza"].roles]
    assert titles == ["Venezuelan President"]


def test_a_nationality_no_side_claims_places_the_person_on_none_of_them(exchange: Briefing) -> None:
    mendaza = auto_people(exchange)["Aurelio Mendaza"]
    assert mendaza.placed and mendaza.side == "other"


SUMMIT_ONE = """\
Leaders meet in Porto
Portuguese Prime Minister António Ferreira welcomed the delegations on Monday.
Canadian envoy Richard Hollander said the talks would last two days.
"""
SUMMIT_TWO = """\
Porto talks end
Portuguese Prime Minister Antonio Ferreira closed the talks on Tuesday, and Ferreira said a text was agreed.
Canadian envoy Ric Hollander said the text was a start.
Richrad Hollander said later that more work was needed.
"""


@pytest.fixture(scope="module")
def summit(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "summit", {"one.txt": SUMMIT_ONE, "two.txt": SUMMIT_TWO})


def test_a_name_with_and_without_its_accents_is_one_person(summit: Briefing) -> None:
    ferreira = [a for a in auto_people(summit).values() if a.name.endswith("Ferreira")]
    assert len(ferreira) == 1
    assert {"António Ferreira", "Antonio Ferreira"} <= {a.text for a in ferreira[0].aliases}


def test_accents_and_short_given_names_are_variants_a_slip_is_a_misspelling() -> None:
    from briefing.load.extract.discrepancies import same_family

    assert same_family("Nicolas Maduro", "Nicolás Maduro")
    assert same_family("Ric Grenell", "Richard Grenell") and same_family("Richard Grenell", "Ric Grenell")
    assert not same_family("Richrad Grenell", "Richard Grenell")
    assert not same_family("Kier Starmer", "Keir Starmer")
    assert not same_family("Kaj Kallas", "Kaja Kallas")  # a letter dropped: a slip, not a short form


def test_a_short_given_name_and_a_slip_are_the_same_person(summit: Briefing) -> None:
    hollander = [a for a in auto_people(summit).values() if a.name.endswith("Hollander")]
    assert len(hollander) == 1
    spellings = {a.text: a.misspelling for a in hollander[0].aliases}
    assert spellings == {"Richard Hollander": False, "Ric Hollander": False, "Richrad Hollander": True,
                         "Hollander": False}


UNTITLED = """\
Canada Frees Detained Fishermen in Swap
Fishermen detained in March were flown home on Monday.
The deal keeps the terms of Mara Vintley’s old agreement for twelve more years.
Even Vintley herself attacked the deal on Tuesday, and the harbour towns joined her.
The delegates met at Castle Rowan on Monday, and Rowan residents watched from the quay.
"""


@pytest.fixture(scope="module")
def untitled(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "untitled", {"deal.txt": UNTITLED})


def test_a_name_with_no_formula_is_a_person_when_its_surname_acts_again(untitled: Briefing) -> None:
    people = auto_people(untitled)
    assert "Mara Vintley" in people and "Vintley" in {a.text for a in people["Mara Vintley"].aliases}
    assert not people["Mara Vintley"].placed  # no side given: unplaced, not guessed
    assert not any("Rowan" in name for name in people)  # a place whose name comes again before a plural noun
    assert not any("Fishermen" in name for name in people)  # a headline's words after a country's


VOTE = """\
Council backs new force
The resolution, co-sponsored by two members, passed with a 12-0 vote.
Haiti’s Permanent Representative to the UN, Odile Brunet, called the vote a turning point.
"""


def test_a_countrys_possessive_title_before_a_comma_introduces_and_places_the_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "vote", {"vote.txt": VOTE}))
    brunet = people["Odile Brunet"]
    assert [r.title for r in brunet.roles] == ["Haiti’s Permanent Representative to the UN"]
    assert brunet.side == "other" and brunet.placed


STATEMENT = """\
Exchange confirmed
Venezuelan President Aurelio Mendaza met the envoys on Friday.
The Mendaza government confirmed through a statement the release of a group granted “alternative measures to detention,” without naming them.
"""


def test_a_name_before_government_is_not_the_speaker(tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "statement", {"statement.txt": STATEMENT})
    quote = next(q for q in briefing.quotes if "alternative measures" in q.span.text)
    assert quote.speaker is None  # the government's words: speaker unknown, not Mendaza


def test_a_role_is_not_the_body_its_holder_heads(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = "Prisoners freed\nThe prisoners were freed by the government of President Aurelio Mendaza on Friday.\n"
    people = auto_people(load_articles(tmp_path_factory, "owned", {"owned.txt": text}))
    assert [r.title for r in people["Aurelio Mendaza"].roles] == ["President"]


def test_a_plural_group_opening_a_sentence_is_no_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    text = ("Border reopens\nTraders said the queue of lorries stretched for four kilometres. "
            "Residents said the road was closed overnight.\nCanadian envoy Lena Marsters said the talks would resume.\n")
    people = auto_people(load_articles(tmp_path_factory, "groups", {"groups.txt": text}))
    assert "Traders" not in people and "Residents" not in people
    assert "Lena Marsters" in people


KNIGHTS = """\
Summit in London
date 2025-03-02
Sir Keir Starmer welcomed leaders to Lancaster House on Sunday, with British Ambassador Sir Alan Brierly at his side.
Speaking at the summit, Sir Keir said a good outcome was "vital to the security of every nation here".
Sir Alan said the hall had not been so full since the war.
Sir Tobias said the doors would close at noon.
"""


def test_a_given_name_after_sir_is_the_one_person_of_that_name(tmp_path_factory: pytest.TempPathFactory) -> None:
    """British copy writes a knight by title and given name: "Sir Keir said". An unseen page made "Keir" a new
    person and gave him Starmer's quote. A given name after "Sir" or "Dame" introduces no one; it is the one
    person of the gazetteer or the article with that given name, else no one ("Sir Tobias")."""
    briefing = load_articles(tmp_path_factory, "knights", {"a.txt": KNIGHTS})
    names = {a.name for a in briefing.actors if a.origin == "auto"}
    assert "Alan Brierly" in names
    assert not {"Keir", "Alan", "Tobias"} & names, names
    quotes = {q.text: q.speaker for q in briefing.quotes}
    assert quotes["vital to the security of every nation here"] == "starmer"
    alan = next(a.id for a in briefing.actors if a.name == "Alan Brierly")
    said = [m for m in briefing.mentions.of_actor(alan)]
    assert len(said) == 2, said  # "Sir Alan Brierly" and "Sir Alan"
