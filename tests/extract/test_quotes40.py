"""Quote classes of the "quotes40" helper (issue 10, nineteenth session), on prose written for these tests: every
sentence and quotation is invented.

- "Karen Boyle MP said: “…”": a member's post-nominal between the name and the speech verb; the name is a person
  (titled "MP") and the quotation, and the paragraphs that carry it on, hers; "The Hull West MP said" is no one
  named "Hull West";
- "the MP", "the Labour MP", "the Republican senator": the one person of the article shown holding such a seat (a
  party before the noun must not disagree with theirs; a place must be one of their titles' words); two members,
  an unnamed "a Labour MP who …" before, or another party: no one;
- "The release of Y “…,” X told the paper. “…,” she said.": the pronoun is the speaker the sentence before names
  after its quotation, when everyone else it names stands before the quotation and the pronoun fits (a kin word,
  "his wife, X", shows which pronoun is hers); "“…,” X told Y. “…,” he said" is left as it was;
- ", chief executive X said in a statement thanking Y and others. “…,” he added.": the reporter, not the people
  the participle thanks; titles before the name may hold "and" and a slash ("AB/CD President and CEO X").
"""

from __future__ import annotations

import pytest
from helpers import auto_people, load_articles
from helpers import speakers_by_opening as _speakers

HEAD = "Budget vote\n\nMPs voted on Friday to back the budget bill by 20 votes.\n\n"
FREED = "Prisoners freed\n\nFourteen prisoners were freed on Saturday, officials said.\n\n"
VOTED = "“I voted for the bill because it is fair.”"


def _speaker_of(briefing, opening: str = "I voted for the bill") -> str | None:  # noqa: ANN001
    (speaker,) = [s for o, s in _speakers(briefing).items() if o.lower().startswith(opening.lower()[:20])]
    return speaker


def test_a_post_nominal_between_the_name_and_the_verb(tmp_path_factory) -> None:
    # main: "Karen Boyle MP said" made no person, and both quotations had no speaker
    text = HEAD + f"Karen Boyle MP said: {VOTED[:-2]}\n\n“It was not an easy choice for anyone.”\n"
    briefing = load_articles(tmp_path_factory, "post_nominal", {"a.txt": text})
    assert _speaker_of(briefing) == "Karen Boyle"
    assert _speaker_of(briefing, "It was not an easy") == "Karen Boyle"
    assert [r.title for r in auto_people(briefing)["Karen Boyle"].roles] == ["MP"]


def test_a_seats_place_before_the_post_nominal_is_no_name(tmp_path_factory) -> None:
    text = HEAD + "Hull West MP Karen Boyle backed it.\n\nThe Hull West MP said: " + VOTED + "\n"
    briefing = load_articles(tmp_path_factory, "seat_place", {"a.txt": text})
    assert "Hull West" not in auto_people(briefing)
    assert _speaker_of(briefing) == "Karen Boyle"


@pytest.mark.parametrize("lead", [
    # main: unknown in each
    "Labour MP Karen Boyle, who wrote the bill, told the Commons it \"is a fair bill\".\n\nThe Labour MP added: ",
    "Karen Boyle, the MP who wrote the bill, told the Commons it \"is a fair bill\".\n\nThe Tory MP added: ",
    "Hull West MP Karen Boyle told the Commons it \"is a fair bill\".\n\nThe Hull West MP added: ",
    "Senator Karen Boyle told the chamber it \"is a fair bill\".\n\nThe Republican senator added: ",
    "Karen Boyle MP told the Commons it \"is a fair bill\".\n\nThe MP added: ",
])
def test_the_one_member_of_the_article(tmp_path_factory, lead: str) -> None:
    briefing = load_articles(tmp_path_factory, "member", {"a.txt": HEAD + lead + VOTED + "\n"})
    assert _speaker_of(briefing) == "Karen Boyle"


@pytest.mark.parametrize("lead", [
    # guards (no one on main and on the branch): two members, an unnamed member before, another party, a place
    # none of her titles names
    "Labour MP Karen Boyle told the Commons it \"is a fair bill\". Conservative MP Tom Hale opposed it.\n\n"
    "The MP added: ",
    "Labour MP Karen Boyle told the Commons it \"is a fair bill\". A Labour MP who sits on the committee "
    "disagreed.\n\nThe Labour MP added: ",
    "Conservative MP Karen Boyle told the Commons it \"is a fair bill\".\n\nThe Labour MP added: ",
    "Labour MP Karen Boyle told the Commons it \"is a fair bill\".\n\nThe Leeds MP added: ",
    "Karen Boyle MP told the Commons it \"is a fair bill\". Ann Lee, the MP for Leeds, agreed.\n\nThe MP added: ",
])
def test_a_member_the_article_does_not_single_out_is_no_one(tmp_path_factory, lead: str) -> None:
    briefing = load_articles(tmp_path_factory, "member_guard", {"a.txt": HEAD + lead + VOTED + "\n"})
    assert _speaker_of(briefing) is None


def test_the_pronoun_after_a_quote_tagged_by_name(tmp_path_factory) -> None:
    # main: unknown (the man named in the lead made the pronoun no one's)
    text = FREED + ("The opposition leader’s wife, Maria Holm, fled to Vilnius.\n\nThe release of Ivan Holm “is a "
                    "step to freedom,” Maria Holm told the paper. “I am deeply grateful to everyone,” she said.\n")
    briefing = load_articles(tmp_path_factory, "tagged_after", {"a.txt": text})
    assert _speaker_of(briefing, "I am deeply grateful") == "Maria Holm"


@pytest.mark.parametrize("text", [
    # guards: the pronoun does not fit the speaker; a listener named after the tag
    "The opposition leader’s wife, Maria Holm, fled to Vilnius.\n\nThe release of Ivan Holm “is a step to "
    "freedom,” Maria Holm told the paper. “I am deeply grateful to everyone,” he said.\n",
    "Maria Holm, his wife, fled to Vilnius.\n\n“It is a step to freedom,” Maria Holm told Ivan Holm. “I am deeply "
    "grateful to everyone,” he said.\n",
])
def test_the_pronoun_of_another_is_no_one(tmp_path_factory, text: str) -> None:
    briefing = load_articles(tmp_path_factory, "tagged_guard", {"a.txt": FREED + text})
    assert _speaker_of(briefing, "I am deeply grateful") is None


@pytest.mark.parametrize("sentence", [
    # main: unknown in each (the people thanked, or "and" and a slash among the titles, hid the reporter)
    "Among those freed was Ivan Petrov, a former reporter, chief executive Tom Baker said in a statement thanking "
    "Anna Lind and others.",
    "Among those freed was Ivan Petrov, a former reporter at Radio North, AB/CD President and CEO Tom Baker said "
    "in a statement thanking Prime Minister Anna Lind and others.",
])
def test_the_reporter_before_a_participles_objects(tmp_path_factory, sentence: str) -> None:
    text = FREED + sentence + "\n“We thank everyone for their support,” he added.\n"
    briefing = load_articles(tmp_path_factory, "reporter", {"a.txt": text})
    assert _speaker_of(briefing, "We thank everyone") == "Tom Baker"


def test_two_reporters_are_no_one(tmp_path_factory) -> None:
    text = FREED + ("Among those freed was Ivan Petrov, a former reporter, Anna Lind and Tom Baker said in a "
                    "statement.\n“We thank everyone for their support,” he added.\n")
    briefing = load_articles(tmp_path_factory, "reporters", {"a.txt": text})
    assert _speaker_of(briefing, "We thank everyone") is None


def test_a_quotation_of_several_paragraphs_the_page_cuts_off(tmp_path_factory) -> None:
    # main: unknown (a page cut off inside a quotation was no one's, even when the paragraph before left the
    # speaker's quotation open and this one carries it on)
    text = HEAD + ("Karen Boyle told the Commons the plan \"is a fair plan\".\nShe added: \"I know some will never "
                   "back it, but what does that mean?\n\"It means we will wait for years for a better one and")
    briefing = load_articles(tmp_path_factory, "cut_run_on", {"a.txt": text})
    assert _speaker_of(briefing, "It means we will wait") == "Karen Boyle"


def test_a_closed_quotation_then_a_cut_one_is_no_ones(tmp_path_factory) -> None:
    # guard: the quotation before closed; the cut one may be anyone's, named in what was cut
    text = HEAD + ("Karen Boyle told the Commons: \"I know some will never back it.\"\n\n\"It means we will wait "
                   "for years for a better one and")
    briefing = load_articles(tmp_path_factory, "cut_closed", {"a.txt": text})
    assert _speaker_of(briefing, "It means we will wait") is None


@pytest.mark.parametrize("headline", [
    # main: unknown (a headline's quotation has no speaker of its own)
    "‘It is the right thing to do’: Hull West MP Karen Boyle’s budget bill passes vote",
    "‘It is the right thing to do’ says Karen Boyle as budget bill passes vote",
])
def test_a_headlines_quotation_the_body_gives_someone(tmp_path_factory, headline: str) -> None:
    text = (f"{headline}\n\nMPs voted on Friday to back the budget bill by 20 votes.\n\nMs Boyle said after the "
            "result:\n\n“It is the right thing to do. It was a long road.”\n")
    briefing = load_articles(tmp_path_factory, "headline_repeat", {"a.txt": text})
    names = {a.id: a.name for a in briefing.actors}
    assert [names.get(q.speaker) for q in briefing.quotes if q.text == "It is the right thing to do"] == ["Karen Boyle"]


def test_words_two_people_said_are_no_ones_when_repeated(tmp_path_factory) -> None:
    # guard: the body gives the words to two people; the headline's quotation is neither's plainly
    text = ("‘It is the right thing to do’: budget bill passes vote\n\nMPs voted on Friday to back the budget bill "
            "by 20 votes.\n\nKaren Boyle said: “It is the right thing to do.”\n\nTom Hale said: “It is the right "
            "thing to do, and late.”\n")
    briefing = load_articles(tmp_path_factory, "headline_two", {"a.txt": text})
    names = {a.id: a.name for a in briefing.actors}
    assert [names.get(q.speaker) for q in briefing.quotes if q.text == "It is the right thing to do"] == [None]


@pytest.mark.parametrize("opening", ["One Labour MP said", "Plaid Cymru MP said", "Sinn Féin TD said",
                                     "Another Conservative MP said"])
def test_a_party_before_a_post_nominal_is_no_person(tmp_path_factory, opening: str) -> None:
    # guard: a party or a determiner before the seat is no one's name
    briefing = load_articles(tmp_path_factory, "party_seat", {"a.txt": HEAD + f"{opening}: {VOTED}\n"})
    assert auto_people(briefing) == {}
    assert _speaker_of(briefing) is None
