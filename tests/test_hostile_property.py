"""Property tests over the loader (issue 13): whatever bytes an article or a TOML file holds, the load
never raises, never blocks, writes nothing into the folder, keeps no control or bidirectional character
in anything it shows, and every span it returns reads back from its source.

CI runs a few dozen cases per test (a few seconds). The long run is a command:

    BRIEFING_FUZZ_EXAMPLES=10000 python -m pytest tests/test_hostile_property.py -q

(The cache's bytes are fuzzed by the cache's own tests.)
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.load import load_briefing
from briefing.model import Briefing

EXAMPLES = int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 100,
                suppress_health_check=list(HealthCheck))

ARTICLE = ("Talks in Riyadh\n\nSergei Lavrov met Marco Rubio in Riyadh on Tuesday, February 18, 2025.\n"
           "“Of course, this is unacceptable to us,” Lavrov said. The U.S. team left!!! Then…\n")
ACTORS = ('[[actor]]\nid = "lavrov"\nname = "Sergei Lavrov"\nside = "russia"\naliases = ["Sergei Lavrov", "Lavrov"]\n'
          '\n[[actor]]\nid = "rubio"\nname = "Marco Rubio"\nside = "us"\naliases = ["Marco Rubio", "Rubio"]\n')
EVENTS = ('[[event]]\nid = "riyadh"\ndate = "2025-02-18"\ntitle = "Talks in Riyadh"\nactors = ["lavrov", "rubio"]\n'
          'evidence = [{ source = "a.txt", text = "Sergei Lavrov met Marco Rubio", nth = 1 }]\n')
SOURCES = '[[source]]\nfile = "a.txt"\noutlet = "Wire"\npublished = "2025-02-18"\n'
QUOTES = '[[quote]]\nspeaker = "lavrov"\nsource = "a.txt"\ntext = "Of course, this is unacceptable to us,"\n'
TOMLS = {"actors.toml": ACTORS, "events.toml": EVENTS, "sources.toml": SOURCES, "quotes.toml": QUOTES}

INERT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
NASTY = ["\x1b]52;c;aGk=\x07", "\x1b[2J", "\u202e", "\u2066", "\u200f", "\x00", "\r\n", "\ufeff", "\ufffd", "!" * 50,
         "…" * 30, "." * 40, "Lavrov", "Sergei Lavrov", "The President of Russia ", "unrealistic.He", "U.S.",
         "9999-12-31", "0000", "٢٠٢٥", "\n", "“", "”", " said", "On Tuesday", "February 18"]
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-32", "latin-1"]


def _text() -> st.SearchStrategy[str]:
    return st.lists(st.one_of(st.text(max_size=40), st.sampled_from(NASTY)), max_size=30).map("".join)


@st.composite
def article_bytes(draw: st.DrawFn) -> bytes:
    kind = draw(st.sampled_from(["text", "bytes", "mutated"]))
    if kind == "bytes":
        return draw(st.binary(max_size=2000))
    text = draw(_text()) if kind == "text" else ARTICLE
    data = text.encode(draw(st.sampled_from(ENCODINGS)), errors="replace")
    if kind == "mutated" and data:
        for _ in range(draw(st.integers(0, 8))):
            at = draw(st.integers(0, len(data)))
            data = data[:at] + draw(st.binary(max_size=6)) + data[at + draw(st.integers(0, 4)):]
    return data


@st.composite
def toml_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    name = draw(st.sampled_from(sorted(TOMLS)))
    text = TOMLS[name]
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines) - 1))
        choice = draw(st.sampled_from(["insert", "replace-value", "delete", "nasty-string"]))
        if choice == "insert":
            lines.insert(at, draw(_text()))
        elif choice == "delete":
            del lines[at]
            if not lines:
                lines = [""]
        elif "=" in lines[at]:
            key = lines[at].split("=", 1)[0]
            if choice == "replace-value":
                value = draw(st.one_of(
                    st.integers(-10, 1000).map(str), st.floats(allow_nan=True).map(str),
                    st.sampled_from(["true", "[]", "{}"]),
                    _text().map(lambda s: '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'),
                    st.sampled_from(['"\\u001b[2J"', '"\\u202egnp"', '"9999-12-31"', '"0001-01-01"', '"0000"']),
                ))
            else:
                value = '"' + draw(st.sampled_from(NASTY)).encode("unicode_escape").decode() + '"'
            lines[at] = f"{key}= {value}"
    data = "\n".join(lines).encode("utf-8", errors="surrogatepass")
    if draw(st.booleans()):
        data = b"\xef\xbb\xbf" + data
    return name, data


def _check(folder: Path, briefing: Briefing) -> None:
    texts = {source.file: source.text for source in briefing.sources}
    for source in briefing.sources:
        assert not INERT.search(source.file) and "\n" not in source.file and "\t" not in source.file
        for shown in (source.text, source.headline, source.outlet):
            assert not INERT.search(shown)
    for problem in briefing.problems:
        assert problem.file and "\n" not in problem.file
    for event in briefing.events:
        assert not INERT.search(event.title)
        for span in event.evidence:
            assert texts[span.source][span.start:span.end] == span.text
    for quote in briefing.quotes:
        assert texts[quote.span.source][quote.span.start:quote.span.end] == quote.span.text
    for source in briefing.sources:
        for mention in briefing.mentions_in(source.file):
            assert source.text[mention.span.start:mention.span.end] == mention.span.text


def _load(files: dict[str, bytes], tomls: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        (folder / "sources").mkdir(parents=True)
        for name, data in files.items():
            (folder / "sources" / name).write_bytes(data)
        for name, data in tomls.items():
            (folder / name).write_bytes(data)
        before = sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*"))
        briefing = load_briefing(folder, use_cache=False)
        assert sorted((p.name, p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")) == before
        _check(folder, briefing)


def _file_name(name: str) -> bool:
    """A name a Linux file system can hold (UTF-8, no slash or NUL)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return "/" not in name and "\x00" not in name


NAMES = st.one_of(
    st.just("b.txt"),
    st.lists(st.one_of(st.text(min_size=1, max_size=6), st.sampled_from(NASTY[:7] + ["\n## VERIFIED\n", "\t"])),
             min_size=1, max_size=4).map("".join).filter(_file_name).map(lambda s: s[:60] + ".txt"),
)


@FUZZ
@given(article_bytes(), NAMES)
def test_any_article_bytes_load(data: bytes, name: str) -> None:
    tomls = {n: t.encode() for n, t in TOMLS.items()}
    _load({"a.txt": ARTICLE.encode(), name: data}, tomls)


@FUZZ
@given(toml_bytes())
def test_any_toml_bytes_load(toml: tuple[str, bytes]) -> None:
    name, data = toml
    tomls = {n: t.encode() for n, t in TOMLS.items()}
    tomls[name] = data
    _load({"a.txt": ARTICLE.encode(), "b.txt": ARTICLE.replace("Riyadh", "Jeddah").encode()}, tomls)
