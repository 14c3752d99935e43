"""A filter key redraws what it changes: the panes keep what they drew by how it looks, so a filter toggled back
(r, r) draws nothing again, and what is shown reads exactly as when it was first drawn."""

from __future__ import annotations

from rich.style import Style

from briefing.tui.app import create_app


def _look(strips) -> list[list[tuple[str, Style | None]]]:  # noqa: ANN001
    """The text and style of every segment, without the meta (the tree's node ids: new at each rebuild)."""
    return [[(seg.text, _no_meta(seg.style)) for seg in strip] for strip in strips]


def _no_meta(style: Style | None) -> Style | None:
    if style is None:
        return None
    return Style(color=style.color, bgcolor=style.bgcolor, bold=style.bold, dim=style.dim, italic=style.italic,
                 underline=style.underline, reverse=style.reverse, strike=style.strike)


async def _toggled_back_draws_nothing(pilot, widget, shown, drawn) -> None:  # noqa: ANN001
    """The filter key changes what `widget` shows; toggled off and on again, it shows `shown` once more and
    draws no line (`drawn`: what the widget's renderer was asked to draw)."""
    await pilot.press("r")
    await pilot.pause()
    assert _look(widget.render_line(y) for y in range(widget.size.height)) != shown
    await pilot.press("r")
    await pilot.pause()
    drawn.clear()
    await pilot.press("r", "r")
    await pilot.pause()
    assert not drawn
    assert _look(widget.render_line(y) for y in range(widget.size.height)) == shown


async def test_actors_tree_toggled_filter_draws_no_line_again(fixture_briefing):
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2", "j", "j", "r", "r")  # (the actors tree focused, its cursor on an actor)
        await pilot.pause()
        tree = app.main_screen.actors.tree
        shown = _look(tree.render_line(y) for y in range(tree.size.height))
        drawn = []  # labels Textual's Tree renders: one for each line it draws
        render_label = tree.render_label
        tree.render_label = lambda node, *styles: drawn.append(node) or render_label(node, *styles)
        await _toggled_back_draws_nothing(pilot, tree, shown, drawn)  # (the filter on: fewer actors)
        tree.notify_style_update()  # (every cache emptied)
        assert _look(tree.render_line(y) for y in range(tree.size.height)) == shown  # as drawn afresh
        await pilot.press("r", "r")
        await pilot.click(tree, offset=(8, 4))  # a click on a kept line moves the cursor by its line number
        await pilot.pause()
        line = tree.cursor_line
        await pilot.click(tree, offset=(8, 6))
        await pilot.pause()
        assert tree.cursor_line == line + 2


async def test_matrix_toggled_filter_draws_no_line_again(fixture_briefing):
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3", "j", "r", "r")  # (the matrix focused, its cursor on the second row)
        await pilot.pause()
        table = app.main_screen.positions.table
        shown = _look(table.render_line(y) for y in range(table.size.height))
        drawn = []  # rows Textual's DataTable renders: one for each line it draws
        render_row = table._render_line_in_row
        table._render_line_in_row = lambda *args, **kwargs: drawn.append(args) or render_row(*args, **kwargs)
        await _toggled_back_draws_nothing(pilot, table, shown, drawn)  # (the filter on: the Russia column alone)
        table.notify_style_update()  # (every cache emptied)
        assert _look(table.render_line(y) for y in range(table.size.height)) == shown  # as drawn afresh
        await pilot.click(table, offset=(30, 3))  # a click on a kept line moves the cursor to its cell
        await pilot.pause()
        assert table.cursor_coordinate.row == 2 and table.cursor_coordinate.column >= 1


async def test_a_pane_whose_caption_is_the_same_is_not_repainted(fixture_briefing):
    """A filter key sets every pane's caption; a pane whose caption stays the same ("4 issues") is not marked
    to be painted again as a whole (Textual repaints every row of a pane whose border text is set)."""
    app = create_app(briefing=fixture_briefing)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r", "r")
        await pilot.pause()
        screen = app.main_screen
        repainted = []
        for pane in (screen.timeline, screen.positions, screen.actors):
            refresh = pane.refresh
            pane.refresh = lambda *regions, pane=pane, refresh=refresh, **kwargs: (  # (a whole pane: no regions)
                repainted.append(pane.id) if not regions else None) or refresh(*regions, **kwargs)
        await pilot.press("r")
        await pilot.pause()
        assert screen.positions.border_subtitle == "4 issues" and screen.actors.border_subtitle != "9 actors"
        assert "actors" in repainted and "timeline" in repainted  # their counts changed
        assert "positions" not in repainted
