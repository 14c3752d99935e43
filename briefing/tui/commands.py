"""Command palette provider: the dashboard's actions (from its bindings), actors, events and sources."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.content import Content
from textual.markup import escape
from textual.command import DiscoveryHit, Hit, Hits, Provider


#: Bindings that make no sense picked from a list (they move the focus the palette has just given back).
NOT_COMMANDS = {"focus.next", "focus.previous", "app.help"}


def action_entries(screen) -> list[tuple[str, str, object]]:  # noqa: ANN001 - a MainScreen
    """One command per binding of the screen with an id and a description, named as the help names it, in the
    keymap's keys: an action another engineer binds on the MainScreen is in the palette with nothing more."""
    entries: list[tuple[str, str, object]] = []
    seen: set[str] = set()
    for bindings in screen._bindings.key_to_bindings.values():
        for binding in bindings:
            if not binding.id or not binding.description or binding.id in seen or binding.id in NOT_COMMANDS:
                continue
            seen.add(binding.id)
            keys = ", ".join(screen.app.get_key_display(b) for bs in screen._bindings.key_to_bindings.values()
                             for b in bs if b.id == binding.id)
            entries.append((binding.tooltip or binding.description, f"key: {keys}",
                            partial(screen.run_action, binding.action)))
    return entries


class BriefingCommands(Provider):
    """Finds the dashboard's actions, actors (names and aliases), events and sources; choosing one does it."""

    def _entries(self) -> list[tuple[str, str, object]]:
        from briefing.tui.main import MainScreen

        app = self.screen  # the screen the palette was opened on
        if not isinstance(app, MainScreen):  # still loading: nothing to jump to
            return []
        briefing = app.briefing
        entries: list[tuple[str, str, object]] = action_entries(app)
        for actor in briefing.actors:
            aliases = ", ".join(a.text for a in actor.aliases if a.text != actor.name)
            entries.append((f"Actor: {actor.name}", aliases, partial(app.jump_to_actor, actor.id)))
            entries.extend(
                (f"Actor: {alias.text}", f"→ {actor.name}", partial(app.jump_to_actor, actor.id))
                for alias in actor.aliases if alias.text != actor.name
            )
        for event in briefing.events:
            entries.append((f"Event: {event.title}", event.date.display.strip(),
                            partial(app.jump_to_event, event.id)))
        for source in briefing.sources:
            number = source.file.split("_", 1)[0]
            entries.append((f"Source {number}: {source.headline or source.file}", f"{source.outlet} {source.file}",
                            partial(app.open_source, source.file)))
        return entries

    async def discover(self) -> Hits:
        for name, help_text, callback in self._entries():
            if not name.startswith("Actor: ") or "→" not in help_text:  # (aliases only when searched for)
                yield DiscoveryHit(Text(name), callback, help=escape(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, callback in self._entries():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, _highlight(matcher, name), callback, text=name, help=escape(help_text))  # type: ignore[arg-type]


def _highlight(matcher, name: str) -> Content:  # noqa: ANN001
    """Like `Matcher.highlight`, but the name is plain text, never markup."""
    content = Content(name)
    _score, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize("bold underline", offset, offset + 1)
    return content
