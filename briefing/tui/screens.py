"""Modal screens: help (from the real bindings), actor picker, citations, find, problems."""

from __future__ import annotations

from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.cite import outlet_label
from briefing.model import Briefing, Citation, Problem, Span
from briefing.tui.modal import Modal
from briefing.tui.view import find_text, hit_context, legend, match_actors, side_style
from briefing.tui.widgets import NavList, Pane

#: The keys every screen answers, bound on the app (and first on the main screen, so they lead its footer).
QUIT_AND_HELP = [
    Binding("q", "app.quit", "Quit", id="app.quit"),
    Binding("?", "app.help", "Help", id="app.help"),
]
CLOSE = [Binding("escape", "dismiss_none", "Close", id="modal.close")]


class _Modal(Modal):
    BINDINGS = CLOSE

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True)
class HelpRow:
    group: str
    keys: str
    description: str
    binding_id: str  # for the keymap (README); not shown to readers


def help_rows(screen: Screen) -> list[HelpRow]:
    """The bindings active right now on `screen`, grouped by where they act: everywhere, or in a pane.

    Keys for the same thing share a row ("↓, j  Down"); a binding's tooltip, when it has one, is the longer
    description a reader sees. Binding ids are kept for the keymap, never shown.
    """
    app = screen.app
    merged: dict[tuple[str, str], list] = {}
    for key, active in screen.active_bindings.items():
        binding, node = active.binding, active.node
        if not binding.description:
            continue
        pane = next((a for a in node.ancestors_with_self if isinstance(a, Pane)), None)
        if node is app or node is screen:
            group = "Everywhere"
        elif pane is not None:
            group = f"In the {pane.TITLE[2:]} pane"
        else:
            group = "Here"
        action = binding.action.split(".", 1)[-1]  # app.quit and quit are one thing
        merged.setdefault((group, action), []).append(binding)
    rows: list[HelpRow] = []
    for (group, _action), bindings in merged.items():
        main = next((b for b in bindings if b.id), bindings[0])
        keys = ", ".join(dict.fromkeys(app.get_key_display(b) for b in bindings))
        ids = ", ".join(dict.fromkeys(b.id for b in bindings if b.id))
        rows.append(HelpRow(group, keys, main.tooltip or main.description, ids))
    rows.sort(key=lambda r: r.group != "Everywhere")  # stable: each group keeps its bindings' order
    return rows


class HelpScreen(_Modal):
    """Every key that works right now, read from the active bindings (never written by hand), and what the
    marks on screen mean."""

    BINDINGS = [
        *CLOSE,
        Binding("?,q", "dismiss_none", "Close", show=False, id="help.close"),
        Binding("j", "scroll('down')", "Scroll down", show=False, id="help.down"),
        Binding("k", "scroll('up')", "Scroll up", show=False, id="help.up"),
    ]

    def __init__(self, rows: list[HelpRow], briefing: Briefing | None = None) -> None:
        super().__init__()
        self.rows = rows
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        group = None
        for row in self.rows:
            if row.group != group:
                group = row.group
                table.add_row(Text(f"\n{group}", style="bold underline"), "")
            table.add_row(Text(row.keys), Text(row.description))
        table.add_row(Text("\nWhat the marks mean", style="bold underline"), "")
        for mark, meaning in legend(self.briefing):
            table.add_row(mark, Text(meaning))
        with VerticalScroll(id="help", classes="modal") as scroll:
            scroll.border_title = "Keys and marks (j/k scroll, Esc closes)"
            yield Static(table)

    def action_scroll(self, direction: str) -> None:
        scroll = self.query_one("#help", VerticalScroll)
        (scroll.scroll_down if direction == "down" else scroll.scroll_up)(animate=False)


class ActorPicker(_Modal):
    """Fuzzy-find an actor by name or any alias, misspellings included."""

    BINDINGS = [*CLOSE, Binding("down", "to_list", "To list", show=False, id="picker.down")]

    def __init__(self, briefing: Briefing) -> None:
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        with Vertical(id="picker", classes="modal") as box:
            box.border_title = "Filter by actor (Enter toggles, Esc closes)"
            yield Input(placeholder="name or alias, e.g. Higseth", id="picker-input")
            yield NavList(id="picker-list")

    def on_mount(self) -> None:
        for field in self.query(Input):  # no blinking when headless: deterministic tests and snapshots
            field.cursor_blink = not self.app.is_headless
        self._refresh("")

    def _refresh(self, query: str) -> None:
        options = []
        for match in match_actors(self.briefing, query):
            label = Text(self.briefing.side(match.actor.side).letter + " ",
                         style=side_style(self.briefing, match.actor.side))
            label.append(match.actor.name, style="bold")
            if match.matched != match.actor.name:
                label.append(f"  ({match.matched})", style="italic")
            if match.actor.role:
                label.append(f"  {match.actor.role}", style="dim")
            options.append(Option(label, id=match.actor.id))
        picker = self.query_one("#picker-list", OptionList)
        picker.set_options(options)
        picker.highlighted = 0 if options else None

    def on_input_changed(self, event: Input.Changed) -> None:
        self._refresh(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        picker = self.query_one("#picker-list", OptionList)
        if picker.highlighted_option is not None:
            self.dismiss(picker.highlighted_option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_to_list(self) -> None:
        self.query_one("#picker-list", OptionList).focus()


class CitationsScreen(_Modal):
    """What cites the passage: choosing one jumps to it."""

    def __init__(self, citations: tuple[Citation, ...], where: str) -> None:
        super().__init__()
        self.citations = citations
        self.where = where

    def compose(self) -> ComposeResult:
        with Vertical(id="citations", classes="modal") as box:
            box.border_title = f"Cited by ({escape(self.where)}) — Enter jumps, Esc closes"
            if not self.citations:
                yield Static(Text("Nothing cites this passage.", style="dim italic"))
            options = []
            for citation in self.citations:
                label = Text(f"{citation.kind:<11}", style="bold")
                label.append(citation.label)
                label.append("\n  “" + " ".join(citation.span.text.split())[:200] + "”", style="dim")
                options.append(Option(label))
            yield NavList(*options, id="citations-list")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.citations[event.option_index])


class FindScreen(_Modal):
    """Find text across all sources: Enter lists every hit with its source, outlet and line; Enter on one
    opens it (then n/N step through the others). Answers (query, hit index) or None."""

    #: Hits listed at most (n/N still step through all of them).
    LISTED = 500

    def __init__(self, briefing: Briefing, previous: str = "") -> None:
        super().__init__()
        self.briefing = briefing
        self.previous = previous
        self.searched = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="find", classes="modal") as box:
            box.border_title = "Find in sources (Enter lists the hits, Esc closes)"
            yield Input(value=self.previous, placeholder="text to find", id="find-input")
            yield Static(id="find-count")
            yield NavList(id="find-list")

    def on_mount(self) -> None:
        for field in self.query(Input):
            field.cursor_blink = not self.app.is_headless
        self.query_one("#find-list").display = False

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.searched = event.value
        hits = find_text(self.briefing, event.value)
        listed = hits[: self.LISTED]
        count = self.query_one("#find-count", Static)
        results = self.query_one("#find-list", OptionList)
        if not hits:
            count.update(Text(f"No hits for “{event.value}”." if event.value else "Type something to find.",
                              style="italic"))
            results.display = False
            return
        more = f" (the first {len(listed)} listed; n/N step through all)" if len(hits) > len(listed) else ""
        files = len({h.source for h in hits})
        count.update(Text(f"{len(hits)} hit{'s' * (len(hits) != 1)} in {files} source{'s' * (files != 1)}{more}. "
                          "Enter opens one; n/N then step through them.", style="italic"))
        results.set_options(Option(self._label(hit)) for hit in listed)
        results.display = True
        results.highlighted = 0
        results.focus()

    def _label(self, hit: Span) -> Text:
        source = self.briefing.source(hit.source)
        label = Text(hit.source.split("_", 1)[0] + " ", style="bold")
        label.append(outlet_label(source.outlet if source else "")[:18], style="dim")
        label.append("  ")
        room = max(30, min(100, self.app.size.width * 4 // 5) - 36)  # one row in the box: source, outlet, line
        line, start, end = hit_context(self.briefing, hit, room)
        context = Text(line)  # source text: never markup
        context.stylize("reverse bold", start, end)
        return label + context

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss((self.searched, event.option_index))


class ProblemsScreen(_Modal):
    """Everything the loader could not make sense of, as file:line: message."""

    BINDINGS = [*CLOSE, Binding("p,q", "dismiss_none", "Close", show=False, id="problems.close")]

    def __init__(self, problems: tuple[Problem, ...]) -> None:
        super().__init__()
        self.problems = problems

    def compose(self) -> ComposeResult:
        with Vertical(id="problems", classes="modal") as box:
            box.border_title = f"Problems ({len(self.problems)}) — Esc closes"
            if not self.problems:
                yield Static(Text("No problems found.", style="italic"))
            yield NavList(*(Option(self._label(p)) for p in self.problems), id="problems-list")

    @staticmethod
    def _label(problem: Problem) -> Text:
        return Text(problem.where, style="bold") + Text(": ") + Text(problem.message)
