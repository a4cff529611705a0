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
* **the speaker** is resolved in :mod:`._speakers` (role nouns through :mod:`._roles`): the
  mention the verb attaches to, a pronoun's or role noun's antecedent, the source an outlet
  cites, the body behind a statement. A quote that simply continues the previous speaker's quote
  keeps that speaker. Anything else gets no speaker: no guesses across sentences without a link.

This module builds the reading context (sentences, speech verbs, mentions: :class:`Ctx` in
:mod:`._quotectx`, with the lookups all the parts share), runs the finders of direct quotes
(:mod:`._directquotes`) and reported speech (:mod:`._reported`), merges their candidates and
resolves the speakers. Per-language words (verbs, pronouns, role nouns, cue phrases) live in
:mod:`._quotedata`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache

from storywire.model import ENTITY_TYPES, Mention, Quote
from storywire.nlp import _directquotes, _reported
from storywire.nlp import _quotedata as D
from storywire.nlp._quotectx import Cand, Ctx, nwords
from storywire.nlp._spans import trimmed
from storywire.nlp._speakers import Resolver

__all__ = ["find_quotes"]

#: texts longer than this are read only this far (keeps pathological input cheap)
MAX_CHARS = 300_000

_SENT_END = re.compile(r"[.!?…]+[»\"“”’)\]]*(?=[ \t]+)|\n")


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


# --- sentences -----------------------------------------------------------------------------


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
                if nwords(ctx_text[d.start:d.end]) < _directquotes.MIN_FREE_WORDS:
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
    direct = _directquotes.direct(ctx)
    ctx.quoted = sorted((c.start, c.end) for c in direct)
    reported = _reported.reported(ctx) if ctx.lex is not None else []
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
