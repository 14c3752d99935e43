"""Quote classes of the "quotes39" helper (issue 10, eighteenth session), on prose written for these tests: every
sentence and quotation is invented.

- "X, who told reporters that “…”" (and "who said that “…”", "who told the paper “…”"): the quotation is X's when X,
  a person, is the relative clause's antecedent; a thing or a body before "who/which" gives no speaker;
- "the Fed chair" is the one person of the article titled "Federal Reserve Chair"; "X highlighted that … “…”" is X's;
- a family name that is also an English word ("He" of "He Lifeng") is never that person alone: "He soon saw …
  “…,” he joked" is the pronoun's person, not He Lifeng; and "“…,” He Lifeng said" is his, not a pronoun's;
- a role phrase and a verb of no speech tagging a quote ("“…?” the reporter followed up.") is no one named, not the
  sentence before's speaker;
- a pronoun whose gender disagrees with the one person it would resolve to ("he said" when only a woman is named,
  as translations write) is no evidence: speaker unknown, never the other person and never a guess.
"""

from __future__ import annotations

import pytest
from helpers import load_articles
from helpers import speakers_by_opening as _speakers

HEAD = ("Talks in Vienna\n\nAustrian Chancellor Karl Nehammer and German Chancellor Olaf Scholz met on Tuesday in "
        "Vienna to discuss the budget.\n\n")
TAIL = "\n\nThe talks end on Friday.\n"


def _speaker_of(briefing) -> str | None:  # noqa: ANN001
    """The speaker of the article's one quotation "we will not give up on it" (either case)."""
    (speaker,) = [s for opening, s in _speakers(briefing).items() if opening.lower().startswith("we will not give")]
    return speaker


@pytest.mark.parametrize("sentence", [
    # main: unknown (the relative clause's words were read as no one's), but for the 2nd and the 5th (guards: a
    # "that" after "said" and three words after "told" were read as the verb's subject's already)
    "The plan was backed by Austrian Chancellor Karl Nehammer, who told reporters that “we will not give up on it.”",
    "The plan was backed by Karl Nehammer, the Austrian chancellor, who said that “we will not give up on it.”",
    "Karl Nehammer, who told the paper “we will not give up on it,” left before noon.",
    "The plan was backed by Karl Nehammer, who told reporters: “We will not give up on it.”",
    "Olaf Scholz thanked Karl Nehammer, who told reporters that “we will not give up on it.”",
    "Austrian Chancellor Karl Nehammer, who told reporters on Monday that “we will not give up on it,” flew home.",
    "The plan was backed by Karl Nehammer, who said “we will not give up on it.”",
])
def test_a_relative_clauses_quote_is_its_antecedents(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "who_told", {"a.txt": HEAD + sentence + TAIL})
    assert _speaker_of(briefing) == "Karl Nehammer"


@pytest.mark.parametrize("sentence", [
    # guards: no person as the antecedent, or the name a possessor's ("the wife of X, who"): no one's
    "The plan was backed by officials, who told reporters that “we will not give up on it.”",
    "The plan was backed by the wife of Karl Nehammer, who said “we will not give up on it.”",
    "The plan was backed by Karl Nehammer’s aides, who said “we will not give up on it.”",
    "The plan was backed by Olaf Scholz and Karl Nehammer, who told reporters that “we will not give up on it.”",
    "The plan was backed by Austria, which said “we will not give up on it.”",
])
def test_a_relative_clause_of_no_one_known_is_no_ones(tmp_path_factory, sentence: str) -> None:
    briefing = load_articles(tmp_path_factory, "who_told_guard", {"a.txt": HEAD + sentence + TAIL})
    assert _speaker_of(briefing) is None


ROME = "Talks in Rome\n\nGerman Chancellor Olaf Scholz flew to Rome on Monday for the budget talks.\n\n"


@pytest.mark.parametrize("paragraph", [
    # main: Giorgia Meloni (the apposition hid "said she"; a translation's "said he" cancelled the honorific)
    "Giorgia Meloni, Italy’s prime minister, said she would back the budget.\n\n“We will not give up on it,” he said.",
    "Giorgia Meloni, the Italian prime minister, told reporters she would back the budget. He also said “we will not "
    "give up on it.”",
    "Ms Meloni met the press on Monday. Meloni said he would back the budget.\n\n“We will not give up on it,” he said.",
    "Queen Mathilde of Belgium spoke on Monday.\n\n“We will not give up on it,” he said.",
])
def test_a_pronoun_of_the_other_gender_is_no_ones(tmp_path_factory, paragraph: str) -> None:
    briefing = load_articles(tmp_path_factory, "gender", {"a.txt": ROME + paragraph + TAIL})
    assert _speaker_of(briefing) is None


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # guards: the pronoun that agrees keeps its person
    ("Giorgia Meloni, Italy’s prime minister, said she would back the budget.\n\n“We will not give up on it,” she "
     "said.", "Giorgia Meloni"),
    ("Olaf Scholz, the German chancellor, said he would back the budget.\n\n“We will not give up on it,” he said.",
     "Olaf Scholz"),
    ("Ms Meloni met the press on Monday. Meloni said he would back the budget.\n\n“We will not give up on it,” she "
     "said.", "Giorgia Meloni"),
])
def test_a_pronoun_that_agrees_keeps_its_person(tmp_path_factory, paragraph: str, speaker: str) -> None:
    briefing = load_articles(tmp_path_factory, "gender_guard",
                             {"a.txt": ROME.replace("Rome on Monday", "Rome on Monday to meet Giorgia Meloni")
                              + paragraph + TAIL})
    assert _speakers(briefing)["We will not give up "] == speaker


FED = "Rates on hold\n\nFederal Reserve Chair Jerome Powell spoke in Chicago on Wednesday.\n\n"


@pytest.mark.parametrize(("sentence", "words"), [
    # main: unknown ("the Fed chair" named no one; "highlighted" was no speech verb)
    ("The Fed chair acknowledged that the cost was “significantly larger than anticipated.”", "significantly larger"),
    ("The Fed chief warned that the cost would be “significantly larger than anticipated.”", "significantly larger"),
    ("Powell highlighted that trade links are “very deep and long-standing.”", "very deep and long-s"),
])
def test_the_fed_chair_and_a_highlighted_point_are_powells(tmp_path_factory, sentence: str, words: str) -> None:
    briefing = load_articles(tmp_path_factory, "fed", {"a.txt": FED + sentence + "\n\nMarkets fell.\n"})
    assert _speakers(briefing)[words] == "Jerome Powell"


def test_the_fed_chair_is_no_one_with_no_one_titled_so(tmp_path_factory) -> None:
    # guard: a chair of another body is not "the Fed chair"
    article = ("Rates on hold\n\nBank of England Governor Andrew Bailey spoke in London on Wednesday.\n\n"
               "The Fed chair acknowledged that the cost was “significantly larger than anticipated.”\n")
    briefing = load_articles(tmp_path_factory, "fed_guard", {"a.txt": article})
    assert _speakers(briefing)["significantly larger"] is None


BEIJING = "Trade talks in Beijing\n\nNvidia chief Jensen Huang met Vice Premier He Lifeng in Beijing on Wednesday.\n\n"


@pytest.mark.parametrize(("paragraph", "speaker"), [
    # main: He Lifeng (the pronoun opening a sentence was read as his family name alone)
    ("Huang arrived early at the hotel. He soon saw the heat was too much. “Let us move inside,” he joked.",
     "Jensen Huang"),
    ("Huang arrived early at the hotel. He soon saw the heat was too much. He joked: “Let us move inside.”",
     "Jensen Huang"),
    # main: Jensen Huang (the "He" of "He Lifeng said" was read as a pronoun, the sentence before's Huang)
    ("Huang arrived early at the hotel. “Let us move inside,” He Lifeng said.", "He Lifeng"),
])
def test_a_family_name_that_is_a_pronoun_is_the_pronoun(tmp_path_factory, paragraph: str, speaker: str) -> None:
    briefing = load_articles(tmp_path_factory, "he_lifeng", {"a.txt": BEIJING + paragraph + TAIL})
    (found,) = [s for opening, s in _speakers(briefing).items() if opening.startswith("Let us move")]
    assert found == speaker


HEARING = "Ruling due\n\nJudge Scott McAfee spoke to reporters in Atlanta on Thursday.\n\n"


@pytest.mark.parametrize("tag", [
    # main: Scott McAfee (the sentence before's speaker: "followed up", "nodded" are no speech verbs)
    "“So this week?” the reporter followed up.",
    "“So this week?” a reporter pressed on.",
    "“So this week, then,” the clerk nodded.",
])
def test_a_role_tagging_a_quote_with_another_verb_is_no_one_named(tmp_path_factory, tag: str) -> None:
    paragraph = "“The order takes time to write, and I will keep to the timeline,” the judge said. " + tag
    briefing = load_articles(tmp_path_factory, "role_tag", {"a.txt": HEARING + paragraph + TAIL})
    speakers = _speakers(briefing)
    (found,) = [s for opening, s in speakers.items() if opening.startswith("So this week")]
    assert found is None
    assert speakers["The order takes time"] == "Scott McAfee"
