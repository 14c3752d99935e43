"""How far back a pronoun ("he said") looks for its person (Speakers.subject_before's walk, speakers.py): the
sentence it is in; then the nearest earlier sentence of its paragraph or the one before that names a person, or
decides that no one can be meant; then the speaker of the quote just before. A mixin of speakers.Speakers: it
reads the Speakers' text, sentences, mentions and helpers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.antecedents import (
    LEADING_CLAUSE,
    PRONOUN,
    other_of_same_pronoun,
    sentence_index,
    surname_opening,
    the_one,
    title_cased,
    trailing_reporter,
    unknown_name_opens,
)
from briefing.load.extract.later_subjects import other_clause_subject
from briefing.load.extract.role_options import role_options
from briefing.load.extract.speaker_patterns import LEADING_PRONOUN, PRONOUN_CHAIN, PRONOUN_REACH, REPORTS
from briefing.load.extract.speaker_roles import opening_role
from briefing.load.extract.surnames import names_another
from briefing.load.extract.unnamed_subjects import unnamed_person_opens

if TYPE_CHECKING:
    from briefing.load.extract.speakers import Speakers


class PronounReach:
    """The pronoun walk of speakers.Speakers."""

    def _subject_before(self: Speakers, offset: int, chain: bool = True) -> str | None:
        """A pronoun's person: named earlier in the body, in its paragraph or the one before, unambiguously.
        When the sentence naming that person has the same pronoun before the name ("…,” she said, recalling an
        interview in which Trump … / She added …"), the name is not the pronoun's person: the earlier pronoun's
        is (one step back; `chain` False: no one)."""
        index = sentence_index(self.sentences, offset)
        if index is None:
            return None
        s, _e = self.sentences[index]
        here = self._persons(s, offset)
        if here and len({m.actor for m in here}) > 1 and REPORTS.search(self.text, here[0].end, here[-1].start):
            return None  # "X said Y had … and that he had said “…”": the report's pronoun may be either
        if here and next(m for m in self.between(s, offset) if m.person).actor != here[0].actor \
                and not LEADING_CLAUSE.search(self.text[s:here[0].start]):
            return None  # "… including X, who criticised Y when he posted": Y is an object; X is out of reach
        opening = surname_opening(self.text, s, offset, _pronoun(self.text, offset), self.surnames)
        if not here and (unknown_name_opens(self.text, s, offset) or opening in self.surnames):
            return self.surname_of.get(opening or "")  # "Roe, from Y, said she": Roe, or no one
        if not here and (family := self._family_opening(s, offset, offset)) is not None:
            return family[0]  # "Park told reporters he …": the article's one Park Chan-dae, or no one
        if here and other_of_same_pronoun(self.text, s, offset, offset):
            return None  # "X reminded her of a “…”, she said": she is the one X speaks to, not X
        if here and _joined_pair(self.text, here):
            return None  # "Hitler and Napoleon “said …,” he stressed": a pair is no "he"; the speaker is not named
        if here and (role := self._role_acting_on(s, here[0].start)) is not None:
            return role[0]  # "…, and the prime minister told X that “…” He added": its holder, never X
        if here:
            chained = self._same_pronoun_before(s, here[0].start, offset, chain)
            return the_one(self.text, here, s) if chained is False else chained
        if (role := self._role_subject(s, offset)) is not None:
            return role[0]  # "The German leader told reporters he … “…,” he said": its holder here, else no one
        para = self.paragraph_of(offset)
        if self._stranger_speaks(s, offset) or unnamed_person_opens(self.text, s, offset, _pronoun(self.text, offset)):
            return None  # "Y, a golfer, responded: … he said": someone we do not know is the nearer subject
        found, actor = self._earlier_subject(index, para, offset, chain)
        return actor if found else self._previous_speaker(offset, para)

    def _earlier_subject(self: Speakers, index: int, para: int, offset: int, chain: bool) -> tuple[bool, str | None]:
        """The person of the nearest earlier sentence, in this paragraph or the one before, that names one (or
        decides there is none: (True, None)); (False, None) when no sentence in reach decides."""
        counted = 0  # body sentences looked at (one wholly inside a quotation is quoted words: it counts for nothing)
        # Paragraphs back, counting only those that hold a sentence (a caption or a credit between is no body);
        # one in reach, one more past each paragraph that opens with the pronoun itself.
        steps, reach, last = 0, 1, para
        word = _pronoun(self.text, offset)
        for back in range(index - 1, max(-1, index - 1 - PRONOUN_REACH - _QUOTED_SKIP), -1):
            b_s, b_e = self.sentences[back]
            if (here_para := self.paragraph_of(b_s)) != last:
                steps, last = steps + 1, here_para
            if steps > reach or counted >= PRONOUN_REACH:
                break
            if self.quoted_whole(b_s, b_e):
                continue  # ("“… Weapons. Training. Sanctions. And unity,” he said": not six sentences of the body)
            counted += 1
            persons = self._persons(b_s, b_e)
            if persons and title_cased(self.text, b_s, b_e):
                return True, None  # a page in title case ("… Minister Calls It …"): a capitalised verb may be a "name"
            if persons and steps > 1 and any(self.pronoun_of.get(m.actor) != word for m in persons):
                # past the one paragraph in reach (carried by "She then …"), only someone the article shows
                # taking this pronoun: "Y also spoke. / She then turned to … / “…,” she said" is not Y's
                return True, None
            if len(persons) > 1 and (reporter := trailing_reporter(self.text, persons)) is not None:
                word = PRONOUN.match(self.text, offset)
                if word is None or self.pronoun_of.get(reporter, word.group(0).lower()) == word.group(0).lower():
                    return True, reporter  # "President X met Y, Z said. / “…,” he said": Z reports it (not X)
                # "X will meet Y, spokeswoman Z said. / “…,” he said": not Z, by her title; read the sentence
                # as if it had no report (its subject, X, as in "X will meet Y. / “…,” he said")
                persons = [m for m in persons if m.actor != reporter]
            opening = surname_opening(self.text, b_s, persons[0].start if persons else b_e, _pronoun(self.text, offset),
                                      self.surnames)
            if opening in self.surnames:
                # "Comey urged voters to resist Trump. “…,” he said": the surname's one holder here, never Trump
                # ("Ms Roe said …": Roe, a surname too short to be a mention alone; "Like most of his party, Mr.
                # Johnson said …": the main clause's)
                return True, self.surname_of.get(opening or "")
            if (family := self._family_opening(b_s, persons[0].start if persons else b_e, offset)) is not None:
                return True, family[0]  # "Park said X could not … “…,” he said": the one Park Chan-dae here
            if (role := self._role_subject(b_s, persons[0].start if persons else b_e)) is not None:
                return True, role[0]  # "The German leader thanked X. “…,” he said": the leader's holder, never X
            if not persons and (self._stranger_speaks(b_s, b_e) or self._body_speaks(b_s, b_e)
                                or unknown_name_opens(self.text, b_s, b_e)
                                or unnamed_person_opens(self.text, b_s, b_e, word)):
                # "“…,” Bel said. / “…” He went on …": Bel, whom the gazetteer lacks, not someone named before;
                # "At one point, Juror No. 7 raised concerns … / He stated, “…”": the juror, whom no one names
                return True, None
            if persons and self._stranger_speaks(b_s, persons[0].start):
                return True, None  # "Merz told Trump he …": someone we do not know speaks first, the known after
            if persons:
                return True, self._named_subject((b_s, b_e), persons, offset, para,
                                                 chain=chain, adjacent=back == index - 1)
            if word is not None and _SAME_PRONOUN_OPENS.match(self.text, b_s) \
                    and _SAME_PRONOUN_OPENS.match(self.text, b_s).group(1).lower() == word:
                # a live page's one-sentence paragraphs: "X is asked … / He responds by saying … / “…,” he
                # says": the sentence opening with the same pronoun and naming no one carries it one paragraph on
                reach = steps + 1
        return False, None

    def _named_subject(self: Speakers, sentence: tuple[int, int], persons: list, offset: int, para: int, *,
                       chain: bool, adjacent: bool) -> str | None:
        """The person an earlier sentence that names `persons` gives the pronoun at `offset`, or None when that
        sentence decides it is no one of them (another of the same pronoun, a pair, someone else's role)."""
        b_s, b_e = sentence
        if other_of_same_pronoun(self.text, b_s, b_e, offset):
            return None  # "Trump asked how long she wanted … / “…,” she said": not Trump
        chained = self._same_pronoun_before(b_s, persons[0].start, offset, chain)
        if chained is not False:
            return chained
        if _joined_pair(self.text, persons):
            return None  # "Hitler and Napoleon “said …” … ,” he stressed": a pair is no "he"
        if (role := self._role_acting_on(b_s, persons[0].start)) is not None:
            return role[0]  # "…, and the premier thanked X. / “…,” he said": the premier's holder
        if adjacent and (tagged := self._tagged_after(b_s, b_e, persons, offset)) is not None:
            return tagged  # "The release of Y “…,” X told the paper. “…,” she said": X
        actor = the_one(self.text, persons, b_s)
        word = _pronoun(self.text, offset)
        if actor is not None and (self._role_of_another(b_s, b_e, persons, actor)
                                  or self._quoted_another(b_s, b_e, actor)
                                  or self._quoted_before(b_s, offset, para, actor)
                                  or other_clause_subject(self.text, persons, actor,
                                                          lambda other: self.pronoun_of.get(other, word) == word)):
            return None  # (… X noted how …, to which an emotional Y agreed. / “…,” he added: X or Y)
        return actor

    def _family_opening(self: Speakers, start: int, end: int, offset: int) -> tuple[str | None] | None:
        """(its person,) when text[start:end] opens with a family name alone as its subject that a name printed
        family name first gives one person here ("Park" of "Park Chan-dae"; (None,) when printed as someone
        else's: "Park, a student,"); None when it does not open so."""
        word = surname_opening(self.text, start, end, _pronoun(self.text, offset))
        if word is None or word not in self.names.family_of:
            return None
        at = self.text.find(word, start, end)
        return (None,) if names_another(self.text, at, at + len(word)) else (self.names.family_of[word],)

    def _role_acting_on(self: Speakers, start: int, name_start: int) -> tuple[str | None] | None:
        """The role phrase that is the subject of the clause whose object is the first person a sentence names
        (at `name_start`): "The call ran long, and the prime minister told X that …" → (the prime minister's one
        holder here,), or (None,) when no one holds it plainly; None when the name is the subject, or no role
        phrase right before it acts on that person (then the pronoun walk goes on as before)."""
        text = self.text
        if LEADING_CLAUSE.search(text[start:name_start]):
            return None  # "On Monday, X told the prime minister …": X is the subject
        opens = [m.end() for m in _CLAUSE_OPENS.finditer(text, start, name_start)]
        clause = opens[-1] if opens else start
        if _SUBORDINATE.match(text, clause):
            return None  # "When the prime minister met X, he …": the main clause's subject may be either
        options = [o for o in self._national_roles(clause, name_start) + role_options(self, clause, name_start)
                   if not self._in_quote(o[0])]
        if not options or not _VERB_TO_OBJECT.fullmatch(text, min(options)[1], name_start):
            return None
        return opening_role(text, clause, options)

    def _quoted_before(self: Speakers, sentence_start: int, offset: int, para: int, actor: str) -> bool:
        """Whether the paragraph quoted someone else, who may take the same pronoun, before the sentence naming
        `actor` ("“…,” said X. … Y takes part. “…,” he argued"): the pronoun may be either's, so no one's."""
        previous, word = self.previous, _pronoun(self.text, offset)
        return previous is not None and previous.speaker is not None and previous.speaker != actor \
            and self.previous_para == para and previous.end <= sentence_start \
            and (word is None or self.pronoun_of.get(previous.speaker, word) == word)

    def _tagged_after(self: Speakers, start: int, end: int, persons: list, offset: int) -> str | None:
        """The speaker of the quote the sentence text[start:end] tags after it by name ("The release of Y “…,” X
        told the paper."), when everyone else it names stands before that quote and the pronoun at `offset` may be
        the speaker's, and theirs rather than another's named there; else None (a listener after the tag, "X told
        Y", may be the one who answers)."""
        previous, word = self.previous, _pronoun(self.text, offset)
        if previous is None or previous.speaker not in self.roles.persons or not start <= previous.start \
                or not previous.end <= previous.attr_start < end \
                or (word is not None and self.pronoun_of.get(previous.speaker, word) != word):
            return None
        after = [m for m in persons if m.start >= previous.end]
        if [m.actor for m in after] != [previous.speaker] or any(m.start > previous.start for m in persons
                                                                   if m.start < previous.end):
            return None
        if word is not None and self.pronoun_of.get(previous.speaker) != word \
                and any(self.pronoun_of.get(m.actor, word) == word for m in persons if m.actor != previous.speaker):
            return None  # another named there may take the pronoun as well as the speaker: no one plainly
        return previous.speaker

    def _previous_speaker(self: Speakers, offset: int, para: int) -> str | None:
        """No one named since: the speaker of the quote just before ("“…,” he said. / “…,” he added."), in this
        paragraph or the one before, or further back when a sentence between opens with the pronoun ("“…,” he
        said. / He then turned to … / “…,” he said."; furniture between is not the body)."""
        previous = self.previous
        if previous is not None and self._stranger_speaks(previous.end, offset):
            return None
        if previous is not None and previous.speaker in self.roles.persons and self.previous_para >= para - PRONOUN_CHAIN \
                and not any(m.person for m in self.between(previous.end, offset)) \
                and (self.previous_para >= para - 1
                     or LEADING_PRONOUN.search(self.text, previous.end, self.para_starts[para])):
            return previous.speaker
        return None


#: How many sentences wholly inside quotations the walk may pass over besides its reach (a bound: linear).
_QUOTED_SKIP = 40


def _joined_pair(text: str, persons: list) -> bool:
    """Whether the first person a sentence names is joined by "and" to another name ("Hitler and Napoleon", known
    or not): a plural subject, which no "he" or "she" stands for (a pair after the verb is its object: "X met Y
    and Z" keeps X)."""
    first = persons[0]
    return bool(_AND_NAME.match(text, first.end) or _NAME_AND.search(text, max(0, first.start - 40), first.start))


#: Where a clause opens inside a sentence: after ", and", ", but", ", while" or a semicolon ("The call lasted 25
#: minutes, and the prime minister told X …").
_CLAUSE_OPENS = re.compile(r"(?:,[ \t]+(?:and|but|while|whereas)|;)[ \t]+")
#: A clause's opening word that makes it subordinate: its subject is not the main clause's.
_SUBORDINATE = re.compile(r"[ \t]*(?:When|While|After|Before|As|If|Although|Though|Because|Since|Once|Until|"
                          r"Unless)\b")
#: From a role phrase to the person it acts on: a verb, at most two more lower-case words, and titles ("told",
#: "spoke with", "thanked U.S. President"); bounded, so linear.
_VERB_TO_OBJECT = re.compile(r"[ \t]+[a-z]+(?:[ \t]+[a-z]+){0,2}(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]+")
#: A sentence opening with "He" or "She" as its subject, before a lower-case verb ("She responds by saying …").
_SAME_PRONOUN_OPENS = re.compile(r"[ \t]*(He|She)[ \t]+[a-z]")
_AND_NAME = re.compile(r"\s+(?:and|&)\s+[A-Z][\w’'-]+")
_NAME_AND = re.compile(r"\b[A-Z][\w’'-]+\s+(?:and|&)\s+$")


def _pronoun(text: str, offset: int) -> str | None:
    """The pronoun at `offset`, in lower case ("he", "she"); None when there is none."""
    word = PRONOUN.match(text, offset)
    return word.group(0).lower() if word is not None else None
