"""The source pane's WrappedList: the keys a reader uses, the rows it draws, the header's fixed height."""

from __future__ import annotations

from briefing.tui.app import create_app
from tests.tui.conftest import screen_text


async def test_keys_move_by_passage_and_skip_region_labels(app, fixture_briefing):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        source = app.main_screen.source
        body = source.body
        assert body.has_focus and source.passage is not None
        start = body.cursor
        await pilot.press("j")
        assert body.cursor > start and not source.lines[body.cursor].label  # a label line is never the cursor's
        await pilot.press("G")
        last = body.cursor
        assert last == max(i for i, line in enumerate(source.lines) if not line.label)
        assert body.scroll_y == body.max_scroll_y  # the last line is on screen
        await pilot.press("g")
        assert body.cursor == min(i for i, line in enumerate(source.lines) if not line.label)
        assert body.scroll_y == 0
        await pilot.press("ctrl+d")
        assert body.cursor > 0 and body.scroll_y > 0
        await pilot.press("ctrl+u")
        assert body.scroll_y == 0
        await pilot.press("k")
        assert not source.lines[body.cursor].label


async def test_only_the_rows_on_screen_are_rendered(fixture_briefing):
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        body = app.main_screen.source.body
        rows = len(body._rows)
        height = body.scrollable_content_region.height
        assert rows > 2 * height  # an article longer than two screens
        assert 0 < body.rendered_rows <= 2 * height  # one screenful (in the blurred and the focused look)
        body.rendered_rows = 0
        body.refresh()
        await pilot.pause()
        assert body.rendered_rows == 0  # painted again from the cache
        await pilot.press("G")
        await pilot.pause()
        assert 0 < body.rendered_rows <= height + 2  # the last screenful only, not the rows scrolled past


async def test_wrapped_rows_read_as_the_article(app, fixture_briefing):
    """Every character of a line is on exactly one row, in order (the breaks fall between words)."""
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        source = app.main_screen.source
        body = source.body
        text = fixture_briefing.source(source.file).text
        for index, line in enumerate(source.lines):
            if line.label:
                continue
            rows = [row for row in body._rows if row.line == index]
            assert "".join(text[line.start + r.start:line.start + r.end] for r in rows) == text[line.start:line.end]
            assert all(len(text[line.start + r.start:line.start + r.end].rstrip()) <= body._width for r in rows)


async def test_header_has_a_row_a_line_and_ellipsis(app):
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("4")
        await pilot.pause()
        header = app.main_screen.source.query_one("#source-header")
        assert header.outer_size.height == header.styles.height.value  # set with its text, not measured by layout
        assert 3 <= header.outer_size.height <= 5  # outlet line, headline (one row), part/notes; and the rule
        headline = app.main_screen.briefing.source(app.main_screen.source.file).headline
        shown = screen_text(app)
        assert headline in shown or headline[:20] in shown and "…" in shown  # one row, cut with an ellipsis


async def test_a_filter_redraws_only_the_lines_it_marks_otherwise(fixture_briefing):
    """A side key marks other mentions in the article: only the lines whose marks changed are drawn again,
    and toggling it back and forth draws nothing new (each row is kept by how its line looks)."""
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        source = app.main_screen.source
        body = source.body
        before = [line.spans for line in body.texts]
        body.rendered_rows = 0
        await pilot.press("r")
        await pilot.pause()
        changed = {i for i, line in enumerate(body.texts) if line.spans != before[i]}
        assert changed and len(changed) < len(source.lines)  # the filter marks some lines, not all
        assert 0 < body.rendered_rows <= sum(1 for row in body._rows if row.line in changed)
        await pilot.press("r")  # (the first filter moved the timeline's cursor, so the evidence shown)
        await pilot.pause()
        shown = [body.render_line(y) for y in range(body.size.height)]
        body.rendered_rows = 0
        await pilot.press("r", "r")
        await pilot.pause()
        assert body.rendered_rows == 0
        assert [body.render_line(y) for y in range(body.size.height)] == shown
