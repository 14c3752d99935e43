"""cold19 (issue 12): three scans of every sentence made cheaper, with the same results.

- The stance cues over a sentence's lower-cased copy (`CUES_LOWER`) are guarded by a case-sensitive lookahead of
  their own, not by the case-blind one of `CUES` (read so, it cost a third of the scan).
- The military-aid passive ("… will be delivered to Ukraine") is tried only where the sentence holds " to " and one
  of its verbs before it, the six strings made once.
- An event's one person who opens the sentence is its subject whatever verb follows: no verb is looked for.

Every sentence here is invented for this test.
"""

from __future__ import annotations

import random
import re

import pytest

from briefing.load import _bundled_gazetteer
from briefing.load.extract import event_agents, issue_tags
from briefing.load.extract.cue_scan import MADE
from briefing.load.extract.event_agents import sole_person
from briefing.load.extract.issues import Clauses, IssueTagger
from briefing.load.extract.stance_cues import CUES, CUES_LOWER

TAGGER = IssueTagger(list(_bundled_gazetteer()[1]))

_SENTENCES = [
    "The minister said Norway would not accept the ceasefire unless the talks resumed.",
    "Oslo REJECTED the proposal, but it remains Open To Talks on security guarantees.",
    "The council agreed to lift sanctions if the harbour deal holds through the winter.",
    "Lund ruled out NATO membership and called the plan “unrealistic”; others welcomed it.",
    "Kelvin signs (K) and a long ſ stay as they are: the envoy supports the truce.",
]


def _generated(count: int, seed: int) -> list[str]:
    """Random runs of the cue patterns' own words in every case, with the characters around them."""
    rnd = random.Random(seed)
    words = sorted(set(re.findall(r"[a-z’'-]{2,}", CUES.pattern)))
    glue = [" ", " ", ", ", ". ", "“", "”", "’", "-", "1", "É", "K"]
    forms = [str.lower, str.capitalize, str.upper]
    return ["".join(rnd.choice(glue) + rnd.choice(forms)(rnd.choice(words)) for _ in range(rnd.randint(2, 12)))
            for _ in range(count)]


def _cues(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in pattern.finditer(text)]


def test_the_lower_case_cue_scan_is_guarded_case_sensitively() -> None:
    assert "(?i" not in CUES_LOWER.pattern and not CUES_LOWER.flags & re.IGNORECASE
    assert any(made is CUES_LOWER for made, _pattern, _flags in MADE)  # compared with its plain form (test_cue_scan)


@pytest.mark.parametrize("text", _SENTENCES + _generated(600, 19))
def test_the_lower_case_cue_scan_finds_what_the_case_blind_one_does(text: str) -> None:
    lowered = text.lower()
    if len(lowered) != len(text) or "ı" in text or "ſ" in text:
        return  # (Clauses.of reads such a text with CUES itself)
    assert _cues(CUES_LOWER, lowered) == _cues(CUES, text)


@pytest.mark.parametrize(("sentence", "tagged"), [
    ("Air defence systems will be delivered to Ukraine before the winter, the minister said.", True),
    ("The missiles were being SENT TO Kyiv in March.", True),
    ("The launchers have been handed over to Kyiv.", True),
    ("The systems were delivered last week.", False),
    ("The envoy sent a letter to the mayor.", False),
])
def test_weapons_in_a_passive_to_ukraine_are_military_aid(sentence: str, tagged: bool) -> None:
    hits = TAGGER.tags(sentence, 0, len(sentence))
    assert any(h.issue == "military_aid" for h in hits) is tagged


def test_the_passives_strings_are_made_once() -> None:
    assert issue_tags._DELIVERED_TO_WORDS == tuple(f" {verb} to " for verb in issue_tags._DELIVERY_VERBS)
    assert all(" to " in said for said in issue_tags._DELIVERED_TO_WORDS)  # (the cheap test first implies none)
    for sentence in ("arms were sent to kyiv", "the plan handed over to ukraine", "sent a note to", "over to",
                     " delivered to", "it was shipped  to them", "transferred to x and supplied to y"):
        found = issue_tags._DELIVERED_TO_WORD.search(sentence) is not None
        assert found is any(said in sentence for said in issue_tags._DELIVERED_TO_WORDS)


class _Counted:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.calls = pattern, 0

    def search(self, *args: object) -> re.Match[str] | None:
        self.calls += 1
        return self.pattern.search(*args)  # type: ignore[arg-type]


def test_a_person_who_opens_the_sentence_is_its_subject_without_a_verb_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    verbs, words = _Counted(event_agents.EVENT_VERBS), _Counted(event_agents.STATEMENT_WORDS)
    monkeypatch.setattr(event_agents, "EVENT_VERBS", verbs)
    monkeypatch.setattr(event_agents, "STATEMENT_WORDS", words)
    text = "Lena Rask met the harbour board in Bergen on Monday."
    assert sole_person(text, 0, len(text), [("rask", 0, 9)], None) == "rask"
    assert verbs.calls == words.calls == 0
    later = "On Monday the harbour board met Lena Rask in Bergen."  # (the person after the verb: no subject)
    assert sole_person(later, 0, len(later), [("rask", 32, 41)], None) is None
    assert verbs.calls == 1
    early = "In Bergen, Lena Rask met the harbour board on Monday."  # (before the verb: the subject)
    assert sole_person(early, 0, len(early), [("rask", 11, 20)], None) == "rask"


class _CountedTagger(IssueTagger):
    """The bundled issues' tagger, counting its whole scans."""

    scans = 0

    def tags(self, text: str, start: int, end: int) -> list:  # type: ignore[override]
        type(self).scans += 1
        return super().tags(text, start, end)


@pytest.mark.parametrize("text", [
    "The envoy backed the ceasefire.\n\nLater the talks on NATO membership stalled.",
    "Security guarantees were discussed.",  # (only the security guarantees: read to the end)
    "Energy security guarantees to Hungary were signed.",  # (another kind of security: dropped, none left)
    "Written guarantees that Kyiv will never join NATO were sought.",
    "They agreed to end the three-year-long war by the spring.",
    "Nothing here is about the talks.",
    "İstanbul hosted the talks on a ceasefire in Crımea.",  # (lower() lengthens it: the case-blind pattern)
    "",
])
def test_whether_an_article_names_an_issue_is_what_its_tags_say(text: str) -> None:
    assert TAGGER.tags_any(text) is bool(TAGGER.tags(text, 0, len(text)))


def test_an_article_that_names_an_issue_early_is_not_tagged_whole() -> None:
    tagger = _CountedTagger(list(_bundled_gazetteer()[1]))
    text = "The minister backed the ceasefire on Monday.\n\n" + "The harbour reopened after the storm. " * 200
    assert tagger.tags_any(text)
    assert _CountedTagger.scans == 0


_POLARITY_SENTENCES = [
    "Norway will not accept NATO membership for Ukraine.",
    "The council said the ceasefire, which it had not discussed, was far off.",
    "Without security guarantees, Oslo said, the talks on sanctions would not go on.",
    "If the truce holds, Lund would lift sanctions; the envoy did not comment on NATO membership.",
    "The mayor visited the harbour, and the ceasefire was not mentioned at all by anyone in the hall that day.",
    "Kyiv insisted on security guarantees before any ceasefire.",
    "The plan is unrealistic, the minister said of NATO membership, but the talks would go on.",
]


def _generated_clauses(count: int, seed: int) -> list[str]:
    """Random runs of the stance cues' words, the issues' keywords and clause breaks."""
    rnd = random.Random(seed)
    cues = ["not", "without", "if", "unless", "accept", "rejected", "ruled out", "open to", "supports",
            "unrealistic", "will", "would", "refused", "agreed to", "before"]
    keywords = ["ceasefire", "NATO membership", "sanctions", "security guarantees", "peacekeepers", "truce"]
    glue = [" ", " ", " the ", ", ", "; ", " and ", " but ", " which ", " Norway ", " the talks "]
    return ["".join(rnd.choice(glue) + rnd.choice(rnd.choice((cues, keywords))) for _ in range(rnd.randint(3, 14))) + "."
            for _ in range(count)]


@pytest.mark.parametrize("sentence", _POLARITY_SENTENCES + _generated_clauses(400, 19))
def test_a_clause_with_no_deciding_cue_in_reach_reads_as_before(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    hits = TAGGER.tags(sentence, 0, len(sentence))
    clauses = Clauses.of(sentence, 0, len(sentence), hits)
    got = [clauses.polarity(hit, hits, name) for hit in hits for name in ("proposition", "opposite")]
    monkeypatch.setattr(Clauses, "_may_decide", lambda _self, _hit: True, raising=False)  # every rule read, as on main
    assert got == [clauses.polarity(hit, hits, name) for hit in hits for name in ("proposition", "opposite")]


def test_a_keyword_with_only_a_negation_in_its_clause_reads_no_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    sentence = "The council said the ceasefire was not mentioned; Norway accepted the harbour plan."
    hits = TAGGER.tags(sentence, 0, len(sentence))
    clauses = Clauses.of(sentence, 0, len(sentence), hits)
    read = []
    monkeypatch.setattr(Clauses, "_cues_about", lambda *args: read.append(args) or ((), [], len(sentence)))
    assert [h.keyword for h in hits] == ["ceasefire"]
    assert clauses.polarity(hits[0], hits) is None and read == []
