"""The photo captions' and credits' line rules of boilerplate_rules.py (split out of it), and the agencies and
picture desks a credit ends with. Each (rule, label, pattern) is tried on a stripped line, case-sensitively, in the
order of boilerplate_rules.LINE_RULES (after the page's prompts and codes, before the rest).
"""

from __future__ import annotations

import re

#: Agencies and picture desks whose name ends a photo credit ("Evelyn Hockstein/AP", "| Getty Images").
AGENCY_NAMES = ("AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "Getty Images", "Getty", "Pool", "POOL", "Bloomberg",
                 "Sputnik", "TASS", "UPI", "Shutterstock", "Anadolu", "Anadolu Agency", "Handout", "Xinhua", "dpa", "DPA",
                 "Alamy", "NurPhoto", "SOPA Images", "Presidential Press Service", "Kremlin Press Office", "Ukrinform",
                 "Contributor", "File", "File Photo", "The Associated Press", "Associated Press", "VCG", "CFP", "IRNA", "WANA",
                 "ANI", "PTI", "IANS", "Yonhap", "Kyodo", "ZUMA", "Zuma", "SIPA", "Sipa", "Imago", "IMAGO",
                 "picture alliance", "picture-alliance", "Picture Alliance", "photothek", "Photothek", "EFE")
#: Where someone stands in a picture, after their name in its caption: "(L)", "(right)".
POSITION_MARK = r"\((?:L|R|C|left|right|center|centre)\)"
AGENCY = "(?:" + "|".join(re.escape(name) for name in sorted(AGENCY_NAMES, key=len, reverse=True)) + ")"
_SOCIAL = "(?:X|Twitter|Instagram|Facebook|Telegram|YouTube)"

#: (rule, label, pattern) of photo captions and their credits.
CAPTION_RULES: tuple[tuple[str, str, str], ...] = (
    ("boiler:caption", "Photo caption",
     rf"(?:Purchase Licensing\s+Rights|^FILE PHOTO:|^FILE\s+[-–—]\s+[A-Z]|/File Photo$|"
     rf"\((?:[^()]*[/ ])?(?:Pool )?Photo(?: via [A-Z]\w*|/[^()]{{1,60}})?\)$|"
     rf"^(?:Photo(?:graph)?|Image|Picture|Credit|PHOTO|IMAGE)\s*(?:credit)?\s*:|(?:AFP|AP|Reuters|Getty Images) file photo\.?$|"
     rf"\((?:{AGENCY})\)\.?$|\((?:not )?(?:in )?pic(?:tured)?\)|\(file\)$|"
     # a picture desk's label and a caption's file credit: "Photo/Illustration From left: …", "(Example
     # Shimbun file photos)"
     rf"^Photo/Ill?us?t?ration\b|\([^()]{{0,60}}\b[Ff]ile (?:photo|picture|image)s?\)\.?$|"
     rf"^(?:Image|Photo|Video|Picture|Media) (?:source|caption|credit)\b|^\(?{AGENCY}\)?\.?$|"
     # a social-media account as the credit: "… press conference. Photo: X/@POTUS", "… ties.(X-@pmoffice)"
     rf"(?:Photo|Image|Picture|Credit)s?\s*:\s*{_SOCIAL}\s*/\s*@\w+\.?$|\(\s*{_SOCIAL}\s*[-/:]\s*@\w+\s*\)\.?$)"),
    # A caption's credit in parentheses at its end: "… on April 26, 2025. (Vatican Media via AP)", "(Photo: Jan
    # Berg/Reuters)", "(Photo : Public Domain)"; "File photo" alone or leading a caption.
    ("boiler:caption-credit", "Photo caption",
     rf"(?:\((?:[^()]{{0,80}}\s)?via\s+{AGENCY}\)|"
     rf"\((?:Photo(?:graph)?|Picture|Image|Pic|Credit|File photo|FILE PHOTO|[Pp]hoto [Cc]redit)s?\s*:\s*[^()]{{1,80}}\))\.?$|"
     rf"^(?i:file (?:photo|picture|image|footage))(?:\s*[:|–—-]|\.?$)"),
    # A credit label after a caption's sentence: "… in Nairobi. Photo: Ministry of Foreign Affairs.", "(ELN). Photo: ELN.",
    # or glued to it by the scrape ("… Sept. 10, 2025.Photo: PAP/Jo Roe")
    ("boiler:photo-label", "Photo caption",
     r"(?:^|(?<=[.!?”\")])\s*)(?:Photo(?:graph)?|Picture|Image|Credit|PHOTO)s?\s*(?::|by\b)\s*"
     r"(?:(?:[A-Z][\w.'’/&-]*|of|and|the|for|de|la),?\s?){1,8}\.?(?:\s*\|)?$|"  # (a table cell's bar after)
     # …or after its last word, with no full stop: "… at the rally Image: Jo Roe/REUTERS"
     r"(?<=[a-z])\s+(?:Photo|Picture|Image)s?\s*:\s*(?:[A-Z][\w.'’/&-]*\s?){1,4}$"),
    # A credit line alone: "AFP via Getty Images", "Jan Berg/Reuters", "Reuters / Jan Berg".
    ("boiler:credit-line", "Photo credit",
     rf"^(?:(?:[A-Z][\w.'’-]*\s?){{1,4}}\s*[/|]\s*)?{AGENCY}(?:\s*/\s*(?:[A-Z][\w.'’-]*\s?){{1,4}})?"
     rf"(?:\s+via\s+{AGENCY})?\.?$"),
    # A credit leading its caption on one line: "Jane Roe / AFP via Getty Images / AFP via Getty Images President
    # X meets Y in the Oval Office on Monday." (the photographer, then the agency, then what the picture shows).
    ("boiler:credit-lead", "Photo caption",
     rf"^(?:[A-Z][\w.'’-]*\s?){{1,4}}\s*/\s*{AGENCY}(?:\s+via\s+{AGENCY})?"
     rf"(?:\s*/\s*{AGENCY}(?:\s+via\s+{AGENCY})?){{0,3}}\s+[A-Z]"),
    # Where someone stands in the picture, after their name: "President X (L) greets envoy Y at …", "X (R) and
    # his wife Y pay tribute …" (a story's prose never places people so).
    ("boiler:caption-position", "Photo caption",
     rf"[A-Z][\w’'-]+\s+{POSITION_MARK}\s+(?:and\s|[a-z])"),
    # What is left of a picture's file name on its own line: ".jpg)", "photo-1.webp".
    ("boiler:file-name", "Photo caption", r"^\S{0,80}\.(?:jpe?g|png|webp|gif|avif)\)?$"),
    # A wire story's note to editors on how this version differs: "(Recasts with …)", "(Updates with …)".
    ("boiler:wire-note", "Note to editors",
     r"^\((?:Recasts|Updates|Adds|Corrects|Rewrites|Refiles|Repeats|Changes|Removes|Fixes|Moves)\b[^()]{0,120}\)$"),
    # A caption's credit after a bar, the agency before the photographer: "… summit. | EPA-EFE/Jane Roe".
    ("boiler:credit-pipe", "Photo caption", rf"\|\s*{AGENCY}\s*/\s*(?:[A-Z][\w.'’-]*\s?){{1,4}}$"),
    # …or after the caption's last sentence: "X, Kyiv, February 23, 2025. REUTERS/Jane Roe", "… EFE/EPA/JO ROE".
    ("boiler:credit-after", "Photo caption",
     rf"[.!?]\s+{AGENCY}(?:\s*/\s*{AGENCY})*\s*/\s*(?:[A-Z][\w.'’-]*\s?){{1,4}}$"),
    # …or in capitals, the photographer's name and the desk's or agency's, one not in AGENCY_NAMES: "… during the
    # results presentation. JO ROE / EXAMPLE PRESS" (two words of capitals at least on each side of the slash
    # but one: no story's sentence ends so).
    ("boiler:credit-caps", "Photo caption",
     r"[.!?]\s+(?:[A-Z][A-Z'’.-]+\s){1,3}[A-Z][A-Z'’.-]+\s*/\s*[A-Z][A-Z'’&.-]+(?:\s[A-Z][A-Z'’&.-]+){0,3}$"),
    # …or in brackets, photographers and their agency: "… on Tuesday. (Jo Roe, Ann Doe/The Example Press)",
    # "… elections. (Jo Roe | Getty Images North America)"
    ("boiler:credit-bracket", "Photo caption",
     r"[.!?]\s*\((?:[A-Z][\w.'’-]*\s?){1,4}(?:,\s*(?:[A-Z][\w.'’-]*\s?){1,4}){0,3}\s*[/|]\s*"
     r"[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,4}\)$"),
    # …or with no full stop before the bracket, the photographer and an agency: "… by the strikers (Jo Roe/PA)",
    # "… outside the Commons (Jo Roe/PA Wire)" (a slash and an agency in brackets end no story's sentence)
    ("boiler:credit-bracket-agency", "Photo caption",
     rf"\s\((?:[A-Z][\w.'’-]*\s?){{1,4}}\s*/\s*(?:{AGENCY}|PA(?:\s+(?:Wire|Media|Archive))?)\)\.?$"),
    # A picture desk's caption: "CITY, COUNTRY - APRIL 28: Supporters react …" (place and day in capitals).
    ("boiler:caption-desk", "Photo caption",
     r"^[A-Z][A-Z.'’ -]{1,30},\s+[A-Z][A-Z.'’ -]{1,30}?\s*[-–—]\s*(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|"
     r"AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{1,2}(?:,\s*\d{4})?:\s"),
    # …or after a copyright sign: "… spoke to Vladimir Putin. © Collage: Jane Roe / POOL / AFP & REUTERS".
    ("boiler:credit-copyright", "Photo caption",
     r"[.!?]\s*©\s*(?:[A-Z][a-z]+\s*:\s*)?(?:[A-Z][\w.'’-]*\s?){1,4}(?:[/&]\s*(?:[A-Z][\w.'’-]*\s?){1,4}){0,4}$"),
    # A photographer and the office that hands the picture out: "Jane Roe / No 10 Downing Street".
    ("boiler:credit-office", "Photo credit",
     r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,2}\s+/\s+(?:No\.? \d+ )?(?:[A-Z][\w.'’&-]*\s?){1,5}$"),
    # …or after the caption's date, the agency alone, the photographer and the paper, or the photographer "for" it:
    # "… in London on March 2, 2025. Getty Images", "… 2025. Jo Roe/The Example Times", "… 2025. Jo Roe for The
    # Example Post" (a story's sentence ends with a year and its full stop, then no such credit).
    ("boiler:credit-dated", "Photo caption",
     rf"\b(?:19|20)\d{{2}}\.\s+(?:{AGENCY}|(?:[A-Z][\w.'’-]*\s?){{1,4}}\s*(?:/|\bfor\b)\s*"
     rf"[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){{0,4}})\.?$"),
    # A figure's, a table's or a map's numbered caption: "Figure 1. Map of suspected cases by district, as of …",
    # "Fig. 2: Weekly cases …", "Table 1. Cases and deaths by district" (a sentence of story never opens so).
    ("boiler:figure-caption", "Figure caption",
     r"^(?:Figure|FIGURE|Fig\.|Table|TABLE|Chart|Map|Graph|Graphic)\s+\d{1,2}[a-z]?\s*[.:]\s+[A-Z]"),
    # A picture desk's caption led by its day: "19/05/2025. London, United Kingdom. Prime Minister … hosts …".
    ("boiler:caption-dated", "Photo caption",
     r"^\d{1,2}/\d{1,2}/(?:19|20)\d{2}\.\s+[A-Z][\w.'’ -]{1,40},\s+[A-Z][\w.'’ -]{1,40}\.\s"),
)
