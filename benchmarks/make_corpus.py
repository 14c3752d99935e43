"""Generate realistic test corpora from the real seed articles.

Each generated article keeps the seeds' own sentences and paragraphs (so extraction sees the text it
will see in real life), recombined: a seed's header, then paragraphs drawn from all seeds, with every
"Month Day" date shifted by the same number of days and the file renamed. Deterministic per seed.

    python benchmarks/make_corpus.py OUT_DIR --sizes 5 100 1000 10000

writes OUT_DIR/<size>/sources/*.txt (no TOML: the bundled gazetteer and keyword lists are used).

    python benchmarks/make_corpus.py OUT_DIR --long --sizes 1000 10000

writes the long-article corpus, OUT_DIR/long-<size>/sources/*.txt: each file a whole seed article with
four paragraphs of the other seeds inserted (about 12 KB a file).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
from pathlib import Path

from dateutil.relativedelta import relativedelta

SEEDS = Path(__file__).resolve().parent.parent / "data" / "sources"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
SHORT = [m[:3] for m in MONTHS]
DATE = re.compile(r"\b(" + "|".join(MONTHS + SHORT) + r")\.? (\d{1,2})\b")


def shift_dates(text: str, days: int) -> str:
    def repl(match: re.Match[str]) -> str:
        name, day = match.group(1), int(match.group(2))
        month = (MONTHS.index(name) if name in MONTHS else SHORT.index(name)) + 1
        try:
            when = dt.date(2025, month, day) + relativedelta(days=days)
        except ValueError:
            return match.group(0)
        label = MONTHS[when.month - 1] if name in MONTHS else SHORT[when.month - 1]
        return f"{label} {when.day}"

    return DATE.sub(repl, text)


def paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n|\n(?=\S)", text) if p.strip()]


def generate(out: Path, size: int, seed: int = 2025) -> Path:
    rng = random.Random(seed * 100_003 + size)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pools = [paragraphs(t) for t in texts]
    everything = [p for pool in pools for p in pool]
    target = out / str(size) / "sources"
    target.mkdir(parents=True, exist_ok=True)
    for index in range(size):
        if index < len(texts) and size <= len(texts):
            body = texts[index]  # the smallest corpus is the seeds themselves
        else:
            base = pools[index % len(pools)]
            count = rng.randint(8, 24)
            body = "\n\n".join([base[0]] + rng.sample(everything, min(count, len(everything))))
            body = shift_dates(body, rng.randint(-20, 40))
        (target / f"{index:05d}_{rng.getrandbits(48):012x}.txt").write_text(body, encoding="utf-8")
    return target.parent


def generate_long(out: Path, size: int, seed: int = 2025) -> Path:
    """The long-article corpus (issue 12): each file a whole seed article with four paragraphs drawn from
    the other seeds inserted at random places (about 12 KB a file, twice `generate`'s), dates shifted."""
    rng = random.Random(seed * 100_019 + size)
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    pools = [paragraphs(t) for t in texts]
    target = out / f"long-{size}" / "sources"
    target.mkdir(parents=True, exist_ok=True)
    for index in range(size):
        which = index % len(texts)
        body = list(pools[which])
        others = [p for n, pool in enumerate(pools) if n != which for p in pool]
        for paragraph in rng.sample(others, 4):
            body.insert(rng.randint(1, len(body)), paragraph)
        text = shift_dates("\n\n".join(body), rng.randint(-20, 40))
        (target / f"{index:05d}_{rng.getrandbits(48):012x}.txt").write_text(text, encoding="utf-8")
    return target.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[5, 100, 1000, 10000])
    parser.add_argument("--long", action="store_true", help="the long-article corpus (OUT/long-SIZE) instead")
    args = parser.parse_args()
    for size in args.sizes:
        folder = (generate_long if args.long else generate)(args.out, size)
        total = sum(p.stat().st_size for p in (folder / "sources").iterdir())
        print(f"{size:>6} articles  {total / 1e6:7.1f} MB  {folder}")


if __name__ == "__main__":
    main()
