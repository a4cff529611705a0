"""Figures in news text: numbers with what they count, how they are qualified and who says so.

Sources disagree most visibly on numbers ("more than 100" vs "at least 100" political prisoners,
52 vs 50 released), and a story's briefing is mostly made of them, so every figure is read with
its context: the qualifier ("щонайменше" -> "at least"), the counted noun phrase rendered in
English through per-language lexicons (:mod:`storywire.nlp._figuredata`; unknown nouns fall back
to their romanised lemma), the verb class of what happened to them ("released", "held"), the
date of the sentence, the source it is attributed to and whether it is hedged ("нібито").

No model is involved: a figure is a number (digits, number words, "сотні", "1,5 млн") followed
by a noun phrase, found by a small token scanner. Numbers that are not counts are skipped:
dates (found with :func:`storywire.nlp.dates.find_dates`), years, times, ordinals ("21-й",
"3rd"), phone numbers, list numbering, labels ("№ 5", "article 5") and parts of names ("Су-35",
"COVID-19", "G7"); a number without anything it counts is left out too, which keeps elided
lists ("ODS 27, Starostové 22") out at the price of some recall. Reading the numbers (and
those exclusions) is :mod:`._numbers`; this module reads the sentence around them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from functools import cache

from storywire.model import Figure
from storywire.nlp import _figuredata as D
from storywire.nlp._lexicon import lemmatize
from storywire.nlp._numbers import (
    TIME_UNITS,
    Lex,
    Number,
    Tok,
    adjacent,
    blocked_spans,
    compound_noun,
    inside,
    lexicon,
    norm,
    not_a_count,
    number_at,
    number_range,
    qualifier_around,
    tokens,
)
from storywire.nlp._quotedata import LEXICONS as SPEECH_LEXICONS
from storywire.nlp._spans import trimmed
from storywire.nlp.dates import DateMention, PeriodMention, find_dates, find_periods

__all__ = ["find_figures", "sentences", "verb_class"]

#: numbers are looked at in texts up to this long (longer input is cut, never rejected)
MAX_CHARS = 200_000
#: the counted noun may stand this many words after the number ("52 білоруських політв'язнів")
NOUN_WINDOW = 3
#: a source named after a cue ("according to ...") is at most this many words
SOURCE_WORDS = 5
#: counted nouns that say what happened by themselves ("52 загиблих": 52 killed)
_IMPLIED = {"dead": "killed", "injured": "injured", "missing": "missing",
            "detainees": "detained", "political prisoners": "held"}
_SENT_END = re.compile(r"[.!?…]+[\"»”)]*\s+|\n\s*")
_INITIAL = re.compile(r"(?:^|[\s(])[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ]?\.$")
_BOUNDARY = re.compile(r"[,.;:!?()«»\"“”„—–\n]")


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` (end-exclusive, surrounding whitespace left out).

    A period after an initial ("Дж. Коул", "J. Smith") does not end a sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENT_END.finditer(text):
        if "\n" not in m.group() and _INITIAL.search(text, max(0, m.start() - 4), m.start() + 1):
            continue
        if m.start() + 1 < len(text) and text[m.end() : m.end() + 1].islower():
            continue  # "тис. осіб", "ca. 100": an abbreviation, not a sentence end
        end = m.start() + len(m.group().rstrip())
        _add_span(text, spans, start, end)
        start = m.end()
    _add_span(text, spans, start, len(text))
    return spans


def _add_span(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    span = trimmed(text, start, end)
    if span:
        spans.append(span)


# --- what is counted ------------------------------------------------------------------------


def _counted(
    text: str, toks: list[Tok], j: int, stop: int, lx: Lex, lang: str
) -> tuple[str, int, int, int] | None:
    """(English counts, counts start, counts end, token index after) for the words at ``j``."""
    lex = lx.raw
    if j < stop and toks[j].kind == "sym" and toks[j].text == "%":
        return "percent", toks[j].start, toks[j].end, j + 1
    if j >= stop or toks[j].kind != "word" or not adjacent(text, toks[j - 1].end, toks[j].start):
        return None
    if toks[j].low in lex.of_words and j + 1 < stop:  # "hundreds of people"
        j += 1
        if toks[j].low in ("the", "these", "those", "les", "ces", "den", "der", "die"):
            j += 1
        if j >= stop or toks[j].kind != "word":
            return None
    code = D.CURRENCY_CODES.get(toks[j].low)
    if code:
        return code, toks[j].start, toks[j].end, j + 1
    adjs: list[str] = []
    k = j
    while k < stop and k - j < NOUN_WINDOW + 1 and toks[k].kind == "word":
        if k > j and not adjacent(text, toks[k - 1].end, toks[k].start):
            break
        low = toks[k].low
        if low in lex.stopwords or low in D.PRONOUNS:
            break
        adj = lx.adjectives.word(low)
        noun = lx.nouns.at(toks, k, stop)
        if adj and noun and noun[1] < stop and lx.nouns.at(toks, noun[1], stop):
            noun = None  # "військових літаків": an adjective before a noun
        if noun is None and not adj and not _modifier(toks[k], lx, lang):
            break  # a verb or another number stands between the number and any noun
        if noun:
            meaning, after = noun
            if lex.adjectives_follow and after < stop and toks[after].kind == "word":
                post = lx.adjectives.word(toks[after].low)
                if post and adjacent(text, toks[after - 1].end, toks[after].start):
                    adjs.append(post)
                    after += 1
            words = [a for a in dict.fromkeys(adjs) if a.lower() not in meaning.lower()]
            return " ".join([*words, meaning]), toks[j].start, toks[after - 1].end, after
        if adj:
            adjs.append(adj)
        k += 1
    return _fallback(text, toks, j, stop, lx, lang)


def _modifier(tok: Tok, lx: Lex, lang: str) -> bool:
    """Can this unknown word stand between a number and its noun ("52 белорусских ...")?"""
    low = tok.low
    if low in lx.raw.numbers or lx.verbs.word(low) or low in lx.raw.scales:
        return False
    endings = _ADJ_ENDINGS.get(lang)
    if endings is not None:
        return low.endswith(endings)
    if lang == "de":
        return tok.text[:1].islower()
    return not low.endswith(("ly", "ed", "'s")) and tok.text[:1].islower()


#: endings of adjectives that cannot head a counted phrase ("52 нових": the noun is missing)
_NOT_HEAD = {
    "uk": ("их", "ий", "ого", "ому", "ими"), "bg": ("ски", "ските"),
    "pl": ("ych", "ich", "ymi", "ego"),
}
_VERBISH = {
    "uk": ("ти", "тися", "ться"), "ru": ("ть", "ться", "ти", "чь", "чься"),
}
_ADJ_ENDINGS = {
    "uk": ("их", "ий", "ій", "іх", "і", "ого", "ому", "ими"),
    "ru": ("ых", "их", "ый", "ий", "ой", "ые", "ие", "ого", "ому", "ыми", "ими"),
    "bg": ("ски", "ни", "ки", "ти", "ите"), "pl": ("ych", "ich", "e", "i", "ym", "ymi"),
}


def _fallback(
    text: str, toks: list[Tok], j: int, stop: int, lx: Lex, lang: str
) -> tuple[str, int, int, int] | None:
    """An unknown counted noun: its lemma, romanised (None when it does not look like one).

    Up to :data:`NOUN_WINDOW` words are looked at: modifiers (adjectives) first, then the head
    noun, which must look like one: plural in English, capitalised in German, not a verb, a
    pronoun or a preposition elsewhere (and, in Russian, a noun to pymorphy3).
    """
    if lang not in D.LEXICONS:
        return None
    k = j
    while k < stop and k - j < NOUN_WINDOW and toks[k].kind == "word":
        tok = toks[k]
        if k > j and not adjacent(text, toks[k - 1].end, tok.start):
            return None
        if _head_noun(tok, lx, lang):
            roman = tok.low if lang == "en" else _romanise(_lemma(tok.text, lang))
            return (roman, toks[j].start, tok.end, k + 1) if roman else None
        if not _modifier(tok, lx, lang) or tok.low in lx.raw.stopwords or (
            lang not in ("de", "en") and tok.text[:1].isupper()
        ):
            return None
        k += 1
    return None


def _head_noun(tok: Tok, lx: Lex, lang: str) -> bool:
    """Does ``tok`` look like the head noun of a counted phrase?"""
    low = tok.low
    lex = lx.raw
    if len(low) < 3 or low in lex.stopwords or low in D.PRONOUNS or "-" in low:
        return False
    if low in lex.numbers or lx.verbs.word(low) or low in lex.scales:
        return False
    if lang == "de":
        return tok.text[:1].isupper()
    if lang == "en":
        return low.endswith("s") and not low.endswith(("ss", "us", "is", "ous", "'s")) and \
            low not in _EN_NOT_NOUNS and tok.text[:1].islower()
    if tok.text[:1].isupper():
        return False  # a name ("52 Лукашенко"), not a counted noun
    if lang == "ru":
        return _ru_noun(low)
    if low.endswith(_NOT_HEAD.get(lang, ("\0",))):
        return False
    lemma = _lemma(tok.text, lang).lower()
    return not lemma.endswith(_VERBISH.get(lang, ("\0",)))


@cache
def _ru_noun(low: str) -> bool:
    morph = _morph()
    if morph is None:
        return True
    parses = morph.parse(low)
    return any(p.tag.POS == "NOUN" for p in parses[:3])


@cache
def _morph():  # type: ignore[no-untyped-def]
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang="ru")
    except Exception:  # pragma: no cover - pymorphy3 is a dependency
        return None


_EN_NOT_NOUNS = D.wordset(
    "as per percent cent so then now ago times more less most its his hers theirs this is was has "
    "does goes yes news series plus always perhaps"
)


def _lemma(word: str, lang: str) -> str:
    return lemmatize(word, lang)


def _romanise(word: str) -> str:
    from unidecode import unidecode

    return re.sub(r"[^\w -]", "", unidecode(word)).lower()


# --- sentence context -----------------------------------------------------------------------


def verb_class(sentence: str, lang: str, near: int | None = None) -> str | None:
    """The happening class ("released", "killed") of the verb nearest ``near`` in ``sentence``."""
    lx = lexicon(lang)
    toks = [t for t in tokens(sentence) if t.kind == "word"]
    best: tuple[int, str] | None = None
    for i, tok in enumerate(toks):
        hit = lx.verbs.at(toks, i, len(toks))
        if hit is None:
            continue
        dist = abs(tok.start - near) if near is not None else i
        if best is None or dist < best[0]:
            best = (dist, hit[0])
    return best[1] if best else None


def _happening(toks: list[Tok], lo: int, hi: int, skip: tuple[int, int], at: int,
               lx: Lex) -> str | None:
    best: tuple[int, str] | None = None
    for i in range(lo, hi):
        tok = toks[i]
        if tok.kind != "word" or skip[0] <= tok.start < skip[1]:
            continue
        hit = lx.verbs.at(toks, i, hi)
        if hit is None:
            continue
        dist = tok.start - at if tok.start >= at else at - tok.end
        if best is None or dist < best[0]:
            best = (dist, hit[0])
    return best[1] if best else None


def _source_after(sent: str, pos: int, lx: Lex, words: int, rel: int) -> str | None:
    """The source named from ``pos`` on: up to a boundary, "citing", "that", the figure at
    ``rel`` or :data:`SOURCE_WORDS` words (one noun or name when ``words`` is 1)."""
    tail = sent[pos : rel if pos <= rel else len(sent)]
    cut = _BOUNDARY.search(tail)
    if cut:
        tail = tail[: cut.start()]
    if lx.citing:
        m = lx.citing.search(norm(tail))
        if m:
            tail = tail[: m.start()]
    parts = tail.split()
    while parts and norm(parts[0]) in _ARTICLES:
        parts.pop(0)
    keep: list[str] = []
    for p in parts[:SOURCE_WORDS]:
        low = norm(p)
        if any(c.isdigit() for c in p):
            break
        stop = low in _breakers(lx.raw) or low in lx.raw.stopwords or low in D.PRONOUNS
        if keep and (stop or lx.verbs.word(low) or (lx.speech and lx.speech.fullmatch(low))):
            break
        if keep and words == 1 and not p[:1].isupper():
            break  # after a speech verb: one noun, or a capitalised name
        keep.append(p)
    return _clean_source(" ".join(keep))


def _breakers(lex: D.FigureLexicon) -> frozenset[str]:
    """First words of hedges and qualifiers: a source name ends before them."""
    return _first_words(tuple(lex.hedges) + tuple(lex.qualifiers))


@cache
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(norm(p).split()[0] for p in phrases if p.strip())


_ARTICLES = D.wordset("the a an des les la le l' der die das den dem ein eine einer einen")


def _clean_source(source: str) -> str | None:
    source = source.strip(" -–—,'\"«»“”’‘")
    if not source or norm(source) in D.PRONOUNS or not any(c.isalpha() for c in source):
        return None
    return source


def _asserted(sent: str, rel: int, lx: Lex, lang: str) -> str | None:
    """Who the sentence says asserts the figure at ``rel`` (nearest attribution), if anyone.

    A cue ("according to", "за даними") is followed by the source; a speech verb has it
    before (the subject: "Human rights groups say ...", "..., the ministry said") or, right
    after a comma or quote, after it ("..., сказали джерела").
    """
    low = norm(sent)
    found: list[tuple[int, str]] = []
    if lx.cues:
        for m in lx.cues.finditer(low):
            if lang == "de" and m.group("p") == "zufolge":  # "Berichten zufolge": before
                clause = _BOUNDARY.split(sent[: m.start()])[-1].split()
                source = _clean_source(" ".join(clause[-3:]))
            else:
                source = _source_after(sent, m.end(), lx, SOURCE_WORDS, rel)
            if source:
                found.append((abs(m.start() - rel), source))
    if lx.speech:
        for m in lx.speech.finditer(low):
            head = sent[: m.start()]
            parts = _BOUNDARY.split(head)
            clause = parts[-1]
            words = clause.split()
            source = None
            at_start = len(parts) == 1 or re.search(r"[\"«»“”„—–]\s*$", head[: len(head)
                                                                         - len(clause)])
            limit = 6 if at_start else 4
            if 0 < len(words) <= limit and _subject_like(words, lx):
                source = _clean_source(clause)
            if source is None and not words:  # ", сказали джерела": the source follows
                source = _source_after(sent, m.end(), lx, 1, rel)
            if source:
                found.append((abs(m.start() - rel), source))
    return _anonymous(min(found)[1], lang) if found else None


#: what an anonymous source is called in the English story ("джерела", "собеседников агентства")
UNNAMED = "unnamed sources"


def _anonymous(source: str, lang: str) -> str:
    """``source``, or :data:`UNNAMED` when it only says "sources" (of the outlet): an English
    briefing should not quote "джерела, собеседников агентства" as if they were names."""
    lex = SPEECH_LEXICONS.get(lang)
    if lex is None or not lex.sources:
        return source
    words = [w for w in (norm(x) for x in source.split()) if w not in _ARTICLES]
    kinds = ["s" if w.startswith(lex.sources) else
             "o" if lex.outlets and w.startswith(lex.outlets) else "" for w in words]
    return UNNAMED if words and "s" in kinds and all(kinds) else source


def _subject_like(words: list[str], lx: Lex) -> bool:
    """Can these words before a speech verb be its subject (not "Про це", not "28 пунктів")?"""
    first = norm(words[0])
    if first in lx.raw.stopwords and first not in _ARTICLES:
        return False
    if any(any(c.isdigit() for c in w) for w in words):
        return False
    return not any(lx.verbs.word(norm(w)) for w in words)


CLAUSE_BREAK = re.compile(r"[,;:()—–]|\s-\s")


def _same_clause(text: str, sent: tuple[int, int], a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do spans ``a`` and ``b`` share a clause? An opening date ("On June 21, ...", "У
    вересні, ...") reaches over the comma that closes it."""
    (s1, e1), (s2, _) = sorted((a, b))
    if not CLAUSE_BREAK.search(text, e1, s2):
        return True
    opening = len(text[sent[0] : s1].split()) <= 1
    return opening and (a[0] == s1) and not CLAUSE_BREAK.search(text, e1 + 1, s2) and \
        text[e1 : e1 + 1] == ","


def _date_for(
    text: str, start: int, end: int, sent: tuple[int, int], dates: list[DateMention],
    periods: list[PeriodMention],
) -> str | None:
    """The ISO date of the figure's clause (nearest first); a period only when a month holds it.

    ``a`` in :func:`_same_clause` is the date, so only an opening date reaches over a comma.
    """
    found: list[tuple[int, str]] = []
    for mention in dates:
        if sent[0] <= mention.start < sent[1] and _same_clause(
            text, sent, (mention.start, mention.end), (start, end)
        ):
            dist = mention.start - end if mention.start >= end else start - mention.end
            found.append((dist, mention.value))
    for period in periods:
        value = period_value(period)
        if value and sent[0] <= period.start < sent[1] and _same_clause(
            text, sent, (period.start, period.end), (start, end)
        ):
            dist = period.start - end if period.start >= end else start - period.end
            found.append((dist + 1, value[0]))
    return min(found)[1] if found else None


def period_value(period: PeriodMention) -> tuple[str, str] | None:
    """(ISO value, granularity) a week or weekend honestly stands for: its month, else its year."""
    first, last = period.first, period.last
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.year:04d}-{first.month:02d}", "month"
    if first.year == last.year:
        return f"{first.year:04d}", "year"
    return None


# --- public API -----------------------------------------------------------------------------


def find_figures(
    text: str, lang: str, *, ref: dt.date | None = None, field: str = "text"
) -> list[Figure]:
    """Every figure in ``text`` (see the module docstring), in text order.

    ``lang`` is an ISO 639-1 code (languages without a lexicon get digits with "%" and currency
    only); ``ref`` (the publication date) resolves relative and yearless dates in a figure's
    sentence. Offsets point into ``text``; ``field`` is copied into each record.
    """
    if not text or not isinstance(text, str):
        return []
    text = text[:MAX_CHARS]
    lang = (lang or "").lower()
    lx = lexicon(lang)
    toks = tokens(text)
    if not any(t.kind == "num" for t in toks) and not lx.raw.numbers:
        return []
    spans = sentences(text)
    sent_starts = [s for s, _ in spans]
    blocked = blocked_spans(text, lang)
    blocked_starts = [s for s, _ in blocked]
    dates = find_dates(text, lang, ref) if ref is not None else find_dates(text, lang, None)
    periods = find_periods(text, lang, ref) if ref is not None else []
    tok_starts = [t.start for t in toks]
    out: list[Figure] = []
    i = 0
    while i < len(toks):
        num = number_at(toks, i, text, lx)
        if num is None:
            i += 1
            continue
        s_idx = max(0, bisect_right(sent_starts, toks[i].start) - 1)
        sent = spans[s_idx] if spans else (0, len(text))
        stop = bisect_right(tok_starts, sent[1] - 1)
        figure = _figure(text, toks, num, sent, stop, lx, lang, blocked, blocked_starts,
                         dates, periods, field)
        if figure is not None:
            out.append(figure[0])
            i = max(figure[1], i + 1)
        else:
            i = max(num.last, i + 1)
    return out


def _figure(
    text: str, toks: list[Tok], num: Number, sent: tuple[int, int], stop: int, lx: Lex,
    lang: str, blocked: list[tuple[int, int]], blocked_starts: list[int],
    dates: list[DateMention], periods: list[PeriodMention], field: str,
) -> tuple[Figure, int] | None:
    """One figure at ``num`` with its context, and the token index to go on from."""
    start, end = toks[num.first].start, toks[num.last - 1].end
    if inside(blocked, blocked_starts, start, end) or not_a_count(text, toks, num, lx):
        return None
    value, qualifier, end, j = number_range(text, toks, num, end, stop, lx)
    currency = None
    sign_before = text[max(0, start - 2) : start].strip()
    if sign_before[-1:] in D.CURRENCY_SIGNS:
        currency = D.CURRENCY_SIGNS[sign_before[-1:]]
        start = text.rfind(sign_before[-1:], 0, start)
    if j < stop and toks[j].kind == "sym" and toks[j].text == "+" and toks[j].start == end:
        qualifier, end, j = qualifier or D.AT_LEAST, toks[j].end, j + 1
    if j < stop and toks[j].kind == "sym" and toks[j].text in D.CURRENCY_SIGNS \
            and toks[j].start - end <= 1:
        currency, end, j = D.CURRENCY_SIGNS[toks[j].text], toks[j].end, j + 1
    compound = None
    if j < stop and toks[j].kind == "word" and toks[j].start == end + 1 and text[end] in "-‑":
        compound = compound_noun(toks[j].low.split("-")[0], lx)
    if compound:  # "28-point plan", "20-пунктного плану", "20-Punkte-Plan"
        counts = (compound, toks[j].start, toks[j].end, j + 1)
    elif j < stop and toks[j].kind == "sym" and toks[j].text == "%" and toks[j].start - end <= 1:
        counts = ("percent", toks[j].start, toks[j].end, j + 1)
        end = toks[j].end
    elif currency:
        counts = (currency, start, end, j)
        more = _counted(text, toks, j, stop, lx, lang) if j < stop else None
        if more and more[0] in ("dollars", "euros"):
            counts = more
    else:
        counts = _counted(text, toks, j, stop, lx, lang)
    if counts is None:
        return None
    what, c_start, c_end, after = counts
    if num.is_year_like and (what in TIME_UNITS or what not in _all_nouns(lang)):
        return None  # "в 2022 году", "2024 рік": a year, not a count
    if what == "sources":
        return None  # "із посиланням на три джерела": how it is sourced, not what happened
    qualifier, start = qualifier_around(text, start, end, sent[0], qualifier, lx)
    rel = start - sent[0]
    sentence = text[sent[0] : sent[1]]
    s_lo = bisect_right([t.start for t in toks], sent[0] - 1)
    happening = _happening(toks, s_lo, stop, (start, c_end), start, lx) or _IMPLIED.get(what)
    hedged = bool(lx.hedges and lx.hedges.search(norm(sentence)))
    prospective = _prospective(text, sent[0], start, lx)
    if prospective and happening:
        happening = f"to be {happening}"  # sought, planned or possible: not done
    figure = Figure(
        value=int(value) if float(value).is_integer() else round(value, 6),
        qualifier=qualifier,
        counts=what,
        counts_text=text[c_start:c_end],
        start=start,
        end=end,
        text=text[start:end],
        happening=happening,
        date=_date_for(text, start, end, sent, dates, periods),
        asserted_by=_asserted(sentence, rel, lx, lang),
        hedged=hedged,
        prospective=prospective,
        sentence=sent,
        field=field,
    )
    return figure, after


#: how far before a figure a word can say its happening is only sought or possible
PROSPECT_WORDS = 8


def _prospective(text: str, sent_start: int, start: int, lx: Lex) -> bool:
    """"обговорюють можливе звільнення 100 в'язнів", "negotiating the release of 100": a
    figure the sentence wants, plans or thinks possible, which must not read as done (a
    briefing that says "100 prisoners released" of talks about releasing them is false)."""
    if lx.prospects is None:
        return False
    before = norm(text[sent_start:start]).split()[-PROSPECT_WORDS:]
    return bool(lx.prospects.search(" ".join(before)))


@cache
def _all_nouns(lang: str) -> frozenset[str]:
    return frozenset(D.LEXICONS.get(lang, D.NEUTRAL).nouns.values())
