"""Places that news text makes the subject of a speech verb ("Oregon said", "said Manila"), never a person.

A state, a province or a city that speaks through its government is no one's name: people extraction must not
make "Minnesota" or "Hong Kong" a person beside "said" and give it quotations. Two lists (data only) and one
test of the text:
  PLACE_WORDS   single words that are places and no given name or common family name: any run holding one is
                a place's or an organisation's ("Interpol Manila", "Ohio Governor"), as name_words.NOT_NAME's.
  WHOLE_PLACES  places whose words may be a name's too ("Georgia Pellam", "Victoria Nuland", "Hong" of a
                Chinese name): a place only when the run is the whole place ("Georgia said", "said Hong Kong").
  place_shaped(words): a run that opens or ends with a word of places' names only ("Nowa …", "… Góra",
                "… Springs"), diacritics or not: a town's name no title introduces is no person's (people33).
  written_as_places(text): the names the article itself writes as places ("in Kano", "Kano's governor",
                "the city of Kano", "Kano-based", "Kano residents"): a place it lists nowhere is one there too.
A real person whose family name is a place ("Jack London", "Miriam Santiago") keeps it: the lists hold no
common family name, and written_as_places is asked only of names no title or apposition introduces.
"""

from __future__ import annotations

import re

_US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
    Iowa Kansas Kentucky Louisiana Maryland Massachusetts Michigan Minnesota Mississippi Missouri Nebraska Nevada
    Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Wisconsin Wyoming"""
_PROVINCES = """Ontario Quebec Manitoba Saskatchewan Nunavut Yukon Tasmania Queensland Bavaria Catalonia
    Andalusia Lombardy Sicily Sardinia Scotland Normandy Flanders Wallonia Punjab Sindh Balochistan
    Kashmir Xinjiang Tibet Guangdong Sichuan Mindanao Transnistria Abkhazia Chechnya Dagestan Tatarstan"""
_CITIES = """Manila Nairobi Lagos Abuja Kano Accra Dakar Kinshasa Kampala Kigali Khartoum Mogadishu Cairo Tripoli Tunis
    Algiers Rabat Casablanca Johannesburg Pretoria Harare Lusaka Luanda Maputo Beirut Damascus Baghdad Amman
    Jerusalem Ramallah Sanaa Aden Muscat Dubai Kabul Islamabad Karachi Lahore Peshawar Delhi Mumbai Kolkata Chennai
    Bengaluru Bangalore Hyderabad Dhaka Colombo Kathmandu Yangon Naypyidaw Bangkok Hanoi Jakarta Singapore Seoul
    Pyongyang Tokyo Osaka Shanghai Shenzhen Guangzhou Wuhan Chongqing Taipei Ulaanbaatar Tashkent Astana Almaty
    Bishkek Dushanbe Ashgabat Baku Yerevan Chisinau Belgrade Zagreb Ljubljana Sarajevo Skopje Tirana Podgorica
    Pristina Athens Bratislava Amsterdam Rotterdam Hamburg Frankfurt Cologne Stuttgart Dusseldorf Marseille
    Toulouse Bordeaux Strasbourg Barcelona Lisbon Porto Naples Turin Venice Bologna Dublin Belfast Edinburgh
    Cardiff Manchester Liverpool Birmingham Brussels Antwerp Zurich Luxembourg Reykjavik Gdansk Krakow
    Wroclaw Lublin Kaunas Narva Murmansk Kaliningrad Novosibirsk Vladivostok Yekaterinburg Sevastopol
    Simferopol Mykolaiv Chernihiv Poltava Vinnytsia Ottawa Toronto Montreal Vancouver Calgary Edmonton Winnipeg
    Chicago Seattle Philadelphia Baltimore Pittsburgh Detroit Milwaukee Minneapolis Atlanta Miami Tampa Honolulu
    Anchorage Sacramento Albuquerque Tucson Nashville Memphis Louisville Cincinnati Brasilia Bogota
    Caracas Quito Montevideo Asuncion Havana Managua Tegucigalpa Canberra Melbourne Brisbane Auckland Suva
    Davao Cebu Mosul Basra Erbil Aleppo Homs Idlib Raqqa Benghazi Misrata Juba Goma Bujumbura Mombasa"""
#: Places whose word is a given name or a name's word too: a place only as a whole run.
_WHOLE = """Georgia Virginia Carolina Dakota Indiana Montana Maine Washington Victoria Sydney Adelaide Perth Florence
    Charlotte Austin Dallas Houston Phoenix Denver Boston Orlando Jackson Lincoln Madison Santiago Lima Milan
    Valencia Toledo Salvador Quezon Wales Brittany Alberta Kazan Lyon Glasgow Bern Lagos Manchester Colombo
    Albuquerque Vancouver Osaka Kano Aden Amman Scotland Flanders
    New|York New|Jersey New|Mexico New|Hampshire North|Carolina South|Carolina North|Dakota South|Dakota
    West|Virginia Rhode|Island British|Columbia Nova|Scotia New|Brunswick New|South|Wales Western|Australia
    Hong|Kong New|Delhi Los|Angeles San|Francisco San|Diego San|Antonio Las|Vegas New|Orleans Abu|Dhabi
    Kuala|Lumpur Buenos|Aires Tel|Aviv Rio|de|Janeiro Sao|Paulo São|Paulo Mexico|City Quebec|City Cape|Town
    Phnom|Penh Addis|Ababa Dar|es|Salaam Kuwait|City Panama|City Guatemala|City San|Juan St|Petersburg
    Saint|Petersburg St.|Petersburg Puerto|Rico Davao|City Metro|Manila New|Zealand Sri|Lanka"""

WHOLE_PLACES = frozenset(entry.replace("|", " ") for entry in _WHOLE.split())
#: First words of places' names that are no given name ("Nowa Sol", "Bad Ems", "Port Talbot", "Nizhny Novgorod").
_PLACE_HEADS = frozenset("""Nowa Nowy Nowe Stara Stary Stare Bad Sankt Nizhny Nizhniy Veliky Velikiy Veliki Velika
    Novi Novo Stari Gornji Donji Horni Horní Dolni Dolní Port Fort Mount Lake Ciudad Puerto Villa Vila Saint Sainte
    San São Sao""".split())
#: Last words of places' names that are no family name, with and without their accents, as pages print them
#: ("Zielona Góra", "Zielona Gora", "Hradec Králové", "Palm Springs", "Jersey City").
_PLACE_TAILS = frozenset("""Gora Góra Gory Góry Zdroj Zdrój Wielkopolski Wielkopolska Mazowiecki Mazowiecka Slaski
    Śląski Slaska Śląska Lubuski Pomorski Kujawski Klodzka Kłodzka Odrzanska Odrzańska Biala Biała Hora Hory
    Kralove Králové Boleslav Novgorod Posad Palanka Springs Falls Heights Beach Harbor Harbour Township Junction
    City Village Valley Creek""".split())
#: (a word of both lists is a family name too: "Petros Lagos", "Naomi Osaka"; the whole run only)
PLACE_WORDS = frozenset((_US_STATES + " " + _PROVINCES + " " + _CITIES).split()) - WHOLE_PLACES

#: A capitalised run of one to four words (a place's name as written).
_WORD = r"[A-Z]\w*(?:[’'][A-Z]\w*|-\w+)*"
_RUN = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,3}}"
_AFTER = r"(?![\w’'-]|[ \u00a0][A-Z])"
#: What a place's name stands in: after "in"/"near"/"across"… with no possessive after it, the object of "the
#: city/state/… of", before "-based", before the place's own officers, people and streets. One scan of a text.
_AS_PLACE = re.compile(
    rf"\b(?:[Ii]n|near|outside|across|throughout|around)[ \u00a0]+(?:the[ \u00a0]+)?(?P<a>{_RUN}){_AFTER}"
    r"(?![ \u00a0]*[’']s)"
    rf"|\b(?:city|state|province|town|village|region|county|district|capital|port|island|emirate|[Rr]esidents|"
    r"[Ii]nhabitants|[Mm]ayor|[Oo]utskirts|[Cc]entre|[Cc]enter)[ \u00a0]+of[ \u00a0]+"
    rf"(?P<b>{_RUN}){_AFTER}"
    rf"|(?<![\w’'-])(?P<c>{_RUN})(?:-based|[’']s[ \u00a0]+(?:governor|mayor|police|residents|streets|airport|port|"
    r"city[ \u00a0]+(?:hall|council)|state[ \u00a0]+(?:legislature|government|capitol))\b|[ \u00a0]+"
    r"(?:residents|police|governor|mayor|city[ \u00a0]+hall)\b)")


def is_place(words: tuple[str, ...]) -> bool:
    """Whether the run `words` is a place's name on its own (either list)."""
    return " ".join(words) in WHOLE_PLACES or (len(words) == 1 and words[0] in PLACE_WORDS)


def place_shaped(words: tuple[str, ...]) -> bool:
    """Whether a run of two or three words is shaped like a place's name: it opens or ends with a word of
    places' names that no one's name has ("Zielona Gora said", "Nowa Sol reported": towns, not people)."""
    return 2 <= len(words) <= 3 and (words[0] in _PLACE_HEADS or words[-1] in _PLACE_TAILS)


def written_as_places(text: str) -> set[str]:
    """The names `text` writes as places somewhere (one scan of the text), each as written, with its line
    breaks and no-break spaces read as spaces."""
    found: set[str] = set()
    for match in _AS_PLACE.finditer(text):
        words = match.group(match.lastgroup or "a").split()
        # (a run before "police", "residents" may open with a sentence's first word: "The Kano police")
        found.update(" ".join(words[k:]) for k in range(len(words) if match.lastgroup == "c" else 1))
    return found
