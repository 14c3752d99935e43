"""Extraction in worker processes gives exactly what extraction in one process gives."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import briefing.load.extract as extract_module
from briefing.export import to_dict
from briefing.load import load_briefing
from briefing.load.extract import parallel

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return generate(tmp_path_factory.mktemp("corpus"), 120)


@pytest.fixture(scope="module")
def one_process(corpus: Path) -> tuple[dict, list, tuple]:
    """The corpus loaded in one process, once for the module: its export, its sources and the arguments the load
    gave the extraction. The tests only read them (the export is compared, the records are frozen)."""
    real = extract_module.extract
    given: list = []

    def in_one(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        given.append((args, kwargs))
        return real(*args, **kwargs, workers=1)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("briefing.load.run_extraction", in_one)
        loaded = load_briefing(corpus, use_cache=False)
    return to_dict(loaded), list(loaded.sources), given[0]


def _load(folder: Path, workers: int, monkeypatch: pytest.MonkeyPatch) -> dict:
    real = extract_module.extract

    def with_workers(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        return real(*args, **kwargs, workers=workers)

    monkeypatch.setattr("briefing.load.run_extraction", with_workers)
    return to_dict(load_briefing(folder, use_cache=False))


def test_two_workers_give_what_one_process_gives(corpus: Path, one_process: tuple,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    one = one_process[0]
    two = _load(corpus, 2, monkeypatch)
    assert one == two
    assert one["events"] and one["quotes"] and one["positions"] and one["unknown_names"]


def test_workers_are_used_only_where_they_pay_and_forking_is_safe(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    assert parallel.worker_count(None, parallel.PARALLEL_MIN - 1, False) == 1
    assert parallel.worker_count(None, 10_000, True) == 1  # details kept: evaluation runs, one process
    assert parallel.worker_count(3, 5, False) == 3
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # e.g. the TUI loading in a worker thread
    assert parallel.worker_count(None, 10_000, False) == 1


def test_no_worker_processes_to_be_had_means_one_process(corpus: Path, one_process: tuple,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the system gives no worker processes (no semaphores, a process limit), the load goes on here."""
    one = one_process[0]
    monkeypatch.setattr(parallel, "pool", lambda *_args, **_kwargs: None)
    assert _load(corpus, 2, monkeypatch) == one


def test_map_sources_in_worker_processes_keeps_order(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [f"article {n} " * (n % 7 + 1) for n in range(250)]
    monkeypatch.setattr(parallel, "worker_count", lambda *_args: 2)
    assert parallel.map_sources(len, texts) == [len(t) for t in texts]


def test_introductions_worked_out_in_workers_are_find_peoples_own(one_process: tuple,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """find_people's introductions, worked out in forked workers first (parallel.introductions_kept), give
    the same people as find_people working through the texts itself; a held source is left to `kept`."""
    from briefing.load import _bundled_gazetteer
    from briefing.load.extract import _Pieces
    from briefing.load.extract.people import find_people
    from briefing.load.sides import bundled_sides, side_cues

    sources = list(one_process[1])
    actors, cues = list(_bundled_gazetteer()[0]), side_cues(bundled_sides())
    alone = find_people(sources, _Pieces(sources), actors, cues)
    assert alone
    monkeypatch.setattr(parallel, "worker_count", lambda _asked, _count, _keep: 2)
    asked: list[int] = []

    def kept(index: int, work_out):  # noqa: ANN001, ANN202
        asked.append(index)
        return work_out()

    ask = parallel.introductions_kept(sources, actors, cues, kept, held=lambda index: index == 0)
    assert ask is not kept
    assert find_people(sources, _Pieces(sources), actors, cues, ask) == alone
    assert asked == list(range(len(sources)))


def test_name_words_worked_out_in_workers_are_the_ones_the_people_key_keeps(one_process: tuple,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Where a memo keeps each source's name words (the people key's), the workers that work out the
    introductions hand them over too: the memo keeps what name_words gives in this process, for every source."""
    from briefing.load import _bundled_gazetteer
    from briefing.load.extract import _Pieces
    from briefing.load.extract.memo import KeptIntroductions
    from briefing.load.extract.people import find_people
    from briefing.load.extract.people_key import name_words
    from briefing.load.sides import bundled_sides, side_cues

    class Memo:  # what KeptIntroductions asks of a StageMemo
        def __init__(self) -> None:
            self.parts: dict[int, object] = {}

        def known(self, index: int, _part: str) -> object:
            return self.parts.get(index)

        def learned(self, index: int, _part: str, plain: object) -> None:
            self.parts[index] = plain

    sources = list(one_process[1])
    actors, cues = list(_bundled_gazetteer()[0]), side_cues(bundled_sides())
    alone = find_people(sources, _Pieces(sources), actors, cues)
    monkeypatch.setattr(parallel, "worker_count", lambda _asked, _count, _keep: 2)
    kept = KeptIntroductions(Memo(), sources)  # type: ignore[arg-type]
    offered: list[int] = []
    real_offer = kept.offer_names
    monkeypatch.setattr(kept, "offer_names", lambda index, names: (offered.append(index), real_offer(index, names)))
    ask = parallel.introductions_kept(sources, actors, cues, kept)
    assert find_people(sources, _Pieces(sources), actors, cues, ask) == alone
    assert sorted(offered) == list(range(len(sources)))  # every source's words came from a worker
    assert kept.names == {i: list(name_words(s.text).plain()) for i, s in enumerate(sources)}


def test_undated_sources_packed_between_the_passes_give_what_unpacked_ones_give(one_process: tuple) -> None:
    """Without details (every load) an undated source's stage A waits for the second pass packed
    (stages._packed); with details it waits as lists. Both give the same events, quotes, positions and
    anchors, in this process and in two workers."""
    from briefing.load.extract.stages import has_day

    real = extract_module.extract
    (sources, actors, issues), options = one_process[2]  # what a load gives the extraction
    assert any(not has_day(s) for s in sources) and any(has_day(s) for s in sources)

    def found(keep_details: bool, workers: int) -> tuple:
        out = real(sources, actors, issues, exact_mentions=options["exact_mentions"], sides=options["sides"],
                   keep_details=keep_details, workers=workers)
        return out.events, out.quotes, out.positions, out.anchors, out.unknown_names, list(out.mentions)

    unpacked = found(True, 1)
    assert unpacked[0] and unpacked[1] and unpacked[3]
    assert found(False, 1) == unpacked
    assert found(False, 2) == unpacked
