"""Line classes of a news text: captions and credits, bylines, timestamps, page furniture.

:func:`classify` looks at one stripped line and says which kind of metadata it is (None for body
text); :func:`mark_roles` turns the name above a role line into a byline. Lines longer than
``SHORT_MAX`` can only be captions, so hostile input (huge lines) stays fast.
"""

from __future__ import annotations

import datetime as dt
import re

from storywire import lang
from storywire.lang import xx
from storywire.readers._strings import alt, no_groups
from storywire.readers.attribution import accept, clean_name

__all__ = ["CAPTION_MAX", "SHORT_MAX", "classify", "find_date", "mark_roles"]


CAPTION_MAX = 400  # longest line that can still be a caption (long captions carry a credit)
SHORT_MAX = 200  # longest line that can be a byline, timestamp or page furniture


# ---------------------------------------------------------------------------- compiled lexicon


_MONTHS: dict[str, int] = lang.merged_map("MONTHS")
_CREDITS = frozenset(xx.PHOTO_CREDITS)
_SWITCH = frozenset(xx.LANG_SWITCH)
_SOCIAL = frozenset(xx.SOCIAL)

_CAPTIONS = lang.merged("CAPTION_PREFIXES")
_CAPTION_START = re.compile(rf"(?:{alt(_CAPTIONS, spaces=True)})\s*[:/]", re.I)
_CAPTION_UPPER = re.compile(rf"(?:{alt(c.upper() for c in _CAPTIONS)})\s")
_CAPTION_BEFORE_COLON = re.compile(  # checked on the 30 characters before each ":"
    rf"(?:^|[\s(/|,.])(?:{alt([*_CAPTIONS, *(c.upper() for c in _CAPTIONS)], spaces=True)})\s*$"
)
_CAPTION_PHRASE = re.compile(alt(lang.merged("CAPTION_PHRASES")))
#: "Andriy Yermak (links) und Marco Rubio ...": only a photo places people left and right. The
#: bracket must follow a capitalised word (a name): "the party moved (right)" or "матеріали
#: (справа)" (Ukrainian "the case") are body text
_CAPTION_POSITION = re.compile(
    rf"(?<![^\W_])[^\W\d_]*[A-ZА-ЯЁІЇЄҐЎЈЉЊЋЏ][\w'’.-]*[ \u00a0]+"
    rf"\((?i:{alt(lang.merged('CAPTION_POSITIONS'), spaces=True)})\)")
_CREDIT_TAIL = re.compile(
    rf"(?:[.)]\s*[—–-]\s*(?:{alt(_CREDITS)})"  # "... 2025. — Reuters"
    rf"|\b(?:{alt(c.upper() for c in _CREDITS)})/[A-Z]\w+(?: [A-Z][\w-]+){{0,3}}"  # REUTERS/Tom
    rf"|\((?:{alt(_CREDITS)})\s*/[^()\n]{{1,60}}\))\s*\)?\s*$"  # (picture alliance/Name)
)
_CREDIT_ONLY = re.compile(
    rf"\(?[\w .&'’-]{{0,40}}\b(?:{alt(xx.CREDIT_WORDS)})\s*\)?|\((?:{alt(_CREDITS)})\)"
)

_BYLINE_COLON = re.compile(rf"(?:{alt(lang.merged('BYLINE_PREFIXES'), spaces=True)})\s*:\s*(.*)",
                           re.I)
_BYLINE_BY = re.compile(rf"(?:{alt(lang.merged('BYLINE_BY'), spaces=True)})\s+(\S.*)")
_ROLE = re.compile(rf"(?:{alt(lang.merged('ROLE_WORDS'))})(?!\w)[^!?\n]{{0,60}}")
_JOINERS = re.compile(rf"\s*[,;]\s*|\s+(?:{alt(lang.merged('AUTHOR_JOINERS'))})\s+")
_AUTHOR_CUT = re.compile(r"\s+\d|\s*[|•(]|\s[-–—]\s|,\s*(?=\d)")

_LABEL = re.compile(
    rf"(?:{alt(lang.merged('DATE_LABELS'), spaces=True)})(?![^\W\d_])\s*:?\s*", re.I
)
_STAMP = re.compile(
    r"(?P<nd>\d{1,2})\.(?P<nm>\d{1,2})\.(?P<ny>\d{4})"
    r"|(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"|(?P<wd>\d{1,2})\.?\s+(?:de\s+)?(?P<wm>[^\W\d_]{3,12})\.?,?(?:\s+de)?\s+(?P<wy>\d{4})"
    r"|(?P<vm>[^\W\d_]{3,12})\.?\s+(?P<vd>\d{1,2}),?\s+(?P<vy>\d{4})"
    r"|(?P<dd>\d{1,2})\.?\s+(?P<dm>[^\W\d_]{3,12})"
    r"|(?P<t>\d{1,2}:\d{2}(?::\d{2})?)"
)
_STAMP_FILLER = re.compile(  # what may remain of a timestamp line once dates/times are gone
    rf"[\s,./|()\-–—]*(?:(?:{alt(lang.merged('TIME_WORDS'), spaces=True)})"
    r"(?![^\W\d_])[\s,./|()\-–—]*)*",
    re.I,
)

_BOILER_ALL = lang.merged("BOILERPLATE")
_BOILER = re.compile("|".join(f"(?:{no_groups(p)})" for p in _BOILER_ALL), re.I)
_BOILER_GROUPS = tuple(re.compile(p, re.I) for p in _BOILER_ALL if "(?P<" in p)
_PLACE_OUTLET = re.compile(r"[^\W\d_][\w'’-]+\s*[•·]\s*(?P<source>[^\W_][^•·]{0,40})")
_PUNCT_ONLY = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")


# ---------------------------------------------------------------------------- dates


def _stamp_value(m: re.Match[str]) -> tuple[bool, dt.date | None]:
    """Whether a ``_STAMP`` match is a real date/time part, and the date it names if complete."""
    g = m.groupdict()
    try:
        if g["nd"]:
            return True, dt.date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        if g["iy"]:
            return True, dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["wm"]:
            month = _MONTHS.get(g["wm"].casefold())
            return month is not None, month and dt.date(int(g["wy"]), month, int(g["wd"]))
        if g["vm"]:
            month = _MONTHS.get(g["vm"].casefold())
            return month is not None, month and dt.date(int(g["vy"]), month, int(g["vd"]))
        if g["dm"]:
            return g["dm"].casefold() in _MONTHS, None
    except ValueError:
        return False, None
    return True, None  # a time of day


def find_date(s: str) -> dt.date | None:
    """The first complete calendar date written in a (short) metadata line."""
    for m in _STAMP.finditer(s):
        ok, date = _stamp_value(m)
        if ok and date and 1990 <= date.year <= 2100:
            return date
    return None


def _is_timestamp(s: str) -> bool:
    """A line that is only a publication date/time, optionally labelled ("Дата публікації: ...")."""
    if len(s) > 80 or not _DIGIT.search(s):
        return False
    found = False

    def drop(m: re.Match[str]) -> str:
        nonlocal found
        ok, _ = _stamp_value(m)
        found = found or ok
        return "" if ok else m.group()

    rest = _STAMP.sub(drop, s)
    return found and _STAMP_FILLER.fullmatch(rest) is not None


# ---------------------------------------------------------------------------- line classes


def _split_authors(s: str) -> list[str]:
    cut = _AUTHOR_CUT.search(s)
    s = s[:cut.start()] if cut else s
    out = []
    for part in _JOINERS.split(s):
        part = part.strip(" .")
        if (part and part[0].isupper() and len(part.split()) <= 5
                and part.casefold() not in _MONTHS and not any(c.isdigit() for c in part)):
            out.append(part)
    return out


def _byline(s: str) -> list[str] | None:
    """Author names if ``s`` is a byline line ("Автор: ...", "By A and B"), else None."""
    if len(s) > 150:
        return None
    m = _BYLINE_COLON.fullmatch(s)
    if m:
        return _split_authors(m.group(1))
    m = _BYLINE_BY.match(s)
    if m:
        names = _split_authors(m.group(1))
        if names and len(names[0].split()) >= 2 and all(w[0].isupper() for w in names[0].split()):
            return names
    return None


def _is_caption(s: str) -> bool:
    """A caption or credit: "Фото: ...", "(Photo: X)", "© X", "REUTERS/Name", "(Getty Images)",
    "Yermak (left) and Rubio ..."."""
    if len(s) > CAPTION_MAX:
        return False
    if _CAPTION_START.match(s) or _CAPTION_UPPER.match(s):
        return True
    if "©" in s or _CAPTION_PHRASE.search(s) or _CREDIT_TAIL.search(s[-90:]):
        return True
    if _CAPTION_POSITION.search(s):
        return True
    i = s.find(":")
    while i > 0:
        if _CAPTION_BEFORE_COLON.search(s, max(0, i - 30), i):
            return True
        i = s.find(":", i + 1)
    return len(s) <= 80 and bool(_CREDIT_ONLY.fullmatch(s) or (
        "/" in s and ". " not in s and any(p.strip() in _CREDITS for p in s.split("/"))))


def _is_menu(s: str) -> bool:
    if "|" not in s and len(s) > 60:
        return False
    tokens = [t.casefold() for t in re.split(r"[\s|]+", s) if t]
    if len(tokens) >= 2 and all(t in _SWITCH for t in tokens):
        return True  # language switcher "Укр Рус"
    parts = [p.strip() for p in s.split("|") if p.strip()]
    if s.count("|") >= 2 and all(len(p.split()) <= 3 for p in parts):
        return True
    return bool(parts) and sum(t in _SOCIAL for t in tokens) >= 3


def classify(s: str) -> tuple[str, dict[str, str]] | None:
    """The metadata kind of a stripped, non-empty line, plus what it yields; None for body text."""
    if len(s) > SHORT_MAX:
        return ("caption", {}) if _is_caption(s) else None
    if _PUNCT_ONLY.fullmatch(s):
        return "boilerplate", {}
    if _is_caption(s):
        return "caption", {}
    authors = _byline(s)
    if authors is not None:
        return "byline", {"authors": "\n".join(authors)}
    bare = s.lstrip("-–—•·|* ")
    label = _LABEL.match(bare)
    if label and label.end() == len(bare):
        return "boilerplate", {}
    if _is_timestamp(bare[label.end():] if label else bare):
        return "timestamp", {}
    if _BOILER.fullmatch(s):
        for pat in _BOILER_GROUPS:
            m = pat.fullmatch(s)
            if m:
                return "boilerplate", {k: v for k, v in m.groupdict().items() if v}
        return "boilerplate", {}
    m = _PLACE_OUTLET.fullmatch(s)
    if m and accept(clean_name(m.group("source")), cyr=False):
        return "boilerplate", {"source": clean_name(m.group("source"))}
    if _is_menu(s):
        return "boilerplate", {}
    if len(s) <= 80 and _ROLE.fullmatch(s) and not s.endswith("."):
        return "role", {}
    return None


def mark_roles(lines: list[str], kinds: list[str | None]) -> list[str]:
    """A role line ("Редактор новостей LIGA.net") makes the name line above it a byline."""
    names = []
    for i, kind in enumerate(kinds):
        if kind != "role":
            continue
        j = i - 1
        while j > 0 and not lines[j].strip():
            j -= 1
        above = lines[j].strip() if j >= 0 else ""
        words = above.split()
        if (j >= 0 and kinds[j] is None and 2 <= len(words) <= 3 and len(above) <= 40
                and all(w[0].isupper() and w.isalpha() for w in words)):
            kinds[j] = "byline"
            names.append(above)
    return names
