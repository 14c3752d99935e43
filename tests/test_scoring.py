"""benchmarks/scoring.py judges what it should: a wrong speaker is wrong, "speaker unknown" only costs recall,
labels that do not locate are refused, transliterations and surnames match the right actor only."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.scoring import LabelError, names_match, parse_labels, score  # noqa: E402
from briefing.model import Actor, Alias, Briefing, PartialDate, Quote, Source, Span  # noqa: E402
from briefing.model.records import Event  # noqa: E402

TEXT = ('Kyiv, 26 March 2025\n\n"We will hold the line," Zelenskyy said on Tuesday. '
        '"Talks go on," an official said.\n')
ZEL = Actor(id="zelensky", name="Volodymyr Zelensky", side="ukraine", aliases=(Alias(text="Zelenskyy"),))
TRUMP = Actor(id="trump", name="Donald Trump", side="us")


def _span(fragment: str) -> Span:
    start = TEXT.index(fragment)
    return Span(source="a.txt", start=start, end=start + len(fragment), text=fragment)


def _briefing(first: str | None, second: str | None, event_date: str = "2025-03-25") -> Briefing:
    quotes = (Quote(id="q1", speaker=first, span=_span("We will hold the line,"), origin="auto", confidence=0.9),
              Quote(id="q2", speaker=second, span=_span("Talks go on,"), origin="auto", confidence=0.6))
    event = Event(id="e1", date=PartialDate.parse(event_date), title="hold the line",
                  evidence=(_span('"We will hold the line," Zelenskyy said on Tuesday.'),), origin="auto")
    return Briefing(data_dir="x", sources=(Source(file="a.txt", text=TEXT,
                                                  published=PartialDate.parse("2025-03-26")),),
                    actors=(ZEL, TRUMP), quotes=quotes, events=(event,))


LABELS = {"article": [{
    "file": "a.txt", "published": "2025-03-26",
    "quote": [{"fragment": "We will hold", "speaker": "Volodymyr Zelensky"},
              {"fragment": "Talks go on", "speaker": "unknown"}],
    "event": [{"what": "line", "fragment": "said on Tuesday", "date": "2025-03-25"}],
    "furniture": [{"fragment": "Kyiv, 26 March 2025"}],
}]}


def _score(briefing: Briefing):  # noqa: ANN202
    return score(briefing, parse_labels(LABELS, {"a.txt": TEXT}, "test"), [ZEL, TRUMP])


def test_right_speaker_and_kept_unknown_score_full_marks() -> None:
    result = _score(_briefing("zelensky", None))
    assert (result.quote_precision.right, result.quote_precision.total) == (1, 1)
    assert (result.quote_recall.right, result.quote_recall.total) == (1, 1)
    assert result.quote_unknown_kept.value == 1.0
    assert result.event_precision.value == 1.0 and result.event_recall.value == 1.0
    assert result.pub_right == 1 and result.spans.value == 1.0


def test_a_guessed_speaker_is_wrong_and_unknown_only_costs_recall() -> None:
    result = _score(_briefing(None, "trump", event_date="2025-03-26"))
    assert (result.quote_precision.right, result.quote_precision.total) == (0, 1)  # "Talks go on" is nobody's
    assert (result.quote_recall.right, result.quote_recall.total) == (0, 1)  # Zelensky's quote shown unknown
    assert result.event_precision.value == 0.0 and result.event_recall.value == 0.0
    assert result.furniture_lines.value == 0.0  # the date line is not a region here


def test_labels_that_do_not_locate_are_refused() -> None:
    with pytest.raises(LabelError, match="not in the text"):
        parse_labels({"article": [{"file": "a.txt", "quote": [{"fragment": "absent", "speaker": "x"}]}]},
                     {"a.txt": TEXT}, "test")
    with pytest.raises(LabelError, match="occurs 2 times"):
        parse_labels({"article": [{"file": "a.txt", "quote": [{"fragment": "said", "speaker": "x"}]}]},
                     {"a.txt": TEXT}, "test")


def test_names_match_transliterations_not_other_people() -> None:
    assert names_match("Volodymyr Zelenskiy", (), ZEL)
    assert names_match("Zelenskyy", (), ZEL)
    assert not names_match("Donald Tusk", (), TRUMP)
    assert not names_match("Melania Trump", (), TRUMP)


def test_names_match_a_titled_name_and_its_bare_form() -> None:
    pope = Actor(id="leo", name="Leo XIV", side="other")
    assert names_match("Pope Leo XIV", (), pope)
    assert names_match("Leo XIV", (), Actor(id="leo", name="Pope Leo XIV", side="other"))
    assert names_match("President Donald Trump", (), TRUMP)
    # The title goes, the rest must still be the same name.
    assert not names_match("Pope Leo XIII", (), pope)
    assert not names_match("President Melania Trump", (), TRUMP)


def test_a_quote_carried_by_a_second_copy_is_found_in_both() -> None:
    """One claim, many sources: a quote whose words a syndicated copy repeats is kept once, its `also` span in the
    copy. Scoring reads that span, so the copy's labelled quote counts as found and attributed (before, it was
    "not found", and recall on folders with copies was understated)."""
    copy = "b.txt"
    start = TEXT.index("We will hold the line,")
    also = Span(source=copy, start=start, end=start + 22, text="We will hold the line,")
    quote = Quote(id="q1", speaker="zelensky", span=_span("We will hold the line,"), origin="auto",
                  confidence=0.9, also=(also,))
    briefing = Briefing(data_dir="x", sources=(Source(file="a.txt", text=TEXT), Source(file=copy, text=TEXT)),
                        actors=(ZEL, TRUMP), quotes=(quote,))
    labels = {"article": [{"file": name, "published": "none",
                           "quote": [{"fragment": "We will hold", "speaker": "Volodymyr Zelensky"}]}
                          for name in ("a.txt", copy)]}
    result = score(briefing, parse_labels(labels, {"a.txt": TEXT, copy: TEXT}, "test"), [ZEL, TRUMP])
    assert (result.quote_recall.right, result.quote_recall.total) == (2, 2)
    assert (result.quote_precision.right, result.quote_precision.total) == (2, 2)
