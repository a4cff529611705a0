"""Split a plain news text into its body and what the text says about itself.

Every reader hands its article text to :func:`parse_text`. The body is made of whole original lines
(plus the tail of a ``date`` header line that runs into the first sentence), joined as they were,
so offsets computed on it point at the author's own characters. Header, title, captions, bylines,
timestamps and page furniture move out of the body into fields and ``meta``; attributions ("пише
Reuters", "X со ссылкой на Y") become ``cited``/``source``.

This module finds the header and the title and puts the parts together; line classes live in
:mod:`storywire.readers._lines`, attributions in :mod:`storywire.readers.attribution`. The
language knowledge (prefixes, verbs, month names) lives in :mod:`storywire.lang`; those modules
only compile it. All text is matched against every language at once, because the language is
not known yet when a reader runs. Regexes are anchored or linear and the line classifiers skip
long lines, so hostile input (huge lines, NUL bytes) stays fast.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from storywire.lang import xx
from storywire.nlp._namedata import PARTICLES as NAME_PARTICLES
from storywire.readers import attribution
from storywire.readers._lines import classify, find_date, mark_roles
from storywire.readers._strings import ends_sentence, is_upper_start, nwords

__all__ = ["ParsedText", "parse_text"]


TITLE_MAX = 250  # longest first line taken as a title
TOP_LINES = 12  # lines from the top searched for outlet lines, titles and their duplicates


@dataclass(slots=True)
class ParsedText:
    """What :func:`parse_text` found; ``body`` is verbatim lines, everything else is metadata."""

    title: str | None
    body: str
    published: dt.date | None
    lang_hint: list[str]
    authors: list[str]
    cited: list[str]
    source: str | None
    meta: dict[str, Any]


SHORT_FRAGMENT = 200  # longest opening fragment taken for an image's caption
FRAGMENT_MIN_WORDS = 4  # "ukrinform.ua" or two words are page furniture, not a described photo
_HEADER = re.compile(r"[ \t\ufeff\u00a0]*date[ \t]+(\d{4}-\d{2}-\d{2})(?![\w-])")
_CODE = re.compile(r"[ \t]+([A-Za-z]{2})(?=[ \t\r]|$)")
_TITLE_STAMP = re.compile(r"\s+(?:\d{1,6}\s+)?(\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{1,2}:\d{2})?\s*$")
_TITLE_COUNT = re.compile(r"(?<=[a-zа-яёіїєґ])\d{1,5}$")
_SPLIT_OUTLET = re.compile(r"\s+[-|–—]\s+")


# ---------------------------------------------------------------------------- small helpers


def _norm(s: str) -> str:
    return " ".join(s.split()).casefold()


def _dedupe(items: Iterable[str], drop: str | None = None) -> list[str]:
    """Items in first-seen order; a name inside a longer one ("CBS" / "CBS News") counts once,
    in its longer form, and ``drop`` (the outlet itself) is left out."""
    def covers(a: str, b: str) -> bool:
        return f" {b.casefold()} " in f" {a.casefold()} "

    out: list[str] = []
    for item in items:
        if drop and (covers(drop, item) or covers(item, drop)):
            continue
        k = next((k for k, old in enumerate(out) if covers(old, item) or covers(item, old)), None)
        if k is None:
            out.append(item)
        elif len(item) > len(out[k]):
            out[k] = item
    return out


# ---------------------------------------------------------------------------- titles


def _title_like(s: str) -> bool:
    """A headline: short, capitalised, 3+ words, no closing sentence punctuation."""
    if len(s) > TITLE_MAX or not is_upper_start(s) or s[0] in "-–—•·":
        return False
    if nwords(s) < 3 or s.isupper():
        return False
    return not ends_sentence(s) or bool(attribution.title_attributions(s))


def _is_kicker(s: str) -> bool:
    """A rubric above the headline ("Ukraine", "Зимняя Олимпиада — 2026")."""
    return len(s) <= 30 and nwords(s) <= 3 and not ends_sentence(s) and is_upper_start(s)


def _clean_title(title: str) -> tuple[str, dt.date | None]:
    """Drop counters and timestamps glued to a headline ("... 36 28.11.2025, 18:29")."""
    date = None
    m = _TITLE_STAMP.search(title)
    if m:
        date = find_date(m.group(1))
        title = title[:m.start()]
    return _TITLE_COUNT.sub("", title).rstrip(), date


# ---------------------------------------------------------------------------- header


def _header(line: str) -> tuple[str, list[str], int] | None:
    """(iso date, language codes, where the tail starts) for a ``date YYYY-MM-DD`` header line.

    Codes: two-letter tokens that are ISO 639-1 codes (or ``ua``), all lower- or all upper-case,
    taken only when the run ends the line, or when it is two or more upper-case codes. So
    "RU", "ua en ru", "UK RU В Axios" are codes, but "US officials", "IT company", "El Comité",
    "es un" and "EN route" are text.
    """
    m = _HEADER.match(line)
    if not m:
        return None
    pos, run, codes = m.end(), m.end(), []
    while (c := _CODE.match(line, run)) and (c.group(1).islower() or c.group(1).isupper()):
        code = c.group(1).lower()
        if code not in xx.ISO_639_1 and code not in xx.CODE_ALIASES:
            break
        codes.append(xx.CODE_ALIASES.get(code, code))
        run = c.end()
    if codes and (not line[run:].strip() or (len(codes) >= 2 and line[m.end():run].isupper())):
        pos = run
    else:
        codes = []
    while pos < len(line) and line[pos] in " \t":
        pos += 1
    return m.group(1), list(dict.fromkeys(codes)), pos


# ---------------------------------------------------------------------------- the parser


def parse_text(raw: str, *, title_hint: str | None = None) -> ParsedText:
    """Split ``raw`` into body lines and metadata; ``title_hint`` (from JSON/HTML) wins as title.

    The body is the original lines minus header, title, caption, byline and furniture lines; no
    character inside a kept line changes. Runs of blank lines left by removed lines collapse.
    """
    lines = raw.split("\n")
    kinds: list[str | None] = [None] * len(lines)
    meta: dict[str, Any] = {"header": None, "captions": [], "bylines": [], "boilerplate": []}
    authors: list[str] = []
    dates: list[tuple[int, dt.date]] = []
    sources: list[tuple[int, str]] = []  # (rank, name): the lowest rank names the outlet
    published: dt.date | None = None
    lang_hint: list[str] = []

    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is not None and (head := _header(lines[first])):
        iso, lang_hint, tail = head
        meta["header"] = lines[first][:tail].strip()
        try:
            published = dt.date.fromisoformat(iso)
        except ValueError:
            meta["header_date_invalid"] = iso
        lines[first] = lines[first][tail:]
        if not lines[first].strip():
            kinds[first] = "header"

    for i, line in enumerate(lines):
        s = line.strip()
        if kinds[i] or not s or not (found := classify(s)):
            continue
        kinds[i], extra = found
        authors += extra.get("authors", "").split("\n") if kinds[i] == "byline" else []
        wants_date = kinds[i] in ("byline", "timestamp") or "date" in extra
        if wants_date and (date := find_date(extra.get("date", s))):
            dates.append((i, date))
        if "source" in extra:
            sources.append((2, extra["source"]))
    authors += mark_roles(lines, kinds)
    _mark_opening_fragment(lines, kinds)

    top = range(min(len(lines), TOP_LINES * 4))
    content = [i for i in top if lines[i].strip() and not kinds[i]]
    title, title_idx = _find_title(lines, kinds, content, title_hint, meta, sources)
    if title_hint and title_hint.strip():
        title = title_hint.strip()
    elif title and title_idx is not None:
        title, date = _clean_title(title)
        if title != lines[title_idx].strip():
            meta["title_raw"] = lines[title_idx].strip()
        if date:
            dates.append((title_idx, date))
    if title:
        for i in top:
            if kinds[i] is None and _norm(lines[i]) == _norm(title):
                kinds[i] = "duplicate"
    if published is None and dates:
        published = min(dates)[1]

    for i, kind in enumerate(kinds):
        if kind in ("caption", "byline"):
            meta[kind + "s"].append(lines[i].strip())
        elif kind in ("boilerplate", "timestamp", "duplicate", "role"):
            meta["boilerplate"].append(lines[i].strip())

    body = _join_body(lines, kinds)
    mentions = attribution.mentions(body)
    cited = attribution.title_attributions(title) if title and len(title) <= 2 * TITLE_MAX else []
    cited += [m.name for m in mentions if m.ok and m.name]
    if own := attribution.self_named(body, mentions):
        sources.append((4, own[1]))
    if dateline := attribution.dateline_source(body):
        meta["dateline"] = dateline
        sources.append((3, dateline))
    source = min(sources, key=lambda s: s[0])[1] if sources else None
    return ParsedText(
        title=title or None,
        body=body,
        published=published,
        lang_hint=lang_hint,
        authors=_dedupe(a for a in authors if a),
        cited=_dedupe(cited, drop=source),
        source=source,
        meta=meta,
    )


def _mark_opening_fragment(lines: list[str], kinds: list[str | None]) -> None:
    """A text whose first word is a lower-case word (not a brand such as eBay, a name particle
    such as "von der Leyen", a hashtag, a domain or "ex-president") and whose first line has a
    few words and ends no sentence opens on a fragment: the alt text or caption of its top
    image ("українська делегація на переговорах у Женеві 17 лютого 2026 року"), never its
    headline or lead, and its date is the photo's."""
    i = next((i for i, line in enumerate(lines) if line.strip() and not kinds[i]), None)
    if i is None:
        return
    s = lines[i].strip()
    words = s.split()
    first = words[0]
    if (first.isalpha() and first.islower() and first not in NAME_PARTICLES
            and len(words) >= FRAGMENT_MIN_WORDS and len(s) <= SHORT_FRAGMENT
            and not ends_sentence(s) and any(line.strip() for line in lines[i + 1 :])):
        kinds[i] = "caption"


def _find_title(lines: list[str], kinds: list[str | None], content: list[int],
                hint: str | None, meta: dict[str, Any],
                sources: list[tuple[int, str]]) -> tuple[str | None, int | None]:
    """The headline among the first content lines; outlet and kicker lines above it are marked.

    A title is a short, capitalised first line without closing punctuation that has more text
    after it; a first line that is a normal paragraph means the text has no title.
    """
    if len(content) > 1 and attribution.is_outlet_line(lines[content[0]].strip()):
        kinds[content[0]] = "boilerplate"
        meta["outlet_line"] = lines[content[0]].strip()
        sources.append((1, meta["outlet_line"]))
        content = content[1:]
    if not content:
        return None, None
    cand, first = content[0], lines[content[0]].strip()
    if hint and hint.strip():
        h, f = _norm(hint), _norm(first)
        if f == h or (len(f) > 20 and h.startswith(f + " ")):
            kinds[cand] = "title"
            return first, cand
        return None, None
    if len(content) < 2:
        return None, None
    nxt, second = content[1], lines[content[1]].strip()
    below = next((k for k in range(cand + 1, nxt) if lines[k].strip()), nxt)
    shift = len(content) > 2 and _title_like(second)
    rubric = kinds[below] == "timestamp" and _title_like(first)  # rubric, time, headline
    if _is_kicker(first) and not shift:
        return None, None
    if shift and (_is_kicker(first) or rubric):
        kinds[cand] = "boilerplate"
        meta["kicker"] = first
        cand, first = nxt, second
    for k in content[1:6]:  # "Outlet - Headline" or junk glued to a headline repeated below
        later = lines[k].strip()
        if later != first and len(later) > 15 and first.endswith(later) and _title_like(later):
            prefix = first[:-len(later)]
            meta["title_prefix"] = prefix
            parts = _SPLIT_OUTLET.split(prefix.strip() + " ")
            if len(parts) == 2 and not parts[1] and nwords(parts[0]) <= 4:
                sources.append((1, parts[0].strip()))
            first = later
            break
    if not _title_like(first):
        return None, None
    kinds[cand] = "title"
    return first, cand


def _join_body(lines: list[str], kinds: list[str | None]) -> str:
    """Kept lines joined by their original newlines; a blank run after a removed line collapses."""
    out: list[str] = []
    removed = False
    prev_blank = True
    for line, kind in zip(lines, kinds, strict=True):
        if kind:
            removed = True
        elif not line.strip():
            if not (removed and prev_blank):
                out.append(line)
            prev_blank = True
        else:
            out.append(line)
            prev_blank = removed = False
    return "\n".join(out).strip()
