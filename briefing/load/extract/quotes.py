"""Direct quotes and who said them.

Quotes are paired marks inside one paragraph (line; see quote_marks.py for the styles), three words or more.
Attribution rules, first that applies wins (the rule name is kept on the Quote):
  quote:said-after     “…,” Lavrov said / “…,” he added / “…,” U.S. Representative X, a …, told Reuters
  quote:verb-first     “…,” said Trump / “…,” adds Ogryzko / “…,” said Ukraine's Foreign Minister Andriy Sybiga
  quote:said-before    X said: “…” / X reiterated “…” / X explains to ARA that “…”
  quote:colon-before   Lavrov was optimistic: “…”
  quote:for-name       For Shamiev, “…”
  quote:sentence-verb  a speech verb later in the quote's sentence ("…“worse than …” …, he said.")
  quote:colon-previous a quote-only paragraph after one that ends "Lavrov said …:"
  quote:previous-sentence  a quote that opens a sentence right after one whose speaker is known
  quote:continuation   a quote-only paragraph right after an attributed quote (lower confidence)
  quote:transcript     "MARCO RUBIO: …" in a text with two labelled lines or more: the labelled person's
A pronoun ("he said") resolves only to a person named outside quotes in the body, in its paragraph or the
one before: the one person the nearest such sentence names, or its subject; else the speaker of the quote
just before; else no one. "It said" / "the statement said" resolves to the institution the sentence before
names, when it is the one institution named there and in the sentence before that, else to no one.
A role ("the US president") resolves to the one current holder of that role and side; a country inside a
role phrase ("the UK prime minister", "Russia's foreign minister") names the one person holding that title
for that country (in the article, else in the gazetteer), else no one. A speaker is a person or a speaking
institution (the Kremlin, a ministry, "the statement"), never a country or a place (SPEAKING_KINDS, applied
where `who` picks among the names). Never the speaker: a possessive ("Trump's envoy said"), a name in an
inserted clause (", who …,"), a speech verb of another clause ("…," Trump wrote, as Zelensky said).
Two-word quotes ("gone well") are kept only when a person is named right beside them. When unsure, the speaker is None: shown as unknown.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from operator import attrgetter

from briefing.load.extract.quote_marks import quote_spans
from briefing.model import Actor

__all__ = ["MentionAt", "RawQuote", "RoleResolver", "find_quotes", "quote_spans"]

SPEECH_VERBS = (
    "said|says|say|told|tells|added|adds|wrote|writes|warned|warns|stated|states|reiterated|explained|explains|"
    "insisted|insists|cautioned|stressed|noted|notes|recalled|recalls|admitted|declared|asked|replied|responded|"
    "argued|argues|believes|believed|claimed|claims|confirmed|emphasized|emphasised|posted|tweeted|saying|"
    "continued|concluded|acknowledged|announced|made clear|makes clear|remarked|commented|suggested|predicted|"
    "boasted|complained|joked|conceded|countered|quipped|observed|pointed out|went on|"
    "thanked|called|calls|described|describes|praised|accused|dubbed|branded|labell?ed|termed|voiced|expressed"
)
_VERB = re.compile(rf"\b(?:{SPEECH_VERBS})\b")
_PRONOUN = re.compile(r"\b(?:he|she|He|She)\b")
#: An institution's pronoun or its text as the subject: "“…,” it said", "the statement said", "said the readout".
_IT = re.compile(r"\b(?:[Ii]t|[Tt]he (?:statement|readout|communiqu[eé]|release))\b")
_ROLE = re.compile(
    r"\b(?:the|his|her)\s+(?P<side>Russian|US|U\.S\.|American|Ukrainian|British|French|German|Kremlin)\s+"
    r"(?P<role>president|leader|foreign minister|defen[cs]e secretary|secretary of state|prime minister|"
    r"chancellor|spokesman|spokesperson)\b",
    re.IGNORECASE,
)
_SIDE_WORDS = {"russian": "russia", "kremlin": "russia", "us": "us", "u.s.": "us", "american": "us",
               "ukrainian": "ukraine", "british": "europe", "french": "europe", "german": "europe"}
#: The ways a country is written before a title ("the UK prime minister", "Russia's foreign minister"): one
#: group a country. A role phrase with one of them names the person holding that role for that country.
_NATIONS = [frozenset(group.split("|")) for group in (
    "us|u.s.|usa|america|american|united states", "uk|u.k.|britain|british|united kingdom",
    "russia|russian|kremlin", "ukraine|ukrainian", "france|french", "germany|german", "italy|italian",
    "spain|spanish", "poland|polish", "canada|canadian", "turkey|turkish|türkiye", "saudi|saudi arabia",
    "iran|iranian", "china|chinese", "oman|omani", "qatar|qatari", "netherlands|dutch", "finland|finnish",
    "israel|israeli", "india|indian", "japan|japanese", "belarus|belarusian", "hungary|hungarian")]
_NATION_OF = {word: group for group in _NATIONS for word in group}
_NATION_IN_TITLE = {group: re.compile(rf"\b(?:{'|'.join(map(re.escape, group))})\b") for group in _NATIONS}
_PLACE_WORDS = "|".join(sorted((re.escape(w) for w in _NATION_OF), key=len, reverse=True))
_ROLE_TITLES = (r"president|vice president|leader|foreign minister|defen[cs]e minister|defen[cs]e secretary|"
                r"secretary of state|prime minister|chancellor|spokes(?:man|woman|person)|envoy|ambassador|"
                r"national security advis[eo]r")
#: A country or nationality inside a role phrase: "the UK prime minister", "Russia's foreign minister".
_PLACE_ROLE = re.compile(rf"\b(?:(?:the|his|her)\s+(?P<adj>{_PLACE_WORDS})|(?P<own>{_PLACE_WORDS})[’']s)\s+"
                         rf"(?:top\s+|chief\s+)?(?P<role>{_ROLE_TITLES})\b", re.IGNORECASE)
#: The kinds of actor that speak: people and institutions ("the Kremlin said"). A country or place never does.
SPEAKING_KINDS = frozenset({"person", "institution"})
_AFTER = re.compile(
    rf"(?P<lead>[\s,;:–—-]*)(?:(?P<verb_first>{SPEECH_VERBS})\b|"
    rf"(?P<subject>(?:[^“”\"\n.;]|\.(?=\S)){{1,160}}?)\s+(?P<verb>{SPEECH_VERBS})\b)")
#: A name (two capitalised words) right at the end of a subject: the speaker, whoever else is named before.
_UNKNOWN_NAME_AT_END = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+,?\s*$")
_FOR_NAME = re.compile(r"(?:^|[.!?]\s+)For\s+(?P<name>[^,“”\"]{2,60}),\s*$")
#: A clause boundary inside what would be the subject of a speech verb after a quote.
_NEXT_CLAUSE = re.compile(r"[,;–—]\s*(?:as|while|when|whereas|although|though|because|since|after|before|but|and|"
                          r"where|if|even as|just as)\b|\b(?:as|while|whereas|but|that)\s+[A-Z]")
#: Between a speech verb and a quote after it: a clause with a subject of its own ("X vowed …, and
#: European leaders held … “…”"), so the verb is not this quote's.
_NEW_SUBJECT = re.compile(r"(?:[,;–—]\s*(?:and|but)|\s(?:while|whereas|although|though|because|since|when))\s+"
                          r"(?:[A-Z]|(?:he|she|they|we|it|the|his|her|their)\b)"
                          r"|\s(?:after|before)\s+(?:[A-Z][a-z]+|he|she|they|we)\s+[a-z]+ed\b")
#: A clause inserted between a subject and its verb: ", who …," ", during …,".
_INSERTED = re.compile(r",\s*(?:who|whose|whom|which|during|including|after|before|while|like|unlike|along with|"
                       r"together with|flanked by|alongside)\b[^,;:“”\"\n]{0,200},")
#: Between two quotes of one sentence: "… 'Q1' and called the meeting 'Q2'" (a verb with no subject of its own).
_COORDINATED = re.compile(rf"[\s,]*(?:and|but)\s+(?:then\s+|also\s+|later\s+)?(?:{SPEECH_VERBS})\b"
                          r"[^“”\"‘’'.;:!?]{0,100}$")
#: "the Iranian minister", "the top Omani diplomat" (resolved within the article: see RoleResolver.local).
_LOCAL_ROLE = re.compile(r"\b[Tt]he\s+(?:top\s+|senior\s+|chief\s+)?(?P<dem>[A-Z][a-z]+)\s+"
                         r"(?P<noun>minister|diplomat|president|envoy|spokes(?:man|woman|person)|leader|negotiator|"
                         r"chancellor|premier|prime minister|foreign minister)\b")
#: An unnamed person as the subject: "a senior U.S. official", "the official", "a diplomat familiar with …".
_UNNAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Aa]nother)\s+(?:[\w.’'-]+\s+){0,4}?(?:officials?|diplomats?|"
                      r"sources?|aides?|advis[eo]rs?|negotiators?|analysts?|spokes(?:man|woman|person)|person|people|"
                      r"observers?|insiders?|participants?)\b")
_CONNECTIVE = re.compile(r"^(?:And|But|For|So|Then|Yet|Or|Also|Meanwhile|However|Indeed)\b")


@dataclass(frozen=True)
class RawQuote:
    start: int  # the quoted words, without the marks
    end: int
    speaker: str | None
    rule: str
    confidence: float
    attr_start: int = -1
    attr_end: int = -1


@dataclass(frozen=True)
class MentionAt:
    start: int
    end: int
    actor: str
    person: bool
    quoted: bool = False


#: A transcript's speaker label at the start of a line: "MARCO RUBIO:", "SECRETARY RUBIO:", "Q:".
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,3})(?:, [A-Z][A-Z ]{1,40})?:[ \t]+")
#: Labels that are not a person's: the questions and the room.
_NOT_SPEAKERS = frozenset({"Q", "QUESTION", "REPORTER", "MODERATOR", "AUDIENCE", "NOTE", "EDITOR'S NOTE",
                           "UPDATE", "CORRECTION", "WATCH", "READ", "ALSO READ", "RELATED", "PHOTO", "VIDEO"})
_LABEL_TITLES = frozenset({"PRESIDENT", "SECRETARY", "MINISTER", "MR.", "MR", "MRS.", "MS.", "MS", "DR.",
                           "SENATOR", "SEN.", "AMBASSADOR", "GENERAL", "GEN.", "VICE", "PRIME", "FOREIGN"})


class RoleResolver:
    """'the US president' → the one person of that side whose current role title contains 'president'."""

    def __init__(self, actors: list[Actor]) -> None:
        self.actors = actors
        self.upper: dict[str, set[str]] = {}
        self.persons = frozenset(a.id for a in actors if a.kind == "person")
        self.titles = {a.id: tuple(r.title.lower() for r in a.roles) for a in actors if a.kind == "person"}
        #: Actors that are never a quote's speaker: countries and places (see SPEAKING_KINDS).
        self.silent = frozenset(a.id for a in actors if a.kind not in SPEAKING_KINDS)
        self.institutions = frozenset(a.id for a in actors if a.kind == "institution")
        self.current = {a.id: tuple(r.title.lower() for r in a.roles
                                    if r.until is None and not r.title.lower().startswith("former"))
                        for a in actors if a.kind == "person"}
        for actor in actors:
            if actor.kind != "person":
                continue
            for text in [actor.name] + [a.text for a in actor.aliases if not a.misspelling]:
                self.upper.setdefault(text.upper(), set()).add(actor.id)
                self.upper.setdefault(text.split()[-1].upper(), set()).add(actor.id)

    def label(self, label: str) -> str | None | bool:
        """Who a transcript label names: an actor id; None for a person we do not know; False for no one."""
        if label in _NOT_SPEAKERS or len(label.replace(".", "")) < 3:
            return False
        words = label.split()
        while len(words) > 1 and words[0] in _LABEL_TITLES:
            words = words[1:]
        for key in (" ".join(words), words[-1]):
            ids = self.upper.get(key)
            if ids:
                return next(iter(ids)) if len(ids) == 1 else None
        return None if len(label.split()) >= 2 else False

    def local(self, phrase: re.Match[str], present: frozenset[str]) -> str | None:
        """The one person named in this article whose role has this nationality and this title."""
        demonym, noun = phrase.group("dem").lower(), phrase.group("noun").lower()
        nouns = {"diplomat": ("diplomat", "foreign minister", "ambassador")}.get(noun, (noun,))
        holders = [actor_id for actor_id in present if any(
            demonym in title and any(n in title for n in nouns) for title in self.titles.get(actor_id, ()))]
        return holders[0] if len(holders) == 1 else None

    def place_role(self, phrase: re.Match[str], present: frozenset[str]) -> str | None:
        """"the UK prime minister" → the one person (named in this article, else in the gazetteer) whose
        current role is that title for that country; None when there is no such one person."""
        group = _NATION_OF[(phrase.group("adj") or phrase.group("own")).lower()]
        role = _norm(phrase.group("role"))
        pattern = _NATION_IN_TITLE[group]
        holders = [actor_id for actor_id, titles in self.current.items()
                   if any(role in _norm(t) and pattern.search(t) and ("vice" in role or "vice" not in t)
                          for t in titles)]
        here = [h for h in holders if h in present]
        for candidates in (here, holders):
            if candidates:
                return candidates[0] if len(candidates) == 1 else None
        return None

    def resolve(self, phrase: re.Match[str]) -> str | None:
        side = _SIDE_WORDS.get(phrase.group("side").lower())
        role = _norm(phrase.group("role"))
        holders = [a.id for a in self.actors if a.kind == "person" and a.side == side
                   and any(role in _norm(r.title) and r.until is None and not r.title.lower().startswith("former")
                           for r in a.roles)]
        return holders[0] if len(holders) == 1 else None


def _norm(title: str) -> str:
    return title.lower().replace("defense", "defen").replace("defence", "defen")


Who = tuple[str | None, int, int]


def find_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                mentions: list[MentionAt], roles: RoleResolver) -> list[RawQuote]:
    """Quotes of one source. `paragraphs` and `sentences` are the usable (non-boilerplate) ones."""
    in_paragraph = [quote_spans(text, ps, pe, 1) for ps, pe in paragraphs]
    quoted_spans = sorted((os_, oe) for spans in in_paragraph for os_, oe, _s, _e in spans)
    q_starts = [s for s, _e in quoted_spans]

    def in_quote(offset: int) -> bool:
        i = bisect.bisect_right(q_starts, offset) - 1
        return i >= 0 and quoted_spans[i][0] <= offset < quoted_spans[i][1]

    by_start = [m if (quoted := in_quote(m.start)) == m.quoted else MentionAt(m.start, m.end, m.actor, m.person, quoted)
                for m in sorted(mentions, key=attrgetter("start"))]
    starts = [m.start for m in by_start]
    article_persons = frozenset(m.actor for m in by_start if m.person)

    def between(start: int, end: int) -> list[MentionAt]:
        return [m for m in by_start[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
                if m.end <= end and not m.quoted]

    # A pronoun's person: named earlier in the body, in its paragraph or the one before, unambiguously.
    para_starts = [ps for ps, _pe in paragraphs]

    def paragraph_of(offset: int) -> int:
        return bisect.bisect_right(para_starts, offset) - 1

    def subject_before(offset: int) -> str | None:
        index = _sentence_index(sentences, offset)
        if index is None:
            return None
        s, _e = sentences[index]
        here = [m for m in between(s, offset) if m.person]
        if here:
            return _the_one(text, here, s)
        para = paragraph_of(offset)
        for back in range(index - 1, max(-1, index - 1 - _PRONOUN_REACH), -1):
            b_s, b_e = sentences[back]
            if paragraph_of(b_s) < para - 1:
                break
            persons = [m for m in between(b_s, b_e) if m.person]
            if persons:
                return _the_one(text, persons, b_s)
        # No one named since: the speaker of the quote just before ("“…,” he said. / “…,” he added.").
        if previous is not None and previous.speaker in roles.persons and previous_para >= para - 1 \
                and not any(m.person for m in between(previous.end, offset)):
            return previous.speaker
        return None

    def institution_before(offset: int) -> str | None:
        """Who "it said" / "the statement said" is: the institution the sentence before names (outside
        quotes, within the paragraph before at most), when it is the one institution named there, in the
        sentence before that and in this one before `offset`; else None."""
        index = _sentence_index(sentences, offset)
        if index is None or index == 0 or paragraph_of(sentences[index - 1][0]) < paragraph_of(offset) - 1:
            return None

        def institutions(s: int, e: int) -> set[str]:
            return {m.actor for m in between(s, e) if m.actor in roles.institutions}

        named = institutions(*sentences[index - 1])
        if not named:
            return None
        named |= institutions(sentences[index][0], offset)
        if index >= 2 and paragraph_of(sentences[index - 2][0]) >= paragraph_of(offset) - 1:
            named |= institutions(*sentences[index - 2])
        return next(iter(named)) if len(named) == 1 else None

    def who(start: int, end: int, prefer: str = "last") -> Who:
        """The speaker named in text[start:end]: a person, a role, a pronoun; else an institution."""
        options: list[tuple[int, int, str | None]] = []
        for role in _PLACE_ROLE.finditer(text, start, end):
            # "the UK prime minister": the country is not the speaker; the role's holder is, or no one known.
            options.append((role.start(), role.end(), roles.place_role(role, article_persons)))
        for role in _ROLE.finditer(text, start, end):
            actor = roles.resolve(role)
            if actor and not any(s <= role.start() < e for s, e, _a in options):
                options.append((role.start(), role.end(), actor))
        for role in _LOCAL_ROLE.finditer(text, start, end):
            # "the Iranian minister", "the top Omani diplomat": the one person of this article with that role.
            actor = roles.local(role, article_persons)
            if actor and not any(s <= role.start() < e for s, e, _a in options):
                options.append((role.start(), role.end(), actor))
        covered = [(s, e) for s, e, _a in options]
        for m in between(start, end):
            if m.person and not any(s <= m.start < e for s, e in covered):
                options.append((m.start, m.end, m.actor))
        for pronoun in _PRONOUN.finditer(text, start, end):
            options.append((pronoun.start(), pronoun.end(), subject_before(pronoun.start())))
        for it in _IT.finditer(text, start, end):
            # Only right beside the verb ("it said", "said the statement"): the one institution just named.
            if not text[start:it.start()].strip() or not text[it.end():end].strip():
                options.append((it.start(), it.end(), institution_before(it.start())))
        if not options:
            tail = _UNKNOWN_NAME_AT_END.search(text, start, end)
            if tail and not between(tail.start(), end):
                return None, -1, -1  # "…, spokeswoman Maria Zakharova said": someone the gazetteer lacks
            if _UNNAMED.search(text, start, end):
                return None, -1, -1  # "a senior U.S. official said": a person unnamed, not the institution
            options = [(m.start, m.end, m.actor) for m in between(start, end)
                       if not any(s <= m.start < e for s, e in covered)]
        # Not the subject: a possessive ("Netanyahu's visit", "Trump's envoy said") or a name inside an
        # inserted clause (", who sits in X's cabinet," / ", during X's visit,").
        inserted = [(m.start(), m.end()) for m in _INSERTED.finditer(text, start, end)]
        options = [o for o in options if text[o[1]:o[1] + 2] not in ("’s", "'s")
                   and not any(a <= o[0] < b for a, b in inserted) and o[2] not in roles.silent]
        if not options:
            return None, -1, -1
        options.sort()
        s, e, actor = options[0] if prefer == "first" else options[-1]
        return actor, s, e

    # Transcript turns ("MARCO RUBIO: …"): only in a text with two of them or more (one "NEW DELHI: …"
    # line is a dateline, not a turn).
    labels = [_LABEL.match(text, ps, pe) for ps, pe in paragraphs]
    if sum(label is not None for label in labels) < 2:
        labels = [None] * len(paragraphs)
    quotes: list[RawQuote] = []
    previous: RawQuote | None = None
    previous_para = -1
    for p_index, (ps, pe) in enumerate(paragraphs):
        label = labels[p_index]
        if label is not None:
            # A transcript line, "MARCO RUBIO: …": its words are the labelled person's (or no one's we know).
            speaker = roles.label(label.group("label"))
            if speaker is not False and label.end() < pe and len(text[label.end():pe].split()) >= 3:
                qe = pe
                while text[qe - 1].isspace():
                    qe -= 1
                raw = RawQuote(label.end(), qe, speaker or None, "quote:transcript" if speaker else "quote:unattributed",
                               0.9 if speaker else 0.5, label.start("label"), label.end("label"))
                quotes.append(raw)
                if raw.speaker:
                    previous, previous_para = raw, p_index
            continue
        # Quotes of two words or more; a fragment of two only with a person named right beside it. (One
        # word in quotation marks is as often a label or a scare quote as someone's word: not a quote here.)
        para_quotes = [q for q in in_paragraph[p_index] if len(text[q[2]:q[3]].split()) >= 2]
        before_this: tuple[RawQuote, int] | None = None  # the paragraph's last attributed quote, its end
        for q_index, (os_, oe, qs, qe) in enumerate(para_quotes):
            inner_end = text[qe - 1:qe]
            found = (_after(text, oe, pe, inner_end, who)
                     or _before(text, sentences, ps, os_, who, para_quotes[max(0, q_index - 1):q_index]))
            if found is None and before_this is not None and _COORDINATED.match(text, before_this[1], os_):
                # "X said … 'Q1' and called the meeting 'Q2'": the verb shares the subject of the first.
                last = before_this[0]
                found = (last.speaker, "quote:coordinated", 0.8, last.attr_start, last.attr_end)
            if len(text[qs:qe].split()) < 3:
                # A fragment of two words: only a person named right beside it ("a NATO diplomat described … as “…”"
                # is no one's we know).
                if found is not None and found[0] in roles.persons:
                    raw = RawQuote(qs, qe, found[0], found[1], round(found[2] - 0.1, 2), found[3], found[4])
                    quotes.append(raw)
                    before_this = (raw, oe)
                continue
            found = found or _sentence_verb(text, sentences, oe, who)
            if found is None:
                found = _context(text, paragraphs, p_index, sentences, os_, oe, who, previous, previous_para)
            if found is None:
                raw = RawQuote(qs, qe, None, "quote:unattributed", 0.5)
            else:
                actor, rule, confidence, a_s, a_e = found
                raw = RawQuote(qs, qe, actor, rule if actor else "quote:unattributed",
                               confidence if actor else 0.5, a_s, a_e)
            quotes.append(raw)
            if raw.speaker:
                previous, previous_para = raw, p_index
                before_this = (raw, oe)
    return quotes


#: How many sentences back a pronoun may look for its person (within the paragraph before at most).
_PRONOUN_REACH = 6
_LEADING_CLAUSE = re.compile(r"^(?:[A-Z][\w.’'-]*\s+|(?:the|a|an|of|and)\s+)*$|,\s*$")


def _the_one(text: str, persons: list[MentionAt], sentence_start: int) -> str | None:
    """The person a pronoun points to among those a sentence names: the only one, or its subject (named
    first, before any lower-case word but titles: "French President X met Y", "On Monday, X met Y")."""
    actors = list(dict.fromkeys(m.actor for m in persons))
    if len(actors) == 1:
        return actors[0]
    lead = text[sentence_start:persons[0].start]
    if len(lead) <= 80 and _LEADING_CLAUSE.search(lead):
        return persons[0].actor
    return None


def _sentence_index(sentences: list[tuple[int, int]], offset: int) -> int | None:
    lo, hi = 0, len(sentences) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        s, e = sentences[mid]
        if offset < s:
            hi = mid - 1
        elif offset >= e:
            lo = mid + 1
        else:
            return mid
    return None


def _after(text: str, quote_end: int, para_end: int, inner_end: str, who: Callable[..., Who]):  # noqa: ANN202
    """“…,” X said / “…,” said X — an attribution right after the closing mark."""
    match = _AFTER.match(text, quote_end, min(para_end, quote_end + 200))
    if not match:
        return None
    comma = "," in match.group("lead") or inner_end in ",?!…—-"
    if match.group("verb_first"):
        if not (comma or inner_end == "."):
            return None
        stop = _clause_end(text, match.end(), para_end)
        actor, _a_s, a_e = who(match.end(), stop, "first")
        return (actor, "quote:verb-first", 0.9, match.start("verb_first"), a_e) if actor else None
    subject = match.group("subject")
    words = subject.split()
    if not comma:
        # After a full stop inside the quote only a bare name may follow ("….” Trump wrote).
        if inner_end != "." or len(words) > 3 or "," in subject or _CONNECTIVE.match(subject.strip()):
            return None
    if len(words) > 25 or _NEXT_CLAUSE.search(subject):
        return None  # "…," Trump wrote, as Zelensky said: the verb belongs to another clause
    s, e = match.start("subject"), match.end("subject")
    tail = max(subject.rfind(","), subject.rfind("–"), subject.rfind("—"))
    if tail >= 0 and subject[tail + 1:].strip() and len(subject[tail + 1:].split()) <= 4:
        s = s + tail + 1  # "…, in the course of …, he said": the subject is what follows the last comma
    actor, a_s, _a_e = who(s, e, "first")
    if actor is None:
        # "“…,” a senior official told CNN": the text says who, and it is no one named. Unknown, and no
        # rule further down may guess (the quote before's speaker is not this one's).
        return (None, "quote:unnamed", 0.5, -1, -1) if _UNNAMED.search(text, s, e) else None
    return actor, "quote:said-after", 0.92, a_s, match.end("verb")


def _clause_end(text: str, start: int, end: int) -> int:
    for index in range(start, min(end, start + 120)):
        if text[index] in ";“\"" or (text[index] == "." and text[index + 1:index + 2] in (" ", "\n", "")):
            return index
    return min(end, start + 120)


def _sentence_bounds(sentences: list[tuple[int, int]], offset: int, floor: int) -> int:
    index = _sentence_index(sentences, offset)
    return max(floor, sentences[index][0]) if index is not None else floor


def _before(text: str, sentences, para_start: int, quote_start: int, who, earlier):  # noqa: ANN001, ANN202
    """X said: “…” / X reiterated “…” / Lavrov was optimistic: “…” / For Shamiev, “…”. `earlier`: the quote
    before this one in the paragraph, if any (the window starts after it)."""
    window_start = _sentence_bounds(sentences, quote_start, para_start)
    for _os, oe, _qs, _qe in earlier:
        window_start = max(window_start, oe)
    lead = text[window_start:quote_start]
    for_name = _FOR_NAME.search(lead)
    if for_name:
        actor, a_s, a_e = who(window_start + for_name.start("name"), window_start + for_name.end("name"))
        if actor:
            return actor, "quote:for-name", 0.75, a_s, a_e
    verb = None
    for verb in _VERB.finditer(text, window_start, quote_start):
        pass
    if verb is not None and len(text[verb.end():quote_start].split()) <= 30 \
            and not _NEW_SUBJECT.search(text, verb.end(), quote_start):
        if verb.group(0) == "saying":  # a participle: the speaker is the sentence's subject
            actor, a_s, _a_e = who(_sentence_bounds(sentences, quote_start, para_start), verb.start(), "first")
        else:
            actor, a_s, _a_e = who(window_start, verb.start(), "last")
        if actor:
            return actor, "quote:said-before", 0.85, a_s, verb.end()
        if _UNNAMED.search(text, window_start, verb.start()):
            return None, "quote:unnamed", 0.5, -1, -1
    if lead.rstrip().endswith(":"):
        actor, a_s, a_e = who(window_start, quote_start, "last")
        if actor:
            return actor, "quote:colon-before", 0.8, a_s, a_e
    return None


_VERB_REACH = 400


def _sentence_verb(text: str, sentences, quote_end: int, who):  # noqa: ANN001, ANN202
    """A speech verb later in the sentence, outside quotes: "…“worse than …” in the course of …, he said."."""
    index = _sentence_index(sentences, max(quote_end - 1, 0))
    if index is None:
        return None
    # Within _VERB_REACH characters: a verb further on is not this quote's (and the pass stays linear).
    e = min(sentences[index][1], quote_end + _VERB_REACH)
    quoted = [(a, b) for a, b, _x, _y in quote_spans(text, quote_end, e, 1)]
    for verb in _VERB.finditer(text, quote_end, e):
        if any(a <= verb.start() < b for a, b in quoted):
            continue
        left = max([quote_end] + [b for a, b in quoted if b <= verb.start()])
        segment = text[left:verb.start()]
        cut = max(segment.rfind(","), segment.rfind("–"))
        if cut >= 0 and segment[cut + 1:].strip():
            left += cut + 1
        actor, a_s, _a_e = who(left, verb.start(), "first")
        if actor is not None:
            return actor, "quote:sentence-verb", 0.7, a_s, verb.end()
        return None
    return None


def _context(text, paragraphs, p_index, sentences, quote_start, quote_end, who, previous, previous_para):  # noqa: ANN001, ANN202
    """No attribution in the quote's own sentence: look at the sentence or paragraph before."""
    ps, pe = paragraphs[p_index]
    opens_paragraph = text[ps:quote_start].strip() == ""
    if opens_paragraph and p_index > 0:
        prev_s, prev_e = paragraphs[p_index - 1]
        if text[prev_s:prev_e].rstrip().endswith(":"):
            verb = None
            for verb in _VERB.finditer(text, prev_s, prev_e):
                pass
            if verb is not None:
                actor, a_s, _a_e = who(_sentence_bounds(sentences, verb.start(), prev_s), verb.start())
                if actor:
                    return actor, "quote:colon-previous", 0.8, a_s, verb.end()
        if previous is not None and previous.speaker and previous_para == p_index - 1 \
                and text[quote_end:pe].strip(" .,") == "":
            return previous.speaker, "quote:continuation", 0.55, previous.attr_start, previous.attr_end
    index = _sentence_index(sentences, quote_start)
    if index is None or index == 0:
        return None
    s, _e = sentences[index]
    prev_s, prev_e = sentences[index - 1]
    if text[s:quote_start].strip() or prev_s < ps:
        return None  # only for a quote that opens a sentence, after a sentence of the same paragraph
    if previous is not None and previous.speaker and previous.start >= prev_s and previous_para == p_index:
        return previous.speaker, "quote:previous-sentence", 0.65, previous.attr_start, previous.attr_end
    for verb in _VERB.finditer(text, prev_s, prev_e):
        actor, a_s, _a_e = who(prev_s, verb.start(), "first")
        if actor:
            return actor, "quote:previous-sentence", 0.65, a_s, verb.end()
    return None
