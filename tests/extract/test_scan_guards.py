"""cold16 (issue 12): cheap tests that turn a costly scan away change no result.

Each guard is a necessary condition of its pattern's match: a counted day's match holds "after" or "before" (and no
character but their own letters folds to theirs), a quotation's attribution after it holds a speech verb. Checked on
invented sentences (every case, the characters that fold oddly) and on random runs of the patterns' own words.
"""

from __future__ import annotations

import datetime as dt
import random
import re

import pytest

from briefing.load.extract import attribution, effort_exits, event_counted, modal_cues, person_formulas
from briefing.load.extract.event_counted import ThingDays

_ODD = ["ſ", "K", "İ", "ı", "ﬀ", "Ａ", "\u0307"]  # long s, Kelvin sign, dotted/dotless i, a ligature, full width A


def _generated(pattern: str, count: int, seed: int, extra: list[str]) -> list[str]:
    rnd = random.Random(seed)
    words = sorted(set(re.findall(r"[a-zA-Z’'-]{2,}", pattern))) + extra
    glue = [" ", " ", ", ", ". ", "“", "”", '"', "’", "—", "1", *_ODD]
    forms = [str.lower, str.capitalize, str.upper, lambda w: w]
    return ["".join(rnd.choice(glue) + rnd.choice(forms)(rnd.choice(words)) for _ in range(rnd.randint(2, 16)))
            for _ in range(count)]


@pytest.mark.parametrize("sentence", [
    "Three days AFTER the vote, the mayor resigned.",
    "The ministers met the day Before the summit in Oslo.",
    "A week after that ſtorm, crews were still clearing roads.",
    "Two weeks later, nothing had changed at the port.",
])
def test_a_counted_day_is_looked_for_where_the_plain_scan_finds_one(sentence: str) -> None:
    days = ThingDays()
    for noun in ("vote", "summit", "storm"):
        days.days[noun] = {dt.date(2025, 3, 2)}
    found = event_counted._COUNTED.search(sentence)
    got = days.counted(sentence, 0, len(sentence), [])
    assert bool(got) == (found is not None and found.group("noun").lower() in days.days)


def test_every_counted_match_holds_after_or_before() -> None:
    for text in _generated(event_counted._COUNTED.pattern, 3000, 16, ["after", "before", "days", "week", "the"]):
        found = event_counted._COUNTED.search(text)
        if found is not None:
            said = text.lower()
            assert "after" in said or "before" in said


def test_every_attribution_after_a_quote_holds_a_speech_verb() -> None:
    samples = ["”, the envoy said on Monday.", ", said Mr. Rask, the harbour chief.", "” Lindqvisttold reporters.",
               "” she SAID.", "”, a spokesman for the ministry added later."]
    texts = samples + _generated(attribution._AFTER.pattern, 800, 17, ["Rask", "Mr.", "the", "envoy"])
    matched = 0
    for text in texts:
        for end in (len(text), min(len(text), 40)):
            if attribution._AFTER.match(text, 0, end) is not None:
                matched += 1
                assert attribution._ANY_VERB.search(text, 0, end) is not None
    assert matched > 30


def test_the_modal_effort_and_title_patterns_are_guarded() -> None:
    for pattern in (modal_cues._REFUSAL, modal_cues._NOT_MODAL, effort_exits._LEFT_EFFORT, attribution._ANY_VERB,
                    person_formulas.TITLE_BEFORE, person_formulas.COPULA_TITLE_BEFORE, person_formulas.KIN_BEFORE):
        assert pattern.pattern.startswith((r"\b(?=", "(?="))  # a lookahead in front: cue_scan's guard
