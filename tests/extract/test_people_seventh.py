"""People classes from the lead's blind sets of the seventh session (a prisoner release announced the day before a
leaders' call), on articles written for these tests: the prose is invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def test_a_gerund_leading_a_sentence_is_no_given_name(tmp_path: Path) -> None:
    """"Announcing X’s release, an adviser said …" made a person "Announcing X" beside the
    released man; the surname alone now goes to the one person it names. A given name
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


def test_every_alias_of_a_person_found_points_at_words_of_the_text(tmp_path: Path) -> None:
    """The surname listed under a person ("Ostrow" under "Dale Ostrow") had no evidence when the text never
    prints it alone: an alias the app shows must point at the words that give it."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(
        "A release\n\ndate 2025-02-12\n\n"
        "Foreign Minister Dale Ostrow thanked the negotiators on Tuesday.\n\n"
        "Defence Minister Ilse Varga said Dale Ostrow would fly home on Friday.\n\n"
        "Varga added that the talks would go on.\n", encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    text = briefing.sources[0].text
    aliases = [(actor.name, alias) for actor in briefing.actors if actor.origin == "auto" for alias in actor.aliases]
    assert ("Dale Ostrow", "Ostrow") in {(name, alias.text) for name, alias in aliases}
    for _name, alias in aliases:
        assert alias.evidence, alias.text
        assert all(text[s.start:s.end] == s.text == alias.text for s in alias.evidence)
