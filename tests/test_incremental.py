"""Oracle tests of a folder that changes between loads: whatever the cache keeps from the folder as it was
(the whole briefing, each article's records, the people key), the briefing of the folder as it is must be
byte for byte the JSON export of a load without any cache. Each test loads the folder (filling the cache),
changes it, and compares the cached load of the new folder with a cold one.

The articles are the five seeds (data/sources) and short ones written for these tests below: invented prose
and quotations, real names only so that the bundled gazetteer applies. No third-party text.
"""

from __future__ import annotations

import io
import random
import shutil
from pathlib import Path

import pytest

import briefing.load.extract as extraction
import briefing.load.extract.days as days
import briefing.load.extract.stages as stages
from briefing.export import write_json
from briefing.load import load_briefing

SEEDS = Path(__file__).resolve().parent.parent / "data" / "sources"

#: Introduces a person the bundled gazetteer lacks (a title before the name), dated, with a quote.
INTRO = ("Ministers meet on patrol plan\n\nWARSAW, March 4, 2025 (Wire) -- Polish Foreign Minister Marta Kowalczyk "
         "said on Tuesday that Europe must sit at the table when Washington and Moscow discuss a ceasefire.\n\n"
         "\"We will not accept a deal made over our heads,\" Kowalczyk told reporters in Warsaw.\n")
#: Names her by surname only, and misspelt: her arrival changes what this article's stages find.
SURNAME = ("Aid talks in Brussels\n\nBRUSSELS, March 5, 2025 (Wire) -- European ministers met in Brussels on "
           "Wednesday to discuss aid to Ukraine.\n\n\"Europe needs a seat of its own,\" Kowalczyk said after the "
           "meeting. Kowalcyk added that Poland would host the next round.\n")
#: Names her by her role only: "the Polish foreign minister" resolves to the one person holding it.
ROLE_ONLY = ("Envoys compare notes\n\nVILNIUS, March 6, 2025 (Wire) -- \"The door stays open,\" the Polish foreign "
             "minister said on Thursday, after Rubio spoke to Lavrov by phone about a ceasefire.\n")
#: Names her misspelt only: the fuzzy pass can match her once she is known.
MISSPELT = ("Letter to Kyiv\n\nKYIV, March 8, 2025 (Wire) -- A letter from Mart Kowalczik reached Kyiv on Saturday, "
            "officials said, ahead of talks on a ceasefire.\n")
#: Names no introduced person: its kept records hold whoever joins the folder.
UNRELATED = ("Grain corridor\n\nISTANBUL, March 7, 2025 (Wire) -- Turkish officials said on Friday that grain "
             "ships left Odesa under a Black Sea arrangement. \"Ships are moving,\" Hakan Fidan said.\n")
#: An event on a day no other article has.
NEW_DAY = ("Riyadh round\n\nRIYADH, March 11, 2025 (Wire) -- Rubio met Lavrov in Riyadh on Tuesday to discuss a "
           "ceasefire in Ukraine and the reopening of embassies.\n\n\"We made progress,\" Rubio said.\n")
#: No date printed: anchored (or not) by the dated articles' events of its weekday.
UNDATED = ("Envoy in Moscow\n\nWitkoff met Putin in Moscow on Thursday to discuss a ceasefire in Ukraine, officials "
           "said. \"It was a good meeting,\" Witkoff said afterwards.\n")
WRITTEN = {"w_intro.txt": INTRO, "w_misspelt.txt": MISSPELT, "w_surname.txt": SURNAME, "w_role.txt": ROLE_ONLY, "w_unrelated.txt": UNRELATED,
           "w_newday.txt": NEW_DAY, "w_undated.txt": UNDATED}
#: Sentences an edit appends (written for these tests).
EDITS = ("Zelensky said on Monday that Kyiv would not cede territory.",
         "Lavrov met Rubio in Riyadh on Tuesday to discuss a ceasefire.",
         "\"We are ready to talk,\" Peskov told reporters on Wednesday.",
         "Marta Kowalczyk, the Polish foreign minister, said Europe would send monitors.")


def exported(folder: Path, *, use_cache: bool = True) -> str:
    out = io.StringIO()
    write_json(load_briefing(folder, use_cache=use_cache), out)
    return out.getvalue()


def assert_as_cold(folder: Path, extracted: list[str] | None = None) -> str:
    """The cached load of `folder` exports exactly what a load without a cache does; the export. With
    `extracted` (the fixture), it is left holding the files the cached load extracted."""
    if extracted is not None:
        extracted.clear()
    warm = exported(folder)
    redone = list(extracted or ())
    cold = exported(folder, use_cache=False)
    assert warm == cold
    if extracted is not None:
        extracted[:] = redone
    return warm


def make_folder(root: Path, names: list[str]) -> Path:
    sources = root / "sources"
    sources.mkdir(parents=True)
    for name in names:
        write(root, name, _text(name))
    return root


def _text(name: str) -> str:
    base = name.split("__", 1)[-1]
    return WRITTEN[base] if base in WRITTEN else (SEEDS / base).read_text(encoding="utf-8")


def write(folder: Path, name: str, text: str) -> None:
    (folder / "sources" / name).write_text(text, encoding="utf-8")


def seeds(count: int = 5) -> list[str]:
    return sorted(p.name for p in SEEDS.glob("*.txt"))[:count]


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose first pass each load worked out (not taken from their records)."""
    done: list[str] = []
    real_first = extraction.first_pass

    def first(indexes):  # noqa: ANN001, ANN202
        done.extend(stages._SHARED.sources[i].file for i in indexes)
        return real_first(indexes)

    monkeypatch.setattr(extraction, "first_pass", first)
    return done


def test_a_new_person_redoes_only_the_articles_that_can_meet_her(tmp_path: Path, cache_dir: Path,
                                                                 extracted: list[str]) -> None:
    folder = make_folder(tmp_path / "f", ["w_surname.txt", "w_role.txt", "w_misspelt.txt", "w_unrelated.txt",
                                          *seeds(2)])
    before = assert_as_cold(folder)
    write(folder, "w_intro.txt", INTRO)
    after = assert_as_cold(folder, extracted)
    assert "Marta Kowalczyk" in after and "Marta Kowalczyk" not in before
    # Her surname, her name misspelt and her role are in these three; the rest keep their records.
    assert sorted(set(extracted)) == ["w_intro.txt", "w_misspelt.txt", "w_role.txt", "w_surname.txt"]
    assert "\"text\": \"Mart Kowalczik\"" in after  # her misspelt name, an alias found by the fuzzy pass
    (folder / "sources" / "w_intro.txt").unlink()  # she leaves: the records made without her hold again
    assert assert_as_cold(folder, extracted) == before
    assert extracted == []


def test_a_new_day_and_its_sole_source_removed(tmp_path: Path, cache_dir: Path) -> None:
    folder = make_folder(tmp_path / "f", [*seeds(), "w_undated.txt"])
    before = assert_as_cold(folder)
    write(folder, "w_newday.txt", NEW_DAY)
    grown = assert_as_cold(folder)
    assert "2025-03-11" in grown and "2025-03-11" not in before
    (folder / "sources" / "w_newday.txt").unlink()
    assert assert_as_cold(folder) == before


def test_an_undated_article_added_and_dated_ones_around_it(tmp_path: Path, cache_dir: Path) -> None:
    folder = make_folder(tmp_path / "f", seeds(3))
    assert_as_cold(folder)
    write(folder, "w_undated.txt", UNDATED)
    assert_as_cold(folder)
    # A dated article whose event shares the undated one's weekday and actors: its anchor may change.
    write(folder, "w_thursday.txt", "Moscow talks\n\nMOSCOW, March 13, 2025 (Wire) -- Witkoff met Putin in "
                                    "Moscow on Thursday to discuss a ceasefire in Ukraine.\n")
    assert_as_cold(folder)
    (folder / "sources" / "w_thursday.txt").unlink()
    assert_as_cold(folder)


def test_an_edited_article(tmp_path: Path, cache_dir: Path) -> None:
    folder = make_folder(tmp_path / "f", [*seeds(3), "w_surname.txt", "w_intro.txt"])
    assert_as_cold(folder)
    for n, sentence in enumerate(EDITS):
        name = ["w_surname.txt", seeds(3)[1], "w_intro.txt", seeds(3)[0]][n]
        path = folder / "sources" / name
        path.write_text(path.read_text(encoding="utf-8") + "\n" + sentence + "\n", encoding="utf-8")
        assert_as_cold(folder)


def test_syndicated_copies_added_and_removed(tmp_path: Path, cache_dir: Path) -> None:
    folder = make_folder(tmp_path / "f", [*seeds(), "w_intro.txt"])
    before = assert_as_cold(folder)
    for n, name in enumerate([*seeds(2), "w_intro.txt"]):
        write(folder, f"zz_copy{n}__{name}", _text(name))
    grown = assert_as_cold(folder)
    assert grown.count('"also"') >= before.count('"also"')
    for n, name in enumerate([*seeds(2), "w_intro.txt"]):
        (folder / "sources" / f"zz_copy{n}__{name}").unlink()
    assert assert_as_cold(folder) == before


def test_a_moved_folder_that_then_grows(tmp_path: Path, cache_dir: Path, extracted: list[str]) -> None:
    folder = make_folder(tmp_path / "f", [*seeds(3), "w_surname.txt"])
    assert_as_cold(folder)
    moved = tmp_path / "elsewhere" / "renamed"
    moved.parent.mkdir()
    folder.rename(moved)
    assert_as_cold(moved, extracted)
    assert extracted == []
    write(moved, "w_intro.txt", INTRO)
    assert_as_cold(moved, extracted)
    # Her surname is in one; the third seed's "Russia's foreign minister" is not her (a Polish minister).
    assert sorted(set(extracted)) == ["w_intro.txt", "w_surname.txt"]


POOL = [*seeds(), *WRITTEN]
#: Invented people for the random sequences: a title, a given name, a surname; and how an article names them.
TITLES = ("Norwegian State Secretary", "Finnish Foreign Minister", "Austrian Chancellor", "Dutch envoy")
GIVEN = ("Ingrid", "Mikko", "Anneli", "Joost")
FAMILY = ("Solvang", "Virtanen", "Haberl", "Kuipers")


def _person_sentence(rng: random.Random) -> str:
    """A sentence introducing, naming by surname, or misspelling one of the invented people."""
    given, family = rng.choice(GIVEN), rng.choice(FAMILY)
    form = rng.choice(["intro", "surname", "misspelt", "role"])
    if form == "intro":
        return f"{rng.choice(TITLES)} {given} {family} said on Monday that monitors could go to Ukraine."
    if form == "surname":
        return f"\"We are ready,\" {family} told reporters on Tuesday."
    if form == "misspelt":
        return f"A letter from {given[:-1]} {family[:-1]}{family[-1] * 2} reached Kyiv on Friday."
    return "\"The ships can sail,\" the Finnish foreign minister said on Wednesday."


def _random_step(rng: random.Random, folder: Path, copies: list[int]) -> Path:
    """One random change to `folder` (an addition, a removal, an edit, or the folder moved); the folder."""
    present = sorted(p.name for p in (folder / "sources").iterdir())
    move = rng.choice(["add", "add", "remove", "edit", "person", "move"] if len(present) > 2 else ["add"])
    if move == "add":
        name = rng.choice(POOL)
        if name in present:  # a syndicated copy under another name
            copies[0] += 1
            name = f"zz{copies[0]}__{name}"
        write(folder, name, _text(name))
    elif move == "remove":
        (folder / "sources" / rng.choice(present)).unlink()
    elif move == "move":
        target = folder.parent / f"moved{len(present)}{rng.randrange(1000)}"
        folder.rename(target)
        folder = target
    else:
        path = folder / "sources" / rng.choice(present)
        sentence = rng.choice(EDITS) if move == "edit" else _person_sentence(rng)
        path.write_text(path.read_text(encoding="utf-8") + "\n" + sentence + "\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_changes_keep_the_cached_load_as_cold(tmp_path: Path, cache_dir: Path, seed: int) -> None:
    """A random sequence of additions, removals, edits (appended sentences, invented people introduced,
    named by surname, misspelt, or by their role) and moves; after each step the cached load equals a cold
    one."""
    rng = random.Random(seed)
    folder = make_folder(tmp_path / "f", rng.sample(POOL, 3))
    assert_as_cold(folder)
    copies = [0]
    for _step in range(6):
        folder = _random_step(rng, folder, copies)
        assert_as_cold(folder)


def test_a_copy_of_a_written_article_keeps_its_records(tmp_path: Path, cache_dir: Path) -> None:
    folder = make_folder(tmp_path / "f", ["w_intro.txt", "w_surname.txt"])
    assert_as_cold(folder)
    shutil.copytree(folder, tmp_path / "g")
    write(tmp_path / "g", "w_role.txt", ROLE_ONLY)
    assert_as_cold(tmp_path / "g")


def test_only_the_days_an_article_touches_are_merged_again(tmp_path: Path, cache_dir: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    merged_days: list[str] = []
    real_merge = days.merge_candidates

    def merge(candidates):  # noqa: ANN001, ANN202
        merged_days.extend(dict.fromkeys(c.date.iso for c in candidates))
        return real_merge(candidates)

    monkeypatch.setattr(days, "merge_candidates", merge)
    folder = make_folder(tmp_path / "f", [*seeds(), "w_intro.txt"])
    load_briefing(folder)
    assert len(merged_days) > 3
    merged_days.clear()
    write(folder, "w_newday.txt", NEW_DAY)
    grown = exported(folder)
    assert merged_days == ["2025-03-11"]
    merged_days.clear()
    assert grown == exported(folder, use_cache=False)


@pytest.mark.parametrize("plan", [None, [], [[0, 1]], [[0], [1]], [[1], [0, 2]], [[0, 2], [1, 1]],
                                  [[0, 2], [2]], [[0, 3], [1]], [[0], ["1", 2]], [(0, 1, 2)], [[2, 0], [1]]])
def test_a_kept_grouping_that_does_not_fit_the_day_is_not_believed(plan: object) -> None:
    assert days.checked_plan(plan, 3) is None


def test_a_kept_grouping_that_fits_is_taken() -> None:
    assert days.checked_plan([[0, 2], [1]], 3) == [[0, 2], [1]]


def test_a_days_digest_changes_with_everything_the_merge_reads() -> None:
    """The merge groups by actors, persons and words, the events take the date, basis, rule, confidence,
    verb, issues, span and distance: a kept grouping is found only for the same values of all of them."""
    from dataclasses import fields, replace

    from briefing.load.extract.events import Candidate
    from briefing.model import PartialDate, Span

    base = Candidate(source="a.txt", date=PartialDate(year=2025, month=3, day=4), date_basis="dateline",
                     date_rule="date:explicit", date_confidence=0.9, verb="met", actors=("rubio", "lavrov"),
                     issues=("ceasefire",), span=Span(source="a.txt", start=0, end=9, text="Rubio met"),
                     words=frozenset({"rubio", "met"}), persons=("rubio",), distance=3)
    changed = {"source": "b.txt", "date": PartialDate(year=2025, month=3, day=5), "date_basis": "text",
               "date_rule": "date:weekday", "date_confidence": 0.8, "verb": "held", "actors": ("rubio",),
               "issues": (), "span": Span(source="a.txt", start=1, end=9, text="ubio met"),
               "words": frozenset({"rubio"}), "persons": (), "distance": 4}
    assert set(changed) == {f.name for f in fields(Candidate)}
    digests = {days.day_digest([replace(base, **{name: value})]) for name, value in changed.items()}
    assert len(digests) == len(changed) and days.day_digest([base]) not in digests
    assert days.day_digest([base, base]) != days.day_digest([base])


@pytest.mark.parametrize("plain", [None, "a\nb", ["a", "b"], ["a", "b", 3], ("a", "b", "c"), ["a", "b", "c", "d"]])
def test_name_words_not_as_written_are_not_believed(plain: object) -> None:
    from briefing.load.extract.people_key import NameWords

    assert NameWords.from_plain(plain) is None


def test_name_words_are_a_superset_of_what_the_people_rules_read() -> None:
    from briefing.load.extract.people_key import NameWords, name_words

    words = name_words("'Kowalczyk is right,' said ŁUKASZ NOWAK: the U.S. president’s envoy met Mart Kowalczik.")
    assert {"kowalczyk", "łukasz", "nowak", "mart", "kowalczik"} <= words.words
    assert {"Mart", "Kowalczik"} <= words.tokens
    assert {"s us\tpresident", "n america|american|u.s.|united states|us|usa\tenvoy"} <= words.roles
    assert NameWords.from_plain(list(words.plain())) == words


def test_every_role_a_role_phrase_names_is_among_the_articles_roles() -> None:
    """people_key's (country, role) and (side, role) pairs hold every pair speaker_roles' phrases name: on the
    seeds, the written articles and a phrase of each role."""
    from briefing.load.extract.people_key import _GROUP_ID, _norm, name_words
    from briefing.load.extract.speaker_roles import _NATION_OF, _SIDE_WORDS, PLACE_ROLE, ROLE

    phrases = " ".join(f"The Polish {role} said so, Britain's {role} agreed, and the US {role} too." for role in (
        "president", "vice president", "leader", "foreign minister", "defence minister", "defense minister",
        "defence secretary", "secretary of state", "prime minister", "chancellor", "spokesman", "spokeswoman",
        "spokesperson", "envoy", "ambassador", "national security adviser", "national security advisor",
        "top  envoy", "Prime\nMinister"))
    articles = Path(__file__).parent / "data" / "articles"
    texts = [phrases] + [p.read_text(encoding="utf-8") for p in [*SEEDS.glob("*.txt"), *articles.rglob("*.txt")]]
    for text in texts:
        pairs = name_words(text).roles
        for m in PLACE_ROLE.finditer(text):
            place = (m.group("adj") or m.group("own")).lower()
            assert f"n {_GROUP_ID[_NATION_OF[place]]}\t{_norm(m.group('role'))}" in pairs
        for m in ROLE.finditer(text):
            assert f"s {_SIDE_WORDS[m.group('side').lower()]}\t{_norm(m.group('role'))}" in pairs
    assert len([m for m in PLACE_ROLE.finditer(phrases)]) >= 50
