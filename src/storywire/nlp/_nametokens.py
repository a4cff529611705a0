"""Name candidates: capitalised words and acronyms, and the judgement which of them are names.

Each token is judged alone first (lexicon status, stopwords, titles, gazetteer), then the whole
text settles the doubtful ones: a sentence-initial word counts when the text also capitalises it
mid-sentence or a name continues after it, and a dictionary word after a given name is a surname
when the text never writes it in lower case.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from storywire.nlp import _namedata as D
from storywire.nlp._namegazetteer import gazetteer
from storywire.nlp._namekeys import MAX_ACRONYM, acronym_len, is_acronym, name_key
from storywire.nlp._namelex import (
    COMMON,
    PROPER,
    UNKNOWN,
    demonym,
    has_lexicon,
    word_status,
    wordset,
)
from storywire.nlp._namephonetic import SPLIT, UPPER

#: a token starts with a capital not preceded by a letter (after a hyphen is fine: anti-Trump);
#: the look-ahead class lets the engine skip lower-case words without a Python-level test
_TOKEN = re.compile(
    rf"(?<![^\W_'’ʼ])(?={UPPER})"
    r"(?:(?:[^\W\d_]{1,2}\.){2,}(?![^\W\d_])"  # U.S., EE.UU.
    r"|[^\W\d_]+(?:[-‐‑'’ʼ][^\W\d_]+)*)"
)
HEADER = re.compile(r"\A\s*date \d{4}-\d{2}-\d{2}(?: [A-Z]{2})?[ \t]*")
_ROMAN = re.compile(r"^[IVXLCDM]+$")
#: characters skipped when looking back for a sentence boundary
_OPENERS = frozenset(" \t\u00a0\u202f«»„“”\"'‘’‚(\\[{—–-•*·>")
_BOUNDARY = frozenset(".!?…:")
_POSSESSIVE = re.compile(r"['’ʼ](?:s|re|ve|ll|d|m)?$")
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’ʼ](?=[^\W\d_])")


_HYPHEN_PARTS = re.compile(r"[^-‐‑]+")


@dataclass(slots=True)
class Tok:
    """A candidate word and the judgement on it, filled in by :func:`decide`."""

    start: int
    end: int
    text: str
    initial: bool
    kind: str  # "acr" | "cap"
    status: int = UNKNOWN
    accept: int = 0  # 0 no, 1 yes, 2 needs evidence
    key: str = ""


def _initial(text: str, i: int, floor: int) -> bool:
    j = i - 1
    while j >= floor:
        c = text[j]
        if c == "\n":
            return True
        if c not in _OPENERS:
            return c in _BOUNDARY
        j -= 1
    return True


def _trim(text: str, start: int, end: int, lang: str) -> tuple[int, int] | None:
    """Narrow a raw token to its name part: drop 's, l'/d', lower-case hyphen tails."""
    word = text[start:end]
    m = _ELISION.match(word)
    if m and word[: m.end() - 1].islower():
        start += m.end()
        word = text[start:end]
    if lang in ("en", "de", "nl", "sv", "da", "nb", "no") and _POSSESSIVE.search(word):
        cut = _POSSESSIVE.search(word)
        if cut and cut.start() > 0 and (cut.group() != "'" or word[cut.start() - 1] in "sxz"):
            end = start + cut.start()
            word = text[start:end]
    parts = [(m.start(), m.end()) for m in _HYPHEN_PARTS.finditer(word)]
    if len(parts) > 1:
        # leading lower-case parts ("anti-Trump"), then keep parts while they are capitalised
        # (a lower-case part may only link two capitalised ones: Ростов-на-Дону)
        while parts and not word[parts[0][0]].isupper():
            parts.pop(0)
        kept: list[tuple[int, int]] = []
        for idx, (a, b) in enumerate(parts):
            if word[a].isupper():
                kept.append((a, b))
            elif not any(word[x].isupper() for x, _ in parts[idx + 1 : idx + 2]):
                break
        while kept and lang == "de" and len(kept) > 1:
            a, b = kept[-1]
            if word_status(word[a:b], lang)[0] == COMMON:
                kept.pop()
            else:
                break
        if not kept:
            return None
        end = start + kept[-1][1]
        start = start + kept[0][0]
    if start >= end or not text[start].isupper():
        return None
    return start, end


def find_tokens(text: str, lang: str) -> list[Tok]:
    """Capitalised words and acronyms after the dateline header, trimmed to their name part."""
    head = HEADER.match(text)
    floor = head.end() if head else 0
    toks: list[Tok] = []
    for m in _TOKEN.finditer(text, floor):
        if not m.group()[0].isupper():
            continue
        span = _trim(text, m.start(), m.end(), lang)
        if span is None:
            continue
        a, b = span
        word = text[a:b]
        if len(word) < 2 or _ROMAN.match(word):
            continue
        kind = "acr" if is_acronym(word) and (
            acronym_len(word) <= MAX_ACRONYM or "." in word or word in gazetteer().acronyms
        ) else "cap"
        toks.append(Tok(a, b, word, _initial(text, a, floor), kind))
    return toks


def _judge(tok: Tok, lang: str) -> None:
    """Set ``tok.accept`` and the key: 1 a name; 2 a name if the text confirms it; 3 a common
    word that may still be part of a name (Machado, Tusk, Kirk are dictionary words); 0 not."""
    word = tok.text
    gaz = gazetteer()
    if tok.kind == "acr":
        low = word.lower()
        tok.key = name_key(word, lang)
        if word in gaz.acronyms:
            tok.accept = 1
        elif word in D.ACRONYM_STOP:
            tok.accept = 0
        elif len(word.replace(".", "")) >= 5 and word_status(low.capitalize(), lang)[0] == COMMON:
            tok.accept = 0  # ФОТО, СНИМКА: shouted words
        elif low in wordset("STOPWORDS", lang) and len(word) > 2:
            tok.accept = 0
        else:
            tok.accept = 1
        return
    if word.isupper():
        word = word.capitalize()
    low = word.lower()
    if (low in wordset("STOPWORDS", lang) or low in wordset("TITLES", lang)
            or low in wordset("CALENDAR", lang)):
        return
    tok.key = name_key(word, lang)
    on_map = tok.key.startswith("@")
    parts = [p for p in SPLIT.split(word) if p]
    if len(parts) > 1:
        status = word_status(word, lang)[0]
        if status == UNKNOWN:
            common = all(word_status(p, lang)[0] == COMMON for p in parts if p[:1].isupper())
            status = COMMON if common else PROPER
        tok.status = status
    else:
        tok.status = word_status(word, lang)[0]
    if demonym(word, lang):
        return
    if on_map and not (tok.initial and tok.status == COMMON):
        tok.accept = 1  # a listed place or body, capitalised (Кремль is also a common noun)
        return
    if tok.status == COMMON:
        tok.accept = 3
        return
    if not tok.initial or tok.status == PROPER or (tok.status == UNKNOWN and has_lexicon(lang)):
        tok.accept = 1
    else:
        tok.accept = 2


_LOWER_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:[-‐‑'’ʼ][^\W\d_]+)*")


def decide(toks: list[Tok], text: str, lang: str) -> None:
    """Judge each token, then settle the doubtful ones with evidence from the whole text."""
    for t in toks:
        _judge(t, lang)
    lower: set[str] | None = None

    def _in_lower_case(word: str, text: str) -> bool:
        nonlocal lower
        if lower is None:  # the text's lower-case words, collected once and only if needed
            lower = {w for w in _LOWER_WORD.findall(text) if w[:1].islower()}
        return word.lower() in lower

    # a dictionary word right after a name, never written in lower case in this text, is the
    # name's last part (María Corina Machado, Donald Tusk); it shares its predecessor's fate
    for prev, t in itertools.pairwise(toks):
        if (
            t.accept == 3 and prev.accept in (1, 2) and prev.kind == t.kind == "cap"
            and prev.status != COMMON and not prev.key.startswith("@")
            and gap_ok(text, prev.end, t.start) and not _in_lower_case(t.text, text)
        ):
            t.accept = prev.accept
    confirmed = {t.key for t in toks if t.accept == 1 and not t.initial}
    for i, t in enumerate(toks):
        if t.accept == 3:
            t.accept = 1 if t.key in confirmed and not _in_lower_case(t.text, text) else 0
        elif t.accept == 2:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            joined = (
                nxt is not None and nxt.accept == 1 and nxt.kind == "cap"
                and gap_ok(text, t.end, nxt.start)
            )
            t.accept = 1 if (t.key in confirmed or joined) else 0


def gap_ok(text: str, end: int, start: int, particles: bool = True) -> bool:
    """One space between two words of a name, or particles (von der, da, de) if allowed."""
    gap = text[end:start]
    if gap in (" ", "\u00a0"):
        return True
    words = gap.split()
    return (
        particles and 1 <= len(words) <= 2 and gap == f" {' '.join(words)} "
        and all(w in D.PARTICLES for w in words)
    )
