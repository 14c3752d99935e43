"""Aliases a reader would see wrong (issue 10, 7 December, seventeenth session, people34): a daughter's given name
a few letters from her father's listed as his misspelling, an honorific ("Hajji", "Comrade", "Shaheed") taken for
a name, a nickname in quotation marks whose closing mark a copy lost ("Sean “Diddy Combs") making a person and a
quotation of the name; and a given name alone in an article that prints no full name. The articles are invented:
no one said or did these things."""

from __future__ import annotations

from pathlib import Path

from helpers import people_of


def _speaker(briefing, words: str) -> str | None:  # noqa: ANN001
    return next(q for q in briefing.quotes if words in q.span.text).speaker


_FATHER = """\
Party chief weighs the budget
KARACHI, June 3, 2025 - President Asif Zardari met party elders on Monday in the capital.
"We will pass the budget this month," Asif Zardari said after the meeting.
"""
_DAUGHTER = """\
Lawmaker tours flooded fields
LARKANA, June 5, 2025 - Aseefa Zardari visited the flooded fields on Wednesday, and Asefa Zardari, as the \
local paper spells her, promised to return.
"The canals must be cleared first," she said.
"""


def test_a_given_name_letters_apart_is_another_person_not_a_spelling(tmp_path: Path) -> None:
    # Main: "Aseefa Zardari" and "Asefa Zardari" listed under Asif Zardari as his misspellings (the given names
    # 60-67 % alike, the surname the same).
    people, _briefing = people_of(tmp_path, {"a.txt": _FATHER, "b.txt": _DAUGHTER})
    father = people["Asif Zardari"]
    assert not {"Aseefa Zardari", "Asefa Zardari"} & {a.text for a in father.aliases}


_SLIP = """\
Premier visits the port
KARACHI, June 6, 2025 - President Asif Zardari opened the new port on Friday.
"Trade will double," Asif Zardari said.
Later, Asiff Zardari toured the docks.
"""


def test_a_given_name_one_letter_off_is_still_a_spelling(tmp_path: Path) -> None:
    people, _briefing = people_of(tmp_path, {"a.txt": _SLIP})
    assert "Asiff Zardari" in {a.text for a in people["Asif Zardari"].aliases}


_HONOURS = """\
Rally marks the anniversary
LARKANA, Dec 27, 2025 - Party chairman Karim Dahar spoke at a rally in memory of \
the late prime minister Benazir Bhutto Shaheed on Saturday.
"She gave her life for this country," Dahar said.
Hajji Ahmad Karimi, a tribal elder, also spoke. "We walked here from the hills," Hajji Karimi said.
"The struggle goes on," Comrade Orlov said.
"""


def test_an_honorific_is_no_name_nor_alias(tmp_path: Path) -> None:
    # Main: "Hajji Karimi" and "Comrade Orlov" were the people's names (the honorific a given name), and
    # "Benazir Bhutto Shaheed" made no one (or "Shaheed" her alias).
    people, briefing = people_of(tmp_path, {"a.txt": _HONOURS})
    words = {w for p in people.values() for text in [p.name, *(a.text for a in p.aliases)] for w in text.split()}
    assert not {"Hajji", "Comrade", "Shaheed"} & words
    assert "Benazir Bhutto" in people
    assert _speaker(briefing, "walked here") == people["Ahmad Karimi"].id
    assert _speaker(briefing, "struggle goes on") == people["Orlov"].id


_NICK_CLOSED = """\
Rapper's lawyers ask for release
NEW YORK, Oct 3, 2025 - Lawyers for music mogul Sean “Diddy” Combs asked the judge on Friday to release him.
"I have learned my lesson," Combs said in a letter to the court.
"""
_NICK_OPEN = """\
Judge weighs sentence
NEW YORK, Oct 4, 2025 - The rapper Sean “Diddy Combs waited for the ruling on Saturday.
"I am sorry for what I did," Combs told the judge.
"""


def test_a_nickname_whose_closing_mark_is_lost_breaks_no_name(tmp_path: Path) -> None:
    # Main: the person was "Diddy Combs" (the nickname a given name), and "Diddy Combs waited for the ruling
    # on Saturday." his quotation.
    people, briefing = people_of(tmp_path, {"a.txt": _NICK_CLOSED, "b.txt": _NICK_OPEN})
    assert "Diddy Combs" not in people
    combs = people["Sean Combs"]
    assert _speaker(briefing, "learned my lesson") == combs.id
    assert _speaker(briefing, "sorry for what") == combs.id
    assert not any("waited for the ruling" in q.span.text for q in briefing.quotes)


_FULL = """\
Senator speaks at the memorial
NAIROBI, Oct 19, 2025 - Senator Kamau Wafula told mourners on Sunday that the family was grateful.
"We thank every Kenyan who came," Kamau Wafula said.
"""
_GIVEN_ONLY = """\
Family thanks mourners
NYERI, Oct 20, 2025 - The family gathered at the farm on Monday.
"My brother wanted a quiet burial," Kamau said.
"""
_SURNAME_TOO = """\
Market reopens
NAIROBI, Oct 21, 2025 - Councillor Peter Kamau reopened the market on Tuesday.
"""


def test_a_given_name_alone_is_the_folders_one_full_name_it_begins(tmp_path: Path) -> None:
    # Main: "Kamau said" in an article printing no full name stayed unknown.
    people, briefing = people_of(tmp_path, {"a.txt": _FULL, "b.txt": _GIVEN_ONLY})
    assert _speaker(briefing, "quiet burial") == people["Kamau Wafula"].id


def test_a_given_name_alone_that_is_also_a_surname_of_the_folder_stays_unknown(tmp_path: Path) -> None:
    people, briefing = people_of(tmp_path, {"a.txt": _FULL, "b.txt": _GIVEN_ONLY, "c.txt": _SURNAME_TOO})
    assert "Kamau" not in {a.text for a in people["Kamau Wafula"].aliases}
    assert _speaker(briefing, "quiet burial") is None


_FIRST_LADY = """\
Lawmaker praises her brother
ISLAMABAD, June 19, 2025 - Party leader and First Lady Aseefa Bhutto Zardari thanked Bilawal Bhutto Zardari for \
his work abroad.
"He spoke for all of us," Aseefa said.
"""


def test_first_lady_is_a_title_before_the_name(tmp_path: Path) -> None:
    # Main: no one (the title's words taken for the name), the quote speaker unknown.
    people, briefing = people_of(tmp_path, {"a.txt": _FIRST_LADY})
    assert _speaker(briefing, "spoke for all") == people["Aseefa Bhutto Zardari"].id
    assert not any("Lady" in name for name in people)


_TWO_SHEIKHS = """\
Gulf leaders meet
ABU DHABI, May 4, 2025 - UAE President Sheikh Mohamed bin Zayed Al Nahyan met Qatar's emir, Sheikh Tamim bin \
Hamad Al Thani, on Sunday.
"We share one future," Sheikh Mohamed said.
"The region needs calm," Sheikh Tamim told reporters.
Dubai's ruler Sheikh Mohammed bin Rashid Al Maktoum did not attend. "I wish them well," Sheikh Mohammed said.
"""


def test_a_given_name_alone_that_begins_two_full_names_is_no_ones(tmp_path: Path) -> None:
    # Main: a person "Mohamed" (alias "Mohammed"), two rulers in one, both quotes his.
    people, briefing = people_of(tmp_path, {"a.txt": _TWO_SHEIKHS})
    assert "Mohamed" not in people
    assert _speaker(briefing, "one future") is None
    assert _speaker(briefing, "wish them well") is None
    assert _speaker(briefing, "needs calm") == people["Tamim bin Hamad Al Thani"].id
