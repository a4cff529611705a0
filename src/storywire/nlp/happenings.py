"""Dated happenings: every date of an article on an absolute date, with what the sentence says.

A story's timeline is built from these: "21 июня ... освободил 14 политических заключенных"
becomes 2025-06-21 "14 political prisoners released", "у вересні" written on 26 November 2025
becomes 2025-09. Dates come from :mod:`storywire.nlp.dates` (relative phrases resolved against
the publication date); granularity is what the text says: a day, a month or a year. A week or
a weekend ("минулими вихідними", "миналата седмица") names no single day, so it stands for its
month (its year when it straddles two months).

``what`` is built only from what was extracted: the figures of the sentence ("14 political
prisoners released"), else the happening verb class and the names the caller passes
(:class:`~storywire.model.Mention` records; their ``lemma`` is used, romanised, so a caller that
already knows canonical English names can pass those). Nothing is invented: with neither
figures nor names ``what`` is None.

The article's own dateline or publication stamp ("18 февраля, 08:49", "MOSCOW, November 18.")
says when the page was written, not what happened, and is skipped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from storywire.model import Figure, Happening, Mention
from storywire.nlp.dates import find_dates, find_periods, is_timestamp
from storywire.nlp.figures import (
    CLAUSE_BREAK,
    MAX_CHARS,
    find_figures,
    period_value,
    sentences,
    verb_class,
)

__all__ = ["describe", "find_happenings"]

#: at most this many figures and names go into one ``what``
MAX_FIGURES = 2
MAX_NAMES = 3


def _english(mention: Mention) -> str:
    """The gazetteer's English name for a keyed place or body, else the lemma romanised."""
    if mention.key.startswith("@") and " " not in mention.key:
        return mention.key[1:].replace("-", " ").title()
    name = mention.lemma or mention.text
    if name.isascii():
        return name
    from unidecode import unidecode

    return unidecode(name).replace("'", "")


def describe(figure: Figure) -> str:
    """'14 political prisoners released', 'more than 1,000 political prisoners held'."""
    value = figure.value
    number = f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    parts = [figure.qualifier, number, figure.counts, figure.happening]
    return " ".join(p for p in parts if p)


def _names(mentions: Sequence[Mention], start: int, end: int, field: str) -> list[str]:
    out: dict[str, None] = {}
    for mention in mentions:
        if mention.field == field and start <= mention.start < end:
            out.setdefault(_english(mention), None)
    return list(out)[:MAX_NAMES]


def _what(
    text: str, lang: str, sentence: tuple[int, int], at: int, date: str,
    figures: Sequence[Figure], mentions: Sequence[Mention], field: str,
) -> dict[str, Any]:
    """A short English description of the date at ``at`` from the figures dated by it (their
    ``date`` says which date of the sentence they belong to), else from the sentence's names
    (the :class:`Happening` fields ``what``, ``by_names`` and ``verb``)."""
    own = [f for f in figures
           if f.field == field and sentence[0] <= f.start < sentence[1] and f.date == date]
    if own:
        own.sort(key=lambda f: abs(f.start - at))
        return {"what": "; ".join(describe(f) for f in own[:MAX_FIGURES])}
    names = _names(mentions, sentence[0], sentence[1], field)
    if not names:
        return {}
    lo = max([m.end() for m in CLAUSE_BREAK.finditer(text, sentence[0], at)], default=sentence[0])
    nxt = CLAUSE_BREAK.search(text, at, sentence[1])
    verb = verb_class(text[lo : nxt.start() if nxt else sentence[1]], lang)
    joined = ", ".join(names)
    return {"what": f"{verb}: {joined}" if verb else joined, "by_names": True, "verb": verb}


def find_happenings(
    text: str,
    lang: str,
    ref: dt.date | None,
    *,
    figures: Sequence[Figure] | None = None,
    mentions: Sequence[Mention] | None = None,
    field: str = "text",
) -> list[Happening]:
    """Every dated statement of ``text``, in text order.

    ``ref`` is the publication date (without it, relative and yearless dates cannot be
    resolved and are left out). ``figures`` defaults to :func:`find_figures` on the same text
    (pass ``[]`` to describe by names only); ``mentions`` are the article's name mentions.
    """
    if not text or not isinstance(text, str):
        return []
    text = text[:MAX_CHARS]
    lang = (lang or "").lower()
    if figures is None:
        figures = find_figures(text, lang, ref=ref, field=field)
    mentions = mentions or ()
    spans = sentences(text)
    out: list[Happening] = []

    def sentence_of(pos: int) -> tuple[int, int]:
        for span in spans:
            if span[0] <= pos < span[1]:
                return span
        return (pos, pos)

    for mention in find_dates(text, lang, ref):
        if is_timestamp(text, mention):
            continue
        sent = sentence_of(mention.start)
        out.append(Happening(
            date=mention.value, granularity=mention.granularity, start=mention.start,
            end=mention.end, text=mention.text, sentence=sent,
            relative=mention.relative, field=field,
            **_what(text, lang, sent, mention.start, mention.value, figures, mentions, field),
        ))
    if ref is not None:
        for period in find_periods(text, lang, ref):
            value = period_value(period)
            if value is None:
                continue
            sent = sentence_of(period.start)
            out.append(Happening(
                date=value[0], granularity=value[1], start=period.start, end=period.end,
                text=period.text, sentence=sent, relative=True, field=field,
                **_what(text, lang, sent, period.start, value[0], figures, mentions, field),
            ))
    out.sort(key=lambda h: h.start)
    return out
