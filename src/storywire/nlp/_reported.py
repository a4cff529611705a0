"""Reported speech: the content of a speech verb's clause or of a source phrase's sentence.

"заявив, що ..." / "said that ..." / "sagte, ..." (the verb and its complementiser), "...,
сообщил Ермак" (a trailing attribution), "according to X" / "за словами X" / "X zufolge" (a
source phrase), and "Об этом заявил X" (a sentence pointing back at the one before). Each
candidate carries where its speaker is named, for :mod:`._speakers`.
"""

from __future__ import annotations

import re

from storywire.nlp import _quotedata as D
from storywire.nlp._quotectx import (
    WORD,
    Cand,
    Ctx,
    in_quote,
    lex_re,
    mentions_in,
    nwords,
    participle,
    sent_of,
    strip,
    verbs_in,
    words_between,
)

#: words allowed between a speech verb and its complementiser ("told Reuters on Monday that")
MAX_THAT_WORDS = 8


# --- candidates: reported speech -----------------------------------------------------------


def reported(ctx: Ctx) -> list[Cand]:
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
    return strip(ctx.text, a, b, ".,;:!?…–—-")


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
            xe = source_end(ctx, m.end(), s1)
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


def source_end(ctx: Ctx, a: int, s1: int) -> int:
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
    verbs = verbs_in(ctx, m.end(), comma)
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
    verbs = verbs_in(ctx, m.end(), s1)
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
    for vs, ve in verbs_in(ctx, s0, s1):
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

ZERO_THAT = frozenset({
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
        if text[vs:ve].lower() not in ZERO_THAT or (re.search(
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
    if m and verbs_in(ctx, a + m.start(), s1):
        return a + m.start()
    return s1
