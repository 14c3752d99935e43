"""cue_scan.guarded: a lookahead on a pattern's first characters, worked out from the pattern, changes no match.

Every pattern the rules build with `guarded` (cue_scan.MADE: the stance cues, the event verbs, the statement
words, the quotation pairs, the place roles, the titles before a name, the qualified ends of a war, a plan's
words) is compared with its plain form over the
seed articles (whole texts, sentence by sentence, and the 40-character windows the titles are looked for in) and
over generated text: random runs of the words the patterns themselves are made of, in every case, with the
characters around them that decide a boundary or a mark.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from briefing.load.extract import event_verbs, issue_tags, plan_refs, quote_marks, speaker_roles, stance_cues
from briefing.load.extract.cue_scan import MADE, first_chars, guarded

_SEEDS = Path(__file__).resolve().parents[2] / "data" / "sources"


def _spans(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.lastgroup, m.lastindex) for m in pattern.finditer(text, start, end)]


def _generated(pattern: str, count: int, seed: int) -> list[str]:
    """Random texts of the pattern's own words (as written, capitalised, upper case) and boundary characters."""
    rnd = random.Random(seed)
    words = sorted(set(re.findall(r"[a-zA-Z’'-]{2,}", pattern)))
    glue = [" ", " ", ", ", ". ", "\n", "“", "”", '"', "’", "'", "''", "″", "(", "-", "x", "É", "ſ", "İ",
            "K", "1"]
    forms = [str.lower, str.capitalize, str.upper, lambda w: w]
    return ["".join(rnd.choice(glue) + (rnd.choice(forms)(rnd.choice(words)) if rnd.random() < 0.7 else "")
                    for _ in range(rnd.randint(1, 14))) for _ in range(count)]


def test_the_rules_patterns_are_guarded() -> None:
    made = {id(p) for p, _pattern, _flags in MADE}
    for pattern in (stance_cues.CUES, stance_cues.CUES_LOWER, event_verbs.EVENT_VERBS, event_verbs.STATEMENT_WORDS,
                    quote_marks._PAIR, speaker_roles.PLACE_ROLE, speaker_roles._TITLE_AT_NAME,
                    issue_tags._QUALIFIED_END, plan_refs._PLAN_WORD, plan_refs._BEFORE_KEYWORD):
        assert pattern.pattern.startswith((r"\b(?=", "(?="))  # a lookahead in front: the guard
    assert {id(stance_cues.CUES), id(event_verbs.EVENT_VERBS), id(quote_marks._PAIR)} <= made


@pytest.mark.parametrize("index", range(len(MADE)))
def test_a_guarded_pattern_finds_what_its_plain_form_finds(index: int) -> None:
    made, pattern, flags = MADE[index]
    plain = re.compile(pattern, flags)
    texts = [path.read_text(encoding="utf-8") for path in sorted(_SEEDS.glob("*.txt"))]
    for text in texts:
        assert _spans(made, text) == _spans(plain, text)
        lowered = text.lower()
        assert _spans(made, lowered) == _spans(plain, lowered)
        for line in re.finditer(r"[^\n]+", text):  # a bounded scan: the end of the range is an end for the engine
            for start in range(line.start(), line.end(), 97):
                end = min(line.end(), start + 160)
                assert _spans(made, text, start, end) == _spans(plain, text, start, end)
        for name in re.finditer(r"\b[A-Z][a-z]+ [A-Z][a-z]+", text):  # speaker_roles.titles_before's windows
            left = max(0, name.start() - 40)
            got, want = made.search(text, left, name.start()), plain.search(text, left, name.start())
            assert (got and got.span()) == (want and want.span())
    for text in _generated(pattern, 1500, seed=index):
        assert _spans(made, text) == _spans(plain, text)


def test_the_lower_case_stance_cues_find_what_their_plain_form_finds() -> None:
    """CUES_LOWER is CUES's guarded pattern compiled case-sensitively (for a lower-cased copy of the text)."""
    pattern = next(p for made, p, _flags in MADE if made is stance_cues.CUES)
    plain = re.compile(pattern)
    texts = [path.read_text(encoding="utf-8").lower() for path in sorted(_SEEDS.glob("*.txt"))]
    for text in texts + [t.lower() for t in _generated(pattern, 1500, seed=99)]:
        assert _spans(stance_cues.CUES_LOWER, text) == _spans(plain, text)


def test_first_chars_follow_optional_parts_groups_and_zero_width_checks() -> None:
    assert first_chars(r"\b(?:ab?c|de)") == {"abc", "ac", "de"}
    assert first_chars(r"(?<=to )end|x?yz") == {"end", "xyz", "yz"}
    assert first_chars(r"a[bc]\w") == {"ab", "ac"}  # a category: any character after
    assert first_chars(r"(?:ab)+c") == {"ab"}  # a repeat that may come again: any character after it
    assert first_chars(r"a*b") == {"a", "b"}  # none, one "a" or more
    assert first_chars(r"x|\w+") is None  # a match may start with any word character
    assert first_chars(r"(?:ab)?") is None  # or be empty


def test_a_group_that_ignores_case_makes_the_lookahead_ignore_case() -> None:
    made = guarded(r"(?i:\bforeign minister)\s+$")
    assert made.search("the Foreign Minister ") is not None
    assert made.search("the FOREIGN MINISTER ") is not None
    assert guarded(r"\bnot\b").search("NOT") is None  # case-sensitive: as the plain pattern
