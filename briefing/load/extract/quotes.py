"""Direct quotes and who said them.

Quotes are paired marks inside one paragraph (line; see quote_marks.py for the styles), three words or more.
Attribution rules, first that applies wins (the rule name is kept on the Quote):
  quote:said-after     “…,” Lavrov said / “…,” he added / “…,” U.S. Representative X, a …, told Reuters
  quote:verb-first     “…,” said Trump / “…,” adds Ogryzko / “…,” said Ukraine's Foreign Minister Andriy Sybiga
  quote:said-before    X said: “…” / X reiterated “…” / X explains to ARA that “…”
  quote:colon-before   Lavrov was optimistic: “…”
  quote:for-name       For Shamiev, “…”
  quote:in-words       “…” after a phrase that names whose words follow: his own, X's, of X (words_of.py)
  quote:relayed        “…,” Trump quoted Zelensky as writing / Trump quoted Zelensky as saying: “…” (the source's)
  quote:sentence-verb  a speech verb later in the quote's sentence ("…“worse than …” …, he said.")
  quote:according-to   “…,” according to a post she made on X / a statement by X / EU envoy X (a person only)
  quote:colon-previous a quote-only paragraph after one that ends "Lavrov said …:"
  quote:dash-credit    a quote-only paragraph over a credit line "— Yuri Ushakov, aide to …" (a known person)
  quote:previous-sentence  a quote that opens a sentence right after one whose speaker is known
  quote:continuation   a quote-only paragraph right after an attributed quote (lower confidence)
  quote:paragraph-before  a quote-only paragraph after one with no quote whose last sentence's subject speaks
                       ("Zelensky … accused the Kremlin of …" / "“…”"); not after "After X spoke, a diplomat …"
  quote:transcript     "MARCO RUBIO: …" in a text with two labelled lines or more: the labelled person's; "Reporter: …
                       / Trump: …" in ordinary case only beside a questioner's line; "Q: … / A: …": the A lines are the
                       one person named before the first turn (none or two: unknown)
  quote:split          “… .” “…,” X said: a quotation ending a sentence right before X's, nothing but marks between
  quote:run-on         a quotation left open at its paragraph's end, the next paragraph opening with a mark
                       and naming its speaker ("“…, / “…,” he continued."): that speaker; a next paragraph
                       that closes the quotation without reopening it ("X said: “… / … .”") is a quote of its own
                       (a continuation). Names after an opening mark left open are quoted words (no pronoun's person).
A pronoun ("he said") resolves only to a person named outside quotes in the body, in its paragraph or the
one before: the one person the nearest such sentence names, or its subject; else the speaker of the quote
just before; else no one. "It said" / "the statement said" resolves to the institution the sentence before
names, when it is the one institution named there and in the sentence before that, else to no one.
A role ("the US president") resolves to the one current holder of that role and side; a country inside a
role phrase ("the UK prime minister", "Russia's foreign minister") names the one person holding that title
for that country (in the article, else in the gazetteer), else no one. A speaker is a person or a speaking
institution (the Kremlin, a ministry, "the statement"), never a country or a place (SPEAKING_KINDS, applied
where `who` picks among the names). Never the speaker: a possessive ("Trump's envoy said"), a name in an
inserted clause (", who …,"), a speech verb of another clause ("…," Trump wrote, as Zelensky said).
  quote:same-sentence  a later quote of a sentence whose first quote's speaker it names, nothing between
A participle ("X met Y, describing it as “…”", "he said, adding: “…”") takes its sentence's subject; a bare role
("the prime minister said") is the one person of the article holding it, else no one; a semicolon ends the
clause a speech verb before a quote may govern ("While X says …, Y doubts …; president-elect: ‘…’" is no one's).
A quotation after "so-called" or "the proposed" is a term, no one's words: unknown.
Two-word quotes ("gone well") are kept only when a person is named right beside them; one-word quotes only when
a speech verb and a person stand in their clause ("Witkoff called the talks “serious”"; never a capitalised word). When unsure, the speaker is None: shown as unknown.
"""
from __future__ import annotations

import re

from briefing.load.extract import attribution, quote_context, quote_pairs
from briefing.load.extract.according import credited_before
from briefing.load.extract.bare_name import bare_name, dash_credit
from briefing.load.extract.quote_echoes import echoed_term
from briefing.load.extract.quote_frames import antecedent_speaker, claimed_content, follows_question, role_tag
from briefing.load.extract.quote_marks import open_quote, quote_spans, second_left_open
from briefing.load.extract.quote_repeats import repeated_words
from briefing.load.extract.quote_wrap import join_broken_lines
from briefing.load.extract.opening_participles import opening_participle
from briefing.load.extract.speaker_roles import SPEAKING_KINDS, RoleResolver
from briefing.load.extract.self_named import not_self_named
from briefing.load.extract.speakers import MentionAt, RawQuote, Speakers
from briefing.load.extract.transcript_labels import QUESTIONER, answerer, label_person, transcript_labels
from briefing.load.extract.words_of import in_words

__all__ = ["SPEAKING_KINDS", "MentionAt", "RawQuote", "RoleResolver", "find_quotes", "quote_spans"]

Quoted = tuple[int, int, int, int]
#: Two words that are a sentence of their own, not a fragment: an exclamation or a question ("Vladimir, STOP!",
#: "Why now?"), or a name and words set off by a comma ("Thank you, Sergei."). Read as any quote.
_UTTERANCE = re.compile(r"\S+,?\s+\S+[!?]|\S+,\s+\S+\.")
#: Right before a quotation that is a name or a term, not someone's words: "so-called", or a determiner and a
#: participle of planning ("the proposed “reparations loan”": the name of what is proposed), or a thing and a
#: verb of naming ("a group chat called ‘…’": its name; not "what she called “…”", her words).
_TERM = re.compile(r"\b(?i:so[- ]called)\s*$|"
                   r"\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Tt]his)\s+(?:proposed|planned|envisaged|mooted)\s*$|"
                   r"\b(?:[Tt]he|[Aa]n?)\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:called|named|titled|entitled|dubbed)\s*$")
#: Right after a quotation, a noun it names ("under the “1000 for 1000” formula", "the “America First” doctrine"):
#: the quotation is the thing's name, no one's words.
_NAMED_THING = re.compile(r"[ \t]+(?:formula|format|principle|model|scheme|doctrine|mechanism|framework)s?\b")
#: A quotation that is a title, not someone's words: every word capitalised but for short function words, no
#: sentence punctuation ("Fox News Channel's “Sunday Morning Futures” program", "the “Art of the Deal”").
_TITLE = re.compile(r"(?:[A-Z][\w’'&.-]*|of|the|and|for|in|on|a|an|to|with|at|from)"
                    r"(?:[ \u00a0]+(?:[A-Z][\w’'&.-]*|of|the|and|for|in|on|a|an|to|with|at|from)){1,7}")  # the quotation with its marks, and its words (quote_marks.quote_spans)


def find_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]],
                mentions: list[MentionAt], roles: RoleResolver) -> list[RawQuote]:
    """Quotes of one source. `paragraphs` and `sentences` are the usable (non-boilerplate) ones."""
    paragraphs, sentences = join_broken_lines(text, paragraphs, sentences)
    in_paragraph = [quote_spans(text, ps, pe, 1, across_lines=True) for ps, pe in paragraphs]
    run_ons: dict[int, int] = {}  # a run-on quotation's first word → the start of the paragraph after it
    for p_index, (ps, pe) in enumerate(paragraphs):
        # A quotation of several paragraphs (the next one opens with a mark, or only closes one) or cut off by
        # the text's end.
        following = paragraphs[p_index + 1][0] if p_index + 1 < len(paragraphs) else None
        closing = _closes_only(text, *paragraphs[p_index + 1], in_paragraph[p_index + 1]) \
            if following is not None else None
        runs_on = text[pe:].strip() == "" if following is None \
            else text[following:following + 1] in "“\"" or closing is not None
        # "“…,” X said. “… / <other text>": X's second sentence, its closing mark lost (not run on)
        lost = not runs_on and second_left_open(text, pe, in_paragraph[p_index])
        run_on = open_quote(text, ps, pe, in_paragraph[p_index], runs_on or lost)
        if run_on is not None:
            # A 'single' quotation inside the open one is part of it.
            in_paragraph[p_index] = [*(q for q in in_paragraph[p_index] if q[0] < run_on[0]), run_on]
            if following is not None and not lost:
                run_ons[run_on[2]] = following
            if closing is not None:
                # "X said: “… / … .”": the next paragraph goes on without reopening the quotation; its words
                # up to the closing mark are a quote of their own (a continuation of X's).
                in_paragraph[p_index + 1] = [closing, *(q for q in in_paragraph[p_index + 1] if q[0] >= closing[1])]
    quoted_spans = sorted([*((os_, oe) for spans in in_paragraph for os_, oe, _s, _e in spans),
                           *_left_open(text, paragraphs, in_paragraph)])
    speakers = Speakers(text, paragraphs, sentences, mentions, quoted_spans, roles)
    # Transcript turns ("MARCO RUBIO: …"): only in a text with two of them or more (one "NEW DELHI: …"
    # line is a dateline, not a turn).
    labels, turn_starts = transcript_labels(text, paragraphs)
    a_turns = answerer(labels, paragraphs, speakers)
    quotes: list[RawQuote] = []
    for p_index, (ps, pe) in enumerate(paragraphs):
        label = labels[p_index]
        speaker = None if label is None else a_turns if label.group("label") == "A" \
            else roles.label(label.group("label").upper())
        if label is not None and not speaker and not label.group("label").isupper():
            speaker = label_person(label, speakers) or speaker  # "Vice President JD Vance:", a person found here
        if label is not None and speaker is False and not label.group("label").isupper() \
                and label.group("label") not in QUESTIONER:
            label = None  # "Vanya: “…”" beside "Reporter: …" lines: no one we know; its quotes read as any paragraph's
        if label is not None:
            # A transcript line, "MARCO RUBIO: …" (or the label alone on the line before): its words are the
            # labelled person's (or no one's we know).
            turn = turn_starts[p_index]
            if speaker is not False and turn < pe and len(text[turn:pe].split()) >= 3:
                qe = pe
                while text[qe - 1].isspace():
                    qe -= 1
                if text[turn] in "“\"" and text[qe - 1] in "”\"" and qe - turn > 2:
                    turn, qe = turn + 1, qe - 1  # "Marten: “We will …!”": the words inside the marks
                raw = RawQuote(turn, qe, speaker or None, "quote:transcript" if speaker else "quote:unattributed",
                               0.9 if speaker else 0.5, label.start("label"), label.end("label"))
                quotes.append(raw)
                if raw.speaker:
                    speakers.previous, speakers.previous_para = raw, p_index
            continue
        quotes.extend(_paragraph_quotes(text, paragraphs, sentences, p_index, in_paragraph[p_index], speakers))
    quotes = _carry_back(quotes, run_ons) if run_ons else quotes
    return not_self_named(text, repeated_words(text, quotes), mentions)  # (a headline's quote the body gives X: X's)


def _left_open(text: str, paragraphs: list[tuple[int, int]], in_paragraph: list[list[Quoted]]) -> list[tuple[int, int]]:
    """The words after an opening mark left open at a paragraph's end that no quote takes (the next paragraph
    neither reopens nor closes it): not a quote, but quoted words all the same, so a name there ("“… Putin shows
    no will to end the war.") is no one a pronoun after it may point to."""
    spans = []
    for (ps, pe), quoted in zip(paragraphs, in_paragraph, strict=True):
        if quoted and quoted[-1][1] >= pe - 1 and text[quoted[-1][0]] in "“\"":
            continue  # the run-on quotation is a quote already
        left = open_quote(text, ps, pe, quoted, True)
        if left is not None:
            spans.append((left[0], left[1]))
    return spans


def _closes_only(text: str, ps: int, pe: int, spans: list[Quoted]) -> Quoted | None:
    """A paragraph that opens with no quotation mark but closes one before any of its own quotations (the
    second paragraph of a quotation not reopened: "… to the farmers.”", or with an odd straight mark "… to the
    farmers.\""): (start, after the mark, start, the mark), the words stripped; else None."""
    close = text.find("”", ps, pe)
    if text.count('"', ps, pe) % 2:
        # a straight mark left unpaired, the first of the paragraph's: "… for defence investment.\"" closes the
        # quotation the paragraph before opened with one
        straight = text.find('"', ps, pe)
        close = straight if close < 0 or straight < close else close
    if close < 0 or text[ps:ps + 1] in "“\"‘'" or text.find("“", ps, close) >= 0 or text.find('"', ps, close) >= 0 \
            or any(os_ < close for os_, _oe, _s, _e in spans):
        return None
    start, end = ps, close
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (ps, close + 1, start, end) if len(text[start:end].split()) >= 3 else None


#: The rules that read a speaker in the quote's own sentence, after or around it: "“…,” he continued."
_CARRIED = frozenset({"quote:said-after", "quote:verb-first", "quote:sentence-verb", "quote:run-on"})


def _carry_back(quotes: list[RawQuote], run_ons: dict[int, int]) -> list[RawQuote]:
    """A quotation of several paragraphs attributed only at its end, by the journalistic convention (a paragraph
    opens a quotation and leaves it open; the next opens with a quotation mark and goes on: “…, / “… ,” he
    continued.): the open paragraphs are the words of the speaker named where the quotation closes. Only when
    the next paragraph's first quote opens it and names its speaker in its own sentence; backwards, so a
    quotation of three paragraphs takes the speaker named in the third."""
    out = list(quotes)
    for index in range(len(out) - 2, -1, -1):
        quote, after = out[index], out[index + 1]
        following = run_ons.get(quote.start)
        if following is None or quote.speaker is not None or quote.rule != "quote:unattributed":
            continue
        if after.speaker is None or after.rule not in _CARRIED or not following <= after.start <= following + 2:
            continue
        out[index] = RawQuote(quote.start, quote.end, after.speaker, "quote:run-on", round(after.confidence - 0.1, 2),
                              after.attr_start, after.attr_end)
    return out


def _paragraph_quotes(text: str, paragraphs: list[tuple[int, int]], sentences: list[tuple[int, int]], p_index: int,
                      quoted: list[Quoted], speakers: Speakers) -> list[RawQuote]:
    """The quotes of one paragraph (not a transcript turn), each with its speaker or None."""
    ps, pe = paragraphs[p_index]
    who, persons = speakers.who, speakers.roles.persons
    # Quotes of two words or more; a fragment of two only with a person named right beside it. (One
    # word in quotation marks is as often a label or a scare quote as someone's word: not a quote here.)
    para_quotes = [q for q in quoted if len(text[q[2]:q[3]].split()) >= 2]
    quotes: list[RawQuote] = []
    before_this: tuple[RawQuote, int] | None = None  # the paragraph's last attributed quote, its end
    para_quotes = [q for q in para_quotes
                   if not _is_title(text, q[2], q[3]) and not quote_context.names_a_thing(text, q[0], q[1])]
    following = dict(zip([q[0] for q in quoted], quoted[1:]))  # "“Q1” and “Q2”, X said": each quote's next one
    for q_index, (os_, oe, qs, qe) in enumerate(para_quotes):
        # "X, who told reporters that “…”": the antecedent's, whatever verb follows the quote
        antecedent = antecedent_speaker(text, ps, os_, speakers.between, persons)
        if antecedent is None and (_TERM.search(text, max(ps, os_ - 24), os_) or _NAMED_THING.match(text, oe)
                                   or claimed_content(text, ps, os_) or echoed_term(text, ps, os_, qs, qe)):
            # "the claims that “…”": what others claim; "asked whether he kept a “…”": the askers' term
            # "… want to join the so-called “Board of Peace,”": the writer's name for a thing, no one's words.
            quotes.append(RawQuote(qs, qe, None, "quote:unattributed", 0.5))
            continue
        # "Calling X a “…” of Y, Z emphasised …": the main clause's subject, before any verb after the quote
        found = (antecedent or opening_participle(text, attribution.sentence_bounds(sentences, os_, ps), os_, who)
                 or attribution.after(text, oe, pe, quote_context.last_mark(text, qs, qe), who,
                                      attribution.opens_sentence(text, ps, os_), follows_question(text, ps, os_))
                 # "“So this week?” the reporter followed up.": a role speaks, no one named
                 or role_tag(text, oe, quote_context.last_mark(text, qs, qe))
                 or quote_pairs.joined(text, oe, following.get(os_), pe, who, attribution.opens_sentence(text, ps, os_))
                 or bare_name(text, oe, pe, text[qe - 1:qe], who, persons,  # "“…,” Dmitriev."
                              attribution.opens_sentence(text, ps, os_))
                 or in_words(text, attribution.sentence_bounds(sentences, os_, ps), os_, speakers)  # "In his words,"
                 or attribution.before(text, sentences, ps, os_, who, para_quotes[max(0, q_index - 1):q_index],
                                       persons)
                 or quote_pairs.coordinated(text, before_this, os_, speakers.between))
        if found is None and before_this is not None:
            found = quote_pairs.same_sentence(text, sentences, before_this, os_, speakers.between,
                                              speakers.roles.silent)
        if len(text[qs:qe].split()) < 3 and not _UTTERANCE.fullmatch(text, qs, qe):
            # A fragment of two words: only a person named right beside it ("a NATO diplomat described … as “…”"
            # is no one's we know), and not a name or title (every word capitalised: "Truth Social").
            named = all(w[:1].isupper() for w in text[qs:qe].split())
            if found is not None and found[0] in persons and not named:
                raw = RawQuote(qs, qe, found[0], found[1], round(found[2] - 0.1, 2), found[3], found[4])
                quotes.append(raw)
                before_this = (raw, oe)
            continue
        found = found or dash_credit(text, paragraphs, p_index, os_, oe, who, persons) \
            or attribution.according(text, oe, pe, who, persons) \
            or attribution.sentence_verb(text, sentences, os_, oe, who) or quote_context.context(
            text, paragraphs, p_index, sentences, os_, oe, who, speakers.previous, speakers.previous_para)
        if found is not None and found[1] in _LATER_VERB and \
                credited_before(text, attribution.sentence_bounds(sentences, os_, ps), os_):
            found = None  # "…, according to X, “…” had been “…”, the minister conceded": not the minister's
        if found is None or found[0] is None:
            raw = RawQuote(qs, qe, None, "quote:unattributed", 0.5)
        else:
            actor, rule, confidence, a_s, a_e = found
            raw = RawQuote(qs, qe, actor, rule, confidence, a_s, a_e)
        quotes.append(raw)
        if raw.speaker:
            speakers.previous, speakers.previous_para = raw, p_index
            before_this = (raw, oe)
    quotes = _split_quotations(text, quotes)
    words = _one_words(text, sentences, ps, pe, quoted, speakers, quotes)
    return sorted([*quotes, *words], key=lambda q: q.start) if words else quotes


#: The rules that read a speech verb after the quote (in its sentence).
_LATER_VERB = frozenset({"quote:said-after", "quote:verb-first", "quote:sentence-verb"})
#: Between two quotations a writer split (“… .” “…,” X said): the closing mark, spaces, the opening mark.
_SPLIT = re.compile(r"[”\"’'][ \t]*[“\"‘']")


def _split_quotations(text: str, quotes: list[RawQuote]) -> list[RawQuote]:
    """“We will win.” “The plan is good,” X said: a quotation ending a sentence, right before one whose own clause
    names its speaker, with nothing between but the marks, is that speaker's (one quotation, split in two)."""
    out = list(quotes)
    for index in range(len(out) - 2, -1, -1):
        this, following = out[index], out[index + 1]
        if this.rule == "quote:unattributed" and following.speaker is not None \
                and following.rule in ("quote:said-after", "quote:verb-first") \
                and text[this.end - 1:this.end] in ".!?" and _SPLIT.fullmatch(text, this.end, following.start):
            out[index] = RawQuote(this.start, this.end, following.speaker, "quote:split", 0.8,
                                  following.attr_start, following.attr_end)
    return out


#: What a title never holds: a sentence ending inside it ("Ruin. Ruin."), or a pronoun opening a sentence that
#: ends with a stop ("It’s in the North Valley.", "We Will Win!" is a slogan someone shouts).
_SPOKEN = re.compile(r"[a-z]{2}[.!?]\s+[A-Z]|^(?:I|It|We|You|He|She|They|There|This|That)(?:[’'][a-z]{1,2})?\s.*[.!?]$")


def _is_title(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] (a quotation's words) is a title or a name: title case, two capitalised words
    or more, nothing after the last word but a comma, or a full stop after three capitalised words or more (a
    summit's theme, “Strengthening Multilateralism for Just Global Development and Security.”)."""
    words = text[start:end].rstrip(",")
    if _SPOKEN.search(words):
        return False  # "Ruin. Ruin. Ruin," / “It’s in the North Valley.”: sentences someone spoke, not a title
    capitalised = sum(w[:1].isupper() for w in words.split())
    return _TITLE.fullmatch(words) is not None and capitalised >= 2 \
        and (not words.endswith(".") or capitalised >= 3 or _TITLE_SLOT.search(text, max(0, start - 12), start))


#: Right before a quotation's opening mark, where a programme's or a paper's name stands: after a possessive or
#: "on" ("said on NBC News’ “Meet the Press.”": the sentence's full stop inside the marks, American style).
_TITLE_SLOT = re.compile(r"(?:[’']s?|\bon)[ \u00a0][“\"‘']$")


#: A quotation of one word that may be someone's: a lower-case word ("historic", "businesslike"), not a
#: name or a title ("Board", "Oreshnik"), with at most a comma or a full stop inside the marks.
_ONE_WORD = re.compile(r"[a-z][a-z’'-]*[a-z][,.!?]?")
#: The rules that read a speech verb and its speaker in the quote's own clause.
_OWN_CLAUSE = frozenset({"quote:said-before", "quote:said-after", "quote:verb-first", "quote:coordinated"})


def _one_words(text: str, sentences: list[tuple[int, int]], ps: int, pe: int, quoted: list[Quoted],  # noqa: PLR0913
               speakers: Speakers, others: list[RawQuote]) -> list[RawQuote]:
    """Quotations of one word: someone's only with a speech verb and a person named in the same clause
    ("Witkoff called the talks “serious”", "“Historic,” Xi said"); a scare quote, a term or a name is no one's
    and not a quote at all. They take no part in the attribution of the paragraph's other quotes."""
    found: list[RawQuote] = []
    by_start = {r.start: r for r in others if r.rule in _OWN_CLAUSE}
    for index, (os_, oe, qs, qe) in enumerate(quoted):
        if not _ONE_WORD.fullmatch(text, qs, qe) or _TERM.search(text, max(ps, os_ - 24), os_) \
                or claimed_content(text, ps, os_) or echoed_term(text, ps, os_, qs, qe):
            continue
        earlier = quoted[index - 1:index]  # the window starts after any quote before (quoted: sorted, disjoint)
        last = by_start.get(earlier[0][2]) if earlier else None
        attributed = (opening_participle(text, attribution.sentence_bounds(sentences, os_, ps), os_, speakers.who)
                      or attribution.after(text, oe, pe, text[qe - 1:qe], speakers.who,
                                        attribution.opens_sentence(text, ps, os_))
                      or quote_pairs.joined(text, oe, quoted[index + 1] if index + 1 < len(quoted) else None, pe,
                                            speakers.who, attribution.opens_sentence(text, ps, os_))
                      or attribution.before(text, sentences, ps, os_, speakers.who, earlier,
                                         speakers.roles.persons)
                      # "X said they had “gone well” and called the plan “historic”": the first one's speaker
                      or quote_pairs.coordinated(text, (last, earlier[0][1]) if last else None, os_))
        if attributed is None or attributed[0] not in speakers.roles.persons or attributed[1] not in _OWN_CLAUSE:
            continue
        if attributed[1] == "quote:said-before" and _reported_after(text, oe, pe):
            continue  # "X pledged to find children “abducted” in the war, the statement said": the statement's word
        window = (attributed[3], os_) if attributed[1] != "quote:said-after" else (oe, attributed[4])
        others = [m for m in speakers.between(*window) if m.person and m.actor != attributed[0]]
        if others and not (attributed[1] == "quote:said-before" and _set_off(text, attributed[3], attributed[4], others)):
            continue  # another person named between the speaker and the word: whose word it is is not plain
        actor, rule, confidence, a_s, a_e = attributed
        found.append(RawQuote(qs, qe, actor, rule, round(confidence - 0.15, 2), a_s, a_e))
    return found


#: The rest of a sentence after a quotation, closed by someone else's saying: ", the statement said.", ", officials
#: told reporters.", ", according to the Kremlin." (the subject short, no quotation or clause break in it).
_SAYING_CLOSES = re.compile(r"[^.!?;:“”\"]{0,120}?,\s+(?:according to\s[^.!?;:,“”\"]{1,60}|[^.!?;:,“”\"]{1,40}?\s"
                            r"(?:said|says|added|stated|noted|reported|read|wrote|told\s+[a-z]+))\s*[.!?]")


def _reported_after(text: str, quote_end: int, para_end: int) -> bool:
    """Whether the sentence of a quotation that ends at `quote_end` closes with a saying of its own ("…
    “abducted” in the war, the statement said."): the sentence reports that saying, and a word quoted in it is
    the saying's, not the word of the subject of a verb before it (bounded: 120 characters after the quote)."""
    return _SAYING_CLOSES.match(text, quote_end, para_end) is not None


def _set_off(text: str, subject_start: int, verb_end: int, others: list[MentionAt]) -> bool:
    """Whether the people named between a subject and its speech verb all stand in a phrase set off by commas
    right after the subject ("X, flanked by Y and Z, described the talks as “…”"): they do not speak there."""
    first = text.find(",", subject_start, verb_end)
    last = text.rfind(",", first + 1, verb_end) if first >= 0 else -1
    return last >= 0 and all(first < m.start and m.end <= last for m in others) \
        and not re.search(r"[;:.“”\"]", text[first:last])
