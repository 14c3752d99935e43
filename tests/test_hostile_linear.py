"""Issue 13 items 6 and 7: every pass over a text is linear in its size.

Timing lives in benchmarks/pathological.py; these tests only catch a pass that is quadratic again. Each
runs in a child process under a limit of CPU seconds several times what the linear code needs at this size
(under a second for most, about 6 s for 20,000 quotations in one sentence) and many times less than the
quadratic code took (minutes to hours). The limit is on the child's CPU time, not the wall clock: on a host
busy with other work the wall clock of a linear pass stretched past 30 s while its CPU time stayed ~6 s.
"""

from __future__ import annotations

import resource
import subprocess
import sys

import pytest

from briefing.load.extract.sentences import split_sentences

LIMIT_S = 30
#: A backstop on the wall clock, for a child that never finishes (the CPU limit is the test).
WALL_LIMIT_S = 4 * LIMIT_S


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _finishes(code: str) -> None:
    before = _children_cpu()
    try:
        subprocess.run([sys.executable, "-c", code], check=True, timeout=WALL_LIMIT_S, capture_output=True)
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {WALL_LIMIT_S} s: not linear")
    used = _children_cpu() - before
    assert used < LIMIT_S, f"{used:.1f} CPU s for the child: not linear"


@pytest.mark.parametrize("mark", ["!", "?", "…", "."])
def test_a_long_run_of_one_terminator_splits_in_linear_time(mark: str) -> None:
    _finishes(f"""
from briefing.load.extract.sentences import split_sentences
text = "It began" + {mark!r} * 400_000 + " then it ended. " + {mark!r} * 400_000 + "\\n" + {mark!r} * 400_000
assert len(split_sentences(text)) == 2, split_sentences(text)
""")


def test_a_long_name_dense_line_is_matched_in_linear_time() -> None:
    _finishes("""
from briefing.load import bundled_data_dir
from briefing.load.extract.actor_mentions import find_actor_mentions
from briefing.load.extract.actors import Gazetteer
from briefing.load.curated import load_curated
problems = []
actors = load_curated(bundled_data_dir(), {}, problems).actors
text = "The President of Russia " * 60_000
found, _left = find_actor_mentions(Gazetteer(actors), text, 0, len(text), set())
assert len(found) >= 60_000, len(found)
""")


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
    # One sentence of 20,000 quotations after one attribution: each later quote looked back over the whole
    # stretch since the first one (same_sentence), 50 s at 8,000 quotes before the bound.
    _finishes("""
from briefing.load import bundled_data_dir
from briefing.load.curated import load_curated
from briefing.load.extract.quotes import MentionAt, RoleResolver, find_quotes
from briefing.load.extract.sentences import split_sentences
actors = load_curated(bundled_data_dir(), {}, []).actors
text = "Trump said " + " ".join('"x%d words here" according to' % i for i in range(20_000))
quotes = find_quotes(text, [(0, len(text))], split_sentences(text), [MentionAt(0, 5, "trump", True)],
                     RoleResolver(actors))
assert len(quotes) == 20_000 and quotes[0].speaker == "trump", (len(quotes), quotes[0])
""")


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
    13 CPU s (12,000, as here: about two minutes, by its square). Now ~1.5 s."""
    _finishes("""
from briefing.load.extract.dates import Reference, find_dates
from briefing.model import PartialDate
ref = Reference(date=PartialDate(year=2025, month=3, day=12), label="source dated")
sentence = "Officials said " + "on Monday, then on Tuesday, " * 6_000 + "they met."
assert len(find_dates(sentence, 0, len(sentence), ref)) >= 6_000
""")
