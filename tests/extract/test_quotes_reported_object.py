"""A person named inside what a speech verb reports ("X warned that Y was …") is not the subject of a verb
coordinated after it ("… and urged …"), and a person right after a past verb ("ordered Y and others to …") is its
object, not the subject of the participle that ends the sentence ("…, saying “…”"). Invented articles."""

from __future__ import annotations

from tests.helpers import speaker_named

REPORTED = """Police chief Anna Berg resigned on Thursday, a week after Interior Minister Paul Kern took office.

Opposition figures said Kern was moving too fast. One of them warned that Kern was overstepping his powers and \
urged the president to stop the "quiet purge of the police force".
"""

OBJECT = """Police chief Anna Berg resigned on Thursday.

On Monday a cabinet appointee ordered Berg and city prosecutors to drop the inquiry, saying it "hampered the \
city's fight against petty crime" and "wasted months of work".
"""

OWN = """Interior Minister Paul Kern spoke to reporters on Monday.

Kern met police chief Anna Berg at the ministry, saying the talks had been "frank but useful".
"""


def test_a_name_inside_a_report_is_not_the_subject_of_the_next_verb(tmp_path):
    speaker, _ = speaker_named(tmp_path, REPORTED, "quiet purge")
    assert speaker != "Paul Kern"


def test_the_object_of_a_past_verb_is_not_the_participles_speaker(tmp_path):
    first, _ = speaker_named(tmp_path / "a", OBJECT, "hampered the")
    second, _ = speaker_named(tmp_path / "b", OBJECT, "wasted months")
    assert first != "Anna Berg" and second != "Anna Berg"


def test_the_sentences_own_subject_still_speaks_through_its_participle(tmp_path):
    speaker, _ = speaker_named(tmp_path, OWN, "frank but useful")
    assert speaker == "Paul Kern"
