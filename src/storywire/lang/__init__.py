"""Per-language lexicons: one module per language code, each holding that language's data only.

Like spaCy's ``lang/xx`` folders, the knowledge lives here as plain tuples and dicts and the code
that uses it (``storywire.readers.metadata`` and later NLP stages) stays small. ``xx`` holds what is
language-neutral. A module defines only the names it has; every name is optional:

``CAPTION_PREFIXES``   words starting a caption or photo credit ("Фото: ...", "(Photo: ...)")
``CAPTION_PHRASES``    caption markers without a colon ("Фото из открытых источников")
``CAPTION_POSITIONS``  where a person stands in a photo, in brackets ("Yermak (left) and Rubio")
``BYLINE_PREFIXES``    words followed by ``:`` and author names ("Автор: Ірина Глухова")
``BYLINE_BY``          words followed directly by names ("By John Smith", "Von Anna Berg")
``ROLE_WORDS``         job titles on a byline role line ("Редактор новостей LIGA.net")
``DATE_LABELS``        labels before a publication timestamp ("Дата публикации: ...")
``BOILERPLATE``        full-line regexes (case-insensitive) for page furniture; the named groups
                       ``source`` and ``date`` are harvested when present
``ATTRIBUTION_VERBS``  phrases followed by the outlet they attribute to ("пише Reuters")
``ATTRIBUTION_CITING`` phrases between an outlet and what it cites ("X со ссылкой на Y")
``ATTRIBUTION_AFTER``  verbs following the outlet ("Axios reported")
``AS_WORDS``           sentence openers before a verb ("Как передает X, ...")
``OUTLET_DESCRIPTORS`` lower-case stems of nouns naming a medium ("видання Axios", "agency")
``MEDIA_CONTEXT``      lower-case stems of words that lead to a medium ("в интервью CNN")
``NOT_MEDIA``          lower-case stems that start like a medium noun but are not ("журналист")
``OUTLETS``            outlet names written in this language (exact surface forms)
``AUTHOR_JOINERS``     conjunctions between author names ("A, B and C", "А и Б")
``ARTICLES``           articles skipped before an outlet name ("the Financial Times")
``TIME_WORDS``         words allowed around a timestamp ("10 октября 2025 в 12:08", "года")
``MONTHS``             month word (lower case) -> month number
"""

from __future__ import annotations

from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Any

LANGS: tuple[str, ...] = ("xx", "uk", "ru", "bg", "en", "de", "fr", "es", "pl", "sr", "cs", "it")

__all__ = ["LANGS", "merged", "merged_map", "module"]


@cache
def module(code: str) -> ModuleType:
    """The lexicon module for ``code`` (one of :data:`LANGS`)."""
    if code not in LANGS:
        raise KeyError(f"no lexicon for language {code!r}")
    return import_module(f"{__name__}.{code}")


def merged(name: str, langs: tuple[str, ...] = LANGS) -> tuple[str, ...]:
    """Every language's tuple ``name``, in :data:`LANGS` order, duplicates dropped.

    Readers see text before its language is known, so they match all languages at once.
    """
    out: dict[str, None] = {}
    for code in langs:
        for item in getattr(module(code), name, ()):
            out.setdefault(item, None)
    return tuple(out)


def merged_map(name: str, langs: tuple[str, ...] = LANGS) -> dict[str, Any]:
    """Every language's dict ``name`` merged; on a clash the earlier language in ``langs`` wins."""
    out: dict[str, Any] = {}
    for code in langs:
        for key, value in getattr(module(code), name, {}).items():
            out.setdefault(key, value)
    return out
