"""Forked worker processes for large folders: when they pay, and how a folder's sources are shared out."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterator
from contextlib import nullcontext
from itertools import islice
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing.load.extract.people import Kept
    from briefing.load.extract.person_groups import Introduction
    from briefing.model import Actor, Source

#: Below this many sources a folder is extracted in this process: starting workers would cost more.
PARALLEL_MIN = 200
#: Sources per task handed to a worker (small enough for even shares and a live progress bar).
CHUNK = 16


def worker_count(asked: int | None, count: int, keep_details: bool) -> int:
    """Worker processes for `count` sources: several only where forking is safe (Linux, no other thread
    running, not inside a daemon process) and pays (a large folder, more than one CPU)."""
    if asked is not None:
        return max(1, asked)
    if count < PARALLEL_MIN or keep_details:
        return 1
    import multiprocessing
    import os
    import threading

    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    if (cpus < 2 or threading.active_count() > 1 or multiprocessing.current_process().daemon
            or "fork" not in multiprocessing.get_all_start_methods()):
        return 1
    return min(cpus, 4)


def pool(workers: int, initializer: Callable[[], None] | None = None):  # noqa: ANN202 - ProcessPoolExecutor | None
    """Forked worker processes, or None when the system will not give them (no semaphores, no processes
    left): the caller then works in this process. A worker that dies (killed, out of memory) makes the
    load raise BrokenProcessPool rather than wait for it forever."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"), initializer=initializer)
    except (OSError, ValueError, ImportError, NotImplementedError):
        return None


def give_back_free_memory() -> None:
    """Hand the C allocator's free pages back to the system (glibc's `malloc_trim`; elsewhere nothing).
    Between the stages of a large load, the records built from what workers sent are freed in their
    thousands and leave free pages among the kept ones, which the process would otherwise hold at its
    peak: at 10,000 long articles ~ tens of MB of resident memory for a few milliseconds."""
    global _TRIM  # noqa: PLW0603 - looked up once per process
    if _TRIM is None:
        _TRIM = False
        import ctypes
        import ctypes.util

        try:
            name = ctypes.util.find_library("c")
            trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
        except OSError:
            trim = None
        if trim is not None:
            trim.argtypes, trim.restype = [ctypes.c_size_t], ctypes.c_int
            _TRIM = trim
    if _TRIM:
        _TRIM(0)


_TRIM: Callable[[int], int] | bool | None = None

#: Chunks handed out per worker ahead of the one whose results are taken next.
AHEAD = 3


def in_order(executor, task: Callable[[list[int]], list], chunks: list[list[int]],  # noqa: ANN001 - ProcessPoolExecutor
             workers: int) -> Iterator[list]:
    """`executor.map(task, chunks)`, but with at most `AHEAD` chunks per worker handed out beyond the one
    taken next, instead of all at once: when the loading process takes results more slowly than the
    workers make them (it rebuilds records, writes the per-article cache), the workers wait for it, rather
    than every finished chunk's results waiting in the loading process, unpickled (the executor takes
    them off the pipe as they come)."""
    waiting: deque = deque()
    ahead = iter(chunks)
    for chunk in islice(ahead, AHEAD * workers + 1):
        waiting.append(executor.submit(task, chunk))
    while waiting:
        results = waiting.popleft().result()
        chunk = next(ahead, None)
        if chunk is not None:
            waiting.append(executor.submit(task, chunk))
        yield results


def map_sources(func: Callable[[str], object], texts: list[str],
                done: Callable[[int], None] | None = None) -> list:
    """`[func(text) for text in texts]`, in forked workers for a large folder (see `worker_count`).
    `done(n)` is told how many texts are done, after every chunk of them."""
    global _MAP  # noqa: PLW0603 - what a forked worker inherits
    chunks = [list(range(i, min(i + CHUNK, len(texts)))) for i in range(0, len(texts), CHUNK)]
    workers = worker_count(None, len(texts), False)
    _MAP = (func, texts)
    try:
        executor = pool(workers) if workers > 1 else None
        results: list = []
        with executor or nullcontext():
            for chunk in (in_order(executor, _map_chunk, chunks, workers) if executor else map(_map_chunk, chunks)):
                results += chunk
                if done is not None:
                    done(len(results))
        return results
    finally:
        _MAP = None


_MAP: tuple[Callable[[str], object], list[str]] | None = None


def _map_chunk(indexes: list[int]) -> list:
    assert _MAP is not None
    func, texts = _MAP
    return [func(texts[index]) for index in indexes]


def introductions_kept(sources: list[Source], actors: list[Actor], cues: dict[str, str] | None,  # noqa: PLR0913
                       kept: Kept | None, held: Callable[[int], bool] | None = None, workers: int | None = None,
                       keep_details: bool = False) -> Kept | None:
    """people.find_people's `kept` for a large folder: the introductions of every source (but those `held`
    says an earlier load kept) worked out first in worker processes, so that find_people, which runs in the
    loading process before any stage, does not work through ten thousand texts alone. `kept` (the memo's,
    or None) is still asked first and handed what is worked out. The same introductions as find_people's
    own: `people.introductions_in` over the same pieces, gazetteer and side cues. `workers`, `keep_details`:
    as `extract`'s (one worker: nothing is worked out here)."""
    todo = [index for index in range(len(sources)) if held is None or not held(index)]
    if worker_count(workers, len(todo), keep_details) <= 1:
        return kept
    from briefing.load.extract.actors import Gazetteer
    from briefing.load.extract.people import introductions_in
    from briefing.load.extract.person_roles import SIDE_WORDS, Placing, gazetteer_sides
    from briefing.load.extract.stages import usable_pieces

    from briefing.load.extract.people_key import name_words

    gazetteer = Gazetteer(actors)
    sides = Placing(SIDE_WORDS if cues is None else cues, gazetteer_sides(actors))
    shapes: dict = {}
    # The words a source's people key reads (people_key.py), where `kept` keeps them: worked out here too.
    offer = getattr(kept, "offer_names", None)

    def introductions(source: Source) -> tuple[list[Introduction], list[str] | None]:
        found = introductions_in(source, usable_pieces(source), gazetteer, sides, shapes)
        return found, None if offer is None else list(name_words(source.text).plain())

    found = map_sources(introductions, [sources[index] for index in todo])
    ready: dict[int, tuple[list[Introduction], list[str] | None]] = dict(zip(todo, found, strict=True))
    del found

    def ask(index: int, work_out: Callable[[], list[Introduction]]) -> list[Introduction]:
        def worked_out() -> list[Introduction]:
            done = ready.pop(index, None)
            if done is None:
                return work_out()
            if offer is not None and done[1] is not None:
                offer(index, done[1])
            return done[0]

        return worked_out() if kept is None else kept(index, worked_out)

    return ask
