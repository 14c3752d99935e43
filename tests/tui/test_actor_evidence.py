"""An alias or an actor under the cursor shows where the text gives it: every claim carries its evidence, the
spellings and roles of the actors pane too."""

from __future__ import annotations

from tests.tui.conftest import screen_text


async def _cursor_to(pilot, actor_id: str, alias: str | None) -> None:  # noqa: ANN001 - Pilot
    """Move the actors pane's cursor with the down key, as a user would, to the actor or one of their aliases."""
    actors = pilot.app.main_screen.actors
    for _ in range(80):
        index = actors.current_alias_index
        here = actors.briefing.actor(actors.current_actor_id or "")
        if here is not None and here.id == actor_id and \
                (alias is None and index is None or index is not None and here.aliases[index].text == alias):
            await pilot.pause()
            return
        await pilot.press("down")
    raise AssertionError(f"cursor never reached {actor_id} {alias}: {screen_text(pilot.app)}")


async def test_a_misspelling_under_the_cursor_shows_where_the_text_writes_it(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await _cursor_to(pilot, "putin", "Vladmir Putin")
        alias = next(a for a in fixture_briefing.actor("putin").aliases if a.text == "Vladmir Putin")
        source = app.main_screen.source
        assert source.highlight == alias.evidence[0]
        assert source.file == alias.evidence[0].source
        assert "Vladmir Putin" in screen_text(app)


async def test_an_actor_under_the_cursor_shows_their_role_then_each_spelling(app, fixture_briefing):
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("2")
        await _cursor_to(pilot, "hegseth", None)
        hegseth = fixture_briefing.actor("hegseth")
        seen = [app.main_screen.source.highlight]
        for _ in range(2):
            await pilot.press("full_stop")  # the next evidence
            seen.append(app.main_screen.source.highlight)
        assert seen[0] == hegseth.roles[0].evidence[0]  # "US Secretary of Defence Pete Hegseth"
        assert [s.text for s in seen[1:]] == ["Pete Hegseth", "Hegseth"]
        assert seen[2] == next(a for a in hegseth.aliases if a.text == "Hegseth").evidence[0]
