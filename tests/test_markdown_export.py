"""The Markdown export: every value escaped the same way (issue 13 item 2), readable as plain text in a mail,
citations that name outlet, headline and date, and a scope (the dashboard's current view)."""

from __future__ import annotations

from markdown_it import MarkdownIt

from briefing.export import Scope, md, to_markdown
from briefing.load import load_briefing
from briefing.model import Briefing, Discrepancy, Event, PartialDate, Quote, Source, Span

TEXT = "Lavrov said: ![t](https://evil.example/x.png) and <img src=x onerror=alert(1)> ok. The end."
EVIL_FILE = "evil\n## VERIFIED: all true\n<img src=x>.txt"


def _hostile() -> Briefing:
    source = Source(file=EVIL_FILE, text=TEXT, outlet="Outlet | *bold*", headline="# Headline\n## VERIFIED:",
                    published=PartialDate(year=2025, month=2, day=18))
    span = Span(source=EVIL_FILE, start=13, end=47, text=TEXT[13:47])
    html = Span(source=EVIL_FILE, start=52, end=82, text=TEXT[52:82])
    return Briefing(
        data_dir="/x", sources=(source,),
        events=(Event(id="e", date=PartialDate(year=2025), title="1. ## VERIFIED: <b>x</b>", evidence=(span,),
                      summary="line one\n## VERIFIED: injected heading\n- item"),),
        quotes=(Quote(id="q", speaker=None, span=html),),
        discrepancies=(Discrepancy(id="d", kind="wrong_year", summary="a|b [x](https://e.example)",
                                   evidence=(span, html)),),
    )


def _tokens(markdown: str) -> list:
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    tokens = parser.parse(markdown)
    flat = []
    for token in tokens:
        flat.append(token)
        flat.extend(token.children or ())
    return flat


def test_file_names_and_titles_make_no_headings() -> None:
    markdown = to_markdown(_hostile())
    headings = [t for t in _tokens(markdown) if t.type == "heading_open"]
    texts = [markdown.splitlines()[t.map[0]] for t in headings]
    assert not any("VERIFIED" in line for line in texts), texts
    assert "evil ## VERIFIED: all true \\<img src=x\\>.txt" in markdown  # one line, shown literally


def test_no_raw_html_images_or_links_pass() -> None:
    tokens = _tokens(to_markdown(_hostile()))
    kinds = {t.type for t in tokens}
    assert not kinds & {"html_inline", "html_block", "image", "link_open"}, kinds


def test_plain_text_reads_well() -> None:
    markdown = to_markdown(_hostile())
    assert "wrong\\_year" not in markdown and "wrong year" in markdown.lower()
    assert "a|b" in markdown  # no \| outside a table
    assert md("wrong_year and snake_case") == "wrong_year and snake_case"
    assert md("_emphasis_ *bold*") == "\\_emphasis\\_ \\*bold\\*"
    assert md("2025. a year") == "2025\\. a year" and md("# x") == "\\# x"


def test_bundled_citations_name_outlet_headline_and_date() -> None:
    markdown = to_markdown(load_briefing(None))
    assert "Reuters, “US and Russia forge ahead on peace talks, without Ukraine”, 18 Feb 2025 (003_" in markdown
    assert "@" not in markdown.split("## Sources")[0].split("## Timeline")[1].splitlines()[4]  # no bare locator


def test_a_source_that_names_no_outlet_is_cited_as_unknown_outlet() -> None:
    # The bundled 001 prints no outlet (sources.toml says "unknown"): "unknown, 12 Feb 2025" read as a name.
    markdown = to_markdown(load_briefing(None))
    assert "unknown outlet, “US-Russia Relations: Potential Shift Towards Peace Negotiations”, 12 Feb 2025" in markdown
    assert "unknown, “" not in markdown


def test_scope_keeps_only_the_view() -> None:
    briefing = load_briefing(None)
    events = tuple(e for e in briefing.events if "lavrov" in e.actors)
    markdown = to_markdown(briefing, Scope(events=events, quotes=(), note="Sergei Lavrov"))
    timeline = markdown.split("## Timeline")[1].split("## Who is who")[0]
    assert timeline.count("\n- **") == len(events)
    assert "View: Sergei Lavrov" in markdown
    assert "## Quotes\n\n\n" in markdown


def test_json_evidence_names_outlet_headline_and_date() -> None:
    from briefing.export import to_dict

    data = to_dict(load_briefing(None))
    lavrov = next(q for q in data["quotes"] if q["source"].startswith("003") and q["speaker"] == "lavrov")
    assert lavrov["outlet"] == "Reuters" and lavrov["published"] == "2025-02-18"  # the compilation's part
    for event in data["events"]:
        for span in event["evidence"]:
            assert span["outlet"] and span["headline"] and "published" in span
