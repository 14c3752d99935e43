"""Who a stretch of an article names as a speaker: the `who` that every attribution rule (attribution.py) asks.

A pronoun ("he said") resolves only to a person named outside quotes in the body, in its paragraph or the
one before: the one person the nearest such sentence names, or its subject; else the speaker of the quote
just before; else no one. "It said" / "the statement said" resolves to the institution the sentence before
names, when it is the one institution named there and in the sentence before that, else to no one. Roles
resolve through speaker_roles.RoleResolver. Never the speaker: a possessive ("Trump's envoy said"), a name in
an inserted clause (", who …,"), a country or a place (SPEAKING_KINDS). The patterns it reads: speaker_patterns.py.
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
    QUOTE_LEAD,
    attribution_subject,
    possessor,
    sentence_index,
)
from briefing.load.extract.name_words import NOT_NAME, OPENERS, is_title
from briefing.load.extract.speaker_patterns import (
    AFTER_PREPOSITION,
    AND_OBJECT,
    ANY_ROLE,
    BODY_SPEAKS,
    CAPITALISED_WORD,
    IT_SUBJECT,
    NAME_AS_ADJUNCT,
    OPENING_CLAUSE,
    PREPOSITION_REACH,
    PRONOUN_REACH,
    REPORTS,
    STRANGER_SPEAKS,
    UNKNOWN_NAME_AT_END,
    UNNAMED,
    UNNAMED_SPEAKS,
)
from briefing.load.extract.pronoun_reach import PronounReach
from briefing.load.extract.role_offices import appositions
from briefing.load.extract.role_options import Option, role_options
from briefing.load.extract.speaker_pronouns import shown_pronouns, surname_pronouns
from briefing.load.extract.stranger_titles import stranger_titles
from briefing.load.extract.surnames import introduced_apart, last_named_by_namesake, names_another, surnames_of
from briefing.load.extract.subject_filters import TITLED_NAME_AFTER, inserted_spans, not_a_subject, place_tail
from briefing.load.extract.speaker_roles import (
    RoleResolver,
    leads,
    opening_role,
    titles_before,
)

__all__ = ["LEADING_CLAUSE", "PRONOUN", "REPORTS", "MentionAt", "RawQuote", "Speakers", "Who", "sentence_index"]

#: A speech verb set before its speaker's name ("said X", "added X"): an attribution that names its speaker.
_VERB_FIRST = re.compile(r"(?:said|says|added|adds|told|wrote|insisted|stressed|declared)[ \t]+(?=[A-Z])")
#: One capitalised word opening a clause of its own right before a speech verb: ", Paetongtarn said" (the window
#: ends at the verb).
_LONE_NAME_AT_END = re.compile(r",[ \t]+(?P<word>[A-Z][a-z’'-]{2,})[ \t]*$")


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


class Speakers(PronounReach):
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

        def quoted_whole(start: int, end: int) -> bool:  # text[start:end] lies inside one quotation, marks and all
            i = bisect.bisect_right(q_starts, start) - 1
            return i >= 0 and quoted_spans[i][0] <= start and end <= quoted_spans[i][1] + 1

        self._in_quote, self.quoted_whole = in_quote, quoted_whole
        self.by_start = [m if (quoted := in_quote(m.start)) == m.quoted
                         else MentionAt(m.start, m.end, m.actor, m.person, quoted)
                         for m in sorted(mentions, key=attrgetter("start"))]
        self.starts = [m.start for m in self.by_start]
        self.persons = frozenset(m.actor for m in self.by_start if m.person)
        self.pronoun_of = shown_pronouns(text, sentences, self.by_start)  # "Ms. X", "X said she …"
        self.titled = titles_before(text, self.by_start)
        self._strangers: frozenset[str] | None = None  # (stranger_titles, worked out when a bare role asks)
        self.leads = leads(text, self.by_start)
        self.nationals: dict[str, frozenset[str] | None] = {}  # "said the Pole": role_nationals.national_holder
        self._office_titles: dict[str, tuple[str, ...]] | None = None  # (worked out when "the mayor" asks)
        self.para_starts = [ps for ps, _pe in paragraphs]
        # "Waltz" alone: the article's one Waltz named in full; a short name another may bear, no one's (surnames.py)
        self.names = names = introduced_apart(text, self.by_start, roles.printed, surnames_of(text, self.by_start))
        self.surname_of, self.surnames, self.namesakes = names.surname_of, names.surnames, names.namesakes
        self.pronoun_of = surname_pronouns(text, self.surname_of, self.pronoun_of, in_quote)  # "Mr. Johnson"
        self.previous: RawQuote | None = None
        self.previous_para = -1

    def _lone_name_last(self, start: int, end: int, options: list[tuple[int, int, str | None]]) -> bool:
        """Whether text[start:end] ends with a clause of its own whose subject is one capitalised word no one we
        know bears, after every name found ("X leaked the call, and on June 18, Paetongtarn said, “…”"): the
        verb is that stranger's, not X's."""
        lone = _LONE_NAME_AT_END.search(self.text, max(start, end - 40), end)
        word = lone.group("word") if lone is not None else ""
        return lone is not None and all(e <= lone.start() for _s, e, _a in options) \
            and word not in NOT_NAME and word not in OPENERS and not is_title(word) and not self.between(*lone.span("word"))

    @property
    def stranger_titles(self) -> frozenset[str]:
        """The titles printed before someone we do not know (stranger_titles.py): only a bare role phrase ("the
        prime minister said") asks, so a text with none never pays for the scan."""
        if self._strangers is None:
            self._strangers = stranger_titles(self.text, self.by_start, self._in_quote)
        return self._strangers

    def office_titles(self) -> dict[str, tuple[str, ...]]:
        """actor → every title the gazetteer gives them (current or past), the words printed before their name
        and the appositions after it: who may be "the spokeswoman" or "the mayor" (role_offices.py)."""
        if self._office_titles is None:
            after = appositions(self.text, self.by_start)
            self._office_titles = {actor: (*self.roles.titles.get(actor, ()), *self.titled.get(actor, ()),
                                           *self.leads.get(actor, ()), *after.get(actor, ()))
                                   for actor in self.persons}
        return self._office_titles

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
        if actor is None or word is None \
                or ((self.namesakes or self.names.others) and self._by_namesake(actor, offset)):
            return None if word is not None else actor
        pronoun = word.group(0).lower()
        if self.pronoun_of.get(actor, pronoun) != pronoun:
            return None
        if actor not in self.pronoun_of and self._shown_another(actor, pronoun, offset):
            return None  # "X spoke to Y. “…,” she said", the article showing Y, not X, as "she": not plainly X
        return actor

    def _family_owner(self, word: re.Match[str]) -> str | None:
        """The one person here whose name printed family name first opens with `word` ("Park" of "Park Chan-dae"),
        unless the text prints it as someone else's ("Park Min-jun", "Park, a student")."""
        owner = self.names.family_of.get(word.group(0))
        return None if owner is None or names_another(self.text, word.start(), word.end()) else owner

    def possessive_before(self, offset: int, pronoun: str) -> str | None:
        """Whom "his" / "her" at `offset` stands for ("In his words, “…”"): the person `pronoun` ("he" / "she")
        would be there, by the same walk and the same vetoes."""
        actor = self._subject_before(offset)
        if actor is None or ((self.namesakes or self.names.others) and self._by_namesake(actor, offset)) \
                or self.pronoun_of.get(actor, pronoun) != pronoun:
            return None
        return None if actor not in self.pronoun_of and self._shown_another(actor, pronoun, offset) else actor

    def _by_namesake(self, actor: str, offset: int) -> bool:
        """Whether the pronoun's reach last names `actor` by a short name another may bear ("Le Pen")."""
        index = sentence_index(self.sentences, offset)
        start = self.sentences[max(0, (index or 0) - PRONOUN_REACH)][0] if index is not None else offset
        return last_named_by_namesake(self.text, self.between(start, offset), actor, self.names)

    def _shown_another(self, actor: str, pronoun: str, offset: int) -> bool:
        """Whether the sentence of `offset` or the one before names someone other than `actor` whom the article
        shows to take `pronoun` (not as a possessor: "Mr. X's envoy Y …. “…,” he said" is Y's)."""
        index = sentence_index(self.sentences, offset)
        if index is not None \
                and {m.actor for m in self.between(self.sentences[index][0], offset) if m.person} == {actor}:
            return False  # "X informed reporters that he told Y, “…”": its own sentence names X alone before it
        start = self.sentences[max(0, index - 1)][0] if index is not None else offset
        return any(m.person and not m.quoted and m.actor != actor and self.pronoun_of.get(m.actor) == pronoun
                   and not possessor(self.text, m.end) for m in self.between(start, offset))

    def _role_of_another(self, start: int, end: int, persons: list[MentionAt], actor: str) -> bool:
        """Whether text[start:end], whose one person `actor` is not its plain subject (named after a preposition
        or the like: "In talks full of X's stories"), speaks of someone by a role X does not hold ("… the new
        premier's reply"): then a pronoun after it is not plainly X."""
        first = next(m for m in persons if m.actor == actor)
        if LEADING_CLAUSE.search(self.text[start:first.start]) \
                or (QUOTE_LEAD.fullmatch(self.text, start, first.start) and attribution_subject(self.text, first.end)):
            return False  # "X met the prime minister. He said …", "“…,” X said before the president …": X
        return any(not self._in_quote(role.start()) and not self.roles.holds(actor, role, self.titled)
                   for role in ANY_ROLE.finditer(self.text, start, end)) \
            or any(not self._in_quote(s) and holder != actor for s, _e, holder in self._national_roles(start, end))

    def _quoted_another(self, start: int, end: int, actor: str) -> bool:
        """Whether the sentence text[start:end] quotes someone other than its subject `actor` ("X made the claim
        after Y said the “…”"): a pronoun after it may be either of them."""
        previous = self.previous
        return previous is not None and start <= previous.start < end and previous.speaker is not None \
            and previous.speaker != actor

    def _role_subject(self, start: int, end: int) -> tuple[str | None] | None:
        """The holder of a role phrase opening text[start:end] as its subject (speaker_roles.opening_role)."""
        options = [o for o in self._national_roles(start, end) + role_options(self, start, end) if not self._in_quote(o[0])]
        return opening_role(self.text, start, options) if options else None

    def _national_roles(self, start: int, end: int) -> list[Option]:
        """The role phrases with a country of text[start:end] and their one holder here (RoleResolver.national)."""
        return self.roles.national(self.text, start, end, self.persons)

    def _stranger_speaks(self, start: int, end: int) -> bool:
        """Whether text[start:end] has someone we do not know, by name or unnamed ("the spokesperson explained"),
        as the subject of a speech verb, outside quotes."""
        for match in STRANGER_SPEAKS.finditer(self.text, start, end):
            # Not a surname `who` reads as the article's one person of that name ("Pope Leo … “…,” Leo said"), nor
            # a family name printed first that it reads so ("President Lee Jae-myung … “…,” Lee said").
            if not self._in_quote(match.start("name")) and not self.between(match.start("name"), match.end("name")) \
                    and match.group("name") not in self.surname_of \
                    and (match.group("name") not in self.names.family_of
                         or names_another(self.text, match.start("name"), match.end("name"))):
                return True
        return any(not self._in_quote(m.start()) for m in UNNAMED_SPEAKS.finditer(self.text, start, end))

    def _body_speaks(self, start: int, end: int) -> bool:
        """Whether the sentence text[start:end] opens with a country or a body that speaks ("Ukraine rejected …")."""
        first = self.between(start, end)[:1]
        return bool(first) and not first[0].person and LEADING_CLAUSE.search(self.text[start:first[0].start]) \
            is not None and BODY_SPEAKS.match(self.text, first[0].end) is not None

    def _same_pronoun_before(self, start: int, name_start: int, offset: int, chain: bool) -> str | None | bool:
        """False when text[start:name_start] holds no pronoun, outside quotes, the same as the one at `offset`;
        else that pronoun's person (None: no one, or a chain longer than one step)."""
        word = PRONOUN.match(self.text, offset)
        if word is None:
            return False
        opening = OPENING_CLAUSE.match(self.text, start)
        for earlier in PRONOUN.finditer(self.text, start, name_start):
            if opening is not None and earlier.start() < self.text.find(",", opening.end(), name_start):
                # "When he landed, Reker spoke": the clause's pronoun is the name after it (a pronoun after the
                # clause's comma is the main clause's subject: "While in office, she …, working beside X")
                continue
            if earlier.group(0).lower() == word.group(0).lower() and not self._in_quote(earlier.start()):
                return self.subject_before(earlier.start(), chain=False) if chain else None
        return False

    def _persons(self, start: int, end: int) -> list[MentionAt]:
        """The people text[start:end] names, outside quotes, that a pronoun may point to: not a name made a
        modifier ("Bolsonaro supporters", "X's envoy"; "anti-X" is no mention), nor a preposition's object."""
        text = self.text
        persons: list[MentionAt] = []
        object_end = -1  # where the last preposition's object ends: "alongside X and Ukrainian President Y"
        for m in self.between(start, end):
            if not m.person or NAME_AS_ADJUNCT.match(text, m.end) \
                    or TITLED_NAME_AFTER.match(text, m.end) or place_tail(text, start, m.start, m.end):
                continue  # (…, a qualifier of another's title: "Trump Secretary X", a place: ", from Y, X,")
            if (AFTER_PREPOSITION.search(text, max(start, m.start - PREPOSITION_REACH), m.start)
                    or (object_end >= 0 and AND_OBJECT.fullmatch(text, object_end, m.start))) \
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

    def speaker_of_sentence_before(self, offset: int) -> str | None:
        """The speaker of the last attributed quote, when its attribution names them (not by a role: "the Belgian
        prime minister said. / … said the prime minister" stays ambiguous) in the sentence right before
        `offset`'s, in the paragraph or the one before; else None."""
        previous, index = self.previous, sentence_index(self.sentences, offset)
        if previous is None or previous.speaker is None or previous.attr_start < 0 or index is None:
            return None
        verb = _VERB_FIRST.match(self.text, previous.attr_start)  # "…, said X as she hosted …": X named
        named_at = verb.end() if verb is not None else previous.attr_start
        if not self.text[named_at:named_at + 1].isupper() or self.text.startswith(("The ", "THE "), named_at):
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

    def who(self, start: int, end: int, prefer: str = "last") -> Who:
        """The speaker named in text[start:end]: a person, a role, a pronoun; else an institution."""
        text = self.text
        options = role_options(self, start, end)
        covered = [(s, e) for s, e, _a in options]
        for m in self.between(start, end):
            if m.person and not any(s <= m.start < e for s, e in covered):
                other = text[m.start:m.end] in self.namesakes or m.start in self.names.others  # "Kim Min Jun"
                options.append((m.start, m.end, None if other else m.actor))
        if self.surname_of or self.names.family_of:
            for word in CAPITALISED_WORD.finditer(text, start, end):
                owner = self.surname_of.get(word.group(0)) or self._family_owner(word)
                if owner is not None and not self._in_quote(word.start()) \
                        and not any(s <= word.start() < e for s, e, _a in options) and not self.between(*word.span()):
                    options.append((word.start(), word.end(), owner))  # "Waltz said": the article's one Waltz
        names = [(m.start, m.end) for m in self.between(start, end) if m.person]
        for pronoun in PRONOUN.finditer(text, start, end):  # (not one inside a quotation: "“He …,” she said")
            # (nor the first word of a name: "He Lifeng said" is he, not the pronoun's person)
            if not self._in_quote(pronoun.start()) and not any(s <= pronoun.start() < e for s, e in names):
                options.append((pronoun.start(), pronoun.end(), self.subject_before(pronoun.start())))
        for it in IT_SUBJECT.finditer(text, start, end):
            # Only right beside the verb ("it said", "said the statement"): the one institution just named.
            if not text[start:it.start()].strip() or not text[it.end():end].strip():
                options.append((it.start(), it.end(), self.institution_before(it.start())))
        if not options:
            tail = UNKNOWN_NAME_AT_END.search(text, start, end)
            if tail and not self.between(tail.start(), end):
                return None, -1, -1  # "…, spokeswoman Maria Zakharova said": someone the gazetteer lacks
            if UNNAMED.search(text, start, end):
                return None, -1, -1  # "a senior U.S. official said": a person unnamed, not the institution
            options = [(m.start, m.end, m.actor) for m in self.between(start, end)
                       if not any(s <= m.start < e for s, e in covered)]
        # Not the subject: a possessive, a name inside an inserted clause, a preposition's or a thing's (subject_filters)
        inserted = inserted_spans(text, start, end)
        options = [o for o in options if not not_a_subject(text, start, o, inserted, self.roles.silent)]
        if not options or self._lone_name_last(start, end, options):
            return None, -1, -1
        options.sort()
        s, e, actor = options[0] if prefer == "first" else options[-1]
        return actor, s, e
