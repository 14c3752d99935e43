"""A "he said" after a quote whose paragraph already quoted someone else, with another person named between, may be
either of them: speaker unknown, not the last person named. With no earlier quote in the paragraph the person named
just before still speaks. Invented articles."""

from __future__ import annotations

from tests.helpers import speaker_named

TWO = """Polish Prime Minister Donald Tusk spoke in Brussels on Thursday.

"Europe must win this race," said Prime Minister Donald Tusk in Brussels. The leaders of the member states met \
there. Alongside them, Volodymyr Zelensky, Ukraine's president, takes part. "The arms race poses new challenges for \
all of us," he argued.
"""

ONE = """Polish Prime Minister Donald Tusk spoke in Brussels on Thursday.

The leaders of the member states met there. Alongside them, Volodymyr Zelensky, Ukraine's president, takes part. \
"The arms race poses new challenges for all of us," he argued.
"""


def test_a_pronoun_after_another_persons_quote_and_a_new_name_is_no_ones(tmp_path):
    speaker, _ = speaker_named(tmp_path, TWO, "The arms race")
    assert speaker is None


def test_a_pronoun_with_no_earlier_quote_is_the_person_named_before(tmp_path):
    speaker, _ = speaker_named(tmp_path, ONE, "The arms race")
    assert speaker == "Volodymyr Zelensky"
