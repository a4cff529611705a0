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
* **the speaker** is the PER (else ORG) mention the verb attaches to, in the verb's own clause;
  a pronoun ("he said", "він сказав", "той каза") resolves to the last suitable person (the
  previous sentence's speaker or subject), a role noun ("the president", "білоруський лідер") to
  the person last named with that role, matching its modifier when it has one ("білоруський" ~
  "президент Білорусі"). A quote that simply continues the previous speaker's quote keeps that
  speaker. Anything else gets no speaker: no guesses across sentences without a link.

Per-language words (verbs, pronouns, role nouns, cue phrases) live in :mod:`._quotedata`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache

from storywire.model import ENTITY_TYPES, Mention, Quote
from storywire.nlp import _quotedata as D

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

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
_MARK = re.compile("[«»„“”\"‚‘’\n]")
_SINGLE = "‚‘’"
_OPEN_CTX = set("([{–—-/") | set("«»„“”\"‚‘’")
_CLOSE_CTX = set(".,;:!?)]}…–—-/") | set("«»„“”\"‚‘’")
_SENT_END = re.compile(r"[.!?…]+[»\"“”’)\]]*(?=[ \t]+)|\n")
_DASH_SPLIT = re.compile(r"\s[–—]\s")
_LEAD_DASH = re.compile(r"[ \t]*[–—][ \t]+")
_BAD_ROLE_SUFFIX = ("ськ", "ск", "ств", "ial", "iel", "ur", "ship", "ium", "н", "ици")


@dataclass(slots=True)
class _Cand:
    """A quote candidate and where its attribution sits."""

    start: int
    end: int
    direct: bool
    verb: tuple[int, int] | None = None  # speech verb span (or source phrase)
    seg: tuple[int, int] | None = None  # where the speaker is named
    pronoun_at: int | None = None  # "по его словам": resolve a pronoun here
    whole_sentence: bool = False  # a direct quote standing as its own sentence


@dataclass(slots=True)
class _Ctx:
    text: str
    lang: str
    lex: D.Lexicon | None
    ms: list[Mention]
    starts: list[int]  # mention starts, for bisect
    sents: list[tuple[int, int]]
    sent_starts: list[int]
    quoted: list[tuple[int, int]]  # accepted direct quote spans (mentions inside are not speakers)
    verbs: list[tuple[int, int]]
    verb_starts: list[int]


# --- lexicon regexes ------------------------------------------------------------------------


@cache
def _verb_re(lang: str) -> re.Pattern[str] | None:
    lex = D.LEXICONS.get(lang)
    if lex is None:
        return None
    alts = "|".join(sorted(lex.verbs + lex.participles, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


@cache
def _participle_re(lang: str) -> re.Pattern[str] | None:
    lex = D.LEXICONS.get(lang)
    if lex is None or not lex.participles:
        return None
    return re.compile("|".join(lex.participles))


def _participle(ctx: _Ctx, vs: int, ve: int) -> bool:
    r = _participle_re(ctx.lang)
    return r is not None and r.fullmatch(ctx.text, vs, ve) is not None


@cache
def _citing_re(lang: str) -> re.Pattern[str] | None:
    """"X со ссылкой на Y" / "citing Y": Y is who really spoke (the lexicon of storywire.lang)."""
    try:
        from storywire.lang import module

        phrases = getattr(module(lang), "ATTRIBUTION_CITING", ())
    except KeyError:
        return None
    return _phrase_re(phrases)


def _phrase_re(phrases: Iterable[str]) -> re.Pattern[str] | None:
    alts = "|".join(re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "")
                    for p in sorted(set(phrases), key=len, reverse=True))
    if not alts:
        return None
    return re.compile(rf"(?<![\w-])(?:{alts})", re.IGNORECASE)


@cache
def _lex_re(lang: str, name: str) -> re.Pattern[str] | None:
    lex = D.LEXICONS.get(lang)
    if lex is None:
        return None
    if name == "roles":
        alts = "|".join(re.escape(s) for s, _ in sorted(lex.roles, key=lambda r: -len(r[0])))
        return re.compile(rf"(?<![\w-])({alts})(\w{{0,4}})(?![\w-])", re.IGNORECASE)
    return _phrase_re(getattr(lex, name))


def _role_group(lang: str, stem: str) -> str | None:
    stem = stem.lower()
    for s, g in D.LEXICONS[lang].roles:
        if s == stem:
            return g
    return None


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
            if (len(w) == 1 and w.isupper()) or w.lower() in D.ABBREVIATIONS:
                continue
        starts.append(j)
    out = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else n
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _mark_pairs(text: str) -> list[tuple[int, int]]:
    """(opening index, closing index) of balanced quote marks; a paragraph break resets."""
    n = len(text)
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[int, int]] = []
    last_close = -1

    def flush() -> None:
        # «A «B «C» ...: typesetters merge closing marks; the last one closes them all
        doubles = [o for o, c in stack if c not in _SINGLE]
        if doubles and last_close > doubles[0]:
            pairs.append((doubles[0], last_close))
        stack.clear()

    for m in _MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\n":
            flush()
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
    flush()
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


def _nwords(text: str) -> int:
    return len(_WORD.findall(text))


# --- context helpers -----------------------------------------------------------------------


def _sent_of(ctx: _Ctx, pos: int) -> tuple[int, int]:
    i = max(0, bisect_right(ctx.sent_starts, pos) - 1)
    return ctx.sents[i] if ctx.sents else (0, len(ctx.text))


def _sent_index(ctx: _Ctx, pos: int) -> int:
    return max(0, bisect_right(ctx.sent_starts, pos) - 1)


def _verbs_in(ctx: _Ctx, a: int, b: int, post: bool = False) -> list[tuple[int, int]]:
    lo, hi = bisect_left(ctx.verb_starts, a), bisect_left(ctx.verb_starts, b)
    out = []
    for vs, ve in ctx.verbs[lo:hi]:
        if ve > b or _in_quote(ctx, vs):
            continue
        if not post and ctx.lex and ctx.text[vs:ve].lower() in ctx.lex.post_only:
            continue
        out.append((vs, ve))
    return out


def _in_quote(ctx: _Ctx, pos: int, allow: tuple[int, int] | None = None) -> bool:
    i = bisect_right(ctx.quoted, (pos, 1 << 60)) - 1
    if i < 0:
        return False
    s, e = ctx.quoted[i]
    if not (s <= pos < e):
        return False
    return not (allow is not None and s <= allow[0] and allow[1] <= e)


def _word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w'’-]+)[ \t]+$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def _mentions_in(ctx: _Ctx, a: int, b: int, seg: tuple[int, int] | None = None) -> list[Mention]:
    lo, hi = bisect_left(ctx.starts, a), bisect_left(ctx.starts, b)
    return [m for m in ctx.ms[lo:hi] if m.end <= b and not _in_quote(ctx, m.start, seg)]


def _subject_like(ctx: _Ctx, m: Mention) -> bool:
    """A name right after a preposition ("з Трампом", "with Trump") is not a verb's subject."""
    return ctx.lex is None or _word_before(ctx.text, m.start) not in ctx.lex.preps


def _words_between(text: str, a: int, b: int) -> int:
    return _nwords(text[a:b]) if b > a else 0


# --- candidates: direct quotes -------------------------------------------------------------


def _right_attr(ctx: _Ctx, close: int, content_end_char: str) -> _Cand | None:
    """'«...», — сказал он' / '"...," Trump said': a speech verb just after the quote."""
    text = ctx.text
    after = text[close + 1 : close + 200]
    if not (content_end_char in ",.!?…" or re.match(r"\s*[,–—-]", after)):
        return None
    stop = re.search(r"[.;!?\n«„“\"]|\s[–—]\s(?=\w)", after[1:])
    clause_end = close + 1 + (stop.start() + 1 if stop else len(after))
    for vs, ve in _verbs_in(ctx, close + 1, clause_end, post=True):
        if _words_between(text, close + 1, vs) <= MAX_GAP_WORDS:
            return _Cand(0, 0, True, (vs, ve), (close + 1, clause_end))
        break
    return None


def _inner_attr(ctx: _Ctx, s: int, e: int) -> _Cand | None:
    """'«Я предлагаю..., - сказал он. - Жизнь...»': an attribution between dashes inside."""
    text = ctx.text
    for m in re.finditer(r"[,.!?…]\s+[–—-]\s+", text[s:e]):
        a = s + m.end()
        stop = re.search(r"\s[–—-]\s|[.;!?]", text[a:e])
        b = a + stop.start() if stop else e
        for vs, ve in _verbs_in_raw(ctx, a, b):
            if _words_between(text, a, vs) <= 2:
                return _Cand(0, 0, True, (vs, ve), (a, b))
            break
    return None


def _verbs_in_raw(ctx: _Ctx, a: int, b: int) -> list[tuple[int, int]]:
    lo, hi = bisect_left(ctx.verb_starts, a), bisect_left(ctx.verb_starts, b)
    return [(vs, ve) for vs, ve in ctx.verbs[lo:hi] if ve <= b]


def _left_attr(ctx: _Ctx, open_: int) -> _Cand | None:
    """'Лукашенко заявил: «...»' / 'Trump said that "..."': a speech verb just before."""
    text = ctx.text
    s0, _ = _sent_of(ctx, open_)
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
    if not ok or _nwords(between) > MAX_THAT_WORDS:
        return None
    return _Cand(0, 0, True, (vs, ve), (s0, open_))


def _direct(ctx: _Ctx) -> list[_Cand]:
    text = ctx.text
    out = []
    for o, c in _mark_pairs(text):
        s, e = _strip(text, o + 1, c)
        if e <= s:
            continue
        content = text[s:e]
        words = _nwords(content)
        cand = None
        if ctx.lex is not None:
            cand = (_right_attr(ctx, c, content[-1]) or _inner_attr(ctx, s, e)
                    or _left_attr(ctx, o))
        if cand is not None and (words >= MIN_ATTR_WORDS or content[-1] in ".!?…"):
            cand.start, cand.end = s, e
        elif words >= MIN_FREE_WORDS and any(w[:1].islower() for w in _WORD.findall(content)):
            cand = _Cand(s, e, True)
        else:
            continue
        ss, _se = _sent_of(ctx, o)
        cand.whole_sentence = _words_between(text, ss, o) == 0
        out.append(cand)
    return out + _dash_quotes(ctx)


def _dash_quotes(ctx: _Ctx) -> list[_Cand]:
    """Dialogue-dash paragraphs: '– Text – powiedział Donald Tusk. – More text.'"""
    text = ctx.text
    out: list[_Cand] = []
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
        last: _Cand | None = None
        cont_ok = False  # the last attribution was one sentence: a piece after it continues
        for a, b in segs:
            verbs = _verbs_in(ctx, a, b, post=True)
            if pending is not None and verbs and _words_between(text, a, verbs[0][0]) <= 3:
                stop = re.search(r"[.;!?]", text[a:b])
                seg_end = a + stop.start() if stop else b
                qs, qe = _strip(text, *pending, ",")
                if qe > qs:
                    last = _Cand(qs, qe, True, verbs[0], (a, seg_end))
                    out.append(last)
                pending, cont_ok = None, not text[seg_end + 1 : b].strip()
                continue
            pending = (pending[0] if pending else a, b)
        if pending is not None and last is not None and cont_ok:
            qs, qe = _strip(text, *pending, ",")
            if qe > qs:  # "– ..., – сказал он. – More.": same speaker
                out.append(_Cand(qs, qe, True, last.verb, last.seg))
    return out


# --- candidates: reported speech -----------------------------------------------------------


def _reported(ctx: _Ctx) -> list[_Cand]:
    out: list[_Cand] = []
    for i, (s0, s1) in enumerate(ctx.sents):
        if _in_quote(ctx, s0) and _in_quote(ctx, s1 - 1):
            continue
        found = (_according(ctx, s0, s1) or _as_clause(ctx, s0, s1)
                 or _pointing_back(ctx, i, s0, s1))
        if found:
            out.extend(found)
            continue
        out.extend(_verb_clauses(ctx, s0, s1))
    return out


def _content(ctx: _Ctx, a: int, b: int) -> tuple[int, int]:
    return _strip(ctx.text, a, b, ".,;:!?…–—-")


def _according(ctx: _Ctx, s0: int, s1: int) -> list[_Cand]:
    """'По его словам, ...' / 'according to X, ...' / '..., according to X.' / 'X zufolge ...'."""
    text = ctx.text
    pro, phr, post = (_lex_re(ctx.lang, "according_pro"), _lex_re(ctx.lang, "according"),
                      _lex_re(ctx.lang, "according_after"))
    if pro is not None:
        for m in pro.finditer(text, s0, s1):
            if _in_quote(ctx, m.start()):
                continue
            span = _around(ctx, s0, s1, m.start(), m.end(), m.end())
            if span:
                return [_Cand(*span, False, (m.start(), m.end()), None, pronoun_at=m.start())]
    if phr is not None:
        for m in phr.finditer(text, s0, s1):
            if _in_quote(ctx, m.start()):
                continue
            xe = _source_end(ctx, m.end(), s1)
            span = _around(ctx, s0, s1, m.start(), m.end(), xe)
            if span:
                return [_Cand(*span, False, (m.start(), m.end()), (m.end(), xe))]
    if post is not None:
        for m in post.finditer(text, s0, s1):
            if _in_quote(ctx, m.start()) or _words_between(text, s0, m.start()) > 6:
                continue
            span = _content(ctx, m.end(), s1)
            if _nwords(text[span[0]:span[1]]) >= 3:
                return [_Cand(*span, False, (m.start(), m.end()), (s0, m.start()))]
    return []


def _source_end(ctx: _Ctx, a: int, s1: int) -> int:
    """Where "according to <source>" ends: at a comma, else after its last name or role noun."""
    text = ctx.text
    comma = text.find(",", a, s1)
    if comma != -1 and _words_between(text, a, comma) <= 10:
        return comma
    end = a
    roles = _lex_re(ctx.lang, "roles")
    limit = a
    role_seen = False
    for _ in range(5):  # walk over the next few words, extending past names and role nouns
        w = _WORD.search(text, limit, s1)
        if not w:
            break
        limit = w.end()
        ms = [m for m in _mentions_in(ctx, w.start(), s1) if m.start == w.start()]
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


def _around(ctx: _Ctx, s0: int, s1: int, ps: int, pe: int, xe: int) -> tuple[int, int] | None:
    """The content of a sentence with a source phrase at its start or its end."""
    text = ctx.text
    if _words_between(text, s0, ps) <= 1:  # "По его словам, X" / "And according to X, ..."
        span = _content(ctx, xe, s1)
    elif text[:ps].rstrip().endswith(",") and _nwords(text[xe:s1]) <= 1:
        span = _content(ctx, s0, text.rfind(",", s0, ps))
    else:
        return None
    return span if _nwords(text[span[0]:span[1]]) >= 3 else None


def _as_clause(ctx: _Ctx, s0: int, s1: int) -> list[_Cand]:
    """'Как заявил X, ...' / 'As X said, ...' / 'Wie X sagte, ...'."""
    text = ctx.text
    as_re = _lex_re(ctx.lang, "as_words")
    if as_re is None:
        return []
    m = as_re.match(text, s0)
    comma = text.find(",", s0, s1)
    if not m or comma == -1 or _words_between(text, s0, comma) > 8:
        return []
    verbs = _verbs_in(ctx, m.end(), comma)
    if not verbs:
        return []
    span = _content(ctx, comma + 1, s1)
    if _nwords(text[span[0]:span[1]]) < 3:
        return []
    return [_Cand(*span, False, verbs[0], (m.end(), comma))]


def _pointing_back(ctx: _Ctx, i: int, s0: int, s1: int) -> list[_Cand]:
    """'Об этом заявил X.' / 'Това заяви X.': the previous sentence is what X said."""
    text = ctx.text
    this = _lex_re(ctx.lang, "this_words")
    if this is None or i == 0:
        return []
    m = this.match(text, s0)
    if not m:
        return []
    verbs = _verbs_in(ctx, m.end(), s1)
    if not verbs or _words_between(text, m.end(), verbs[0][0]) > 6:
        return []  # "Про це в п'ятницю, 10 жовтня, повідомила ..." still points back
    comma = text.find(",", verbs[0][1], s1)
    seg_end = comma if comma != -1 else s1
    if _nwords(text[verbs[0][1]:seg_end]) > 14:
        return []
    p0, p1 = ctx.sents[i - 1]
    if text.count("\n", p1, s0) > 2:
        return []
    span = _content(ctx, p0, p1)
    if _nwords(text[span[0]:span[1]]) < 3:
        return []
    return [_Cand(*span, False, verbs[0], (m.end(), seg_end))]


def _verb_clauses(ctx: _Ctx, s0: int, s1: int) -> list[_Cand]:
    """'X заявив, що ...' / 'X said: ...' / 'X said he ...' / '..., сообщил X.'"""
    text, lex = ctx.text, ctx.lex
    if lex is None:
        return []
    that = _lex_re(ctx.lang, "that")
    out: list[_Cand] = []
    taken = s0
    for vs, ve in _verbs_in(ctx, s0, s1):
        if vs < taken:
            continue
        start = _content_start(ctx, vs, ve, s1, that)
        if start is not None:
            span = _content(ctx, start, _clause_stop(ctx, start, s1))
            if _nwords(text[span[0]:span[1]]) >= 3:
                out.append(_Cand(*span, False, (vs, ve), (s0, start)))
                taken = span[1]
            continue
        if _participle(ctx, vs, ve):
            continue
        head = text[s0:vs]
        tm = re.search(r"(?:,\s*(?:[–—-]\s*)?|\s[–—-]\s+)([^,–—]*)$", head)
        tail = text[ve:s1].rstrip(".!?… ")
        inverted = tm is not None and not tm.group(1).strip()
        first = _WORD.search(tail)
        if first and first.group()[:1].islower() and (
                (not inverted and first.group().lower() not in lex.preps)
                or (inverted and lex.zero_that == "direct"
                    and text[vs:ve].lower() not in _INVERTING)):
            continue  # "X, for his part, confirmed the momentum": an object, not ", X said"
        if (tm and _nwords(tm.group(1)) <= 4
                and not {w.lower() for w in _WORD.findall(tm.group(1))} & D.CONNECTIVES
                and ((_nwords(tail) <= 10 and not re.search(r"[,:]", tail))
                     or (inverted and _nwords(tail) <= 16 and ":" not in tail))):
            comma = s0 + tm.start()
            span = _content(ctx, s0, comma)
            if _nwords(text[span[0]:span[1]]) >= 3 and not _in_quote(ctx, span[0]):
                out.append(_Cand(*span, False, (vs, ve), (comma, s1)))
                taken = s1
    return out


#: English verbs that invert after a quote or clause (", said the minister")
_INVERTING = frozenset({"said", "says", "added", "wrote", "told", "explained", "noted",
                        "continued", "stated", "declared"})

_ZERO_THAT = frozenset({
    "said", "says", "added", "adds", "believes", "stated", "warned", "argued", "insisted",
    "noted", "claimed", "acknowledged", "admitted", "wrote", "confirmed", "announced",
})


def _content_start(ctx: _Ctx, vs: int, ve: int, s1: int,
                   that: re.Pattern[str] | None) -> int | None:
    """Where reported content begins after a speech verb ending at ``ve``, if it does."""
    text, lex = ctx.text, ctx.lex
    assert lex is not None
    window = text[ve:s1]
    colon = window.find(":")
    tm = that.search(text, ve, s1) if that else None
    stop = re.search(r"[.;!?«„“\"]", window)
    limit = ve + (stop.start() if stop else len(window))
    if tm and tm.start() < limit and _words_between(text, ve, tm.start()) <= MAX_THAT_WORDS and (
            colon == -1 or ve + colon > tm.start()):
        return tm.end()
    if colon != -1 and ve + colon < limit and _words_between(text, ve, ve + colon) <= 6:
        return ve + colon + 1
    if lex.zero_that == "direct":
        if text[vs:ve].lower() not in _ZERO_THAT or re.search(
                r"(?:[,.!?…][\"”’»]|,)\s*(?:\w+\s+){0,3}$", text[max(0, vs - 60):vs]):
            return None  # '," said X' / '," X told Y': an attribution, not reported content
        nxt = _WORD.match(text, ve + 1) if text[ve : ve + 1] == " " else None
        if nxt and nxt.group().lower() not in lex.preps | _EN_NOT_CLAUSE:
            return nxt.start()
    elif lex.zero_that == "comma":
        comma = text.find(",", ve, limit)
        if comma != -1 and _words_between(text, ve, comma) <= 5:
            return comma + 1
    return None


_EN_NOT_CLAUSE = frozenset({
    "so", "yes", "no", "nothing", "little", "much", "more", "earlier", "later", "yesterday",
    "today", "tonight", "last", "this", "that", "previously", "recently", "also", "then",
    "as", "while", "when", "after", "before", "during", "via", "through", "it", "reporters",
    "journalists", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday",
    "sunday", "but", "or", "if", "had", "has", "was", "were", "is",
})


def _clause_stop(ctx: _Ctx, a: int, s1: int) -> int:
    """Reported content runs to the sentence end, or to a trailing ', X said' clause."""
    m = re.search(r",\s*(?:[–—-]\s*)?\w+(?:\s+\w+){0,3}\s*[.!?…]*$", ctx.text[a:s1])
    if m and _verbs_in(ctx, a + m.start(), s1):
        return a + m.start()
    return s1


# --- speakers ------------------------------------------------------------------------------


class _Stop:
    """Returned when the subject is an anonymous source: the speaker is unknown, stop looking."""


_NOBODY = _Stop()


def _stems(words: Iterable[str], lex: D.Lexicon | None) -> set[str]:
    """Comparable stems of modifier words ("білоруський" ~ "Білорусі": both "білор")."""
    out = set()
    for w in words:
        w = w.lower()
        if len(w) < 3 or w in D.WEAK_MODIFIERS or (lex is not None and w in lex.preps):
            continue
        out.add(w[:5])
    return out


class _Resolver:
    """Speakers in text order, remembering who spoke so pronouns and titles can find them."""

    def __init__(self, ctx: _Ctx) -> None:
        self.ctx = ctx
        self.spoken: list[tuple[int, Mention]] = []  # (quote start, speaker mention)
        self.spoken_at: list[int] = []
        self.roles: dict[str, list[tuple[str, set[str]]]] = self._profiles()

    @staticmethod
    def _ent(m: Mention) -> str:
        key = (m.key or m.lemma or m.text).split()
        return key[-1].lower() if key else m.text.lower()

    def _role_at(self, pos: int) -> tuple[str, re.Match[str]] | None:
        roles = _lex_re(self.ctx.lang, "roles")
        r = roles.match(self.ctx.text, pos) if roles is not None else None
        if r is None or r.group(2).lower().startswith(_BAD_ROLE_SUFFIX):
            return None
        g = _role_group(self.ctx.lang, r.group(1))
        return (g, r) if g else None

    def _profiles(self) -> dict[str, list[tuple[str, set[str]]]]:
        """entity -> the roles it was named with and the words of each role phrase
        ("президент Білорусі Олександр Лукашенко": head, {"білор"})."""
        ctx, text = self.ctx, self.ctx.text
        roles = _lex_re(ctx.lang, "roles")
        out: dict[str, list[tuple[str, set[str]]]] = {}
        if roles is None:
            return out
        prev_end = 0
        for m in ctx.ms:
            if m.type != "PER" or _in_quote(ctx, m.start):
                continue
            s0, _ = _sent_of(ctx, m.start)
            a = max(s0, prev_end, m.start - 80)
            prev_end = m.end
            parts = [(a, m.start)]
            if text[m.end : m.end + 1] == ",":
                tail = text[m.end + 1 : m.end + 70]
                parts.append((m.end + 1, m.end + 1 + len(tail.split(",")[0])))
            for pa, pb in parts:
                found = [r for r in roles.finditer(text, pa, pb)
                         if not r.group(2).lower().startswith(_BAD_ROLE_SUFFIX)]
                if not found:
                    continue
                r = found[-1]
                g = _role_group(ctx.lang, r.group(1))
                if g is None:
                    continue
                words = [_word_before(text, r.start()), *_WORD.findall(text, r.end(), pb)]
                out.setdefault(self._ent(m), []).append((g, _stems(words, ctx.lex)))
        return out

    def speaker(self, c: _Cand) -> Mention | None:
        ctx = self.ctx
        found: Mention | _Stop | None = None
        if c.pronoun_at is not None:
            found = self._pronoun(c.pronoun_at)
        elif c.verb is not None and c.seg is not None:
            found = self._attached(c)
        if isinstance(found, Mention):
            self.spoken.append((c.start, found))
            self.spoken_at.append(c.start)
            return found
        if found is None and c.direct and c.verb is None and c.whole_sentence and self.spoken:
            at, who = self.spoken[-1]
            si = _sent_index(ctx, c.start)
            if si - _sent_index(ctx, at) <= 2 and ctx.text.count("\n", at, c.start) <= 2:
                return who  # continues the previous speaker's quote
        return None

    def _attached(self, c: _Cand) -> Mention | _Stop | None:
        ctx, text = self.ctx, self.ctx.text
        assert c.verb is not None and c.seg is not None
        vs, ve = c.verb
        a, b = c.seg
        seg = (min(a, vs), max(b, ve))
        if re.search(r"-(?:t-)?(?:il|elle)$", text[vs:ve], re.IGNORECASE):
            return self._pronoun(vs)  # French "dit-il", "a-t-elle déclaré"
        cited = self._cited(ve, max(b, ve))
        if cited is not None:
            return cited
        first = _WORD.match(text, vs)
        ve1 = first.end() if first else ve  # "kündigte Selenskyj an": the name sits inside
        ms = [m for m in _mentions_in(ctx, a, max(b, ve), seg) if not (vs <= m.start < ve1)]
        before = [m for m in ms if m.end <= vs and _subject_like(ctx, m)]
        after = [m for m in ms if m.start >= ve1 and _subject_like(ctx, m)
                 and _words_between(text, ve1, m.start) <= 6]
        clause_start = max((a + x.end() for x in re.finditer(r"[,;:]\s|\s[–—]\s", text[a:vs])),
                           default=a)
        if ctx.lang != "de" and _words_between(text, clause_start, vs) > 2:
            after = []  # "officials told Reuters": a name after the verb is the addressee
        per_clause = [m for m in before if m.type == "PER" and m.start >= clause_start]
        if per_clause:
            return per_clause[-1]
        near = self._subject_word(max(a, vs - 60), vs, last=True)
        if near is not None:
            return near
        per_after = [m for m in after if m.type == "PER"]
        if per_after:
            return per_after[0]
        near = self._subject_word(ve1, min(max(b, ve), ve1 + 60), last=False)
        if near is not None:
            return near
        per_before = [m for m in before if m.type == "PER"]
        if per_before:
            return per_before[0]
        if _participle(ctx, vs, ve):  # "Prezydent obarczył ..., podkreślając, że": main subject
            s0, _ = _sent_of(ctx, vs)
            near = self._subject_word(s0, min(vs, s0 + 50), last=False)
            if near is not None:
                return near
        lex = ctx.lex
        if lex is not None and lex.sources and any(
                w.lower().startswith(lex.sources) for w in _WORD.findall(text, clause_start, vs)):
            return None  # "Rozmówcy Agencji Reutera ... tłumaczą": anonymous people spoke
        proxy = self._proxy(clause_start, vs)
        if proxy is not None:
            return proxy
        org = [m for m in before if m.type == "ORG" and m.start >= clause_start][-1:] or [
            m for m in after if m.type == "ORG"][:1]
        if org:
            return org[0]
        preps = lex.org_preps if lex is not None else frozenset()
        near_orgs = [m for m in ms if m.type in ("ORG", "LOC") and (
            (m.end <= vs and _words_between(text, m.end, vs) == 0)
            or (m.start >= ve1 and _words_between(text, ve1, m.start) <= 1))
            and ((_subject_like(ctx, m) and m.type == "LOC")
                 or _word_before(text, m.start) in preps)]
        return near_orgs[0] if near_orgs else None

    def _proxy(self, a: int, b: int) -> Mention | None:
        """"Представители на САЩ заявиха": a body spoke through its people."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        if lex is None or not lex.proxies:
            return None
        for m in _mentions_in(ctx, a, b):
            if m.type not in ("ORG", "LOC"):
                continue
            words = _WORD.findall(text, max(a, m.start - 40), m.start)[-3:]
            if any(w.lower().startswith(lex.proxies) for w in words):
                return m
        return None

    def _cited(self, ve: int, b: int) -> Mention | None:
        """"повідомляє X з посиланням на Y": Y is the source the quote comes from."""
        ctx, text = self.ctx, self.ctx.text
        cite = _citing_re(ctx.lang)
        m = cite.search(text, ve, b) if cite is not None else None
        if m is None or _words_between(text, ve, m.start()) > 6:
            return None
        end = min(b, m.end() + 60)
        ms = [x for x in _mentions_in(ctx, m.end(), end)
              if _words_between(text, m.end(), x.start) <= 3]
        per = [x for x in ms if x.type == "PER"]
        if per:
            return per[0]
        near = self._subject_word(m.end(), end, last=False)
        if isinstance(near, Mention):
            return near
        if near is _NOBODY:
            return None  # "Reuters, citing sources": Reuters is who we can name
        org = [x for x in ms if x.type == "ORG"]
        return org[0] if org else None

    def _subject_word(self, a: int, b: int, last: bool) -> Mention | _Stop | None:
        """A pronoun, role noun or source noun within three words of the verb."""
        _ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        if lex is None or b <= a:
            return None
        words = list(_WORD.finditer(text, a, b))
        words = words[-3:] if last else words[:3]
        for w in (reversed(words) if last else words):
            low = w.group().lower()
            if low in lex.pronouns:
                return self._pronoun(w.start())
            if low.startswith(lex.sources) and lex.sources:
                return _NOBODY
            if lex.outlets and low.startswith(lex.outlets):
                return self._outlet(w.start())
            role = self._role_at(w.start())
            if role is not None:
                named = self._appositive(w.start()) or self._named_after(role[1].end())
                return named or self._role(role[1], role[0]) or _NOBODY
        return None

    def _named_after(self, pos: int) -> Mention | None:
        """"said the chairman of the Nobel Committee, Jörgen Watne Frydnes": the role's name."""
        ctx = self.ctx
        stop = re.search(r"[.;!?:«»„“”\"]|\s[–—]\s", ctx.text[pos : pos + 70])
        end = pos + (stop.start() if stop else 70)
        for m in _mentions_in(ctx, pos, end):
            if m.type == "PER":
                return m
        return None

    def _appositive(self, pos: int) -> Mention | None:
        """"Oleksi Tkatschuk, ein Sprecher Jermaks, sagte": the role belongs to the name before."""
        ctx = self.ctx
        for m in reversed(_mentions_in(self.ctx, max(0, pos - 40), pos)):
            if m.type == "PER" and re.fullmatch(r"\s*,\s*(?:\w+\s+){0,2}", ctx.text[m.end:pos]):
                return m
            break
        return None

    def _outlet(self, pos: int) -> Mention | None:
        """"видання повідомляє" / "the outlet said": the outlet named before with such a noun."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        assert lex is not None
        idx = bisect_left(ctx.starts, pos)
        for m in reversed(ctx.ms[max(0, idx - 400) : idx]):
            if m.type != "ORG" or _in_quote(ctx, m.start):
                continue
            words = _WORD.findall(text, max(0, m.start - 40), m.start)[-2:]
            if any(w.lower().startswith(lex.outlets) for w in words):
                return m
        return None

    def _pronoun(self, pos: int) -> Mention | None:
        """The person a pronoun at ``pos`` stands for: earlier in its sentence, else the
        previous sentences' speaker or subject (up to three sentences back)."""
        ctx = self.ctx
        si = _sent_index(ctx, pos)
        s0 = ctx.sents[si][0] if ctx.sents else 0
        here = [m for m in _mentions_in(ctx, s0, pos) if m.type == "PER" and m.end <= pos
                and _subject_like(ctx, m)]
        if here:
            return here[-1]
        for j in range(si - 1, max(-1, si - 4), -1):
            a, b = ctx.sents[j]
            lo, hi = bisect_left(self.spoken_at, a), bisect_left(self.spoken_at, b)
            spoke = [who for _, who in self.spoken[lo:hi]]
            if spoke:
                return spoke[-1]
            pers = [m for m in _mentions_in(ctx, a, b) if m.type == "PER"
                    and _subject_like(ctx, m)]
            if pers:
                return pers[0]
        return None

    def _role(self, r: re.Match[str], group: str) -> Mention | None:
        """The person last named with a role of ``group`` ("президент Білорусі Олександр
        Лукашенко" for "білоруський лідер"), matching the words around the role noun
        ("білоруський", "очільника РНБО") when it has them; else the last speaker."""
        ctx, text = self.ctx, self.ctx.text
        pos = r.start()
        tail = text[r.end() : r.end() + 40]
        tail = re.split(r"[,.;:!?\"«»„“”]", tail)[0]
        around = _stems([_word_before(text, pos), *_WORD.findall(tail)[:3]], ctx.lex)
        idx = bisect_left(ctx.starts, pos)
        prior = [m for m in ctx.ms[max(0, idx - 400) : idx]  # bounded: long texts stay linear
                 if m.type == "PER" and not _in_quote(ctx, m.start)]
        last: dict[str, Mention] = {}
        for m in prior:
            last[self._ent(m)] = m
        if not last:
            return None
        recent = sorted(last, key=lambda e: last[e].start, reverse=True)
        speakers = [self._ent(w) for _, w in reversed(self.spoken[-50:])]
        speakers = [e for e in dict.fromkeys(speakers) if e in last]
        order = speakers + [e for e in recent if e not in speakers]

        def pick(test: Callable[[str], bool]) -> Mention | None:
            for e in order:
                if test(e):
                    return last[e]
            return None

        entries = self.roles
        return (
            (around and pick(lambda e: any(g == group and st & around
                                           for g, st in entries.get(e, ()))))
            or (around and pick(lambda e: any(st & around for _, st in entries.get(e, ()))))
            or pick(lambda e: any(g == group for g, _ in entries.get(e, ())))
            or (last[speakers[0]] if speakers else None)
        )


# --- entry point ---------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _merge(ctx_text: str, direct: list[_Cand], reported: list[_Cand]) -> list[_Cand]:
    """Direct quotes win; reported content mostly covered by one lends it its attribution."""
    direct.sort(key=lambda c: (c.start, -c.end))
    kept_d: list[_Cand] = []
    for c in direct:
        if kept_d and c.start < kept_d[-1].end:
            continue  # inside (or overlapping) an earlier quote
        kept_d.append(c)
    d_ends = [d.end for d in kept_d]  # non-overlapping, so ends are sorted like starts
    dropped: set[int] = set()
    out: list[_Cand] = []
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
                if _nwords(ctx_text[d.start:d.end]) < MIN_FREE_WORDS:
                    dropped.add(id(d))  # a phrase quoted inside the reported content
                elif d.verb is None and d.pronoun_at is None:
                    d.verb, d.seg, d.pronoun_at = r.verb, r.seg, r.pronoun_at
        taken.append(span)
        out.append(r)
    out += [d for d in kept_d if id(d) not in dropped]
    out.sort(key=lambda c: c.start)
    return out


def _clean_mentions(text: str, mentions: Iterable[Mention]) -> list[Mention]:
    out = []
    for m in mentions or ():
        try:
            ok = (getattr(m, "field", "text") == "text" and m.type in ENTITY_TYPES
                  and 0 <= m.start < m.end <= len(text) and text[m.start:m.end] == m.text)
        except (AttributeError, TypeError):
            ok = False
        if ok:
            out.append(m)
    out.sort(key=lambda m: (m.start, -m.end))
    return out


def find_quotes(text: str, lang: str, mentions: list[Mention]) -> list[Quote]:
    """Direct quotes and reported speech in ``text`` with their speakers, in text order.

    ``mentions`` are the article's entity mentions (offsets into ``text``; title mentions are
    ignored). A quote's ``text`` is ``text[start:end]``, inside the quote marks for a direct
    quote; ``speaker`` is the surface of the PER/ORG mention that identifies who spoke (the
    antecedent for "he said" / "the president said"), or None when the text does not say.
    Unknown languages get direct quotes only; bad input gives [].
    """
    if not isinstance(text, str) or not text.strip():
        return []
    lang = (lang or "").lower() if isinstance(lang, str) else ""
    full = text
    text = text[:MAX_CHARS]
    vre = _verb_re(lang)
    verbs = [(m.start(), m.end()) for m in vre.finditer(text)] if vre is not None else []
    ms = _clean_mentions(full, mentions)
    ms = [m for m in ms if m.end <= len(text)]
    sents = _sentences(text)
    ctx = _Ctx(text, lang, D.LEXICONS.get(lang), ms, [m.start for m in ms], sents,
               [s for s, _ in sents], [], verbs, [v[0] for v in verbs])
    direct = _direct(ctx)
    ctx.quoted = sorted((c.start, c.end) for c in direct)
    reported = _reported(ctx) if ctx.lex is not None else []
    cands = _merge(text, direct, reported)
    ctx.quoted = sorted((c.start, c.end) for c in cands if c.direct)
    resolver = _Resolver(ctx)
    out = []
    for c in cands:
        who = resolver.speaker(c)
        verb = text[c.verb[0]:c.verb[1]] if c.verb else None
        q = Quote(text=text[c.start:c.end], start=c.start, end=c.end, direct=c.direct, verb=verb)
        if who is not None:
            q = replace(q, speaker=who.text, speaker_start=who.start, speaker_end=who.end)
        out.append(q)
    return out
