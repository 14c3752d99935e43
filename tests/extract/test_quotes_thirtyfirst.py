"""Quote classes of the "quotes31" helper (issue 10, fourteenth session), on articles written for these tests: the
prose and every quotation are invented. A short quoted term inside a question put to someone by no one named
("responded to questions about whether he kept a “…”") or as the object of a possession someone denies ("insisted
he had never kept a “…”") is the askers' or accusers' wording, not the answerer's: speaker unknown. Guards: the
asker's own words ("Y asked whether …") and a possession not denied stay with the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import quotes_of, speaker_named

HEAD = ("Nominee faces the committee\n\nKash Patel appeared before the Senate Judiciary Committee on Thursday for a "
        "long day of testimony.\n\n")
TAIL = "\n\nA committee vote is expected next week.\n"


@pytest.mark.parametrize(("sentence", "words"), [
    # main: Kash Patel (said-before) for the askers' or accusers' term
    ("Patel insisted to senators he did not have a “revenge roster” and that the bureau would serve everyone.",
     "revenge roster"),
    ("Patel responded to inquiries about whether he kept a “revenge roster” and assured the panel he would serve "
     "everyone.", "revenge roster"),
    ("Patel insisted he had never kept a “revenge roster” at all.", "revenge roster"),
    ("Patel replied to questions over whether he keeps a “list of foes” by praising field agents.", "list of foes"),
    ("Patel told senators he had no “revenge roster” and never would.", "revenge roster"),
    ("Patel, who denied any “revenge roster”, said he would serve all.", "revenge roster"),
])
def test_a_term_echoing_a_question_or_a_denied_thing_is_no_ones(tmp_path: Path, sentence: str, words: str) -> None:
    assert speaker_named(tmp_path, HEAD + sentence + TAIL, words)[0] is None


@pytest.mark.parametrize(("sentence", "speaker"), [
    # guards: the asker's own words; a possession the speaker affirms
    ("Senator Amy Klobuchar asked whether the nominee kept a “revenge roster” at home.", "Amy Klobuchar"),
    ("Patel said he had a “clear agenda” for the bureau.", "Kash Patel"),
])
def test_the_askers_or_an_affirmed_term_keeps_its_speaker(tmp_path: Path, sentence: str, speaker: str) -> None:
    words = sentence.split("“")[1].split("”")[0]
    assert speaker_named(tmp_path, HEAD + sentence + TAIL, words)[0] == speaker


LEVIES = ("Tariff fight cools\n\nCommerce Secretary Howard Lutnick spoke on Tuesday as President Donald Trump weighed "
          "new levies.\n\n")
PLAN = "We have dropped that plan for now and stay at the old rate"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # main: the person or role named inside the question (Donald Trump; Howard Lutnick for the last)
    (f"Lutnick, asked by a television network on Tuesday if the president still plans the higher levies, replied, "
     f"“{PLAN}.”", "Howard Lutnick"),
    (f"Lutnick, pressed by reporters about what the president wants, said: “{PLAN}.”", "Howard Lutnick"),
    (f"Lutnick, questioned by reporters over whether Trump would back down, told them: “{PLAN}.”", "Howard Lutnick"),
    (f"Trump, asked whether Lutnick had spoken for him, said: “{PLAN}.”", "Donald Trump"),
])
def test_a_question_set_off_before_the_verb_does_not_name_the_speaker(tmp_path: Path, sentence: str,
                                                                      speaker: str) -> None:
    assert speaker_named(tmp_path, LEVIES + sentence + TAIL, PLAN)[0] == speaker


COIN = "Coin row grows\n\nPresident Javier Milei faced questions from lawmakers on Monday.\n\n"
GROWTH = "lift the whole economy of the country"


@pytest.mark.parametrize("sentence", [
    # main: speaker unknown ("called" of "so-called" read as a finite speech verb before the participle)
    f"On Friday, President Javier Milei posted about the so-called Tango coin, saying it would “{GROWTH}” soon.",
    f"Milei wrote about the so called Tango coin on Friday, saying it would “{GROWTH}” soon.",
])
def test_so_called_holds_no_speech_verb(tmp_path: Path, sentence: str) -> None:
    assert speaker_named(tmp_path, COIN + sentence + TAIL, GROWTH)[0] == "Javier Milei"


HEALTH = ("Hearings continue\n\nRobert F. Kennedy Jr, the pick for health secretary, faced a second panel on "
          "Thursday.\n\n")
DOUBT = "I am not sure anyone can prove that for certain"


@pytest.mark.parametrize("opening", ["During", "Despite", "Following"])
def test_a_preposition_before_a_surname_is_no_given_name(tmp_path: Path, opening: str) -> None:
    # main: speaker unknown ("During Kennedy" read as another person sharing the surname, so no "Kennedy" resolved)
    article = HEALTH + f"{opening} Kennedy’s testimony, he held firm on his views. Kennedy said “{DOUBT}”."
    assert speaker_named(tmp_path, article + TAIL, DOUBT)[0] == "Robert F. Kennedy Jr"


PANEL = ("Panel split\n\nSenator Chuck Grassley chairs the committee, and Senator Amy Klobuchar sits on it.\n\n"
         "Kash Patel testified for five hours on Thursday.\n\n")
ANSWERED = "answered every question this panel put"


@pytest.mark.parametrize(("sentence", "speaker"), [
    # main: speaker unknown (a possessor's noun of saying before the participle; "writing" no speech verb)
    (f"Klobuchar remarked on Patel’s statements, asserting, “These posts are his and he {ANSWERED} badly.”",
     "Amy Klobuchar"),
    (f"Grassley declined the request, writing that the nominee “has {ANSWERED} to him”.", "Chuck Grassley"),
    # main: Chuck Grassley (the clause after ", and" has a subject of its own, unnamed)
    (f"Grassley spoke briefly, and the nominee said “I have {ANSWERED} to me”.", None),
])
def test_the_clause_that_governs_the_quote_names_its_speaker(tmp_path: Path, sentence: str,
                                                             speaker: str | None) -> None:
    words = sentence.split("“")[1][:12]
    assert speaker_named(tmp_path, PANEL + sentence + TAIL, words)[0] == speaker


def test_a_later_speech_verb_with_its_own_quote_does_not_take_an_earlier_one(tmp_path: Path) -> None:
    # main: Javier Milei for the critics' phrase (the sentence's later "said" read as the first quote's verb)
    sentence = "Critics mocked the “voice of the saver” on Monday, and Milei said “we will not change course at all”."
    assert speaker_named(tmp_path, COIN + sentence + TAIL, "voice of the saver")[0] is None
    assert speaker_named(tmp_path, COIN + sentence + TAIL, "we will not change")[0] == "Javier Milei"


@pytest.mark.parametrize("verb", ["had", "would", "has", "did not"])
def test_a_single_quoted_word_ending_in_s_before_a_verb_closes_its_quotation(tmp_path: Path, verb: str) -> None:
    # main: "carelessness' had cost … 'He cannot …" as one quotation (the mark read as a plural possessive)
    article = (COIN + f"Opposition lawmaker Maria Gomez said the president's 'carelessness' {verb} cost small savers "
               "a fortune. 'He cannot hide behind a private account,' she told reporters.\n\nMore hearings follow.\n")
    quotes, _ids = quotes_of(tmp_path, article)
    assert "He cannot hide behind a private account," in quotes
    assert not any("savers" in text for text in quotes)
