"""People on stories the rules were not written on (issue 10, 6 December, seventh session): a monarch with and
without his regnal number, one spokesman's surname in two transliterations, an Arabic given name written two
ways, two people of similar names kept apart, a place after "near" before ", said". The articles are invented
for these tests: no one said or did these things."""

from __future__ import annotations

import pytest

from helpers import auto_people, load_articles

ROYAL = {
    "banquet.txt": "Palace banquet ends a visit\nKing Alaric III hosted the visiting president at a banquet on "
                   "Tuesday.\nThe king praised the ties between the two nations.\n",
    "toast.txt": "A toast at the palace\nKing Alaric told guests on Tuesday that the friendship was old.\n",
    "popes.txt": "Two popes remembered\nThe letters of Pope Severin I and the diaries of Pope Odo II went on show. "
                 "Odo II wrote of the siege.\nPope Odo III was elected after him. Pope Odo later said the books "
                 "must stay in the city.\n",
}


def test_a_monarch_with_and_without_his_regnal_number_is_one_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "royal7", ROYAL))
    assert "Alaric III" in people
    assert "King Alaric" not in people  # one person, one actor: the form without the number is an alias
    assert "King Alaric" in {a.text for a in people["Alaric III"].aliases}
    # a name the folder gives with two numbers stays apart from both
    assert "Odo III" in people
    assert "King Odo" not in {a.text for a in people["Odo III"].aliases}
    assert "Pope Odo" not in {a.text for a in people["Odo III"].aliases}


SPOKESMEN = {
    "kyiv.txt": "Kyiv replies to the plan\nUkrainian foreign ministry spokesman Serhiy Nykyforov said on Monday "
                "that the talks were over.\nNykyforov added that the ministry would reply in writing.\n",
    "wire.txt": "Kyiv answers the envoy\nForeign ministry spokesman Sergei Nikiforov told reporters on Monday that "
                "the plan was a trap.\nNikiforov said Kyiv would not sign it.\n",
    "aide.txt": "An aide speaks\nPresidential aide Heorhiy Tkachuk said on Friday that the list was ready.\n"
                "Georgiy Tkachuk, the presidential aide, later said the list had been sent.\n",
}


def test_one_spokesman_in_two_transliterations_is_one_actor(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "spokesmen7", SPOKESMEN))
    # Nykyforov / Nikiforov, Serhiy / Sergei: the same role, one side -> one actor, the other spelling a variant
    assert "Serhiy Nykyforov" in people and "Sergei Nikiforov" not in people
    aliases = {a.text: a.misspelling for a in people["Serhiy Nykyforov"].aliases}
    assert aliases.get("Sergei Nikiforov") is False and aliases.get("Nikiforov") is False
    assert people["Serhiy Nykyforov"].side == "ukraine"
    # Heorhiy / Georgiy: the given name in two transliterations, the surname the same
    assert "Heorhiy Tkachuk" in people and "Georgiy Tkachuk" not in people


NAMESAKES = {
    "moscow.txt": "Moscow replies\nRussian foreign ministry spokesman Sergei Nikiforov said the plan was dead.\n",
    "kyiv.txt": "Kyiv replies\nUkrainian foreign ministry spokesman Serhiy Nykyforov said the plan was alive.\n",
    "farm.txt": "Harvest news\nUkrainian farmer Oleh Pavlenko said the harvest was poor.\nThe agriculture "
                "ministry's spokesman Ivan Pavlenka said the grain would be bought.\nOleh Pavlenko, who farms near "
                "Poltava, said prices were too low.\n",
}


def test_two_people_of_similar_names_stay_two(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "namesakes7", NAMESAKES))
    # placed on two sides: two spokesmen, however the names are spelt
    assert "Sergei Nikiforov" in people and "Serhiy Nykyforov" in people
    # another given name and another role: two people
    assert "Oleh Pavlenko" in people and "Ivan Pavlenka" in people
    assert "Poltava" not in people  # "… near Poltava, said": the place is no speaker


def test_a_surname_with_another_given_name_is_no_misspelling_of_a_new_person(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "farmer7", {
        "kyiv.txt": "Kyiv replies\nUkrainian foreign ministry spokesman Serhiy Nykyforov said the plan was dead.\n"
                    "Nykyforov added that the ministry would reply.\n",
        "farm.txt": "Harvest news\nOleh Nykyforov, who farms near Poltava, said the harvest was poor.\n",
    }))
    aliases = {a.text for a in people["Serhiy Nykyforov"].aliases}
    assert "Oleh Nykyforov" not in aliases  # another person: not a misspelling of the spokesman


def test_an_arabic_given_name_written_two_ways_is_one_person(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "arabic7", {
        "riyadh.txt": "Talks in the capital\nSyrian President Ahmed al-Qassem met the envoy on Monday.\n"
                      "Al-Qassem said the talks were useful.\n",
        "wire.txt": "Sanctions\nSyrian interim President Ahmad al-Qassem said on Tuesday that sanctions must go.\n",
    }))
    assert "Ahmed al-Qassem" in people and "Ahmad al-Qassem" not in people
    aliases = {a.text: a.misspelling for a in people["Ahmed al-Qassem"].aliases}
    assert aliases.get("Ahmad al-Qassem") is False  # a transliteration, not a misspelling


TITLES = {
    "envoys.txt": "Envoys on the move\nIn a call on Friday, Special Envoy for Latin America Tomas Arvelo said the trip "
                  "mattered.\nUS Special Envoy for Russia Carl Hobart said it did not. Arvelo argued that the ports "
                  "were at stake.\n",
    "deals.txt": "Orders up\nHalvard Aircraft CEO Dana Ruskin said on Wednesday that orders were up.\nThe Port Authority "
                 "Administrator Ines Valcourt said the berths were ready.\nThe envoy met the Envoy for Africa Policy "
                 "Team. Later the visitors toured the Sheikh Zayed Mosque.\nTurkish President Erdoğan joined by video "
                 "link from Ankara.\n",
}


def test_titles_with_a_portfolio_place_and_company_titles_introduce_people(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "titles7", TITLES)
    people = auto_people(briefing)
    # "<title> for <place> Name": the place is the title's portfolio, not the object of "for" speaking
    assert [r.title for r in people["Tomas Arvelo"].roles] == ["Special Envoy for Latin America"]
    assert people["Carl Hobart"].side == "us"  # the nationality before the title, not the place after "for"
    assert people["Dana Ruskin"].roles[0].title == "Halvard Aircraft CEO"
    assert people["Ines Valcourt"].roles[0].title == "Port Authority Administrator"  # not "The Port …"
    # an organisation's or a building's name is no person; a known name with its accents is the known person
    assert not {"Policy Team", "Zayed Mosque", "Erdoğan"} & set(people)
    assert any(m.actor == "erdogan" and m.span.text == "Erdoğan" for m in briefing.mentions)


def test_countries_and_their_people_are_no_unknown_names(tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "places7", {
        "trip.txt": "A six-day tour\nThe envoy will also visit Costa Rica, Guatemala and Panama, and meet Panamanian "
                    "officials. Halvard Kettering, a shipping consultant, was in the crowd.\n"})
    names = {u.name for u in briefing.unknown_names}
    assert not {"Costa Rica", "Guatemala", "Panama", "Panamanian"} & names
    assert "Halvard Kettering" in names  # a name no formula introduces stays listed


def test_an_arabic_family_name_alone_is_the_person_however_its_article_is_written(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    briefing = load_articles(tmp_path_factory, "article7", {
        "riyadh.txt": "Talks in the capital\nSyrian President Ahmed al-Qassem met the envoy on Monday.\n"
                      "Al-Qassem said the talks were useful.\n",
        "later.txt": "A handshake\nThe envoy shook hands with al-Qassem, the first such meeting in years.\n"
                     "Al Qassem has pledged to protect minorities. Addressing President al-Qassem directly, the "
                     "envoy praised the reforms.\n",
    })
    person = auto_people(briefing)["Ahmed al-Qassem"]
    later = [m.span.text for m in briefing.mentions if m.actor == person.id and m.span.source == "later.txt"]
    assert "al-Qassem" in later and "Al Qassem" in later
    assert not {"Qassem", "Al Qassem"} & {u.name for u in briefing.unknown_names}
    assert "Addressing President" not in [r.title for r in person.roles]  # a participle opens no title


def test_suspects_nationals_initials_and_an_acronym_title(tmp_path_factory: pytest.TempPathFactory) -> None:
    people = auto_people(load_articles(tmp_path_factory, "suspects7", {
        "court.txt": "Extradition approved\nThe court approved the extradition of Farid Lasker to Norland on Monday.\n"
                     "Lasker, a key figure in the harbour attacks, is held in a city jail.\nHe is linked to Omar "
                     "Brandt Kessel, a Norlandic-American militant and one of the planners.\n",
        "visit.txt": "Ministers meet\nCoastal Affairs Minister P Ravindran and NSA Arun Mehra were present on "
                     "Tuesday.\nRobbery suspect Jonah Pell was arrested, police said.\n",
    }))
    # no formula, but the surname again with an apposition about a person
    assert "Farid Lasker" in people
    assert "Omar Brandt Kessel" in people  # "…, a <nationality> militant and …"
    assert "Jonah Pell" in people  # "suspect Jonah Pell"
    assert "P Ravindran" in people  # an initial without its dot
    assert "Arun Mehra" in people and not people["Arun Mehra"].placed  # "NSA": a US cue, not his side
