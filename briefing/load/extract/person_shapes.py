"""What a run of capitalised words is, apart from its context: where a name starts and ends in it, whether a
title is inside it ("Italian Prime Minister Giorgia Meloni"), whether its words can be a person's name at all, and
whether the gazetteer already knows the person. people.py reads each run's shape once and looks at the context.
"""

from __future__ import annotations

import re

from briefing.load.extract.actors import STOP, Gazetteer, another_given_name
from briefing.load.extract.countries import PLACE_NAMES
from briefing.load.extract.place_words import is_place
from briefing.load.extract.name_words import (
    FAMILY_FIRST,
    ISM,
    NATIONAL_NOUNS,
    NOT_NAME,
    OPENERS,
    PLACE_SURNAMES,
    PORTFOLIO,
    TITLES,
    TOKEN,
    family_first,
    is_particle,
    a_people,
    is_title,
    leaning,
)
from briefing.load.extract.person_roles import SIDE_WORDS

#: What a run of capitalised words is apart from its context: (whether a title is inside it: 0, TITLED or
#: PORTFOLIO_ONLY; where the name starts and ends in it; the name's words), or None when it holds no name the
#: gazetteer lacks.
Shape = tuple[int, int, int, tuple[str, ...]] | None


def _particle_surname(run: str, name: list[tuple[int, int]], titled: bool) -> bool:
    """Whether a titled run's name is a family name with its particles alone: "General de Gaulle", "President
    de Klerk", "Minister van der Berg" (lower-case particles, then one capitalised word). Not after no title:
    "de Gaulle" alone is read from the particles before the run (person_intros)."""
    words = [run[s:e] for s, e in name]
    return titled and 2 <= len(words) <= 3 and all(w.islower() and is_particle(w) for w in words[:-1]) \
        and words[-1][:1].isupper()


def _title_cut(run: str, tokens: list[tuple[int, int]]) -> tuple[int, bool]:
    """Where the name starts after a title inside the run ("Italian Prime Minister Giorgia Meloni": after
    "Minister"), and whether a title (not only a portfolio) came before it."""
    cut = 0
    titled = False
    for index, (s, e) in enumerate(tokens):
        if is_title(run[s:e]) or (run[s:e] == "State" and index and run[tokens[index - 1][0]:s].endswith("of ")) \
                or (run[s:e] == "Lady" and index and run[tokens[index - 1][0]:s] == "First "):  # "First Lady X"
            cut, titled = index + 1, True
        elif not index and run[s:e] == "Justice" and len(tokens) > 2 \
                and not any(is_title(run[a:b]) for a, b in tokens[1:]):
            cut, titled = 1, True  # a judge ("Justice Md Golam …"), not a portfolio ("Justice Minister …")
        elif run[s:e] in PORTFOLIO:
            # "Deputy Legal Affairs Minister …"; "(Under Secretary for) Political Affairs Laura …" only with its
            # title before the run (_introductions looks): not the headline's "Trade Deal Delayed".
            cut = index + 1
    return cut, titled


def run_shape(run: str, gazetteer: Gazetteer, cues: dict[str, str]) -> Shape:
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(run)]
    while len(tokens) > 2 and run[tokens[-1][0]:tokens[-1][1]] in AFTER_NAME:
        tokens = tokens[:-1]  # "Benazir Bhutto Shaheed": an honorific after the name, no title of a next one
    cut, titled = _title_cut(run, tokens)
    name = tokens[cut:]
    if _honorific_family(run, tokens, cut):
        # "Mr He": a Chinese family name after an honorific, too short and too common a word to stand alone
        # anywhere else.
        words = (run[name[0][0]:name[0][1]],)
        return None if known(words, gazetteer) else (TITLED, name[0][0], name[0][1], words)
    place = False  # whether the last word cut off before the name is a place's ("(Envoy for) Ukraine Jo Smith")
    while name and (_qualifier_only(run[name[0][0]:name[0][1]], cues)
                    and not (len(name) > 1 and run[name[0][0]:name[0][1]] in GIVEN_MONTHS)
                    and not (len(name) == 2 and run[name[0][0]:name[0][1]] in _NUMBER_PARTICLES
                             and not run[name[1][0]:name[1][1]].endswith("s"))
                    or len(name) > 1 and leaning(run[name[0][0]:name[0][1]])) \
            and not family_first([run[s:e] for s, e in name]):  # "He Lifeng": a family name, not a pronoun
        if cut and run[name[0][0]:name[0][1]] in _BODIES:
            return None  # "Foreign Ministry Fault Trump's …": the title is the body's, no name follows one
        place = _place_word(run[name[0][0]:name[0][1]], cues) and not is_title(run[name[0][0]:name[0][1]])
        name = name[1:]
    while name and is_particle(run[name[-1][0]:name[-1][1]]):
        name = name[:-1]
    if not name or is_particle(run[name[0][0]:name[0][1]]) and not _particle_surname(run, name, titled):
        return None
    if len(name) >= 3 and _BARE_CAPITALS.fullmatch(run[name[0][0]:name[0][1]]) and name[1][1] - name[1][0] >= 3 \
            and not any(is_particle(run[a:b]) for a, b in name[1:-1]):
        name = name[1:]  # "the RN Jordan Bardella", "on X Jordan Bardella": a party or a platform, no initials
    glued = _GLUED_VERB.search(run, name[-1][0], name[-1][1])
    if glued is not None:
        name[-1] = (name[-1][0], glued.start("verb"))  # "Abbas Araqchitold reporters": the name, not the verb
    words = tuple(run[s:e] for s, e in name)
    if not can_be_name(words, cues):
        # "(Envoy for) Latin America Mauricio Claver-Carone": a place, then a name of two words or more; the
        # place is a portfolio (people.py keeps it as one only with a title and "for"/"of" before the run).
        place = max((k for k, (s, e) in enumerate(name) if _place_word(run[s:e], cues)), default=None)
        if place is None or len(name) - place - 1 < 2 or cut:
            return None
        name = name[place + 1:]
        words = tuple(run[s:e] for s, e in name)
        if not can_be_name(words, cues) or known(words, gazetteer):
            return None
        return PORTFOLIO_ONLY, name[0][0], name[-1][1], words
    if known(words, gazetteer):
        return None
    if cut and len(words) == 1 and _PLURAL_TITLE.fullmatch(run[tokens[cut - 1][0]:tokens[cut - 1][1]]):
        return None  # "… as Leaders Meet": a plural title introduces no one by a single word
    if not cut and place and len(words) >= 2:
        # "(Special Envoy for) Ukraine Jonas Pettersen": the place is a title's portfolio where "<title> for"
        # comes before the run (people.py looks), not the object of "for" speaking
        return PORTFOLIO_ONLY, name[0][0], name[-1][1], words
    return (TITLED if titled else PORTFOLIO_ONLY) if cut else 0, name[0][0], name[-1][1], words


#: One or two capitals without a dot: initials before a surname ("JD Vance"), but before a given name and a
#: surname an acronym or a platform ("RN Jordan Bardella", "X Jordan Bardella").
_BARE_CAPITALS = re.compile(r"[A-Z]{1,2}")
#: Dutch particles that are number words too: "Ten Brink said" is Mr ten Brink, not ten of a Brink.
_NUMBER_PARTICLES = frozenset({"Ten", "Ter"})
#: Bodies a title word may qualify ("Foreign Ministry", "Prime Minister's Office"): what follows is no name
#: the title introduces.
_BODIES = frozenset("""Ministry Office Department Presidency Commission Council Committee Agency Bureau Government
    Administration Embassy Cabinet Secretariat Directorate""".split())
#: A title in the plural ("Leaders", "Ministers").
_PLURAL_TITLE = re.compile(rf"(?i:(?:{TITLES})s)")
#: How a run's name was cut from a title inside it: after a title word; after a portfolio word alone.
TITLED, PORTFOLIO_ONLY = 1, 2

#: (and honorifics of faith, pilgrimage or party: "Hajji Karimi", "Comrade Orlov" describe no role either)
#: Honorifics written after the name ("Benazir Bhutto Shaheed", the martyred): no part of it.
AFTER_NAME = frozenset({"Shaheed"})
HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Hajji", "Haji", "Comrade",
                        "Shaheed", "Maulana", "Mufti", "Allama"})


def _honorific_family(run: str, tokens: list[tuple[int, int]], cut: int) -> bool:
    """The run ends with an honorific and a Chinese family name: "Mr He", "Ms Sun"."""
    return (cut == len(tokens) - 1 and cut > 0 and run[tokens[cut][0]:tokens[cut][1]] in FAMILY_FIRST
            and run[tokens[cut - 1][0]:tokens[cut - 1][1]] in HONORIFICS)



def _place_word(word: str, cues: dict[str, str]) -> bool:
    """A word of places, organisations or sides (no title: a title cuts the run already)."""
    bare = re.sub(r"[’']s$", "", word).rstrip(".")
    return bare in NOT_NAME or bare in SIDE_WORDS or bare in cues


def _qualifier_only(word: str, cues: dict[str, str]) -> bool:
    bare = re.sub(r"[’']s$", "", word)
    return word in STOP or bare in SIDE_WORDS or bare in cues or is_title(word) or word in NOT_NAME \
        or word in NATIONAL_NOUNS


_ARABIC_PREFIX = re.compile(r"^[a-z]+-")
#: A hyphen and a lower-case word after a capitalised one: no part of a name ("al-Sisi" starts small).
_LOWER_TAIL = re.compile(r"(?<=[a-z])-[a-z]{3,}")
_CAPITAL_PARTICLES = frozenset({"Al", "El", "Bin", "Ibn", "Abu", "Abd"})


#: A month's abbreviation that is a common given name ("Jan Lipavský"): a name's word before a surname (a month
#: is followed by its day, not by a capitalised word); so are the countries that are given names too ("Israel
#: Katz", "Jordan Bardella", "Chad Wolf"): before a word that can be a surname, no country.
GIVEN_MONTHS = frozenset({"Jan", "Israel", "Jordan", "Chad"})
#: A capitalised gerund of seven letters or more leads a sentence ("Announcing", "Welcoming"), it names no one;
#: the given names of that shape news text meets are listed.
_GERUND = re.compile(r"[A-Z][a-z]{3,}ing")
_GIVEN_IN_ING = frozenset({"Sterling", "Channing", "Manning", "Fleming", "Golding", "Harding"})
#: So does a capitalised participle or adverb ("Embattled", "Ousted", "Separately"); the given names of that
#: shape are listed.
_PARTICIPLE = re.compile(r"[A-Z][a-z]{3,}(?:ed|ly)")
_GIVEN_IN_ED_LY = frozenset({"Mohammed", "Muhammed", "Mohamed", "Muhamed", "Mehmed", "Alfred", "Manfred", "Wilfred",
                             "Winifred", "Mildred", "Siegfried", "Kimberly", "Beverly", "Shelly"})


def opener_word(word: str) -> bool:
    """Whether a capitalised word is a sentence's opening gerund, participle or adverb ("Speaking", "Embattled",
    "Separately"), not a given name."""
    return (_GERUND.fullmatch(word) is not None and word not in _GIVEN_IN_ING) \
        or (_PARTICIPLE.fullmatch(word) is not None and word not in _GIVEN_IN_ED_LY)
#: A military rank's abbreviation, its full stop cut off by the run ("Lt. Gen. Jo Roe"): no word of a name.
_RANKS = frozenset({"Gen", "Maj", "Lt", "Sgt", "Col", "Capt", "Brig", "Adm", "Cmdr", "Cpl", "Pvt",
                    # and an office's ("Lt. Gov. Jo Roe", "Atty. Gen.", "Supt.", "Det.", "Insp."; not "Sen": Amartya Sen)
                    "Gov", "Atty", "Supt", "Det", "Insp", "Lieut", "Comm", "Commr", "Asst", "Amb", "Cllr"})
#: Words that make a run a school, a hospital or another institution, never a person's name ("Example Catholic
#: School says", "Example Healthcare says"), in English or in its own language ("the Example Stiftung said").
_INSTITUTIONS = frozenset("""School Schools Academy College Hospital Hospitals Healthcare Clinic Medical Parish
    Diocese Archdiocese Library Museum Prison Jail Zoo Stadium Arena Hotel Airlines Brewery Nursing
    Stiftung Fundacja Fondation Fundación Fundacion Fondazione Fundação Fundacao Stichting Nadace Alapítvány
    Institut Instytut Instituto Istituto Universität Universitat Universidad Université Universite Università
    Uniwersytet Univerzita Akademie Akademia Gesellschaft Verein Verband Zentrum Centrum Muzeum Musée""".split())
#: A headline's verb in the present tense, capitalised as every word of a headline is ("US Army Secretary Sees
#: Hope in …", "Envoy Meets Leaders"): no word of a name.
HEADLINE_VERBS = frozenset("""Sees Says Urges Warns Calls Meets Visits Vows Seeks Faces Plans Backs Slams Hails
    Rejects Signs Wins Eyes Pushes Arrives Heads Lands Tells Asks Offers Wants Gets Makes Takes Hits Announces
    Confirms Denies Admits Agrees Threatens Pledges Defends Demands Joins Leaves Returns Blames Praises Touts Floats
    Weighs Drops Unveils Reveals Expects Predicts Insists Resigns Quits Accuses Appoints Names Taps Picks Fires
    Sends Delivers Brings Presses Downplays Dismisses Welcomes Criticises Criticizes Condemns Discusses Holds""".split())


#: A plural definite article of French, Spanish, German, Dutch or Italian opens a party's or a group's name
#: ("Les Engagés", "Los Verdes", "Die Linke", "Het Volk"), never a person's; "Les" is an English given name too
#: (Les Aspin), so it counts only before a plural's -s or -x ("Les Républicains", "Les Verts").
_PLURAL_ARTICLES = frozenset({"Los", "Las", "Die", "Het", "Gli"})


def _article_first(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and (words[0] in _PLURAL_ARTICLES or (
        words[0] == "Les" and len(words) == 2 and words[1].endswith(("s", "x"))))


def can_be_name(words: tuple[str, ...], cues: dict[str, str]) -> bool:
    """Whether `words` can be a person's name: none is a title, a side's cue (the bundled sides' or the
    briefing's own: "Keldor" is a country, not a surname) or a word of places and organisations, and it opens
    with no plural article ("Les Engagés")."""
    if _article_first(words):
        return False
    proper = [w for w in words if not is_particle(w)]
    # "Tamim bin Hamad Al Thani": a capital "Al" before the family name is a particle of it, not a word more.
    if not proper or sum(w not in _CAPITAL_PARTICLES for w in proper[:-1]) + 1 > 4 or is_place(tuple(proper)):
        return False  # (nor is a place's whole name one: "said Hong Kong", "Georgia said")
    for at, word in enumerate(proper):
        bare = word.rstrip(".")
        if at < len(proper) - 1 and word in GIVEN_MONTHS:
            continue  # "Chancellor Jan Hlava": a given name before a surname, not January
        if _LOWER_TAIL.search(word) and not family_first(words):
            return False  # "Organization-provides": a word the scrape ran into the next, no name ("Jae-myung" is)
        if family_first(words) and word == words[0]:
            continue  # "He Lifeng"
        if at == 0 and len(proper) == 2 and word in _NUMBER_PARTICLES and not proper[1].endswith("s"):
            continue  # "Ten Brink" ("Ten Days", "Ten Britons": a number and a plural)
        if word in STOP or bare in NOT_NAME or bare in SIDE_WORDS or bare in cues or is_title(word) \
                or word in HEADLINE_VERBS or bare in _RANKS or bare in OPENERS or ISM.fullmatch(bare) \
                or bare in _INSTITUTIONS \
                or (len(proper) == 1 and bare in PLACE_NAMES):  # ("said Türkiye" names no one)
            return False
        if "-" in bare and any(part in NOT_NAME or part in PLACE_NAMES for part in bare.split("-")):
            return False  # "New Guinea-Bissau", "Timor-Leste": a hyphenated country's name, no surname
    if len(proper) == 1 and (len(proper[0]) < 3 or "." in proper[0] or a_people(proper[0])):
        return False  # ("my fellow Americans": a people, after a word that is a title elsewhere)
    if len(proper) > 1 and (a_people(proper[-1])
                            or (proper[-1].endswith("ers") and is_place((*proper[:-1], proper[-1][:-3])))):
        return False  # "his fellow New Yorkers", "South Africans", "New Zealanders": a place's people, no one's name
    if len(proper) > 1 and opener_word(proper[0]) and not family_first(words):
        return False  # "Announcing X’s release, …", "Embattled X told …": a verb or its participle leading a sentence
    last = _ARABIC_PREFIX.sub("", proper[-1])
    return last[:1].isupper() and len(last) >= 2 and "." not in last


#: A speech verb a scrape ran into the name before it ("Abbas Araqchitold reporters"): four letters of the
#: name at least, so "Witold" stays a name.
_GLUED_VERB = re.compile(r"(?<=[a-z]{4})(?P<verb>told|said|says|added|wrote)$")


def known(words: tuple[str, ...], gazetteer: Gazetteer) -> bool:
    """The gazetteer has this person: the full name, the surname, a part, or a fuzzy variant of it."""
    whole = " ".join(words)
    if whole in gazetteer.owner or whole in gazetteer.by_name:
        return True
    last = words[-1] in gazetteer.owner or gazetteer.surname_owner(words[-1]) is not None
    if last and not another_given_name(gazetteer, list(words), len(words) - 1):
        return True  # (not "Daniel Waltz" for Mike Waltz nor "Friedrich Trump": another given name, another person)
    if any(w in gazetteer.owner for w in (words[:-1] if last else words) if not is_particle(w)):
        return True
    proper = [w for w in words if not is_particle(w)]
    return gazetteer.fuzzy(proper) is not None



#: Countries that are also given names ("Jordan Bardella", "Israel Katz", "Chad Wolf"): only these, and only right
#: right after a title (person_intros looks), may open a name of two words.
_GIVEN_COUNTRIES = frozenset({"Jordan", "Israel", "Chad", "Georgia", "India", "Kenya", "Lebanon"})


def country_given_name(run: str, gazetteer: Gazetteer, cues: dict[str, str]) -> Shape:
    """A run of two words whose first is a country that is also a given name and whose second can be a surname
    ("Jordan Bardella"): the name of both words, or None. run_shape reads the country as a place."""
    tokens = TOKEN.findall(run)
    if len(tokens) != 2 or tokens[0] not in _GIVEN_COUNTRIES or not can_be_name(tokens[1:], cues) \
            or tokens[1] in PLACE_NAMES or len(tokens[1]) < 3:
        return None
    words = (tokens[0], tokens[1])
    return None if known(words, gazetteer) else (0, 0, len(run), words)



#: Words that make a place of the place after them ("Greater London", "East Jordan"), never a given name.
_PLACE_QUALIFIERS = frozenset("""Greater Central East West North South Northern Southern Eastern Western Upper Lower
    Old New Inner Outer Metropolitan Downtown Little Grand Port Fort Mount Lake""".split())


def place_surname_name(run: str, gazetteer: Gazetteer, cues: dict[str, str]) -> Shape:
    """A run whose last word is a place that is also a family name, after one or two words that can open a name
    ("Prime Minister Luís Montenegro"): the name with the place as its surname, or None."""
    tokens = [(m.start(), m.end()) for m in TOKEN.finditer(run)]
    if len(tokens) < 2 or run[tokens[-1][0]:tokens[-1][1]] not in PLACE_SURNAMES:
        return None
    given = run_shape(run[:tokens[-2][1]], gazetteer, cues)
    if given is None or not 1 <= len(given[3]) <= 2 or family_first(given[3]) \
            or any(word in PLACE_NAMES or word in PLACE_SURNAMES or word in _PLACE_QUALIFIERS for word in given[3]):
        return None
    words = (*given[3], run[tokens[-1][0]:tokens[-1][1]])
    return None if known(words, gazetteer) else (given[0], given[1], tokens[-1][1], words)
