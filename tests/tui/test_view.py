"""The pure view helpers, on the fixture (real excerpts of the seeds)."""

from briefing.tui.state import Filter
from briefing.tui.view import cell_label, find_text, match_actors, matrix_sides, visible_events


def test_fuzzy_match_uses_aliases_and_misspellings(fixture_briefing):
    assert match_actors(fixture_briefing, "Higseth")[0].actor.id == "hegseth"
    top = match_actors(fixture_briefing, "Vladmir")[0]
    assert top.actor.id == "putin" and top.matched == "Vladmir Putin"
    assert match_actors(fixture_briefing, "zzzz") == []


def test_empty_cell_label_is_a_visible_dot(fixture_briefing):
    assert cell_label(fixture_briefing.cell("ukraine", "nato")).plain == "·"
    assert cell_label(fixture_briefing.cell("russia", "nato")).plain == "against"


def test_filters_narrow_events_and_matrix(fixture_briefing):
    flt = Filter().toggle_side("europe")
    assert [e.id for e in visible_events(fixture_briefing, flt)] == ["rutte-spending"]
    assert [s.id for s in matrix_sides(fixture_briefing, flt)] == ["europe"]
    assert [s.id for s in matrix_sides(fixture_briefing, Filter().toggle_actor("lavrov"))] == ["russia"]
    assert [e.id for e in visible_events(fixture_briefing, Filter(), actor="rubio")] == ["riyadh-talks"]


def test_find_text_is_case_insensitive_across_sources(fixture_briefing):
    hits = find_text(fixture_briefing, "riyadh")
    assert {h.source[:3] for h in hits} == {"003"}
    assert all(h.text.lower() == "riyadh" for h in hits)
    assert find_text(fixture_briefing, "") == []


def test_visible_events_from_the_indexes_agree_with_event_visible():
    """visible_events reads the model's indexes; it must pass exactly what event_visible passes, in order."""
    from itertools import combinations

    from briefing.load import load_briefing
    from briefing.tui.view import event_visible

    from tests.tui.conftest import with_changes

    bundled = load_briefing()  # its automatic events all restate curated ones: make every third one automatic
    briefing = with_changes(bundled, events=tuple(e.model_copy(update={"origin": "auto"}) if n % 3 == 0 else e
                                                  for n, e in enumerate(bundled.events)))
    assert any(e.origin == "auto" for e in briefing.events)
    sides = [s.id for s in bundled.sides]
    filters = [Filter()] + [Filter().toggle_side(s) for s in sides]
    filters += [Filter().toggle_side(a).toggle_side(b) for a, b in combinations(sides[:4], 2)]
    filters += [Filter().toggle_actor("lavrov"), Filter().toggle_actor("trump").toggle_side("europe")]
    filters += [f.toggle_auto(False) for f in filters]
    for flt in filters:
        for actor in (None, "rubio", "zelensky", "nobody"):
            expected = [e.id for e in briefing.events if event_visible(briefing, e, flt, actor)]
            assert [e.id for e in visible_events(briefing, flt, actor)] == expected, (flt, actor)
