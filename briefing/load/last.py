"""The last briefing of a folder that has only grown since: shown at once by the dashboard while the new one is
built (see tui/updating.py), and only when every claim in it still stands on the same bytes.

Each build that writes a briefing to the cache also writes a pointer for the folder's path (cache.remember):
the briefing's key and the files it was built from. `previous_briefing` takes the folder as read now, keeps
the files the pointer names, and recomputes the cache key from them (their names, SHA-256 and reading notes,
the problems met, the TOML files, the loader's code): only when that equals the pointed key, i.e. no old file
was removed or edited and nothing else changed, is the briefing read, and it is checked as any cached
briefing is (sealed parts, every span inside the text read now). Anything else: None, and the caller loads
as before. Nothing is written into the folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefing.load import FolderRead, cache
from briefing.load.store import LoadCache
from briefing.model import Briefing


@dataclass(frozen=True)
class Previous:
    """The last briefing built for a folder, and the files added since (not in it)."""

    briefing: Briefing
    added: tuple[str, ...]


def previous_briefing(read: FolderRead, auto: bool = True) -> Previous | None:
    """The last briefing of `read.folder` when the folder has only gained files since it was built."""
    from briefing.load import _inputs

    store = LoadCache.open(read.folder)
    if store is None:
        return None
    pointed = cache.recall(store.directory, store.secret, read.folder)
    if pointed is None:
        return None
    key, files = pointed
    old = set(files)
    kept = [raw for raw in read.raws if raw.file in old]
    added = tuple(raw.file for raw in read.raws if raw.file not in old)
    if len(kept) != len(old) or not added:  # a file gone (or nothing new: then it is no update)
        return None
    if cache.make_key(_inputs(read.folder, kept, list(read.problems), auto)) != key:
        return None  # an old file edited, a TOML changed, other problems, other code
    briefing = store.briefing(key, kept, read.folder)
    return None if briefing is None else Previous(briefing, added)
