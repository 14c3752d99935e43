"""Automatic items below their kind's confidence threshold are hidden by default and shown with `x`
(briefing.model.confidence); with no threshold set, `x` simply toggles automatic items as before."""

from __future__ import annotations

import pytest

from briefing.model import Briefing, PartialDate, Quote, Span
from briefing.model.confidence import threshold
from briefing.model.records import Event
from briefing.tui import view
from briefing.tui.state import Filter

TEXT = "One. Two. Three."


def _span(start: int, end: int) -> Span:
    return Span(source="a.txt", start=start, end=end, text=TEXT[start:end])


def _briefing() -> Briefing:
    from briefing.model import Source

    events = (
        Event(id="cur", date=PartialDate.parse("2025-02-12"), title="curated", evidence=(_span(0, 4),)),
        Event(id="high", date=PartialDate.parse("2025-02-13"), title="sure", evidence=(_span(5, 9),),
              origin="auto", confidence=0.9),
        Event(id="low", date=PartialDate.parse("2025-02-14"), title="unsure", evidence=(_span(10, 16),),
              origin="auto", confidence=0.4),
    )
    return Briefing(data_dir="x", sources=(Source(file="a.txt", text=TEXT),), events=events,
                    quotes=(Quote(id="q", speaker=None, span=_span(0, 4), origin="auto", confidence=0.4),))


@pytest.fixture
def event_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.model import confidence

    monkeypatch.setitem(confidence.HIDE_BELOW, "event", 0.5)


@pytest.fixture
def no_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.model import confidence

    for kind in list(confidence.HIDE_BELOW):
        monkeypatch.setitem(confidence.HIDE_BELOW, kind, 0.0)


def _ids(flt: Filter) -> list[str]:
    return [e.id for e in view.visible_events(_briefing(), flt)]


@pytest.mark.usefixtures("no_threshold")
def test_without_thresholds_x_toggles_automatic_items() -> None:
    flt = Filter()
    assert _ids(flt) == ["cur", "high", "low"]
    assert _ids(flt.toggle_auto(False)) == ["cur"]
    assert _ids(flt.toggle_auto(False).toggle_auto(False)) == ["cur", "high", "low"]


@pytest.mark.usefixtures("no_threshold", "event_threshold")
def test_low_confidence_hidden_by_default_then_x_shows_them_then_hides_all_auto() -> None:
    flt = Filter()
    assert _ids(flt) == ["cur", "high"]
    flt = flt.toggle_auto(True)
    assert _ids(flt) == ["cur", "high", "low"]
    assert "low-confidence auto shown" in view.status_line(_briefing(), flt, None, None).plain
    flt = flt.toggle_auto(True)
    assert _ids(flt) == ["cur"]
    assert _ids(flt.toggle_auto(True)) == ["cur", "high"]


def test_threshold_is_the_band_above_the_last_band_right_too_rarely() -> None:
    assert threshold({0.5: (1, 6), 0.8: (9, 10), 0.9: (20, 20)}) == 0.8
    assert threshold({0.5: (1, 2), 0.9: (20, 20)}) == 0.0  # two items say nothing
    assert threshold({0.6: (5, 5), 0.9: (1, 10)}) == 1.01  # the top band fails: hide every automatic item
