"""The base of the dashboard's modal screens: a modal closes once.

Keys come faster than the app draws (a held key, a paste, a quick double Enter): a second Enter or Escape can
reach a modal after it has closed. Textual's `dismiss` pops whatever screen is on top, so that second close
popped the panes themselves and crashed the dashboard (ScreenStackError) or closed the wrong screen. A modal no
longer on top now ignores it."""

from __future__ import annotations

from typing import TypeVar

from textual.await_complete import AwaitComplete
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Modal(ModalScreen[ResultType]):
    def dismiss(self, result: ResultType | None = None) -> AwaitComplete:
        if not self.is_active:  # already closed (or something opened on top): not ours to pop
            return AwaitComplete.nothing()
        return super().dismiss(result)
