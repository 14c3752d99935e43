"""Events stand on named parties besides the gazetteer's actors (extract/parties.py), and an undated article's
printed full date gives its month-days their year (anchoring.printed_anchor). The texts are invented."""

from __future__ import annotations

from pathlib import Path

from briefing.load import _bundled_gazetteer, load_briefing
from briefing.load.extract.parties import PartyFinder
from briefing.load.sides import bundled_sides
from briefing.model import Briefing, Side

WIRE = ("Ceasefire holds on the frontier\nPublished 14 May 2025\n\n"
        "GENEVA, May 14 (Alpine Wire) - India and Pakistan agreed on Tuesday to extend their ceasefire along the "
        "frontier by thirty days, the two governments said.\n\n"
        "Talks were held in Pakistan on Monday, in a hotel near the capital.\n\n"
        "Pakistan-based militants attacked a border post on Sunday, officials said.\n")


def _folder(tmp_path: Path, sides: str | None = None, **files: str) -> Path:
    (tmp_path / "sources").mkdir(parents=True)
    for name, text in files.items():
        (tmp_path / "sources" / f"{name}.txt").write_text(text, encoding="utf-8")
    if sides is not None:
        (tmp_path / "sides.toml").write_text(sides, encoding="utf-8")
    return tmp_path


def _dated(briefing: Briefing, source: str) -> dict[str, str]:
    """Date → title of the automatic events citing `source`."""
    return {e.date.iso: e.title for e in briefing.events if source in e.sources}


def test_countries_are_the_parties_of_an_event(tmp_path: Path) -> None:
    briefing = load_briefing(_folder(tmp_path, wire=WIRE))
    events = [e for e in briefing.events if e.date.iso == "2025-05-13"]
    assert len(events) == 1
    event = events[0]
    assert event.actors == ()  # parties are not actors: named in the rule instead
    assert "parties india,pakistan" in event.rule and event.evidence[0].text.startswith("GENEVA")
    dates = _dated(briefing, "wire.txt")
    held = [e for e in briefing.events if e.date.iso == "2025-05-12"]  # "in Pakistan": a place, not who acted
    assert all("pakistan" not in e.rule and not e.sides for e in held)  # (talks held that day: no actor, no party)
    assert "2025-05-11" not in dates  # "Pakistan-based": a qualifier, not an agent


def test_one_country_in_common_is_not_one_event(tmp_path: Path) -> None:
    a = ("Border crossing to reopen\nPublished 14 May 2025\n\n"
         "India agreed on Tuesday to reopen the Attari border crossing for traders.\n\n"
         "India and Pakistan agreed on Tuesday to extend their ceasefire along the frontier.\n")
    b = ("Ceasefire extended\nPublished 14 May 2025\n\n"
         "India rejected on Tuesday a proposal to share river water data monthly.\n\n"
         "Pakistan and India agreed to extend the ceasefire along the frontier on Tuesday, officials said.\n")
    briefing = load_briefing(_folder(tmp_path, a=a, b=b))
    on_day = [e for e in briefing.events if e.date.iso == "2025-05-13"]
    merged = [e for e in on_day if len(e.sources) == 2]
    assert len(merged) == 1 and "ceasefire" in merged[0].title  # two parties and the same words
    assert len(on_day) == 3  # the crossing and the river data stay apart: one country in common on one day


def test_a_folders_own_sides_name_the_parties(tmp_path: Path) -> None:
    sides = ('[[side]]\nid = "varnia"\nlabel = "Varnia"\nletter = "V"\nnegotiating = true\n'
             'cues = ["Varnian", "Varnia"]\n\n'
             '[[side]]\nid = "keldor"\nlabel = "Keldor"\nletter = "L"\nnegotiating = true\n'
             'cues = ["Keldorian", "Keldor"]\n')
    text = ("Draft rejected\nPublished 14 May 2025\n\n"
            "Varnian negotiators rejected the Keldorian draft on Monday, saying it left the bank to Keldor.\n")
    briefing = load_briefing(_folder(tmp_path, sides=sides, a=text))
    event = next(e for e in briefing.events if e.date.iso == "2025-05-12")
    assert "parties varnia,keldor" in event.rule


def test_a_party_of_an_actors_side_does_not_count_twice() -> None:
    actors = list(_bundled_gazetteer()[0])
    finder = PartyFinder(bundled_sides(), actors)
    text = "Putin and Russian officials met Indian diplomats on Monday."
    assert finder.find(text, 0, len(text), ("putin",)) == ("party:india",)
    # India and Pakistan stay two parties though the bundled "other" side lists both.
    text = "Indian and Pakistani officers spoke by telephone on Saturday."
    assert finder.find(text, 0, len(text), ()) == ("party:india", "party:pakistan")
    # A folder's own side: its cue and the country it lists are one party, not two.
    own = PartyFinder((Side(id="iran", label="Iran", letter="I", cues=("Iranian", "Majlis")),), [])
    text = "The Majlis voted on Sunday to attend; Iranian envoys arrived in Muscat."
    assert own.find(text, 0, len(text), ()) == ("side:iran",)
    text = "Iranian envoys arrived on Sunday."
    assert own.find(text, 0, len(text), ()) == ("party:iran",)


def test_an_undated_article_takes_its_printed_year(tmp_path: Path) -> None:
    text = ("Behind the ceasefire\n\n"
            "The ceasefire took effect at 5 p.m. on May 10, 2025, after days of strikes.\n\n"
            "On May 7, India launched missile strikes on nine sites.\n\n"
            "Pakistan answered with drone strikes on Saturday, officials said.\n")
    briefing = load_briefing(_folder(tmp_path, a=text))
    source = briefing.source("a.txt")
    assert source is not None and source.published is None  # still undated: an interval, not a day
    assert "on or after 2025-05-10" in source.published_note
    dates = _dated(briefing, "a.txt")
    assert "2025-05-07" in dates
    assert all(not d.startswith("2025-05-0") or d == "2025-05-07" for d in dates)  # "on Saturday": undated


def test_a_background_date_gives_no_year(tmp_path: Path) -> None:
    dated = ("Envoys meet\nPublished 20 March 2025\n\n"
             "Indian and Pakistani envoys met in Geneva on Wednesday to discuss the river treaty.\n")
    trap = ("An old war\n\n"
            "On 24 February 2022, Russia invaded Ukraine.\n\n"
            "India and Pakistan agreed on March 19 to meet again, diplomats said.\n")
    later = ("A later year\n\n"
             "The treaty was signed on 12 June 2019 and revised in 2023.\n\n"
             "Pakistan rejected the plan on March 19, officials said.\n")
    briefing = load_briefing(_folder(tmp_path, a=dated, b=trap, c=later))
    for name in ("b.txt", "c.txt"):
        assert not any(d.endswith("-03-19") for d in _dated(briefing, name)), name
    alone = load_briefing(_folder(tmp_path / "alone", b=trap))  # no dated source: the window decides
    assert not any(d.endswith("-03-19") for d in _dated(alone, "b.txt"))


def test_two_parties_in_common_do_not_lower_the_bar_on_words(tmp_path: Path) -> None:
    # Two parties and a day in common, words alike only at 0.14: two events (two actors in common would
    # have merged them at 0.1; "India" and "Pakistan" are in every sentence of such a folder).
    a = ("Corridor to reopen\nPublished 14 May 2025\n\n"
         "India and Pakistan agreed on Tuesday to reopen the Kartarpur corridor for pilgrims next month.\n")
    b = ("Flood warnings\nPublished 14 May 2025\n\n"
         "Pakistan and India signed on Tuesday an accord on sharing flood warnings from upstream river gauges "
         "during the monsoon season.\n")
    briefing = load_briefing(_folder(tmp_path, a=a, b=b))
    on_day = [e for e in briefing.events if e.date.iso == "2025-05-13"]
    assert len(on_day) == 2 and all(len(e.sources) == 1 for e in on_day)


def test_a_side_filter_sees_the_sides_an_event_stands_on(tmp_path: Path) -> None:
    # An event that stands only on parties has no actors, yet the sides its parties name are its sides: a side
    # filter keeps it (Event.sides), and a filter on another side still drops it.
    from briefing.tui.state import Filter
    from briefing.tui.view import event_sides, event_visible

    sides = ('[[side]]\nid = "varnia"\nlabel = "Varnia"\nletter = "V"\nnegotiating = true\n'
             'cues = ["Varnian", "Varnia"]\n\n'
             '[[side]]\nid = "keldor"\nlabel = "Keldor"\nletter = "L"\nnegotiating = true\n'
             'cues = ["Keldorian", "Keldor"]\n\n'
             '[[side]]\nid = "ostmark"\nlabel = "Ostmark"\nletter = "O"\nnegotiating = false\n'
             'cues = ["Ostmark"]\n')
    text = ("Draft rejected\nPublished 14 May 2025\n\n"
            "Varnian negotiators rejected the Keldorian draft on Monday, saying it left the bank to Keldor.\n\n"
            "Indian and Pakistani officers spoke by telephone on Sunday.\n")
    briefing = load_briefing(_folder(tmp_path, sides=sides, a=text))
    event = next(e for e in briefing.events if e.date.iso == "2025-05-12")
    assert event.actors == () and event.sides == ("varnia", "keldor")
    assert set(event_sides(briefing, event)) == {"varnia", "keldor"}
    assert event_visible(briefing, event, Filter(sides=frozenset({"keldor"})))
    assert not event_visible(briefing, event, Filter(sides=frozenset({"ostmark"})))
    other = next(e for e in briefing.events if e.date.iso == "2025-05-11")
    assert other.sides == ()  # countries no side of this folder lists: on no side


def test_a_hyphenated_pair_names_both_parties() -> None:
    finder = PartyFinder(bundled_sides(), [])
    for text, parties in (("The next round of Pak-Afghan talks opens today.", ("party:pakistan", "party:afghanistan")),
                          ("Clashes on the Thai-Cambodian border resumed.", ("party:thailand", "party:cambodia")),
                          ("Sino-Indian talks resumed.", ("party:china", "party:india")),
                          ("Pakistan-based militants attacked.", ()),  # a qualifier, not a pair of parties
                          ("Talks in the Pak-Afghan border region resumed.", ()),  # where, not who
                          ("A Pak team arrived.", ())):  # a combining form alone names no one
        assert finder.find(text, 0, len(text), ()) == parties, text
