"""Speaker classes from the "quotes15" helper's blind sets of the tenth session (a budget shutdown, a House vote
on releasing files, an indictment held out), on articles written for these tests: the prose and every quotation
are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_pronoun_does_not_reach_past_a_sentence_whose_subject_we_do_not_know(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Senators Anna Vogel, Karl Hesse and Olaf Brandt voted with the council on a short bill.\n\n"
        "Speaker of the Assembly Mika Jordanson also criticised the council. He urged it to pass the bill, "
        "adding, “They have dragged us into a mess of their own.”\n\n"
        "Mayor Olaf Brandt spoke later in the day. “We will vote again,” he said.\n"))
    # Jordanson is the nearer subject: never Vogel, named a paragraph before (main: Vogel). Since people15
    # reads "Speaker of the Assembly X" as a title, he is introduced, and the quotation is his.
    assert quotes["They have dragged us into a mess of their own."] == ids["Mika Jordanson"]
    # A subject no formula introduces (no title, no speech verb beside the name) still stops the walk: no one.
    stranger, known = quotes_of(tmp_path / "stranger", (
        "A headline\n\n"
        "Senators Anna Vogel, Karl Hesse and Olaf Brandt voted with the council on a short bill.\n\n"
        "Mika Jordanson also criticised the council. He urged it to pass the bill, "
        "adding, “They have dragged us into a mess of their own.”\n"))
    assert stranger["They have dragged us into a mess of their own."] is None
    assert "Mika Jordanson" not in known
    # A sentence opening with a name we know is no stranger.
    assert quotes["We will vote again,"] == ids["Olaf Brandt"]


def test_a_pronoun_after_a_list_of_names_is_none_of_them_plainly(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Senators Anna Vogel, Mika Jordanson, and Pita Lorrimer voted with the council on a short bill. "
        "“We will not budge on the bridge,” he said.\n\n"
        "Mayor Karl Hesse and his aides left the hall. “The vote was fair,” he said.\n"))
    # Vogel is one of three senators who voted: "he" is not plainly Vogel (main: Vogel), whether the other two
    # are unknown or (since people15 reads every name of "Senators A, B, and C") known.
    assert quotes["We will not budge on the bridge,"] is None
    # A name followed by lower-case words is no list: the one subject.
    assert quotes["The vote was fair,"] == ids["Karl Hesse"]


def test_a_quotation_ending_in_a_question_quoted_inside_it_is_read_as_ending_in_the_question(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "“Mayor Vogel did not call me once to ask, ‘Is this plan fine? What would you change?’” Senate Minority "
        "Leader Olaf Brandt said on Tuesday in a speech.\n"))
    # The closing mark of the question inside does not hide the "?" that ends the whole quotation, so the long
    # name after it is its speaker, as after “…?” (main: no speaker).
    assert quotes["Mayor Vogel did not call me once to ask, ‘Is this plan fine? What would you change?’"] \
        == ids["Olaf Brandt"]


def test_a_curly_quotation_closed_by_a_straight_mark_ends_before_its_attribution(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "“Not good for the farmers,\" Mayor Olaf Brandt said at the hall. \"Not the bakers, who wait for flour. "
        "Not the drivers, who wait for fuel.”\n"))
    # Two quotations in mixed marks, each the mayor's; not one quotation running over "Mayor Olaf Brandt said"
    # with no speaker (main).
    assert quotes["Not good for the farmers,"] == ids["Olaf Brandt"]
    assert quotes["Not the bakers, who wait for flour. Not the drivers, who wait for fuel."] == ids["Olaf Brandt"]


def test_a_surname_two_people_of_the_folder_share_still_opens_its_sentence(tmp_path: Path) -> None:
    from briefing.load import load_briefing
    from helpers import write_folder

    write_folder(tmp_path, {
        "a.txt": ("A headline\n\n"
                  "Former judge Arno Vellek posted a video on Thursday.\n\n"
                  "Vellek urged voters to keep resisting Donald Trump at every turn. “I am not scared of this,” "
                  "he said.\n"),
        "b.txt": ("Another headline\n\n"
                  "Nina Vellek, a lawyer and the judge's sister, left her post in July.\n"),
    })
    briefing = load_briefing(tmp_path, use_cache=False)
    speakers = {q.text: q.speaker for q in briefing.quotes}
    # "Vellek" is two people's surname in this folder, so no mention takes it; it is still the subject, and
    # "he" is never Trump, whom the sentence names as an object (main: Trump).
    assert speakers["I am not scared of this,"] != "trump"
    ids = {a.name: a.id for a in briefing.actors}
    # This article names one person of that surname in full: his words.
    assert speakers["I am not scared of this,"] == ids["Arno Vellek"]
