"""The compact store of actor mentions (briefing.model.mentions): the records it makes are the records it
was given, its lookups and counts agree with a brute-force pass, it survives the cache, and it is small."""

from __future__ import annotations

import marshal
import random
import sys
import tracemalloc
from pathlib import Path

import pytest

from briefing.load import load_briefing
from briefing.load.extract.gather import SpellingSample
from briefing.load.extract.discrepancies import spelling_variants
from briefing.model import Actor, Alias, Briefing, Mention, Mentions, Source, Span

REPO = Path(__file__).resolve().parent.parent
TEXTS = {
    "a.txt": "Putin met Trump. Vladmir Putin and Trump spoke; Lavrov said Putin would call Trump again.",
    "b.txt": "Trump said Lavrov and Putin agreed. Donald Trump and Putin met; Sergey Lavrov smiled.",
    "c.txt": "Lavrov, Putin, Trump. Lavorv! Putin? Trump.",
}
ACTORS = [("putin", ["Putin", "Vladmir Putin"]), ("trump", ["Trump", "Donald Trump"]),
          ("lavrov", ["Lavrov", "Sergey Lavrov", "Lavorv"])]


def _records(seed: int, count: int = 300) -> list[Mention]:
    """Random mentions of the texts above, in random order: some of them with a text that is not the slice
    their offsets say, some in a file the store is not told the text of."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        file = rng.choice([*TEXTS, "elsewhere.txt"])
        text = TEXTS.get(file, "x" * 80)
        start = rng.randrange(0, len(text) - 10)
        end = start + rng.randrange(1, 10)
        said = text[start:end] if rng.random() < 0.9 else "not the slice"
        actor, aliases = rng.choice(ACTORS)
        out.append(Mention.trusted(
            actor=actor, span=Span.trusted(source=file, start=start, end=end, text=said),
            alias=rng.choice(aliases), score=rng.choice([100.0, 87.5, 91.25]),
            origin=rng.choice(["curated", "auto"]), rule=rng.choice(["", "actor:exact", "actor:fuzzy"])))
    return out


def _sorted(records: list[Mention]) -> list[Mention]:
    """The order the store promises: sources in the order it was told them (others after, in order of first
    appearance), then by start; equal starts in the order given."""
    files = list(TEXTS) + [f for f in dict.fromkeys(m.span.source for m in records) if f not in TEXTS]
    return sorted(records, key=lambda m: (files.index(m.span.source), m.span.start))


@pytest.mark.parametrize("seed", range(5))
def test_the_store_gives_back_every_record_it_was_given(seed: int) -> None:
    records = _records(seed)
    store = Mentions.of(records, TEXTS)
    expected = _sorted(records)
    assert list(store) == expected
    assert len(store) == len(records)
    assert [store[i] for i in range(-3, 3)] == expected[-3:] + expected[:3]
    assert store[5:9] == tuple(expected[5:9])
    with pytest.raises(IndexError):
        store[len(records)]
    # Every field of the evidence, the text included (kept where it is not the slice of the source).
    assert [(m.span.source, m.span.start, m.span.end, m.span.text, m.actor, m.alias, m.score, m.origin, m.rule)
            for m in store] == [(m.span.source, m.span.start, m.span.end, m.span.text, m.actor, m.alias, m.score,
                                 m.origin, m.rule) for m in expected]


@pytest.mark.parametrize("seed", range(5))
def test_lookups_and_counts_agree_with_a_brute_force_pass(seed: int) -> None:
    records = _records(seed)
    store = Mentions.of(records, TEXTS)
    expected = _sorted(records)
    for file in [*TEXTS, "elsewhere.txt", "no such file"]:
        assert store.in_file(file) == tuple(m for m in expected if m.span.source == file)
    for actor, _aliases in [*ACTORS, ("nobody", [])]:
        assert store.of_actor(actor) == tuple(m for m in expected if m.actor == actor)
        assert store.count_of(actor) == sum(m.actor == actor for m in records)
        for origin in ("curated", "auto"):
            assert store.count_of(actor, origin=origin) == sum(m.actor == actor and m.origin == origin
                                                               for m in records)
    assert store.count_of() == len(records)
    assert store.count_of(origin="auto") == sum(m.origin == "auto" for m in records)
    first: dict[tuple[str, str], Span] = {}
    for mention in expected:
        first.setdefault((mention.actor, mention.alias), mention.span)
    assert store.first_spans() == first


@pytest.mark.parametrize("seed", range(3))
def test_the_store_survives_the_cache_columns(seed: int) -> None:
    store = Mentions.of(_records(seed), TEXTS)
    again = Mentions.from_columns([marshal.loads(marshal.dumps(part)) for part in store.columns()], TEXTS)
    assert again == store
    assert list(again) == list(store)


def test_a_briefing_given_records_stores_them_and_answers_as_before() -> None:
    sources = tuple(Source(file=file, text=text) for file, text in TEXTS.items())
    records = [m for m in _records(7) if m.span.source in TEXTS]
    briefing = Briefing(data_dir=".", sources=sources, mentions=tuple(records))
    assert isinstance(briefing.mentions, Mentions)
    assert list(briefing.mentions) == _sorted(records)
    assert briefing.mentions_in("a.txt") == tuple(sorted((m for m in records if m.span.source == "a.txt"),
                                                         key=lambda m: m.span.start))
    assert briefing.mention_count("putin") == len(briefing.mentions_of("putin")) == \
        sum(m.actor == "putin" for m in records)
    built = Briefing.model_construct(data_dir=".", sources=sources, mentions=tuple(records))
    assert built.mentions == briefing.mentions


@pytest.fixture(scope="module", params=["bundled", "generated"])
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    if request.param == "bundled":
        return load_briefing(REPO / "data", use_cache=False)
    sys.path.insert(0, str(REPO / "benchmarks"))
    from make_corpus import generate

    return load_briefing(generate(tmp_path_factory.mktemp("corpus"), 40), use_cache=False)


def test_a_loaded_briefing_s_mentions_read_back_their_sources(loaded: Briefing) -> None:
    mentions = list(loaded.mentions)
    assert mentions
    for mention in mentions:
        span = mention.span
        assert loaded.source(span.source).text[span.start:span.end] == span.text
    by_actor: dict[str, int] = {}
    for mention in mentions:
        by_actor[mention.actor] = by_actor.get(mention.actor, 0) + 1
    for actor in loaded.actors:
        assert loaded.mention_count(actor.id) == len(loaded.mentions_of(actor.id)) == by_actor.get(actor.id, 0)
    assert sum(by_actor.values()) == loaded.mention_count() == len(mentions)


def test_the_store_is_a_few_bytes_a_mention() -> None:
    """~450,000 mentions at 10,000 articles: as records they took ~650 bytes each."""
    text = "Trump and Putin. " * 3000
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        builder_records = Mentions.of([], {"a.txt": text})  # warm up the classes' caches
        from briefing.model import MentionsBuilder

        builder = MentionsBuilder({"a.txt": text})
        for n in range(50_000):
            start = (n % 3000) * 17
            builder.add("a.txt", start, start + 5, "trump", "Trump", 100.0, "auto", "actor:exact")
        store = builder.build()
        del builder
        used = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(store) == 50_000 and builder_records is not None
    assert used < 50_000 * 20, f"{used / 50_000:.0f} bytes a mention"


def _gazetteer() -> dict[str, Actor]:
    return {
        "putin": Actor(id="putin", name="Vladimir Putin", aliases=(Alias(text="Putin"),)),
        "trump": Actor(id="trump", name="Donald Trump", aliases=(Alias(text="Trump"), Alias(text="Donald Trump"))),
        "lavrov": Actor(id="lavrov", name="Sergey Lavrov",
                        aliases=(Alias(text="Lavrov"), Alias(text="Lavorv", misspelling=True))),
        # Two correct spellings as near the odd one ("Kimx"): the first met wins the tie.
        "kim": Actor(id="kim", name="Kim", aliases=(Alias(text="Kimy"), Alias(text="Kimz"))),
    }


@pytest.mark.parametrize("seed", range(40))
def test_spelling_variants_from_the_sample_are_those_from_every_mention(seed: int) -> None:
    """The extraction hands spelling_variants a few mentions per spelling instead of all of them."""
    rng = random.Random(seed)
    files = [f"{n:03d}.txt" for n in range(rng.randrange(1, 5))]
    spellings = {"putin": ["Putin", "Vladmir Putin", "Pution"], "trump": ["Trump", "Donald Trump", "Trumpp"],
                 "lavrov": ["Lavrov", "Lavorv"], "kim": ["Kimy", "Kimz", "Kimx"], "stranger": ["Stranger"]}
    texts = {file: "".join(rng.choice(["Putin ", "Vladmir Putin ", "Trump ", "Lavrov ", "Lavorv ", "Trumpp ",
                                        "Donald Trump ", "Pution ", "Stranger ", "Kimx ", "Kimy ", "Kimz "])
                         for _ in range(60))
             for file in files}
    rows = []
    for _ in range(rng.randrange(1, 120)):
        file = rng.choice(files)
        actor = rng.choice(list(spellings))
        said = rng.choice(spellings[actor])
        at = texts[file].find(said + " ", rng.randrange(len(texts[file])))
        if at < 0:
            continue
        fuzzy = said in ("Vladmir Putin", "Pution", "Trumpp", "Kimx") or rng.random() < 0.1
        rows.append((file, at, at + len(said), actor, said, rng.choice([80.0, 90.0]) if fuzzy else 100.0,
                     "actor:fuzzy" if fuzzy else "actor:exact"))
    actors = _gazetteer()
    every = [Mention.trusted(actor=a, span=Span.trusted(source=f, start=s, end=e, text=texts[f][s:e]), alias=al,
                             score=sc, origin="auto", rule=r) for f, s, e, a, al, sc, r in rows]
    sample = SpellingSample(actors)
    for f, s, e, a, al, sc, r in rows:
        sample.add(f, s, e, a, al, sc, r, texts[f][s:e])
    assert spelling_variants(actors, sample.mentions(texts)) == spelling_variants(actors, every)
    # A source's rows at once (`add_rows`, as Gathered.take gives them) keep the same entries as one by one.
    runs = SpellingSample(actors)
    at = 0
    while at < len(rows):
        end = at + 1
        while end < len(rows) and rows[end][0] == rows[at][0] and rng.random() < 0.8:
            end += 1
        runs.add_rows(rows[at][0], texts[rows[at][0]], [(s, e, a, al, sc, r) for _f, s, e, a, al, sc, r in rows[at:end]])
        at = end
    assert (runs.count, runs.odd, runs.good) == (sample.count, sample.odd, sample.good)


def test_mentions_in_keeps_the_records_of_the_sources_asked_for_last(loaded: Briefing) -> None:
    """The source pane asks for its source's mentions on every repaint: the records of the last 32 sources
    asked for are kept, not those of every source visited."""
    files = [s.file for s in loaded.sources]
    kept = loaded.mentions_in(files[0])
    assert loaded.mentions_in(files[0]) is kept
    if len(files) <= 32:
        return
    for file in files[1:32]:  # 31 others: the first is still among the last 32 asked for...
        loaded.mentions_in(file)
    assert loaded.mentions_in(files[0]) is kept  # ...and now the latest again,
    loaded.mentions_in(files[32])
    assert loaded.mentions_in(files[0]) is kept  # so a 33rd source pushes out another one
    for file in files[1:33]:  # 32 others since: it is pushed out
        loaded.mentions_in(file)
    again = loaded.mentions_in(files[0])
    assert again == kept and again is not kept


def test_a_curated_mention_gives_way_to_the_fuzzy_variant_that_covers_it(tmp_path: Path) -> None:
    """With a gazetteer of its own, the folder's mentions are its aliases; a misspelt longer form found by
    fuzzy matching ("Vladmir Putin") replaces the curated alias inside it ("Putin"), and nothing else."""
    from tests.helpers import write_folder

    actors = ('[[actor]]\nid = "putin"\nname = "Vladimir Putin"\nside = "russia"\naliases = ["Vladimir Putin", '
              '"Putin"]\n\n[[actor]]\nid = "trump"\nname = "Donald Trump"\nside = "us"\naliases = ["Trump"]\n')
    text = ("MOSCOW, Feb 12 2025 (Reuters) - Vladmir Putin spoke to Trump by phone on Wednesday.\n"
            "Putin said the talks were useful. Trump agreed.\n")
    folder = write_folder(tmp_path, {"a.txt": text}, actors=actors)
    briefing = load_briefing(folder, use_cache=False)
    got = [(m.span.text, m.actor, m.origin, m.rule) for m in briefing.mentions_in("a.txt")]
    assert got == [("Vladmir Putin", "putin", "auto", "actor:fuzzy"), ("Trump", "trump", "curated", ""),
                   ("Putin", "putin", "curated", ""), ("Trump", "trump", "curated", "")]


def test_mentions_added_in_bulk_are_those_added_one_at_a_time() -> None:
    from briefing.model import MentionsBuilder

    texts = {"a.txt": "Lavrov met Rubio. Rubio spoke.", "b.txt": "Putin and Lavrov."}
    rows = {"a.txt": [(18, 23, "rubio", "Rubio", 100.0, "actor:exact"), (0, 6, "lavrov", "Lavrov", 100.0, "actor:exact"),
                      (11, 16, "rubio", "Rubio", 90.0, "actor:surname")],
            "b.txt": [(0, 5, "putin", "Putin", 100.0, "actor:exact"), (10, 16, "lavrov", "Lavrov", 100.0, "actor:exact")]}
    one, bulk = MentionsBuilder(texts), MentionsBuilder(texts)
    for file in ("b.txt", "a.txt"):  # files, and mentions in a file, out of order
        for start, end, actor, alias, score, rule in rows[file]:
            one.add(file, start, end, actor, alias, score, "auto", rule)
        bulk.add_found(file, rows[file], "auto")
    for file in texts:
        expected = [(m.span.text, m.span.start, m.actor, m.alias, m.score, m.origin, m.rule)
                    for m in one.build().in_file(file)]
        assert [(m.span.text, m.span.start, m.actor, m.alias, m.score, m.origin, m.rule)
                for m in bulk.build().in_file(file)] == expected
    assert [m.span.text for m in bulk.build().in_file("a.txt")] == ["Lavrov", "Rubio", "Rubio"]
