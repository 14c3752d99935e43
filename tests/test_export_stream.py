"""The streamed JSON export (`briefing export --format json`, briefing.export.write_json) writes a warm load's
evidence from the stored runs' columns (briefing.export_evidence, json_text.SpanList): the same text as the
cold export, no span record made for it, each span in a compilation credited to its part, and a file changed
since the briefing was built still refused by name; `export -o FILE` that fails half-way leaves FILE as it was."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from briefing.cite import source_origin
from briefing.export import to_json, write_json
from briefing.load import load_briefing
from briefing.model import Briefing
from briefing.model.base import Lazy

# Invented prose: one wire story carried by two outlets, and twice more in two digests of two parts each.
STORY = ("Moscow, March 11, 2025 ({outlet}) -- Russia rejected NATO membership for Ukraine on Tuesday, Kremlin "
         "spokesman Dmitry Peskov told reporters in the capital. “Our answer on the alliance has not moved an inch "
         "since the winter,” Peskov said.\n\nOn Monday, Ukrainian President Volodymyr Zelensky met Polish "
         "President Andrzej Duda in Warsaw to discuss air defence.\n")
HEAD = "FROM THE {outlet} DESK\n\n"
#: Two digests, each of two parts; the second's parts are listed out of their order in the text.
SOURCES_TOML = """
[[source]]
file = "digest{n}.txt"
outlet = "Digest {n}"

[[source.part]]
outlet = "{first}"
from = "FROM THE {first} DESK"

[[source.part]]
outlet = "{second}"
from = "FROM THE {second} DESK"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    sources = tmp_path / "story" / "sources"
    sources.mkdir(parents=True)
    for n, outlet in enumerate(["Wire", "Daily Courier"]):
        (sources / f"copy{n}.txt").write_text(STORY.format(outlet=outlet), encoding="utf-8")
    toml = []
    for n, (first, second) in enumerate([("Harbour Post", "Evening Ledger"), ("North Gazette", "Valley Times")]):
        text = "".join(HEAD.format(outlet=o) + STORY.format(outlet=o) for o in (first, second))
        (sources / f"digest{n}.txt").write_text(text, encoding="utf-8")
        toml.append(SOURCES_TOML.format(n=n, first=first, second=second) if n == 0
                    else SOURCES_TOML.format(n=n, first=second, second=first))  # (listed out of order)
    (tmp_path / "story" / "sources.toml").write_text("".join(toml), encoding="utf-8")
    return tmp_path / "story"


def _streamed(briefing: Briefing) -> str:
    out = io.StringIO()
    write_json(briefing, out)
    return out.getvalue()


def _lazy(briefing: Briefing) -> list[bool]:
    """Whether each event's and position's evidence, and each quote's copies, are still not made."""
    return [isinstance(r.__dict__["evidence"], Lazy) for r in (*briefing.events, *briefing.positions)] + \
        [isinstance(q.__dict__["also"], Lazy) for q in briefing.quotes if q.__dict__["also"]]


def _spans(exported: dict) -> list[dict]:
    return [span for name in ("events", "positions") for item in exported[name] for span in item["evidence"]] + \
        [span for quote in exported["quotes"] for span in quote.get("also", [])]


@pytest.mark.usefixtures("recorded_at_once")
def test_a_warm_json_export_is_the_cold_one_and_makes_no_span_record(folder: Path, cache_dir: Path,
                                                                       builds: list[Path]) -> None:
    cold = to_json(load_briefing(folder))
    warm = load_briefing(folder)
    assert builds == [folder]  # the second load read the cache
    assert len(_lazy(warm)) > 3 and all(_lazy(warm))
    assert _streamed(warm) == cold
    assert all(_lazy(warm))  # written from the runs' columns: no span record made, none kept
    spans = _spans(json.loads(cold))
    assert {s["outlet"] for s in spans if s["source"] == "digest0.txt"} == {"Harbour Post", "Evening Ledger"}
    for span in spans:  # each span credited as the dashboard credits it (parts listed out of order too)
        assert span["outlet"] == source_origin(warm.source(span["source"]), span["source"], span["start"]).outlet


@pytest.mark.usefixtures("recorded_at_once")
def test_a_file_changed_since_the_briefing_was_built_is_refused_by_name_in_the_streamed_export(
        folder: Path, cache_dir: Path) -> None:
    load_briefing(folder)
    warm = load_briefing(folder)
    changed = folder / "sources" / "copy0.txt"
    changed.write_text(STORY.format(outlet="Wire").replace("Warsaw", "Gdansk"), encoding="utf-8")
    exported = json.loads(_streamed(warm))  # still JSON
    spans = _spans(exported)
    refused = [s["text"] for s in spans if s["source"] == "copy0.txt"]
    assert refused and set(refused) == {"[sources/copy0.txt changed since this briefing was built]"}
    kept = [s for s in spans if s["source"] == "copy1.txt"]
    text = (folder / "sources" / "copy1.txt").read_text(encoding="utf-8")
    assert kept and all(s["text"] == text[s["start"]:s["end"]] for s in kept)
    assert [p["file"] for p in exported["problems"]] == ["sources/copy0.txt"]


def test_an_export_that_fails_half_way_leaves_the_file_that_was_there(folder: Path, cache_dir: Path,
                                                                       monkeypatch: pytest.MonkeyPatch,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    import errno

    import briefing.export
    from briefing.cli import main

    out = folder.parent / "briefing.json"
    assert main(["export", "--data", str(folder), "-o", str(out)]) == 0
    whole = out.read_text(encoding="utf-8")
    assert json.loads(whole)["sources"]
    out.chmod(0o640)

    def full_disk(briefing: Briefing, target: io.TextIOBase) -> None:
        target.write(whole[:1000])
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(briefing.export, "write_json", full_disk)
    capsys.readouterr()
    assert main(["export", "--data", str(folder), "-o", str(out)]) == 1
    assert f"briefing: cannot write {out}: No space left on device" in capsys.readouterr().err  # no traceback
    assert out.read_text(encoding="utf-8") == whole and (out.stat().st_mode & 0o777) == 0o640  # as it was
    assert sorted(p.name for p in out.parent.iterdir()) == ["briefing.json", "cache", "story"]  # no half file left


def test_the_markdown_export_counts_claims_in_one_pass_and_keeps_no_span(folder: Path, cache_dir: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.cite import claims_citing
    from briefing.export import to_markdown, write_markdown
    from briefing.cite import claims_per_source

    briefing = load_briefing(folder)
    expected = {source.file: claims_citing(briefing, source.file) for source in briefing.sources}
    assert claims_per_source(briefing) == expected and max(expected.values()) > 1
    warm = load_briefing(folder)
    asked: list[str] = []
    monkeypatch.setattr(Briefing, "citations_overlapping", lambda self, file, *_: asked.append(file) or ())
    text = to_markdown(warm)
    assert asked == []  # no source's citation index built (at 10,000 articles: half a minute, 600 MB kept)
    assert all(_lazy(warm))  # each event's and position's evidence cited, none kept made
    streamed = io.StringIO()
    write_markdown(warm, streamed)
    assert streamed.getvalue() == text
    assert "digest1.txt (date: " in text and f"cited by {expected['digest1.txt']} claims" in text
