"""Sentence spans on the seed text: abbreviations, decimals, fractions and quotes do not break them."""

from __future__ import annotations

from briefing.load.extract.sentences import split_sentences

from .conftest import seed


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _containing(sentences: list[str], needle: str) -> str:
    found = [s for s in sentences if needle in s]
    assert len(found) == 1, (needle, found)
    return found[0]


def test_us_abbreviation_does_not_end_a_sentence() -> None:
    _file, text = seed("003")
    sentence = _containing(_sentences(text), "RIYADH, Feb 18 (Reuters)")
    assert sentence.startswith("RIYADH, Feb 18 (Reuters) – U.S. President Donald Trump’s administration")
    assert sentence.endswith("isolate Russian President Vladimir Putin.")
    assert "U.S. National Security Adviser Mike Waltz told reporters" in _containing(
        _sentences(text), "Mike Waltz told reporters")


def test_decimals_do_not_end_a_sentence() -> None:
    _file, text = seed("001")
    sentence = _containing(_sentences(text), "$75.25")
    assert sentence == ("Following this revelation, global oil markets reacted, with Brent crude oil prices declining "
                        "by 2.3%, settling at $75.25 per barrel.")


def test_fraction_does_not_end_a_sentence() -> None:
    _file, text = seed("003")
    sentence = _containing(_sentences(text), "4-1/2-hour")
    assert sentence.startswith("As the 4-1/2-hour meeting in the Saudi capital was underway")
    assert sentence.endswith("granting membership to Ukraine.")


def test_quote_then_attribution_stays_one_sentence() -> None:
    _file, text = seed("003")
    sentences = _sentences(text)
    assert "“How should we give in – with Russian people or with rare earth metals?” Lavrov said." in sentences
    assert "“I think I have the power to end this war,” said Trump." in sentences


def test_month_abbreviation_with_period() -> None:
    text = "The talks were held on Tuesday Feb. 18, 2025. Mr. Lavrov said so."
    assert _sentences(text) == ["The talks were held on Tuesday Feb. 18, 2025.", "Mr. Lavrov said so."]


def test_spans_are_exact_and_inside_the_text() -> None:
    for prefix in ("000", "001", "002", "003", "004"):
        _file, text = seed(prefix)
        previous_end = 0
        for start, end in split_sentences(text):
            assert 0 <= previous_end <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            previous_end = end
