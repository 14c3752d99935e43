"""Quote classes of the "quotes30" helper (issue 10, fourteenth session), on articles written for these tests: the
prose and every quotation are invented. A pronoun right after an opening clause's comma ("While in the state house,
she …, working beside Rep. X") is the main clause's subject, so a later "she wrote" is not X's; a name after a
speech verb with more words before the next comma (", a swing vote, challenged Y on her record,") is the verb's
object, not an attribution set into the sentence; words quoted inside a document's content clause after the verb
("…, pointing to findings that it did “…”") are the document's."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Nominee faces a long day in the Senate\n\nMaria Okafor, a former state auditor, testified before the Senate "
        "Ethics Committee on Tuesday. If confirmed, Okafor would run forty field offices.\n\n")
WORDS = "Nobody who uncovers waste should lose a job over it"
TAIL = "\n\nThe committee votes next week.\n"


@pytest.mark.parametrize("opening", [
    # main: Daniel Brandt (the pronoun after the clause's comma was skipped as if it were the clause's own)
    "While serving in the state house, she sponsored a bill to shield auditors, working beside then-Rep. "
    "Daniel Brandt, R-Ohio.",
    "When still a state lawmaker, she wrote a rule for auditors, helped by then-Rep. Daniel Brandt, R-Ohio.",
])
def test_a_pronoun_after_an_opening_clause_is_the_subject_not_the_name_after_it(tmp_path: Path, opening: str) -> None:
    article = HEAD + f"{opening} Back then, she praised auditors for their nerve.\n\n“{WORDS},” she wrote in 2018."
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] == "Maria Okafor"


def test_a_pronoun_inside_the_opening_clause_still_points_after_it(tmp_path: Path) -> None:
    # guard: "When she took office, Okafor …": the clause's pronoun is Okafor, named after its comma
    article = HEAD + (f"When she took office, Maria Okafor hired forty auditors, working beside Daniel Brandt.\n\n"
                      f"“{WORDS},” she said.")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] == "Maria Okafor"


SENATOR = "Sen. Karen Holt (R-Ind.), a swing vote,"


def test_a_name_after_the_verb_with_more_words_is_its_object(tmp_path: Path) -> None:
    # main: Maria Okafor (", challenged Okafor on …," read as an inserted ", said X,")
    article = HEAD + f"{SENATOR} challenged Okafor on her state house record, its “quiet favours to donors” above all."
    assert speaker_named(tmp_path, article + TAIL, "quiet favours")[0] == "Karen Holt"


@pytest.mark.parametrize("sentence", [
    # main: Maria Okafor
    f"{SENATOR} challenged Okafor on the bill, pointing to findings that it did “lasting harm to every audit”.",
    # main: Karen Holt
    "Holt said the bill was flawed, citing a review which found it did “lasting harm to every audit”.",
])
def test_words_inside_a_documents_clause_are_no_ones_we_name(tmp_path: Path, sentence: str) -> None:
    article = HEAD + f"{SENATOR} spoke after the nominee.\n\n{sentence}"
    assert speaker_named(tmp_path, article + TAIL, "lasting harm")[0] is None


def test_a_that_clause_after_reporters_stays_the_speakers(tmp_path: Path) -> None:
    # guard: "told reporters that …" is no document's clause
    article = HEAD + f"{SENATOR} told reporters that the bill had done “lasting harm to every audit”."
    assert speaker_named(tmp_path, article + TAIL, "lasting harm")[0] == "Karen Holt"


@pytest.mark.parametrize("verb", ["said:", "added:", "then said:"])
def test_a_second_quote_after_and_a_verb_and_a_colon_shares_the_first_ones_speaker(tmp_path: Path, verb: str) -> None:
    # main: speaker unknown (the colon before the second quote stopped the coordinated verb's match)
    article = HEAD + (f"Okafor said that “the audit offices need more staff,” and {verb} “{WORDS}.”")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] == "Maria Okafor"


def test_another_subject_before_the_verb_and_colon_is_not_the_first_speaker(tmp_path: Path) -> None:
    # guard: "… “Q1,” and a senator said: “Q2”" has a subject of its own: never the first speaker's
    article = HEAD + ("Daniel Brandt, a senator from Ohio, spoke after her.\n\nOkafor said that “the audit offices "
                      f"need more staff,” and a senator from Ohio said: “{WORDS}.”")
    assert speaker_named(tmp_path, article + TAIL, WORDS)[0] != "Maria Okafor"


@pytest.mark.parametrize("tail", [
    "She read the statute aloud, expressing her “grave doubts about this choice”.",
    "She cited the statute’s “long experience in the field,” expressing her “grave doubts about this choice”.",
])
def test_expressing_after_a_comma_gives_the_sentences_subject(tmp_path: Path, tail: str) -> None:
    # main: speaker unknown ("expressing" was no participle of speech)
    article = HEAD + f"Sen. Karen Holt said the nominee lacked the experience the job needs. {tail}"
    assert speaker_named(tmp_path, article + TAIL, "grave doubts")[0] == "Karen Holt"


def test_expressing_without_a_comma_is_a_nouns_not_the_subjects(tmp_path: Path) -> None:
    # guard: "received a letter from Y expressing “…”" is not the receiver's
    article = HEAD + "Okafor received a letter from Senator Karen Holt expressing “grave doubts about this choice”."
    assert speaker_named(tmp_path, article + TAIL, "grave doubts")[0] != "Maria Okafor"
