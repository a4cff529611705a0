"""Bytes to text without mojibake: BOMs, UTF-8 first, then a scored choice among 8-bit codecs.

Why not charset-normalizer alone: on short Cyrillic text it often confuses cp1251, KOI8-R and
ISO-8859-5 (all three decode any byte string "cleanly"), and the result is silent mojibake. So
after the cheap exact paths (BOM, strict UTF-8, BOM-less UTF-16 from its NUL pattern) every
candidate decoding is scored for how much it looks like real text: letters of one script per
word, a sane case pattern (KOI8-R read as cp1251 comes out with the case inverted: "пРИВЕТ"),
Cyrillic letter frequencies (cp1251 read as ISO-8859-5 is full of "ђ", "ћ", "№"), syllables
(mojibake makes consonant runs like "оепецнбнпш", which also tells an all-caps headline from
its lower-case KOI8/cp1251 twin), no control characters or box-drawing junk. The best decoding
wins; a declared charset (HTTP header, meta tag) wins when it decodes strictly and scores close
to the best. Only when nothing reads as text are other scripts' codecs and charset-normalizer's
pick tried (Greek, Hebrew, Arabic, CJK: best effort).

Binary rule: C0 control characters other than tab, newline, carriage return, vertical tab and
form feed (and DEL) are counted. More than 5 % of the characters (at least 2 of them) means
binary data; fewer are content and stay verbatim (a stray NUL in a long article is kept). Input
that decodes under no candidate with a plausible score is binary too.
"""

from __future__ import annotations

import codecs
import functools
import math
import re
import unicodedata

from storywire.model import InputError

BINARY = "binary data, not text"
EMPTY = "empty file"

#: C0 controls except \t \n \v \f \r, plus DEL: as bytes (fast count) and as a regex.
_CTRL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CTRL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CTRL_SHARE = 0.05
_HIGH_BYTES = bytes(range(0x80, 0x100))

#: Single-byte candidates, in tie-break order (earlier wins a tie).
_CANDIDATES = (
    "cp1251", "koi8-r", "koi8-u", "iso8859-5", "cp866", "cp1252", "latin-1", "cp1250", "iso8859-2",
)

#: Tried only when no candidate above reads as text (correct uk/ru/bg text scores above -0.2).
_FALLBACK = ("cp1253", "iso8859-7", "cp1254", "cp1255", "cp1256", "cp1257")
_FALLBACK_BELOW = -0.3
_FALLBACK_HANDICAP = 0.3

#: Labels browsers treat as windows-1252 (WHATWG Encoding): a declared Latin-1 means cp1252.
_AS_CP1252 = {"latin-1", "iso8859-1", "ascii"}

#: Scoring only needs a sample (from the first non-ASCII byte on: an HTML head can be long);
#: the whole file is still decoded strictly by every candidate.
_SAMPLE_CHARS = 12_000

#: A declared charset is kept when it scores at most this much below the best candidate.
_DECLARED_MARGIN = 0.5
#: Below this average score per non-ASCII character no decoding is text (when most bytes are
#: non-ASCII; a few odd bytes in ASCII text are decoded, not refused).
_FLOOR = -2.0

# Approximate letter frequencies (%) pooled over Russian, Ukrainian and Bulgarian news text.
_CYR_FREQ = {
    "о": 10.0, "а": 8.5, "е": 7.8, "и": 6.8, "н": 6.6, "т": 5.8, "с": 4.9, "р": 4.8,
    "в": 4.5, "л": 4.2, "к": 3.6, "м": 3.1, "д": 3.0, "п": 2.9, "у": 2.5, "і": 2.2,
    "я": 2.0, "з": 1.8, "г": 1.7, "б": 1.6, "ь": 1.4, "ч": 1.3, "ы": 1.0, "й": 1.1,
    "х": 0.9, "ж": 0.9, "ъ": 0.9, "ш": 0.7, "ю": 0.6, "ц": 0.6, "ї": 0.5, "щ": 0.4,
    "є": 0.4, "ф": 0.3, "э": 0.25, "ё": 0.1, "ґ": 0.05, "ў": 0.05,
}
_CYR_UNIFORM = 100.0 / 33
# Accented Latin letters of western and central European languages: plausible in text.
_LATIN_COMMON = set(
    "áàâäãåæçéèêëíìîïñóòôöõøœúùûüÿßšžčćđłńśźżąęěřůőűğışţșț"
)
# Punctuation and signs that real text uses beyond ASCII.
_PUNCT_COMMON = set("„“”‘’‚«»‹›–—…•·°№€§©®™\u00a0\u202f\u2009\u200b−×")


def decode_bytes(data: bytes, *, declared: str | None = None) -> str:
    """Decode one document's bytes, or raise InputError ("empty file", "binary data, not text").

    ``declared`` is a charset someone claims (HTTP ``Content-Type``, ``<meta charset>``); it is
    used when it decodes strictly and is about as plausible as the best guess.
    """
    if not data:
        raise InputError(EMPTY)
    text = _decode_bom(data)
    if text is None and b"\x00" in data:
        text = _decode_utf16_without_bom(data)
    if text is None:
        try:
            text = data.decode("utf-8")  # the fast path: most input is UTF-8
        except UnicodeDecodeError:
            text = None
        else:
            _check_controls(data, len(text))
    if text is None:
        _check_controls(data, len(data))
        text = _best_single_byte(data, declared)
    if not text:
        raise InputError(EMPTY)
    return text


def _decode_bom(data: bytes) -> str | None:
    """Text from a Unicode BOM (removed), or None when there is none."""
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: FF FE 00 00 starts with FF FE
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            body = data[len(bom):]
            if not body:
                raise InputError(EMPTY)
            try:
                text = body.decode(codec)
            except UnicodeDecodeError:
                return None  # a BOM then garbage: let the general path judge it
            _check_text_controls(text)
            return text
    return None


def _decode_utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 told apart by its NUL pattern, or None.

    In UTF-16 text of an alphabetic script, the high byte of each code unit takes very few
    values (0x00 for ASCII, 0x04 for Cyrillic, 0x20 for dashes and quotes) and is often NUL;
    the low byte is almost never NUL. Binary data with NULs does not look like that.
    """
    if len(data) < 16 or len(data) % 2:
        return None
    for codec, high, low in (
        ("utf-16-le", data[1::2], data[0::2]),
        ("utf-16-be", data[0::2], data[1::2]),
    ):
        units = len(high)
        nul_high, nul_low = high.count(0), low.count(0)
        if nul_high < 0.1 * units or nul_low > nul_high * 0.02:
            continue
        top3 = sorted((high.count(v) for v in set(high)), reverse=True)[:3]
        if sum(top3) < 0.9 * units:
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            return None
        if _count_text_controls(text) > _allowed_controls(len(text)):
            return None  # NUL-rich binary that happens to decode; judged as binary later
        return text
    return None


def _allowed_controls(n_chars: int) -> float:
    return max(1.0, n_chars * _MAX_CTRL_SHARE)


def _check_controls(data: bytes, n_chars: int) -> None:
    """Binary rule on bytes (valid for UTF-8 and every ASCII-compatible 8-bit codec)."""
    controls = len(data) - len(data.translate(None, _CTRL_BYTES))
    if controls > _allowed_controls(n_chars):
        raise InputError(BINARY)


def _count_text_controls(text: str) -> int:
    return len(_CTRL_RE.findall(text))


def _check_text_controls(text: str) -> None:
    if _count_text_controls(text) > _allowed_controls(len(text)):
        raise InputError(BINARY)


def _codec_name(label: str | None) -> str | None:
    """Python's canonical codec name for a charset label, or None when unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'").lower()).name
    except (LookupError, ValueError):
        return None
    return "cp1252" if name in _AS_CP1252 else name


def _best_single_byte(data: bytes, declared: str | None) -> str:
    """The most plausible decoding of non-UTF-8 bytes, or InputError when none is text."""
    names: list[str] = []
    declared_name = _codec_name(declared)
    if declared_name and declared_name not in ("utf-8", "utf-8-sig"):
        names.append(declared_name)
    names.extend(n for n in _CANDIDATES if n not in names)
    first_high = re.search(rb"[\x80-\xff]", data)
    start = max(0, first_high.start() - 200) if first_high else 0
    scored = _score_all(data, names, first_order=0, start=start)
    if not scored or max(scored)[0] < _FALLBACK_BELOW:
        # None of the usual suspects reads as text: try other scripts' codecs and
        # charset-normalizer's pick (Greek, Hebrew, CJK, ...). Only then, and handicapped:
        # their letters are scored without frequencies, and charset-normalizer likes to turn
        # cp1252 quotes or short Cyrillic text into letters of exotic codecs.
        guess = _charset_normalizer_guess(data)
        # Among our fallbacks, a tie (Greek vs Hebrew letters score alike) goes to its pick.
        extra = sorted((n for n in _FALLBACK if n not in names), key=lambda n: n != guess)
        more = _score_all(data, extra, first_order=len(names), start=start)
        scored += [(value - _FALLBACK_HANDICAP, *rest) for value, *rest in more]
        if guess and guess not in names and guess not in extra:
            more = _score_all(data, [guess], first_order=len(names) + len(extra), start=start)
            scored += [(value - 2 * _FALLBACK_HANDICAP, *rest) for value, *rest in more]
    if not scored:
        raise InputError(BINARY)
    best = max(scored)
    sample = data[start:start + _SAMPLE_CHARS]
    high_share = (len(sample) - len(sample.translate(None, _HIGH_BYTES))) / len(sample)
    if best[0] < _FLOOR and high_share > 0.3:
        raise InputError(BINARY)
    if declared_name:
        for value, _, name, text in scored:
            if name == declared_name and value >= best[0] - _DECLARED_MARGIN:
                return text
    return best[3]


def _score_all(
    data: bytes, names: list[str], *, first_order: int, start: int
) -> list[tuple[float, int, str, str]]:
    """(score, tie-break, codec, text) for every codec that decodes ``data`` strictly."""
    scored = []
    for order, name in enumerate(names, start=first_order):
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        scored.append((score_text(text[start:start + _SAMPLE_CHARS]), -order, name, text))
    return scored


def _charset_normalizer_guess(data: bytes) -> str | None:
    """charset-normalizer's pick, as one more candidate (covers Greek, CJK, ...)."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a declared dependency
        return None
    match = from_bytes(data[:65536]).best()
    return _codec_name(match.encoding) if match else None


_WORD_RE = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=4096)
def _script(ch: str) -> str:
    if ch < "\u0250":
        return "latin"
    if "\u0400" <= ch < "\u0530":
        return "cyrillic"
    name = unicodedata.name(ch, "")
    return name.split(" ", 1)[0] if name else "unknown"


def _good_case(word: str) -> bool:
    if word.lower() == word.upper():
        return True  # a script without case (Hebrew, Arabic, CJK)
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


@functools.lru_cache(maxsize=4096)
def _char_score(ch: str) -> float:
    """Plausibility of one non-ASCII, non-letter character."""
    if ch in _PUNCT_COMMON or ch.isspace():
        return 0.0
    cat = unicodedata.category(ch)
    if cat in ("Cc", "Co", "Cn", "Cs") or ch == "\ufffd":
        return -10.0
    if "\u2500" <= ch <= "\u259f":  # box drawing, blocks: KOI8/cp866 read wrongly
        return -4.0
    if cat == "Nd":
        return 0.0
    if cat.startswith("M"):
        return -1.0
    return -2.0


@functools.lru_cache(maxsize=4096)
def _letter_score(ch: str, script: str) -> float:
    low = ch.lower()
    if script == "cyrillic":
        freq = _CYR_FREQ.get(low, 0.02)
        return max(-3.0, min(1.5, math.log(freq / _CYR_UNIFORM)))
    if script == "latin":
        return 1.0 if low in _LATIN_COMMON else -1.0
    return 0.5  # other scripts: plausible, but not evidence against the ones we know


_CYR_VOWELS = frozenset("аеёиіїоуыэюяєъ")  # ъ is a vowel in Bulgarian


def _syllable_penalty(word: str) -> float:
    """Penalty for consonant runs over 3 and vowel runs over 2: mojibake scrambles syllables.

    Case-blind, so it separates an all-caps word from its lower-case KOI8/cp1251 twin, which
    letter frequencies alone cannot do on a short text.
    """
    penalty = 0.0
    cons = vows = 0
    for ch in word.lower():
        if ch in _CYR_VOWELS:
            vows += 1
            cons = 0
            if vows > 2:
                penalty -= 2.0
        elif ch in "ьй":
            vows = 0  # ends a vowel run, neither starts nor extends a consonant run
        else:
            cons += 1
            vows = 0
            if cons > 3:
                penalty -= 3.0
    return penalty


def score_text(text: str) -> float:
    """Average plausibility per non-ASCII character (higher is better, about -10..1.5).

    Only non-ASCII characters are scored: every candidate codec decodes ASCII the same way.
    """
    total = 0.0
    counted = 0
    cyrillic = 0
    last = 0
    for match in _WORD_RE.finditer(text):
        gap = text[last:match.start()]
        if not gap.isascii():
            for ch in gap:
                if not ch.isascii():
                    total += _char_score(ch)
                    counted += 1
        last = match.end()
        word = match.group()
        if not word.isascii():
            w_total, w_counted, w_cyrillic = _word_score(word)
            total += w_total
            counted += w_counted
            cyrillic += w_cyrillic
    for ch in text[last:]:
        if not ch.isascii():
            total += _char_score(ch)
            counted += 1
    if 0 < cyrillic < 4 and sum(1 for c in text if c.isascii() and c.isalpha()) > 20:
        total -= 2.0 * cyrillic  # a stray byte in Latin text is a symbol, not one Russian letter
    return total / counted if counted else 0.0


@functools.lru_cache(maxsize=65536)
def _word_score(word: str) -> tuple[float, int, int]:
    """(sum of scores, non-ASCII letters, Cyrillic letters) for one word with non-ASCII letters.

    Cached: words repeat, within a text and across the candidate decodings of it.
    """
    non_ascii = [c for c in word if not c.isascii()]
    scripts = {_script(c) for c in non_ascii}
    if len(non_ascii) < len(word):
        scripts.add("latin")
    mixed = len(scripts) > 1
    case_ok = len(word) < 2 or _good_case(word)
    # All-caps words exist (headlines), but lower case is the norm: on a short all-caps
    # reading versus a lower-case one, lean to lower case (KOI8-R <-> cp1251 swap case).
    shouting = len(word) >= 2 and word.isupper()
    total = 0.0
    if "cyrillic" in scripts and not mixed:
        total += _syllable_penalty(word)
    mostly_accented = "latin" in scripts and len(word) >= 3 and len(non_ascii) * 2 > len(word)
    cyrillic = 0
    for ch in non_ascii:
        script = _script(ch)
        cyrillic += script == "cyrillic"
        value = _letter_score(ch, script)
        if mixed:
            value -= 5.0
        if not case_ok:
            value -= 2.0
        elif shouting:
            value -= 0.15
        if mostly_accented and not mixed:
            value -= 2.0  # "Ïðèâåò": cp1251 Cyrillic read as a Latin codec
        total += value
    return total, len(non_ascii), cyrillic
