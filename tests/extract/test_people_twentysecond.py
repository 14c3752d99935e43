"""Companies, airlines, platforms and outlets are no people (issue 10, 7 December, twelfth session, people22):
a firm the article itself calls one ("the airline Varna said", "Kestrel Inc", "Kestrel's shares", "Kestrel
CEO …", "Kestrel-owned") or whose name ends in a company's word ("Halden Steel", "Orbit Airlines", "Truth
Social") is made no automatic person beside a speech verb, and its quotation shows "speaker unknown"; a person
whose family name is also a brand keeps it. The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import quotes_of

DEAL = ("Takeover cleared\n\nThe buyout was approved on Friday after a long review by regulators.\n\n"
        "{intro}\n\n“{said}” The deal is expected to close within weeks.\n\n"
        "Mara Quillon, a union organiser, said the workers had been promised their jobs. "
        "“We will hold them to it,” said Quillon.\n")


@pytest.mark.parametrize(("intro", "said", "firm"), [
    ("Shares in the airline rose.", "We are delighted with the result,” the airline Varna said in a statement.",
     "Varna"),
    ("Kestrel Inc. agreed to the terms.", "This is a good day for our customers,” Kestrel said.", "Kestrel"),
    ("Kestrel's shares rose 5% in late trading.", "This is a good day for our customers,” Kestrel said.",
     "Kestrel"),
    ("Kestrel CEO Abel Durn signed the papers.", "This is a good day for our customers,” Kestrel said.",
     "Kestrel"),
    ("Three Kestrel-owned plants will stay open.", "This is a good day for our customers,” Kestrel said.",
     "Kestrel"),
    ("The buyer is Japanese.", "The partnership is historic,” Halden Steel said in a statement.",
     "Halden Steel"),
    ("Flights resumed.", "Our crews are safe,” Orbit Airlines told reporters.", "Orbit Airlines"),
    ("He posted the news online.", "A great deal for America,” Truth Social said.", "Truth Social"),
])
def test_a_firm_beside_a_speech_verb_is_no_person(tmp_path: Path, intro: str, said: str, firm: str) -> None:
    # The company speaks through a statement: no person is made of it and its quotation shows "speaker
    # unknown"; the organiser named in full keeps her quotation.
    quotes, ids = quotes_of(tmp_path, DEAL.format(intro=intro, said=said))
    assert firm not in ids
    assert quotes[said.split("”")[0]] is None
    assert quotes["We will hold them to it,"] == ids["Mara Quillon"]


def test_a_person_whose_surname_is_a_brand_keeps_it(tmp_path: Path) -> None:
    # "Ford" is a carmaker's name too, but this article introduces Ann Ford and writes no firm of that name.
    article = DEAL.format(intro="Ann Ford, the regulator's chair, signed the approval.",
                          said="The review was thorough,” Ford said.")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["The review was thorough,"] == ids["Ann Ford"]


def test_a_person_whose_surname_is_a_company_word_keeps_it(tmp_path: Path) -> None:
    # "Steel" ends firms' names ("Halden Steel"), but "Senator Lena Steel" is a titled person.
    article = DEAL.format(intro="Senator Lena Steel welcomed the approval.",
                          said="The review was thorough,” Steel said.")
    quotes, ids = quotes_of(tmp_path, article)
    assert quotes["The review was thorough,"] == ids["Lena Steel"]


@pytest.mark.parametrize("name", ["Dana McCormick", "Ewan MacLeod"])
def test_a_mc_or_mac_surname_is_whole(tmp_path: Path, name: str) -> None:
    # A capital inside "Mc"/"Mac" names: main cut the run there and made a person "Dana Mc" of it.
    article = DEAL.format(intro=f"Senator {name} welcomed the approval.", said="The review was thorough,” she said.")
    _, ids = quotes_of(tmp_path, article)
    assert name in ids
    assert name.split("M")[0] + "M" + "c" not in ids and name.split()[0] + " Mc" not in ids
