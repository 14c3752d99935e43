"""Companies, airlines, platforms and outlets that news text makes the subject of a speech verb ("Kestrel
said in a statement", "the airline Varna said", "Truth Social said"): never a person.

A firm speaks through a statement; people extraction must not make its name a person, give it quotations,
count it among the people or give it a side. Two tests of a name no title or apposition introduces:
  FIRM_ENDS        the last word of a company's name ("Halden Steel", "Orbit Airways", "Truth Social",
                   "Kestrel Holdings"): a run of two words or more that ends in one is a firm's.
  written_as_firms(text)  the names the article itself writes as firms: a firm's name and its first word
                   ("Nippon Steel", "Nippon"), names before a corporate suffix ("Kestrel
                   Inc.", "Nippon Steel Corp."), after what kind of firm they are ("the airline Varna", "the
                   Japanese steelmaker X"), before their shares, their chief executive or their board ("Kestrel's
                   shares", "Kestrel CEO Abel Durn", "Kestrel-owned").
A person whose family name is a brand ("Ann Ford") keeps it: the tests are asked only of names no title or
apposition introduces, and a one-word name the article also prints as a person's full name stays that person's.
"""

from __future__ import annotations

import re

#: Words that end a company's name and seldom a person's ("Steel" is David Steel's too: only a run no title
#: or apposition introduces is tested, so "Senator Lena Steel" keeps hers).
FIRM_ENDS = frozenset("""Corp Corporation Inc Incorporated Ltd Limited LLC Plc PLC Co GmbH Group Holdings
    Airlines Airways Air Steel Motors Automotive Technologies Technology Tech Pharmaceuticals Pharma Petroleum Oil
    Gas Mining Metals Chemicals Telecom Telecommunications Communications Media Entertainment Studios Pictures
    Networks Platforms Social Software Systems Semiconductor Semiconductors Electronics Industries Enterprises
    Capital Partners Ventures Investments Securities Insurance Bank Bancorp Financial Logistics Shipping Foods
    Brands Stores Labs Laboratories Aerospace Energy Utilities Railways Railroad Lines""".split())
#: Words that begin a company's name in Spanish, Italian, French, Portuguese and Catalan ("Banco Sabadell",
#: "Banca Generali", "Banque Delubac", "Grupo Andino", "Caixa Geral", "Banc Sabadell"): never a given name.
FIRM_STARTS = frozenset("Banco Banca Banc Banque Grupo Gruppo Groupe Caixa Caja Compañía Compagnie".split())

_WORD = r"[A-Z][\w&]*(?:[’'][A-Z]\w*|-[A-Z]\w*)*\.?"
_RUN = rf"{_WORD}(?:[ \u00a0]{_WORD}){{0,3}}"
_SUFFIX = r"(?:Corp|Corporation|Inc|Incorporated|Ltd|Limited|LLC|Plc|PLC|Co|GmbH|Holdings|Airlines|Airways)\b"
_KIND = (r"(?:airline|carrier|company|firm|platform|network|newspaper|outlet|broadcaster|steelmaker|automaker|"
         r"carmaker|chipmaker|planemaker|retailer|conglomerate|app|insurer|lender|manufacturer|start-?up|"
         r"tech giant|giant|supplier|bank|group)")
_FIRM_AFTER = (r"(?:-owned|[’']s[ \u00a0]+(?:shares|stock|share[ \u00a0]+price|chief[ \u00a0]+executive|CEO|chairman|"
               r"board|shareholders|subsidiary|headquarters|parent)|[ \u00a0]+(?:CEO|chief[ \u00a0]+executive|"
               r"shares|stock|shareholders|board[ \u00a0]+of[ \u00a0]+directors))\b")
#: One scan of a text: a name before a corporate suffix, after "the <kind of firm>", before its shares or CEO.
_AS_FIRM = re.compile(
    rf"(?<![\w’'-])(?P<a>{_RUN})[ \u00a0]+{_SUFFIX}"
    rf"|\b[Tt]he[ \u00a0]+(?:[\w-]+[ \u00a0]+)?{_KIND}[ \u00a0]+(?P<b>{_RUN})(?![\w’'-])"
    rf"|(?<![\w’'-])(?P<c>{_RUN}){_FIRM_AFTER}"
    rf"|(?<![\w’'-])(?P<d>{_WORD}(?:[ \u00a0]{_WORD}){{0,2}})[ \u00a0]+(?:{'|'.join(sorted(FIRM_ENDS))})(?![\w’'-])"
    rf"|(?<![\w’'-])(?:{'|'.join(sorted(FIRM_STARTS))})[ \u00a0]+(?P<e>{_WORD})(?![\w’'-])")


def firm_named(words: tuple[str, ...]) -> bool:
    """Whether the run `words` (two words or more) ends in a company's word ("Halden Steel", "Truth Social") or
    begins with one ("Banco Sabadell")."""
    return len(words) > 1 and (words[-1].rstrip(".") in FIRM_ENDS or words[0] in FIRM_STARTS)


def written_as_firms(text: str) -> set[str]:
    """The names `text` writes as firms somewhere (one scan of the text), each as written and each of its
    tails ("Japan's Nippon Steel Corp." gives "Nippon Steel" and "Steel"), spaces read as spaces."""
    found: set[str] = set()
    for match in _AS_FIRM.finditer(text):
        words = [w.rstrip(".") for w in match.group(match.lastgroup or "a").split()]
        if match.lastgroup == "e":  # "Banco Sabadell": "Sabadell" alone is the firm's short name
            found.update((match.group(0).strip(), " ".join(words)))
        elif match.lastgroup == "d":  # "Nippon Steel": "Nippon" alone is the firm's short name
            found.update((" ".join(words), words[0]))
        else:
            found.update(" ".join(words[k:]) for k in range(len(words)))
    return found


def no_firms(found: list, text: str) -> list:
    """The introductions of `found` (of the article `text`) less the firms' names no title or apposition
    introduces; a one-word name that ends a full name the article introduces too ("Ann Ford") is kept."""
    untitled = [i for i in found if not i.role]
    if not untitled:
        return found
    firms = written_as_firms(text)
    fulls = {i.words[-1] for i in found if len(i.words) > 1 and not firm_named(i.words)
             and " ".join(i.words) not in firms}

    def firm(intro) -> bool:  # noqa: ANN001
        words = tuple(text[intro.start:intro.end].split())
        if firm_named(words):
            return True
        return " ".join(words) in firms and not (len(words) == 1 and words[0] in fulls)

    return [i for i in found if i.role or not firm(i)]
