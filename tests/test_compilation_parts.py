"""A compilation's parts, listed in sources.toml out of the order they appear in the text, still credit each
passage to the part it stands in: in the citation (`cite.source_origin`) and in the JSON export. Invented prose."""

from __future__ import annotations

import json

from briefing.cite import source_origin
from briefing.export import to_json
from tests.helpers import load_sources, write_folder

TEXT = ("FROM THE NORTH GAZETTE DESK\n\nThe Kremlin rejected the proposal on Tuesday, spokesman Dmitry Peskov told "
        "reporters.\n\nFROM THE VALLEY TIMES DESK\n\nUkrainian President Volodymyr Zelensky met Polish President "
        "Andrzej Duda in Warsaw on Monday.\n")
#: The Valley Times part is listed first, though it comes second in the text.
TOML = """
[[source]]
file = "digest.txt"
outlet = "Digest"

[[source.part]]
outlet = "Valley Times"
published = "2025-03-12"
from = "FROM THE VALLEY TIMES DESK"

[[source.part]]
outlet = "North Gazette"
published = "2025-03-12"
from = "FROM THE NORTH GAZETTE DESK"
"""


def test_each_passage_of_a_compilation_is_credited_to_its_own_part(tmp_path):
    from briefing.load import load_briefing

    briefing = load_briefing(write_folder(tmp_path, {"digest.txt": TEXT}, sources=TOML), use_cache=False)
    (source,) = briefing.sources
    assert [p.outlet for p in source.parts] == ["North Gazette", "Valley Times"]
    second = TEXT.index("Ukrainian President")
    assert source_origin(source, "digest.txt", second).outlet == "Valley Times"
    assert source_origin(source, "digest.txt", TEXT.index("The Kremlin")).outlet == "North Gazette"
    exported = json.loads(to_json(briefing))
    credits = {span["start"] >= second: span["outlet"] for event in exported["events"] for span in event["evidence"]}
    assert credits.get(True, "Valley Times") == "Valley Times" and credits.get(False, "North Gazette") == "North Gazette"
    assert True in credits or False in credits  # (at least one event's evidence was checked)
