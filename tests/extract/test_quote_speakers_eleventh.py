"""Speaker classes from the "quotes11" helper's blind sets of the tenth session (a leaked call, a loan from frozen
assets, an election endorsement), on articles written for these tests: the prose and every quotation are
invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_speech_verb_spelt_as_a_plural_noun_is_the_noun(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt said on Monday that the plan for the European Union was fair.\n\n"
        "The plan, which according to Brandt requires that all EU member states that hold the bonds, along with "
        "those beyond the EU that have joined the “league of the river banks,” should share the cost.\n\n"
        "President Tomas Reker ignored the many calls from the opposition for a “full inquiry into the deal” this "
        "week.\n\n"
        "Reker calls the plan “a gift to the banks” and Brandt states that “nothing is settled yet.”\n"))
    # "member states", "the many calls": nouns, not verbs whose subject is the name before them (main gave the
    # European Union and Reker).
    assert quotes["league of the river banks,"] is None
    assert quotes["full inquiry into the deal"] is None
    # The verbs themselves still name their subjects.
    assert quotes["a gift to the banks"] == ids["Tomas Reker"]
    assert quotes["nothing is settled yet."] == ids["Olaf Brandt"]


def test_a_judgement_characterized_as_is_its_judge_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Foreign Minister Anna Vogel, on Monday, characterized the plan as proof that “the banks run the river.”\n\n"
        "Chancellor Olaf Brandt met Vogel on Tuesday, characterizing the talks as “long but useful in the end.”\n"))
    # "characterized … as" judges in the subject's words, as "described … as" does (main: speaker unknown).
    assert quotes["the banks run the river."] == ids["Anna Vogel"]
    assert quotes["long but useful in the end."] == ids["Olaf Brandt"]


def test_a_record_that_shows_someone_telling_is_theirs(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "The recording also included Envoy Piet Kruger telling the northern side, “We can make a deal on the river "
        "by spring.”\n\n"
        "Chancellor Olaf Brandt met Kruger on Tuesday, telling reporters: “The talks were long but useful.”\n\n"
        "The tape showed Kruger and Brandt telling the mayors, “Nothing is agreed until all is agreed.”\n\n"
        "It was a telling “moment of truth for the whole valley” in the view of many.\n"))
    # "X telling Y, “…”" after a record that shows it: X's words (main: unknown); "telling" after a comma: the
    # sentence's subject, as "saying" is.
    assert quotes["We can make a deal on the river by spring."] == ids["Piet Kruger"]
    assert quotes["The talks were long but useful."] == ids["Olaf Brandt"]
    # Two people shown telling: no one; "a telling" is an adjective, no speech at all.
    assert quotes["Nothing is agreed until all is agreed."] is None
    assert quotes["moment of truth for the whole valley"] is None


def test_a_name_after_the_proposed_is_a_term(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt warned that the proposed “river bond loan” leaning on the banks would strip the valley of its "
        "savings.\n\n"
        "Brandt also said that the plan was “a gift to the banks.”\n"))
    # The name of what is proposed is no one's words (main gave the subject of "warned").
    assert quotes["river bond loan"] is None
    assert quotes["a gift to the banks."] == ids["Olaf Brandt"]


def test_a_pronoun_its_reporter_s_title_rules_out_goes_to_the_sentence_s_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "President Tomas Reker will meet Chancellor Olaf Brandt on Friday, spokeswoman Anna Vogel told reporters.\n\n"
        "“It will be a long day on the river,” he said.\n\n"
        "Reker's aides met the northern delegation, spokeswoman Anna Vogel told reporters.\n\n"
        "“We hope for more from the north,” he said.\n\n"
        "President Tomas Reker met Chancellor Olaf Brandt on Tuesday, spokeswoman Anna Vogel told reporters.\n\n"
        "“They talked about the river for an hour,” she said.\n"))
    # "he" is not the spokeswoman: the sentence read without its report, whose subject is Reker, as "X will meet
    # Y. / “…,” he said" reads (main: unknown).
    assert quotes["It will be a long day on the river,"] == ids["Tomas Reker"]
    # A possessor is still no subject; "she" still goes on with the spokeswoman's report.
    assert quotes["We hope for more from the north,"] is None
    assert quotes["They talked about the river for an hour,"] == ids["Anna Vogel"]
