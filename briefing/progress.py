"""The progress bar `briefing check` and `briefing export` show on stderr while a large folder loads."""

from __future__ import annotations

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn


class LoadProgress:
    """A progress bar on `console` while a large folder loads: only on a terminal, only past THRESHOLD
    sources (a small folder loads before a bar would be seen). Gone once the load is done."""

    THRESHOLD = 200

    def __init__(self, console: Console) -> None:
        self.console = console
        self.bar: Progress | None = None
        self.task: TaskID | None = None

    def __call__(self, done: int, total: int, stage: str = "extracting") -> None:
        if self.bar is None:
            if total <= self.THRESHOLD or not self.console.is_terminal:
                return
            self.bar = Progress(TextColumn("{task.description} {task.total} sources"), BarColumn(),
                                MofNCompleteColumn(), TimeElapsedColumn(), console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task(stage.capitalize(), total=total)
        self.bar.update(self.task, completed=done, description=stage.capitalize())  # type: ignore[arg-type]

    def __enter__(self) -> LoadProgress:
        return self

    def __exit__(self, *_exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
