"""People on stories the rules were not written on (issue 10, 6 December, sixth session): family names with a
Portuguese particle, a given name that is also a title word, outlets named after their kind, a nationality's
plural after "of", regnal numbers and popes, an Ethiopian name used by its given name, a word before an inverted
"…, said X", kin, occupations and nationality nouns, letters no decomposition folds, a surname that names a
prize, and a plural before a closing single mark. The articles are invented for these tests: no one said or did
these things."""

from __future__ import annotations

import pytest

from briefing.model import Briefing
from helpers import auto_people, load_articles


PARTICLES = """\
Climate talks run late in Porto Alegre
Summit president Tomás Ribeiro do Vale told delegates on Friday that a text was close.
Ribeiro do Vale said the presidency would publish a separate roadmap.
Do Vale's team worked through the night, and Joana dos Anjos, the deputy negotiator, said the text was fair.
"""


def test_a_portuguese_particle_keeps_the_family_name_whole(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "particles", {"talks.txt": PARTICLES}))
    assert "Tomás Ribeiro do Vale" in people and "Joana dos Anjos" in people
    # half a name is no person: not "Tomás Ribeiro", not "Vale", not "Anjos"
    assert set(people) == {"Tomás Ribeiro do Vale", "Joana dos Anjos"}


KNESSET = """\
Lawmakers react to the vote
Amir Dahan, speaker of the parliament, called the decision a mistake.
The official news agency Korlan said the minister had been informed.
The Council of British Traders said the vote would hurt business.
"""


def test_a_given_name_that_is_a_title_abroad_and_outlets_named_after_their_kind(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "knesset", {"vote.txt": KNESSET}))
    assert "Amir Dahan" in people  # "Amir" is a given name here, not the title Emir
    assert "Dahan" not in people
    assert "Korlan" not in people  # "the … news agency Korlan said": an outlet
    assert "Traders" not in people  # "of British Traders said": the object of "of", after a qualifier


ROYAL = """\
Royal visit ends with a banquet
King Haakon VII hosted the visiting president at a state banquet on Tuesday.
Haakon praised the ties between the two nations, officials said.
Health chief Director-General Tesfaye Alemu Bekele told delegates the agreement was a milestone.
Tesfaye said the vote showed that countries could still work together.
“This is a good day,” Tesfaye said.
Trade has fallen sharply since Brexit, said Mark Holloway, an economist at the bank.
"""


@pytest.fixture(scope="module")
def royal(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "royal", {"visit.txt": ROYAL})


def test_a_regnal_number_is_part_of_the_monarchs_name(royal: Briefing) -> None:
    people = auto_people(royal)
    assert "Haakon" not in people  # half a name
    assert "Haakon VII" in people


def test_a_given_name_alone_joins_the_one_full_name_it_begins(royal: Briefing) -> None:
    people = auto_people(royal)
    assert "Tesfaye" not in people
    bekele = people["Tesfaye Alemu Bekele"]
    assert "Tesfaye" in {a.text for a in bekele.aliases}
    quote = next(q for q in royal.quotes if q.text.startswith("This is a good day"))
    assert quote.speaker == bekele.id


def test_the_word_before_an_inverted_said_is_not_the_speaker(royal: Briefing) -> None:
    people = auto_people(royal)
    assert "Brexit" not in people
    assert "Mark Holloway" in people


ENVOY = """\
Climate deal adopted after a night of talks
“The result is far from enough, but it is progress,” said former German climate envoy Hanna Wendt.
"""


def test_a_portfolio_in_lower_case_keeps_the_nationality_in_the_role(tmp_path_factory: pytest.TempPathFactory) -> None:
    wendt = auto_people(load_articles(tmp_path_factory, "envoy", {"deal.txt": ENVOY}))["Hanna Wendt"]
    assert [r.title for r in wendt.roles] == ["former German climate envoy"]
    assert wendt.side == "europe" and wendt.placed


KIN = """\
Families react to the decision
Noa Peretz, the Canadian sister of released hostage Eitan Barak, called it a relief.
Relatives said they would travel to the capital on Monday.
"""


def test_kin_before_a_name_and_in_an_apposition_introduce_people(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "kin", {"families.txt": KIN}))
    assert set(people) == {"Noa Peretz", "Eitan Barak"}
    assert people["Noa Peretz"].side == "other"  # Canadian: a nationality no side claims
    assert [r.title for r in people["Eitan Barak"].roles] == ["hostage"]


CONCLAVE = """\
A new pope is chosen
The cardinals elected American Cardinal Tobias Anselm Weller as pope on Thursday, two weeks after the death of Pope Clement.
Crowds filled Saint Anselm’s Square, and Cardinal Weller appeared on the balcony an hour later.
Father Tomas R. Clement, who studied with him, said he was a calm man.
"He listens before he speaks," said Fr. Clement.
The previous pope, Clement, had led the church for twelve years.
"""


@pytest.fixture(scope="module")
def conclave(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "conclave", {"pope.txt": CONCLAVE})


def test_church_titles_introduce_and_a_saints_place_is_no_one(conclave: Briefing) -> None:
    people = auto_people(conclave)
    assert "Cardinal Weller" not in people and "Saint Anselm" not in people
    weller = people["Tobias Anselm Weller"]
    assert weller.side == "us"  # "American Cardinal …"
    assert "Father Tomas R. Clement" not in people and "Tomas R. Clement" in people


def test_a_pope_by_one_name_is_his_own_person_and_shares_no_surname(conclave: Briefing) -> None:
    people = auto_people(conclave)
    pope = people["Pope Clement"]
    assert {a.text for a in pope.aliases} == {"Pope Clement"}
    priest = people["Tomas R. Clement"]
    assert "Clement" not in {a.text for a in priest.aliases}  # two people of that name: the word alone is neither's
    assert "Clement" not in {a.text for a in people["Tobias Anselm Weller"].aliases}
    quote = next(q for q in conclave.quotes if q.text.startswith("He listens"))
    assert quote.speaker != pope.id


NUMBERED = """\
The church remembers its popes
The conclave was as short as the one that led to the election of Clement XV in 2005.
Urban Pius II, the pope who wrote on labour, was remembered at the mass, as was Clement XIV (Clemente XIV).
Veterans of World War II attended, and the Phase II talks were postponed.
"""


def test_a_name_and_a_regnal_number_is_a_person_without_a_title(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "numbered", {"popes.txt": NUMBERED}))
    assert set(people) == {"Clement XV", "Urban Pius II", "Clement XIV"}  # two popes, not two spellings of one
    assert {a.text for a in people["Urban Pius II"].aliases} == {"Urban Pius II"}


MONTHS = """\
Ministers react to the recognition
June Okafor, minister for social affairs, called the decision overdue.
Trade Minister April Lindqvist said the talks would go on.
In May Halvorsen said nothing, and the vote was held in June.
"""


def test_a_month_that_is_a_given_name_is_one_where_a_title_introduces_it(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "months", {"react.txt": MONTHS}))
    assert {"June Okafor", "April Lindqvist"} <= set(people)
    assert not {"Okafor", "Lindqvist", "May Halvorsen"} & set(people)


PRIZE = """\
- Coverage noted that the committee had met on Monday.
- The prize goes to Venezuelan democracy campaigner Marisol Vega Ortiz, and her ally Tomas Ibarra is in exile.
The prize was created by the will of Swede Henrik Lund, and the Lund Prize committee chose Vega Ortiz.
The committee chair, Søren Dahl Holm, called her brave; Soren Dahl Holm said the vote was unanimous.
The Lund Prize for literature went to Hungarian author Ferenc Bodnar.
"""


@pytest.fixture(scope="module")
def prize(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    return load_articles(tmp_path_factory, "prize", {"prize.txt": PRIZE})


def test_relations_occupations_and_a_nationality_noun_introduce_people(prize: Briefing) -> None:
    people = auto_people(prize)
    assert {"Tomas Ibarra", "Henrik Lund", "Ferenc Bodnar"} <= set(people)
    assert people["Marisol Vega Ortiz"].side == "other"  # "Venezuelan democracy campaigner": the role reads on
    assert people["Ferenc Bodnar"].side == "europe"
    assert "Coverage" not in people  # a word opening a sentence once is no one's surname


def test_a_letter_without_a_decomposition_is_an_accent(prize: Briefing) -> None:
    holm = [a for a in auto_people(prize).values() if a.name.endswith("Holm")]
    assert len(holm) == 1 and {"Søren Dahl Holm", "Soren Dahl Holm"} <= {a.text for a in holm[0].aliases}


def test_a_surname_that_names_a_prize_is_no_alias_alone(prize: Briefing) -> None:
    assert "Lund" not in {a.text for a in auto_people(prize)["Henrik Lund"].aliases}


BOARD = """\
Reactions to the recognition
Lena Sorel, minister for equality, told a newspaper that the move would act as a 'reward for the raiders' who burned and looted the towns on October 7. The Council of Northern Towns said the move had 'done nothing to end the war' and could 'set peace back'.
"""


def test_a_plural_before_a_closing_single_mark_and_who_is_no_possessive(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "board", {"board.txt": BOARD})
    assert "Lena Sorel" in auto_people(briefing)
    for quote in briefing.quotes:
        if quote.text.startswith(("done nothing", "set peace")):
            assert quote.speaker is None, quote.text

