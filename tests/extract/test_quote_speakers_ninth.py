"""Speaker classes from the "quotes9" helper's blind sets of the ninth session (a magazine interview, a White House
lunch, a leader's post after a night of strikes and the reply to it), on articles written for these tests: the
prose and every quotation are invented. Right, or unknown."""

from __future__ import annotations

from pathlib import Path

from helpers import quotes_of


def test_a_coordinated_speech_verb_is_the_sentence_subjects(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker hosted Premier Ilse Marten at the lakeside palace on Friday.\n"
        "Marten thanked Reker for the long lunch by the water and said, “We can finish the bridge by spring.”\n"
        "Marten met Reker, who praised the ferry plan and said, “Two boats will do for now.”\n"
        "A senior aide met Reker at the pier and said, “The pier needs new planks first.”\n"
        "“We will build the bridge,” Marten said calmly, but then added, “Not before the autumn rains.”\n"))
    # The verb after "and" shares the sentence's subject, not the last name before it (the thanked).
    assert quotes["We can finish the bridge by spring."] == ids["Ilse Marten"]
    # A relative clause between: the verb may be its own (Reker's) or the sentence's; not plainly either.
    assert quotes["Two boats will do for now."] is None
    # The sentence's subject is someone unnamed: never the person the aide met.
    assert quotes["The pier needs new planks first."] is None
    assert quotes["Not before the autumn rains."] == ids["Ilse Marten"]  # the subject right after a quote


def test_a_participle_s_object_before_the_subject_is_no_pronoun_s_person(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker and Premier Ilse Marten fell out over the dam on Sunday.\n"
        "Scolding Reker, Marten wrote, “The dam was never his to close. It belongs to the valley.”\n"
        "She then went on, “Nobody voted for a dry summer and nobody will.”\n"))
    assert quotes["Nobody voted for a dry summer and nobody will."] == ids["Ilse Marten"]


def test_a_possessor_is_not_the_subject_a_pronoun_stands_for(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker spoke to Premier Ilse Marten on Monday, his office said.\n"
        "Reker’s spokesman said Marten’s letter showed a mood of strain among everyone involved. "
        "“This is a hard week for all of us, of course,” he said.\n"
        "Special envoy Piet Kruger flew in on Tuesday.\n"
        "Reker’s special envoy Piet Kruger said the ferry talks had gone better than planned. "
        "“We will sail again next week,” he said.\n"))
    # The spokesman, whom no one names, says it: not Reker, whose spokesman he is.
    assert quotes["This is a hard week for all of us, of course,"] is None
    # A possessor's title with its holder's name in apposition: the holder.
    assert quotes["We will sail again next week,"] == ids["Piet Kruger"]


def test_a_participle_after_the_closing_mark_names_no_speaker_after_it(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met German Chancellor Friedrich Merz in the capital on Friday.\n"
        "In the post, Reker blamed the chancellor’s aides for “stirring up needless trouble”, saying the German "
        "leader was “helping nobody at all this way”.\n"))
    # "“…”, saying the German leader was": not "“…,” said the German leader".
    assert quotes.get("stirring up needless trouble") != ids["Friedrich Merz"]
    assert quotes["helping nobody at all this way"] == ids["Tomas Reker"]


def test_a_role_with_a_nationality_as_subject_is_its_one_holder_or_no_one(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker spent Thursday in talks about the river.\n"
        "The German leader thanked Reker for lunch at the palace. “It was a fine day for the valley,” he said.\n"))
    # No German leader is named: the pronoun is the leader's, whom we cannot name; never Reker.
    assert quotes["It was a fine day for the valley,"] is None
    quotes, ids = quotes_of(tmp_path / "named", (
        "A headline\n"
        "President Tomas Reker met German Chancellor Friedrich Merz on Thursday.\n"
        "The German leader thanked Reker for lunch at the palace. “It was a fine day for the valley,” he said.\n"
        "The German leader spoke to reporters after the meal. “The river will not wait for us,” he said.\n"))
    assert quotes["It was a fine day for the valley,"] == ids["Friedrich Merz"]
    assert quotes["The river will not wait for us,"] == ids["Friedrich Merz"]
    quotes, ids = quotes_of(tmp_path / "not_alone", (
        "A headline\n"
        "President Tomas Reker met German Chancellor Friedrich Merz on Thursday.\n"
        "The German leader’s aide took questions after the meal. “Nothing has been signed,” he said.\n"
        "The German leader and Reker walked to the lake. “It was a long day for everyone,” he said.\n"))
    # The leader's aide, whom no one names; one of two: neither Merz nor Reker.
    assert quotes["Nothing has been signed,"] is None
    assert quotes["It was a long day for everyone,"] is None


def test_a_later_quotation_after_but_shares_the_first_ones_speaker(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker and Premier Ilse Marten spoke on Sunday.\n"
        "Reker accused Marten on Wednesday of dragging out the “long dry season” on the river over her "
        "stubbornness, but insisted later that “no one wants her to give up the dam.”\n"
        "Marten said, “We are going to talk about the ferry,” but “hopefully we can settle it without the ferry.”\n"
        "Reker called the plan “a real mess” after Marten left, but said “we can still fix it somehow.”\n"
        "Asked about the flood, Reker suggested \"maybe that was the reason\" for Marten's change of heart, but "
        "stressed \"I do not know. I have not heard that.\"\n"))
    assert quotes["no one wants her to give up the dam."] == ids["Tomas Reker"]
    assert quotes["hopefully we can settle it without the ferry."] == ids["Ilse Marten"]
    # A clause with a subject of its own between: the second verb is not plainly the first one's subject's.
    assert quotes["we can still fix it somehow."] is None
    # A possessor between is no subject of its own ("for Marten's change"): the first one's speaker.
    assert quotes["I do not know. I have not heard that."] == ids["Tomas Reker"]


def test_a_participle_after_a_question_put_to_the_subject_is_the_subjects(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Friday.\n"
        "Reker smiled when asked by reporters whether he could bring Marten round on the dam, saying before the "
        "talks: “Things are moving along nicely.”\n"))
    # "asked by reporters" puts the question to Reker; the participle's words are his, not the reporters'.
    assert quotes["Things are moving along nicely."] == ids["Tomas Reker"]


def test_a_pronoun_after_a_sentence_set_in_title_case_is_no_ones_we_can_name(tmp_path: Path) -> None:
    quotes, _ids = quotes_of(tmp_path, (
        "A headline\n"
        "Latvia’s Minister of Defence Affairs Calls IT “Utterly Reckless” and Has Summoned the Envoy of the "
        "Neighbouring Country Over the Flights.\n"
        "“The Planes Stayed Far Too Long Over Our Island,” He says.\n"))
    # A capitalised verb of a title-case line is no name: the pronoun is no one's we can name.
    assert quotes["The Planes Stayed Far Too Long Over Our Island,"] is None


def test_according_to_after_a_connective_is_a_source_as_at_a_sentence_start(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "President Tomas Reker met Premier Ilse Marten on Friday.\n"
        "Also, according to Marten, the dam is unlikely to open soon and, in general, “the valley has waited "
        "long enough for it.”\n"
        "But according to Marten, Reker suggested that the dam “might open before the spring floods”.\n"))
    assert quotes["the valley has waited long enough for it."] == ids["Ilse Marten"]
    # A sayer of their own after the source: the marks may hold either one's words.
    assert quotes["might open before the spring floods"] is None


def test_a_post_quoted_in_a_paragraph_of_its_own_is_its_writers(tmp_path: Path) -> None:
    quotes, ids = quotes_of(tmp_path, (
        "A headline\n"
        "The valley will ask its neighbours for talks on the dam, Varnian Premier Ilse Marten wrote on X on Monday.\n"
        "\"This morning, the river rose by a metre. The dam is closed. Such a step is not acceptable to us,\" "
        "reads the post.\n"
        "\"We will take this to the council,\" reads the statement.\n"))
    # The post the paragraph before says she wrote: hers. A statement no one is said to have made: no one's.
    assert quotes["This morning, the river rose by a metre. The dam is closed. Such a step is not acceptable to us,"] \
        == ids["Ilse Marten"]
    assert quotes["We will take this to the council,"] is None
