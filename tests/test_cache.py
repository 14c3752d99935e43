"""The cache of built briefings (briefing.load.cache): same result warm as cold, keyed by every input,
anything doubtful ignored and rebuilt, never in the data folder, a failed write harmless."""

from __future__ import annotations

import marshal
import os
import shutil
import sys
from array import array
from pathlib import Path

import pytest

import briefing.load as loader
from briefing.export import to_dict
from briefing.load import cache, codec, load_briefing

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return generate(tmp_path_factory.mktemp("corpus"), 100)


@pytest.fixture(scope="module")
def cold_corpus(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, object, list]:
    """The corpus loaded once, cold, into a cache directory of its own: that directory, the briefing and the
    progress the load reported. A test copies the directory into its own cache before it loads (a load may
    write there) and only reads the briefing (its records are frozen), so one cold load serves them all."""
    directory = tmp_path_factory.mktemp("cold") / "cache"
    calls: list[tuple[int, int, str]] = []
    old = os.environ.get("BRIEFING_CACHE_DIR")
    os.environ["BRIEFING_CACHE_DIR"] = str(directory)
    try:
        briefing = load_briefing(corpus, progress=lambda done, total, stage: calls.append((done, total, stage)))
    finally:
        if old is None:
            del os.environ["BRIEFING_CACHE_DIR"]
        else:
            os.environ["BRIEFING_CACHE_DIR"] = old
    return directory, briefing, calls


def _only_file(folder: Path) -> Path:
    files = [p for p in folder.iterdir() if p.suffix == ".briefing-cache"]
    assert len(files) == 1, files
    return files[0]


@pytest.mark.parametrize("which", ["seeds", "generated"])
def test_warm_load_equals_cold_load(which: str, data_copy: Path, corpus: Path, cold_corpus: tuple,
                                    cache_dir: Path, builds: list[Path]) -> None:
    folder = data_copy if which == "seeds" else corpus
    uncached = load_briefing(folder, use_cache=False)
    if which == "seeds":
        cold = load_briefing(folder)
    else:  # the module's cold load and its cache
        shutil.copytree(cold_corpus[0], cache_dir)
        cold = cold_corpus[1]
    warm = load_briefing(folder)
    assert builds == [folder] * (2 if which == "seeds" else 1)  # the last load was read from the cache
    assert to_dict(warm) == to_dict(cold) == to_dict(uncached)
    assert warm.data_dir == cold.data_dir
    # Indexes are rebuilt from the cached records.
    quote = warm.quotes[0]
    assert warm.quotes_by_source(quote.source) == cold.quotes_by_source(quote.source)
    assert [c.id for c in warm.citations_of(quote.span)] == [c.id for c in cold.citations_of(quote.span)]
    assert [a.id for a in warm.actors] == [a.id for a in cold.actors]
    assert warm.actors == cold.actors and warm.positions == cold.positions and warm.mentions == cold.mentions


def test_curated_only_and_automatic_loads_are_cached_apart(data_copy: Path, cache_dir: Path,
                                                           builds: list[Path]) -> None:
    auto = load_briefing(data_copy)
    curated = load_briefing(data_copy, auto=False)
    assert len(builds) == 2
    assert to_dict(load_briefing(data_copy, auto=False)) == to_dict(curated)
    assert to_dict(load_briefing(data_copy)) == to_dict(auto)
    assert len(builds) == 2  # one cache file per set of inputs: both stay


def test_a_changed_source_is_extracted_again(corpus: Path, cold_corpus: tuple, tmp_path: Path, cache_dir: Path,
                                             builds: list[Path]) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    shutil.copytree(cold_corpus[0], cache_dir)  # a copied folder stays warm (test_article_cache)
    load_briefing(folder)
    assert builds == []
    first = sorted((folder / "sources").iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nLavrov met Rubio in Riyadh on Tuesday.\n",
                     encoding="utf-8")
    changed = load_briefing(folder)
    assert builds == [folder]
    assert changed.source(first.name).text.rstrip().endswith("on Tuesday.")
    assert to_dict(changed) == to_dict(load_briefing(folder, use_cache=False))


def test_an_added_source_is_extracted_again(corpus: Path, cold_corpus: tuple, tmp_path: Path, cache_dir: Path,
                                            builds: list[Path]) -> None:
    folder = tmp_path / "c"
    shutil.copytree(corpus, folder)
    shutil.copytree(cold_corpus[0], cache_dir)  # a copied folder stays warm (test_article_cache)
    before = load_briefing(folder)
    assert builds == []
    (folder / "sources" / "zz_new.txt").write_text("Lavrov met Rubio in Riyadh on Tuesday.\n", encoding="utf-8")
    after = load_briefing(folder)
    assert builds == [folder]
    assert len(after.sources) == len(before.sources) + 1


@pytest.mark.parametrize("toml", ["actors.toml", "issues.toml", "events.toml", "sources.toml"])
def test_a_changed_toml_file_is_loaded_again(toml: str, data_copy: Path, cache_dir: Path,
                                             builds: list[Path]) -> None:
    load_briefing(data_copy)
    path = data_copy / toml
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    load_briefing(data_copy)
    assert len(builds) == 2


def test_the_bundled_gazetteer_is_part_of_the_key(tmp_path: Path, cache_dir: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder without actors.toml uses the bundled one: editing that invalidates the folder's cache."""
    folder = tmp_path / "plain"
    shutil.copytree(REPO / "data" / "sources", folder / "sources")
    bundled = tmp_path / "bundled"
    shutil.copytree(REPO / "data", bundled)
    monkeypatch.setattr(loader, "bundled_data_dir", lambda: bundled)
    parts = loader._inputs(folder, [], [], True)
    (bundled / "actors.toml").write_text("# emptied\n", encoding="utf-8")
    assert cache.make_key(loader._inputs(folder, [], [], True)) != cache.make_key(parts)


def test_the_key_covers_the_loaders_version_and_code(monkeypatch: pytest.MonkeyPatch) -> None:
    keys = {cache.make_key(["x"])}
    monkeypatch.setattr(cache, "EXTRACTOR_VERSION", "next")
    keys.add(cache.make_key(["x"]))
    monkeypatch.setattr(cache, "_CODE", b"other code")
    keys.add(cache.make_key(["x"]))
    keys.add(cache.make_key(["y"]))
    assert len(keys) == 4


def _damage(path: Path, how: str) -> None:
    blob = path.read_bytes()
    if how == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif how == "flipped":
        middle = len(blob) // 2
        path.write_bytes(blob[:middle] + bytes([blob[middle] ^ 0xFF]) + blob[middle + 1:])
    elif how == "empty":
        path.write_bytes(b"")
    elif how == "garbage":
        path.write_bytes(os.urandom(len(blob)))
    elif how == "header-only":
        path.write_bytes(blob[: cache._HEADER])
    elif how == "flipped-late":  # in the last part (the unknown names), after the mentions' columns
        at = len(blob) - 3
        path.write_bytes(blob[:at] + bytes([blob[at] ^ 0x01]) + blob[at + 1:])
    elif how == "stale":
        path.write_bytes(blob[: len(cache._MAGIC)] + bytes(32) + blob[len(cache._MAGIC) + 32:])
    elif how == "directory":
        path.unlink()
        path.mkdir()


@pytest.mark.parametrize("how", ["truncated", "flipped", "flipped-late", "empty", "garbage", "header-only", "stale",
                                 "directory"])
def test_a_damaged_cache_is_ignored_and_rebuilt(how: str, data_copy: Path, cache_dir: Path,
                                                builds: list[Path]) -> None:
    cold = to_dict(load_briefing(data_copy))
    path = _only_file(cache_dir)
    _damage(path, how)
    assert to_dict(load_briefing(data_copy)) == cold
    assert len(builds) == 2
    if how != "directory":  # a directory in the way cannot be replaced by a file
        assert to_dict(load_briefing(data_copy)) == cold
        assert len(builds) == 2  # the rebuilt cache was written and is good


def _parts(blob: bytes) -> list[bytes]:
    """The marshalled parts of a cache file (each stored as length, tag, data)."""
    parts, at = [], cache._HEADER
    while at < len(blob):
        length = int.from_bytes(blob[at:at + 8], "little")
        parts.append(blob[at + cache._PART_HEAD:at + cache._PART_HEAD + length])
        at += cache._PART_HEAD + length
    return parts


def _framed(key: bytes, parts: list[bytes], secret: bytes) -> bytes:
    """A cache file of these parts, every length and tag right (sealed with `secret`)."""
    body = b"".join(len(d).to_bytes(8, "little") + cache.seal(secret, key, n.to_bytes(8, "little"), d) + d
                    for n, d in enumerate(parts))
    return cache._MAGIC + key + len(body).to_bytes(8, "little") + body


def test_a_well_formed_cache_with_wrong_contents_is_ignored(data_copy: Path, cache_dir: Path,
                                                            builds: list[Path]) -> None:
    """Right header, right checksums, but not a briefing (say, written by a buggy version): rebuilt."""
    loaded = load_briefing(data_copy)
    cold = to_dict(loaded)
    path = _only_file(cache_dir)
    blob = path.read_bytes()
    key = blob[len(cache._MAGIC):len(cache._MAGIC) + 32]
    good = _parts(blob)
    secret = (cache_dir / "key").read_bytes()
    assert _framed(key, good, secret) == blob
    files = [s.name for s in (data_copy / "sources").iterdir()]
    mentions_at = 1 + sum(1 + (len(getattr(loaded, name)) + codec.CHUNK - 1) // codec.CHUNK
                          for name in codec._COLLECTIONS[:codec._COLLECTIONS.index("mentions")])
    head = marshal.loads(good[mentions_at])
    start = marshal.loads(good[mentions_at + 2])
    wrong = [
        [b"\x00\x01not marshal"],
        [marshal.dumps(files), marshal.dumps("not a number of chunks")],
        [marshal.dumps(files), marshal.dumps(1), marshal.dumps(((1, 2),))],
        [marshal.dumps(["other.txt"])] + good[1:],
        good[:-1],  # a part missing
        good + [marshal.dumps(None)],  # a part too many
        # The mentions: a label of the wrong shape; a column one row short; a label number out of range.
        good[:mentions_at] + [marshal.dumps((head[0], [label[:3] for label in head[1]], head[2]))]
        + good[mentions_at + 1:],
        good[:mentions_at + 2] + [marshal.dumps(start[:-4])] + good[mentions_at + 3:],
        good[:mentions_at + 4] + [marshal.dumps(array("I", [len(head[1])]) * (len(start) // 4))]
        + good[mentions_at + 5:],
    ]
    for parts in wrong:
        path.write_bytes(_framed(key, parts, secret))
        assert to_dict(load_briefing(data_copy)) == cold
    assert len(builds) == 1 + len(wrong)


def test_a_cache_that_cannot_be_written_is_harmless(data_copy: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_dir = tmp_path / "file"
    not_a_dir.write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(not_a_dir / "cache"))
    assert to_dict(load_briefing(data_copy)) == to_dict(load_briefing(data_copy, use_cache=False))


def test_a_failed_write_leaves_no_temporary_file(data_copy: Path, cache_dir: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(src, dst):  # noqa: ANN001, ANN202
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(os, "replace", refuse)
    load_briefing(data_copy)
    assert [p.name for p in cache_dir.rglob("*") if p.is_file()] == ["key"]


def test_a_written_cache_leaves_only_its_files(data_copy: Path, cache_dir: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.load.store import ArticleMemo

    days: list[bytes] = []
    real = ArticleMemo.learned_day
    monkeypatch.setattr(ArticleMemo, "learned_day", lambda memo, digest, plan: (days.append(digest),
                                                                               real(memo, digest, plan)))
    load_briefing(data_copy)
    files = [p.relative_to(cache_dir) for p in cache_dir.rglob("*") if p.is_file()]
    assert sorted({p.suffix for p in files}) == ["", ".article", ".briefing-cache", ".last-briefing"]
    assert [p for p in files if p.suffix == ""] == [Path("key")]
    # per source one file (its reading, its first pass and the people it introduces); per day: how its
    # events group
    assert len(days) == len(set(days)) > 5
    assert len([p for p in files if p.suffix == ".article"]) == 5 + len(days)


def test_the_cache_is_never_written_inside_the_data_folder(data_copy: Path, monkeypatch: pytest.MonkeyPatch,
                                                           builds: list[Path]) -> None:
    before = sorted(str(p) for p in data_copy.rglob("*"))
    for inside in (data_copy, data_copy / ".cache", data_copy / "sources" / "cache"):
        monkeypatch.setenv("BRIEFING_CACHE_DIR", str(inside))
        load_briefing(data_copy)
        load_briefing(data_copy)
    assert sorted(str(p) for p in data_copy.rglob("*")) == before
    assert len(builds) == 6  # no cache, so every load built


def test_where_the_cache_lives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path / "explicit"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache.cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("BRIEFING_CACHE_DIR")
    assert cache.cache_dir() == tmp_path / "xdg" / "briefing"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert cache.cache_dir() == tmp_path / "home" / ".cache" / "briefing"


def test_progress_is_reported_to_the_end_cold_and_warm(corpus: Path, cold_corpus: tuple, cache_dir: Path) -> None:
    shutil.copytree(cold_corpus[0], cache_dir)  # the module's cold load reported the cold run's progress
    warm_calls: list[tuple[int, int, str]] = []
    load_briefing(corpus, progress=lambda done, total, stage: warm_calls.append((done, total, stage)))
    for run, calls in (("cold", cold_corpus[2]), ("warm", warm_calls)):
        assert calls, "no progress reported"
        stages = list(dict.fromkeys(stage for *_n, stage in calls))
        assert stages == (["reading", "extracting"] if run == "cold" else ["reading"])  # a hit is read, done
        for stage in stages:
            done = [d for d, _t, s in calls if s == stage]
            assert done == sorted(done) and done[-1] == calls[-1][1] > 0, (stage, done)
        assert len({t for _d, t, _s in calls}) == 1


def test_the_cache_keeps_a_bounded_number_of_files(tmp_path: Path, cache_dir: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cache, "MAX_FILES", 3)
    for n in range(5):
        folder = tmp_path / f"f{n}" / "sources"
        folder.mkdir(parents=True)
        (folder / "a.txt").write_text(f"Lavrov met Rubio in Riyadh, story {n}.\n", encoding="utf-8")
        load_briefing(folder.parent)
    assert len(list(cache_dir.glob("*.briefing-cache"))) == 3


def test_records_sharing_a_span_share_it_warm_as_cold(corpus: Path, cold_corpus: tuple, cache_dir: Path) -> None:
    """Positions drawn from one sentence (one per issue) hold one span, and still do when read back; read
    back, each distinct date is one record. At 10,000 articles that is tens of thousands of records fewer."""
    shutil.copytree(cold_corpus[0], cache_dir)
    cold = cold_corpus[1]
    warm = load_briefing(corpus)
    for briefing in (cold, warm):
        by_sentence: dict[tuple[str, int, int], list] = {}
        for position in briefing.positions:
            span = position.evidence[0]
            by_sentence.setdefault((span.source, span.start, span.end), []).append(span)
        shared = [spans for spans in by_sentence.values() if len(spans) > 1]
        assert shared
        assert all(span is spans[0] for spans in shared for span in spans)
    dates = [p.date for p in warm.positions if p.date is not None] + [q.date for q in warm.quotes if q.date]
    assert len({id(d) for d in dates}) == len(set(dates))
