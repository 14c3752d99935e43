"""The bundled briefing, on the real seed text."""

from __future__ import annotations


import pytest

from briefing.model import Briefing

from conftest import REPO, SEEDS

SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def all_spans(briefing: Briefing):
    for source in briefing.sources:
        yield from source.published_evidence
    for actor in briefing.actors:
        for alias in actor.aliases:
            yield from alias.evidence
        for role in actor.roles:
            yield from role.evidence
    for event in briefing.events:
        yield from event.evidence
    for position in briefing.positions:
        yield from position.evidence
    for quote in briefing.quotes:
        yield quote.span
    for disc in briefing.discrepancies:
        yield from disc.evidence
    for mention in briefing.mentions:
        yield mention.span


def test_bundled_briefing_loads_clean(bundled: Briefing) -> None:
    assert [str(p) for p in bundled.problems] == []
    assert len(bundled.sources) == 5


@pytest.mark.skipif(not SHARED_SEEDS.is_dir(), reason="shared/seeds is not beside this checkout")
def test_sources_are_the_seeds_byte_for_byte() -> None:
    seeds = sorted(p.name for p in SHARED_SEEDS.glob("*.txt"))
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == seeds
    for name in seeds:
        assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_every_evidence_span_reads_back_its_excerpt(bundled: Briefing) -> None:
    spans = list(all_spans(bundled))
    assert len(spans) > 300
    for span in spans:
        raw = (SEEDS / span.source).read_text(encoding="utf-8")
        assert 0 <= span.start < span.end <= len(raw)
        assert raw[span.start:span.end] == span.text == bundled.source(span.source).text[span.start:span.end]


@pytest.mark.parametrize(
    ("misspelling", "actor_id"),
    [("Beith Higseth", "hegseth"), ("Vladmir Putin", "putin"), ("Keith Kellog", "kellogg"), ("Kiril Dmitriev", "dmitriev")],
)
def test_each_misspelt_alias_resolves_to_its_actor(bundled: Briefing, misspelling: str, actor_id: str) -> None:
    actor = bundled.actor(actor_id)
    assert actor is not None
    flagged = {a.text for a in actor.aliases if a.misspelling}
    assert misspelling in flagged
    mentions = [m for m in bundled.mentions_of(actor_id) if m.alias == misspelling]
    assert mentions, f"{misspelling!r} is not a mention of {actor_id}"
    for mention in mentions:
        assert bundled.source(mention.span.source).text[mention.span.start:mention.span.end] == misspelling


def test_scale_of_the_curation(bundled: Briefing) -> None:
    assert len(bundled.actors) >= 35
    assert len(bundled.events) >= 20
    assert {e.precision for e in bundled.events} >= {"day", "month", "year"}
    assert len(bundled.quotes) >= 30
    assert len(bundled.issues) >= 8
    kinds = {d.kind for d in bundled.discrepancies}
    assert {"wrong_year", "misspelling", "translation", "anachronism"} <= kinds


def test_every_position_cell_is_evidenced_or_explicitly_empty(bundled: Briefing) -> None:
    filled = 0
    for issue in bundled.issues:
        for side in bundled.negotiating_sides:
            cell = bundled.cell(side.id, issue.id)
            filled += bool(cell)
            for position in cell:
                assert position.evidence, position.id
    assert filled >= 20


def test_indexes_agree_with_the_records(bundled: Briefing) -> None:
    dates = [e.date.reading_key for e in bundled.events]
    assert dates == sorted(dates)
    putin = bundled.events_by_actor("putin")
    assert putin and all("putin" in e.actors for e in putin)
    assert set(bundled.events_by_side("russia")) >= set(putin)
    for source in bundled.sources:
        for event in bundled.events_by_source(source.file):
            assert source.file in event.sources
    riyadh = next(e for e in bundled.events if e.date.iso == "2025-02-18" and len(e.sources) >= 2)
    span = riyadh.evidence[0]
    cited = bundled.citations_at(span.source, (span.start + span.end) // 2)
    assert any(c.kind == "event" and c.id == riyadh.id for c in cited)


def test_model_is_immutable(bundled: Briefing) -> None:
    with pytest.raises(Exception):
        bundled.events[0].title = "changed"  # type: ignore[misc]
    with pytest.raises(Exception):
        bundled.sources = ()  # type: ignore[misc]


def test_month_and_year_events_come_after_their_period(bundled: Briefing) -> None:
    """'2025: US suspends military aid' follows the February and March days it happened among, not before them."""
    order = [e.id for e in bundled.events]
    aid = order.index("us-military-aid-suspended-2025")
    assert all(order.index(e.id) < aid for e in bundled.events if e.date.year == 2025 and e.precision != "year")
    summit = order.index("european-emergency-summit-paris-2025-02")
    feb_days = [order.index(e.id) for e in bundled.events if e.date.iso.startswith("2025-02-")]
    march = [order.index(e.id) for e in bundled.events if e.date.iso.startswith("2025-03")]
    assert max(feb_days) < summit < min(march)
