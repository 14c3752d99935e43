"""People on text never seen (issue 10, 7 December, thirteenth session, people23): "PM" is a title before a name
("Dutch PM Hendrik Vos"), a plural article opens a party's name and no person's ("the centrist Les
Progressistes"), a word before ", says <title> <name>" at a headline's end is no speaker, and a lone word beside a
speech verb that the text never gives a first name, a title or a pronoun makes no person (a firm speaks so as
often). The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import quotes_of

SWORN = ("Cabinet takes office after long talks\n\n{intro} was sworn in on Monday after months of haggling.\n\n"
         "“We begin work this afternoon,” Vos said at the palace.\n")


@pytest.mark.parametrize("intro", ["New Dutch PM Hendrik Vos", "Dutch PM Hendrik Vos"])
def test_pm_is_a_title_before_a_name(tmp_path: Path, intro: str) -> None:
    # Main read "PM" as a clock's "p.m." and lost the run: the person was "Vos" alone, with no alias, and his
    # quotation showed "speaker unknown". The name follows the title, and "Dutch" places him.
    quotes, ids = quotes_of(tmp_path, SWORN.format(intro=intro))
    assert "Hendrik Vos" in ids
    assert quotes["We begin work this afternoon,"] == ids["Hendrik Vos"]


def test_pm_in_a_headline_is_no_part_of_the_name(tmp_path: Path) -> None:
    # "new PM De Wachter" in the headline: main listed "PM De Wachter" as a spelling of the person.
    from briefing.load import load_briefing

    from helpers import write_folder

    article = ("Coalition era begins as new PM De Wachter sworn in\n\n"
               "Hendrik De Wachter, the prime minister, said the cabinet would meet daily.\n\n"
               "“There is no time to lose,” De Wachter said.\n")
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": article}), use_cache=False)
    (person,) = [a for a in briefing.actors if a.kind == "person" and a.origin == "auto"]
    assert person.name == "Hendrik De Wachter"
    assert not any(alias.text.startswith("PM") for alias in person.aliases)


@pytest.mark.parametrize("party", ["The centrist Les Progressistes", "the liberal Los Verdes", "the leftist Die Rote"])
def test_a_plural_article_opens_a_party_not_a_person(tmp_path: Path, party: str) -> None:
    article = ("Five parties sign a pact\n\nThe new majority joins the farmers' list, the Christian democrats and "
               f"{party}, which won eleven seats.\n\nHendrik Vos, the incoming premier, said the pact would hold.\n")
    _quotes, ids = quotes_of(tmp_path, article)
    assert "Hendrik Vos" in ids
    assert not any(name.startswith(("Les ", "Los ", "Die ")) for name in ids)


def test_a_given_name_les_keeps_its_person(tmp_path: Path) -> None:
    # "Les" is an English given name too: only before a plural's -s or -x is it an article.
    article = ("Old hand returns\n\nFormer senator Les Aspin-Holt will advise the panel.\n\n"
               "“I am glad to help,” Aspin-Holt said.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["I am glad to help,"] == ids["Les Aspin-Holt"]


@pytest.mark.parametrize("headline", [
    "No fee rise for families this year: Govt, says Minister Tan",
    "Bus lanes to open by June: Transport Board, says Senator Okafor",
])
def test_a_word_before_says_a_titled_name_is_no_speaker(tmp_path: Path, headline: str) -> None:
    # The headline's speech verb has its subject after it; main made the word before it ("Govt") a person.
    article = (f"{headline}\n\nThe ministry confirmed the plan on Monday.\n\n"
               "Minister Ada Tan said the budget would hold.\n")
    _quotes, ids = quotes_of(tmp_path, article)
    before = headline.split(": ")[1].split(",")[0]
    assert before not in ids


@pytest.mark.parametrize("line", [
    "“Deliveries will resume once the plant is certified,” Corvane said on Tuesday.",
    "Deliveries will resume once the plant is certified, said Corvane.",
])
def test_a_lone_word_beside_a_speech_verb_is_no_person(tmp_path: Path, line: str) -> None:
    # "Corvane" may be a planemaker as well as a person, and the text cannot say which: no person is made and
    # the quotation shows "speaker unknown"; the chief executive named in full keeps hers.
    article = ("Jet order slips again\n\nThe carrier will wait another year for its new planes.\n\n"
               f"{line}\n\n“We are disappointed by the delay,” said Marta Olsen, the carrier's chief executive.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert "Corvane" not in ids
    assert quotes["We are disappointed by the delay,"] == ids["Marta Olsen"]
    assert all(speaker is None for text, speaker in quotes.items() if text.startswith("Deliveries"))


@pytest.mark.parametrize(("line", "said"), [
    ("“The vote is lost,” Quarrell said, adding that he would resign.", "The vote is lost,"),
    ("“The vote is lost,” said Quarrell, who chairs the committee.", "The vote is lost,"),
])
def test_a_lone_surname_with_a_personal_pronoun_keeps_its_person(tmp_path: Path, line: str, said: str) -> None:
    article = f"Committee split\n\nThe committee met late on Monday.\n\n{line}\n"
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes[said] == ids["Quarrell"]


def test_was_quoted_as_saying_introduces_its_speaker(tmp_path: Path) -> None:
    # Main knew no speech verb of several words: the person was missed and the quotation unknown.
    article = ("Court bid filed\n\nThe party will go to court next week.\n\n"
               "\"The old chamber has no mandate for this,\" the Greens' Jana Holm was quoted as saying.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["The old chamber has no mandate for this,"] == ids["Jana Holm"]
