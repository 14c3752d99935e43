"""The sources, as a feed reader lists them: outlet, date, headline and how many claims cite each.

Enter opens the article in the source pane (the screen is dismissed with its file name).
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.cite import claims_per_source, one_line, source_origin
from briefing.model import Briefing, Source
from briefing.tui.modal import Modal
from briefing.tui.widgets import NavList


class SourcesScreen(Modal[str | None]):
    BINDINGS = [Binding("escape,s,q", "close", "Close", id="sources.close")]

    def __init__(self, briefing: Briefing, current: str | None = None) -> None:
        super().__init__(id="sources-screen")
        self.briefing = briefing
        self.current = current

    def compose(self) -> ComposeResult:
        with Vertical(id="sources", classes="modal") as box:
            box.border_title = f"Sources ({len(self.briefing.sources)})"
            box.border_subtitle = "Enter opens one · Esc closes"
            # (every source's count in one pass over the claims: asking each source's citations in turn walked
            # every copy of a claim once per source citing it, half a minute at 10,000 articles)
            counts = claims_per_source(self.briefing)
            yield NavList(*(Option(self._label(s, counts[s.file]), id=f"source-{n}")
                            for n, s in enumerate(self.briefing.sources)), id="sources-list")

    def _label(self, source: Source, claims: int) -> Text:
        origin = source_origin(source, source.file)
        label = Text(origin.outlet, style="bold")
        label.append(f" · {origin.date}")
        if source.published_basis not in ("", "unknown", "curated"):
            label.append(f" ({source.published_basis})", style="dim")
        label.append(f" · {claims} claim{'s' if claims != 1 else ''} cite it", style="dim")
        label.append("\n  ")
        label.append(one_line(source.headline or source.file), style="italic")
        label.append(f"  {source.file.split('_', 1)[0]}", style="dim")
        return label

    def on_mount(self) -> None:
        listing = self.query_one(NavList)
        listing.focus()
        files = [s.file for s in self.briefing.sources]
        listing.highlighted = files.index(self.current) if self.current in files else (0 if files else None)

    def on_option_list_option_selected(self, message: OptionList.OptionSelected) -> None:
        message.stop()
        self.dismiss(self.briefing.sources[message.option_index].file)

    def action_close(self) -> None:
        self.dismiss(None)
