"""Speaker and quote-style classes from the "quotes" helper's blind sets of the sixth session (an AI summit, a
visit to an Arctic base), on articles written for these tests: the prose and every quotation are invented.
Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_pronoun_whose_sentence_before_names_someone_after_the_same_pronoun_keeps_its_person(
        tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten praised the islanders on Monday.\n"
        "Marten warned that the pressure had not eased. That was plain from “what he keeps saying on the "
        "radio,” she said, recalling an interview in which President Tomas Reker repeated his demand.\n"
        "She added that the neighbours would keep trying to “bend every rule to suit themselves,” whatever "
        "the island thought.\n"))
    assert quotes["what he keeps saying on the radio,"] == ids["Ilse Marten"]
    # Not Reker, named after "she" in the sentence before: the pronoun there is Marten, and so is this one.
    assert quotes["bend every rule to suit themselves,"] == ids["Ilse Marten"]


def test_a_chain_of_the_same_pronoun_longer_than_one_step_is_no_ones(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten spoke after President Tomas Reker on Monday.\n"
        "She said nothing of the plan for weeks, and she met Reker twice.\n"
        "She later said that the talks were “going nowhere at all for now.”\n"))
    assert quotes["going nowhere at all for now."] in (None, ids["Ilse Marten"])  # never Reker


def test_a_spokesperson_for_someone_is_not_that_person(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker stayed at home this week.\n"
        "A spokesperson for Prime Minister Tomas Reker has said the government would “only ever sign what "
        "serves the country.”\n"
        "“We will read the final text again next week,” a spokesman for President Ilse Marten said.\n"))
    assert quotes["only ever sign what serves the country."] is None
    assert quotes["We will read the final text again next week,"] is None


def test_a_double_prime_and_doubled_apostrophes_as_quotation_marks(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker and Commissioner Ilse Marten spoke at the forum.\n"
        "“We stand at the start of a new age of machines,″ Reker said. ’’But it will not come if the rules "
        "hold back the builders.″\n"
        "Marten stressed that, “Trust is what the new tools need most of all.''\n"))
    assert quotes["We stand at the start of a new age of machines,"] == ids["Tomas Reker"]
    assert quotes["But it will not come if the rules hold back the builders."] == ids["Tomas Reker"]
    assert quotes["Trust is what the new tools need most of all."] == ids["Ilse Marten"]


def test_a_reporting_participle_takes_its_sentences_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker addressed the forum in the capital, reaffirming his pledge to keep the new tools "
        "“free from any party line” for good.\n"))
    assert quotes["free from any party line"] == ids["Tomas Reker"]


def test_a_pronoun_in_a_clause_opening_the_sentence_before_its_name_is_that_names(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met the press in the morning.\n"
        "When he landed, President Tomas Reker spoke to the crowd at the gate. “We came here to listen first,” "
        "he said.\n"))
    assert quotes["We came here to listen first,"] == ids["Tomas Reker"]  # "he" before the name is the name's


def test_the_same_pronoun_chains_over_a_sentence_naming_someone_only_as_its_object(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten arrived in the capital on Monday.\n"
        "She then met President Tomas Reker at the palace. She told reporters that the talks had been "
        "“frank and useful for both of us.”\n"))
    assert quotes["frank and useful for both of us."] == ids["Ilse Marten"]  # not Reker, whom she met


def test_a_second_reported_clause_after_but_that_keeps_the_first_quotes_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker spoke to reporters on Monday, stressing that the allies were the “first wall of "
        "the house,” but that the capital “will stand right behind them” in any case.\n"
        "President Tomas Reker met the envoys, stressing that the plan was “ready for signing now,” but the "
        "envoys called it “far from finished yet” on leaving.\n"))
    assert quotes["first wall of the house,"] == ids["Tomas Reker"]
    assert quotes["will stand right behind them"] == ids["Tomas Reker"]
    assert quotes["far from finished yet"] is None  # "but the envoys called it": the envoys', not Reker's


def test_a_spokesperson_after_the_verb_is_no_ones_and_no_later_rule_guesses(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Prime Minister Ilse Marten.\n"
        "Marten said the talks went well. “We made real progress on the text today,” said an aide to Reker.\n"))
    assert quotes["We made real progress on the text today,"] is None  # not Marten, the sentence before's


def test_a_pronoun_the_text_leaves_unresolved_is_no_ones_and_no_later_rule_guesses(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten spoke first on Monday.\n"
        "President Tomas Reker later thanked her. “It was a good day for all of us,” she said.\n"))
    assert quotes["It was a good day for all of us,"] is None  # not Reker, who thanked her


def test_one_quoted_as_saying_is_the_speaker_not_the_one_who_quotes(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Prime Minister Ilse Marten on Monday in the capital.\n"
        "Reker quoted Marten as saying that “the door is still open to all of us.”\n"
        "Reker also cited a senior aide as saying that “nothing will be signed this month.”\n"))
    assert quotes["the door is still open to all of us."] == ids["Ilse Marten"]
    assert quotes["nothing will be signed this month."] is None  # not Reker, who cited the aide


def test_two_people_before_a_colon_and_no_speech_verb_is_no_ones(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Prime Minister Ilse Marten.\n"
        "Marten and Reker issued a joint statement: “The talks will go on next week in the capital.”\n"
        "Afterwards Marten was upbeat: “We are closer than ever to a deal on the border.”\n"))
    assert quotes["The talks will go on next week in the capital."] is None  # not Reker, named last
    assert quotes["We are closer than ever to a deal on the border."] == ids["Ilse Marten"]


def test_the_leader_of_a_nationality_is_its_one_head_of_state_or_government_named(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Varnian Prime Minister Ilse Marten spoke on Monday, a day after Keldorian President Tomas Reker.\n"
        "“We will not sell the island to anyone,” the Varnian leader said.\n"))
    assert quotes["We will not sell the island to anyone,"] == ids["Ilse Marten"]


def test_a_name_after_a_full_stop_inside_a_quote_that_did_not_open_its_sentence_is_the_next_sentences(
        tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "Marten called the offer “too little and too late.” Reker said he would “reply this week in writing.”\n"
        "“The offer stands for one more week.” Reker wrote on his page.\n"))
    assert quotes["too little and too late."] == ids["Ilse Marten"]  # not Reker, the next sentence's subject
    assert quotes["reply this week in writing."] == ids["Tomas Reker"]
    assert quotes["The offer stands for one more week."] == ids["Tomas Reker"]  # a quote opening its sentence


def test_a_question_mark_inside_a_quote_that_did_not_open_its_sentence_ends_it(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "Marten asked whether the offer was “really the last word on it?” Reker said it was.\n"
        "“Why would we wait any longer?” Reker asked.\n"))
    assert quotes["really the last word on it?"] == ids["Ilse Marten"]  # not Reker, the next sentence's
    assert quotes["Why would we wait any longer?"] == ids["Tomas Reker"]


def test_a_speech_verb_in_the_passive_is_its_agents_or_no_ones(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "Reker was told by Marten that “the text is ready for signing now.”\n"
        "Later Reker was asked: “Will you sign the text before the vote?”\n"))
    assert quotes["the text is ready for signing now."] == ids["Ilse Marten"]  # not Reker, who was told
    assert quotes["Will you sign the text before the vote?"] is None  # the question, not Reker's words


def test_someones_spokesman_after_a_quote_is_no_ones_and_no_later_rule_guesses(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "Marten said the talks went well. “We are not there yet on the border,” said Reker's spokesman.\n"
        "Marten said the talks went on. “We are not there yet on the port,” his spokesman said.\n"))
    assert quotes["We are not there yet on the border,"] is None  # not Marten, the sentence before's
    assert quotes["We are not there yet on the port,"] is None


def test_a_line_broken_inside_a_sentence_keeps_its_subject_for_the_quote(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker addressed the regional forum on\n"
        "farming in the capital, reaffirming his pledge to keep the markets “open to every grower” for good.\n"
        "Prime Minister Ilse Marten spoke after him.\n"
        "“The markets will stay open,” she said.\n"))
    assert quotes["open to every grower"] == ids["Tomas Reker"]
    assert quotes["The markets will stay open,"] == ids["Ilse Marten"]  # a line ending in a stop is not joined


def test_a_pronoun_is_not_a_person_the_articles_honorifics_give_the_other_pronoun(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten and President Tomas Reker met on Monday.\n"
        "Ms. Marten spoke first. Mr. Reker answered the press much later. “We will not wait for the vote,” he "
        "said.\n"
        "“We will wait for the vote,” she said.\n"))
    assert quotes["We will wait for the vote,"] is None  # not Reker, whom the article calls Mr.
    assert quotes["We will not wait for the vote,"] == ids["Tomas Reker"]


def test_a_name_in_a_participle_clause_set_between_subject_and_verb_is_not_the_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "Reker, praising Marten, told reporters: “We are not there yet on the border.”\n"))
    assert quotes["We are not there yet on the border."] == ids["Tomas Reker"]  # not Marten, whom he praised


def test_a_reporters_question_is_not_the_words_of_the_one_asked(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Ilse Marten met President Tomas Reker on Monday.\n"
        "A reporter asked Reker: “Will you sign the text before the vote?” He said no.\n"))
    assert quotes["Will you sign the text before the vote?"] is None  # the reporter's, not Reker's


def test_a_long_chain_of_the_same_pronoun_is_followed_one_step_only(tmp_path: Path) -> None:
    # Hostile: thousands of sentences each with "He" before a name. The chain is followed one step (no recursion
    # down the paragraph: a recursion per sentence would exceed Python's limit and crash the load).
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker spoke with Prime Minister Ilse Marten. " + "He met Marten. " * 3000
        + "“We are ready to sign the text now,” he said.\n"))
    assert quotes["We are ready to sign the text now,"] is None
