"""Issue 13 items 6 and 7: every pass over a text is linear in its size.

Timing lives in benchmarks/pathological.py; these tests only catch a pass that is quadratic again. Each runs
the pass at two sizes, the larger eight times the smaller, and compares the CPU time: a linear pass takes about
eight times as long, a quadratic one up to 64 times. The smaller size is one where the quadratic code's square
term already shows (each test checked against the quadratic code it guards: benchmarks/README.md, "suite40"),
so the test needs neither the largest sizes nor a child process under a CPU limit. CPU time, not the wall
clock: on a busy host the wall clock of a linear pass stretches.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from briefing.load.extract.sentences import split_sentences

FACTOR = 8
#: A linear pass grows by about FACTOR (a little more: longer strings, bigger lists), a quadratic one by FACTOR².
LIMIT = 2 * FACTOR
#: CPU seconds the smaller size may take at most: the linear code needs well under one, the quadratic code
#: many (and minutes at the larger size, which is then not tried).
SMALL_S = 5.0


def _cpu(run: Callable[[int], object], n: int, times: int, ceiling: float) -> float:
    best = float("inf")
    for _ in range(times):  # the least of a few (the first also compiles patterns and fills caches)
        start = time.process_time()
        run(n)
        used = time.process_time() - start
        assert used < ceiling, f"{used:.1f} CPU s at {n}: not linear"
        best = min(best, used)
    return best


def _linear(run: Callable[[int], object], small: int) -> None:
    """`run(n)` at n = small and n = FACTOR × small: at most LIMIT times the CPU time, not FACTOR² times."""
    little = _cpu(run, small, 3, SMALL_S)
    big = _cpu(run, FACTOR * small, 1, SMALL_S * LIMIT)
    if big >= LIMIT * little:  # once more before failing: a run the host slowed counts for nothing
        big = min(big, _cpu(run, FACTOR * small, 1, SMALL_S * LIMIT))
    assert big < LIMIT * little, f"{little:.3f} CPU s at {small}, {big:.3f} at {FACTOR * small}: not linear"


@pytest.mark.parametrize("mark", ["!", "?", "…", "."])
def test_a_long_run_of_one_terminator_splits_in_linear_time(mark: str) -> None:
    def split(n: int) -> None:
        text = "It began" + mark * n + " then it ended. " + mark * n + "\n" + mark * n
        assert len(split_sentences(text)) == 2, split_sentences(text)

    _linear(split, 20_000)


def test_a_long_name_dense_line_is_matched_in_linear_time() -> None:
    from briefing.load import bundled_data_dir
    from briefing.load.curated import load_curated
    from briefing.load.extract.actor_mentions import find_actor_mentions
    from briefing.load.extract.actors import Gazetteer

    gazetteer = Gazetteer(load_curated(bundled_data_dir(), {}, []).actors)

    def match(n: int) -> None:
        text = "The President of Russia " * n
        found, _left = find_actor_mentions(gazetteer, text, 0, len(text), set())
        assert len(found) >= n, len(found)

    _linear(match, 1_000)


@pytest.mark.parametrize("text, expected", [
    ("The offer was unrealistic.He said no.", ["The offer was unrealistic.", "He said no."]),
    ("Talks ended.Rubio left for Jeddah. Lavrov stayed.", ["Talks ended.", "Rubio left for Jeddah.", "Lavrov stayed."]),
    ('It had been "frank".She added more.', ['It had been "frank".', "She added more."]),
    ("The U.S.Army was not there.", ["The U.S.Army was not there."]),
    ("It came in Feb.The talks went on.", ["It came in Feb.The talks went on."]),
    ("J.D.Vance spoke.", ["J.D.Vance spoke."]),
    ("See e.g.Putin and vs.Trump here.", ["See e.g.Putin and vs.Trump here."]),
    ("Visit example.com today.", ["Visit example.com today."]),
])
def test_run_together_sentences_split(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_a_sentence_of_many_quotes_is_attributed_in_linear_time() -> None:
    # One sentence of many quotations after one attribution: each later quote looked back over the whole
    # stretch since the first one (same_sentence), 50 s at 8,000 quotes before the bound.
    from briefing.load import bundled_data_dir
    from briefing.load.curated import load_curated
    from briefing.load.extract.quotes import MentionAt, RoleResolver, find_quotes

    resolver = RoleResolver(load_curated(bundled_data_dir(), {}, []).actors)

    def attribute(n: int) -> None:
        text = "Trump said " + " ".join('"x%d words here" according to' % i for i in range(n))
        quotes = find_quotes(text, [(0, len(text))], split_sentences(text), [MentionAt(0, 5, "trump", True)],
                             resolver)
        assert len(quotes) == n and quotes[0].speaker == "trump", (len(quotes), quotes[0])

    _linear(attribute, 250)


@pytest.mark.parametrize("text, expected", [
    ("It would get “a firm no.” Minister Ana Ruiz agreed.", ["It would get “a firm no.”", "Minister Ana Ruiz agreed."]),
    ("It is No. 5 on the list.", ["It is No. 5 on the list."]),
    ("He posted it on X. Then he left.", ["He posted it on X.", "Then he left."]),
    ("Donald J. Trump left.", ["Donald J. Trump left."]),
])
def test_no_and_x_end_sentences_only_as_words(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in split_sentences(text)] == expected


def test_a_sentence_of_many_days_is_dated_in_linear_time() -> None:
    """Each date read the whole sentence before it for a distant future cue: 4,000 days in one sentence took
    13 CPU s (12,000: about two minutes, by its square). Now linear."""
    from briefing.load.extract.dates import Reference, find_dates
    from briefing.model import PartialDate

    ref = Reference(date=PartialDate(year=2025, month=3, day=12), label="source dated")

    def date(n: int) -> None:
        sentence = "Officials said " + "on Monday, then on Tuesday, " * n + "they met."
        assert len(find_dates(sentence, 0, len(sentence), ref)) >= n

    _linear(date, 250)


def test_many_quotes_sharing_their_first_words_are_matched_in_linear_time() -> None:
    # A headline's quote given the speaker of a body quote that repeats it (quote_repeats.py): every unattributed
    # quote was compared with every attributed one sharing its first four words: 1.5 CPU s at 3,200 of each, 0.06
    # now; 25,600 of each would take about 100 s.
    from briefing.load.extract.quote_repeats import repeated_words
    from briefing.load.extract.speakers import RawQuote

    def made(n: int) -> tuple[str, list[RawQuote]]:
        parts, quotes, at = [], [], 0
        for i in range(2 * n):
            words = f"we will keep going {i} and more"
            parts.append(f"“{words}” ")
            quotes.append(RawQuote(at + 1, at + 1 + len(words), f"p{i}" if i % 2 else None,
                                   "quote:said" if i % 2 else "quote:unattributed", 0.9))
            at += len(words) + 3
        return "".join(parts), quotes

    # (the inputs are made before the clock starts: making 32,000 quotes cost twice the matching and, with the
    # collector's passes over them, put the ratio at 16.7–18.8 in CI runs of a linear pass)
    inputs = {n: made(n) for n in (2000, FACTOR * 2000)}

    def match(n: int) -> None:
        out = repeated_words(*inputs[n])
        assert all(q.speaker is None for q in out[::2])  # crowded or not, nobody's words repeated: unknown

    _linear(match, 2000)


def test_a_long_word_of_capitals_beside_a_nationality_or_an_age_is_read_in_linear_time() -> None:
    # "said the Pole" and "the 24-year-old said" look for the one name the text gives that nationality or age
    # (role_nationals.py, role_ages.py): a name was tried at every letter of a word of capitals, each try running
    # to the word's end (20 CPU s at 20,000 letters).
    from briefing.load.extract.role_ages import AGE_ROLE, age_holder
    from briefing.load.extract.role_nationals import NATIONAL_NOUN, national_holder

    def read(n: int) -> None:
        text = f"“We won,” said the Pole. {'A' * n} of Poland. {'B' * n}, 24, said. “Yes,” the 24-year-old said."
        pole = NATIONAL_NOUN.search(text)
        assert pole is not None and national_holder(text, [], pole, {}) == (True, None)  # no one known: unknown
        age = AGE_ROLE.search(text)
        assert age is not None and age_holder(text, [], age, {}) == (True, None)

    _linear(read, 2000)
