"""Who a role or a transcript label names, for quote attribution (quotes.py): "the US president", "the UK
prime minister", "Russia's foreign minister", "the Iranian minister", "the prime minister", "MARCO RUBIO:"; and the
pronoun an article's honorifics give a person ("Mr. X": not "she").

Each resolves to the one person of the article holding that role, else to no one: a guess is never made between
two holders, and never from the gazetteer alone (who holds a role depends on the date of the article).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefing.load.extract.actors import short_form
from briefing.load.extract.antecedents import LEADING_CLAUSE
from briefing.load.extract.cue_scan import guarded
from briefing.load.extract.name_words import TITLES
from briefing.model import Actor

if TYPE_CHECKING:
    from briefing.load.extract.speakers import MentionAt

__all__ = ["BARE_ROLE", "LOCAL_ROLE", "ORG_ROLE", "PLACE_ROLE", "ROLE", "SPEAKING_KINDS", "TRANSCRIPT_LABEL",
           "RoleResolver", "honorific_pronouns", "leads", "opening_role", "titles_before"]

ROLE = re.compile(
    r"\b(?:the|his|her)\s+(?P<side>Russian|US|U\.S\.|American|Ukrainian|British|French|German|Kremlin)\s+"
    r"(?P<role>president|leader|foreign minister|defen[cs]e secretary|secretary of state|prime minister|"
    # a bare "secretary" last ("the U.S. secretary"): the one person of that side the article names whose title
    # has the word (resolve), not a "secretary-general"
    r"chancellor|spokesman|spokesperson|secretary(?!-))\b",
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
PLACE_ROLE = guarded(rf"\b(?:(?:the|his|her)\s+(?P<adj>{_PLACE_WORDS})|(?P<own>{_PLACE_WORDS})[’']s)\s+"
                      rf"(?:top\s+|chief\s+)?(?P<role>{_ROLE_TITLES})\b", re.IGNORECASE)
#: The kinds of actor that speak: people and institutions ("the Kremlin said"). A country or place never does.
SPEAKING_KINDS = frozenset({"person", "institution"})
#: "the Iranian minister", "the top Omani diplomat" (resolved within the article: see RoleResolver.local).
#: Also with the qualifier after the nationality ("the Varnian chief negotiator") and as a possessive of a
#: folder's own country ("Keldor's foreign minister"): the words of any sides.toml, matched to the titles the
#: article gives its people ("Keldorian Foreign Minister Anya Brecht").
LOCAL_ROLE = re.compile(r"\b(?:[Tt]he\s+(?:top\s+|senior\s+|chief\s+)?(?P<dem>(?:(?:South|North|East|West|New|Sri|Saudi)\s+)?[A-Z][a-z]+)|"
                         r"(?P<own>[A-Z][a-z]+)[’']s)\s+"
                         r"(?:chief\s+|top\s+|senior\s+|deputy\s+)?"
                         r"(?P<noun>minister|diplomat|president|envoy|spokes(?:man|woman|person)|leader|negotiator|"
                         r"chancellor|premier|prime minister|foreign minister)\b")
#: A bare role as the subject, "the prime minister said": the one person of this article holding it.
#: Also capitalised, as some outlets print it ("The President added", "the Foreign Minister said").
#: Also an office many hold at once ("the spokeswoman", "the mayor", "the envoy", "the prosecutor", "the
#: lawyer"): role_offices.py reads those.
#: Never a role followed by "of" or "for" ("the envoy for Syria": a holder the phrase itself narrows).
#: "The Pentagon chief" is the defense secretary's journalese: the one person holding that title here (_norm).
BARE_ROLE = re.compile(r"\b[Tt]he\s+(?P<noun>(?i:prime minister|president-elect|president|vice president|"
                        r"foreign minister|chancellor|secretary of state|defen[cs]e (?:minister|secretary)|premier|"
                        r"minister|judge|spokes(?:man|woman|person)|mayor|governor|envoy|ambassador|diplomat|"
                        r"prosecutor|(?:defen[cs]e )?(?:lawyer|attorney)|"
                        r"pentagon (?:chief|head|boss)))(?![-\w])"
                        r"(?!\s+(?:of|for)\b)")

#: An organisation's head by its initials: "the UN chief", "The SDF commander-in-chief", "the IAEA head" (resolved
#: within the article: see RoleResolver.org). A country's initials ("the US president") are ROLE's.
ORG_ROLE = re.compile(r"\b[Tt]he\s+(?P<org>[A-Z]{2,6}|Fed)\s+(?P<noun>chief|head|leader|commander(?:-in-chief)?|"
                      r"secretary[- ]general|director(?:[- ]general)?|chair(?:man|woman)?)(?![-\w])")
#: The words of a title that make its holder the head of what it names.
_HEAD = re.compile(r"(?i:\b(?:chief|head|leader|commander|secretary[- ]general|director|chair(?:man|woman)?|"
                   r"president)\b)")

#: A transcript's speaker label at the start of a line: "MARCO RUBIO:", "SECRETARY RUBIO:", "Q:".
TRANSCRIPT_LABEL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,4})(?:, [A-Z][A-Z ]{1,40})?:[ \t]+")
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
        #: The titles as printed (automatic actors' come from the articles; curated ones' from the gazetteer).
        self.printed = {a.id: tuple(r.title for r in a.roles) for a in actors if a.kind == "person"}
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
                if (short := short_form(text)) is not None:  # "FAISAL BIN FARHAN:"
                    self.upper.setdefault(short.upper(), set()).add(actor.id)

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
        demonym, noun = (phrase.group("dem") or phrase.group("own")).lower(), phrase.group("noun").lower()
        nouns = {"diplomat": ("diplomat", "foreign minister", "ambassador"), "leader": _LEADERS}.get(noun, (noun,))
        holders = [actor_id for actor_id in present if any(
            demonym in title and any(n in title for n in nouns) for title in self.titles.get(actor_id, ()))]
        return holders[0] if len(holders) == 1 else None

    def org(self, phrase: re.Match[str], present: frozenset[str], leads: dict[str, tuple[str, ...]]) -> str | None:
        """"the UN chief" → the one person named in this article whose title (as the articles print it, or the
        words right before their name here: `leads`) names that organisation, by its initials or in full ("UN
        Secretary General", "United Nations Secretary-General"; "SDF Commander"), and makes them its head;
        None for none or two ("UN human rights chief X" beside the Secretary-General)."""
        org = phrase.group("org")
        if org.lower() in _NATION_OF:
            return None
        holders = [actor_id for actor_id in present
                   if any(_HEAD.search(t) and _names_org(t, org)
                          for t in (*self.printed.get(actor_id, ()), *leads.get(actor_id, ())))]
        return holders[0] if len(holders) == 1 else None

    def bare(self, phrase: re.Match[str], present: frozenset[str],
             titled: dict[str, frozenset[str]] | None = None) -> str | None:
        """"the prime minister" → the one person named in this article whose current role has that title;
        when the gazetteer gives no one, the one person the article itself gave that title ("President-elect
        Donald Trump … the president-elect said": `titled`, actor → the titles printed before their name)."""
        noun = _norm(phrase.group("noun"))
        holders = [actor_id for actor_id in present
                   if any(_bare_title(noun, t) for t in self.current.get(actor_id, ()))]
        if not holders and titled:
            holders = [actor_id for actor_id in present if noun in titled.get(actor_id, ())]
        if not holders and titled and noun == "premier":
            # "the premier" with no one titled Premier here: the one person the article titles prime minister
            holders = [actor_id for actor_id in present if "prime minister" in titled.get(actor_id, ())]
        return holders[0] if len(holders) == 1 else None

    def holds(self, actor_id: str, phrase: re.Match[str], titled: dict[str, frozenset[str]]) -> bool:
        """Whether the person holds the bare role's title: a current role in the gazetteer, or a title the
        article printed before their name."""
        noun = _norm(phrase.group("noun"))
        return any(_bare_title(noun, t) for t in self.current.get(actor_id, ())) \
            or any(noun in t and (noun == t or not _UNDER_BEFORE.search(t, 0, t.index(noun)))
                   for t in titled.get(actor_id, ()))

    def stranger_holds(self, phrase: re.Match[str], strangers: frozenset[str]) -> bool:
        """Whether one of the titles printed before someone we do not know (stranger_titles.py) is the bare
        role's."""
        noun = _norm(phrase.group("noun"))
        return any(_bare_title(noun, title) for title in strangers)

    def place_role(self, phrase: re.Match[str], present: frozenset[str]) -> str | None:
        """"the UK prime minister" → the one person named in this article whose current role is that title for
        that country; None when there is no such one person. Never a holder from the gazetteer alone: who holds
        a role depends on the date, and an article that does not name them may be from another year."""
        group = _NATION_OF[(phrase.group("adj") or phrase.group("own")).lower()]
        role = _norm(phrase.group("role"))
        pattern = _NATION_IN_TITLE[group]
        wanted = _LEADERS if role == "leader" else (role,)  # "the Ukrainian leader": its head of state or government
        here = [actor_id for actor_id in present
                if any(any(w in _norm(t) for w in wanted) and pattern.search(t) and ("vice" in role or "vice" not in t)
                       for t in self.current.get(actor_id, ()))]
        return here[0] if len(here) == 1 else None

    def national(self, text: str, start: int, end: int, present: frozenset[str]) -> list[tuple[int, int, str | None]]:
        """The role phrases with a country of text[start:end] ("The German leader", "the UK prime minister",
        "the Iranian minister") and their one holder among `present`, or None (no one, or two)."""
        found = [(r.start(), r.end(), self.place_role(r, present)) for r in PLACE_ROLE.finditer(text, start, end)]
        for pattern, resolve in ((ROLE, self.resolve), (LOCAL_ROLE, self.local)):
            found += [(r.start(), r.end(), resolve(r, present)) for r in pattern.finditer(text, start, end)
                      if not any(s <= r.start() < e for s, e, _h in found)]
        return found

    def resolve(self, phrase: re.Match[str], present: frozenset[str]) -> str | None:
        """"the US president" → the one person named in this article of that side whose current role has that
        title; never one from the gazetteer alone (see place_role)."""
        side = _SIDE_WORDS.get(phrase.group("side").lower())
        role = _norm(phrase.group("role"))
        # "the Ukrainian leader": the one head of state or government of that side the article names
        wanted = _LEADERS if role == "leader" else (role,)
        holders = [a.id for a in self.actors if a.kind == "person" and a.side == side and a.id in present
                   and any(any(w in _norm(r.title) for w in wanted) and "vice" not in r.title.lower()
                           and r.until is None and not r.title.lower().startswith("former") for r in a.roles)]
        return holders[0] if len(holders) == 1 else None


#: A lower-case word other than an article: before a role phrase, it is not the phrase that opens the sentence.
_LOWER_WORD = re.compile(r"\b(?!(?:the|a|an)\b)[a-z]+\b")
#: Right after a role phrase that opens a sentence: a possessive or a second subject (it is not the subject alone).
_NOT_ALONE = re.compile(r"[’']s\b|\s*,?\s+(?:and|&)\s")


#: A phrase of circumstance opening a sentence before its subject, with or without its comma: "In an interview
#: with a weekly paper the prime minister …", "Later, during a visit to Leeds, the prime minister …" (bounded).
_OPENING_PHRASE = re.compile(r"(?:(?:But|And|Yet|Then|Later|Earlier|Now)\b,?[ \t]+)?(?i:in|during|at|on|after|"
                             r"speaking[ \t]+(?:to|at|on|in|with)|writing[ \t]+in)[ \t]+(?:an?|the|his|her|their)\b"
                             r"[^,.;:!?“”\"\n]{1,100}?(?<=[\w’'])[ \t]*,?[ \t]*")
#: A lead ending on a word that takes an object: the role after it is that object ("In an interview with the
#: prime minister", "At a meeting of the …"), not the sentence's subject.
_OBJECT_BEFORE = re.compile(r"\b(?i:with|to|for|of|by|the|a|an|and|from|about|on|in|at|his|her|their|its|into|"
                            r"against|over|than|as|between|among|under|before|after|toward|towards|without)"
                            r"[ \t]*,?[ \t]*$")


def _opening_phrase(lead: str) -> bool:
    """Whether `lead` is a phrase of circumstance that a subject may follow ("Yet in a long talk with a weekly
    paper "), not one whose last word takes the role as its object ("In a call with ")."""
    return _OPENING_PHRASE.fullmatch(lead) is not None and _OBJECT_BEFORE.search(lead) is None


def opening_role(text: str, start: int, options: list[tuple[int, int, str | None]]) -> tuple[str | None] | None:
    """Of the role phrases of a sentence from `start` (`options`: start, end, holder), the one that opens it as its
    subject ("The German leader said", "On Friday, the US president …"): (its holder,), (None,) when it has no
    one holder or is not the subject alone ("The US president's envoy said", "The German leader and X met");
    None when no role phrase opens the sentence."""
    first = min(options)
    lead = text[start:first[0]]
    if (not LEADING_CLAUSE.search(lead) or _LOWER_WORD.search(lead)) and not _opening_phrase(lead):
        return None
    return (None,) if _NOT_ALONE.match(text, first[1]) else (first[2],)


#: What "leader" stands for in "the Ukrainian leader": a head of state or government.
_LEADERS = ("president", "prime minister", "chancellor", "leader")


def _names_org(title: str, org: str) -> bool:
    """Whether a title names the organisation of these initials: "SDF" in "SDF Commander", "UN" in "United
    Nations Secretary-General" (capitalised words whose initials they are)."""
    if re.search(rf"\b{org}\b", title):
        return True
    if org == "Fed":  # "the Fed chair": the one titled "Federal Reserve Chair"
        return re.search(r"\bFederal Reserve\b", title) is not None
    words = re.findall(r"[A-Z][a-z]+|\b(?:of|for|the|and)\b", title)
    initials = [w[0] for w in words if w[0].isupper()]
    return org in "".join(initials) and len(org) >= 2 and any(
        "".join(w[0] for w in words[i:i + len(org)]) == org for i in range(len(words)))


def _bare_title(noun: str, title: str) -> bool:
    """Whether a bare role's noun names a current title: "the president" not a vice president, "the minister"
    not a prime minister (journalists call a prime minister "the prime minister"), no one-elect."""
    title = _norm(title)
    if noun not in title or not ("vice" in noun or "vice" not in title) or "-elect" in title \
            or (noun == "minister" and "prime minister" in title):
        return False
    # the noun as the title's own office: a whole word, not a possessor ("the prime minister's wife"), not under a
    # deputy's title ("Deputy Prime Minister"), not an office it is attached to ("adviser to the president")
    return any(not _NOT_HEAD_AFTER.match(title, hit.end()) and not _NOT_HEAD_BEFORE.search(title, 0, hit.start())
               and ("deputy" in noun or "assistant" in noun or not _DEPUTY.search(title, 0, hit.start()))
               for hit in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", title))


#: After a title's noun, before a bare role's (`_bare_title`): a possessive; before it: an office it serves.
_NOT_HEAD_AFTER = re.compile(r"[’']s\b")
_NOT_HEAD_BEFORE = re.compile(r"\b(?:to|of|for)[ \u00a0]+(?:the[ \u00a0]+)?$")
_DEPUTY = re.compile(r"\b(?:deputy|assistant)\b")


def _norm(title: str) -> str:
    """A title as roles compare it: lower case, one spelling of "defence", and "secretary of defence" in the order
    news copy puts it ("the defense secretary" is the gazetteer's "US Secretary of Defense"; so is "the Pentagon
    chief")."""
    title = title.lower().replace("defense", "defen").replace("defence", "defen") \
        .replace("secretary of defen", "defen secretary")
    return _PENTAGON.sub("defen secretary", title)


#: The defense secretary by the building ("the Pentagon chief"): _norm's one title for both.
_PENTAGON = re.compile(r"pentagon (?:chief|head|boss)")


#: A title printed right before a person's name: "President-elect Donald Trump", "Foreign Minister X".
_TITLE_AT_NAME = guarded(rf"(?i:\b(?P<title>{TITLES}))[ \u00a0]+$")
#: A title set off from the name after it by a comma, the name closed as an apposition: "UK prime minister, Keir
#: Starmer and …", "the Spanish prime minister, Pedro Sánchez," (not "X met the prime minister, Y said": Y's
#: verb follows the name, so Y is a reporter, not the title's holder).
_TITLE_COMMA_AT_NAME = guarded(rf"(?i:\b(?P<title>{TITLES})),[ \u00a0]+$")
_APPOSED = re.compile(r"[ \t]*(?:[,;:)]|and\b|who\b)")
#: A deputy's word right before a title: "Deputy", "Vice", "Assistant".
_UNDER_BEFORE = re.compile(r"(?i:\b(?:deputy|vice|assistant)[ \u00a0-]+)$")


def titles_before(text: str, mentions: list["MentionAt"]) -> dict[str, frozenset[str]]:
    """actor → the titles the article prints right before their name (outside quotes), or before it and a comma
    when the name is an apposition: who "the president-elect" is in this article. At most two bounded looks (40
    characters) per mention."""
    titled: dict[str, set[str]] = {}
    for m in mentions:
        if m.person and not m.quoted:
            hit = _TITLE_AT_NAME.search(text, max(0, m.start - 40), m.start)
            if hit is None and _APPOSED.match(text, m.end):
                hit = _TITLE_COMMA_AT_NAME.search(text, max(0, m.start - 40), m.start)
            if hit is not None:  # (with the deputy's word before it: "Deputy Prime Minister X" is no prime minister)
                under = _UNDER_BEFORE.search(text, max(0, hit.start() - 12), hit.start())
                title = (under.group(0) if under else "") + hit.group("title")
                titled.setdefault(m.actor, set()).add(" ".join(title.lower().split()))
    return {actor: frozenset(titles) for actor, titles in titled.items()}


#: Where the words before a name stop being its title: a clause mark, a quotation mark or a line end.
_LEAD_STOP = re.compile(r"[.;:,“”\"\n(](?![A-Z]{2,}\))")


def leads(text: str, mentions: list["MentionAt"]) -> dict[str, tuple[str, ...]]:
    """actor → the words printed right before their name in this article (within 60 characters, from the last
    clause mark): "UN human rights chief", "Northern Defence Forces (NDF) commander". One bounded look a mention."""
    leads: dict[str, list[str]] = {}
    for m in mentions:
        if m.person and not m.quoted:
            lo = max(0, m.start - 60)
            window = text[lo:m.start]
            stops = list(_LEAD_STOP.finditer(window))
            lead = window[stops[-1].end():] if stops else window
            if lead.strip():
                leads.setdefault(m.actor, []).append(lead.strip())
    return {actor: tuple(found) for actor, found in leads.items()}


#: An honorific right before a person's name ("Mr. Rasmussen", "Mrs. Vance", "Ms Frederiksen"): its pronoun.
_HONORIFIC = re.compile(r"\b(?P<h>Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Madam|Mme|Monsieur|Queen|Princess|Duchess|Empress|"
                        r"King|Prince|Duke|Emperor|(?i:spokes|chair|congress|business)"
                        r"(?:wo)?man)\.?[ \t]+(?:[A-Z][\w’'-]*[ \t]+)?$")
_HONORIFIC_PRONOUN = {"mr": "he", "sir": "he", "monsieur": "he", "mrs": "she", "ms": "she", "miss": "she",
                      "lady": "she", "dame": "she", "madam": "she", "mme": "she", "queen": "she", "princess": "she",
                      "duchess": "she", "empress": "she", "king": "he", "prince": "he", "duke": "he", "emperor": "he"}
_HONORIFIC_PRONOUN.update({f"{noun}{wo}man": ("she" if wo else "he")
                           for noun in ("spokes", "chair", "congress", "business") for wo in ("", "wo")})


#: A gendered title the name itself opens with ("Queen Mathilde" as one name).
_TITLED_NAME = re.compile(r"(?P<h>Queen|Princess|Duchess|Empress|King|Prince|Duke|Emperor)[ \t]+[A-Z]")


def honorific_pronouns(text: str, mentions: list["MentionAt"]) -> dict[str, str]:
    """actor → "he" or "she", from the honorifics the article prints before their name (none when it prints both)."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.person:
            hit = _HONORIFIC.search(text, max(0, m.start - 30), m.start) or _TITLED_NAME.match(text, m.start)
            if hit is not None:
                found.setdefault(m.actor, set()).add(_HONORIFIC_PRONOUN[hit.group("h").lower()])
    return {actor: next(iter(words)) for actor, words in found.items() if len(words) == 1}
