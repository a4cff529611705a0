"""Quotes with speakers: who said what, as direct quotes and as reported speech.

A story's facts include its statements ("Lukashenko said a big deal is coming"), so every quote
needs its span and, when the text says it, the speaker. No quotation model ships offline for
these languages, so this is done by rule, on top of the article's entity mentions:

* **direct quotes** are balanced quote marks («», „“, “”, "", ‚‘, German »«), paired per
  paragraph with a stack so nested quotes stay inside their outer quote; a mark opens or closes by
  what stands beside it (space before and a letter after opens), and only when that is unclear
  by its usual role. Dialogue dashes ("– Text – powiedział premier.") count too. A quoted span is
  a quote when a speech verb attaches to it, or when it is sentence-like (five words or more);
  short quoted names («Енергоатом», „Мидас“) and titles are not;
* **reported speech** is the content after a speech verb and its complementiser ("заявив, що",
  "said that", "sagte, ..."), before a trailing attribution ("..., сообщил Ермак"), around a
  source phrase ("according to X", "за словами X", "по думите на X", "X zufolge", "zdaniem X"),
  or the previous sentence when a sentence points back at it ("Об этом заявил X", "Това заяви X");
* **the speaker** is resolved in :mod:`._speakers`: the mention the verb attaches to, a
  pronoun's or role noun's antecedent, the source an outlet cites, the body behind a statement.
  A quote that simply continues the previous speaker's quote keeps that speaker. Anything else
  gets no speaker: no guesses across sentences without a link.

Per-language words (verbs, pronouns, role nouns, cue phrases) live in :mod:`._quotedata`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from storywire.model import ENTITY_TYPES, Mention, Quote
from storywire.nlp import _quotedata as D
from storywire.nlp._spans import trimmed
from storywire.nlp._speakers import (
    WORD,
    Cand,
    Ctx,
    Resolver,
    in_quote,
    lex_re,
    mentions_in,
    nwords,
    participle,
    sent_of,
    words_between,
)

__all__ = ["find_quotes"]

#: texts longer than this are read only this far (keeps pathological input cheap)
MAX_CHARS = 300_000
#: a quoted span without a speech verb must have this many words to count as a quote
MIN_FREE_WORDS = 5
#: a quoted span with a speech verb needs this many words (or to end like a sentence)
MIN_ATTR_WORDS = 2
#: words allowed between a quote and the speech verb that follows it ('," the minister said')
MAX_GAP_WORDS = 6
#: words allowed between a speech verb and its complementiser ("told Reuters on Monday that")
MAX_THAT_WORDS = 8

_MARK = re.compile("[«»„“”\"‚‘’\n]")
_SINGLE = "‚‘’"
_OPEN_CTX = set("([{–—-/") | set("«»„“”\"‚‘’")
_CLOSE_CTX = set(".,;:!?)]}…–—-/") | set("«»„“”\"‚‘’")
_SENT_END = re.compile(r"[.!?…]+[»\"“”’)\]]*(?=[ \t]+)|\n")
_DASH_SPLIT = re.compile(r"\s[–—]\s")
_LEAD_DASH = re.compile(r"[ \t]*[–—][ \t]+")


# --- lexicon regexes ------------------------------------------------------------------------


@cache
def _verb_alts(lang: str) -> str | None:
    lex = D.LEXICONS.get(lang)
    if lex is None:
        return None
    return "|".join(sorted(lex.verbs + lex.participles, key=len, reverse=True))


@cache
def _verb_re(lang: str) -> re.Pattern[str] | None:
    alts = _verb_alts(lang)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])") if alts else None


@cache
def _initial_verb_re(lang: str) -> re.Pattern[str] | None:
    """A speech verb opening a sentence, capitalised ("Poinformowano, że", "Отмечается, что")."""
    alts = _verb_alts(lang)
    return re.compile(rf"(?:{alts})(?![\w-])", re.IGNORECASE) if alts else None


def _find_verbs(text: str, lang: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Speech verbs as written in lower case, and capitalised at a sentence start (elsewhere a
    capital is a name: "United States" is not "states")."""
    vre = _verb_re(lang)
    if vre is None:
        return []
    found = {(m.start(), m.end()) for m in vre.finditer(text)}
    initial = _initial_verb_re(lang)
    for s0, _ in sents:
        lead = re.match(r"[\s«„“\"–—-]*", text[s0 : s0 + 8])
        pos = s0 + (lead.end() if lead else 0)
        m = initial.match(text, pos) if initial is not None else None
        if m and text[pos].isupper():
            found.add((m.start(), m.end()))
    return sorted(found)


# --- sentences and quote marks -------------------------------------------------------------


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans: a boundary is end punctuation before a capital, digit, quote or dash."""
    n = len(text)
    starts = [0]
    for m in _SENT_END.finditer(text):
        e = m.end()
        if m.group() == "\n":
            starts.append(e)
            continue
        j = e
        while j < n and text[j] in " \t":
            j += 1
        if j >= n or text[j] == "\n":
            continue
        c = text[j]
        if c in "–—-":
            if not (j + 2 < n and text[j + 1] == " " and text[j + 2].isupper()):
                continue
        elif not (c.isupper() or c.isdigit() or c in "«„“\"‚(["):
            continue
        if m.group()[0] == ".":
            tok = re.search(r"([\w.-]+)$", text[max(0, m.start() - 12) : m.start()])
            w = tok.group(1) if tok else ""
            # an initial ("J. Smith"), unless a quote or dash follows ("schrieb er auf X. "...")
            if (len(w) == 1 and w.isupper() and c.isalpha()) or w.lower() in D.ABBREVIATIONS:
                continue
        starts.append(j)
    out = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else n
        span = trimmed(text, s, e)
        if span:
            out.append(span)
    return out


def _mark_pairs(text: str) -> list[tuple[int, int]]:
    """(opening index, closing index) of balanced quote marks; a paragraph break resets.

    A paragraph opening with a quote mark that is never closed runs to the paragraph's end:
    a quote over several paragraphs is opened anew on each and closed only on the last, and
    an excerpt may stop in mid-quote. The paragraph end then stands for the closing index.
    """
    n = len(text)
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int]] = []
    last_close = -1
    para = 0

    def flush(end: int) -> None:
        # «A «B «C» ...: typesetters merge closing marks; the last one closes them all
        doubles = [o for o, c in stack if c not in _SINGLE]
        if doubles and last_close > doubles[0]:
            pairs.append((doubles[0], last_close))
        elif doubles and doubles[0] >= last_close and not text[para:doubles[0]].strip():
            pairs.append((doubles[0], end))
        stack.clear()

    for m in _MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            flush(i)
            last_close, para = -1, i + 1
            continue
        prev = text[i - 1] if i else " "
        nxt = text[i + 1] if i + 1 < n else " "
        single = ch in _SINGLE
        if single and prev.isalnum() and nxt.isalnum():
            continue  # apostrophe
        left = prev.isspace() or prev in _OPEN_CTX
        right = nxt.isspace() or nxt in _CLOSE_CTX
        if left and not right:
            opens = True
        elif right and not left:
            opens = False
        elif ch in "«„‚":
            opens = True
        elif ch in "»”’":
            opens = False
        elif ch == "“":
            opens = not (stack and stack[-1][1] == "„")
        else:  # '"' or '‘'
            opens = not any((c in _SINGLE) == single for _, c in stack)
        if opens:
            stack.append((i, ch))
            continue
        for k in range(len(stack) - 1, -1, -1):
            if (stack[k][1] in _SINGLE) == single:
                pairs.append((stack[k][0], i))
                del stack[k:]
                if not single:
                    last_close = i
                break
    flush(n)
    pairs.sort()
    outer: list[tuple[int, int]] = []
    for o, c in pairs:  # nested quotes are part of their outer quote
        if outer and o < outer[-1][1]:
            continue
        outer.append((o, c))
    return outer


def _strip(text: str, s: int, e: int, chars: str = "") -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def _verbs_in(ctx: Ctx, a: int, b: int, post: bool = False) -> list[tuple[int, int]]:
    lo, hi = bisect_left(ctx.verb_starts, a), bisect_left(ctx.verb_starts, b)
    out = []
    for vs, ve in ctx.verbs[lo:hi]:
        if ve > b or in_quote(ctx, vs):
            continue
        if not post and ctx.lex and ctx.text[vs:ve].lower() in ctx.lex.post_only:
            continue
        out.append((vs, ve))
    return out


# --- candidates: direct quotes -------------------------------------------------------------


def _right_attr(ctx: Ctx, close: int, content_end_char: str) -> Cand | None:
    """'«...», — сказал он' / '"...," Trump said': a speech verb just after the quote."""
    text = ctx.text
    after = text[close + 1 : close + 200]
    if not (content_end_char in ",.!?…" or re.match(r"\s*[,–—-]", after)):
        return None
    if content_end_char == "." and re.match(r"[ \t]*[A-ZА-ЯІЇЄҐ]", after):
        return None  # '..." Ukrainian officials confirmed': the quote ended its sentence
    lead = re.match(r"[ \t,]*(?:[–—-][ \t]*)?(\n[ \t]*)?", after)
    skip = lead.end() if lead else 0  # '», – йдеться': the dash introduces the attribution
    stop = re.search(r"[.;!?\n«„“\"]|\s[–—]\s(?=\w)", after[skip:])
    clause_end = close + 1 + skip + (stop.start() if stop else len(after) - skip)
    # across a paragraph break only a bare 'Trump posted on X': no commas, a short subject
    gap = MAX_GAP_WORDS if not (lead and lead.group(1)) else 3
    for vs, ve in _verbs_in(ctx, close + 1, clause_end, post=True):
        if any(w.lower() in D.CONNECTIVES for w in WORD.findall(text, close + 1, vs)):
            break  # '"...," but insisted Kyiv ...': a new predicate of the sentence's subject
        if words_between(text, close + 1, vs) <= gap and not (
                gap < MAX_GAP_WORDS and "," in text[close + skip : vs]):
            return Cand(0, 0, True, (vs, ve), (close + 1, clause_end))
        break
    return None


def _inner_attr(ctx: Ctx, s: int, e: int) -> Cand | None:
    """'«Я предлагаю..., - сказал он. - Жизнь...»': an attribution between dashes inside."""
    text = ctx.text
    for m in re.finditer(r"[,.!?…]\s+[–—-]\s+", text[s:e]):
        a = s + m.end()
        stop = re.search(r"\s[–—-]\s|[.;!?]", text[a:e])
        b = a + stop.start() if stop else e
        for vs, ve in _verbs_in_raw(ctx, a, b):
            if words_between(text, a, vs) <= 2:
                return Cand(0, 0, True, (vs, ve), (a, b))
            break
    return None


def _verbs_in_raw(ctx: Ctx, a: int, b: int) -> list[tuple[int, int]]:
    lo, hi = bisect_left(ctx.verb_starts, a), bisect_left(ctx.verb_starts, b)
    return [(vs, ve) for vs, ve in ctx.verbs[lo:hi] if ve <= b]


def _left_attr(ctx: Ctx, open_: int, long: bool = False) -> Cand | None:
    """'Лукашенко заявил: «...»' / 'Trump said that "..."': a speech verb just before; a
    ``long`` (sentence-like) quote may also end a short reported clause ('said he had "..."').
    """
    text = ctx.text
    s0, _ = sent_of(ctx, open_)
    lex = ctx.lex
    vs_all = _verbs_in(ctx, s0, open_)
    if not vs_all or lex is None:
        return None
    vs, ve = vs_all[-1]
    between = text[ve:open_].strip().lower()
    ok = (not between or between.endswith((":", ","))
          or any(between.endswith(t) and (len(between) == len(t)
                                           or not between[-len(t) - 1].isalnum())
                 for t in lex.that))
    seg_end = open_
    if not ok and long and not re.search(r"[.;:!?«»„“”\"]", between):
        # the quote ends a short reported clause: "said he had "...", "sagte, er sei "...";
        # the clause's own subject ("что Молдова «...»") is not the speaker
        toks = list(WORD.finditer(text, ve, open_))
        ok = len(toks) <= 4 and (
            between.startswith(",") or (toks and toks[0].group().lower() in lex.that)
            or (lex.zero_that == "direct" and text[vs:ve].lower() in _ZERO_THAT))
        seg_end = toks[0].end() if toks and toks[0].group().lower() in lex.that else ve + 1
    if not ok and lex.naming and text[vs:ve].lower().startswith(lex.naming) and nwords(
            between) <= 3 and not re.search(r"[.;:!?«»„“”\"]", between):
        ok = True  # 'назвал встречу «самой продуктивной»': the named thing, then the words
    if not ok or nwords(between) > MAX_THAT_WORDS:
        return None
    return Cand(0, 0, True, (vs, ve), (s0, seg_end))


def _reported_by_outlet(ctx: Ctx, cand: Cand) -> bool:
    """'"...", пише видання' / '"...", the outlet wrote': the outlet relays the quote."""
    lex = ctx.lex
    if lex is None or not lex.outlets or cand.verb is None or cand.seg is None:
        return False
    words = WORD.findall(ctx.text, cand.verb[1], cand.seg[1])[:2]
    return any(w.lower().startswith(lex.outlets) for w in words)


def _source_in_sentence(ctx: Ctx, o: int, c: int) -> Cand | None:
    """'... nach Angaben der Bundesregierung zu einem "Austausch ..." treffen': a source phrase
    elsewhere in the quote's sentence attributes it."""
    phr = lex_re(ctx.lang, "according")
    if phr is None:
        return None
    s0, s1 = sent_of(ctx, o)
    for m in phr.finditer(ctx.text, s0, s1):
        if o <= m.start() <= c:
            continue
        end = _source_end(ctx, m.end(), s1)
        if end > m.end():
            return Cand(0, 0, True, (m.start(), m.end()), (m.end(), end))
    return None


def _direct(ctx: Ctx) -> list[Cand]:
    text = ctx.text
    out = []
    for o, c in _mark_pairs(text):
        s, e = _strip(text, o + 1, c)
        if e <= s:
            continue
        content = text[s:e]
        words = nwords(content)
        cand = None
        if ctx.lex is not None:
            long = words >= MIN_FREE_WORDS
            cand = (_right_attr(ctx, c, content[-1]) or _inner_attr(ctx, s, e)
                    or _left_attr(ctx, o, long) or (_source_in_sentence(ctx, o, c) if long
                                                    else None))
            if cand is not None and _reported_by_outlet(ctx, cand):
                cand = _left_attr(ctx, o, long) or cand  # 'X визнав, що "...", пише видання'

        lower = any(w[:1].islower() for w in WORD.findall(content))
        if cand is not None and (words >= MIN_ATTR_WORDS or content[-1] in ".!?…"):
            cand.start, cand.end = s, e
        elif words >= MIN_FREE_WORDS and lower:
            cand = _fragment_attr(ctx, o, c, s, e, after=False) or Cand(0, 0, True)
            cand.start, cand.end = s, e
        elif words >= MIN_ATTR_WORDS and lower and (cand := _fragment_attr(ctx, o, c, s, e)):
            cand.start, cand.end = s, e
        else:
            continue
        ss, _se = sent_of(ctx, o)
        opener = WORD.findall(text, ss, o)  # 'Doch «...»': one connective may open it
        # a quote the excerpt cuts off may still have had its attribution: no guess
        cand.whole_sentence = c < len(text) and (not opener or (
            len(opener) == 1 and opener[0].lower() in D.SENTENCE_OPENERS))
        out.append(cand)
    return out + _dash_quotes(ctx)


def _fragment_attr(ctx: Ctx, o: int, c: int, s: int, e: int, *, after: bool = True
                   ) -> Cand | None:
    """'Єрмак заявив про «дуже продуктивну» зустріч', 'Witkoff hat "bedeutende Fortschritte"
    verkündet': a quoted phrase of a few words in a sentence with a speech verb is the words
    of that verb's subject. Not a quoted name ("Наша партія"), which a mention covers. A
    longer quote the usual patterns missed takes a verb before it in its sentence only
    ('Umerov said the U.S. and Ukraine had reached "..."'); ``after`` allows one after."""
    if ctx.lex is None:
        return None
    named = sum(min(m.end, e) - max(m.start, s) for m in ctx.ms if m.start < e and s < m.end)
    if named * 2 >= e - s:
        return None
    s0, s1 = sent_of(ctx, o)
    verbs = [v for v in _verbs_in(ctx, s0, s1, post=True) if not o <= v[0] <= c]
    before = [v for v in verbs if v[1] <= o]
    verb = before[-1] if before else next((v for v in verbs if v[0] > c and after), None)
    return Cand(0, 0, True, verb, (s0, s1)) if verb else None


def _dash_quotes(ctx: Ctx) -> list[Cand]:
    """Dialogue-dash paragraphs: '– Text – powiedział Donald Tusk. – More text.'"""
    text = ctx.text
    out: list[Cand] = []
    if ctx.lex is None:
        return out
    pos = 0
    for para in text.split("\n"):
        p0, pos = pos, pos + len(para) + 1
        lead = _LEAD_DASH.match(para)
        if not lead:
            continue
        bounds = [p0 + lead.end()]
        for m in _DASH_SPLIT.finditer(para, lead.end()):
            bounds += [p0 + m.start(), p0 + m.end()]
        bounds.append(p0 + len(para))
        segs = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
        pending: tuple[int, int] | None = None  # quote text waiting for its attribution
        last: Cand | None = None
        cont_ok = False  # the last attribution was one sentence: a piece after it continues
        for a, b in segs:
            verbs = _verbs_in(ctx, a, b, post=True)
            if pending is not None and verbs and words_between(text, a, verbs[0][0]) <= 3:
                stop = re.search(r"[.;!?]", text[a:b])
                seg_end = a + stop.start() if stop else b
                qs, qe = _strip(text, *pending, ",")
                if qe > qs:
                    last = Cand(qs, qe, True, verbs[0], (a, seg_end))
                    out.append(last)
                pending, cont_ok = None, not text[seg_end + 1 : b].strip()
                continue
            pending = (pending[0] if pending else a, b)
        if pending is not None and last is not None and cont_ok:
            qs, qe = _strip(text, *pending, ",")
            if qe > qs:  # "– ..., – сказал он. – More.": same speaker
                out.append(Cand(qs, qe, True, last.verb, last.seg))
    return out


# --- candidates: reported speech -----------------------------------------------------------


def _reported(ctx: Ctx) -> list[Cand]:
    out: list[Cand] = []
    for i, (s0, s1) in enumerate(ctx.sents):
        if in_quote(ctx, s0) and in_quote(ctx, s1 - 1):
            continue
        found = (_according(ctx, s0, s1) or _as_clause(ctx, s0, s1)
                 or _pointing_back(ctx, i, s0, s1))
        if found:
            out.extend(found)
            continue
        out.extend(_verb_clauses(ctx, s0, s1))
    return out


def _content(ctx: Ctx, a: int, b: int) -> tuple[int, int]:
    return _strip(ctx.text, a, b, ".,;:!?…–—-")


def _according(ctx: Ctx, s0: int, s1: int) -> list[Cand]:
    """'По его словам, ...' / 'according to X, ...' / '..., according to X.' / 'X zufolge ...'."""
    text = ctx.text
    pro, phr, post = (lex_re(ctx.lang, "according_pro"), lex_re(ctx.lang, "according"),
                      lex_re(ctx.lang, "according_after"))
    if pro is not None:
        for m in pro.finditer(text, s0, s1):
            if in_quote(ctx, m.start()):
                continue
            span = _around(ctx, s0, s1, m.start(), m.end(), m.end())
            if span:
                return [Cand(*span, False, (m.start(), m.end()), None, pronoun_at=m.start())]
    if phr is not None:
        for m in phr.finditer(text, s0, s1):
            if in_quote(ctx, m.start()):
                continue
            xe = _source_end(ctx, m.end(), s1)
            span = _around(ctx, s0, s1, m.start(), m.end(), xe)
            if span:
                return [Cand(*span, False, (m.start(), m.end()), (m.end(), xe))]
    if post is not None:
        for m in post.finditer(text, s0, s1):
            if in_quote(ctx, m.start()) or words_between(text, s0, m.start()) > 6:
                continue
            span = _content(ctx, m.end(), s1)
            if nwords(text[span[0]:span[1]]) >= 3:
                return [Cand(*span, False, (m.start(), m.end()), (s0, m.start()))]
    return []


def _source_end(ctx: Ctx, a: int, s1: int) -> int:
    """Where "according to <source>" ends: at a comma, else after its last name or role noun."""
    text = ctx.text
    comma = text.find(",", a, s1)
    if comma != -1 and words_between(text, a, comma) <= 10:
        return comma
    end = a
    roles = lex_re(ctx.lang, "roles")
    limit = a
    role_seen = False
    for _ in range(5):  # walk over the next few words, extending past names and role nouns
        w = WORD.search(text, limit, s1)
        if not w:
            break
        limit = w.end()
        ms = [m for m in mentions_in(ctx, w.start(), s1) if m.start == w.start()]
        if ms:
            limit = ms[0].end
            if ms[0].type == "PER" or not role_seen:
                end = limit  # "президента Беларуси" waits for the name that may follow
        elif roles is not None and roles.match(text, w.start()):
            end, role_seen = w.end(), True
        elif w.group()[:1].islower() and end == a:
            continue  # an article or adjective before the source
        else:
            break
    return end


def _around(ctx: Ctx, s0: int, s1: int, ps: int, pe: int, xe: int) -> tuple[int, int] | None:
    """The content of a sentence with a source phrase at its start or its end."""
    text = ctx.text
    if words_between(text, s0, ps) <= 1:  # "По его словам, X" / "And according to X, ..."
        span = _content(ctx, xe, s1)
    elif text[:ps].rstrip().endswith(",") and nwords(text[xe:s1]) <= 1:
        span = _content(ctx, s0, text.rfind(",", s0, ps))
    else:
        return None
    return span if nwords(text[span[0]:span[1]]) >= 3 else None


def _as_clause(ctx: Ctx, s0: int, s1: int) -> list[Cand]:
    """'Как заявил X, ...' / 'As X said, ...' / 'Wie X sagte, ...'."""
    text = ctx.text
    as_re = lex_re(ctx.lang, "as_words")
    if as_re is None:
        return []
    m = as_re.match(text, s0)
    comma = text.find(",", s0, s1)
    if not m or comma == -1 or words_between(text, s0, comma) > 8:
        return []
    verbs = _verbs_in(ctx, m.end(), comma)
    if not verbs:
        return []
    span = _content(ctx, comma + 1, s1)
    if nwords(text[span[0]:span[1]]) < 3:
        return []
    return [Cand(*span, False, verbs[0], (m.end(), comma))]


def _pointing_back(ctx: Ctx, i: int, s0: int, s1: int) -> list[Cand]:
    """'Об этом заявил X.' / 'Това заяви X.': the previous sentence is what X said."""
    text = ctx.text
    this = lex_re(ctx.lang, "this_words")
    if this is None or i == 0:
        return []
    m = this.match(text, s0)
    if not m:
        return []
    verbs = _verbs_in(ctx, m.end(), s1)
    if not verbs or words_between(text, m.end(), verbs[0][0]) > 6:
        return []  # "Про це в п'ятницю, 10 жовтня, повідомила ..." still points back
    comma = text.find(",", verbs[0][1], s1)
    seg_end = comma if comma != -1 else s1
    if nwords(text[verbs[0][1]:seg_end]) > 14:
        return []
    p0, p1 = ctx.sents[i - 1]
    if text.count("\n", p1, s0) > 2:
        return []
    span = _content(ctx, p0, p1)
    if nwords(text[span[0]:span[1]]) < 3:
        return []
    return [Cand(*span, False, verbs[0], (m.end(), seg_end))]


def _verb_clauses(ctx: Ctx, s0: int, s1: int) -> list[Cand]:
    """'X заявив, що ...' / 'X said: ...' / 'X said he ...' / '..., сообщил X.'"""
    text, lex = ctx.text, ctx.lex
    if lex is None:
        return []
    that = lex_re(ctx.lang, "that")
    out: list[Cand] = []
    taken = s0
    for vs, ve in _verbs_in(ctx, s0, s1):
        if vs < taken:
            continue
        start = _content_start(ctx, vs, ve, s1, that)
        if start is not None:
            span = _content(ctx, start, _clause_stop(ctx, start, s1))
            if nwords(text[span[0]:span[1]]) >= 3:
                out.append(Cand(*span, False, (vs, ve), (s0, start)))
                taken = span[1]
            continue
        if participle(ctx, vs, ve):
            continue
        head = text[s0:vs]
        tm = re.search(r"(?:,\s*(?:[–—-]\s*)?|\s[–—-]\s+)([^,–—]*)$", head)
        tail = text[ve:s1].rstrip(".!?… ")
        inverted = tm is not None and not tm.group(1).strip()
        first = WORD.search(tail)
        if first and first.group()[:1].islower() and (
                (not inverted and first.group().lower() not in lex.preps)
                or (inverted and lex.zero_that == "direct"
                    and text[vs:ve].lower() not in _INVERTING)):
            continue  # "X, for his part, confirmed the momentum": an object, not ", X said"
        if (tm and taken == s0 and nwords(tm.group(1)) <= 4
                and not {w.lower() for w in WORD.findall(tm.group(1))} & D.CONNECTIVES
                and ((nwords(tail) <= 10 and not re.search(r"[,:]", tail))
                     or (inverted and nwords(tail) <= 16 and ":" not in tail))):
            comma = s0 + tm.start()
            span = _content(ctx, s0, comma)
            if nwords(text[span[0]:span[1]]) >= 3 and not in_quote(ctx, span[0]):
                out.append(Cand(*span, False, (vs, ve), (comma, s1)))
                taken = s1
    return out


#: English verbs that invert after a quote or clause (", said the minister")
_INVERTING = frozenset({"said", "says", "added", "wrote", "told", "explained", "noted",
                        "continued", "stated", "declared"})

_ZERO_THAT = frozenset({
    "said", "says", "added", "adds", "believes", "stated", "warned", "argued", "insisted",
    "noted", "claimed", "acknowledged", "admitted", "wrote", "confirmed", "announced",
})


def _content_start(ctx: Ctx, vs: int, ve: int, s1: int,
                   that: re.Pattern[str] | None) -> int | None:
    """Where reported content begins after a speech verb ending at ``ve``, if it does."""
    text, lex = ctx.text, ctx.lex
    assert lex is not None
    window = text[ve:s1]
    colon = window.find(":")
    tm = that.search(text, ve, s1) if that else None
    stop = re.search(r"[.;!?«„“\"]", window)
    limit = ve + (stop.start() if stop else len(window))
    if tm and tm.start() < limit and words_between(text, ve, tm.start()) <= MAX_THAT_WORDS and (
            colon == -1 or ve + colon > tm.start()):
        return tm.end()
    if colon != -1 and ve + colon < limit and words_between(text, ve, ve + colon) <= 6:
        return ve + colon + 1
    if lex.zero_that == "direct":
        if text[vs:ve].lower() not in _ZERO_THAT or (re.search(
                r"(?:[,.!?…][\"”’»]|,)\s*(?:\w+\s+){0,3}$", text[max(0, vs - 60):vs])
                and not _apposition_subject(ctx, vs)):
            return None  # '," said X' / '," X told Y': an attribution, not reported content
        nxt = WORD.match(text, ve + 1) if text[ve : ve + 1] == " " else None
        if nxt and nxt.group().lower() not in lex.preps | _EN_NOT_CLAUSE:
            return nxt.start()
    elif lex.zero_that == "comma":
        comma = text.find(",", ve, limit)
        if comma != -1 and words_between(text, ve, comma) <= 5:
            return comma + 1
    return None


def _apposition_subject(ctx: Ctx, vs: int) -> bool:
    """"Oleksiy Tkachuk, a spokesman for the ministry, said ...": the commas before the verb
    set off a description of the name that opens the sentence, not a quote or clause."""
    s0, _ = sent_of(ctx, vs)
    head = ctx.text[s0:vs]
    parts = head.split(",")
    if len(parts) != 3 or parts[2].strip() or nwords(parts[1]) > 8:
        return False
    first = mentions_in(ctx, s0, s0 + len(parts[0]))
    return len(first) == 1 and first[0].type == "PER" and not ctx.text[
        first[0].end:s0 + len(parts[0])].strip()


_EN_NOT_CLAUSE = frozenset({
    "so", "yes", "no", "nothing", "little", "much", "more", "earlier", "later", "yesterday",
    "today", "tonight", "last", "this", "that", "previously", "recently", "also", "then",
    "as", "while", "when", "after", "before", "during", "via", "through", "it", "reporters",
    "journalists", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday",
    "sunday", "but", "or", "if", "had", "has", "was", "were", "is",
})


def _clause_stop(ctx: Ctx, a: int, s1: int) -> int:
    """Reported content runs to the sentence end, or to a trailing ', X said' clause."""
    m = re.search(r",\s*(?:[–—-]\s*)?\w+(?:\s+\w+){0,3}\s*[.!?…]*$", ctx.text[a:s1])
    if m and _verbs_in(ctx, a + m.start(), s1):
        return a + m.start()
    return s1


# --- entry point ---------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _merge(ctx_text: str, direct: list[Cand], reported: list[Cand]) -> list[Cand]:
    """Direct quotes win; reported content mostly covered by one lends it its attribution."""
    direct.sort(key=lambda c: (c.start, -c.end))
    kept_d: list[Cand] = []
    for c in direct:
        if kept_d and c.start < kept_d[-1].end:
            continue  # inside (or overlapping) an earlier quote
        kept_d.append(c)
    d_ends = [d.end for d in kept_d]  # non-overlapping, so ends are sorted like starts
    dropped: set[int] = set()
    out: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for r in sorted(reported, key=lambda c: c.start):
        span = (r.start, r.end)
        length = max(1, r.end - r.start)
        lo = bisect_right(d_ends, r.start)
        hits = []
        for d in kept_d[lo:]:
            if d.start >= r.end:
                break
            hits.append(d)
        if any(_overlap(span, (d.start, d.end)) * 2 >= length for d in hits):
            for d in hits:
                if d.verb is None and d.seg is None and d.pronoun_at is None:
                    d.verb, d.seg, d.pronoun_at = r.verb, r.seg, r.pronoun_at
            continue
        if any(_overlap(span, t) * 2 >= min(length, t[1] - t[0]) for t in taken[-3:]):
            continue
        for d in hits:
            if r.start <= d.start and d.end <= r.end:
                if nwords(ctx_text[d.start:d.end]) < MIN_FREE_WORDS:
                    dropped.add(id(d))  # a phrase quoted inside the reported content
                elif d.verb is None and d.pronoun_at is None:
                    d.verb, d.seg, d.pronoun_at = r.verb, r.seg, r.pronoun_at
        taken.append(span)
        out.append(r)
    out += [d for d in kept_d if id(d) not in dropped]
    out.sort(key=lambda c: c.start)
    return out


def _clean_mentions(text: str | None, mentions: Iterable[Mention] | None,
                    field: str = "text") -> list[Mention]:
    """Well-formed mentions of ``field``; with ``text``, only those whose offsets match it."""
    out = []
    for m in mentions or ():
        try:
            ok = (getattr(m, "field", "text") == field and m.type in ENTITY_TYPES
                  and 0 <= m.start < m.end and isinstance(m.text, str)
                  and (text is None or (m.end <= len(text) and text[m.start:m.end] == m.text)))
        except (AttributeError, TypeError):
            ok = False
        if ok:
            out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def find_quotes(text: str, lang: str, mentions: list[Mention], *,
                title_mentions: list[Mention] | None = None) -> list[Quote]:
    """Direct quotes and reported speech in ``text`` with their speakers, in text order.

    ``mentions`` are the article's entity mentions (offsets into ``text``; title mentions are
    ignored there). ``title_mentions`` (``field == "title"``) are a last resort for a pronoun
    or role noun with no antecedent in the text: the speaker is then the title's one person and
    the quote's ``speaker_field`` is "title". A quote's ``text`` is ``text[start:end]``, inside
    the quote marks for a direct quote; ``speaker`` is the surface of the PER/ORG mention that
    identifies who spoke (the antecedent for "he said" / "the president said"), or None when
    the text does not say. Unknown languages get direct quotes only; bad input gives [].
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lang = (lang or "").lower() if isinstance(lang, str) else ""
    full = text
    text = text[:MAX_CHARS]
    ms = _clean_mentions(full, mentions)
    ms = [m for m in ms if m.end <= len(text)]
    sents = _sentences(text)
    verbs = _find_verbs(text, lang, sents)
    ctx = Ctx(text, lang, D.LEXICONS.get(lang), ms, [m.start for m in ms], sents,
              [s for s, _ in sents], [], verbs, [v[0] for v in verbs],
              _clean_mentions(None, title_mentions, "title"))
    direct = _direct(ctx)
    ctx.quoted = sorted((c.start, c.end) for c in direct)
    reported = _reported(ctx) if ctx.lex is not None else []
    cands = _merge(text, direct, reported)
    ctx.quoted = sorted((c.start, c.end) for c in cands if c.direct)
    resolver = Resolver(ctx)
    out = []
    for c in cands:
        who = resolver.speaker(c)
        verb = text[c.verb[0]:c.verb[1]] if c.verb else None
        q = Quote(text=text[c.start:c.end], start=c.start, end=c.end, direct=c.direct, verb=verb)
        if who is not None:
            q = replace(q, speaker=who.text, speaker_start=who.start, speaker_end=who.end,
                        speaker_field=who.field)
        out.append(q)
    return out
