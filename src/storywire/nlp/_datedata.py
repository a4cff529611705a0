"""Per-language date vocabulary for :mod:`storywire.nlp.dates`, keyed by ISO 639-1 code.

The tables themselves are in ``_datelang_slavic`` and ``_datelang_western`` (written with the
helpers of ``_datelexicon``); this module maps language codes to them.
"""

from __future__ import annotations

from storywire.nlp._datelang_slavic import BG, CS, PL, RU, SR, UK
from storywire.nlp._datelang_western import DE, EN, ES, FR, IT
from storywire.nlp._datelexicon import DateLexicon

#: language code -> lexicon; Bosnian, Croatian and Montenegrin share the Serbian tables
LEXICONS: dict[str, DateLexicon] = {
    "uk": UK, "ru": RU, "bg": BG, "en": EN, "de": DE, "pl": PL, "cs": CS, "sr": SR, "hr": SR,
    "bs": SR, "me": SR, "fr": FR, "es": ES, "it": IT,
}  # fmt: skip

#: words after a year in every language: a year followed by one of these is a year anywhere
YEAR_WORDS_ANY: tuple[str, ...] = ("г.", "гг.", "р.", "r.", "g.")
