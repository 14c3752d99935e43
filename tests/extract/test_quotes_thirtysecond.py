"""Quote classes of the "quotes32" helper (issue 10, fourteenth session), on prose written for these tests: every
sentence and quotation is invented. An office many people hold at once ("the spokeswoman", "the mayor", "the
governor", "the envoy", "the ambassador") as a speech verb's subject names the one person the article shows
holding it (a title before the name, an apposition after it, the gazetteer); with a second candidate, or someone
unnamed holding it nearby, the quote stays "speaker unknown". An order quoted in its own words after "to" ("X
ordered the troops to “…”") is the words of whoever gave it; never in the passive ("were ordered to “…”")."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import speaker_named

HEAD = "Night of sirens over the capital\n\nAir defences were busy for most of Tuesday night.\n\n"
TAIL = "\n\nRail services were running again by the afternoon.\n"
WORDS = "Our roofs are not a firing range"
QUOTE = "“" + WORDS + " for anyone,”"


@pytest.mark.parametrize(("intro", "role", "speaker"), [
    # main: speaker unknown for each (the office was read as someone unnamed)
    ("Foreign Ministry spokeswoman Maria Zakharova wrote on her channel before dawn.", "the spokeswoman",
     "Maria Zakharova"),
    ("Maria Zakharova, the ministry's spokeswoman, wrote on her channel before dawn.", "the spokeswoman",
     "Maria Zakharova"),
    ("Moscow Mayor Sergei Sobyanin posted updates through the night.", "the mayor", "Sergei Sobyanin"),
    ("Regional Governor Andrei Vorobyov visited two damaged blocks.", "the governor", "Andrei Vorobyov"),
    ("Mr. Trump's envoy Steve Witkoff landed in Moscow at noon.", "the envoy", "Steve Witkoff"),
])
def test_an_office_names_the_one_person_shown_holding_it(tmp_path: Path, intro: str, role: str,
                                                          speaker: str) -> None:
    text = HEAD + intro + "\n\n" + QUOTE + " " + role + " said." + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


def test_an_office_before_the_quote_names_its_one_holder(tmp_path: Path) -> None:
    # main: speaker unknown
    text = (HEAD + "Moscow Mayor Sergei Sobyanin posted updates through the night.\n\n"
            "The mayor called the raid “" + WORDS + " to play on.”" + TAIL)
    assert speaker_named(tmp_path, text, WORDS)[0] == "Sergei Sobyanin"


@pytest.mark.parametrize(("intro", "role"), [
    # guards (unknown on main too): a second person holding the office, by a title or an apposition
    ("Kremlin spokesman Dmitry Peskov and State Department spokesperson Tammy Bruce both spoke at noon.",
     "the spokesman"),
    ("Maria Zakharova, the ministry's spokeswoman, wrote before dawn. Tammy Bruce, the department's "
     "spokeswoman, answered her.", "the spokeswoman"),
    ("Moscow Mayor Sergei Sobyanin and Kyiv Mayor Vitali Klitschko traded posts all night.", "the mayor"),
    ("Mr. Putin's envoy Kirill Dmitriev met Steve Witkoff at noon.", "the envoy"),
    # someone unnamed holding it just before; a phrase naming which spokesman
    ("Kremlin spokesman Dmitry Peskov spoke at noon. A spokesman for the air force disagreed.", "the spokesman"),
    ("Kremlin spokesman Dmitry Peskov spoke at noon.", "the spokesman for the air force"),
])
def test_a_second_candidate_keeps_the_office_unknown(tmp_path: Path, intro: str, role: str) -> None:
    text = HEAD + intro + "\n\n" + QUOTE + " " + role + " said." + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] is None


ORDER = "Clear the ridge before the thaw"


@pytest.mark.parametrize(("line", "speaker"), [
    # main: speaker unknown ("ordered"/"instructed" were no speech verbs)
    ("In reply, Putin ordered his commanders to “" + ORDER + " and hold it.”", "Vladimir Putin"),
    ("Putin instructed the general staff to “" + ORDER + " and hold it.”", "Vladimir Putin"),
    # guards (unknown on main too): the passive's subject is the one ordered, not who gave the order
    ("His commanders were ordered to “" + ORDER + " and hold it.”", None),
    ("The commanders said they had been ordered to “" + ORDER + " and hold it.”", None),
])
def test_an_order_in_its_own_words_is_its_givers(tmp_path: Path, line: str, speaker: str | None) -> None:
    text = "Orders from the command post\n\nVladimir Putin met his generals at a command post on Wednesday.\n\n" \
        + line + TAIL
    assert speaker_named(tmp_path, text, ORDER)[0] == speaker
