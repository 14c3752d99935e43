"""A quote credited with "according to" a person described by role ("the paper's chief political reporter X"),
and fragments after such a credit in the middle of a sentence whose later speech verb is someone else's.
Invented articles."""

from __future__ import annotations

from tests.helpers import speaker_named

CREDIT = """Finance minister Claire Dumont presented her budget to parliament on Tuesday.

The update was "mostly a rerun of last year", according to Radio Nord's chief political reporter Anton Weber, \
"because nearly every measure" had been "briefed out for weeks", the minister admitted she had little room left.

Dumont said: "We chose stability over spectacle."
"""


def test_a_quote_credited_to_a_reporter_described_by_role_is_the_reporters(tmp_path):
    speaker, _ = speaker_named(tmp_path, CREDIT, "mostly a rerun")
    assert speaker == "Anton Weber"


def test_fragments_after_a_mid_sentence_credit_are_not_the_later_verbs_subject(tmp_path):
    first, _ = speaker_named(tmp_path / "a", CREDIT, "because nearly every")
    second, _ = speaker_named(tmp_path / "b", CREDIT, "briefed out for")
    assert first != "Claire Dumont" and second != "Claire Dumont"


def test_a_quote_after_an_undescribed_credit_keeps_its_own_speaker(tmp_path):
    speaker, _ = speaker_named(tmp_path, CREDIT, "We chose stability")
    assert speaker == "Claire Dumont"


DOCUMENT = """Foreign minister Lena Brandt spoke after the meeting on Monday.

Brandt called the exchange "long but useful", according to a summary of the call with Vladimir Putin that the \
ministry published.
"""


def test_a_credit_naming_a_document_is_not_the_person_the_document_mentions(tmp_path):
    speaker, _ = speaker_named(tmp_path, DOCUMENT, "long but useful")
    assert speaker != "Vladimir Putin"
