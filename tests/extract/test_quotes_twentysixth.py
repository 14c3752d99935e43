"""Quote classes of the "quotes26" helper (issue 10, thirteenth session), on articles written for these tests: the
prose and every quotation are invented. A possessor before a capitalised title ("Trump’s Secretary of State X")
is not the pronoun's person: the title's holder is. A quote opening the sentence after a two-sentence quote
whose attribution closes that sentence ("“A. B,” said X. “C”") is X's. A quotation on a line of its own ending
with a comma, with its attribution on the next line ("“…,” / Mr X said."), is X's, not the last speaker's."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Talks resume\n\nPresident Donald Trump met donors in New York on Monday. He spoke for an hour about "
        "the budget.\n\n")
TAIL = "\n\nMore talks are planned for the spring.\n"
WORDS = "Nobody is walking away from the table"


@pytest.mark.parametrize(("subject", "speaker"), [
    # main: Trump, the possessor (0.92, said-after through "he")
    ("Trump’s Secretary of State Marco Rubio, back from a tour of the Gulf,", "Marco Rubio"),
    ("Trump's Deputy Chief of Staff Stephen Miller, who drafted the order,", "Stephen Miller"),
    ("Trump’s Special Envoy Steve Witkoff, speaking from Doha,", "Steve Witkoff"),
])
def test_a_possessor_before_a_capitalised_title_is_not_the_pronouns_person(
        tmp_path: Path, subject: str, speaker: str) -> None:
    line = f"{subject} defended the plan on Tuesday. “{WORDS},” he told the hosts."
    assert speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0] == speaker


def test_the_possessors_own_sentence_keeps_its_subject(tmp_path: Path) -> None:
    # guard: the possessor is the subject, the title's holder an object
    line = f"Trump, annoyed by the delay, phoned his Secretary of State Marco Rubio on Tuesday. “{WORDS},” he said."
    assert speaker_named(tmp_path, HEAD + line + TAIL, WORDS)[0] == "Donald Trump"


RESCUE = ("Floods recede\n\nGeneral Amira Saleh, who leads the relief effort, spoke in Multan on Thursday.\n\n"
          "The water has fallen by a metre since the weekend.\n\n")


def test_a_quote_after_a_two_sentence_quote_is_its_speakers(tmp_path: Path) -> None:
    # main: unknown (the full stop inside the first quote split it across two sentences, so "the quote before
    # lies in the sentence before" failed)
    line = ("“The last village has been reached. Every family there is safe,” said General Saleh. "
            "“It took boats, helicopters and a great deal of patience.”")
    assert speaker_named(tmp_path, RESCUE + line + TAIL, "It took boats")[0] == "Amira Saleh"


def test_a_quote_after_another_speakers_sentence_is_not_carried(tmp_path: Path) -> None:
    # guard: a sentence of someone else between the two quotes
    line = ("“The last village has been reached. Every family there is safe,” said General Saleh. "
            "The mayor Tomas Berg disagreed. “It took boats, helicopters and a great deal of patience.”")
    assert speaker_named(tmp_path, RESCUE + line + TAIL, "It took boats")[0] != "Amira Saleh"


DAM = ("Ministers trade barbs over the dam\n\nThe water ministers of two neighbouring states clashed on Friday over "
       "a dam on their shared river. Minister Omar Haddad of the upstream state opened the meeting with a warning.\n"
       "“The reservoir will be filled on our schedule and no one else's,”\nMr Haddad said.\n"
       "“Every farmer downstream will pay for this decision with a ruined harvest,”\n{credit}\n"
       "Minister Erik Lindqvist later left the meeting early.\n")


@pytest.mark.parametrize(("credit", "speaker"), [
    # main: Haddad, the sentence before's subject (paragraph-before, 0.6), for both
    ("Mr Lindqvist said.", "Erik Lindqvist"),
    ("Lindqvist told reporters.", "Erik Lindqvist"),
    # someone named only there: that name (the people pass makes the person), never the last speaker
    ("Mr Petrov added.", "Petrov"),
])
def test_an_attribution_on_the_line_after_its_quote_is_the_quotes(tmp_path: Path, credit: str,
                                                                 speaker: str | None) -> None:
    article = DAM.format(credit=credit)
    assert speaker_named(tmp_path, article, "The reservoir will")[0] == "Omar Haddad"
    assert speaker_named(tmp_path, article, "Every farmer downstream")[0] == speaker


COURT = ("Court halts the transfer\n\nU.S. District Judge Anna Kowalczyk ordered the transfer stopped on Saturday "
         "evening.{between}\n\n“The coaches are already on the motorway. This court will not stand by,” the {noun} told "
         "a radio station.\n\nLawyers for the state said they would appeal.\n")


@pytest.mark.parametrize(("between", "noun", "speaker"), [
    # "the judge": the article's one titled judge (main: unknown, "judge" was no bare role)
    ("", "judge", "Anna Kowalczyk"),
    # guard: someone unnamed with the title stands between, so "the judge" may be that one: no one
    (" Years ago an immigration judge had ruled the other way.", "judge", None),
])
def test_the_judge_is_the_articles_one_judge_unless_another_is_unnamed(
        tmp_path: Path, between: str, noun: str, speaker: str | None) -> None:
    article = COURT.format(between=between, noun=noun)
    assert speaker_named(tmp_path, article, "The coaches are already")[0] == speaker


def test_an_unnamed_minister_before_the_minister_leaves_it_unknown(tmp_path: Path) -> None:
    # main: the article's one titled minister, though "a minister" was the nearer holder
    article = ("Cabinet row\n\nMinister Anna Kowalczyk presented the budget on Monday. On Tuesday a junior "
               "minister resigned in protest.\n\n“I could not sign my name under these cuts,” the minister "
               "told a radio station.\n\nThe vote is due next week.\n")
    assert speaker_named(tmp_path, article, "I could not sign")[0] is None
