"""The sources list (`s`) shows, for every source, how many claims cite it — the same count as asking that source's
citations — worked out in one pass over the claims, not by building each source's citation index in turn (which
walks every copy of a claim once per source that carries it: half a minute at 10,000 articles)."""

from __future__ import annotations

import re

from briefing.cite import claims_citing
from briefing.model import Briefing
from briefing.tui.sources_list import SourcesScreen
from tests.helpers import record_calls


async def test_the_sources_list_counts_claims_without_indexing_each_source(app, fixture_briefing, monkeypatch):
    indexed = record_calls(monkeypatch, Briefing, "_index_citations")
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, SourcesScreen)
        listing = app.screen.query_one("#sources-list")
        shown = [int(re.search(r"(\d+) claims? cite it", str(listing.get_option_at_index(n).prompt)).group(1))
                 for n in range(listing.option_count)]
    assert indexed == []
    assert shown == [claims_citing(fixture_briefing, s.file) for s in fixture_briefing.sources] and max(shown) > 0
