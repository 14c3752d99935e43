"""People classes from the lead's blind sets of the seventh session (a prisoner release announced the day before a
leaders' call), on articles written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def test_a_gerund_leading_a_sentence_is_no_given_name(tmp_path: Path) -> None:
    """"Announcing Fogel’s release on Feb. 11, national security adviser Mike Waltz said …" made a person
    "Announcing Fogel" beside "Marc Fogel"; the surname alone now goes to the one person it names. A given name
    of that shape stays a name."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A release\n\ndate 2025-02-12\n\n"
        "The swap came after Moscow agreed to the release of Dale Ostrow, who had been held in Russia since 2021.\n\n"
        "Trump thanked Putin for agreeing to Ostrow’s release.\n\n"
        "Announcing Ostrow’s release on Tuesday, Mike Waltz said the exchange showed good faith.\n\n"
        "Welcoming Ostrow’s return, Trump thanked Putin.\n\n"
        "Sterling Haines, an analyst at a Washington institute, said the swap could open talks.\n",
        encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    people = {a.name: a for a in briefing.actors if a.origin == "auto" and a.kind == "person"}
    assert set(people) == {"Dale Ostrow", "Sterling Haines"}
    assert "Ostrow" in {alias.text for alias in people["Dale Ostrow"].aliases}
