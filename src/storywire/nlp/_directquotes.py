"""Direct quotes: quoted spans and dialogue-dash paragraphs, with where their attribution sits.

Quote marks are paired per paragraph (:func:`_mark_pairs`); a quoted span becomes a candidate
when a speech verb attaches to it (after it, inside it between dashes, before it, or a source
phrase in its sentence) or when it is sentence-like. :mod:`storywire.nlp.quotes` merges these
with reported speech (:mod:`._reported`) and resolves the speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from storywire.nlp import _quotedata as D
from storywire.nlp._quotectx import (
    WORD,
    Cand,
    Ctx,
    lex_re,
    nwords,
    sent_of,
    strip,
    verbs_in,
    words_between,
)
from storywire.nlp._reported import MAX_THAT_WORDS, ZERO_THAT, source_end

#: a quoted span without a speech verb must have this many words to count as a quote
MIN_FREE_WORDS = 5
#: a quoted span with a speech verb needs this many words (or to end like a sentence)
MIN_ATTR_WORDS = 2
#: words allowed between a quote and the speech verb that follows it ('," the minister said')
MAX_GAP_WORDS = 6

_MARK = re.compile("[«»„“”\"‚‘’\n]")
_SINGLE = "‚‘’"
_OPEN_CTX = set("([{–—-/") | set("«»„“”\"‚‘’")
_CLOSE_CTX = set(".,;:!?)]}…–—-/") | set("«»„“”\"‚‘’")
_DASH_SPLIT = re.compile(r"\s[–—]\s")
_LEAD_DASH = re.compile(r"[ \t]*[–—][ \t]+")


# --- quote marks ---------------------------------------------------------------------------


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
    for vs, ve in verbs_in(ctx, close + 1, clause_end, post=True):
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
    vs_all = verbs_in(ctx, s0, open_)
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
            or (lex.zero_that == "direct" and text[vs:ve].lower() in ZERO_THAT))
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
        end = source_end(ctx, m.end(), s1)
        if end > m.end():
            return Cand(0, 0, True, (m.start(), m.end()), (m.end(), end))
    return None


def direct(ctx: Ctx) -> list[Cand]:
    text = ctx.text
    out = []
    for o, c in _mark_pairs(text):
        s, e = strip(text, o + 1, c)
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
    verbs = [v for v in verbs_in(ctx, s0, s1, post=True) if not o <= v[0] <= c]
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
            verbs = verbs_in(ctx, a, b, post=True)
            if pending is not None and verbs and words_between(text, a, verbs[0][0]) <= 3:
                stop = re.search(r"[.;!?]", text[a:b])
                seg_end = a + stop.start() if stop else b
                qs, qe = strip(text, *pending, ",")
                if qe > qs:
                    last = Cand(qs, qe, True, verbs[0], (a, seg_end))
                    out.append(last)
                pending, cont_ok = None, not text[seg_end + 1 : b].strip()
                continue
            pending = (pending[0] if pending else a, b)
        if pending is not None and last is not None and cont_ok:
            qs, qe = strip(text, *pending, ",")
            if qe > qs:  # "– ..., – сказал он. – More.": same speaker
                out.append(Cand(qs, qe, True, last.verb, last.seg))
    return out
