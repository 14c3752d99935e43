"""A byline the scrape indented (" Published: 11:23, 6 March 2025") is still the page's byline: it dates the page
over a header line that prints the site's own day ("Sunday, 09 March 2025" above the site's name). Invented page."""

from __future__ import annotations

import pytest

from tests.helpers import load_sources

PAGE = """Sunday, 09 March 2025

The Daily Ledger

World Briefs

{indent}Published: 11:23, 6 March 2025

Foreign minister Lena Brandt said on Wednesday that her government would reopen its embassy in the spring.
"""


@pytest.mark.parametrize("indent", [" ", "\t", "   ", ""])
def test_an_indented_byline_dates_the_page_over_the_sites_day(tmp_path, indent):
    briefing = load_sources(tmp_path, a=PAGE.format(indent=indent))
    (source,) = briefing.sources
    assert source.published is not None and source.published.iso == "2025-03-06"
    assert source.published_basis == "byline"
    span = source.published_evidence[0]
    assert source.text[span.start:span.end] == span.text and "6 March 2025" in span.text
