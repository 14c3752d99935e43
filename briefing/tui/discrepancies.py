"""Where the sources disagree: every discrepancy grouped by kind, each side with its outlet and date.

Enter on a side opens its passage in the source pane (the screen is dismissed with that span); `y` copies
the discrepancy under the cursor as a citation.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from briefing.cite import discrepancy_citation, kind_in_words, one_line, origin_of
from briefing.model import Briefing, Discrepancy, Span
from briefing.tui.modal import Modal
from briefing.tui.widgets import NavList

#: Kinds in the order a reader meets them: dates first, then quotes and names, the rest after.
KIND_ORDER = ("wrong_year", "date_mismatch", "publication_date", "anachronism", "translation", "misspelling",
              "naming", "factual")


def grouped(discrepancies: tuple[Discrepancy, ...]) -> list[tuple[str, list[Discrepancy]]]:
    by_kind: dict[str, list[Discrepancy]] = {}
    for disc in discrepancies:
        by_kind.setdefault(disc.kind, []).append(disc)
    rank = {kind: n for n, kind in enumerate(KIND_ORDER)}
    return sorted(by_kind.items(), key=lambda item: (rank.get(item[0], len(rank)), item[0]))


class DiscrepanciesScreen(Modal[Span | None]):
    """Every discrepancy by kind; the selectable rows are the sides (one per evidence passage)."""

    BINDINGS = [
        Binding("escape,d,q", "close", "Close", id="discrepancies.close"),
        Binding("y", "copy", "Copy this discrepancy as a citation", id="discrepancies.copy"),
    ]

    def __init__(self, briefing: Briefing, discrepancies: tuple[Discrepancy, ...]) -> None:
        super().__init__(id="discrepancies-screen")
        self.briefing = briefing
        self.discrepancies = discrepancies
        #: option id -> (the discrepancy, the side's span)
        self.sides: dict[str, tuple[Discrepancy, Span]] = {}

    def compose(self) -> ComposeResult:
        with Vertical(id="discrepancies", classes="modal") as box:
            box.border_title = f"Where the sources disagree ({len(self.discrepancies)})"
            box.border_subtitle = "Enter opens a side in the source · y copies · Esc closes"
            if not self.discrepancies:
                yield Static(Text("The sources do not disagree anywhere that was found.", style="dim italic"))
            yield NavList(*self._options(), id="discrepancies-list")

    def _options(self) -> list[Option]:
        options: list[Option] = []
        for kind, items in grouped(self.discrepancies):
            heading = Text(f"{kind_in_words(kind).capitalize()} ({len(items)})", style="bold underline")
            options.append(Option(heading, disabled=True))
            for disc in items:
                summary = Text("≈ " if disc.origin == "auto" else "", style="bold")
                summary.append(one_line(disc.summary), style="italic")
                options.append(Option(summary, disabled=True))
                for n, span in enumerate(disc.evidence):
                    key = f"side-{len(self.sides)}"
                    self.sides[key] = (disc, span)
                    options.append(Option(self._side(span, n), id=key))
        return options

    def _side(self, span: Span, n: int) -> Text:
        origin = origin_of(self.briefing, span)
        label = Text(f"  {n + 1}. ", style="bold")
        label.append("“" + one_line(span.text) + "”")
        label.append(f"\n     {origin.outlet} · {origin.date} · {span.source.split('_', 1)[0]}", style="dim")
        return label

    def on_mount(self) -> None:
        listing = self.query_one(NavList)
        listing.focus()
        first = next((n for n in range(listing.option_count) if not listing.get_option_at_index(n).disabled), None)
        listing.highlighted = first

    @property
    def current(self) -> tuple[Discrepancy, Span] | None:
        option = self.query_one(NavList).highlighted_option
        return self.sides.get(option.id or "") if option is not None else None

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        side = self.sides.get(message.option.id or "")
        if side is not None:
            self.dismiss(side[1])

    def action_copy(self) -> None:
        current = self.current
        if current is None:
            self.app.bell()
            return
        disc = current[0]
        self.app.copy_to_clipboard(discrepancy_citation(self.briefing, disc))
        self.notify(f"Copied the discrepancy ({kind_in_words(disc.kind)}) with its {len(disc.evidence)} passages.",
                    title="Copied to the clipboard", markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
