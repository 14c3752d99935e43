"""A folder's texts read on first use: a warm load does not read the files its sealed stat record says are
unchanged (briefing.load.seen_files), and a source's text, and each span's text in it, is made when first asked.

The folder read gives such a file a `DeferredText`: its path, the SHA-256 and the length (in characters) the
record holds for it. The cached briefing is checked against those lengths when decoded (briefing.load.codec:
every span inside its source, as for a text read), and the cache key is made from the recorded digest. When the
text is first needed, the file is read as any article is (briefing.load.files: only a regular file inside the
folder, never a link out of it, a FIFO or a device), and believed only when its bytes have the recorded digest
and decode to a text of the recorded length. Anything else — the file edited, swapped for a link or a pipe,
removed — is refused: the source's text is a notice naming the file, its spans read as a notice too (never a
slice of other text at stale offsets), and a Problem says so (`TextStore.problems`, shown with the briefing's).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from briefing.load.files import FolderReader, Refused
from briefing.model import Problem
from briefing.model.base import Lazy


def changed_notice(file: str) -> str:
    """What a source whose file changed since its briefing was built shows instead of its text."""
    return (f"[{file} changed since this briefing was built: its text is not shown, as the briefing's offsets "
            "into it no longer hold. Load the folder again to read it.]")


def changed_span(file: str) -> str:
    """What a span of such a source reads as."""
    return f"[{file} changed since this briefing was built]"


class TextStore:
    """The texts of one folder read that are read on first use, and the problems met reading them."""

    def __init__(self, reader: FolderReader, limit: int) -> None:
        self.reader = reader
        self.limit = limit
        #: One Problem per file refused when its text was first needed (a list the briefing shows, see LateProblems).
        self.problems: list[Problem] = []

    def defer(self, path: str, file: str, rel: str, digest: bytes, length: int) -> DeferredText:
        return DeferredText(self, path, file, rel, digest, length)

    def read(self, deferred: DeferredText) -> str | None:
        """The file's text when its bytes are those recorded (digest and length), else None and a Problem."""
        try:
            data = self.reader.read(deferred.path, self.limit)
        except Refused as exc:
            reason = str(exc)
        else:
            if hashlib.sha256(data).digest() == deferred.digest:
                try:
                    text = data.decode("utf-8-sig")
                except UnicodeDecodeError:
                    text = None
                if text is not None and len(text) == deferred.length:
                    return text
            reason = "its bytes are not those the briefing was built from"
        self.problems.append(Problem(file=deferred.rel, message=f"changed since the briefing was built ({reason}); "
                                                                "its text and spans are not shown: load the folder again"))
        return None


class DeferredText(Lazy):
    """A source's text not read yet: its length is the recorded one; a slice of it is a `DeferredSlice`; made
    (`realise`), the text read and checked, or the notice that it changed (`refused` then True)."""

    __slots__ = ("digest", "file", "length", "path", "refused", "rel", "store", "text")

    def __init__(self, store: TextStore, path: str, file: str, rel: str, digest: bytes, length: int) -> None:  # noqa: PLR0913
        self.store, self.path, self.file, self.rel, self.digest, self.length = store, path, file, rel, digest, length
        self.text: str | None = None
        self.refused = False

    def realise(self) -> str:
        text = self.text
        if text is None:
            text = self.store.read(self)
            if text is None:
                self.refused, text = True, changed_notice(self.rel)
            self.text = text
        return text

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, key: slice | int) -> str | DeferredSlice:
        if type(key) is slice and self.text is None:
            return DeferredSlice(self, key.start, key.stop)
        if type(key) is slice and self.refused:
            return changed_span(self.rel)
        return self.realise()[key]

    def __reduce__(self) -> tuple:
        return str, (self.realise(),)


class DeferredSlice(Lazy):
    """A span's text in a source not read yet: the slice once the source is read and checked, else a notice."""

    __slots__ = ("end", "start", "whole")

    def __init__(self, whole: DeferredText, start: int, end: int) -> None:
        self.whole, self.start, self.end = whole, start, end

    def realise(self) -> str:
        whole = self.whole
        text = whole.realise()
        return changed_span(whole.rel) if whole.refused else text[self.start:self.end]

    def __reduce__(self) -> tuple:
        return str, (self.realise(),)


def readable(text: str | DeferredText) -> str | None:
    """A source's text to slice spans from: a text read, or a deferred one read (and checked) now; None when
    it was refused (a slice of it is then the notice, `DeferredText.__getitem__`)."""
    if not isinstance(text, DeferredText):
        return text
    whole = text.realise()
    return None if text.refused else whole


def read_deferred(texts: Iterable[str | DeferredText]) -> None:
    """Each deferred text among `texts` read (and checked) now, in order: a refused one's Problem then stands
    in the store's list before anything cites it (the exports write their problems after the sources)."""
    for text in texts:
        if isinstance(text, DeferredText):
            text.realise()


class LateProblems(Sequence[Problem]):
    """A briefing's problems: those of its load, then those met reading its texts on first use (a text store's
    list, which grows as texts are read). Counts, iterates and compares as the tuple of both."""

    __slots__ = ("first", "late")

    def __init__(self, first: tuple[Problem, ...], late: list[Problem]) -> None:
        self.first, self.late = first, late

    def _all(self) -> tuple[Problem, ...]:
        return (*self.first, *self.late)

    def __len__(self) -> int:
        return len(self.first) + len(self.late)

    def __getitem__(self, index: int | slice) -> Any:  # noqa: ANN401
        return self._all()[index]

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._all())

    def __eq__(self, other: object) -> bool:
        return self._all() == (other._all() if isinstance(other, LateProblems) else other)

    def __hash__(self) -> int:
        return hash(self._all())

    def __add__(self, other: tuple) -> tuple:
        return self._all() + tuple(other)

    def __radd__(self, other: tuple) -> tuple:
        return tuple(other) + self._all()

    def __repr__(self) -> str:
        return repr(self._all())

    def __reduce__(self) -> tuple:
        return tuple, (self._all(),)
