"""The per-article cache (briefing.load.articles): a folder that grows, shrinks, is edited, moved or copied
costs the articles that changed plus the merge, and gives the same briefing as a load without a cache."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import briefing.load as loader
import briefing.load.extract as extraction
import briefing.load.extract.people as people
from briefing.export import to_dict
from briefing.load import load_briefing

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return generate(tmp_path_factory.mktemp("corpus"), 60)


@pytest.fixture
def work(monkeypatch: pytest.MonkeyPatch) -> dict[str, list]:
    """What each load really did: the folders built, the sources read for clues, the sources extracted."""
    done: dict[str, list] = {"built": [], "read": [], "extracted": [], "introduced": []}
    real_build, real_first, real_read = loader._build, extraction.first_pass, loader._clues_and_regions
    real_introductions = people.introductions_in

    def build(folder, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        done["built"].append(folder)
        return real_build(folder, *args, **kwargs)

    def first(indexes):  # noqa: ANN001, ANN202
        done["extracted"] += indexes
        return real_first(indexes)

    def read(text):  # noqa: ANN001, ANN202
        done["read"].append(text)
        return real_read(text)

    def introductions(source, *args):  # noqa: ANN001, ANN002, ANN202
        done["introduced"].append(source.file)
        return real_introductions(source, *args)

    monkeypatch.setattr(loader, "_build", build)
    monkeypatch.setattr(people, "introductions_in", introductions)
    monkeypatch.setattr(extraction, "first_pass", first)
    monkeypatch.setattr(loader, "_clues_and_regions", read)
    return done


@pytest.fixture(scope="module")
def cold_corpus(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, list[int]]:
    """The corpus loaded once, cold, into a cache directory of its own: that directory, the briefing as a dict
    and the sources its first pass extracted. A test copies the directory (`_warm`) before it loads or spoils
    anything, so one cold load serves every test that starts from a warm cache."""
    directory = tmp_path_factory.mktemp("cold") / "cache"
    extracted: list[int] = []
    real_first = extraction.first_pass

    def first(indexes):  # noqa: ANN001, ANN202
        extracted.extend(indexes)
        return real_first(indexes)

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BRIEFING_CACHE_DIR", str(directory))
        patch.setattr(extraction, "first_pass", first)
        briefing = to_dict(load_briefing(corpus))
    return directory, briefing, extracted


def _warm(cold_corpus: tuple, cache_dir: Path) -> dict:
    """`cache_dir` as the module's cold load left its own; the briefing that load gave."""
    shutil.copytree(cold_corpus[0], cache_dir)
    return cold_corpus[1]


def _copy(corpus: Path, to: Path) -> Path:
    shutil.copytree(corpus, to)
    return to


def _reset(work: dict[str, list]) -> None:
    for value in work.values():
        value.clear()


def test_one_added_article_is_the_only_one_extracted(corpus: Path, cold_corpus: tuple, tmp_path: Path,
                                                     cache_dir: Path, work: dict[str, list]) -> None:
    assert len(cold_corpus[2]) == 60  # the cold load extracted every article
    folder = _copy(corpus, tmp_path / "c")
    _warm(cold_corpus, cache_dir)
    load_briefing(folder)
    assert work["built"] == work["extracted"] == []
    (folder / "sources" / "zz_new.txt").write_text(
        "Moscow, March 3 (Wire) -- Lavrov met Rubio in Riyadh on Tuesday to discuss a ceasefire.\n",
        encoding="utf-8")
    grown = load_briefing(folder)
    assert len(work["read"]) == 1 and len(work["extracted"]) == 1
    assert work["introduced"] == ["zz_new.txt"]  # the people the others introduce: from their records
    assert to_dict(grown) == to_dict(load_briefing(folder, use_cache=False))


def test_an_edited_and_a_removed_article(corpus: Path, cold_corpus: tuple, tmp_path: Path, cache_dir: Path,
                                         work: dict[str, list]) -> None:
    folder = _copy(corpus, tmp_path / "c")
    _warm(cold_corpus, cache_dir)
    load_briefing(folder)
    assert work["built"] == []
    files = sorted((folder / "sources").iterdir())
    files[0].unlink()
    files[1].write_text(files[1].read_text(encoding="utf-8") + "\nLavrov met Rubio in Riyadh on Tuesday.\n",
                        encoding="utf-8")
    _reset(work)
    changed = load_briefing(folder)
    assert len(work["read"]) == 1 and len(work["extracted"]) == 1  # only the edited one
    assert work["introduced"] == [files[1].name]
    assert to_dict(changed) == to_dict(load_briefing(folder, use_cache=False))


def test_a_moved_or_copied_folder_stays_warm(corpus: Path, cold_corpus: tuple, tmp_path: Path, cache_dir: Path,
                                             work: dict[str, list]) -> None:
    folder = _copy(corpus, tmp_path / "c")
    cold = _warm(cold_corpus, cache_dir)  # (loaded where the corpus was made: a copy of it reads as warm)
    first = load_briefing(folder)
    assert work["built"] == [] and to_dict(first) == cold
    moved = tmp_path / "elsewhere" / "renamed"
    moved.parent.mkdir()
    folder.rename(moved)
    _reset(work)
    again = load_briefing(moved)
    assert work["built"] == []  # the whole briefing, from the cache
    assert again.data_dir == str(moved)
    assert to_dict(again) == to_dict(first)
    # A copy with one article more: the others come from their records.
    copy = _copy(moved, tmp_path / "copy")
    (copy / "sources" / "zz.txt").write_text("Zelensky said on Monday that Kyiv would not cede territory.\n",
                                             encoding="utf-8")
    _reset(work)
    load_briefing(copy)
    assert len(work["extracted"]) == 1


def test_the_corpus_year_changing_redoes_what_depends_on_it(tmp_path: Path, cache_dir: Path,
                                                           work: dict[str, list]) -> None:
    """An article's metadata and stage results depend on the folder's most common year: when new
    articles change it, the records made under the old one are not used for the stage (only for clues)."""
    sources = tmp_path / "f" / "sources"
    sources.mkdir(parents=True)
    (sources / "a.txt").write_text("Talks\nBy A. Writer\nMarch 3, 2024\nLavrov met Rubio in Riyadh on Tuesday.\n",
                                   encoding="utf-8")
    (sources / "b.txt").write_text("Talks resume\nOn March 4 Lavrov met Rubio in Riyadh again.\n", encoding="utf-8")
    load_briefing(sources.parent)
    for n in range(3):
        (sources / f"c{n}.txt").write_text(f"News\nBy B. Writer\nMarch {n + 5}, 2025\nPutin spoke to Trump.\n",
                                           encoding="utf-8")
    _reset(work)
    grown = load_briefing(sources.parent)
    assert len(work["read"]) == 3  # clues and regions of the two old ones came from their records
    assert to_dict(grown) == to_dict(load_briefing(sources.parent, use_cache=False))


def test_a_record_not_sealed_with_the_users_key_is_not_believed(corpus: Path, cold_corpus: tuple, tmp_path: Path,
                                                                cache_dir: Path, work: dict[str, list]) -> None:
    folder = _copy(corpus, tmp_path / "c")
    cold = _warm(cold_corpus, cache_dir)
    for path in cache_dir.glob("*.briefing-cache"):
        path.unlink()
    records = sorted((cache_dir / "articles").rglob("*.article"))
    for path in records[:5]:
        blob = path.read_bytes()
        path.write_bytes(blob[:8] + bytes(32) + blob[40:])  # the tag of someone without the key
    (cache_dir / "key").write_bytes(b"k" * 32)  # and a key that is not private: the cache is not used
    (cache_dir / "key").chmod(0o644)
    _reset(work)
    assert to_dict(load_briefing(folder)) == cold
    assert len(work["extracted"]) == 60


def _article_files(cache_dir: Path) -> list[Path]:
    from briefing.load.articles import _FILE_MAGIC

    return sorted(p for p in (cache_dir / "articles").rglob("*.article") if p.read_bytes().startswith(_FILE_MAGIC))


def test_each_article_is_one_file_holding_every_part(cold_corpus: tuple) -> None:
    """Its reading record, the people it introduces and its first pass (and an undated one's anchor and
    second pass) in one file: one file created per article, not four. (The module's cold load: read only.)"""
    from briefing.load.articles import _chunks

    files = _article_files(cold_corpus[0])
    assert len(files) == 60
    parts = sorted(len(_chunks(path.read_bytes())) - 1 for path in files)
    assert parts[0] == 2 and parts[-1] == 4  # people and first; an undated one's anchor and second too


def test_a_spoiled_part_in_an_article_file_is_worked_out_again(corpus: Path, cold_corpus: tuple, tmp_path: Path,
                                                               cache_dir: Path, work: dict[str, list]) -> None:
    """One chunk's bytes changed (its tag no longer verifies): that part is worked out again and its file
    written again; the other articles' files are used as they are, and the briefing is the same."""
    from briefing.load import cache
    from briefing.load.articles import _chunks

    folder = _copy(corpus, tmp_path / "c")
    cold = _warm(cold_corpus, cache_dir)
    for path in [*cache_dir.glob("*.briefing-cache"), *cache_dir.glob("*.fold-state")]:  # (the articles' records)
        path.unlink()
    files = _article_files(cache_dir)
    before = {path: path.read_bytes() for path in files}
    for path in files[:3]:
        blob = bytearray(before[path])
        largest = max(_chunks(bytes(blob))[1:], key=lambda chunk: chunk[3] - chunk[2])
        blob[largest[3] - 1] ^= 0x55
        path.write_bytes(bytes(blob))
    _reset(work)
    assert to_dict(load_briefing(folder)) == cold
    # Only the three spoiled articles may have a part worked out again (which part depends on which chunk was the
    # largest: the introductions chunk of an article naming new people is re-run for that article alone).
    assert len(work["read"]) <= 3 and len(work["introduced"]) <= 3 and len(work["extracted"]) <= 3
    assert all(path.read_bytes() == before[path] for path in files[3:])
    secret = cache.secret(cache_dir)
    for path in files[:3]:  # written again: the same parts, every one verifies
        blob = path.read_bytes()
        chunks = _chunks(blob)
        assert {ident for _t, ident, _s, _e in chunks} == {ident for _t, ident, _s, _e in _chunks(before[path])}
        assert all(cache.seal(secret, ident, blob[start:end]) == tag for tag, ident, start, end in chunks)


def test_a_cold_load_reads_no_article_file_it_knows_is_not_there(corpus: Path, tmp_path: Path, cache_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """A cold load looks for each article's file once (at the start); its first write does not look again,
    and an undated article's second write copies its reading record from the file it wrote. The files hold
    every part as before: the next load extracts nothing and gives the same briefing."""
    from briefing.load import articles

    looked: list[str] = []
    real_open = articles.cache.open_regular

    def open_regular(path):  # noqa: ANN001, ANN202
        if str(path).endswith(".article"):
            looked.append(str(path))
        return real_open(path)

    monkeypatch.setattr(articles.cache, "open_regular", open_regular)
    encoded = []
    real_plain = articles.ArticleRecord.plain
    monkeypatch.setattr(articles.ArticleRecord, "plain", lambda self: encoded.append(1) or real_plain(self))
    folder = _copy(corpus, tmp_path / "c")
    cold = to_dict(load_briefing(folder))
    files = _article_files(cache_dir)
    undated = sum(len(articles._chunks(path.read_bytes())) == 5 for path in files)
    assert undated > 0
    # 60 looks at the start, and one more for each undated article's second write only (a day's grouping
    # of events is a file of its own: not counted).
    names = {str(path) for path in files}
    assert sum(path in names for path in looked) == 60 + undated
    assert len(encoded) == 60  # each reading record encoded once
    for path in [*cache_dir.glob("*.briefing-cache"), *cache_dir.glob("*.fold-state")]:
        path.unlink()
    assert to_dict(load_briefing(folder)) == cold
