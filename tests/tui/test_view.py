"""The pure view helpers, on the fixture (real excerpts of the seeds)."""

from briefing.model import Side
from briefing.tui.state import Filter
from briefing.tui.view import cell_label, find_text, match_actors, matrix_sides, visible_events


def test_fuzzy_match_uses_aliases_and_misspellings(fixture_briefing):
    assert match_actors(fixture_briefing, "Higseth")[0].actor.id == "hegseth"
    top = match_actors(fixture_briefing, "Vladmir")[0]
    assert top.actor.id == "putin" and top.matched == "Vladmir Putin"
    assert match_actors(fixture_briefing, "zzzz") == []


def test_empty_cell_label_is_a_visible_dot(fixture_briefing):
    assert cell_label(fixture_briefing.cell(Side.UKRAINE, "nato")).plain == "·"
    assert cell_label(fixture_briefing.cell(Side.RUSSIA, "nato")).plain == "rejects"


def test_filters_narrow_events_and_matrix(fixture_briefing):
    flt = Filter().toggle_side(Side.EUROPE)
    assert [e.id for e in visible_events(fixture_briefing, flt)] == ["rutte-spending"]
    assert matrix_sides(fixture_briefing, flt) == (Side.EUROPE,)
    assert matrix_sides(fixture_briefing, Filter().toggle_actor("lavrov")) == (Side.RUSSIA,)
    assert [e.id for e in visible_events(fixture_briefing, Filter(), actor="rubio")] == ["riyadh-talks"]


def test_find_text_is_case_insensitive_across_sources(fixture_briefing):
    hits = find_text(fixture_briefing, "riyadh")
    assert {h.source[:3] for h in hits} == {"003"}
    assert all(h.text.lower() == "riyadh" for h in hits)
    assert find_text(fixture_briefing, "") == []
