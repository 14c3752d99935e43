"""People on stories the rules were not written on (issue 10, 7 December, twelfth session, people19): a place
beside a speech verb ("Oregon said", "said Hong Kong", "Manila said" where the article writes "in Manila") is
no person and takes no quotation, while a person whose family name is a place keeps it; on a hard-wrapped page
a name the line break cuts ("Trade Minister Aurelie / Fontaine said") is one person, with its title. The
articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import auto_people, load_articles, quotes_of

STORM = ("Storm closes the coast\n\nThe storm shut three ports on Monday, and rail lines were cut.\n\n"
         "“{said}” The bridge will stay shut until Friday.\n\n"
         "Pilar Osaka, a harbour engineer, said the sea wall had held. “It was built for worse,” said Osaka.\n")


@pytest.mark.parametrize(("said", "place"), [
    ("We are ready for anything,” Oregon said in a statement.", "Oregon"),
    ("Roads are closed,” said Hong Kong in a notice.", "Hong Kong"),
    ("The city is calm,” Saskatchewan told reporters.", "Saskatchewan"),
    ("Crews are out,” Georgia said.", "Georgia"),
])
def test_a_listed_place_beside_a_speech_verb_is_no_person(tmp_path: Path, said: str, place: str) -> None:
    # A state, a province or a city speaking through its government: no person is made of it, its quotation
    # shows "speaker unknown"; the engineer whose family name is a city keeps her name and her quotation.
    quotes, ids = quotes_of(tmp_path, STORM.format(said=said))
    assert place not in ids
    assert quotes[said.split("”")[0]] is None
    assert quotes["It was built for worse,"] == ids["Pilar Osaka"]


def test_a_place_the_article_writes_as_one_is_no_person(tmp_path: Path) -> None:
    # "Dorvale" is on no list: the article's own "in Dorvale" and "Dorvale's mayor" make it a place there.
    article = ("Flood waters recede\n\nResidents in Dorvale returned home on Tuesday as the river fell.\n\n"
               "“The worst is behind us,” Dorvale said in a notice. Dorvale's mayor thanked the volunteers.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert "Dorvale" not in ids
    assert quotes["The worst is behind us,"] is None


def test_a_quote_whose_sentence_names_a_place_is_not_the_last_speakers(tmp_path: Path) -> None:
    # "“…,” said Minnesota." after a sentence of Ivo Marren's: the place is no speaker, nor is Marren.
    article = ("Storm on the lakes\n\nThe storm closed the ports on Monday, officials said.\n\n"
               "“Water is rising,” Ivo Marren said. “The bridge is closed,” said Minnesota.\n")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["Water is rising,"] == ids["Ivo Marren"]
    assert quotes["The bridge is closed,"] is None


WRAPPED = (
    "Port talks end without a deal\n\n"
    "LISBON - Talks on the fishing quotas ended on Tuesday without a deal,\n"
    "and the delegations left the harbour city in separate convoys after\n"
    "a night of bargaining that several of them described as bitter.\n\n"
    "The talks were chaired by Portuguese Trade Minister Aurelie\n"
    "Fontaine, who said the gap between the fleets had narrowed but not\n"
    "closed, and that a new round would be called before the summer.\n\n"
    "Her counterpart from the northern fleets told reporters that quotas\n"
    "could not be cut again this year, and the fishing union leader Tomas\n"
    "Ekwall said the boats would stay in port until the quotas were\n"
    "settled, and that crews had lost a month of wages already.\n"
)


@pytest.fixture(scope="module")
def wrapped(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return auto_people(load_articles(tmp_path_factory, "wrapped19", {"wrapped.txt": WRAPPED}))


@pytest.mark.parametrize(("name", "role"), [("Aurelie Fontaine", "Portuguese Trade Minister"),
                                            ("Tomas Ekwall", "union leader")])
def test_a_name_the_wrap_cuts_is_one_person_with_its_title(wrapped: dict, name: str, role: str) -> None:
    # Main read each line alone: "Aurelie" and "Fontaine" were half a name each, or no one at all.
    assert name in wrapped
    assert role in [r.title.replace("\n", " ") for r in wrapped[name].roles]
    evidence = wrapped[name].evidence[0]
    assert WRAPPED[evidence.start:evidence.end] == evidence.text  # the span keeps the line break
    assert not {w for w in name.split()} & set(wrapped)  # no half-name person beside it
