"""The attribution rules that read a quote's context rather than its own sentence: colon-previous,
continuation, previous-sentence and paragraph-before (split from attribution.py, whose other rules they share
the speech verbs and clause patterns of). Same return shape as attribution.py's rules.
"""

from __future__ import annotations

import re

from briefing.load.extract.attribution import SUBORDINATE, VERB, sentence_bounds, unnamed_subject
from briefing.load.extract.name_words import is_title
from briefing.load.extract.speakers import sentence_index
from briefing.load.extract.topic_lines import CONNECTIVE_LEAD, TOPIC_VERB, topic_heading

__all__ = ["context", "last_mark", "names_a_thing"]

#: A short adverbial before a sentence's subject: "Meanwhile, ", "On Tuesday, ", "In Kyiv, ".
_ADVERBIAL = re.compile(r"^[^,;:“”\"]{1,30},\s+")


def context(text, paragraphs, p_index, sentences, quote_start, quote_end, who, previous, previous_para):  # noqa: ANN001, ANN202
    """No attribution in the quote's own sentence: look at the sentence or paragraph before."""
    ps, pe = paragraphs[p_index]
    # A paragraph that is one quotation, perhaps behind a "Quote:" label (one outlet's house style, after a
    # "Details: X said …" paragraph).
    lead = text[ps:quote_start].strip()
    opens_paragraph = _QUOTE_LABEL.fullmatch(lead) is not None or CONNECTIVE_LEAD.fullmatch(lead) is not None
    if opens_paragraph and p_index > 0:
        prev_s, prev_e = paragraphs[p_index - 1]
        if text[prev_s:prev_e].rstrip().endswith(":"):
            verb = None
            for verb in VERB.finditer(text, prev_s, prev_e):
                pass
            if verb is not None:
                actor, a_s, _a_e = who(sentence_bounds(sentences, verb.start(), prev_s), verb.start())
                if actor:
                    return actor, "quote:colon-previous", 0.8, a_s, verb.end()
        # (a quotation the page is cut off inside is no one's: whose it is may have been said in what was cut;
        # unless the paragraph before left the speaker's quotation open, this one carrying it on)
        cut_off = not text[quote_end:].strip() and text[quote_end - 1:quote_end] not in "”\"’'" \
            and not _left_open(text, previous, prev_e)
        rest_empty = text[quote_end:pe].strip(" .,") == "" or _WIRE_CREDIT.fullmatch(text, quote_end, pe) is not None
        # (past a topic heading that names no one: "“…,” X said. / On the walkout: / “…”")
        after_heading = p_index > 1 and previous_para == p_index - 2 and topic_heading(text, prev_s, prev_e, who)
        if previous is not None and previous.speaker and (previous_para == p_index - 1 or after_heading) \
                and rest_empty and not cut_off:
            return previous.speaker, "quote:continuation", 0.55, previous.attr_start, previous.attr_end
        labelled = _QUOTE_LABEL.fullmatch(lead) is not None and bool(lead)  # "Quote:": the paragraph before says whose it is
        # "“…,” reads the post.": the post the paragraph before says its writer wrote
        alone = rest_empty or _READS_THE.fullmatch(text, quote_end, pe) is not None
        if alone and (labelled or _QUOTE_MARK.search(text, prev_s, prev_e) is None):
            return _paragraph_before(text, sentences, prev_s, quote_start, who)
    index = sentence_index(sentences, quote_start)
    if index is None or index == 0:
        return None
    s, _e = sentences[index]
    prev_s, prev_e = sentences[index - 1]
    if text[s:quote_start].strip() or prev_s < ps:
        return None  # only for a quote that opens a sentence, after a sentence of the same paragraph
    own = _OWN_SPEAKER.match(text, quote_end, _e)
    if own is not None and "," in text[max(s, quote_end - 3):own.start("who")]:
        return None  # "“…,” said Minnesota.": the sentence names a speaker (no actor: a place), not the last
    # The quote before is in the sentence before, or ends there ("“A. B,” said X. “C”": a full stop inside it
    # split it across two sentences; its speaker's attribution is in the sentence right before this one).
    if previous is not None and previous.speaker and previous_para == p_index \
            and (previous.start >= prev_s or (previous.end > prev_s and previous.attr_start >= prev_s)):
        return previous.speaker, "quote:previous-sentence", 0.65, previous.attr_start, previous.attr_end
    for verb in VERB.finditer(text, prev_s, prev_e):
        if _CLAUSE_PRONOUN.search(text, prev_s, verb.start()):
            return None  # "X shared a video of his mother's letter, in which she says …": she, not X (people33)
        actor, a_s, _a_e = who(prev_s, verb.start(), "first")
        if actor:
            return actor, "quote:previous-sentence", 0.65, a_s, verb.end()
    return None


def _left_open(text: str, previous, paragraph_end: int) -> bool:  # noqa: ANN001
    """Whether the quote before ends its paragraph with no closing mark ("X added: “… / “…"): a quotation of
    several paragraphs, the next carrying it on."""
    return previous is not None and not text[previous.end:paragraph_end].strip() \
        and text[previous.end:previous.end + 1] not in "”\"’'"


#: Right after a quote, a capitalised speaker and a speech verb either way round ("“…,” said Oregon",
#: "“…,” Manila said"; a comma ends the quotation or follows it): the sentence names its own speaker.
_OWN_SPEAKER = re.compile(r"[\s,”\"’']*(?P<who>(?:said|says|told|added|wrote)\s+[A-Z]"
                          r"|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:said|says|told|added|wrote)\b)")
#: A pronoun opening a relative or subordinate clause right before the verb: the verb's subject is that pronoun,
#: not the sentence's first person ("… a letter in which she says", "… a post where he wrote").
_CLAUSE_PRONOUN = re.compile(r"\b(?:which|whom|where|that|when|while|as)\s+(?:he|she|they)\s+$")
#: A pronoun after a comma right before the verb: "Talks resume on Wednesday, he added."
_TRAILING_PRONOUN = re.compile(r",\s(?:he|she)\s+")
#: The same with a name, perhaps titled: "…, Estonian Prime Minister X wrote on X." (the text before the name).
_TRAILING_TITLES = re.compile(r",\s+(?:[A-Z][\w.’'-]*\s+){0,4}$")
#: After a quote that is its paragraph: the text it is, with no owner named ("“…,” reads the post.").
_READS_THE = re.compile(r"[\s,]*(?:reads|read)\s+the\s+(?:post|message|tweet|statement|letter|note)[\s.]*")


#: An agency's credit closing a wire story's last paragraph after its quote ("“…” –PA", "“…” — AFP", "“…” (Reuters)"):
#: the paragraph is still one quotation.
_WIRE_CREDIT = re.compile(r"[ \t.,]*(?:[–—-][ \t]*(?P<dash>PA|AP|AFP|Reuters|dpa|ANI|PTI|IANS|UPI|EFE|Xinhua|Bloomberg)|"
                          r"\((?P<bracket>PA|AP|AFP|Reuters|dpa|ANI|PTI|IANS|UPI|EFE|Xinhua|Bloomberg)\))[ \t.]*")
#: A quotation mark in a paragraph (an apostrophe inside a word, "opposition's", is none).
_QUOTE_MARK = re.compile(r"[“\"‘]|(?<![A-Za-z])'|'(?![A-Za-z])")
_QUOTE_LABEL = re.compile(r"(?:(?:Quote|QUOTE)\s*:)?")


def _paragraph_before(text: str, sentences, para_start: int, quote_start: int, who):  # noqa: ANN001, ANN202
    """A paragraph that is one quotation, right after a paragraph with no quotation whose last sentence has a
    speech verb and a person as its subject ("Zelensky … accused the Kremlin of deceiving U.S. officials.
    / “We see how the Russians …”"): that person."""
    index = sentence_index(sentences, quote_start)
    if index is None or index == 0 or sentences[index - 1][0] < para_start:
        return None
    prev_s, prev_e = sentences[index - 1]
    # ("X first spoke on whether …", "He was also questioned on …": a press conference's topic line)
    verb = VERB.search(text, prev_s, prev_e) or TOPIC_VERB.search(text, prev_s, prev_e)
    if verb is None or SUBORDINATE.match(text, prev_s):
        return None
    actor, a_s, a_e = who(prev_s, verb.start(), "first")
    if actor is not None and (_TRAILING_PRONOUN.fullmatch(text, max(prev_s, a_s - 2), verb.start())
                              or (_TRAILING_TITLES.search(text[prev_s:a_s]) and not text[a_e:verb.start()].strip())):
        # "…, he added." / "…, Minister X wrote on X." closing the sentence: its speaker, whatever came first.
        return actor, "quote:paragraph-before", 0.6, a_s, verb.end()
    lead = _ADVERBIAL.sub("", text[prev_s:a_s], count=1).split()  # "Meanwhile, ", "On Tuesday, "
    if actor is None or unnamed_subject(text, a_e, verb.start()) or not all(
            w[:1].isupper() or is_title(w) or w in ("the", "a", "an", "of", "and") for w in lead):
        return None  # the person is the sentence's subject: only titles and names before it
    return actor, "quote:paragraph-before", 0.6, a_s, verb.end()


#: A quotation as the name of a thing: "the", the quotation, then the kind of thing it names ("during the “Ukraine.
#: Year 2025” conference", "the “Meet the Press” programme").
_THE_BEFORE = re.compile(r"\b[Tt]he\s*$")
_THING_AFTER = re.compile(r"\s+(?:conference|forum|summit|festival|programme|program|show|series|operation|campaign|"
                          r"initiative|format|plan|party|group|movement|doctrine|report|podcast|documentary|"
                          r"exercise|project|strategy|coalition|platform|declaration|memorandum|agreement)\b")


#: A quotation given as a title or a theme: "a news conference under the title “…”", "an event titled “…”".
#: (Not "called" or "dubbed": "X called it “a disgrace”" are X's words.)
_TITLE_BEFORE = re.compile(r"\b(?:(?:en)?titled|(?:under|with|bearing)\s+the\s+(?:title|theme|slogan|motto|banner)|"
                           r"themed)[ \t]*:?[ \t]*$")


def names_a_thing(text: str, open_start: int, close_end: int) -> bool:
    """Whether the quotation whose marks span text[open_start:close_end] names a thing (a conference, an
    operation) or is given as a title, so it is no one's words."""
    if _TITLE_BEFORE.search(text, max(0, open_start - 30), open_start) is not None:
        return True
    return _THE_BEFORE.search(text, max(0, open_start - 6), open_start) is not None and \
        _THING_AFTER.match(text, close_end) is not None


#: A quotation's own closing mark inside it ("… and say, ‘Is this acceptable?’”), and its opening mark.
_INNER_CLOSE = "’'"
_INNER_OPEN = "‘'"


def last_mark(text: str, inner_start: int, inner_end: int) -> str:
    """The punctuation a quotation ends with, looking through the closing mark of a quotation inside it that ends
    it too ("“… to me and say, ‘Is it acceptable?’” X said": "?", as for "“Is it acceptable?” X said"); else
    its last character."""
    last = text[inner_end - 1:inner_end]
    if last in _INNER_CLOSE and inner_end - 2 > inner_start and text[inner_end - 2] in ",.?!…" \
            and any(c in _INNER_OPEN for c in text[max(inner_start, inner_end - 600):inner_end - 1]):
        return text[inner_end - 2]
    return last
