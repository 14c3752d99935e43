"""People on text never seen (issue 10, 7 December, sixteenth session, people31): a translation's spelling of a
person the gazetteer knows ("National Security Advisor Michael Volz" for Mike Waltz) is that person, shown as
a misspelling under them, when the text gives them an office they hold; never by the name alone. The articles
are invented: no one said or did these things."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import furniture_covers, furniture_touches, marked_lines, people_of

_HEAD = "Talks resume\n\n"


def _aliases(briefing, actor_id: str) -> dict[str, bool]:  # noqa: ANN001
    actor = next(a for a in briefing.actors if a.id == actor_id)
    return {a.text: a.misspelling for a in actor.aliases}


def test_a_translated_spelling_with_the_office_is_the_known_person(tmp_path: Path) -> None:
    # Main made a new person "Michael Volz" (side US), with the quote his: the reader saw two advisers.
    article = (f"{_HEAD}U.S. National Security Advisor Michael Volz spoke with his Ukrainian counterpart by "
               "telephone on Monday, the agency reported.\n\n"
               "\"We are making steady progress on the venue,\" Volz said after the call.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert "Michael Volz" not in people
    aliases = _aliases(briefing, "waltz")
    assert aliases["Michael Volz"] is True and aliases["Volz"] is True  # shown as misspellings
    quote = next(q for q in briefing.quotes if "steady progress" in q.span.text)
    assert quote.speaker == "waltz"


def test_a_translated_spelling_of_a_president_with_the_office(tmp_path: Path) -> None:
    # Main made a new person "Volodimir Zellenic" of Ukraine beside Volodymyr Zelensky.
    article = (f"{_HEAD}The delegation will be led by an aide to the Ukrainian President Volodimir Zellenic, the "
               "ministry said on Tuesday.\n")
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert "Volodimir Zellenic" not in people
    assert _aliases(briefing, "zelensky")["Volodimir Zellenic"] is True


@pytest.mark.parametrize(("sentence", "name"), [
    # no office: a name that sounds like a known one is another person
    ("Daniel Volz, a baker in the old town, said the queue had never been longer.", "Daniel Volz"),
    # another office ("former …")
    ("Former National Security Advisor Michael Volz said the plan would not hold.", "Michael Volz"),
    # the same office, another name
    ("National Security Advisor Jake Sullivan said the plan would not hold.", "Jake Sullivan"),
    # a name close to a known one, an office of another side
    ("French National Security Advisor Michel Volz said the plan would not hold.", "Michel Volz"),
])
def test_no_office_or_another_makes_another_person(tmp_path: Path, sentence: str, name: str) -> None:
    people, briefing = people_of(tmp_path, {"a.txt": f"{_HEAD}{sentence}\n"})
    assert name in people
    assert name not in _aliases(briefing, "waltz") if any(a.id == "waltz" for a in briefing.actors) else True


def _exported(folder: Path, *, use_cache: bool = True) -> str:
    import io

    from briefing.export import write_json
    from briefing.load import load_briefing

    out = io.StringIO()
    write_json(load_briefing(folder, use_cache=use_cache), out)
    return out.getvalue()


@pytest.mark.parametrize("name", ["a_intro.txt", "z_intro.txt"])  # (z: a folder grown by a file that sorts last)
def test_a_cached_folder_takes_the_spelling_as_a_cold_load(tmp_path: Path, cache_dir: Path, name: str) -> None:
    # The article that only writes "Volz" keeps no record made before the office was known.
    sources = tmp_path / "f" / "sources"
    sources.mkdir(parents=True)
    (sources / "m_surname.txt").write_text(f"{_HEAD}\"The venue is settled,\" Volz said on Friday.\n",
                                           encoding="utf-8")
    before = _exported(tmp_path / "f")
    assert before == _exported(tmp_path / "f", use_cache=False)
    (sources / name).write_text(f"{_HEAD}National Security Advisor Michael Volz flew to Riyadh on Monday.\n",
                                encoding="utf-8")
    warm = _exported(tmp_path / "f")
    assert warm == _exported(tmp_path / "f", use_cache=False)
    assert '"text": "Michael Volz"' in warm and '"misspelling": true' in warm
    (sources / name).unlink()
    assert _exported(tmp_path / "f") == before


# --- site furniture of scraped pages (the sets' classes, on invented pages) ---------------------------------

_PAGE = ("By using our website, you accept the cookie rules set out below.\n"
         "Accept\n"
         "Example PostExample PostExample Post\n"
         "Reading: Cabinet Sworn In After Long Night Of Votes In Parliament Hall\n"
         "Example Post > Blog > WORLD NEWS > Cabinet Sworn In After Long Night Of Votes In Parliament Hall\n"
         "Information agency «Example Wire»\n\n"
         "Cabinet Sworn In After Long Night Of Votes In Parliament Hall\n\n"
         "Members of parliament elected the new cabinet on Wednesday after a debate that ran past midnight, and "
         "the ministers took their oaths in the hall before dawn.\n\n"
         "Turnout in the chamber was 153 of 199 members > the 150 needed, the speaker said.\n\n"
         "(Example.ba / Wire)\n")


@pytest.mark.parametrize("line", [
    "By using our website, you accept the cookie rules set out below.",  # a consent notice
    "Example PostExample PostExample Post",  # the logo's text, its name run together
    "Reading: Cabinet Sworn In After Long Night Of Votes In Parliament Hall",  # a theme's sticky header
    "Example Post > Blog > WORLD NEWS > Cabinet Sworn In After Long Night Of Votes In Parliament Hall",  # breadcrumbs
    "Information agency «Example Wire»",  # the agency's masthead
    "(Example.ba / Wire)",  # the outlets credited, in brackets
])
def test_a_scraped_pages_chrome_is_furniture(line: str) -> None:
    # Main left each of these lines in the story (the consent notice, the sticky header, the trail of more than
    # two parts, the masthead, the bracketed credit; the logo's line only on a page where no menu was next to it).
    assert marked_lines(_PAGE)[line] is True


def test_the_story_around_the_chrome_stays_story() -> None:
    # Guard: a headline, the story's paragraphs and one ">" in a sentence are not furniture.
    lines = marked_lines(_PAGE)
    assert lines["Cabinet Sworn In After Long Night Of Votes In Parliament Hall"] is False
    assert not any(flag for line, flag in lines.items() if line.startswith(("Members of", "Turnout in")))


_STAMPED = ("Envoys agree to meet again in Geneva next month Thursday, March 6, 2025 7:41:00 PM\n\n"
            "Envoys from both governments agreed on Thursday to meet again in Geneva next month, officials said "
            "after a day of talks.\n")


def test_a_headlines_timestamp_dates_the_page_and_is_furniture(tmp_path: Path) -> None:
    # Main left the page undated and the stamp in the headline (an event's evidence cited it).
    from helpers import load_sources

    briefing = load_sources(tmp_path, page=_STAMPED)
    source = briefing.sources[0]
    assert source.published is not None and source.published.iso == "2025-03-06"
    assert furniture_covers(_STAMPED, "Thursday, March 6, 2025 7:41:00 PM")
    assert not furniture_touches(_STAMPED, "Envoys agree to meet again")


def test_a_sentences_date_without_a_clock_is_no_stamp() -> None:
    # Guard: a line of story that ends on a full day (no time) keeps it.
    text = "Headline\n\nThe vote on the new cabinet is now set for Thursday, March 6, 2025\n"
    assert not furniture_touches(text, "Thursday, March 6, 2025")


def test_a_place_surname_after_a_portfolio_is_a_name(tmp_path: Path) -> None:
    # Main made no person of "Minister of Finance Sinisa Mali": a place's name after "of" (the run "Finance
    # Sinisa Mali" read as a place's).
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}The cabinet includes Minister of Finance Sinisa Mali, "
                                            "officials said on Wednesday.\n"})[0]
    assert list(people) == ["Sinisa Mali"]
    assert people["Sinisa Mali"].roles[0].title == "Minister of Finance"


def test_a_place_after_of_is_still_a_place(tmp_path: Path) -> None:
    # Guard: "the Mayor of Greater London", "troops left for Mali" introduce no one.
    article = (f"{_HEAD}The Mayor of Greater London said the troops left for Mali on Monday, officials said.\n")
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


# --- a translation's first letter: V for W, J for Y ----------------------------------------------------------

def test_a_translations_first_letter_still_finds_the_known_person(tmp_path: Path) -> None:
    # Main: "Steve Vitkoff" was no mention of Steve Witkoff (the fuzzy pass looked only under "V").
    article = f"{_HEAD}Special envoy Steve Vitkoff outlined the agenda for the talks on Monday.\n"
    people, briefing = people_of(tmp_path, {"a.txt": article})
    assert people == {}
    assert _aliases(briefing, "witkoff")["Steve Vitkoff"] is True  # a misspelling: not a transliteration
    assert any(m.span.text == "Steve Vitkoff" for m in briefing.mentions_of("witkoff"))


def test_a_slavic_latin_spelling_joins_the_person_as_a_variant(tmp_path: Path) -> None:
    # Main: "Andrij Jermak" (as Croatian and German write Андрій Єрмак) was no mention of the person the other
    # article introduces as Andriy Yermak.
    one = f"{_HEAD}Andriy Yermak, head of the presidential office, flew to Jeddah on Monday.\n"
    two = f"{_HEAD}The delegation is led by the president's chief aide, Andrij Jermak, officials said.\n"
    people, briefing = people_of(tmp_path, {"a.txt": one, "b.txt": two})
    assert list(people) == ["Andriy Yermak"]
    aliases = {a.text: a.misspelling for a in people["Andriy Yermak"].aliases}
    assert aliases["Andrij Jermak"] is False  # a transliteration: a variant, not a misspelling
    assert any(m.span.source == "b.txt" for m in briefing.mentions_of(people["Andriy Yermak"].id))


def test_a_twin_letter_with_another_given_name_is_another_person(tmp_path: Path) -> None:
    # Guard: the surname alone is not enough ("Daniel Vitkoff, a dentist" is not Steve Witkoff).
    article = f"{_HEAD}Daniel Vitkoff, a dentist in the old town, said the queue had never been longer.\n"
    briefing = people_of(tmp_path, {"a.txt": article})[1]
    assert not any(a.id == "witkoff" for a in briefing.actors)
    assert not list(briefing.mentions_of("witkoff"))


@pytest.mark.parametrize(("sentence", "name", "role"), [
    ("Petar Ilić resigned from the position of deputy mayor in the autumn, and the council accepted it.",
     "Petar Ilić", "deputy mayor"),
    ("Jana Kostrić stepped down as mayor in the spring, the council said.", "Jana Kostrić", "mayor"),
])
def test_leaving_an_office_introduces_its_holder(tmp_path: Path, sentence: str, name: str, role: str) -> None:
    # Main made no person: only taking an office ("was appointed", "became") gave it.
    people = people_of(tmp_path, {"a.txt": f"{_HEAD}{sentence}\n"})[0]
    assert list(people) == [name]
    assert people[name].roles[0].title == role


def test_resigning_as_a_protest_is_no_office(tmp_path: Path) -> None:
    # Guard: "resigned as a protest" names no office.
    article = f"{_HEAD}Petar Ilić resigned as a protest against the vote, the council said.\n"
    assert people_of(tmp_path, {"a.txt": article})[0] == {}


def test_dj_and_the_letter_it_stands_for_are_one_given_name(tmp_path: Path) -> None:
    # Main made two people, "Djuro Macut" and "Đuro Macut" (folding "Đ" to "D" made "Duro"), and neither had
    # "Macut" alone.
    one = f"{_HEAD}Prime Minister Djuro Macut presented his cabinet on Monday.\n"
    two = f"{_HEAD}Serbian Prime Minister Đuro Macut said the cabinet would meet weekly. Macut spoke briefly.\n"
    people = people_of(tmp_path, {"a.txt": one, "b.txt": two})[0]
    assert len(people) == 1
    aliases = {a.text for a in next(iter(people.values())).aliases}
    assert {"Djuro Macut", "Đuro Macut", "Macut"} <= aliases | {next(iter(people))}


def test_another_given_name_of_one_surname_stays_another_person(tmp_path: Path) -> None:
    # Guard: "Dragan Macut" is not "Đuro Macut".
    one = f"{_HEAD}Prime Minister Đuro Macut presented his cabinet on Monday.\n"
    two = f"{_HEAD}Mayor Dragan Macut said the town would host the meeting.\n"
    assert sorted(people_of(tmp_path, {"a.txt": one, "b.txt": two})[0]) == ["Dragan Macut", "Đuro Macut"]
