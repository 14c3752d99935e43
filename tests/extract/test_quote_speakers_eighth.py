"""Speaker and quote-style classes from the "quotes" helper's blind sets of the eighth session (a phone call and a
leader's post after a night of strikes), on articles written for these tests: the prose and every quotation are
invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_statement_by_two_people_is_neither_ones_words(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker phoned Premier Ilse Marten on Monday.\n"
        "Reker told Marten that the river board could be “of real use in the dry months ahead”, according to a "
        "statement from Foreign Minister Anton Bel and Interior Minister Piet Kruger that called the call "
        "“open and very warm indeed”.\n"))
    # The words are the statement's, which two people signed: never Kruger (the last name before the verb).
    assert quotes["of real use in the dry months ahead"] is None
    assert quotes["open and very warm indeed"] is None


def test_a_source_then_another_sayer_leaves_the_quote_unknown(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker phoned Premier Ilse Marten on Monday.\n"
        "According to Marten, Reker suggested that a shared board for the river “would serve both towns well”.\n"
        "According to Marten, Reker “went on far longer than he had planned”.\n"))
    # The marks may hold Marten's account or Reker's words: unknown, not Reker.
    assert quotes["would serve both towns well"] is None
    assert quotes["went on far longer than he had planned"] == ids["Ilse Marten"]  # as before: the source's


def test_two_words_that_are_a_sentence_of_their_own_are_a_quote(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker wrote to Premier Ilse Marten after the floods on Monday.\n"
        "“The water came too fast for the town,” Reker wrote. “Ilse, HURRY!”\n"
        "Reker ended his note bluntly: “Please, act!”\n"
        "Marten called the so-called “river pact” dead.\n"))
    assert quotes["Ilse, HURRY!"] == ids["Tomas Reker"]
    assert quotes["Please, act!"] == ids["Tomas Reker"]
    assert quotes.get("river pact") is None  # a term after "so-called": never anyone's


def test_decried_as_promised_to_committed_to_and_a_posted_message(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "Marten decried the flooding as “one of the worst in a hundred years.”\n"
        "Reker promised to “rebuild every bridge the river took”.\n"
        "Marten committed to “keep the shelters open all winter.”\n"
        "Later Reker broke his silence by posting a long message on social media:\n"
        "“We will not leave a single family without a roof. Not one.”\n"))
    assert quotes["one of the worst in a hundred years."] == ids["Ilse Marten"]
    assert quotes["rebuild every bridge the river took"] == ids["Tomas Reker"]
    assert quotes["keep the shelters open all winter."] == ids["Ilse Marten"]
    assert quotes["We will not leave a single family without a roof. Not one."] == ids["Tomas Reker"]


def test_a_pronoun_after_a_subject_with_a_lower_case_title(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker phoned Premier Ilse Marten on Monday.\n"
        "Palace press secretary Nadia Brill said Marten had asked Reker for more pumps. She said that Reker "
        "“agreed to find what pumps there are, in the north first”.\n"))
    assert quotes["agreed to find what pumps there are, in the north first"] == ids["Nadia Brill"]


def test_double_primes_on_both_sides_of_a_quotation(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "″We have come a long way since the spring,″ Reker told reporters on his way out.\n"
        "The bridge is 40″ wide at its narrow end and 60″ at the other.\n"))
    assert quotes["We have come a long way since the spring,"] == ids["Tomas Reker"]
    assert not any("wide at its" in q for q in quotes)  # inch marks are no quotation


def test_a_reported_clause_opening_with_while_is_still_the_sayers(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Monday.\n"
        "Reker added that while the two towns were “ready to share the cost of the dam,” the work could not "
        "start before the summer.\n"
        "Reker said the talks had gone well, while Marten called the plan “far too slow for the farmers”.\n"))
    assert quotes["ready to share the cost of the dam,"] == ids["Tomas Reker"]
    assert quotes["far too slow for the farmers"] == ids["Ilse Marten"]  # a new subject after a comma: hers


def test_a_source_then_a_clause_naming_no_speaker_is_the_sources_account(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "Premier Ilse Marten met the river board in the capital on Monday.\n"
        "According to Marten, the north asked for more pumps and the south took this “under careful study.”\n"))
    assert quotes["under careful study."] == ids["Ilse Marten"]


def test_a_quotation_naming_a_formula_is_no_ones_words(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Premier Ilse Marten met the river board in the capital on Monday.\n"
        "Marten said the towns would share the water under the “half and half” formula from next year.\n"))
    assert quotes["half and half"] is None  # the formula's name, not Marten's words


def test_a_pronoun_after_someone_unknown_speaking_to_a_known_person_is_no_ones(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker hosted talks on the river on Monday.\n"
        "Vanko told Reker he wanted to talk about the dam first.\n"
        "“We have waited a long time for this day, Mr. President,” he said.\n"))
    # Vanko, whom the text never introduces, is the subject: never Reker, named after him.
    assert quotes["We have waited a long time for this day, Mr. President,"] is None
