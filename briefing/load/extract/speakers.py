"""Who a stretch of an article names as a speaker: the `who` that every attribution rule (attribution.py) asks.

A pronoun ("he said") resolves only to a person named outside quotes in the body, in its paragraph or the
one before: the one person the nearest such sentence names, or its subject; else the speaker of the quote
just before; else no one. "It said" / "the statement said" resolves to the institution the sentence before
names, when it is the one institution named there and in the sentence before that, else to no one. Roles
resolve through speaker_roles.RoleResolver. Never the speaker: a possessive ("Trump's envoy said"), a name in
an inserted clause (", who …,"), a country or a place (SPEAKING_KINDS).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from operator import attrgetter

from briefing.load.extract.antecedents import (
    ACCORDING_OPENS,
    LEADING_CLAUSE,
    PRONOUN,
    other_of_same_pronoun,
    sentence_index,
    the_one,
)
from briefing.load.extract.name_words import TITLES
from briefing.load.extract.speaker_roles import (
    BARE_ROLE,
    LOCAL_ROLE,
    ORG_ROLE,
    PLACE_ROLE,
    ROLE,
    RoleResolver,
    honorific_pronouns,
    leads,
    titles_before,
)

__all__ = ["LEADING_CLAUSE", "NAME_AS_ADJUNCT", "PRONOUN", "UNNAMED", "MentionAt", "RawQuote", "Speakers", "Who", "sentence_index"]

#: An institution's pronoun or its text as the subject: "“…,” it said", "the statement said", "said the readout".
_IT = re.compile(r"\b(?:[Ii]t|[Tt]he (?:statement|readout|communiqu[eé]|release))\b")
#: A name (two capitalised words) right at the end of a subject: the speaker, whoever else is named before.
_UNKNOWN_NAME_AT_END = re.compile(r"\b[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+)+,?\s*$")
#: A clause inserted between a subject and its verb: ", who …," ", during …,".
_INSERTED = re.compile(r",\s*(?:who|whose|whom|which|during|including|after|before|while|like|unlike|along with|"
                       r"together with|flanked by|alongside)\b[^,;:“”\"\n]{0,200},")
#: A participle clause inserted between a subject and its verb: "X, praising Y, told reporters" (Y is its object;
#: not "quoting Y": the words may be Y's).
_INSERTED_PARTICIPLE = re.compile(r",\s*(?!quoting\b)[a-z]+ing\b[^,;:“”\"\n]{0,120},")
#: An apposition naming someone else after a preposition: "X, senior adviser to President Y, said", "X, a close
#: aide to Y, commented": Y is the object of "to", not the verb's subject (a few words, then the preposition, then
#: the name; "according to Y" is an attribution and stays).
_APPOSED_OBJECT = re.compile(r",\s*(?!according\b|[Hh]e\b|[Ss]he\b)"
                             r"(?![A-Z][a-z-]+(?:\s+[A-Z][a-z-]+){0,3}\s+(?!(?:of|to|for|at|with|from|under|and|the|a|an)\b)[a-z])(?:[\w.’'-]+\s+){1,5}?(?:to|of|for|at|with|from|under)\s+"
                             r"[^,;:“”\"\n]{1,80},")
#: Right before a name, a preposition (and perhaps an article or a possessive): the name is its object, not
#: the verb's subject ("In a statement posted on Truth Social, the former president declared", "After talks
#: with Putin, Trump said"). "According to" and "For X," are read by their own rules (attribution.py).
_AFTER_PREPOSITION = re.compile(rf"\b(?:on|via|in|at|from|to|with|into|through|over|across|against|about|[Aa]longside|[Bb]eside)\s+"
                                rf"(?:(?:the|a|an|his|her|its|their)\s+|[A-Z][\w-]*[’']s\s+)?"
                                rf"(?:(?:[A-Z][a-z]+(?:an|ese|ish|ch|i)\s+)?(?:(?i:{TITLES}|prime|vice|foreign)\s+){{0,3}}"
                                rf"|(?:[\w’'.-]+\s+){{1,3}}?(?:(?i:{TITLES})\s+){{1,2}})$")
#: A second object of one preposition: "alongside X and Ukrainian President Y" ("and", then titles and names).
_AND_OBJECT = re.compile(rf"\s*,?\s+and\s+(?:(?:[A-Z][\w.’'-]*|(?i:{TITLES}))\s+){{0,4}}")
#: How far before a name a preposition is looked for ("with American far-right political commentator X").
_PREPOSITION_REACH = 60
#: An unnamed person as the subject: "a senior U.S. official", "the official", "a diplomat familiar with …".
UNNAMED = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Aa]nother)\s+(?:[\w.’'-]+\s+){0,4}?(?:officials?|diplomats?|"
                     r"sources?|aides?|advis[eo]rs?|negotiators?|analysts?|spokes(?:man|woman|person)|person|people|"
                     r"observers?|insiders?|participants?|leaders|ministers|allies|lawmakers|governments|critics|"
                     r"experts|members|reporters?|journalists?|correspondents?|interviewers?)\b")
#: A sentence opening with a subordinate clause ("When he landed, X spoke"): a pronoun in it may be the name after it.
_OPENING_CLAUSE = re.compile(r"\s*(?:After|Before|When|While|As|Although|Though|Since|If|Once|Until|Because|"
                             r"Whereas|Despite|Following|Having|Upon|On)\b")
#: An unnamed person and a preposition: "a spokesperson for Prime Minister X", "an aide to X", "allies of X". The
#: name after it (no comma between) is whom they speak for, not the speaker.
_UNNAMED_FOR = re.compile(UNNAMED.pattern + r"\s+(?:for|of|to|close\s+to|from|with|representing)\s+"
                          r"(?P<gap>[^,;:“”\"\n]{0,60}?)$")
#: Right before a name, a prefix making it an adjective: "the anti-Bolsonaro", "pro-Trump" (no one named there).
_ADJECTIVE_PREFIX = re.compile(r"(?i:\b(?:anti|pro|non)-)$")
#: How many sentences back a pronoun may look for its person (within the paragraph before at most).
_PRONOUN_REACH = 6
#: Paragraphs back the speaker of the quote before may be, when sentences opening with a pronoun link them.
_CHAIN = 4
#: Right after a name, a role, a body or people it heads or owns, as the subject ("Trump envoy says", "Kremlin aide
#: says", "the X administration said", "a X campaign official told", "X's officials said"): the role's holder or
#: the body speaks, not the person named. The one rule for a name used as a modifier (attribution.py reads it too).
NAME_AS_ADJUNCT = re.compile(r"(?:[’']s)?[ \t]+(?:envoy|aide|adviser|advisor|ally|allies|spokes(?:man|woman|person)|"
                             r"spokes(?:men|women|people)|official|negotiator|deputy|lawyer|attorney|camp|team|"
                             r"campaign|pick|nominee|loyalist|critic|interview|podcast|show|government|administration|"
                             r"regime|cabinet|ministry|office)s?\b")

#: Someone we do not know by name as the subject of a speech verb: "“…,” Els said", "Els, a former champion,
#: responded" (a capitalised word, perhaps after a first name, that is no known mention; not a pronoun or a
#: sentence's opening word). A pronoun after it may be that person: no one we can name.
_STRANGER_SPEAKS = re.compile(
    r"(?:^|(?<=[.!?,;”\"’'])\s+|(?<=\n))(?!(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|But|And|"
    r"So|Yet|Or|Then|Also|Meanwhile|However|Asked|When|While|After|Before|As|If|In|On|At|For|With|By)\b)"
    r"(?P<name>[A-Z][a-z’'-]+(?:[ \t]+[A-Z][a-z’'-]+){0,2})(?:,[ \t]+(?:a|an|the)[ \t][^,;“”\"\n]{1,80}?,)?[ \t]+"
    r"(?:[a-z]+ly[ \t]+)?(?:said|says|told|tells|added|adds|asked|replied|responded|stated|explained|declared|wrote|"
    r"noted|continued|insisted|answered|recalled|warned)\b")

#: A role phrase, perhaps after an adjective ("the new prime minister's", "the president"): someone a sentence
#: speaks of without naming them.
_ANY_ROLE = re.compile(r"\b[Tt]he\s+(?:(?:new|former|outgoing|incoming|current|then-)\s*)?(?P<noun>prime minister|"
                       r"president|chancellor|premier|foreign minister|minister|secretary of state)\b")

#: A capitalised word: a surname alone, perhaps.
_CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z’'-]+\b")

#: A sentence opening with the pronoun: "He then turned to …" (a quote before it may still be its speaker's).
_LEADING_PRONOUN = re.compile(r"(?:^|[.!?][ \t]+)(?:He|She)\s+[a-z]", re.MULTILINE)



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


Who = tuple[str | None, int, int]
Option = tuple[int, int, str | None]


class Speakers:
    """The names of one article, outside its quotes, and who a stretch of it names as a speaker. `previous` and
    `previous_para` are the last attributed quote and its paragraph (find_quotes keeps them current): a
    pronoun with no one named since it is that quote's speaker."""

    def __init__(self, text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                 mentions: list[MentionAt], quoted_spans: list[tuple[int, int]], roles: RoleResolver) -> None:
        self.text, self.sentences, self.roles = text, sentences, roles
        q_starts = [s for s, _e in quoted_spans]

        def in_quote(offset: int) -> bool:
            i = bisect.bisect_right(q_starts, offset) - 1
            return i >= 0 and quoted_spans[i][0] <= offset < quoted_spans[i][1]

        self._in_quote = in_quote
        self.by_start = [m if (quoted := in_quote(m.start)) == m.quoted
                         else MentionAt(m.start, m.end, m.actor, m.person, quoted)
                         for m in sorted(mentions, key=attrgetter("start"))]
        self.starts = [m.start for m in self.by_start]
        self.persons = frozenset(m.actor for m in self.by_start if m.person)
        self.pronoun_of = honorific_pronouns(text, self.by_start)
        self.titled = titles_before(text, self.by_start)
        self.leads = leads(text, self.by_start)
        self.para_starts = [ps for ps, _pe in paragraphs]
        # The surname of each person this article names in full: "Waltz" alone is Mike Waltz's here, when he is
        # the one person of that surname the article names (mentions leave a surname two people of the folder
        # share to no one).
        owners: dict[str, set[str]] = {}
        for m in self.by_start:
            words = text[m.start:m.end].split()
            if m.person and len(words) >= 2 and words[-1][:1].isupper():
                owners.setdefault(words[-1], set()).add(m.actor)
        self.surname_of = {word: next(iter(ids)) for word, ids in owners.items() if len(ids) == 1}
        self.previous: RawQuote | None = None
        self.previous_para = -1

    def between(self, start: int, end: int) -> list[MentionAt]:
        """The mentions in text[start:end], outside quotes."""
        return [m for m in self.by_start[bisect.bisect_left(self.starts, start):bisect.bisect_left(self.starts, end)]
                if m.end <= end and not m.quoted]

    def paragraph_of(self, offset: int) -> int:
        return bisect.bisect_right(self.para_starts, offset) - 1

    def subject_before(self, offset: int, chain: bool = True) -> str | None:
        """A pronoun's person (`_subject_before`), unless the article's honorifics make that person the other
        pronoun ("Mr. X … “…,” she said": not X; no one)."""
        actor = self._subject_before(offset, chain)
        word = PRONOUN.match(self.text, offset)
        if actor is not None and word is not None \
                and self.pronoun_of.get(actor, word.group(0).lower()) != word.group(0).lower():
            return None
        return actor

    def _subject_before(self, offset: int, chain: bool = True) -> str | None:
        """A pronoun's person: named earlier in the body, in its paragraph or the one before, unambiguously.
        When the sentence naming that person has the same pronoun before the name ("…,” she said, recalling an
        interview in which Trump … / She added …"), the name is not the pronoun's person: the earlier pronoun's
        is (one step back; `chain` False: no one)."""
        index = sentence_index(self.sentences, offset)
        if index is None:
            return None
        s, _e = self.sentences[index]
        here = self._persons(s, offset)
        if here:
            chained = self._same_pronoun_before(s, here[0].start, offset, chain)
            return the_one(self.text, here, s) if chained is False else chained
        para = self.paragraph_of(offset)
        if self._stranger_speaks(s, offset):
            return None  # "Y, a golfer, responded: … he said": someone we do not know is the nearer subject
        for back in range(index - 1, max(-1, index - 1 - _PRONOUN_REACH), -1):
            b_s, b_e = self.sentences[back]
            if self.paragraph_of(b_s) < para - 1:
                break
            persons = self._persons(b_s, b_e)
            if not persons and self._stranger_speaks(b_s, b_e):
                # "“…,” Els said. / “…” He went on …": Els, whom the gazetteer lacks, not someone named before.
                return None
            if persons:
                if other_of_same_pronoun(self.text, b_s, b_e, offset):
                    return None  # "Trump asked how long she wanted … / “…,” she said": not Trump
                chained = self._same_pronoun_before(b_s, persons[0].start, offset, chain)
                if chained is not False:
                    return chained
                actor = the_one(self.text, persons, b_s)
                return None if actor is not None and self._role_of_another(b_s, b_e, persons, actor) else actor
        # No one named since: the speaker of the quote just before ("“…,” he said. / “…,” he added."), in this
        # paragraph or the one before, or further back when a sentence between opens with the pronoun ("“…,” he
        # said. / He then turned to … / “…,” he said."; furniture between is not the body).
        previous = self.previous
        if previous is not None and self._stranger_speaks(previous.end, offset):
            return None
        if previous is not None and previous.speaker in self.roles.persons and self.previous_para >= para - _CHAIN \
                and not any(m.person for m in self.between(previous.end, offset)) \
                and (self.previous_para >= para - 1
                     or _LEADING_PRONOUN.search(self.text, previous.end, self.para_starts[para])):
            return previous.speaker
        return None

    def _role_of_another(self, start: int, end: int, persons: list[MentionAt], actor: str) -> bool:
        """Whether text[start:end], whose one person `actor` is not its plain subject (named after a preposition
        or the like: "In a meeting dominated by X's comments"), speaks of someone by a role X does not hold ("…
        it was the new prime minister's pushback"): then a pronoun after it is not plainly X."""
        first = next(m for m in persons if m.actor == actor)
        if LEADING_CLAUSE.search(self.text[start:first.start]):
            return False  # "X met the prime minister. He said …": X is the subject
        return any(not self._in_quote(role.start()) and not self.roles.holds(actor, role, self.titled)
                   for role in _ANY_ROLE.finditer(self.text, start, end))

    def _stranger_speaks(self, start: int, end: int) -> bool:
        """Whether text[start:end] has someone we do not know as the subject of a speech verb, outside quotes."""
        for match in _STRANGER_SPEAKS.finditer(self.text, start, end):
            if not self._in_quote(match.start("name")) and not self.between(match.start("name"), match.end("name")):
                return True
        return False

    def _same_pronoun_before(self, start: int, name_start: int, offset: int, chain: bool) -> str | None | bool:
        """False when text[start:name_start] holds no pronoun, outside quotes, the same as the one at `offset`;
        else that pronoun's person (None: no one, or a chain longer than one step)."""
        word = PRONOUN.match(self.text, offset)
        if word is None:
            return False
        opening = _OPENING_CLAUSE.match(self.text, start)
        for earlier in PRONOUN.finditer(self.text, start, name_start):
            if opening is not None and "," in self.text[earlier.end():name_start]:
                continue  # "When he landed, Reker spoke": the clause's pronoun is the name after it
            if earlier.group(0).lower() == word.group(0).lower() and not self._in_quote(earlier.start()):
                return self.subject_before(earlier.start(), chain=False) if chain else None
        return False

    def _persons(self, start: int, end: int) -> list[MentionAt]:
        """The people text[start:end] names, outside quotes, that a pronoun may point to: not a name made an
        adjective ("the anti-Bolsonaro", "a pro-Kremlin"), nor a preposition's object ("in a post on X")."""
        text = self.text
        persons: list[MentionAt] = []
        object_end = -1  # where the last preposition's object ends: "alongside X and Ukrainian President Y"
        for m in self.between(start, end):
            if not m.person or _ADJECTIVE_PREFIX.search(text, max(0, m.start - 5), m.start):
                continue
            if (_AFTER_PREPOSITION.search(text, max(start, m.start - _PREPOSITION_REACH), m.start)
                    or (object_end >= 0 and _AND_OBJECT.fullmatch(text, object_end, m.start))) \
                    and ACCORDING_OPENS.fullmatch(text, start, m.start) is None:
                object_end = m.end
                continue
            persons.append(m)
        return persons

    def subject_of_sentence_before(self, offset: int) -> str | None:
        """The person the sentence before `offset`'s opens with (its subject: only titles and capitalised
        words before the name), within this paragraph or the one before; else None."""
        index = sentence_index(self.sentences, offset)
        if index is None or index == 0:
            return None
        b_s, b_e = self.sentences[index - 1]
        if self.paragraph_of(b_s) < self.paragraph_of(offset) - 1:
            return None
        persons = [m for m in self.between(b_s, b_e) if m.person]
        if not persons or len(self.text[b_s:persons[0].start]) > 80 \
                or not LEADING_CLAUSE.search(self.text[b_s:persons[0].start]):
            return None
        return persons[0].actor

    def _speaker_of_sentence_before(self, offset: int) -> str | None:
        """The speaker of the last attributed quote, when its attribution names them (not by a role: "the Belgian
        prime minister said. / … said the prime minister" stays ambiguous) in the sentence right before
        `offset`'s, in the paragraph or the one before; else None."""
        previous, index = self.previous, sentence_index(self.sentences, offset)
        if previous is None or previous.speaker is None or previous.attr_start < 0 or index is None \
                or not self.text[previous.attr_start:previous.attr_start + 1].isupper() \
                or self.text.startswith(("The ", "THE "), previous.attr_start):
            return None
        if sentence_index(self.sentences, previous.attr_start) != index - 1 \
                or self.paragraph_of(previous.attr_start) < self.paragraph_of(offset) - 1:
            return None
        return previous.speaker

    def institution_before(self, offset: int) -> str | None:
        """Who "it said" / "the statement said" is: the institution the sentence before names (outside
        quotes, within the paragraph before at most), when it is the one institution named there, in the
        sentence before that and in this one before `offset`; else None."""
        sentences = self.sentences
        index = sentence_index(sentences, offset)
        if index is None or index == 0 or self.paragraph_of(sentences[index - 1][0]) < self.paragraph_of(offset) - 1:
            return None

        def institutions(s: int, e: int) -> set[str]:
            return {m.actor for m in self.between(s, e) if m.actor in self.roles.institutions}

        named = institutions(*sentences[index - 1])
        if not named:
            return None
        named |= institutions(sentences[index][0], offset)
        if index >= 2 and self.paragraph_of(sentences[index - 2][0]) >= self.paragraph_of(offset) - 1:
            named |= institutions(*sentences[index - 2])
        return next(iter(named)) if len(named) == 1 else None

    def _roles(self, start: int, end: int) -> list[Option]:
        """The role phrases of text[start:end] and their holders (None: a role no one known holds alone)."""
        text, roles, present = self.text, self.roles, self.persons
        options: list[Option] = []
        for role in PLACE_ROLE.finditer(text, start, end):
            # "the UK prime minister": the country is not the speaker; the role's holder is, or no one known.
            options.append((role.start(), role.end(), roles.place_role(role, present)))
        for role in ORG_ROLE.finditer(text, start, end):
            # "the UN chief": the one person of the article heading it; else no one (never the UN itself).
            options.append((role.start(), role.end(), roles.org(role, present, self.leads)))
        for pattern, resolve in ((ROLE, lambda r: roles.resolve(r, present)),
                                 (LOCAL_ROLE, lambda r: roles.local(r, present))):
            # "the US president"; "the Iranian minister", "the top Omani diplomat": the one person with that role.
            for role in pattern.finditer(text, start, end):
                actor = resolve(role)
                if actor and not any(s <= role.start() < e for s, e, _a in options):
                    options.append((role.start(), role.end(), actor))
        for role in BARE_ROLE.finditer(text, start, end):
            # "the prime minister said": the one person of this article whose role it is, else no one.
            if not any(s <= role.start() < e for s, e, _a in options):
                holder = roles.bare(role, present, self.titled)
                if holder is None:
                    # Two holders ("the minister" with two ministers named): the one the sentence before has as
                    # its subject, if that person holds the title ("X confirmed … / … the minister said").
                    last = self.subject_of_sentence_before(role.start())
                    holder = last if last is not None and roles.holds(last, role, self.titled) else None
                if holder is None:
                    # "…, X said. / The prime minister said: “…”": the speaker of the sentence before, if they hold it.
                    last = self._speaker_of_sentence_before(role.start())
                    holder = last if last is not None and roles.holds(last, role, self.titled) else None
                options.append((role.start(), role.end(), holder))
        return options

    def who(self, start: int, end: int, prefer: str = "last") -> Who:
        """The speaker named in text[start:end]: a person, a role, a pronoun; else an institution."""
        text = self.text
        options = self._roles(start, end)
        covered = [(s, e) for s, e, _a in options]
        for m in self.between(start, end):
            if m.person and not any(s <= m.start < e for s, e in covered):
                options.append((m.start, m.end, m.actor))
        if self.surname_of:
            for word in _CAPITALISED_WORD.finditer(text, start, end):
                owner = self.surname_of.get(word.group(0))
                if owner is not None and not self._in_quote(word.start()) \
                        and not any(s <= word.start() < e for s, e, _a in options) and not self.between(*word.span()):
                    options.append((word.start(), word.end(), owner))  # "Waltz said": the article's one Waltz
        for pronoun in PRONOUN.finditer(text, start, end):
            options.append((pronoun.start(), pronoun.end(), self.subject_before(pronoun.start())))
        for it in _IT.finditer(text, start, end):
            # Only right beside the verb ("it said", "said the statement"): the one institution just named.
            if not text[start:it.start()].strip() or not text[it.end():end].strip():
                options.append((it.start(), it.end(), self.institution_before(it.start())))
        if not options:
            tail = _UNKNOWN_NAME_AT_END.search(text, start, end)
            if tail and not self.between(tail.start(), end):
                return None, -1, -1  # "…, spokeswoman Maria Zakharova said": someone the gazetteer lacks
            if UNNAMED.search(text, start, end):
                return None, -1, -1  # "a senior U.S. official said": a person unnamed, not the institution
            options = [(m.start, m.end, m.actor) for m in self.between(start, end)
                       if not any(s <= m.start < e for s, e in covered)]
        # Not the subject: a possessive ("Netanyahu's visit", "Trump's envoy said") or a name inside an
        # inserted clause (", who sits in X's cabinet," / ", during X's visit,").
        inserted = [(m.start(), m.end()) for pattern in (_INSERTED, _APPOSED_OBJECT, _INSERTED_PARTICIPLE)
                    for m in pattern.finditer(text, start, end)]
        options = [o for o in options if text[o[1]:o[1] + 2] not in ("’s", "'s") and not NAME_AS_ADJUNCT.match(text, o[1])
                   and not any(a <= o[0] < b for a, b in inserted) and o[2] not in self.roles.silent
                   and not _AFTER_PREPOSITION.search(text, max(start, o[0] - _PREPOSITION_REACH), o[0])
                   and not _UNNAMED_FOR.search(text, max(start, o[0] - 120), o[0])]
        if not options:
            return None, -1, -1
        options.sort()
        s, e, actor = options[0] if prefer == "first" else options[-1]
        return actor, s, e
