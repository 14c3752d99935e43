"""A quote followed by a participle that makes someone else act ("…,” prompting X to look round and say …") is not
X's: X is the participle's object and "say" an infinitive. Invented article."""

from __future__ import annotations

from tests.helpers import speaker_named

PAGE = """Prime Minister Mark Carney met President Donald Trump in Washington on Tuesday.

Trump would not rule out a merger, adding that he would "keep every door open," prompting Carney to shake his \
head and say "no" twice.

"We will stay good neighbours whatever happens," Carney said afterwards.
"""


def test_a_causative_participle_after_a_quote_names_no_speaker(tmp_path):
    speaker, _ = speaker_named(tmp_path, PAGE, "keep every door")
    assert speaker != "Mark Carney"


def test_the_next_quote_keeps_its_own_speaker(tmp_path):
    speaker, _ = speaker_named(tmp_path, PAGE, "We will stay")
    assert speaker == "Mark Carney"
