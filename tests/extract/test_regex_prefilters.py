"""The speed-only rewrites of hot patterns find exactly what the plain forms find.

Each rewrite adds a necessary condition the engine checks first (a lookahead on the characters a match can
start with), or reorders the checks of the same condition (a capital first, then what stands before it), or
groups an alternation by first character. None may change a match: each is compared here with its plain form
on invented sentences and on random strings made of the characters and words the patterns care about.
"""

from __future__ import annotations

import random
import re

from briefing.load.extract import findings, people_key, stance_cues
from briefing.load.extract.speaker_roles import _NATION_OF

_PLAIN_CUES = re.compile("|".join(rf"\b(?P<{kind}>{pattern})\b" for kind, pattern in stance_cues.CUE_PATTERNS),
                         re.IGNORECASE)
_PLAIN_CAPITALISED = re.compile(r"(?<![^\W\d_])(?=[^\W\d_])[A-Z\u00c0-\U0010ffff][^\W\d_]*")
_PLAIN_PLACE = re.compile(r"(?<![\w.])(?:" + "|".join(sorted(map(re.escape, _NATION_OF), key=len, reverse=True))
                          + r")(?![\w])")

_SENTENCES = [
    "The minister said on Tuesday that Freedonia would not accept a ceasefire; but it is open to talks.",
    "Photo: a delegation arrives (AFP) | Read more, Also read: the envoy rejected the plan, which was unrealistic.",
    "If the truce holds, Ruritania will consider lifting sanctions, provided that the border stays shut.",
    "“We are ready to discuss guarantees,” an official told reporters, and Lindqvist promised — again — aid.",
    "It hinges on whether the parties, a move the ministry backed, are willing to resume negotiations over trade.",
    "Credit: File photo/AFP via Getty Images. Watch: Subscribe to the Related briefing, AP Photo, REUTERS/ staff.",
]
_ALPHABET = [" ", " ", " ", ", ", ". ", "; ", "—", "–", ":", "|", "(", "/", "\n", "’", "'", "-", "_", "1",
             "É", "é", "ß", "İ", "ı", "ſ", "K", "Ж", "ж", "a", "Q", "x",
             "not", "no", "never", "n’t", "if", "only if", "reject", "rejected", "support", "open to", "ruled out",
             "without", "but", "while", "that", "which", "said", "and", "he", "would", "ending", "an end to",
             "Photo", "Image", "AFP", "Credit", "Watch", "Read more", "russia", "Russia", "ukraine", "u.s.", "the",
             "us", "french", "President", "foreign minister", "stumbling block", "building block", "provided"]


def _random_texts(count: int, seed: int = 12) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_ALPHABET) for _ in range(rnd.randint(0, 40))) for _ in range(count)]


def _matches(pattern: re.Pattern[str], text: str, start: int = 0, end: int | None = None) -> list:
    end = len(text) if end is None else end
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text, start, end)]


def test_cue_breaks_and_furniture_patterns_match_their_plain_forms() -> None:
    breaks_plain = re.compile(stance_cues.CLAUSE_BREAK.pattern.removeprefix(r"(?=[;:—–,.\s])(?:").removesuffix(")"),
                              re.IGNORECASE)
    furniture_plain = re.compile(findings._FURNITURE.pattern.removeprefix(r"(?=[PICFGARWS|(/])(?:").removesuffix(")"))
    assert breaks_plain.pattern != stance_cues.CLAUSE_BREAK.pattern
    assert furniture_plain.pattern != findings._FURNITURE.pattern
    texts = _SENTENCES + _random_texts(3000)
    for text in texts:
        lowered = text.lower()
        assert _matches(stance_cues.CUES, text) == _matches(_PLAIN_CUES, text)
        if len(lowered) == len(text):
            assert _matches(stance_cues.CUES_LOWER, lowered) == _matches(re.compile(_PLAIN_CUES.pattern), lowered)
        assert _matches(stance_cues.CLAUSE_BREAK, text) == _matches(breaks_plain, text)
        assert _matches(findings._FURNITURE, text) == _matches(furniture_plain, text)
        for start in (1, 5):  # from inside the text: what stands before `start` counts as it does for the plain form
            if start < len(text):
                assert _matches(stance_cues.CUES, text, start) == _matches(_PLAIN_CUES, text, start)
                assert _matches(stance_cues.CLAUSE_BREAK, text, start) == _matches(breaks_plain, text, start)
                assert _matches(findings._FURNITURE, text, start) == _matches(furniture_plain, text, start)
    # the invented sentences do hold matches of every kind (the comparison is not of empty lists)
    joined = " ".join(_SENTENCES)
    assert {m.lastgroup for m in stance_cues.CUES.finditer(joined)} >= {"not", "cond", "open", "neg", "pos", "without"}
    assert stance_cues.CLAUSE_BREAK.search(joined) and findings._FURNITURE.search(joined)


def test_people_key_patterns_match_their_plain_forms() -> None:
    for text in _SENTENCES + _random_texts(3000, seed=7):
        assert _matches(people_key._CAPITALISED, text) == _matches(_PLAIN_CAPITALISED, text)
        lowered = " ".join(text.lower().split())
        assert _matches(people_key._PLACE, lowered) == _matches(_PLAIN_PLACE, lowered)
    assert people_key._CAPITALISED.findall("Émile met the ßig Ruritanian envoy in x-Berlin") == ["Émile", "ßig", "Ruritanian", "Berlin"]
