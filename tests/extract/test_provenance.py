"""Every automatic item stands on exact spans of usable text, with origin, confidence and rule."""

from __future__ import annotations

import pytest

from briefing.model import Briefing, Span


def _check(briefing: Briefing, span: Span, *, usable: bool = True) -> None:
    source = briefing.source(span.source)
    assert source is not None
    assert 0 <= span.start < span.end <= len(source.text)
    assert source.text[span.start:span.end] == span.text
    if usable:
        assert not source.in_region(span.start, span.end), span


@pytest.mark.parametrize("which", ["auto_only", "bundled", "auto_fuzzy"])
def test_auto_items_have_provenance(which: str, request: pytest.FixtureRequest) -> None:
    briefing: Briefing = request.getfixturevalue(which)
    for event in briefing.events:
        if event.origin == "auto":
            assert event.rule and 0 <= event.confidence <= 1 and event.date_basis
            for span in event.evidence:
                _check(briefing, span)
    for quote in briefing.quotes:
        if quote.origin == "auto":
            assert quote.rule and 0 <= quote.confidence <= 1
            _check(briefing, quote.span)
            if quote.attribution:
                _check(briefing, quote.attribution)
    for position in briefing.positions:
        if position.origin == "auto":
            assert position.rule and 0 <= position.confidence <= 1
            for span in position.evidence:
                _check(briefing, span)
    for mention in briefing.mentions:
        if mention.origin == "auto":
            assert mention.rule and 0 <= mention.score <= 100
            _check(briefing, mention.span)
    for disc in briefing.discrepancies:
        if disc.origin == "auto":
            assert disc.rule and 0 <= disc.confidence <= 1
            for span in disc.evidence:
                _check(briefing, span, usable=False)  # a byline conflict may sit in a credit line
    for name in briefing.unknown_names:
        for span in name.evidence:
            _check(briefing, span)


def test_auto_only_briefing_is_a_real_briefing(auto_only: Briefing) -> None:
    assert not auto_only.problems
    assert len(auto_only.events) >= 10
    assert len(auto_only.quotes) >= 40 and sum(q.speaker is not None for q in auto_only.quotes) >= 40
    assert {"trump", "putin", "lavrov", "rubio", "zelensky"} <= {a.id for a in auto_only.actors}
    assert auto_only.positions and auto_only.unknown_names
    assert all(i.keywords for i in auto_only.issues)  # bundled issues are the fallback keyword lists


def test_deterministic(auto_only: Briefing, tmp_path_factory: pytest.TempPathFactory) -> None:
    import shutil

    from briefing.export import to_json
    from briefing.load import load_briefing

    from .conftest import SEEDS

    folder = tmp_path_factory.mktemp("again") / "data"
    shutil.copytree(SEEDS, folder / "sources")
    again = load_briefing(folder)
    assert to_json(again).replace(str(folder), "X") == to_json(auto_only).replace(auto_only.data_dir, "X")


def test_a_bare_folder_of_articles_is_a_briefing(tmp_path) -> None:  # noqa: ANN001
    import shutil

    from briefing.load import load_briefing

    from .conftest import SEEDS

    for path in SEEDS.glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    briefing = load_briefing(tmp_path)
    assert len(briefing.sources) == 5 and not briefing.problems
    assert any(e.origin == "auto" for e in briefing.events)
