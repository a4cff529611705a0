"""What quote finding and speaker resolution read: the candidate and the article context.

:mod:`storywire.nlp.quotes` builds a :class:`Ctx` (text, lexicon, mentions, sentences, speech
verbs, quoted spans); the finders in :mod:`._directquotes` and :mod:`._reported` turn quote
marks and speech verbs into :class:`Cand` records, and the resolver in :mod:`._speakers` (with
:mod:`._roles`) picks their speakers. All of them read the text through the lexicon regexes and
the sentence, mention and verb lookups here.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from storywire.model import Mention
from storywire.nlp import _quotedata as D

#: a word, with inner hyphens and apostrophes ("прем'єр", "Jean-Noël")
WORD = re.compile(r"\w+(?:[-'’]\w+)*")


# --- a quote candidate and the article context ----------------------------------------------


@dataclass(slots=True)
class Cand:
    """A quote candidate and where its attribution sits."""

    start: int
    end: int
    direct: bool
    verb: tuple[int, int] | None = None  # speech verb span (or source phrase)
    seg: tuple[int, int] | None = None  # where the speaker is named
    pronoun_at: int | None = None  # "по его словам": resolve a pronoun here
    whole_sentence: bool = False  # a direct quote standing as its own sentence


@dataclass(slots=True)
class Ctx:
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
    title_ms: list[Mention] = field(default_factory=list)  # field == "title": last resort
    #: the content of the quote being resolved: a name inside what was said is never who said
    #: it ("Jak podkreśla premier, to decyzja ... prezydenta Nawrockiego")
    own: tuple[int, int] = (0, 0)


# --- lexicon regexes ------------------------------------------------------------------------


@cache
def _participle_re(lang: str) -> re.Pattern[str] | None:
    lex = D.LEXICONS.get(lang)
    if lex is None or not lex.participles:
        return None
    return re.compile("|".join(lex.participles))


def participle(ctx: Ctx, vs: int, ve: int) -> bool:
    r = _participle_re(ctx.lang)
    return r is not None and r.fullmatch(ctx.text, vs, ve) is not None


@cache
def citing_re(lang: str) -> re.Pattern[str] | None:
    """"X со ссылкой на Y" / "citing Y": Y is who really spoke (the lexicon of storywire.lang)."""
    try:
        from storywire.lang import module

        phrases = getattr(module(lang), "ATTRIBUTION_CITING", ())
    except KeyError:
        return None
    return phrase_re(phrases)


def phrase_re(phrases: Iterable[str]) -> re.Pattern[str] | None:
    alts = "|".join(re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "")
                    for p in sorted(set(phrases), key=len, reverse=True))
    if not alts:
        return None
    return re.compile(rf"(?<![\w-])(?:{alts})", re.IGNORECASE)


@cache
def lex_re(lang: str, name: str) -> re.Pattern[str] | None:
    lex = D.LEXICONS.get(lang)
    if lex is None:
        return None
    if name == "roles":
        alts = "|".join(re.escape(s) for s, _ in sorted(lex.roles, key=lambda r: -len(r[0])))
        return re.compile(rf"(?<![\w-])({alts})(\w{{0,4}})(?![\w-])", re.IGNORECASE)
    return phrase_re(getattr(lex, name))


def nwords(text: str) -> int:
    return len(WORD.findall(text))


# --- context helpers -----------------------------------------------------------------------


def sent_of(ctx: Ctx, pos: int) -> tuple[int, int]:
    i = max(0, bisect_right(ctx.sent_starts, pos) - 1)
    return ctx.sents[i] if ctx.sents else (0, len(ctx.text))


def sent_index(ctx: Ctx, pos: int) -> int:
    return max(0, bisect_right(ctx.sent_starts, pos) - 1)


def in_quote(ctx: Ctx, pos: int, allow: tuple[int, int] | None = None) -> bool:
    i = bisect_right(ctx.quoted, (pos, 1 << 60)) - 1
    if i < 0:
        return False
    s, e = ctx.quoted[i]
    if not (s <= pos < e):
        return False
    return not (allow is not None and s <= allow[0] and allow[1] <= e)


def word_before(text: str, pos: int) -> str:
    m = re.search(r"([\w'’-]+)[ \t]+$", text[max(0, pos - 40) : pos])
    return m.group(1).lower() if m else ""


def mentions_in(ctx: Ctx, a: int, b: int, seg: tuple[int, int] | None = None) -> list[Mention]:
    lo, hi = bisect_left(ctx.starts, a), bisect_left(ctx.starts, b)
    os, oe = ctx.own
    return [m for m in ctx.ms[lo:hi] if m.end <= b and not in_quote(ctx, m.start, seg)
            and not os <= m.start < oe]


def subject_like(ctx: Ctx, m: Mention) -> bool:
    """A name right after a preposition ("з Трампом", "with Trump") is not a verb's subject."""
    return ctx.lex is None or word_before(ctx.text, m.start) not in ctx.lex.preps


def words_between(text: str, a: int, b: int) -> int:
    return nwords(text[a:b]) if b > a else 0


def verbs_near(ctx: Ctx, a: int, b: int) -> bool:
    """Does a speech verb stand in ``text[a:b]``?"""
    i = bisect_left(ctx.verb_starts, a)
    return i < len(ctx.verb_starts) and ctx.verb_starts[i] < b


def verbs_in(ctx: Ctx, a: int, b: int, post: bool = False) -> list[tuple[int, int]]:
    lo, hi = bisect_left(ctx.verb_starts, a), bisect_left(ctx.verb_starts, b)
    out = []
    for vs, ve in ctx.verbs[lo:hi]:
        if ve > b or in_quote(ctx, vs):
            continue
        if not post and ctx.lex and ctx.text[vs:ve].lower() in ctx.lex.post_only:
            continue
        out.append((vs, ve))
    return out


def strip(text: str, s: int, e: int, chars: str = "") -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def ent(m: Mention) -> str:
    """The entity a mention stands for: the last word of its key (else lemma, else text)."""
    key = (m.key or m.lemma or m.text).split()
    return key[-1].lower() if key else m.text.lower()
