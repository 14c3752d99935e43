"""Speaker classes from the "quotes" helper's blind sets of the fifth session (a NATO summit, a trade agreement),
on articles written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_leading_clause_name_is_not_the_subject_of_the_phrase_before_the_verb(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Donald Trump flew to the summit on Tuesday.\n"
        "Pressed on the future of NATO, the former president merely replied: “We will see what comes next.”\n"))
    assert quotes["We will see what comes next."] is None  # not NATO: "the former president" is the subject


def test_a_message_shared_is_its_writers_words_or_no_ones(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Alliance Secretary General Maren Holt wrote to the leaders on Monday.\n"
        "Prime Minister Tomas Reker shared a private message from her that read: “You have done what nobody "
        "else could do here.”\n"
        "Reker later shared a note from Holt which said: “The leaders are ready to sign the text tomorrow.”\n"))
    assert quotes["You have done what nobody else could do here."] is None  # not Reker, who shared it
    assert quotes["The leaders are ready to sign the text tomorrow."] == ids["Maren Holt"]


def test_according_to_a_source_the_quoted_predicate_is_the_sources(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Government spokesman Ilse Marten spoke on Thursday. According to Marten, Prime Minister Tomas Reker "
        "“has made his wishes very clear to the allies.” “I have not read the letter from the south yet,” he "
        "added.\n"))
    assert quotes["has made his wishes very clear to the allies."] == ids["Ilse Marten"]
    # The pronoun after it is the source's too (the article names no one else as a speaker), never Reker.
    assert quotes["I have not read the letter from the south yet,"] == ids["Ilse Marten"]


def test_sir_and_a_given_name_is_the_article_person_with_that_name(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker met Prime Minister Anil Varma in the capital on Thursday.\n"
        "Sir Tomas said: “I am glad to welcome you here among friends tonight.”\n"))
    assert quotes["I am glad to welcome you here among friends tonight."] == ids["Tomas Reker"]


def test_a_pronoun_is_not_the_one_known_person_when_someone_unknown_is_the_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Anil Varma met Donald Trump in the capital on Thursday.\n"
        "He said: “Today is a good day for both our nations and for our workers.”\n"
        "White House spokeswoman Ilse Marten spoke on Friday.\n"
        "She said: “Tomorrow is another good day for both our nations and the world.”\n"))
    # Trump is the one person the gazetteer knows, but the sentence's subject is someone else: unknown.
    assert quotes["Today is a good day for both our nations and for our workers."] is None
    # Titles before the one person named are no other subject.
    assert quotes["Tomorrow is another good day for both our nations and the world."] == ids["Ilse Marten"]


def test_a_quotation_over_two_paragraphs_whose_second_does_not_reopen_it(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker spoke to reporters on Monday.\n"
        "Reker said: “We will sign the text on Monday. It is a good text for both our nations.\n"
        "It will take time, but we will keep our word to the farmers.”\n"
        "The trade minister spoke after him. “The deal opens markets for our growers and our shops.\n"
        "It will take some years, but the gains will reach every region,” Foreign Minister Anil Varma added.\n"))
    assert quotes["We will sign the text on Monday. It is a good text for both our nations."] == ids["Tomas Reker"]
    assert quotes["It will take time, but we will keep our word to the farmers."] == ids["Tomas Reker"]
    assert quotes["The deal opens markets for our growers and our shops."] == ids["Anil Varma"]
    assert quotes["It will take some years, but the gains will reach every region,"] == ids["Anil Varma"]


def test_a_participles_own_subject_names_the_speaker_of_a_fragment(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker met Foreign Minister Anil Varma on Monday.\n"
        "Reker described the talks as “very good”, while Varma, calling him “a stubborn man”, left the room.\n"
        "The deal also underlines the role of trade, with Varma describing it as “a fair agreement for both our "
        "peoples.”\n"
        "Reker and Varma, calling it “a fine start”, left together.\n"))
    assert quotes["very good"] == ids["Tomas Reker"]
    assert quotes["a stubborn man"] == ids["Anil Varma"]  # the subject of "calling", not the sentence's
    assert quotes["a fair agreement for both our peoples."] == ids["Anil Varma"]
    assert quotes["a fine start"] is None  # two people as the subject: no one's alone


def test_marks_of_scraped_copy_a_closing_mark_typed_as_opening_a_spaced_single_and_a_bracket(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Prime Minister Tomas Reker called the deal a “landmark for the region,“ stressing the old ties. “We share "
        "a long history of trade,“ he said. “This text is a plan for our shared future.”\n"
        "Reker said the nation would keep its word ' without raising its spending to such a figure.'\n"
        "He added: “[It] is also a plan for the years ahead. Our growers will sell more of their crops...\n"
        "“On the other hand, our shops will offer more goods at fair prices.”\n"))
    reker = ids["Tomas Reker"]
    assert quotes["landmark for the region,"] == reker
    assert quotes["We share a long history of trade,"] == reker
    assert quotes["without raising its spending to such a figure."] == reker
    assert quotes["[It] is also a plan for the years ahead. Our growers will sell more of their crops..."] == reker
    assert quotes["On the other hand, our shops will offer more goods at fair prices."] == reker


def test_the_prime_minister_after_a_prime_minister_just_named_as_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "British Prime Minister Tomas Reker met Indian Prime Minister Anil Varma on Monday.\n"
        "The deal is not the “end of the road” for the two nations, Tomas Reker said.\n"
        "The prime minister said: “This is not the end of our work with your nation.”\n"
        "In his letter to Varma, Reker asserts that “the text cannot bind us to a figure at this summit.”\n"))
    assert quotes["This is not the end of our work with your nation."] == ids["Tomas Reker"]
    assert quotes["the text cannot bind us to a figure at this summit."] == ids["Tomas Reker"]


def test_a_name_inside_a_quotation_left_open_is_no_pronouns_person(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Chancellor Anna Kovar spoke in the capital on Monday.\n"
        "“We talked for weeks,” Kovar said. “The war goes on. President Vladimir Putin shows no will to end it, "
        "while the costs keep growing.\n"
        "He conceded that the new duties had “hurt the factories badly” this year.\n"))
    # Putin is named inside Kovar's open quotation, not as a subject of the text: "He" is not Putin.
    assert quotes["hurt the factories badly"] != "putin"


def test_declaring_is_a_participle_of_speech(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Party leader Ilse Marten highlighted the fight against graft, declaring “we must put an end to such "
        "deals.”\n"))
    assert quotes["we must put an end to such deals."] == ids["Ilse Marten"]


def test_the_minister_is_not_the_one_prime_minister_named(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Keir Starmer met reporters in London on Thursday.\n"
        "Asked about the talks, the minister told reporters that “nothing has been decided yet.”\n"))
    assert quotes["nothing has been decided yet."] is None  # a minister, not the prime minister
