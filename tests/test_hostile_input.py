"""Issue 13: a folder a stranger sends — links, special files, sizes, encodings, bidi controls, odd TOML
values, calendar ends. Each problem names its file (and line); the rest still loads; nothing is written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.toml_file import MAX_TOML_BYTES

from helpers import write_folder

ARTICLE = (
    "Talks in Riyadh\n\nU.S. Secretary of State Marco Rubio met Sergei Lavrov on Tuesday.\n"
    "“Of course, this is unacceptable to us,” Lavrov said.\n"
)
ACTORS = """\
[[actor]]
id = "lavrov"
name = "Sergei Lavrov"
side = "russia"
aliases = ["Sergei Lavrov", "Lavrov"]
"""
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def load(folder: Path):  # noqa: ANN201
    return load_briefing(folder, use_cache=False)


def messages(briefing, file: str | None = None) -> list[str]:  # noqa: ANN001
    return [str(p) for p in briefing.problems if file is None or p.file == file]


def listing(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.lstat().st_mtime_ns) for p in folder.rglob("*"))


# ---- 1. links ----------------------------------------------------------------------------------
def test_links_out_of_the_folder_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN=hunter2 in the reader's home\n", encoding="utf-8")
    outside_toml = tmp_path / "events.toml"
    outside_toml.write_text('[[event]]\nid = "x"\ndate = "2025-02-18"\ntitle = "SECRET-EVENT"\n', encoding="utf-8")
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE, "inside.txt": ARTICLE.replace("Riyadh", "Jeddah")})
    (folder / "sources" / "env.txt").symlink_to(secret)
    (folder / "sources" / "same.txt").symlink_to(folder / "sources" / "inside.txt")  # inside: fine
    (folder / "events.toml").symlink_to(outside_toml)
    before = listing(folder)
    briefing = load(folder)
    files = [s.file for s in briefing.sources]
    assert "env.txt" not in files and {"a.txt", "inside.txt", "same.txt"} <= set(files)
    assert all("SECRET" not in s.text and "SECRET" not in s.headline for s in briefing.sources)
    assert all("SECRET" not in e.title for e in briefing.events)
    env = messages(briefing, "sources/env.txt")
    assert env and "outside the data folder" in env[0] and str(secret) in env[0]
    toml = messages(briefing, "events.toml")
    assert toml and "outside the data folder" in toml[0]
    assert listing(folder) == before


# ---- 4. special files never block ---------------------------------------------------------------
def test_fifos_are_skipped_without_blocking(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE}, actors=ACTORS)
    os.mkfifo(folder / "sources.toml")
    os.mkfifo(folder / "events.toml")
    os.mkfifo(folder / "sources" / "pipe.txt")
    exe = Path(sys.executable).with_name("briefing")
    env = {**os.environ, "BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    for command in (["check"], ["export"]):
        run = subprocess.run([str(exe), *command, "--data", str(folder)], capture_output=True, text=True,
                             timeout=60, env=env)
        out = run.stdout + run.stderr
        assert "sources.toml" in out and "events.toml" in out and "pipe.txt" in out, out
        assert "not a regular file" in out
        assert "Lavrov" in out or command == ["check"]


# ---- 5. size of TOML files ------------------------------------------------------------------------
def test_huge_toml_is_refused_with_a_clear_problem(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE}, actors=ACTORS)
    with open(folder / "events.toml", "wb") as handle:
        handle.truncate(MAX_TOML_BYTES + 1)  # sparse: no disk used
    briefing = load(folder)
    problems = messages(briefing, "events.toml")
    assert problems and "too large" in problems[0] and f"{MAX_TOML_BYTES:,}" in problems[0]
    assert [a.id for a in briefing.actors if a.origin != "auto"] == ["lavrov"]  # the rest loads


# ---- 3. bidi controls and names -----------------------------------------------------------------
def test_bidi_controls_are_removed_and_reported_spans_still_read_back(tmp_path: Path) -> None:
    article = f"Talks {BIDI}in Riyadh\n\nSergei\u202e Lavrov said the talks\u2066 were useful.\n"
    events = ('[[event]]\nid = "t"\ndate = "2025-02-18"\ntitle = "Talks\u2067 in Riyadh"\n'
              'evidence = [{ source = "xgnp.txt", text = "the talks were useful" }]\n')
    folder = write_folder(tmp_path / "data", {"x\u202egnp.txt": article}, actors=ACTORS, events=events)
    briefing = load(folder)
    (source,) = briefing.sources
    assert source.file == "xgnp.txt"
    assert not any(c in source.text for c in BIDI) and not any(c in source.headline for c in BIDI)
    assert "Talks in Riyadh" in source.text
    (event,) = briefing.events
    assert event.title == "Talks in Riyadh"
    (span,) = event.evidence
    assert source.text[span.start:span.end] == span.text == "the talks were useful"
    mentions = briefing.mentions_in(source.file)
    assert [m.span.text for m in mentions] == ["Sergei Lavrov"]  # the override inside the name is gone
    for mention in mentions:
        assert source.text[mention.span.start:mention.span.end] == mention.span.text
    text = " ".join(messages(briefing))
    assert "bidirectional" in text
    assert any("x.txt" in p or "xgnp.txt" in p for p in messages(briefing) if "bidirectional" in p)
    assert any(p.file == "events.toml" and p.line == 4 and "bidirectional" in p.message for p in briefing.problems)


def test_file_names_lose_newlines_and_controls(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"evil\n## VERIFIED: yes\t.txt": ARTICLE})
    briefing = load(folder)
    (source,) = briefing.sources
    assert "\n" not in source.file and "\t" not in source.file
    assert all("\n" not in (p.file or "") for p in briefing.problems)
    assert any("control characters" in p.message for p in briefing.problems)


# ---- 16. encodings ------------------------------------------------------------------------------
@pytest.mark.parametrize("codec, name", [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE"),
                                         ("utf-32", "UTF-32"), ("utf-32-le", "UTF-32LE")])
def test_utf16_and_utf32_are_named_with_a_conversion(tmp_path: Path, codec: str, name: str) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE, "wide.txt": ARTICLE.encode(codec)})
    briefing = load(folder)
    (problem,) = messages(briefing, "sources/wide.txt")
    assert name in problem and f"iconv -f {name} -t UTF-8" in problem, problem
    assert [s.file for s in briefing.sources] == ["a.txt"]


def test_random_bytes_are_not_text(tmp_path: Path) -> None:
    import random

    noise = bytes(random.Random(13).randrange(128, 256) for _ in range(20_000))  # invalid UTF-8, no NULs
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE, "noise.txt": noise})
    briefing = load(folder)
    assert [s.file for s in briefing.sources] == ["a.txt"]
    (problem,) = messages(briefing, "sources/noise.txt")
    assert "not text" in problem


def test_a_utf8_bom_in_toml_is_accepted(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    (folder / "actors.toml").write_bytes(b"\xef\xbb\xbf" + ACTORS.encode())
    briefing = load(folder)
    assert [a.id for a in briefing.actors if a.origin != "auto"] == ["lavrov"]
    assert not messages(briefing, "actors.toml")


# ---- 9. dates at the ends of the calendar ---------------------------------------------------------
@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01"])
def test_dates_at_the_ends_of_the_calendar(tmp_path: Path, published: str) -> None:
    article = "Talks in Riyadh\n\nOn Tuesday, Sergei Lavrov met Marco Rubio in Riyadh. They talked for hours.\n"
    other = "Other talks\n\nOn Tuesday, Sergei Lavrov met Marco Rubio again. Talks went on all week.\n"
    sources = f'[[source]]\nfile = "a.txt"\noutlet = "Wire"\npublished = "{published}"\n'
    folder = write_folder(tmp_path / "data", {"a.txt": article, "b.txt": other}, sources=sources, actors=ACTORS)
    briefing = load(folder)
    assert len(briefing.sources) == 2
    problems = [p for p in briefing.problems if p.file == "sources.toml"]
    assert problems and problems[0].line == 4 and published in problems[0].message


# ---- 17. evidence nth and odd TOML values ---------------------------------------------------------
def _event(extra: str) -> str:
    return f'[[event]]\nid = "t"\ndate = "2025-02-18"\ntitle = "Talks"\n{extra}\n'


def test_nth_past_the_last_occurrence_says_how_many(tmp_path: Path) -> None:
    events = _event('evidence = [{ source = "a.txt", text = "Lavrov", nth = 999 }]')
    briefing = load(write_folder(tmp_path / "data", {"a.txt": ARTICLE}, events=events))
    problem = messages(briefing, "events.toml")[0]
    assert "occurrence 999" in problem and "occurs 2 times" in problem and "closest" not in problem
    assert ":5:" in problem or "line 5" in problem


@pytest.mark.parametrize("nth", ["1.5", "0", "-5", "true"])
def test_bad_nth_is_a_precise_problem(tmp_path: Path, nth: str) -> None:
    events = _event(f'evidence = [{{ source = "a.txt", text = "Lavrov", nth = {nth} }}]')
    briefing = load(write_folder(tmp_path / "data", {"a.txt": ARTICLE}, events=events))
    problems = [p for p in briefing.problems if p.file == "events.toml"]
    assert problems and problems[0].line == 5, problems
    assert "nth" in problems[0].message and "positive whole number" in problems[0].message
    assert not any("source (string)" in p.message for p in problems)
    assert not briefing.events  # its only evidence was refused, not taken as the first occurrence


def test_quote_nth_zero_is_a_problem(tmp_path: Path) -> None:
    quotes = ('[[quote]]\nspeaker = "lavrov"\nsource = "a.txt"\ntext = "Of course, this is unacceptable to us,"\n'
              "nth = 0\n")
    briefing = load(write_folder(tmp_path / "data", {"a.txt": ARTICLE}, actors=ACTORS, quotes=quotes))
    problems = [p for p in briefing.problems if p.file == "quotes.toml"]
    assert problems and problems[0].line == 5 and "positive whole number" in problems[0].message


def test_control_characters_in_toml_values_are_reported(tmp_path: Path) -> None:
    events = ('[[event]]\nid = "t"\ndate = "2025-02-18"\ntitle = "Talks \\u001b[2J in Riyadh"\n'
              'evidence = [{ source = "a.txt", text = "Lavrov said" }]\n')
    briefing = load(write_folder(tmp_path / "data", {"a.txt": ARTICLE}, events=events))
    assert briefing.events[0].title == "Talks [2J in Riyadh"
    problems = [p for p in briefing.problems if p.file == "events.toml"]
    assert problems and problems[0].line == 4 and "control characters" in problems[0].message


@pytest.mark.parametrize("value", ["0000", "0000-01-01", "٢٠٢٥-٠٢-١٨", "２０２５"])
def test_year_zero_and_non_ascii_digits_are_problems(tmp_path: Path, value: str) -> None:
    events = (f'[[event]]\nid = "t"\ntitle = "Talks"\ndate = "{value}"\n'
              'evidence = [{ source = "a.txt", text = "Lavrov said" }]\n')
    briefing = load(write_folder(tmp_path / "data", {"a.txt": ARTICLE}, events=events))
    problems = [p for p in briefing.problems if p.file == "events.toml"]
    assert problems and problems[0].line == 4 and "date" in problems[0].message, problems
    assert not briefing.events


def test_a_utf16_toml_is_named_with_a_conversion(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "data", {"a.txt": ARTICLE})
    (folder / "actors.toml").write_bytes(ACTORS.encode("utf-16"))
    briefing = load(folder)
    (problem,) = messages(briefing, "actors.toml")
    assert "UTF-16" in problem and "iconv -f UTF-16 -t UTF-8" in problem
