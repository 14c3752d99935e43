"""People classes from the lead's blind sets of the sixth session (a US envoy's interview with a broadcaster), on
articles written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing
from briefing.model import OTHER


def test_a_journalist_or_a_broadcaster_named_with_the_title_is_a_person_of_the_press(tmp_path: Path) -> None:
    """"pro-Trump journalist Tucker Carlson", "political commentator …", "ex-Fox News anchor …": people, no party to
    the talks (side other). A host nation is no one's title."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n\n"
        "Steve Witkoff spoke to pro-Trump journalist Dana Mercer about the talks on Friday.\n\n"
        "He later told ex-Fox News anchor Colm Tierney and political commentator Ivo Brandt the same.\n\n"
        "The host nation Qatar welcomed the delegations.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    people = {a.name: a for a in briefing.actors if a.origin == "auto"}
    assert {"Dana Mercer", "Colm Tierney", "Ivo Brandt"} <= set(people)
    assert all(people[name].side == OTHER for name in ("Dana Mercer", "Colm Tierney", "Ivo Brandt"))
    assert "Qatar" not in people


def test_a_session_is_no_person_a_charge_daffaires_is_and_a_name_cut_off_by_the_page_is_no_one(tmp_path: Path) -> None:
    """"told a UN General Assembly Emergency Special Session" made a person "Emergency Special Session"; "X,
    Chargé d'Affaires of the U.S. Mission to the UN, told …" did not make X one; a page ending inside a name
    ("… with French President Emmanuel Macr") made "Emmanuel Macr" a second Macron."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n\n"
        "French President Emmanuel Macron met Donald Trump on Monday.\n\n"
        "Marta Quell, Chargé d'Affaires at the embassy, spoke to an Emergency Special Session of the assembly, "
        "saying the vote mattered.\n\n"
        "Later the president walked out with French President Emmanuel Macr", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    people = {a.name for a in briefing.actors if a.origin == "auto"}
    assert "Marta Quell" in people
    assert not people & {"Emergency Special Session", "Emmanuel Macr"}


def test_a_known_surname_after_another_given_name_is_another_person(tmp_path: Path) -> None:
    """"Daniel Waltz, an analyst at a think tank, said …" gave Mike Waltz (the gazetteer's) his words; now a person
    of his own, who takes no "Waltz" alone from Mike (a "Waltz said" elsewhere is not Daniel's: two people of
    that surname now, so it names neither plainly)."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A headline\n\n"
        "National Security Adviser Mike Waltz spoke on Monday.\n\n"
        "Daniel Waltz, an analyst at a think tank, said the deal gave the country a “rare and historic chance” to "
        "rebuild.\n",
        encoding="utf-8")
    (tmp_path / "sources" / "b.txt").write_text(
        "Another headline\n\n"
        "In an interview on Tuesday, Waltz said the deal would help Ukraine and the United States alike.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    people = {a.name: a for a in briefing.actors if a.origin == "auto"}
    assert "Daniel Waltz" in people
    assert "Waltz" not in {alias.text for alias in people["Daniel Waltz"].aliases}
    quote = next(q for q in briefing.quotes if q.text.startswith("rare and historic"))
    assert quote.speaker == people["Daniel Waltz"].id
    b_mentions = {m.actor for m in briefing.mentions_in("b.txt")}
    assert people["Daniel Waltz"].id not in b_mentions
