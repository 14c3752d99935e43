"""People on text never seen (issue 10, 7 December, thirteenth session, people26): a person's one-word alias
that runs on into a name word of no one known ("Huong Sen", a newspaper's title) is no mention of that person.
The articles are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import write_folder

_ONE = ("Dam safety bill passes in Hanoi\n\nDeputy Speaker Pham Thi Huong put the dam safety bill to a vote on "
        "Tuesday.\n\nHuong said the provinces would get a year to inspect their reservoirs.\n")


def _mentioned_in(tmp_path: Path, two: str) -> dict[str, list[str]]:
    """The texts of Pham Thi Huong's mentions, per file."""
    from briefing.load import load_briefing

    briefing = load_briefing(write_folder(tmp_path, {"a.txt": _ONE, "b.txt": two}), use_cache=False)
    person = next(a for a in briefing.actors if a.name == "Pham Thi Huong")
    found: dict[str, list[str]] = {}
    for mention in briefing.mentions_of(person.id):
        text = next(s.text for s in briefing.sources if s.file == mention.span.source)
        assert text[mention.span.start:mention.span.end] == mention.span.text
        found.setdefault(mention.span.source, []).append(mention.span.text)
    return found


@pytest.mark.parametrize("paper", ["Huong Sen", "Huong Tan Loi"])
def test_an_alias_running_into_an_unknown_name_is_no_mention(tmp_path: Path, paper: str) -> None:
    # Main put the deputy speaker into the second story, which never names her: the first word of a
    # newspaper's title was her alias.
    two = (f"Reservoir checks begin\n\nInspectors reached the first reservoirs on Friday, the {paper} newspaper "
           "reported, citing a provincial engineer.\n")
    assert "b.txt" not in _mentioned_in(tmp_path, two)


@pytest.mark.parametrize("heading", ["Huong Says Checks Will Take a Year", "Huong Backs Checks as Deputies Meet"])
def test_the_alias_alone_and_in_a_title_case_heading_stays(tmp_path: Path, heading: str) -> None:
    # Guards: "Huong told" is hers, and so is a title-case heading's "Huong Says …" (the text writes "says" in
    # lower case) or "Huong Backs …" (a line with no lower-case word of five letters is no prose).
    two = (f"{heading}\n\nHuong told deputies on Friday that the checks would take a year. "
           "She says the money is there.\n")
    assert _mentioned_in(tmp_path, two)["b.txt"] == ["Huong", "Huong"]


def test_a_longer_name_ending_in_a_known_surname_keeps_its_mention(tmp_path: Path) -> None:
    # Main found the second man but dropped his one mention: his middle name ("Van") before the first man's surname
    # read as another given name of that surname, and the drop took his whole titled name with it.
    from briefing.load import load_briefing

    one = ("Port fees cut\n\nTransport Minister Tran Quoc Dung cut the port fees on Monday.\n\n"
           "Dung said shippers had waited long enough.\n")
    two = ("Port fees welcomed\n\nShippers welcomed the cut on Tuesday, the radio said, quoting the port "
           "authority's Director Bui Van Dung.\n")
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": one, "b.txt": two}), use_cache=False)
    second = next(a for a in briefing.actors if a.name == "Bui Van Dung")
    assert [m.span.source for m in briefing.mentions_of(second.id)] == ["b.txt"]


def test_a_one_syllable_family_name_after_a_title_is_part_of_the_name(tmp_path: Path) -> None:
    # Main took the capital "To" for a stop word and listed a person called "Binh" alone, with no mention
    # of the name the story prints.
    from briefing.load import load_briefing

    article = ("Plenum opens in Hanoi\n\nThe party's General Secretary To Binh opened the autumn plenum on "
               "Monday with a call for leaner ministries.\n\nTo Binh told delegates the merger would be "
               "finished by spring.\n")
    briefing = load_briefing(write_folder(tmp_path, {"a.txt": article}), use_cache=False)
    people = {a.name: a for a in briefing.actors if a.kind == "person" and a.origin == "auto"}
    assert list(people) == ["To Binh"]
    assert len(briefing.mentions_of(people["To Binh"].id)) == 2
