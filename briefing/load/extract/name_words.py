"""The shape of a person's name in news text, for people.py: capitalised runs and their tokens (accented
letters, particles: "Ursula von der Leyen", "al-Busaidi"), the titles a name is introduced with, and the words
that make a run an organisation or a place rather than a person.
"""

from __future__ import annotations

import re
import unicodedata

from briefing.load.extract.place_words import PLACE_WORDS

__all__ = ["FAMILY_FIRST", "GENERATIONS", "LINKING", "NATIONAL_NOUNS", "leaning", "NOT_NAME", "PARTICLE", "a_people", "PORTFOLIO", "RUN", "TITLES", "TOKEN", "family_first", "is_particle", "korean_hyphened",
           "is_title"]

#: (Filipino and Spanish "dela", "delos", "de los"; Italian "dei", "degli"; French "des"; Arabic "ibn", "bint".)
PARTICLE = r"(?:von|van|der|den|dela|delos|delas|de|del|della|degli|dei|des|di|da|das|do|dos|du|los|las|la|le|bin|bint|ibn|al|el|ter|ten|wa|e)"
#: Capital and small letters of names, with the accented ones of Latin-1 and Latin Extended-A ("Sánchez",
#: "Šefčovič", "Łukasz"); a word may open with "Mc"/"Mac" or a joined particle ("Le", "La", "De", "Di", "Du")
#: before its capital ("McCormick", "MacLeod", "LeBlanc", "DeSantis", "DiNapoli"; main cut "LeBlanc" to "Le").
_UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.isupper())
_LO = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x180)) if c.islower())
_WORD = rf"(?:(?:al|el|ad|as|ash|at|az|bin|ibn|abu|abd|ul)-[A-Z][a-z]+|(?:[{_UP}]['’]|(?:Ma?c|L[ae]|D[eiu])(?=[{_UP}][{_LO}]))?[{_UP}][{_LO}]+(?:[-'’](?![sS](?![a-z]))[{_UP}]?[{_LO}]+|-[{_UP}](?![\w.-]))*|[A-Z]\.(?:[A-Z]\.)?|(?![AI][ \u00a0])[A-Z](?=[ \u00a0][{_UP}][{_LO}]{{2}})|[A-Z]{{2}}(?=\s[A-Z][a-z]))"
#: A run of capitalised words, with up to two lower-case particles between them ("Ursula von der Leyen"); the
#: platform X ending a sentence ("wrote on X. Jean-Marie …") is no initial of the name after it.
RUN = re.compile(rf"(?<![\w.’'-])(?!(?<=\bon )X\.\s|(?<=\bvia )X\.\s){_WORD}(?:[ \u00a0](?:{PARTICLE}[ \u00a0]){{0,2}}{_WORD})*")
TOKEN = re.compile(rf"{PARTICLE}(?=[ \u00a0])|{_WORD}")
#: Particles that join a given name to the family name without being part of it ("Bingu wa Mutharika": his
#: surname alone is "Mutharika"; "van der Berg" keeps its "van").
LINKING = frozenset({"wa"})

#: (Any title may be one its holder is elected or designated to, or shares: "Mayor-elect", "Prime
#: Minister-designate", "Co-Chair"; a bare title word, never a name.)
TITLES = r"(?:co-)?(?:" + (
    r"president|vice[- ]president|prime minister|premier|chancellor|minister|secretary[- ]general|"
    r"secretary of state|secretary of defen[cs]e|secretary|director|spokes(?:man|woman|person)|envoy|"
    r"advis[eo]r|ambassador|senator|sen\.|rep\.|representative|congress(?:man|woman)|lawmaker|policymaker|governor|"
    r"mayor|treasurer|attorney[- ]general|chief of staff|chief|head of state|head of government|head|commissioner|aide|leader|crown prince|king|queen|pope|"
    r"emperor|empress|"
    # Ireland's head of government, her deputy and the Dáil's chair, in Irish ("Taoiseach Jo Roe")
    r"taoiseach|t[áa]naiste|ceann comhairle|"
    r"sheriff|superintendent|counsel|attorney|lawyer|prosecutor|gov\.|atty\.|supt\.|det\.|insp\.|amb\.|vp|"
    r"chair(?:man|woman|person)?|whip|commander|(?:major|lieutenant|brigadier)[- ]general|general|deputy|"
    r"(?:parliament(?:ary)?|party|committee|board|council) member|council+or|councilwoman|councilman|cllr\.?|gen\.|admiral|speaker|negotiator|official|diplomat|"
    r"sergeant|sgt\.|maj\.|colonel|col\.|lieutenant|lt\.|captain|capt\.|brig\.|adm\.|cmdr\.|"
    r"analyst|expert|professor|prof\.|provost|rector|economist|editor|correspondent|fellow|researcher|founder|mr\.?|mrs\.?|ms\.?|dr\.|"
    r"ceo|chief executive(?: officer)?|administrator|nsa|pm|"
    r"mp|mep|minister of state|under secretary|undersecretary|director-general|emir|sheikh|sultan|prince|"
    # honorifics of faith, pilgrimage, party or mourning, never a name of the person ("Hajji Ahmad Karimi",
    # "Comrade Orlov", "Benazir Bhutto Shaheed": a title before or after the name)
    r"hajji|haji|comrade|shaheed|maulana|mufti|allama|first lady|"
    r"(?:fund |portfolio |campaign |program |programme |general )manager|strategist|counterpart|mediator|"
    r"cardinal|archbishop|patriarch|reverend|rev\.|father|fr\.|judge|advocate|"
    # (a court's justice, never "justice" alone: "seeking justice", "the Justice Ministry")
    r"(?:supreme court|high court|chief|associate) justice|"
    # callings news copy puts before a name like a title ("physicist X", "Scientists A and B", "shaman X")
    r"scientist|physicist|chemist|biochemist|biologist|inventor|laureate|commissar|broker|shaman|"
    # a sport's positions and callings ("Inter goalkeeper X", "French forward X", "substitutes A and B", "Belgian
    # rider X"); "forward" not after a verb it is the adverb of ("put forward X's plan"); not "manager" alone
    # (a role would then lose its trade: "portfolio manager X" read as "manager")
    r"goalkeeper|goalie|defender|midfielder|striker|winger|full-back|fullback|wing-back|playmaker|substitute|"
    r"(?<!put )(?<!puts )(?<!bring )(?<!brought )(?<!move )(?<!moved )(?<!moving )(?<!going )(?<!push )"
    r"(?<!pushed )(?<!step )(?<!stepped )(?<!come )(?<!came )(?<!look )(?<!looking )(?<!way )(?<!fast )forward|"
    r"coach|head coach|skipper|rider|cyclist|"
    r"sprinter|jockey|referee|golfer|boxer|swimmer|gymnast|(?:tennis|football|chess|golf|rugby|cricket|basketball) player|"
    r"charg[ée] d['’]affaires|journalist|columnist|commentator|presenter|broadcaster|podcaster|anchor|(?:podcast|radio|talk[- ]show|tv|television|chat[- ]show) host"
) + r")(?:-elect|-designate)?"
#: Countries and cities that are also family names ("Luís Montenegro", "Steve Israel", "Jack London"): words of
#: places everywhere else; person_intros reads one as a surname only after a given name a formula introduces,
#: and it stands alone for the person only where people.py finds no place written so (no "actor:surname").
PLACE_SURNAMES = frozenset({"Montenegro", "Israel", "Jordan", "Washington", "London", "Paris", "Berlin", "Mali"})
#: Words that make a run an organisation or a place, never a person's name (institutions too, in the languages
#: news copy leaves them in: "Federal Reserve", "Public Protector", "Lok Sabha", "Conseil Constitutionnel").
NOT_NAME = frozenset(
    """
    House Department Directorate Bureau Secretariat Ministry Commission Council Office Union Nations Agency Service Services Times Post News
    Press Journal Reuters Committee Party Bank Fund Forces Force Army Navy Staff Command Group Institute University
    Center Centre Foundation Company Corp Inc Ltd Street Square Kingdom States Republic Federation Assembly
    Confederation Association Organisation Organization Alliance League Coalition Corporation Authority Syndicate
    Chamber Society Movement Forum Forums Discussion Discussions
    Parliament Senate Congress Court Embassy Cabinet Administration Government Guard Police Security Intelligence
    Airport Station Region Oblast Province City County Island Islands Sea Ocean River Gulf Strait Peninsula
    Kremlin Pentagon NATO AFP AP TASS Interfax RIA Bloomberg CNN BBC Fox NBC CBS ABC Axios Politico Telegram
    Skip Menu Explore Subscribe Sign Login Newsletter Advertisement Share Facebook Twitter Instagram YouTube
    LinkedIn WhatsApp Email Print Video Videos Watch Listen Podcast Live Home Opinion Sport Sports Business
    Markets Tech Science Health Culture Travel Weather More Search Contact Terms Privacy Cookies Copyright IST
    GMT UTC EST CET PM AM Rep Reps Getty Images Photo Photos Reporting Writing Editing Beijing Paris London Berlin
    Ankara Tehran Warsaw Rome Madrid Vienna Geneva Istanbul Jeddah Riyadh Doha Minsk Tbilisi Budapest Prague
    Helsinki Stockholm Oslo Copenhagen Tallinn Riga Vilnius Bucharest Sofia Kharkiv Odesa Odessa Kursk
    Donetsk Luhansk Zaporizhzhia Kherson Crimea Donbas Mariupol Bakhmut Pokrovsk Belgorod Sumy Dnipro Lviv
    Washington Moscow Kyiv Kiev Brussels Munich Davos Florida Texas California Alaska Greenland Gaza Israel
    Ukraine Russia America Europe Asia Africa God Christmas Easter Act Bill Treaty Accord Agreement Plan Day
    Afghanistan Albania Algeria Angola Argentina Armenia Azerbaijan Bahrain Bangladesh Bolivia Bosnia Botswana
    Cambodia Cameroon Chad Chile Colombia Congo Cuba Ecuador Eritrea Ethiopia Gabon Gambia Ghana Guatemala Guinea
    Haiti Honduras Indonesia Iraq Jamaica Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Lebanon Liberia
    Libya Madagascar Malawi Malaysia Mali Mauritania Moldova Mongolia Montenegro Morocco Mozambique Myanmar Namibia
    Nepal Nicaragua Niger Nigeria Oman Panama Paraguay Peru Philippines Rwanda Senegal Serbia Somalia Sudan Syria
    Taiwan Tajikistan Tanzania Thailand Tunisia Turkmenistan Uganda Uruguay Uzbekistan Venezuela Vietnam Yemen
    Zambia Zimbabwe Tehran Muscat Baghdad Damascus Beirut Cairo Kabul Islamabad Delhi Tokyo Seoul Pyongyang
    Pravda Izvestia Kommersant Vedomosti Gazeta Novosti Ukrinform Suspilne Meduza Independent Guardian
    Telegraph Herald Tribune Gazette Daily Weekly Associated Agency Motors Electric Dynamics Airlines
    Affairs Relations Operations Development Cooperation Interior Justice Finance Trade Energy Hamas Hezbollah
    Houthis Houthi Taliban Fatah Sindoor Organization Organisation Everyone Everybody Someone Somebody Anyone
    Anybody Nobody Exclusive Interview Breaking Analysis Explainer Editorial Factbox Elysee Élysée Elysée Élysee Chancellery Treasury
    Session Sessions Summit Conference Meeting Forum Convention Mission Secretariat Arabia Emirates
    Saint St Basilica Cathedral Church Chapel Mosque Synagogue Temple Shrine Team Unit Division Bureau Board Panel
    Taskforce Network Alliance Coalition Initiative Project Programme Program Policy Authority Canal Port
    Investment Investments Economy Economic Defence Defense Education Agriculture Transport Infrastructure
    Environment Commerce Industry Communications Innovation Reconstruction Integration Information Strategy
    Presidency Collective Tribunal Tribunals Front Movement League Bloc Fuerza Frente Partido Partito Parti
    Movimiento Movimento Alianza Unidad Unidas Unidos Liga Bloque
    Reserve Judiciary Judicial Judicature Protector Ombudsman Supreme Suprema Supremo Constitutional Federal
    Electoral Public Sabha Conseil Constitutionnel Cour Corte Cassation Assemblée Assemblee Nationale Nacional
    Generales Asamblea Congreso Consejo Conselho Senado Senato Tribunale Camera Bundestag Bundesrat Bundesbank
    Bundeswehr Bundesamt Riksbank Riksdag Knesset Sejm Storting Folketing Majlis Politburo Eurogroup Exchequer
    """.split()
) | PLACE_WORDS  # ("Oregon said", "Interpol Manila": states, provinces and cities that name no one: place_words.py)
#: Words that open a sentence or a clause and are never a given name or a surname: sentence adverbs,
#: prepositions, conjunctions and auxiliaries ("Perhaps Harvard should …", "Like Columbia, he said …": no person).
#: (Words some people are named, "Will", "Rather", "Can", "Do", "Oh", "Soon", are left out.)
OPENERS = frozenset(
    """
    Perhaps Maybe Like Unlike Although Though Unless Because Once Instead Thus Hence Therefore Otherwise
    Regardless Besides Nor Whatever Whenever Wherever Whoever Amid Amidst Among Amongst Against Between Across
    Around Beyond Inside Outside Within Without Through Throughout Toward Towards Upon Via Over Under Above Below
    Behind Beside Along Apparently Reportedly Allegedly Clearly Obviously Certainly Probably Possibly Surely
    Actually Ultimately Finally Eventually Recently Currently Initially Previously Additionally Separately
    Similarly Likewise Overall Elsewhere Already Again Never Always Often Sometimes Today Tomorrow Yesterday
    Tonight Every Each Another Almost Nearly Yes Please Thanks Let Does Did Is Are Was Were Has Have Had Would
    Could Should Must Might Shall Cannot
    """.split()
)
#: A word for a doctrine or a movement ("Anti-Semitism", "Terrorism", "Zionism"): no part of a name.
ISM = re.compile(r"[A-Za-z-]{2,}isms?")
#: A generation after a surname ("Robert F. Kennedy Jr.", "Marcos Sr."): its bearer is another of the family, and
#: the surname is the word before it.
GENERATIONS = frozenset("Jr Jnr Sr Snr".split())
#: A nationality as a noun, before a name ("Swede Alfred Nobel", "Briton Jane Roe"): no part of the name.
NATIONAL_NOUNS = frozenset("""Briton Britons Swede Dane Finn Pole Scot Spaniard Turk Frenchman Frenchwoman Dutchman
    Dutchwoman Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Icelander Kiwi""".split())
#: A leaning, a standing or a calling written capitalised before a name ("Nationalist George Simion", "Veteran
#: Jo Roe", "Billionaire Ann Doe"): no part of the name and no one's given name. (Not "Young", "Frank", "Noble",
#: "Earnest", "Major", "Grant", "Tory" or "Singer": people are named so.)
_LEANINGS = frozenset("""Nationalist Ultranationalist Conservative Liberal Socialist Centrist Populist Progressive
    Moderate Communist Leftist Rightist Reformist Radical Eurosceptic Euroskeptic Europhile Hardline Hardliner
    Veteran Incumbent Outgoing Embattled Opposition Separatist Islamist Marxist Monarchist Royalist Libertarian
    Nationalists Conservatives Liberals Socialists Centrists Populists Progressives Moderates Communists
    Activist Billionaire Businessman Businesswoman Tycoon Magnate Mogul Historian Novelist Rapper Comedian
    Philanthropist Entrepreneur Campaigner Dissident Blogger Influencer Evangelical""".split())
#: The same as a hyphenated compound ("Pro-Russian", "Far-right", "Anti-war", "Centre-left", "Hard-line").
_LEANING_COMPOUND = re.compile(r"(?:Pro|Anti|Far|Hard|Centre|Center|Ultra|Ex|Arch|Then)-[A-Za-z]+")


def leaning(word: str) -> bool:
    """Whether a capitalised word before a name is a leaning or a calling ("Nationalist", "Pro-Russian",
    "Billionaire"), never a given name."""
    return word in _LEANINGS or _LEANING_COMPOUND.fullmatch(word) is not None


#: A people in the plural ("Romanians", "Europeans", "Americans", "Israelis"): no one's name, even after a word
#: that is a title elsewhere ("my fellow Americans", "Dear Romanians").
_PEOPLES = re.compile(r"\w{3,}(?:ians|eans|icans)")
_PEOPLES_LISTED = frozenset("""Germans Moldovans Kenyans Afghans Israelis Iraqis Pakistanis Yemenis Somalis Saudis
    Emiratis Bangladeshis Turks Filipinos Serbs Croats Czechs Slovaks Greeks Swedes Poles Britons Russians
    Georgians Lebanese Chinese Japanese Vietnamese Sudanese Congolese Portuguese""".split())


def a_people(word: str) -> bool:
    """Whether a capitalised word is a people in the plural ("Ukrainians", "Poles", "Israelis")."""
    return word in _PEOPLES_LISTED or _PEOPLES.fullmatch(word) is not None


#: Words that end a portfolio inside a title ("Under Secretary for Political Affairs Allison Hooker",
#: "Deputy Legal Affairs Minister …"): the name, if any, follows them.
PORTFOLIO = frozenset("""Affairs Relations Operations Development Cooperation Interior Justice Finance Trade Energy
    Investment Economy Defence Defense Education Agriculture Transport Infrastructure Environment Commerce Industry
    Communications Innovation Reconstruction Integration Information Strategy""".split())


_TITLE_WORD = re.compile(rf"(?i:{TITLES}|prime|vice|ceann|comhairle|foreign|defen[cs]e|majority|minority|of|pro|tempore)|Manager")
_PARTICLE_WORD = re.compile(PARTICLE)


def is_title(word: str) -> bool:
    """A title word, or its plural ("Generals", "Ministers": a group, never a name)."""
    if word == "Of":
        return False
    return _TITLE_WORD.fullmatch(word) is not None or (
        len(word) > 4 and word.endswith("s") and _TITLE_WORD.fullmatch(word[:-1]) is not None)


def is_particle(word: str) -> bool:
    return _PARTICLE_WORD.fullmatch(word) is not None


#: Chinese family names (pinyin) that a Chinese name puts first ("He Lifeng", "Li Chenggang", "Sun Yun"), and
#: the syllables of a pinyin given name: a two-word name of this shape has its family name first.
FAMILY_FIRST = frozenset(
    """
    Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Song Tang
    Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Jin
    Fu Zhong Xi Liao Qin Kong Bai Mao Wen Xue Lei Hou Long Shi Duan Hao Qiu Qian Dai Fan Fang Shao Tan Yin Lai Jia
    Xia Zou Xiong Meng Qi Yan Lv Wan Gu Mo Geng Ou Niu Yi Zhai Kang Guan Pang Xing Bi Ji Nie Hong Tao Cui
    """.split()
)
_PINYIN = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|"
    r"un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u)){1,3}")


#: Korean family names (romanised) that a Korean name puts first ("Kim Jong Un", "Lee Jae-myung", "Yoon Suk
#: Yeol", "Choe Son Hui"), and the syllables of a romanised Korean given name.
KOREAN_FAMILY = frozenset(
    """
    Kim Lee Yi Ri Park Pak Choi Choe Jung Jeong Chung Kang Cho Jo Yoon Yun Jang Chang Lim Han Oh Seo Shin Kwon
    Hwang Ahn Song Yoo Hong Jeon Chun Ko Moon Yang Son Bae Baek Heo Nam Noh Roh Ha Kwak Sung Cha Joo Woo Min Ryu
    Yu Jin Ban Hyun Byun Chae Won Ryo Myung
    """.split()
)
_KOREAN = re.compile(
    r"(?:(?:kk|tt|pp|ss|jj|ch|[gkndrlmbsjhtpwy])?(?:yeo|yae|eui|ye|ya|yo|yu|wae|wa|wo|we|wi|ui|eo|eu|ae|oe|ee|oo|"
    r"a|e|i|o|u)(?:ng|ck|[nmlkpt])?){1,2}")


def family_first(words: tuple[str, ...] | list[str]) -> bool:
    """A Chinese or Korean name written family name first: a Chinese family name and a pinyin given name ("He
    Lifeng", "Xi Jinping"), or a Korean family name and a given name of one or two syllables in one word or two
    ("Kim Jong Un", "Lee Jae-myung"); not "Tom Fletcher", "Lin Smith", "Lee Anderson"."""
    if len(words) == 2 and words[0] in FAMILY_FIRST \
            and _PINYIN.fullmatch(words[1].lower().replace("-", "")) is not None:
        return True
    return (len(words) in (2, 3) and words[0] in KOREAN_FAMILY
            and sum(len(w.split("-")) for w in words[1:]) <= 2
            and all(_KOREAN.fullmatch(w.lower().replace("-", "")) is not None for w in words[1:]))


def korean_hyphened(words: tuple[str, ...]) -> bool:
    """A Korean name of a family name and a hyphened given name of two syllables ("Myung Tae-kyun", "Jeon
    Seong-bae"): a person's name by its shape alone, no place's or body's."""
    return len(words) == 2 and words[0] in KOREAN_FAMILY and words[1].count("-") == 1 and family_first(words)


def fold_accents(word: str) -> str:
    """The word without its diacritics ("António" → "Antonio", "Castañeda" → "Castaneda"): one name written
    with and without accents."""
    if word.isascii():
        return word
    # (letters no decomposition takes apart: "Jørgen" and "Jorgen", "Łukasz" and "Lukasz")
    word = word.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "æ": "ae",
                               "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ß": "ss", "þ": "th", "Þ": "Th", "ð": "d"})


_FINAL_Y = re.compile(r"(?:yy|iy|ii|ij|y|i)$")
#: A "y" written for a vowel (Ukrainian и): "Nykyforov" for "Nikiforov", "Dmytro" for "Dmitro".
_VOWEL_Y = re.compile(r"y(?![aeiou])")


#: A j that Ukrainian й and є are written with in the Slavic Latin alphabets and German: "Jermak", "Andrij".
_J_AS_Y = re.compile(r"^j(?=[aeiou])|(?<=i)j$")


def transliteration_key(name: str) -> str:
    """One key for the ways one Cyrillic name is written in Latin letters: Zelenskyy / Zelenskiy / Zelensky,
    Sergey / Sergei, Andrii / Andriy, Dmitry / Dmitri, Sybiga / Sybiha (Ukrainian г as h, Russian as g),
    Nykyforov / Nikiforov (Ukrainian и as y, Russian as i), Andrij Jermak / Andriy Yermak (й and є as the Slavic
    Latin alphabets and German write them), Đuro / Djuro."""
    words = []
    # ("Nicolás" / "Nicolas": one name, accents or none; Serbian and Croatian đ is "dj" without them: "Đuro" / "Djuro")
    for word in fold_accents(name.lower().replace("đ", "dj")).split():
        word = _J_AS_Y.sub("y", word)
        word = word.replace("g", "h").replace("iu", "yu").replace("ia", "ya").replace("ie", "ye")
        word = _FINAL_Y.sub("y", word)
        words.append(_VOWEL_Y.sub("i", word[:-1]) + word[-1:])
    return " ".join(words)


_DOUBLED = re.compile(r"(\w)\1")


def given_name_key(word: str) -> str:
    """One key for the ways one given name is transliterated: the Cyrillic ways (`transliteration_key`) and
    the Arabic ones, whose short vowels and doubled letters vary: Ahmed / Ahmad, Mohammed / Muhammad /
    Mohamed, Hussein / Hossein."""
    key = transliteration_key(word)
    return _DOUBLED.sub(r"\1", key[:1] + key[1:].replace("e", "a").replace("o", "u"))


#: Capitals a translation writes for one another at a name's start: "Vitkoff" for Witkoff, "Jermak" for Yermak.
_TWIN_LETTERS = {"V": "W", "W": "V", "J": "Y", "Y": "J"}


def first_letters(word: str) -> tuple[str, ...]:
    """The first letter of `word` and the one a translation may write for it (the fuzzy pass's buckets)."""
    first = word[:1]
    twin = _TWIN_LETTERS.get(first)
    return (first, twin) if twin else (first,)
