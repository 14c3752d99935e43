"""Quote classes of the "quotes34" helper (issue 10, fifteenth session), on prose written for these tests: every
sentence and quotation is invented (the names are real public ones or made up). Stories whose people the gazetteer
lacks, with Korean names printed family name first and titles it does not know:

- a family name alone ("“…,” Park said") is the article's one person of that family name named in full ("Park
  Min-ho"), even when another article of the folder names someone else of that family name; two of them named
  here leave it unknown;
- a pronoun after a clause whose subject is a role and whose object is a named person ("…, and the prime minister
  told X that … . He added that “…”") is never X: it is the role's one holder, or no one;
- "the premier" is the one person the article titles prime minister, when no one is titled Premier;
- a pronoun right after its sentence's own subject ("X informed reporters that he told Y, “…”") is X even when
  the sentence before named Y, whom the article shows as "he";
- "Chief Prosecutor, X," makes X a person and no person "Prosecutor".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import auto_people, load_articles, speaker_named

HEAD = "Standoff ends at the residence\n\nInvestigators reached the hillside compound before dawn on Wednesday.\n\n"
TAIL = "\n\nTraffic returned to the district by the evening.\n"
WORDS = "Nobody in this country stands above a court order"
QUOTE = "“" + WORDS + ", and today proved it,”"


def _speakers(briefing, file: str) -> dict[str, str | None]:  # noqa: ANN001
    """{quotation's first words: speaker's name (None: unknown)} of one article of a loaded folder."""
    names = {a.id: a.name for a in briefing.actors}
    return {q.text[:len(WORDS)]: names.get(q.speaker) if q.speaker else None
            for q in briefing.quotes if q.span.source == file}


OTHER = ("Detention centre readied\n\nThe centre has held a president before. In 2017, former President Park "
         "Geun-hye was taken there as well.\n\nGuards added chairs to the room on Tuesday.\n")


@pytest.mark.parametrize(("intro", "speaker"), [
    # main: speaker unknown (the surname was taken to be the name's last word, "Min-ho")
    ("Democratic floor leader Park Min-ho spoke to party lawmakers at noon.", "Park Min-ho"),
    ("Park Min-ho, the party's floor leader, spoke to party lawmakers at noon.", "Park Min-ho"),
])
def test_a_family_name_alone_is_the_articles_one_holder_of_it(tmp_path_factory, intro: str,
                                                              speaker: str) -> None:
    article = HEAD + intro + "\n\n" + QUOTE + " Park said." + TAIL
    briefing = load_articles(tmp_path_factory, "park", {"a.txt": article, "b.txt": OTHER})
    assert _speakers(briefing, "a.txt")[WORDS] == speaker


def test_two_holders_of_the_family_name_here_leave_it_unknown(tmp_path_factory) -> None:
    # guard (unknown on main too)
    article = (HEAD + "Floor leader Park Min-ho and former President Park Geun-hye were both named in the "
               "filing.\n\n" + QUOTE + " Park said." + TAIL)
    briefing = load_articles(tmp_path_factory, "parks", {"a.txt": article, "b.txt": OTHER})
    assert _speakers(briefing, "a.txt")[WORDS] is None


@pytest.mark.parametrize("line", [
    # guards (unknown on main too): the family name printed as someone else's, here where it is no mention
    QUOTE + " said Park, a student.",
    QUOTE + " Park, 34, said.",
])
def test_a_family_name_printed_as_someone_elses_is_no_one(tmp_path_factory, line: str) -> None:
    article = HEAD + "Democratic floor leader Park Min-ho spoke to party lawmakers at noon.\n\n" + line + TAIL
    briefing = load_articles(tmp_path_factory, "park-other", {"a.txt": article, "b.txt": OTHER})
    assert _speakers(briefing, "a.txt")[WORDS] is None


def test_a_pronoun_after_the_family_name_alone_is_its_person(tmp_path_factory) -> None:
    # main: speaker unknown ("Park" opened the sentence before as its subject, but was no known surname)
    article = (HEAD + "Democratic floor leader Park Min-ho spoke to party lawmakers at noon.\n\nPark said the "
               "former leader could not escape a trial. " + QUOTE + " he said." + TAIL)
    briefing = load_articles(tmp_path_factory, "park-he", {"a.txt": article, "b.txt": OTHER})
    assert _speakers(briefing, "a.txt")[WORDS] == "Park Min-ho"


def test_a_pronoun_after_the_family_name_printed_as_someone_elses_is_no_one(tmp_path_factory) -> None:
    # guard (unknown on main too)
    article = (HEAD + "Democratic floor leader Park Min-ho spoke to party lawmakers at noon.\n\nPark, a student, "
               "said the former leader could not escape a trial. " + QUOTE + " he said." + TAIL)
    briefing = load_articles(tmp_path_factory, "park-he-other", {"a.txt": article, "b.txt": OTHER})
    assert _speakers(briefing, "a.txt")[WORDS] is None


def test_a_given_name_printed_as_a_surname_stays_its_person(tmp_path_factory) -> None:
    # guard (right on main too): an outlet that prints the given name alone ("Min-ho said")
    article = (HEAD + "The assembly removed acting President Han Min-ho from office by a vote held on Friday.\n\n"
               + QUOTE + " Min-ho said." + TAIL)
    other = "Another page\n\nIn 2017, former President Han Sung-jin was taken to the same centre.\n"
    briefing = load_articles(tmp_path_factory, "minho", {"a.txt": article, "b.txt": other})
    assert _speakers(briefing, "a.txt")[WORDS] == "Han Min-ho"


def test_a_western_surname_still_ends_the_name(tmp_path_factory) -> None:
    # guard (right on main too): "Lee Anderson" is not family-first
    article = HEAD + "Reform deputy leader Lee Anderson spoke at noon.\n\n" + QUOTE + " Anderson said." + TAIL
    other = "Another page\n\nPamela Anderson opened a cafe in the town on Tuesday.\n"
    briefing = load_articles(tmp_path_factory, "anderson", {"a.txt": article, "b.txt": other})
    assert _speakers(briefing, "a.txt")[WORDS] == "Lee Anderson"


CALL = ("Tariff talks by telephone\n\nTOKYO – Prime Minister Taro Sato said he raised his worry with U.S. "
        "President Donald Trump during a call on Monday night.\n\n")
ADDED = "He added that the two allies “" + WORDS + " of trade.”"


@pytest.mark.parametrize("body", [
    # main: Donald Trump (a quotation closing on its full stop does not end the sentence, so "He" was read
    # within it, and its one person named, the object of the role's clause, taken for the pronoun's)
    "The call ran for a quarter of an hour, and the prime minister warned Trump that he felt “gravely worried” the "
    "levies could “hurt the firms that build factories in Ohio.” " + ADDED,
    # guard (unknown on main too): the same across a plain full stop
    "The call ran for a quarter of an hour, and the prime minister warned Trump he felt worried.\n\n" + ADDED,
])
def test_a_pronoun_after_a_roles_clause_is_never_its_object(tmp_path: Path, body: str) -> None:
    speaker = speaker_named(tmp_path, CALL + body + TAIL, WORDS)[0]
    assert speaker != "Donald Trump"
    assert speaker in (None, "Taro Sato")


def test_a_pronoun_after_a_roles_clause_is_its_holder(tmp_path: Path) -> None:
    # main: speaker unknown (the mayor, the one person the sentence names, is not its subject)
    text = ("Storm relief\n\nPremier Dana Holt toured the flooded valley on Monday.\n\n"
            "The tour ran long, and the premier thanked Mayor Alan Brooks for the boats.\n\n“" + WORDS + ",” he said."
            + TAIL)
    assert speaker_named(tmp_path, text, WORDS)[0] == "Dana Holt"


def test_a_named_subject_keeps_the_pronoun(tmp_path: Path) -> None:
    # guard (right on main too): the name opens the clause, the role is its object
    text = ("Storm relief\n\nPremier Dana Holt toured the flooded valley on Monday.\n\n"
            "On Tuesday, Mayor Alan Brooks thanked the premier for the boats.\n\n“" + WORDS + ",” he said." + TAIL)
    assert speaker_named(tmp_path, text, WORDS)[0] == "Alan Brooks"


@pytest.mark.parametrize(("intro", "speaker"), [
    # main: speaker unknown ("premier" was matched only against titles with the word "premier")
    ("Japan's Prime Minister Taro Sato voiced regret on Friday over the new levies.", "Taro Sato"),
    # guard (right on main too): a Premier and a Prime Minister: "the premier" is the Premier
    ("Ontario Premier Dana Holt met Prime Minister Ravi Moreau on Friday.", "Dana Holt"),
    # guard (unknown on main too): two prime ministers and no Premier
    ("Prime Minister Taro Sato met Prime Minister Ravi Moreau on Friday.", None),
])
def test_the_premier_is_the_one_prime_minister(tmp_path: Path, intro: str, speaker: str | None) -> None:
    text = "Levies called a grave blow\n\n" + intro + "\n\n" + QUOTE + " the premier said." + TAIL
    assert speaker_named(tmp_path, text, WORDS)[0] == speaker


def test_the_subject_before_the_pronoun_in_its_own_sentence(tmp_path: Path) -> None:
    # main: speaker unknown (Trump, named in the sentence before and shown as "he", vetoed the subject)
    text = ("Call with Washington\n\nPrime Minister Taro Sato on Monday urged U.S. President Donald Trump to drop "
            "the levies, but the call did little to move him.\n\nAfter the call, Sato informed reporters that he "
            "told Trump, “" + WORDS + ".”\n\nOn Tuesday, Trump said he would wait for the talks." + TAIL)
    assert speaker_named(tmp_path, text, WORDS)[0] == "Taro Sato"


def test_the_pronoun_veto_still_holds_across_sentences(tmp_path: Path) -> None:
    # guard (unknown on main too): "X spoke to Y. “…,” he said" with Y shown as "he" is not plainly X
    text = ("Call with Washington\n\nPrime Minister Taro Sato spoke with U.S. President Donald Trump on Monday.\n\n"
            "“" + WORDS + ",” he said.\n\nOn Tuesday, Trump said he would wait for the talks." + TAIL)
    assert speaker_named(tmp_path, text, WORDS)[0] is None


def test_a_chief_prosecutor_is_a_title(tmp_path_factory) -> None:
    # main: a person "Prosecutor", and Cha Jin-woo missed
    article = (HEAD + "4. The Chief Prosecutor Personally Leads the Case\n\nSouth Korea’s Chief Prosecutor, "
               "Cha Jin-woo, will lead the questioning himself, officials said on Wednesday." + TAIL)
    people = auto_people(load_articles(tmp_path_factory, "prosecutor", {"a.txt": article}))
    assert "Prosecutor" not in people
    assert "Cha Jin-woo" in people
