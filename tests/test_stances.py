"""Stances against a proposition, in date order, and where a side's stance changed."""

from __future__ import annotations

from briefing.model import PartialDate, Position, Span, Stance, stance_changes

SPAN = Span(source="a.txt", start=0, end=1, text="x")


def position(stance: Stance, date: str | None, n: int = 0) -> Position:
    return Position(id=f"p{n}", side="us", issue="nato", stance=stance,
                    date=PartialDate.parse(date) if date else None, evidence=(SPAN,))


def test_two_voices_on_one_day_are_not_a_change_but_a_later_stance_is() -> None:
    same_day = [position(Stance.CONDITIONAL, "2025-02-12", 1), position(Stance.FOR, "2025-02-12", 2)]
    assert stance_changes(same_day) == []
    later = [*same_day, position(Stance.OPEN, "2025-02-18", 3)]
    assert [(a.id, b.id) for a, b in stance_changes(later)] == [("p2", "p3")]
    # back to a stance held on the date before is no change; an undated position is never one
    assert stance_changes([*same_day, position(Stance.FOR, "2025-03-01", 4), position(Stance.AGAINST, None, 5)]) == []


def test_a_year_known_only_by_name_sorts_after_its_days() -> None:
    """'2025: suspended aid' came after the February statements, not before them."""
    year, day = position(Stance.AGAINST, "2025", 1), position(Stance.CONDITIONAL, "2025-02-12", 2)
    ordered = sorted([year, day], key=lambda p: p.sort_key)
    assert [p.id for p in ordered] == ["p2", "p1"]
    assert [(a.id, b.id) for a, b in stance_changes([year, day])] == [("p2", "p1")]


def test_stance_words_read_the_same_in_every_place() -> None:
    assert [s.label for s in Stance] == ["for", "against", "conditional", "open", "no stated position"]
    assert Stance.CONDITIONAL.short == "cond'l" and all(len(s.short) <= 7 for s in Stance)
