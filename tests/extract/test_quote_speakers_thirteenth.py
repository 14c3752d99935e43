"""Speaker classes from the "quotes13" helper's blind sets of the tenth session (a meeting at a leader's estate, a
claimed drone attack on a residence, a recognition of a breakaway region, a parliament dissolved) and the class
left by "quotes12", on articles written for these tests: the prose and every quotation are invented. Right, or
unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_thing_made_or_owned_by_someone_does_not_speak_for_them(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "A ten-point plan released by the administration of President Donald Trump before the truce stated that "
        "“nobody will have to leave the valley”.\n\n"
        "The report commissioned by Chancellor Olaf Brandt warned that “the river will rise again”.\n\n"
        "“The bridge stays closed all winter,” said a memo drafted by Mayor Anna Vogel.\n\n"
        "A statement released by Chancellor Olaf Brandt said the river was “calm again this week”.\n\n"
        "The leader of the River Party Karl Hesse said the vote was “a farce from start to end”.\n"))
    # A plan, a report, a memo: the thing speaks, its maker is named inside its phrase (main: Trump, Brandt, Vogel).
    assert quotes["nobody will have to leave the valley"] is None
    assert quotes["the river will rise again"] is None
    assert quotes["The bridge stays closed all winter,"] is None
    # A statement a person released is that person's own words.
    assert quotes["calm again this week"] == ids["Olaf Brandt"]
    # A role's holder named after "the leader of X" is the subject.
    assert quotes["a farce from start to end"] == ids["Karl Hesse"]


def test_a_pronoun_after_an_unnamed_speaker_is_no_one_named(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt stated, as reported by Valley Radio, that the assembly had been dissolved. The "
        "government spokesperson explained that the move followed a quarrel with the river party. “We cannot move "
        "on in the assembly,” he emphasized in an interview.\n\n"
        "Mayor Anna Vogel met the farmers on Monday. A senior official said the talks had gone well.\n\n"
        "“We are close to a deal,” she said.\n"))
    # The nearer sentence's subject is someone unnamed who speaks: the pronoun may be them (main: Brandt, Vogel).
    assert quotes["We cannot move on in the assembly,"] is None
    assert quotes["We are close to a deal,"] is None


def test_a_quote_in_an_opening_participle_phrase_is_the_main_subject_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt visited the valley on Monday.\n\n"
        "Calling Olaf Brandt a “true friend” of the valley, Mayor Anna Vogel praised the long ties of the towns.\n\n"
        "Describing the bridge as “the pride of every town”, Vogel opened it to traffic.\n\n"
        "Calling the pact “a good day for all of us”, Vogel and Brandt signed it.\n"))
    # The participle's subject is the main clause's, named after the phrase's comma (main: the two-word quote
    # not found; the second one unknown).
    assert quotes["true friend"] == ids["Anna Vogel"]
    assert quotes["the pride of every town"] == ids["Anna Vogel"]
    # Two people as that subject: no one plainly.
    assert quotes["a good day for all of us"] is None


def test_claiming_praising_and_dismissing_as_are_participles_of_speech(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "The plan was at the centre of the talks, with Chancellor Olaf Brandt claiming that “most of it is done”.\n\n"
        "Mayor Anna Vogel has denied the report, dismissing it as “typical valley gossip” on Monday.\n\n"
        "Mayor Anna Vogel congratulated Olaf Brandt in a call, praising his “courage and care for the valley”.\n\n"
        "Rebel groups claiming “a great victory for the cause” marched into the town.\n"))
    # (main: all three unknown)
    assert quotes["most of it is done"] == ids["Olaf Brandt"]
    assert quotes["typical valley gossip"] == ids["Anna Vogel"]
    assert quotes["courage and care for the valley"] == ids["Anna Vogel"]  # the subject praises, not the object
    assert quotes["a great victory for the cause"] is None


def test_a_pronoun_after_a_country_that_speaks_is_no_one_named(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt met President Donald Trump at his estate on Sunday. Ukraine firmly rejected the "
        "claim, calling it false.\n\n"
        "“This story is a complete fabrication from start to end,” he said.\n\n"
        "Mayor Anna Vogel met the farmers on Monday. The river rose in the night.\n\n"
        "“We will answer the river in our own time,” she said.\n"))
    # Someone the article does not name speaks for the country in the nearer sentence (main: Brandt).
    assert quotes["This story is a complete fabrication from start to end,"] is None
    # A sentence with no one speaking in it keeps the person before.
    assert quotes["We will answer the river in our own time,"] == ids["Anna Vogel"]


def test_a_passive_set_off_by_commas_is_its_agent_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt, praised by Mayor Anna Vogel as “a brave and honest partner”, left the hall.\n\n"
        "Chancellor Olaf Brandt, praised by the mayors as “a brave and honest friend”, left the hall.\n\n"
        "A joint declaration signed by Chancellor Olaf Brandt and Mayor Anna Vogel said the towns would “open "
        "their gates soon”.\n"))
    # "X, praised by Y as “…”": Y's words, never X's (main: Brandt twice).
    assert quotes["a brave and honest partner"] == ids["Anna Vogel"]
    assert quotes["a brave and honest friend"] is None
    # A thing signed by two people: neither speaks for it (main: Vogel).
    assert quotes["open their gates soon"] is None


def test_a_single_quote_closed_after_an_s_before_a_preposition(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt called Mayor Anna Vogel 'very serious' about ending the feud on Monday.\n\n"
        "The leaders' summit in the towns' hall was over.\n"))
    # "…s' about": a preposition never follows a plural possessive, so the mark closes the quote (main: not found).
    assert quotes["very serious"] == ids["Olaf Brandt"]
    assert len(quotes) == 1  # "leaders' summit", "towns' hall": apostrophes


def test_a_clause_joined_after_a_quote_names_its_own_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt met Mayor Anna Vogel on Sunday. Brandt said the plan was “almost fully agreed”, "
        "and Vogel said “we are very close now”.\n"))
    # ", and Y said" after a quote opens a clause of its own: Y's verb is not the quote's (main: Vogel for both).
    assert quotes["almost fully agreed"] == ids["Olaf Brandt"]
    assert quotes["we are very close now"] == ids["Anna Vogel"]


def test_a_name_in_an_inserted_subordinate_clause_is_not_the_subject(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt, as Mayor Anna Vogel had hoped, called the talks “useful and quite warm”.\n\n"
        "Chancellor Olaf Brandt, when Mayor Anna Vogel arrived, said the bridge was “ready for the spring”.\n"))
    # ", as Y had hoped," / ", when Y arrived,": Y is the inserted clause's subject, not the verb's (main: Vogel).
    assert quotes["useful and quite warm"] == ids["Olaf Brandt"]
    assert quotes["ready for the spring"] == ids["Olaf Brandt"]


def test_one_word_after_people_in_a_phrase_set_off_by_commas(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt, flanked by Mayor Anna Vogel and envoy Piet Lenz, described the talks as "
        "“excellent” on Monday.\n\n"
        "Chancellor Olaf Brandt told Mayor Anna Vogel that the bridge was “ready”.\n"))
    # People inside a phrase set off by commas after the subject do not speak there (main: not found).
    assert quotes["excellent"] == ids["Olaf Brandt"]
    # Someone named between the speaker and the word otherwise: whose word it is is not plain, no quote.
    assert "ready" not in quotes
