"""Countries, their demonyms, and a few parties that negotiate or fight as one (data only; see parties.py).

The sides' cue words (data/sides.toml, load/sides.place_words) say which side a country's word names; they
cannot say which country: the bundled "other" side lists India and Pakistan alike, and an event between them
needs two parties, not one side. This list gives each country an identity of its own; parties.py still asks
the sides' cues which side a country is on. It lives in a .py file so the load cache's code digest covers it
(an edited list must not give back events a cached load worked out with the old one).

One row per party: its id, then every name the text may use for it, '|'-separated: the country, its short
forms, its demonym (a plural "s" is matched too), and the capital where news writes it for the government
("Tehran said"); a name after "in", "at", "near", ... says where, not who (parties.py). Left out on purpose:
names as often a person's or another place's (Chad, Jordan, Georgia, Niger), and venues (Doha, Geneva).
"""

from __future__ import annotations

PARTIES: tuple[str, ...] = (
    # South and Central Asia
    "india: India|Indian|New Delhi",
    "pakistan: Pakistan|Pakistani|Islamabad",
    "afghanistan: Afghanistan|Afghan|Taliban",
    "bangladesh: Bangladesh|Bangladeshi",
    "sri_lanka: Sri Lanka|Sri Lankan",
    "nepal: Nepal|Nepalese|Nepali",
    "china: China|Chinese|Beijing",
    "taiwan: Taiwan|Taiwanese",
    "japan: Japan|Japanese",
    "south_korea: South Korea|South Korean|Seoul",
    "north_korea: North Korea|North Korean|Pyongyang",
    "myanmar: Myanmar|Burma|Burmese",
    "thailand: Thailand|Thai",
    "cambodia: Cambodia|Cambodian",
    "vietnam: Vietnam|Vietnamese",
    "philippines: Philippines|Filipino|Philippine",
    "indonesia: Indonesia|Indonesian",
    "malaysia: Malaysia|Malaysian",
    "kazakhstan: Kazakhstan|Kazakh",
    # the Caucasus and the Middle East
    "armenia: Armenia|Armenian|Yerevan",
    "azerbaijan: Azerbaijan|Azerbaijani|Azeri|Baku",
    "iran: Iran|Iranian|Tehran",
    "turkey: Turkey|Türkiye|Turkiye|Turkish|Ankara",
    "iraq: Iraq|Iraqi",
    "syria: Syria|Syrian",
    "lebanon: Lebanon|Lebanese",
    "hezbollah: Hezbollah",
    "israel: Israel|Israeli",
    "palestine: Palestine|Palestinian|Palestinian Authority",
    "hamas: Hamas",
    "islamic_jihad: Islamic Jihad",
    "jordan: Jordanian",
    "egypt: Egypt|Egyptian",
    "qatar: Qatar|Qatari",
    "uae: United Arab Emirates|UAE|Emirati",
    "oman: Oman|Omani",
    "yemen: Yemen|Yemeni",
    "houthis: Houthi|Houthis",
    "kuwait: Kuwait|Kuwaiti",
    "bahrain: Bahrain|Bahraini",
    # Africa
    "drc: Democratic Republic of Congo|Democratic Republic of the Congo|DR Congo|DRC|Congo|Congolese|Kinshasa",
    "m23: M23|AFC/M23",
    "rwanda: Rwanda|Rwandan|Kigali",
    "uganda: Uganda|Ugandan",
    "burundi: Burundi|Burundian",
    "sudan: Sudan|Sudanese|Khartoum",
    "rsf: Rapid Support Forces|RSF",
    "south_sudan: South Sudan|South Sudanese",
    "ethiopia: Ethiopia|Ethiopian",
    "eritrea: Eritrea|Eritrean",
    "somalia: Somalia|Somali",
    "kenya: Kenya|Kenyan",
    "libya: Libya|Libyan",
    "algeria: Algeria|Algerian",
    "morocco: Morocco|Moroccan",
    "nigeria: Nigeria|Nigerian",
    "south_africa: South Africa|South African",
    "mali: Mali|Malian",
    # the Americas
    "canada: Canada|Canadian",
    "mexico: Mexico|Mexican",
    "cuba: Cuba|Cuban",
    "venezuela: Venezuela|Venezuelan",
    "el_salvador: El Salvador|Salvadoran|San Salvador",
    "haiti: Haiti|Haitian|Port-au-Prince",
    "panama: Panama|Panamanian",
    "jamaica: Jamaica|Jamaican",
    "guatemala: Guatemala|Guatemalan",
    "honduras: Honduras|Honduran",
    "nicaragua: Nicaragua|Nicaraguan",
    "costa_rica: Costa Rica|Costa Rican",
    "dominican_republic: Dominican Republic|Dominican|Santo Domingo",
    "ecuador: Ecuador|Ecuadorian|Ecuadorean",
    "peru: Peru|Peruvian",
    "chile: Chile|Chilean",
    "bolivia: Bolivia|Bolivian",
    "paraguay: Paraguay|Paraguayan",
    "uruguay: Uruguay|Uruguayan",
    "colombia: Colombia|Colombian",
    "brazil: Brazil|Brazilian",
    "argentina: Argentina|Argentine|Argentinian",
    # Europe and around it (the bundled sides place most of these on Europe)
    "belarus: Belarus|Belarusian",
    "moldova: Moldova|Moldovan",
    "serbia: Serbia|Serbian",
    "kosovo: Kosovo|Kosovar",
    "switzerland: Switzerland|Swiss",
    "vatican: Vatican|Holy See",
    # bodies that act as one party
    "united_nations: United Nations|UN|U.N.|Security Council",
    "african_union: African Union",
    "iaea: IAEA|International Atomic Energy Agency",
)

#: Every name of PARTIES (country, short form, demonym, capital): a word of places, no person's name.
PLACE_NAMES = frozenset(name for row in PARTIES for name in row.split(": ", 1)[1].split("|"))

#: Combining forms that stand for a country only as the first half of a hyphenated pair ("Indo-Pak",
#: "Sino-US", "Pak-Afghan talks"), each with the name it stands for (parties.py reads pairs).
COMBINING: tuple[str, ...] = ("Indo: India", "Sino: China", "Pak: Pakistan", "Russo: Russia")
