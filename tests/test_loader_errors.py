"""Bad input: each problem names its file (and line); the rest still loads; nothing is written."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.sources import MAX_SOURCE_BYTES

from helpers import write_folder

ARTICLE = (
    "Talks in Riyadh\n\nU.S. Secretary of State Marco Rubio met Sergei Lavrov on Tuesday.\n"
    "“Of course, this is unacceptable to us,” Lavrov said.\n"
)
ACTORS = """\
[[actor]]
id = "rubio"
name = "Marco Rubio"
side = "us"
aliases = ["Marco Rubio"]

[[actor]]
id = "lavrov"
name = "Sergei Lavrov"
side = "russia"
aliases = ["Sergei Lavrov", "Lavrov"]
"""
ISSUES = """\
[[issue]]
id = "nato"
name = "NATO membership"
"""


def problems_of(folder: Path) -> list[str]:
    return [str(p) for p in load_briefing(folder).problems]


def one(problems: list[str], needle: str) -> str:
    hits = [p for p in problems if needle in p]
    assert len(hits) == 1, f"expected one problem with {needle!r}, got {problems}"
    return hits[0]


def test_clean_folder_has_no_problems(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS, issues=ISSUES)
    briefing = load_briefing(folder)
    assert briefing.problems == ()
    assert [m.span.text for m in briefing.mentions] == ["Marco Rubio", "Sergei Lavrov", "Lavrov"]


def test_excerpt_not_found_names_file_line_and_closest_passage(tmp_path: Path) -> None:
    events = (
        '[[event]]\nid = "riyadh"\ndate = "2025-02-18"\ntitle = "Talks"\nactors = ["rubio"]\n'
        'evidence = [\n  { source = "a.txt", text = "Rubio met Sergey Lavrov on Tuesday" },\n]\n'
    )
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS, events=events)
    problem = one(problems_of(folder), "excerpt not found")
    assert problem.startswith("events.toml:7: ")
    assert "closest passage" in problem and "Rubio met Sergei Lavrov on Tuesday" in problem


def test_unknown_actor_and_issue_ids(tmp_path: Path) -> None:
    events = (
        '[[event]]\nid = "riyadh"\ndate = "2025-02-18"\ntitle = "Talks"\n'
        'actors = ["rubio", "witkoff"]\nissues = ["nato", "oil"]\n'
        'evidence = [{ source = "a", text = "met Sergei Lavrov" }]\n'
    )
    folder = write_folder(tmp_path, {"a_1.txt": ARTICLE}, actors=ACTORS, issues=ISSUES, events=events)
    problems = problems_of(folder)
    assert one(problems, "unknown actor id 'witkoff'").startswith("events.toml:5: ")
    assert one(problems, "unknown issue id 'oil'").startswith("events.toml:6: ")
    event = load_briefing(folder).events[0]
    assert event.actors == ("rubio",) and event.issues == ("nato",)


def test_duplicate_id_keeps_the_first(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS + '\n[[actor]]\nid = "rubio"\nname = "X"\nside = "us"\n')
    assert one(problems_of(folder), "duplicate id 'rubio'").startswith("actors.toml:14: ")
    assert load_briefing(folder).actor("rubio").name == "Marco Rubio"


@pytest.mark.parametrize("date", ["2025-02-30", "2025-13", "18 Feb 2025", "2025-2-1"])
def test_bad_dates(tmp_path: Path, date: str) -> None:
    events = (
        f'[[event]]\nid = "e"\ndate = "{date}"\ntitle = "Talks"\n'
        'evidence = [{ source = "a.txt", text = "met Sergei Lavrov" }]\n'
    )
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, events=events)
    assert one(problems_of(folder), "bad date").startswith("events.toml:3: ")
    assert load_briefing(folder).events == ()


def test_missing_source_file(tmp_path: Path) -> None:
    sources = '[[source]]\nfile = "gone.txt"\noutlet = "Reuters"\n'
    quotes = '[[quote]]\nspeaker = "lavrov"\nsource = "gone.txt"\ntext = "Of course"\n'
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS, sources=sources, quotes=quotes)
    problems = problems_of(folder)
    assert one(problems, "source file 'gone.txt' not found").startswith("sources.toml:2: ")
    assert one(problems, "unknown source 'gone.txt'").startswith("quotes.toml:")


def test_malformed_toml_names_its_line_and_the_rest_loads(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS, events='[[event]]\nid = "x\n')
    problem = one(problems_of(folder), "malformed TOML")
    assert problem.startswith("events.toml:2: ")
    assert load_briefing(folder).actor("lavrov") is not None


def test_unknown_keys(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path, {"a.txt": ARTICLE},
        actors=ACTORS.replace('side = "russia"', 'side = "russia"\nnickname = "Mr Nyet"'),
        issues="[[topic]]\nid = 'x'\n",
    )
    problems = problems_of(folder)
    assert one(problems, "unknown key 'nickname'").startswith("actors.toml:11: ")
    assert one(problems, "unknown top-level key 'topic'").startswith("issues.toml:1: ")


def test_alias_that_occurs_nowhere(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, actors=ACTORS.replace('"Lavrov"]', '"Lavrov", "Lavroff"]'))
    one(problems_of(folder), "alias 'Lavroff' occurs in no source")


def test_position_without_evidence_is_not_invented(tmp_path: Path) -> None:
    positions = (
        '[[position]]\nside = "russia"\nissue = "nato"\nstance = "against"\n'
        'evidence = [{ source = "a.txt", text = "Russia will never accept NATO" }]\n'
    )
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, issues=ISSUES, positions=positions)
    problems = problems_of(folder)
    one(problems, "excerpt not found")
    one(problems, "a position without evidence is not shown")
    assert load_briefing(folder).positions == ()


def test_old_stance_words_are_refused_with_a_way_forward(tmp_path: Path) -> None:
    """"opposes" read the same whether it opposed membership or opposed ruling it out: it is not guessed."""
    positions = (
        '[[position]]\nside = "russia"\nissue = "nato"\nstance = "opposes"\n'
        'evidence = [{ source = "a.txt", text = "Lavrov" }]\n'
        '[[position]]\nside = "russia"\nissue = "nato"\nstance = "maybe"\n'
        'evidence = [{ source = "a.txt", text = "Lavrov" }]\n'
    )
    folder = write_folder(tmp_path, {"a.txt": ARTICLE}, issues=ISSUES, positions=positions)
    problems = problems_of(folder)
    assert "for / against / conditional / open" in one(problems, "stance 'opposes' is the old vocabulary")
    one(problems, "stance 'maybe' is not one of for / against / conditional / open")
    assert load_briefing(folder).positions == ()


def test_broken_source_files_are_named_and_the_rest_loads(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path,
        {
            "good.txt": ARTICLE,
            "latin1.txt": "Caf\xe9 talks\nline two \xff\n".encode("latin-1"),
            "blob.txt": b"\x00\x01\x02binary\x00" * 100,
            "empty.txt": b"",
            "notes.md": "not an article",
        },
    )
    (folder / "sources" / "loop.txt").symlink_to(folder / "sources" / "loop.txt")
    (folder / "sources" / "dir.txt").mkdir()
    briefing = load_briefing(folder)
    problems = [str(p) for p in briefing.problems]
    assert one(problems, "not valid UTF-8").startswith("sources/latin1.txt:1: ")
    one(problems, "sources/blob.txt: binary data")
    one(problems, "sources/empty.txt: empty file")
    one(problems, "sources/notes.md: ignored")
    one(problems, "sources/loop.txt: cannot read: symbolic link loop")
    one(problems, "sources/dir.txt: not a regular file")
    assert [s.file for s in briefing.sources] == ["good.txt", "latin1.txt"]
    assert "\ufffd" in briefing.source("latin1.txt").text


def test_oversized_file_is_refused_with_the_limit(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE})
    with open(folder / "sources" / "huge.txt", "wb") as handle:
        handle.write(b"word " * (50 * 1024 * 1024 // 5))  # 50 MB
    problem = one(problems_of(folder), "too large")
    assert f"{MAX_SOURCE_BYTES:,}" in problem and problem.startswith("sources/huge.txt")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE, "secret.txt": ARTICLE})
    (folder / "sources" / "secret.txt").chmod(0)
    one(problems_of(folder), "sources/secret.txt: cannot read")


def test_folder_with_no_sources(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    one(problems_of(tmp_path), "no readable sources")
    one(problems_of(tmp_path / "nowhere"), "no sources folder")


def test_loading_writes_nothing_into_the_data_folder(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, {"a.txt": ARTICLE, "bad.txt": b"\xff\xfe"}, actors=ACTORS, events="oops")
    before = {p: p.stat().st_mtime_ns for p in folder.rglob("*")}
    load_briefing(folder)
    assert {p: p.stat().st_mtime_ns for p in folder.rglob("*")} == before
