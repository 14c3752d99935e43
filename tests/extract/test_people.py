"""People the gazetteer lacks become automatic actors (issue 10), on articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.model import Briefing

ARTICLE = """\
Leaders gather in Lisbon as ceasefire talks stall
Skip to main content
Menu Explore
LISBON, April 2 - Portuguese Prime Minister Helena Corvo hosted European leaders on Tuesday, and Greek Prime Minister Nikos Andrakis said Europe had to stay united.
Corvo told the meeting that the summit would not end without a plan.
Taras Hlushko, head of the presidential office, said the talks had gone better than expected.
European Commission President Anna Maria von der Brink called for more defence money. Later von der Brink said the money would come "within weeks."
NATO Secretary General Lars Ovesen said the alliance was ready, and "the door is open," said Andrakis.
Russian Deputy Foreign Minister Pavel Grodin said Moscow had not been invited.
Trump's special envoy Ray Holcomb arrived in Lisbon on Wednesday.
Miriam Oduya, an analyst at the Lisbon Institute, said the meeting was a test.
The Lisbon Institute and the European Council said they would publish the plan. The Atlantic Council said nothing.
12:30 PM IST
"""


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    folder: Path = tmp_path_factory.mktemp("people")
    (folder / "sources").mkdir()
    (folder / "sources" / "lisbon.txt").write_text(ARTICLE, encoding="utf-8")
    return load_briefing(folder)


def _people(briefing: Briefing) -> dict[str, object]:
    return {a.name: a for a in briefing.actors if a.origin == "auto"}


def test_people_introduced_by_title_apposition_or_speech_become_actors(briefing: Briefing) -> None:
    names = set(_people(briefing))
    assert {"Helena Corvo", "Nikos Andrakis", "Taras Hlushko", "Anna Maria von der Brink", "Lars Ovesen",
            "Pavel Grodin", "Ray Holcomb", "Miriam Oduya"} <= names


def test_places_organisations_and_navigation_are_not_people(briefing: Briefing) -> None:
    for name in _people(briefing):
        for word in ("Lisbon", "Institute", "Council", "Menu", "Explore", "IST", "Skip", "Commission", "NATO"):
            assert word not in name.split(), name


def test_side_comes_from_the_text_or_the_person_is_unplaced(briefing: Briefing) -> None:
    people = _people(briefing)
    assert people["Helena Corvo"].side == "europe" and people["Helena Corvo"].placed
    assert people["Lars Ovesen"].side == "europe"  # NATO
    assert people["Pavel Grodin"].side == "russia"
    assert people["Ray Holcomb"].side == "us"  # Trump's envoy: the side of the actor named
    # "head of the presidential office": no country given, so no side is guessed.
    assert not people["Taras Hlushko"].placed and people["Taras Hlushko"].side == "unplaced"  # not "other"
    # An analyst's institute is not a side either.
    assert not people["Miriam Oduya"].placed and people["Miriam Oduya"].side == "unplaced"


def test_other_is_only_a_finding_and_a_title_without_a_country_leaves_the_person_unplaced(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n"
        "Vice President Dale Horvath said the talks would resume next week.\n"
        "Canadian Prime Minister Anne Leclair said Ottawa was ready to help.\n"
        "Ukraine correspondent Lena Brandt said the mood in Kyiv was grim.\n", encoding="utf-8")
    people = _people(load_briefing(tmp_path))
    assert people["Dale Horvath"].side == "unplaced" and not people["Dale Horvath"].placed
    assert people["Anne Leclair"].side == "other" and people["Anne Leclair"].placed
    # The press is no party to the talks (a positive finding), whatever country its beat is.
    assert people["Lena Brandt"].side == "other" and people["Lena Brandt"].placed


def test_role_evidence_and_first_mention_read_back(briefing: Briefing) -> None:
    text = briefing.sources[0].text
    people = _people(briefing)
    corvo = people["Helena Corvo"]
    assert corvo.role == "Portuguese Prime Minister"
    assert corvo.rule == "person:title"
    for actor in people.values():
        for span in actor.evidence + tuple(s for r in actor.roles for s in r.evidence) \
                + tuple(s for a in actor.aliases for s in a.evidence):
            assert text[span.start:span.end] == span.text


def test_surname_and_split_name_mentions_resolve_to_the_person(briefing: Briefing) -> None:
    people = _people(briefing)
    mentions = {(m.actor, m.span.text) for m in briefing.mentions}
    assert (people["Helena Corvo"].id, "Corvo") in mentions
    assert (people["Anna Maria von der Brink"].id, "von der Brink") in mentions
    assert "von der Brink" in {a.text for a in people["Anna Maria von der Brink"].aliases}
    quotes = {q.text: q.speaker for q in briefing.quotes}
    assert quotes["within weeks."] == people["Anna Maria von der Brink"].id
    assert quotes["the door is open,"] == people["Nikos Andrakis"].id


def test_known_people_are_not_made_again(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nU.S. Secretary of State Marco Rubio met Russian Foreign Minister Sergey Lavrov, and "
        "President Zelenskiy said he was not invited.\n", encoding="utf-8")
    assert not [a for a in load_briefing(tmp_path).actors if a.origin == "auto"]


def test_a_word_that_is_also_a_surname_alone_is_not_a_person(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nThe talks will go on, said Friday. The baker said the bread was late. Baker said so too.\n",
        encoding="utf-8")
    assert not [a.name for a in load_briefing(tmp_path).actors if a.origin == "auto"]


def test_check_lists_people_found_but_unplaced_with_file_and_line(briefing: Briefing) -> None:
    from briefing.report import unestablished

    unplaced = {w.message.split(" (")[0]: w.where for w in unestablished(briefing) if w.kind == "person unplaced"}
    assert unplaced == {"Taras Hlushko": "lisbon.txt:6", "Miriam Oduya": "lisbon.txt:11"}


def test_transliterations_are_variants_and_slips_are_misspellings(tmp_path: Path) -> None:
    from briefing.load.extract.discrepancies import same_family

    assert same_family("Zelenskyy", "Zelenskiy") and same_family("Zelensky", "Zelenskyy")
    assert same_family("Sergey Lavrov", "Sergei Lavrov") and same_family("Andrii Sybiha", "Andriy Sybiga")
    assert same_family("Dmitry Peskov", "Dmitri Peskov")
    assert not same_family("Sergei Lavrov", "Sergie Lavrov")  # letters swapped: a slip of the pen
    assert not same_family("Vladimir Putin", "Vladmir Putin")

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nPresident Volodymyr Zelenskyy spoke to Sergie Lavrov's deputy, and Witkoff listened.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path)
    kinds = {d.summary.split(" is spelt ")[1].split("'")[1]: d.kind for d in briefing.discrepancies
             if " is spelt " in d.summary}
    assert kinds.get("Volodymyr Zelenskyy") == "variant"
    assert kinds.get("Sergie Lavrov") == "misspelling"
    aliases = {a.id: {al.text: al.misspelling for al in a.aliases} for a in briefing.actors}
    assert aliases["zelensky"]["Volodymyr Zelenskyy"] is False
    assert aliases["lavrov"]["Sergie Lavrov"] is True
    assert "Witkoff" in aliases["witkoff"]  # the surname alone, listed under the actor


def test_two_people_of_one_surname_stay_two_and_the_surname_alone_is_no_one(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nHouse Speaker Mike Dorrance met former Prime Minister Boris Dorrance on Monday.\n"
        "\"We agreed on nothing,\" Dorrance said.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path)
    people = {a.name: a for a in briefing.actors if a.origin == "auto"}
    assert {"Mike Dorrance", "Boris Dorrance"} <= set(people)
    assert all("Dorrance" not in {al.text for al in a.aliases} for a in people.values())
    assert [q.speaker for q in briefing.quotes] == [None]


def test_the_country_an_envoy_is_sent_to_is_not_their_side(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nCarla Menendez, a former U.S. ambassador to Russia, said the talks were rushed.\n"
        "Kremlin foreign policy aide Pavel Sorokin said nothing.\n", encoding="utf-8")
    people = {a.name: a for a in load_briefing(tmp_path).actors if a.origin == "auto"}
    assert people["Carla Menendez"].side == "us"
    assert people["Pavel Sorokin"].side == "russia" and people["Pavel Sorokin"].role == "Kremlin foreign policy aide"


def test_arabic_family_names_and_lists_of_people(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nQatar's foreign ministry spokesman Karim al-Mansouri said talks resumed.\n"
        "\"We need time,\" Karim Al-Mansouri told reporters, and Al Mansouri said so again later.\n"
        "The hostage Dan Levitan, President Donald Trump's envoy for hostages, Adam Kessler, and others met.\n",
        encoding="utf-8")
    people = {a.name: a for a in load_briefing(tmp_path).actors if a.origin == "auto"}
    mansouri = [a for name, a in people.items() if "Mansouri" in name]
    assert len(mansouri) == 1 and mansouri[0].side == "mediator"
    # The next item of a list is not the title of the name before it ("The hostage" before the name is his).
    assert "Dan Levitan" not in people or not any("envoy" in r.title for r in people["Dan Levitan"].roles)


def test_longer_given_names_and_a_transliterated_surname_are_one_person(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\nThe top Iranian diplomat, Karim Farahzadi, arrived first.\n"
        "Iranian Foreign Minister Seyed Karim Farahzadi said the talks would go on.\n"
        "\"We will see,\" said Farahzdi later.\n"
        "The envoy, Lena Borg, meeting with Omani Foreign Minister Badr al-Harthi, said little.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path)
    people = {a.name: a for a in briefing.actors if a.origin == "auto"}
    farahzadi = [a for name, a in people.items() if "Farah" in name]
    assert len(farahzadi) == 1 and farahzadi[0].side == "other" and farahzadi[0].placed
    assert {q.text: q.speaker for q in briefing.quotes}["We will see,"] == farahzadi[0].id
    # "…, meeting with …" is a clause of its own, not Lena Borg's title ("The envoy, Lena Borg," is).
    assert "Lena Borg" not in people or [r.title for r in people["Lena Borg"].roles] == ["envoy"]  # ("The" opens the sentence)
    assert people["Badr al-Harthi"].side == "mediator"


def test_kept_per_article_results_follow_the_people_other_articles_introduce(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "folder"
    (folder / "sources").mkdir(parents=True)
    intro = folder / "sources" / "a.txt"
    intro.write_text("A headline\nGreek Prime Minister Nikos Andrakis arrived in Lisbon.\n", encoding="utf-8")
    (folder / "sources" / "b.txt").write_text(
        "Another headline\n\"We are ready,\" said Andrakis on Tuesday, before he began the talks.\n", encoding="utf-8")

    def speakers() -> set[str | None]:
        briefing = load_briefing(folder)
        known = {a.id for a in briefing.actors}
        assert all(m.actor in known for m in briefing.mentions)  # nothing points to a person no longer found
        return {q.speaker for q in briefing.quotes}

    assert speakers() == {"auto-nikos-andrakis"}
    intro.unlink()  # b.txt alone does not say who Andrakis is (a surname alone, with a speech verb)
    assert speakers() == {"auto-andrakis"}
    intro.write_text("A headline\nGreek Prime Minister Nikos Andrakis arrived in Lisbon.\n", encoding="utf-8")
    assert speakers() == {"auto-nikos-andrakis"}


def test_a_title_and_a_comma_before_the_name_in_a_list_introduces_each_person(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n"
        "Among those at the table were the Belgian prime minister, Pieter Vandaele; the Danish foreign minister, "
        "Karen Holst, the Japanese ambassador, Kenji Mori; and several aides.\n"
        "After the meeting, Vandaele said the plan was ready.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path)
    people = _people(briefing)
    assert people["Pieter Vandaele"].side == "europe"
    assert people["Pieter Vandaele"].role == "the Belgian prime minister"
    assert people["Karen Holst"].side == "europe"
    assert people["Kenji Mori"].side == "other"  # Japanese: a nationality outside the sides
    assert set(people) == {"Pieter Vandaele", "Karen Holst", "Kenji Mori"}


def test_names_with_accented_letters_are_people_too(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n"
        "Slovak Foreign Minister Tomáš Dvořák met the Spanish prime minister, Álvaro Núñez, and "
        "Polish envoy Łukasz Wróbel on Monday.\n"
        "Vice President JD Kerrigan said little.\n", encoding="utf-8")
    people = _people(load_briefing(tmp_path))
    assert people["Tomáš Dvořák"].side == "europe"
    assert people["Álvaro Núñez"].side == "europe"
    assert people["Łukasz Wróbel"].side == "europe"
    assert "JD Kerrigan" in people


def test_a_member_of_parliament_is_not_placed_by_the_us_congress_cue(tmp_path: Path) -> None:
    """"Congress MP …" is an Indian MP (a party named Congress), not a member of the US Congress: the US
    legislature's cue words place no MP; the person is found, unplaced. A US title still places."""
    folder = tmp_path / "mp"
    (folder / "sources").mkdir(parents=True)
    (folder / "sources" / "mp.txt").write_text(
        "Congress MP Ravi Menon said the truce was overdue. Republican Senator Dale Cooper said it was late.\n",
        encoding="utf-8")
    people = _people(load_briefing(folder, use_cache=False))
    assert people["Ravi Menon"].side != "us" and not people["Ravi Menon"].placed
    assert people["Dale Cooper"].side == "us"


def test_an_outlet_and_a_bracketed_name_are_no_new_people(tmp_path) -> None:  # noqa: ANN001
    """"Al-Marsa TV has reported … Al-Marsa added" names an outlet; "(Maltese Prime Minister Karl) Borg"
    is one name split by an editor's bracket, not a person called "Karl" (both made people on a blind set).
    Invented prose."""
    from briefing.load import load_briefing

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "Harbour accord nears\n\n"
        "Danish Prime Minister Jonas Vestergaard has handed the text to the port authority, Al-Marsa TV has "
        "reported.\n\n"
        "\"The accord can be reached within days,\" Al-Marsa added.\n\n"
        "\"Malta was relieved after (Maltese Prime Minister Karl) Borg gave the signal,\" the sources added.\n",
        encoding="utf-8")
    names = {a.name for a in load_briefing(tmp_path).actors if a.origin == "auto"}
    assert names == {"Jonas Vestergaard"}
