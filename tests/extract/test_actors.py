"""Actor mentions: exact aliases, fuzzy variants with their scores, abbreviations, unknown names."""

from __future__ import annotations

from briefing.load.extract.actor_mentions import find_actor_mentions
from briefing.load.extract.actors import Gazetteer
from briefing.load.extract.sentences import split_sentences
from briefing.model import Actor, Briefing

from .conftest import seed


def _mentions(actors: list[Actor], prefix: str) -> list[tuple[str, str, float, str]]:
    _file, text = seed(prefix)
    gazetteer = Gazetteer(actors)
    lower = {w for w in text.split() if w.islower()}
    out = []
    for start, end in split_sentences(text):
        found, _left = find_actor_mentions(gazetteer, text, start, end, lower)
        out += [(text[f.start:f.end], f.actor, f.score, f.rule) for f in found]
    return out


def test_misspellings_resolve_by_fuzzy_matching(actors_without_misspellings: list[Actor]) -> None:
    found = {text: (actor, score, rule) for text, actor, score, rule in _mentions(actors_without_misspellings, "001")}
    assert found["Beith Higseth"][0] == "hegseth"
    assert found["Beith Higseth"][2] == "actor:fuzzy"
    assert 75 <= found["Beith Higseth"][1] < 100
    assert found["Keith Kellog"][:1] == ("kellogg",)
    assert found["Keith Kellog"][1] > 90
    zero = {text: actor for text, actor, _s, _r in _mentions(actors_without_misspellings, "000")}
    assert zero["Vladmir Putin"] == "putin"
    four = {text: actor for text, actor, _s, _r in _mentions(actors_without_misspellings, "004")}
    assert four["Kiril Dmitriev"] == "dmitriev"


def test_curated_misspellings_match_exactly(gazetteer_actors: list[Actor]) -> None:
    found = {text: (actor, rule) for text, actor, _s, rule in _mentions(gazetteer_actors, "001")}
    assert found["Beith Higseth"] == ("hegseth", "actor:exact-misspelling")


def test_titles_and_places_of_the_gazetteer(gazetteer_actors: list[Actor]) -> None:
    found = {(text, actor) for text, actor, _s, _r in _mentions(gazetteer_actors, "003")}
    assert ("Kremlin", "kremlin") in found
    assert ("Washington", "united_states") in found
    assert ("Kyiv", "ukraine") in found
    assert ("U.S.", "united_states") in found  # an abbreviation of the gazetteer's "United States"


def test_no_fuzzy_match_for_different_people(actors_without_misspellings: list[Actor]) -> None:
    text = "Donald Tusk met Stephen Miller and Mike Pence in Warsaw."
    gazetteer = Gazetteer(actors_without_misspellings)
    found, leftovers = find_actor_mentions(gazetteer, text, 0, len(text), set())
    assert found == []
    assert {left.text for left in leftovers} >= {"Donald Tusk", "Stephen Miller", "Mike Pence"}
    assert "Warsaw" not in {left.text for left in leftovers}  # a place (name_words.NOT_NAME), no unknown name


def test_fuzzy_variants_become_auto_aliases_with_evidence(auto_fuzzy: Briefing) -> None:
    hegseth = auto_fuzzy.actor("hegseth")
    assert hegseth is not None
    variant = next(a for a in hegseth.aliases if a.text == "Beith Higseth")
    assert variant.origin == "auto" and variant.misspelling and 75 <= variant.score < 100
    assert variant.evidence[0].source.startswith("001")
    fuzzy = [m for m in auto_fuzzy.mentions if m.rule == "actor:fuzzy"]
    assert {m.span.text for m in fuzzy} >= {"Beith Higseth", "Vladmir Putin", "Keith Kellog"}


def test_unknown_names_are_listed_once_with_counts(auto_only: Briefing) -> None:
    names = {u.name: u for u in auto_only.unknown_names}
    assert "Truth Social" in names and names["Truth Social"].count >= 2
    assert "Korsk" in names
    assert "Riyadh" not in names and "Brussels" not in names  # places are no unknown names
    for known in ("Trump", "Ukraine", "Putin", "U.S.", "Lavrov", "Tuesday", "President"):
        assert known not in names
    # Nothing from the Greenland sidebar (off-topic) is listed.
    assert not any("Greenland" in n or "Frederiksen" in n for n in names)


def test_surname_of_a_listed_full_name(gazetteer_actors: list[Actor]) -> None:
    text = "Peskov told reporters that Starmer had called."
    found, _left = find_actor_mentions(Gazetteer(gazetteer_actors), text, 0, len(text), set())
    assert {(text[f.start:f.end], f.actor, f.rule) for f in found} == {
        ("Peskov", "peskov", "actor:surname"), ("Starmer", "starmer", "actor:surname")}
