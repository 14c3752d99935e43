"""Forked worker processes for large folders: when they pay, and how a folder's sources are shared out."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

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
            for chunk in (executor.map(_map_chunk, chunks) if executor else map(_map_chunk, chunks)):
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
