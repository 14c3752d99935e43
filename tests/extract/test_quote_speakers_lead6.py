"""Speaker classes from the lead's blind sets of the sixth session (a French address and an EU summit; a US envoy's
interview), on articles written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_name_before_a_role_in_a_headline_is_not_the_speaker(tmp_path: Path) -> None:
    """"Putin not a ‘bad guy,’ Trump envoy says": the envoy speaks, not Trump (a name used as a noun before a
    role, as headlines write it)."""
    quotes, _ids = quotes_of(tmp_path, (
        "Kremlin ‘open to a deal,’ Trump envoy says\n\n"
        "A senior envoy of the White House said on Friday that the talks had gone well.\n"))
    assert quotes["open to a deal,"] is None


def test_a_quote_inside_a_leading_subordinate_clause_is_not_the_main_verbs(tmp_path: Path) -> None:
    """"Asked about X’s idea for a “…” …, Y dismissed it as …": the quoted words name X's plan; they are not
    Y's."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Asked about Keir Starmer’s idea for a “shield of friendly nations” along the coast, Steve Witkoff "
        "dismissed it as wishful.\n\n"
        "“We will judge the plan on its merits,” Witkoff said.\n"))
    assert quotes["shield of friendly nations"] is None
    assert quotes["We will judge the plan on its merits,"] == ids["Steve Witkoff"]


def test_a_pronoun_goes_on_with_the_pronoun_subject_before_it(tmp_path: Path) -> None:
    """"In the interview, he praised Trump’s efforts … / He also called …": the second "he" is the first's
    person, not Trump, whom the sentence between names only as the object."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Steve Witkoff spoke to a radio host on Friday about the talks in the Gulf.\n\n"
        "In the interview, he praised Donald Trump’s efforts to broker a deal, saying he was hopeful about "
        "“closing the gap between the two capitals.”\n\n"
        "He also praised the hosts, adding that he found the Saudi team “patient and very generous.”\n"))
    assert quotes["closing the gap between the two capitals."] == ids["Steve Witkoff"]
    assert quotes["patient and very generous."] == ids["Steve Witkoff"]


def test_a_long_leading_phrase_before_the_subject_still_names_the_subject(tmp_path: Path) -> None:
    """A pronoun's person is the subject of the sentence before even after a leading phrase of more than 80
    characters ("Talking to a radio host on a late-night programme … on March 21, X called Y’s plan …")."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Talking to a radio host on a late-night programme broadcast from a studio in Florida on March 21, Steve "
        "Witkoff called Keir Starmer’s plan thin. He said the idea would not survive the spring.\n\n"
        "“Everyone wants to play the hero of the last war. It will not work,” he told the host.\n"))
    assert quotes["Everyone wants to play the hero of the last war. It will not work,"] == ids["Steve Witkoff"]


def test_a_name_after_a_preposition_and_its_qualified_title_is_no_pronouns_person(tmp_path: Path) -> None:
    """"In a long talk with pro-Trump journalist X, Y spoke of Z, saying … / “…,” he said": the journalist, an
    object of "with" behind three words and a title, is not who "he" is; Y, the subject, is."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "In a long talk with pro-Trump journalist Dana Mercer, Steve Witkoff spoke of Vladimir Putin, saying the "
        "two had got on well.\n\n"
        "“I do not see him as a villain at all,” he said.\n"))
    assert "Dana Mercer" in ids
    assert quotes["I do not see him as a villain at all,"] == ids["Steve Witkoff"]


def test_a_name_before_interview_in_a_headline_is_not_the_speaker(tmp_path: Path) -> None:
    """"The Y interview: ‘…’": the show's name does not speak."""
    quotes, ids = quotes_of(tmp_path, (
        "The Dana Mercer interview: ‘Nothing in it was new’\n\n"
        "Steve Witkoff spoke to pro-Trump journalist Dana Mercer on Friday.\n"))
    assert "Dana Mercer" in ids
    assert quotes["Nothing in it was new"] is None


def test_both_objects_of_alongside_are_no_pronouns_person(tmp_path: Path) -> None:
    """"Alongside X and Ukrainian President Y, Z spoke of … / “…,” he said": X and Y are what
    "alongside" governs; "he" is Z."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Alongside Commission President Ursula von der Leyen and Ukrainian President Volodymyr Zelensky, Council "
        "President Rui Almada spoke of fresh plans for the bloc.\n"
        "“We will decide first and then act quickly,” he said.\n"))
    assert quotes["We will decide first and then act quickly,"] == ids["Rui Almada"]


def test_a_quotation_the_page_is_cut_off_inside_is_not_continued_from_the_paragraph_before(tmp_path: Path) -> None:
    """A paragraph opening a quotation that the page's end cuts off, after a paragraph whose quotation was closed
    and attributed: whose words it holds may have been said in the part cut away; unknown."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Council President Rui Almada arrived at the summit on Thursday.\n"
        "“We came to take decisions, not to talk about them,” Almada told journalists.\n"
        "“The continent has reached a hinge in its history. And the country too, which is part of"))
    assert quotes["We came to take decisions, not to talk about them,"] == ids["Rui Almada"]
    assert [speaker for text, speaker in quotes.items() if text.startswith("The continent has reached")] == [None]


def test_naming_participles_are_the_subjects_words(tmp_path: Path) -> None:
    """"X doubted …, referring to it as “…”" and "Despite …, he could not …, only mentioning “…”": the
    participle's words are the sentence's subject's (a pronoun after a leading clause's comma is that subject,
    and ", he struggled to name …," is no apposition)."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Repeating an old argument, Steve Witkoff doubted the frontier, referring to it as “a line drawn in sand” "
        "and mocking the maps. Despite chairing the talks, he could not list the districts in dispute, only "
        "mentioning “the east, the south and some others.”\n"))
    assert quotes["a line drawn in sand"] == ids["Steve Witkoff"]
    assert quotes["the east, the south and some others."] == ids["Steve Witkoff"]


def test_a_question_before_a_reply_is_not_the_repliers(tmp_path: Path) -> None:
    """"… a reporter shouted, “Will you …?” Trump replied, “We will.”":
    the question is the journalist's (unknown), the answer Trump's."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "When the visitor's car pulled up, a reporter shouted, “Will you have a deal by Friday?” Donald Trump "
        "replied, “We will, and soon.”\n"))
    assert quotes["Will you have a deal by Friday?"] is None
    assert quotes["We will, and soon."] == ids["Donald Trump"]


def test_a_clause_after_a_comma_is_no_apposition_and_a_subject_is_not_his_own_describer(tmp_path: Path) -> None:
    """", X talked at length about President Y," is a clause with its own subject, not an apposition hiding both
    names (the quotes after its participle went unknown); "…, Y is no ogre, describing him as “…”" is not Y's (he
    is the one described; the name after "according to" is a preposition's object)."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "On the podcast, Steve Witkoff talked at length about Russian President Vladimir Putin, describing him as "
        "“a patient negotiator” and “hard to read.” He went on to other topics.\n\n"
        "But, according to officials in Berlin, Vladimir Putin is no ogre, describing him as “a careful and "
        "stubborn partner.”\n"))
    assert quotes["a patient negotiator"] == ids["Steve Witkoff"]
    assert quotes["a careful and stubborn partner."] is None


def test_a_label_opening_the_sentence_before_leaves_its_subject_the_pronouns_person(tmp_path: Path) -> None:
    """"Details: X said that he had passed Y’s letter to Z. “…”, he said.": X, the subject after the house style's
    label, is "he"."""
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Details: Steve Witkoff said that he had passed Vladimir Putin’s letter to Donald Trump the next morning. "
        "\"It meant a great deal to him\", he said.\n"))
    assert quotes["It meant a great deal to him"] == ids["Steve Witkoff"]
