"""Actors pane: actors grouped by side with role, mention count and aliases; the chosen actor's quotes."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.message import Message
from textual.widgets import OptionList, Static, Tree
from textual.widgets.option_list import Option

from briefing.model import Actor, Briefing, Quote
from briefing.tui.state import Filter
from briefing.tui.view import actor_quotes, side_badge, side_style, visible_actors
from briefing.tui.tree import NavTree
from briefing.tui.widgets import NavList, Pane, set_text


class Actors(Pane):
    """Posts `ActorHighlighted` as the cursor moves, `ActorChosen` on Enter, `QuoteChosen` on a quote."""

    TITLE = "2 Actors"

    class ActorHighlighted(Message):
        """The cursor is on an actor, or on one of their aliases (`alias_index` into `Actor.aliases`)."""

        def __init__(self, actor_id: str, alias_index: int | None = None) -> None:
            super().__init__()
            self.actor_id = actor_id
            self.alias_index = alias_index

    class ActorChosen(Message):
        def __init__(self, actor_id: str) -> None:
            super().__init__()
            self.actor_id = actor_id

    class QuoteChosen(Message):
        def __init__(self, quote_id: str) -> None:
            super().__init__()
            self.quote_id = quote_id

    def __init__(self, briefing: Briefing, **kwargs) -> None:  # noqa: ANN003
        super().__init__(**kwargs)
        self.briefing = briefing
        self.marked: frozenset[str] = frozenset()
        self.chosen: str | None = None
        self.filter = Filter()
        self._built = False

    def compose(self) -> ComposeResult:
        tree = NavTree("actors", id="actors-tree")
        tree.show_root = False
        tree.auto_expand = False
        yield tree
        yield Static(id="actors-quotes-title", classes="detail-title")
        yield NavList(id="actors-quotes")

    @property
    def tree(self) -> NavTree:
        return self.query_one("#actors-tree", NavTree)

    # ---- methods the app calls ---------------------------------------------------------------
    def show_actors(self, flt: Filter) -> None:
        if self._built and flt == self.filter:
            self._show_quotes()
            return
        self._built = True
        self.filter = flt
        current = self.current_actor_id
        tree = self.tree
        tree.clear()
        count = 0
        for side, actors in visible_actors(self.briefing, flt):
            label = side_badge(self.briefing, side) + Text(f" {self.briefing.side(side).label}",
                                                           style=side_style(self.briefing, side))
            group = tree.root.add(label, data=f"side:{side}", expand=True)
            for actor in actors:
                count += 1
                aliases = [
                    a for a in actor.aliases
                    if flt.allows_origin(a.origin) and (a.text != actor.name or a.misspelling)
                ]
                if not aliases:
                    group.add_leaf(self._actor_label(actor), data=actor.id)
                    continue
                node = group.add(self._actor_label(actor), data=actor.id, expand=True)
                for alias in aliases:
                    index = actor.aliases.index(alias)
                    text = Text(alias.text)
                    if alias.misspelling:
                        text = Text("✗ ", style="bold") + text + Text("  misspelling", style="italic reverse")
                    if alias.origin == "auto":
                        text.append(f"  auto {alias.score:.0f}%", style="dim italic")
                    node.add_leaf(text, data=f"alias:{actor.id}|{index}")
        self.set_subtitle(f"{count} actors")
        tree.build_lines()  # (its scroll size known before the paint: one frame)
        if current:
            self.select_actor(current)
        self._show_quotes()

    def _actor_label(self, actor: Actor) -> Text:
        mark = "▶ " if actor.id in self.marked or actor.id == self.chosen else "  "
        label = Text(mark, style="bold")
        label.append(actor.name, style="bold" if actor.id == self.chosen else "")
        if actor.role:
            label.append(f"  {actor.role}", style="dim")
        label.append(f"  {self.briefing.mention_count(actor.id)}×", style="italic")
        return label

    def _relabel(self, only: frozenset[str] | None = None) -> None:
        for node in self._actor_nodes():
            if only is not None and node.data not in only:
                continue
            actor = self.briefing.actor(node.data or "")
            if actor is not None:
                node.set_label(self._actor_label(actor))

    def _actor_nodes(self):  # noqa: ANN202
        for group in self.tree.root.children:
            yield from group.children

    def mark_actors(self, actor_ids: tuple[str, ...]) -> None:
        """Mark the actors of the event under the timeline cursor."""
        old, self.marked = self.marked, frozenset(actor_ids)
        self._relabel(old ^ self.marked)  # on every timeline cursor move: only the actors whose mark changed

    def choose(self, actor_id: str | None) -> None:
        """Make `actor_id` the chosen actor (or none): bold in the tree, its quotes listed."""
        self.chosen = actor_id
        self._relabel()
        if actor_id:
            self.select_actor(actor_id)
        self._show_quotes()

    def select_actor(self, actor_id: str) -> bool:
        for node in self._actor_nodes():
            if node.data == actor_id:
                if node.line < 0:  # just added: the tree has not laid out its lines yet
                    self.call_after_refresh(self.select_actor, actor_id)
                else:
                    self.tree.move_cursor(node, animate=False)
                return True
        return False

    def _show_quotes(self) -> None:
        quotes_list = self.query_one("#actors-quotes", OptionList)
        title = self.query_one("#actors-quotes-title", Static)
        if not self.chosen:
            set_text(title, Text("Enter on an actor lists their quotes", style="dim"))
            quotes_list.clear_options()
            quotes_list.display = False
            return
        quotes = actor_quotes(self.briefing, self.chosen, self.filter)
        set_text(title, Text(f"Quotes of {self.briefing.actor_name(self.chosen)} ({len(quotes)})", style="bold"))
        quotes_list.display = bool(quotes)
        quotes_list.set_options(Option(self._quote_label(q), id=q.id) for q in quotes)
        quotes_list.highlighted = 0 if quotes else None  # Tab lands on a quote Enter can open

    def _quote_label(self, quote: Quote) -> Text:
        label = Text("≈ ", style="bold") if quote.origin == "auto" else Text()
        label.append("“" + " ".join(quote.text.split()) + "”")
        when = quote.date.display.strip() if quote.date else ""
        label.append(f"  {quote.source.split('_', 1)[0]} {when}", style="dim")
        if quote.source_count > 1:  # one claim, many sources
            label.append(f"  {quote.source_count} sources", style="dim")
        return label

    @property
    def current_actor_id(self) -> str | None:
        node = self.tree.cursor_node
        if node is None or node.data is None:
            return None
        data = node.data
        if data.startswith("alias:"):
            return data.split(":", 1)[1].rsplit("|", 1)[0]
        return None if data.startswith("side:") else data

    @property
    def current_alias_index(self) -> int | None:
        """The index (into the actor's aliases) of the alias under the cursor, if it is on one."""
        node = self.tree.cursor_node
        data = node.data if node is not None else None
        return int(data.rsplit("|", 1)[1]) if data and data.startswith("alias:") else None

    @property
    def current_quote_id(self) -> str | None:
        """The quote under the cursor of the quotes list, when that list has the focus."""
        quotes_list = self.query_one("#actors-quotes", OptionList)
        option = quotes_list.highlighted_option if quotes_list.has_focus else None
        return option.id if option is not None else None

    def focus_quotes(self) -> bool:
        """Focus the quotes, the first highlighted if none is; False when there are none."""
        quotes_list = self.query_one("#actors-quotes", OptionList)
        if not quotes_list.option_count:
            return False
        quotes_list.focus()
        if quotes_list.highlighted is None:
            quotes_list.highlighted = 0
        return True

    # ---- events up ---------------------------------------------------------------------------
    def on_tree_node_highlighted(self, message: Tree.NodeHighlighted) -> None:
        message.stop()
        actor_id = self.current_actor_id
        if actor_id:
            self.post_message(self.ActorHighlighted(actor_id, self.current_alias_index))

    def on_tree_node_selected(self, message: Tree.NodeSelected) -> None:
        message.stop()
        actor_id = self.current_actor_id
        if actor_id:
            self.post_message(self.ActorChosen(actor_id))

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        if message.option.id:
            self.post_message(self.QuoteChosen(message.option.id))
