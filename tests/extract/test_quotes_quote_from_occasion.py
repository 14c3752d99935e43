"""One outlet's house style names whose words follow in a label: "Quote from X: “…”". With the occasion after the
name ("Quote from X when asked whether …: “…”") main left the quotation "speaker unknown"; the label names X all
the same. The article is invented (from the lead's blind set of 7 Dec, fifteenth session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = ("Rutte offers to step aside\n\nNATO Secretary General Mark Rutte has said he is prepared to step aside if it "
        "helps the alliance.\n\nDetails: Rutte was asked at the press conference whether he is ready to step aside if "
        "it would help the alliance.\n\n")
TAIL = "\n\nThe ministers meet again in June.\n"
WORDS = "If it is for the alliance, then I am ready"
QUOTE = ": \"" + WORDS + ". I say this at once so we do not dwell on it.\""


@pytest.mark.parametrize("label", [
    "Quote from Rutte when asked whether he is ready to step aside if it helps the alliance",  # main: unknown
    "Quote from Rutte when asked whether he would agree",  # as before (another rule named him)
    "Quote from Rutte",                                    # as before
])
def test_a_quote_from_label_names_its_speaker(tmp_path: Path, label: str) -> None:
    text = HEAD + label + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == "Mark Rutte"


def test_an_unnamed_label_stays_unknown(tmp_path: Path) -> None:
    """Guard: "Quote from the ministry when asked …" names no person; the quotation is no one's we know."""
    text = HEAD + "Quote from the ministry when asked about the fund" + QUOTE + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] is None
