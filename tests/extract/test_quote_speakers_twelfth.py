"""Speaker classes from the "quotes12" helper's blind sets of the tenth session (missiles moved to an ally, a
leader's year-end call-in show, a referendum on foreign bases) and the classes left by "quotes11", on articles
written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_report_closed_by_a_weekday_is_still_its_reporter_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Chancellor Olaf Brandt will travel to the valley next week, spokesman Piet Lenz said on Monday.\n\n"
        "“The visit will be short and quiet,” he said.\n\n"
        "Mayor Anna Vogel will host the talks, spokeswoman Maria Lenz said late on Friday, 12 May.\n\n"
        "“The hall is ready for them,” she said.\n"))
    # ", Z said on Monday." closes the sentence with its reporter as ", Z said." does: "he" is Z (main: the
    # chancellor, whose travel Z reported).
    assert quotes["The visit will be short and quiet,"] == ids["Piet Lenz"]
    assert quotes["The hall is ready for them,"] == ids["Maria Lenz"]


def test_a_bare_name_after_a_quote_is_its_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Envoy Kirill Dmitriev met officials of the valley on Monday.\n\n"
        "“The talks went well and we will meet again,” Dmitriev.\n\n"
        "“The river is calm this spring,” Valley Radio.\n\n"
        "The mayors named the “first bridge of the valley,” Dmitriev.\n"))
    # “…,” X. — the speech verb left out; the name is the speaker's (main: unknown). A name the article does not
    # know as a person (an outlet) names no one.
    assert quotes["The talks went well and we will meet again,"] == ids["Kirill Dmitriev"]
    assert quotes["The river is calm this spring,"] is None
    # Inside a sentence, a name after a quotation may end a list: no one plainly.
    assert quotes["first bridge of the valley,"] is None


def test_referred_to_as_gives_the_subject_s_words(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Mayor Anna Vogel referred to Olaf Brandt as “my friend” at the dinner on Monday.\n\n"
        "The memo referred to Brandt as “a danger to the whole valley” on its second page.\n"))
    # "X referred to Y as “…”": X's words, as after "referring to … as" (main: not found).
    assert quotes["my friend"] == ids["Anna Vogel"]
    assert quotes["a danger to the whole valley"] is None  # a memo's, no one named


def test_marks_typed_the_wrong_way_round_still_pair(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Commissioner Anna Vogel told reporters that the count showed a “clear lead for the river party“.\n\n"
        "The “yes“ camp conceded on Monday.\n\n"
        "”The bridge must be rebuilt, and without money this is impossible,” Chancellor Olaf Brandt stresses.\n"))
    # A closing mark typed as an opening one before a stop or a lower-case word, and an opening one typed as a
    # closing one at a line's start: quotations (main found neither).
    assert quotes["clear lead for the river party"] == ids["Anna Vogel"]
    assert quotes["The bridge must be rebuilt, and without money this is impossible,"] == ids["Olaf Brandt"]
    assert "yes" not in quotes  # one word: no quote


def test_present_tense_reporting_verbs(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "“We will not sell the river,” Chancellor Olaf Brandt reiterates.\n\n"
        "Mayor Anna Vogel met him on Monday, and the stresses of the winter showed.\n\n"
        "“The dams are safe for now,” Vogel acknowledges.\n"))
    assert quotes["We will not sell the river,"] == ids["Olaf Brandt"]
    assert quotes["The dams are safe for now,"] == ids["Anna Vogel"]


def test_a_report_inside_a_report_is_not_the_reporter_s(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n\n"
        "Envoy Piet Kruger said Maarten Osse had told him that “the gates will open within weeks.”\n\n"
        "Kruger told reporters the Harbour Board had warned “no ship may pass before spring.”\n\n"
        "Kruger said boatmen had warned him “the locks are too old to hold.”\n\n"
        "Kruger wrote that critics kept saying “the bridge would never be built.”\n\n"
        "Kruger said he had told the mayors that “the river belongs to all of us.”\n\n"
        "Kruger, who announced the visit on Monday, said “the talks will be short.”\n"))
    # "X said Y had told him that “…”": Y's words as X relays them, never X's own (main gave them to X); Y, or
    # the board, the article does not know as a person: unknown.
    assert quotes["the gates will open within weeks."] is None
    assert quotes["no ship may pass before spring."] is None
    # A subject in lower case, and a participle with a subject of its own inside what X wrote: not X's either.
    assert quotes["the locks are too old to hold."] is None
    assert quotes["the bridge would never be built."] is None
    # X's own report of what he said, and a verb in a clause set off by commas: still X.
    assert quotes["the river belongs to all of us."] == ids["Piet Kruger"]
    assert quotes["the talks will be short."] == ids["Piet Kruger"]
