"""A person's full name from the article, not a surname alone (issue 10, 7 December, twelfth session, people21):
a person the text introduces by surname alone ("“…,” Roe said") takes the one full name the article prints for
that surname; "X, who …, said", "X, 54, a retired welder from …, said" and "X, 71, from …, said" introduce X;
"U.S. Ambassador to Russia X" is X's title (the side is the title's own); a first name described as a person
("Bruno, a bearded man in a green scarf,") or given an age ("Hiltrud, 68,") is a person, so "he says" after it is
his; "Cllr" is a councillor's title. The articles are invented: no one said or did these things, and the names
are made up."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles, quotes_of

HEAD = "Crowds gather in Leipzig\n\nLEIPZIG, Feb. 24, 2025 - Thousands gathered in the square on Monday.\n\n"
SQUARE = HEAD + (
    "Melissa Flanagan, who came with her two sons, waved a small flag. \"We waited four years for this,\" "
    "Flanagan said.\n\n"
    "Brenda Oakridge and Colin Oakridge arrived by train. \"It was worth the journey,\" Oakridge said.\n"
)
ASIDES = HEAD + (
    "Tom Berger, 54, a retired welder from Halle, said the party had earned his vote. \"They listened to us,\" "
    "Berger said.\n\n"
    "Anna Kessler, whose father ran the bakery, told reporters the town had changed. \"Nobody stays here now,\" "
    "Kessler said.\n\n"
    "Jonas Weidlich, 71, from Gera, said the hospital had cut its night shift. \"We are tired,\" "
    "Weidlich said.\n"
)
ENVOY = HEAD + (
    "U.S. Ambassador to Russia Hannah Lowery said the embassy was following the count. \"We follow every "
    "result,\" Lowery said.\n"
)
VOTER = HEAD + (
    "Chancellor Olaf Scholz said his party would fight on.\n\n"
    "Pirna, a town of artists, voted early. Bruno, a bearded man in a green scarf, doubts it. He says he is "
    "politically \"very mixed\" and voted to "
    "keep the conservatives out.\n\n"
    "Hiltrud, 68, voiced her doubts: \"Nobody here listens to the villages.\"\n"
)

COUNT = (
    "Count ends in Devon\n\nEXETER, May 2, 2025 - Counting finished on Friday.\n\n"
    "Robert Kinsey won the Exmoor division by 400 votes. Cllr Kinsey said the result showed people wanted "
    "change. \"We will open the books,\" he said.\n\n"
    "Independent councillor Joan Petty lost her seat. \"People were angry,\" Cllr Petty said.\n"
)


@pytest.fixture(scope="module")
def people(tmp_path_factory):  # noqa: ANN001, ANN201
    return auto_people(load_articles(tmp_path_factory, "people21", {
        "square.txt": SQUARE, "asides.txt": ASIDES, "envoy.txt": ENVOY, "voter.txt": VOTER,
        "count.txt": COUNT}))


def test_a_surname_alone_takes_the_full_name_the_article_prints(people, tmp_path) -> None:  # noqa: ANN001
    # "Melissa Flanagan, who …, waved": no formula; "Flanagan said" alone made a person "Flanagan" on main
    assert "Flanagan" not in people
    person = people["Melissa Flanagan"]
    aliases = {a.text: a for a in person.aliases}
    assert set(aliases) == {"Melissa Flanagan", "Flanagan"}
    for alias in aliases.values():  # each form keeps its own evidence, reading back as written
        (span,) = alias.evidence
        assert SQUARE[span.start:span.end] == span.text == alias.text
    quotes, ids = quotes_of(tmp_path, SQUARE)
    assert quotes["We waited four years for this,"] == ids["Melissa Flanagan"]


def test_two_full_names_of_one_surname_leave_the_surname_alone(people, tmp_path) -> None:  # noqa: ANN001
    # "Brenda Oakridge and Colin Oakridge … Oakridge said": which one spoke the text does not say
    assert "Brenda Oakridge" not in people and "Colin Oakridge" not in people
    quotes, ids = quotes_of(tmp_path, SQUARE)
    # (shown as "speaker unknown": no one is made of the lone surname either, people23)
    assert quotes["It was worth the journey,"] is None


@pytest.mark.parametrize(("name", "quote"), [
    ("Tom Berger", "They listened to us,"),  # "X, 54, a retired welder from Halle, said"
    ("Anna Kessler", "Nobody stays here now,"),  # "X, whose father ran the bakery, told"
    ("Jonas Weidlich", "We are tired,"),  # "X, 71, from Gera, said"
])
def test_a_name_an_aside_and_a_speech_verb_introduce_the_full_name(people, tmp_path, name: str,  # noqa: ANN001
                                                                    quote: str) -> None:
    assert name in people
    assert name.split()[-1] not in people
    quotes, ids = quotes_of(tmp_path, ASIDES)
    assert quotes[quote] == ids[name]


def test_a_title_and_its_to_phrase_before_the_name_are_the_title(people) -> None:  # noqa: ANN001
    person = people["Hannah Lowery"]
    assert [r.title for r in person.roles] == ["U.S. Ambassador to Russia"]
    assert person.side == "us"  # the ambassador's own country, not the one she is posted to


def test_a_first_name_described_as_a_person_is_the_pronouns_person(people, tmp_path) -> None:  # noqa: ANN001
    assert "Bruno" in people
    assert "Pirna" not in people  # "a town of artists": the noun after "a" is the town
    quotes, ids = quotes_of(tmp_path, VOTER)
    # main gave the words to the chancellor of the paragraph before
    assert quotes["very mixed"] == ids["Bruno"]


def test_a_first_name_given_an_age_is_a_person(people, tmp_path) -> None:  # noqa: ANN001
    # "Hiltrud, 68, voiced her doubts: “…”": main made no one, and the quote had no speaker
    assert "Hiltrud" in people
    quotes, ids = quotes_of(tmp_path, VOTER)
    assert quotes["Nobody here listens to the villages."] == ids["Hiltrud"]


@pytest.mark.parametrize(("name", "quote"), [("Robert Kinsey", "We will open the books,"),
                                             ("Joan Petty", "People were angry,")])
def test_a_councillors_abbreviated_title_is_no_part_of_the_name(people, tmp_path, name: str,  # noqa: ANN001
                                                                 quote: str) -> None:
    # "Cllr Kinsey said" made a person "Cllr Kinsey" beside the article's "Robert Kinsey" on main
    assert not any(n.startswith("Cllr") for n in people)
    assert name in people
    quotes, ids = quotes_of(tmp_path, COUNT)
    assert quotes[quote] == ids[name]
