"""Ask where to write the current view as a Markdown briefing (the path comes back; the app writes it)."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from briefing.tui.modal import Modal


def default_export_path(data_dir: Path | None, folder: Path | None = None) -> Path:
    """`briefing.md` in the current directory (`briefing-2.md`, … if taken); the home directory instead when
    the current one is inside the data folder, which is never written to."""
    folder = (folder or Path.cwd()).resolve()
    if data_dir is not None and inside(folder, data_dir):
        folder = Path.home().resolve()
    path, n = folder / "briefing.md", 1
    while path.exists():
        n += 1
        path = folder / f"briefing-{n}.md"
    return path


def inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


class ExportScreen(Modal[Path | None]):
    BINDINGS = [Binding("escape", "close", "Cancel", id="export.cancel")]

    def __init__(self, default: Path, note: str) -> None:
        super().__init__(id="export-screen")
        self.default = default
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="export", classes="modal") as box:
            box.border_title = "Write this view as a Markdown briefing"
            box.border_subtitle = "Enter writes · Esc cancels"
            yield Static(Text(self.note), id="export-note")
            yield Input(value=str(self.default), placeholder="file to write", id="export-input")

    def on_mount(self) -> None:
        field = self.query_one(Input)
        field.cursor_blink = not self.app.is_headless
        field.focus()

    def on_input_submitted(self, message: Input.Submitted) -> None:
        message.stop()
        value = message.value.strip()
        self.dismiss(Path(value).expanduser() if value else None)

    def action_close(self) -> None:
        self.dismiss(None)
