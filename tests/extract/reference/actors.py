"""actors.py before it was made faster: per-alias scan, every run of capitalised words tokenised and
scored afresh."""

from __future__ import annotations

from briefing.load.extract.actors import (
    _DEMONYM,
    _NAME_RUN,
    _RUN_TOKEN,
    _TRAILING,
    ABBREVIATIONS,
    STOP,
    Found,
    Gazetteer,
    Leftover,
)


def _exact(gazetteer: Gazetteer, text: str, start: int, end: int) -> list[Found]:
    if gazetteer.pattern is None:
        return []
    found = []
    for match in gazetteer.pattern.finditer(text, start, end):
        before = text[match.start() - 1:match.start()]
        if before and (before.isalnum() or before == "_"):
            continue
        alias = match.group(0)
        rule = "actor:exact-misspelling" if alias in gazetteer.misspelt else "actor:exact"
        found.append(Found(match.start(), match.end(), gazetteer.owner[alias], alias, 100.0, rule))
    return found


def actor_mentions(gazetteer: Gazetteer, text: str, start: int, end: int,
                   lower_words: set[str]) -> tuple[list[Found], list[Leftover]]:
    """Mentions in text[start:end] (a sentence) and the capitalised runs no actor explains."""
    exact = _exact(gazetteer, text, start, end)
    covered: list[tuple[int, int]] = [(f.start, f.end) for f in exact]
    found = list(exact)
    leftovers: list[Leftover] = []
    for run in _NAME_RUN.finditer(text, start, end):
        whole = run.group(0)
        if whole in STOP and whole not in gazetteer.owner:
            continue  # "The", "But", "Tuesday": the common case, settled without tokenising
        run_end = run.start() + len(_TRAILING.sub("", whole))
        if any(cs <= run.start() and run_end <= ce for cs, ce in covered):
            continue  # one exact alias explains the whole run ("Trump", "Ukraine’s")
        words, tokens = [], []
        for m in _RUN_TOKEN.finditer(run.group(0)):
            word = _TRAILING.sub("", m.group(0))
            if word.endswith("."):
                word = word[:-1]
            if word:
                words.append(word)
                tokens.append((run.start() + m.start(), run.start() + m.start() + len(word)))
        if not tokens:
            continue
        used = [any(cs <= s and e <= ce for cs, ce in covered) for s, e in tokens]
        for j, word in enumerate(words):
            if not used[j] and (word in ABBREVIATIONS or word + "." in ABBREVIATIONS):
                target = gazetteer.by_name.get(ABBREVIATIONS.get(word) or ABBREVIATIONS[word + "."])
                if target is not None:
                    s_, e_ = tokens[j]
                    e_ = e_ + 1 if text[e_:e_ + 1] == "." and "." in word else e_
                    found.append(Found(s_, e_, target, text[s_:e_], 95.0, "actor:abbreviation"))
                    covered.append((s_, e_))
                    used[j] = True
        if all(used):
            continue
        for j, word in enumerate(words):
            if not used[j] and word in gazetteer.surname and (j + 1 == len(words) or words[j + 1] in STOP):
                s_, e_ = tokens[j]
                found.append(Found(s_, e_, gazetteer.surname[word], word, 90.0, "actor:surname"))
                covered.append((s_, e_))
                used[j] = True
        # Fuzzy windows, longest first, that contain at least one word no exact alias explains.
        taken = list(used)
        for size in (3, 2, 1):
            for i in range(len(tokens) - size + 1):
                if all(taken[i:i + size]) or not any(not u for u in used[i:i + size]):
                    continue
                window = words[i:i + size]
                if any(w in STOP for w in window) or not all(w[:1].isupper() for w in window):
                    continue
                best = gazetteer.fuzzy(window)
                if best is None:
                    continue
                target, score = best
                s, e = tokens[i][0], tokens[i + size - 1][1]
                clash = [f for f in found if f.start < e and s < f.end]
                if any(f.actor != target.actor for f in clash):
                    continue
                found = [f for f in found if f not in clash]
                found.append(Found(s, e, target.actor, target.text, score, "actor:fuzzy"))
                for j in range(i, i + size):
                    taken[j] = True
        # What is left: unknown names.
        current: list[int] = []
        for j, (s, e) in enumerate(tokens + [(-1, -1)]):
            ok = j < len(tokens) and not taken[j] and _name_like(words[j], lower_words, s == start or
                                                                    text[s - 1:s] in "“\"‘(")
            if ok:
                current.append(j)
                continue
            if current:
                first, last = tokens[current[0]][0], tokens[current[-1]][1]
                single = len(current) == 1
                at_start = first == start or text[first - 1:first] in "“\"‘("
                if not (single and (at_start or len(words[current[0]]) < 2)):
                    leftovers.append(Leftover(first, last, text[first:last]))
                current = []
    found.sort(key=lambda f: f.start)
    return found, leftovers


def _name_like(word: str, lower_words: set[str], sentence_start: bool) -> bool:
    if not word or word in STOP or not word[0].isupper():
        return False
    if word.isupper() and len(word.replace(".", "")) > 4:
        return False  # a shouted heading word, not an acronym
    if word.lower() in lower_words:
        return False  # occurs in lower case too: a common word, capitalised at a sentence start or in a title
    if sentence_start and len(word) <= 3:
        return False
    if _DEMONYM.search(word) and not word.isupper():
        return False
    return any(c.isalpha() for c in word)
