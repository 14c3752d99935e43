"""Filter and history are small pure classes."""

from briefing.tui.state import Filter, History, Location


def test_filter_toggles_and_combines(fixture_briefing):
    flt = Filter().toggle_side("russia").toggle_actor("hegseth")
    assert flt.active
    assert flt.describe(fixture_briefing) == "Russia + Pete Hegseth"
    assert flt.matches({"russia"}, ())
    assert flt.matches({"us"}, ("hegseth",))
    assert not flt.matches({"us"}, ("trump",))
    assert not flt.toggle_side("russia").toggle_actor("hegseth").active


def test_filter_clear_keeps_auto_choice():
    flt = Filter().toggle_auto(False).toggle_side("us")
    cleared = flt.cleared()
    assert not cleared.active and not cleared.show_auto
    assert not cleared.allows_origin("auto") and cleared.allows_origin("curated")


def test_history_is_browser_like():
    history = History()
    a, b, c = (Location("event", x) for x in "abc")
    history.visit(a)
    history.visit(b)
    history.visit(b)  # a repeat is not a new entry
    assert history.back() == a
    assert history.back() is None
    history.visit(c)  # visiting after going back drops the forward entries
    assert history.entries == [a, c]
    assert history.forward() is None
    assert history.back() == a and history.forward() == c
