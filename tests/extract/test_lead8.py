"""Classes from the lead's blind sets of the eighth session (a president's offer to resign, a threat of
sanctions, a prime minister's article on troops), on sentences written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.model import Stance
from helpers import quotes_of
from tests.extract.test_positions import positions_of


def test_a_name_in_an_if_clause_is_not_the_speaker_of_a_coordinated_verb(tmp_path: Path) -> None:
    # The subject of "said" is the chancellor, left out after "but"; Putin is the subject of the if-clause only.
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Chancellor Olaf Scholz spoke in Berlin on Monday.\n"
        "The chancellor conceded the plan could leave soldiers “exposed to real danger” if Vladimir Putin strikes "
        "again, but said “a firm guarantee protects the whole continent” and more.\n"))
    assert quotes.get("a firm guarantee protects the whole continent") is None


def test_a_name_that_is_the_subject_of_both_verbs_still_speaks(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Vladimir Putin ordered new strikes on Kyiv, but said “we are ready for talks at any time” on Friday.\n"))
    assert quotes["we are ready for talks at any time"] == ids["Vladimir Putin"]


def test_no_stance_of_the_if_clauses_subject_from_anothers_words() -> None:
    sentence = ("The chancellor conceded the plan could leave soldiers “exposed to real danger” if Vladimir Putin "
                "strikes again, but said “every effort at helping to guarantee Ukraine’s security” matters to Europe.")
    assert not any(side == "russia" for side, _issue, _stance in positions_of(sentence))


@pytest.mark.parametrize("sentence", [
    # "against" belongs to the sanctions; the truce is what ends them, not something opposed
    "Trump weighs tough sanctions against Russia until a ceasefire is reached.",
    "The White House is considering tariffs against Moscow until a ceasefire is agreed.",
])
def test_sanctions_against_a_country_until_a_truce_are_no_stance_against_the_truce(sentence: str) -> None:
    assert not any(issue == "ceasefire" and stance == Stance.AGAINST for _side, issue, stance in positions_of(sentence))


def test_a_condition_before_any_truce_still_reads_as_a_condition() -> None:
    # ("before any" is a condition cue, not a clause of its own)
    assert ("russia", "ceasefire", Stance.CONDITIONAL) in positions_of(
        "The Kremlin on Thursday listed the questions it wants answered before any ceasefire in Ukraine.")


def test_an_appositive_with_its_own_subject_does_not_turn_the_speakers_stance() -> None:
    # (the stance of "oppose" is Washington's, in a clause of its own: never Zelensky's, turned against NATO)
    sentence = ("Zelensky said he would quit in exchange for Kyiv joining NATO, an outcome that Washington "
                "seems to oppose.")
    assert ("ukraine", "nato", Stance.AGAINST) not in positions_of(sentence)


@pytest.mark.parametrize("article", [
    'Sybiha spoke to reporters at the "Ukraine. Europe 2030" forum in Lviv on Tuesday.\n',
    "Zelensky told guests at the “Kyiv. Spring 2025” conference that more was needed.\n",
])
def test_a_quoted_name_of_a_conference_is_no_ones_words(tmp_path: Path, article: str) -> None:
    quotes, _ids = quotes_of(tmp_path, "A headline\n" + article)
    assert not any(speaker is not None for speaker in quotes.values())


def test_furniture_lines_of_scraped_pages_seen_in_the_eighth_sessions_sets() -> None:
    from helpers import marked_lines

    lines = marked_lines(
        "Envoys meet again in Geneva\n\n"
        "archived 4 Mar 2025 06:12:09 UTC\nNews Article\nLoading...\n\n"
        "Sign up now: Get the morning briefing on the region's politics\n\n"
        "Olena Marchuk, Odesa, March 4, 2025. REUTERS/Jan Kowal\n\n"
        " date 2025-03-04 World\n\n"
        "by · The Daily Courier\n\n"
        "The envoys met for four hours on Tuesday and agreed to meet again within a fortnight, officials said.\n\n"
        "— Senator Jo Roe (@senjoroe) March 4, 2025\n\n"
        "Minister Olena Marchuk greets envoys at the port of Odesa, Ukraine, March 3, 2025.Photo Credit: Army "
        "Staff Sgt. Jo Roe\n\n"
        "The talks will resume next week, the ministry said in a statement after the meeting ended.\n")
    assert all(marked for line, marked in lines.items()
               if not line.startswith(("Envoys meet", "The envoys", "The talks"))), lines
    assert not lines["The envoys met for four hours on Tuesday and agreed to meet again within a fortnight, "
                     "officials said."]
    assert not lines["Envoys meet again in Geneva"]


def test_a_country_after_said_is_not_a_person(tmp_path: Path) -> None:
    # "said Türkiye …" had made Türkiye a person introduced by its speech verb
    from briefing.load import load_briefing
    from helpers import write_folder

    write_folder(tmp_path, {"a.txt": "A headline\n\nForeign Minister Hakan Fidan said Türkiye, like its neighbours, "
                                     "deserves a place at the talks.\n"})
    names = {a.name for a in load_briefing(tmp_path, use_cache=False).actors if a.origin == "auto"}
    assert "Türkiye" not in names
