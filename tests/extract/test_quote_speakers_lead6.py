"""Speaker classes from the lead's blind sets of the sixth session (a French address and an EU summit; a US envoy's
interview), on articles written for these tests: the prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from briefing.load import load_briefing


def _quotes(tmp_path: Path, article: str) -> tuple[dict[str, str | None], dict[str, str]]:
    """{quote text: speaker id} and {actor name: actor id} of a one-article folder."""
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "a.txt").write_text(article, encoding="utf-8")
    briefing = load_briefing(tmp_path, use_cache=False)
    text = briefing.sources[0].text
    for quote in briefing.quotes:
        assert text[quote.span.start:quote.span.end] == quote.span.text
    return {q.text: q.speaker for q in briefing.quotes}, {a.name: a.id for a in briefing.actors}


def test_a_name_before_a_role_in_a_headline_is_not_the_speaker(tmp_path: Path) -> None:
    """"Putin not a ‘bad guy,’ Trump envoy says": the envoy speaks, not Trump (a name used as a noun before a
    role, as headlines write it)."""
    quotes, _ids = _quotes(tmp_path, (
        "Kremlin ‘open to a deal,’ Trump envoy says\n\n"
        "A senior envoy of the White House said on Friday that the talks had gone well.\n"))
    assert quotes["open to a deal,"] is None


def test_a_quote_inside_a_leading_subordinate_clause_is_not_the_main_verbs(tmp_path: Path) -> None:
    """"When pressed on X’s proposal for a “…” to …, Y dismissed it as …": the quoted words name X's plan; they
    are not Y's."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "When pressed on Keir Starmer’s proposal for a “shield of friendly nations” to guard the coast, Steve "
        "Witkoff dismissed it as naive and needless.\n\n"
        "“We will judge the plan on its merits,” Witkoff said.\n"))
    assert quotes["shield of friendly nations"] is None
    assert quotes["We will judge the plan on its merits,"] == ids["Steve Witkoff"]


def test_a_pronoun_goes_on_with_the_pronoun_subject_before_it(tmp_path: Path) -> None:
    """"In the interview, he praised Trump’s efforts … / He also called …": the second "he" is the first's
    person, not Trump, whom the sentence between names only as the object."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Steve Witkoff spoke to a radio host on Friday about the talks in the Gulf.\n\n"
        "In the interview, he praised Donald Trump’s efforts to broker a deal, saying he was hopeful about "
        "“closing the gap between the two capitals.”\n\n"
        "He also praised the hosts, adding that he found the Saudi team “patient and very generous.”\n"))
    assert quotes["closing the gap between the two capitals."] == ids["Steve Witkoff"]
    assert quotes["patient and very generous."] == ids["Steve Witkoff"]


def test_a_long_leading_phrase_before_the_subject_still_names_the_subject(tmp_path: Path) -> None:
    """A pronoun's person is the subject of the sentence before even after a leading phrase of more than 80
    characters ("Speaking with a far-right political commentator … on March 21, X called Y’s plan …")."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Speaking with an American far-right political commentator on a late-night programme on March 21, Steve "
        "Witkoff called Keir Starmer’s plan thin. He said the idea would not survive the spring.\n\n"
        "“There is a notion that everyone must act like a wartime leader. That is silly,” he told the host.\n"))
    assert quotes["There is a notion that everyone must act like a wartime leader. That is silly,"] \
        == ids["Steve Witkoff"]


def test_a_name_after_a_preposition_and_its_qualified_title_is_no_pronouns_person(tmp_path: Path) -> None:
    """"In an interview with pro-Trump journalist X, Y praised Z, saying … / “…,” he said": the journalist, an
    object of "with" behind three words and a title, is not who "he" is; Y, the subject, is."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "In an interview with pro-Trump journalist Dana Mercer, Steve Witkoff praised Vladimir Putin, saying he "
        "trusted the Russian leader.\n\n"
        "“I do not see him as a villain at all,” he said.\n"))
    assert "Dana Mercer" in ids
    assert quotes["I do not see him as a villain at all,"] == ids["Steve Witkoff"]


def test_a_name_before_interview_in_a_headline_is_not_the_speaker(tmp_path: Path) -> None:
    """"X’s startling Y interview: ‘…’": neither the interviewee's possessive nor the show's name speaks."""
    quotes, ids = _quotes(tmp_path, (
        "Steve Witkoff’s startling Dana Mercer interview: ‘He was repeating Kremlin lines’\n\n"
        "Steve Witkoff spoke to pro-Trump journalist Dana Mercer on Friday.\n"))
    assert "Dana Mercer" in ids
    assert quotes["He was repeating Kremlin lines"] is None


def test_both_objects_of_alongside_are_no_pronouns_person(tmp_path: Path) -> None:
    """"Speaking alongside X and Ukrainian President Y, Z talked of … / “…,” he said": X and Y are what
    "alongside" governs; "he" is Z."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Speaking alongside Commission President Ursula von der Leyen and Ukrainian President Volodymyr "
        "Zelensky, Council President Rui Almada talked of a new push for the bloc.\n"
        "“We are here to take decisions and to act on them quickly,” he said.\n"))
    assert quotes["We are here to take decisions and to act on them quickly,"] == ids["Rui Almada"]


def test_a_quotation_the_page_is_cut_off_inside_is_not_continued_from_the_paragraph_before(tmp_path: Path) -> None:
    """A paragraph opening a quotation that the page's end cuts off, after a paragraph whose quotation was closed
    and attributed: whose words it holds may have been said in the part cut away; unknown."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Council President Rui Almada arrived at the summit on Thursday.\n"
        "“We are here to support the country on its path to a lasting peace,” Almada told journalists.\n"
        "“This is a turning point for the whole continent. And it is also a turning point for"))
    assert quotes["We are here to support the country on its path to a lasting peace,"] == ids["Rui Almada"]
    assert [speaker for text, speaker in quotes.items() if text.startswith("This is a turning point")] == [None]


def test_naming_participles_are_the_subjects_words(tmp_path: Path) -> None:
    """"X questioned …, referring to it as “…”" and "Despite …, he struggled to …, vaguely mentioning “…”": the
    participle's words are the sentence's subject's (a pronoun after a leading clause's comma is that subject,
    and ", he struggled to name …," is no apposition)."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Echoing old talking points, Steve Witkoff questioned the border, referring to it as “a line drawn in "
        "sand” and doubting the maps. Despite leading the talks, he struggled to name the regions at stake, "
        "vaguely mentioning “the east, the south and two others.”\n"))
    assert quotes["a line drawn in sand"] == ids["Steve Witkoff"]
    assert quotes["the east, the south and two others."] == ids["Steve Witkoff"]


def test_a_question_before_a_reply_is_not_the_repliers(tmp_path: Path) -> None:
    """"As the leader stepped out, a journalist called out, “Can you …?” Trump replied confidently, “We can.”":
    the question is the journalist's (unknown), the answer Trump's."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "As the British leader stepped out of his car, a journalist called out, “Can you get a deal done this "
        "week?” Donald Trump replied confidently, “We can, and we will.”\n"))
    assert quotes["Can you get a deal done this week?"] is None
    assert quotes["We can, and we will."] == ids["Donald Trump"]


def test_a_clause_after_a_comma_is_no_apposition_and_a_subject_is_not_his_own_describer(tmp_path: Path) -> None:
    """", Witkoff spoke favorably of President Putin," is a clause with its own subject, not an apposition hiding
    both names (the quotes after its participle went unknown); "…, Putin is not the bad guy, describing him as
    “…”" is not Putin's (he is the one described; the name after "according to" is a preposition's object)."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "During the interview, Steve Witkoff spoke warmly of Russian President Vladimir Putin, describing him as "
        "“a very sharp man” and “not a villain at all.” He recounted a recent meeting.\n\n"
        "But, according to Western officials in the capital, Vladimir Putin is not the villain, describing him as "
        "“a careful and patient partner.”\n"))
    assert quotes["a very sharp man"] == ids["Steve Witkoff"]
    assert quotes["a careful and patient partner."] is None


def test_a_label_opening_the_sentence_before_leaves_its_subject_the_pronouns_person(tmp_path: Path) -> None:
    """"Details: X stressed that he had told Y’s story to Z. “…”, he said.": X, the subject after the house
    style's label, is "he"."""
    quotes, ids = _quotes(tmp_path, (
        "A headline\n\n"
        "Details: Steve Witkoff stressed that he had told Vladimir Putin’s story to Donald Trump and handed over the "
        "gift. \"He was clearly moved by the gesture\", he said.\n"))
    assert quotes["He was clearly moved by the gesture"] == ids["Steve Witkoff"]
