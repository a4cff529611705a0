"""Polish (pl) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Fot.", "Fot", "Zdjęcie", "Ilustracja", "Źródło")
CAPTION_POSITIONS: tuple[str, ...] = ("z lewej", "z prawej", "od lewej", "od prawej", "w środku",
                                      "pośrodku")
CAPTION_PHRASES: tuple[str, ...] = ("Fot.",)
BYLINE_PREFIXES: tuple[str, ...] = ("Autor", "Autorka", "Autorzy", "Opracowanie")
ROLE_WORDS: tuple[str, ...] = ("Redaktor", "Redaktorka", "Korespondent", "Dziennikarz",
                               "Dziennikarka")
DATE_LABELS: tuple[str, ...] = ("Publikacja", "Aktualizacja", "Opublikowano", "Data publikacji")
BOILERPLATE: tuple[str, ...] = (
    r"(?:czas czytania:?\s*\d+\s*min\.?|\d+\s*min\.?\s*czytania)",
    r"(?:czytaj (?:też|także|więcej)|zobacz też)\b:?.{0,200}",
    r"reklama|udostępnij",
    r"strona główna\s*[>»/|].{0,200}",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "według", "podaje", "podał", "podała", "podało", "informuje", "poinformował",
    "poinformowała", "pisze", "napisał", "donosi", "za agencją", "w rozmowie z",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("powołując się na", "cytując", "powołując się na dane")
ATTRIBUTION_AFTER: tuple[str, ...] = ("podaje", "podał", "informuje", "donosi", "pisze")
AS_WORDS: tuple[str, ...] = ("jak",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "agencj", "gazet", "dziennik", "portal", "telewizj", "stacj", "radia", "radio", "tygodnik",
    "serwis",
)
MEDIA_CONTEXT: tuple[str, ...] = ("wywiad", "rozmow", "korespondent")
NOT_MEDIA: tuple[str, ...] = ("dziennikarz",)
OUTLETS: tuple[str, ...] = (
    "Polsat News", "TVN24", "Rzeczpospolita", "Gazeta Wyborcza", "Onet", "Interia", "RMF FM",
    "Polskie Radio", "Agencja Reutera", "Reutera", "Reutersa", "wPolityce", "Money.pl",
)
AUTHOR_JOINERS: tuple[str, ...] = ("i", "oraz")
TIME_WORDS: tuple[str, ...] = ("o", "godz.", "r.")

MONTHS: dict[str, int] = {
    "stycznia": 1, "styczeń": 1, "lutego": 2, "luty": 2, "marca": 3, "marzec": 3,
    "kwietnia": 4, "kwiecień": 4, "maja": 5, "maj": 5, "czerwca": 6, "czerwiec": 6,
    "lipca": 7, "lipiec": 7, "sierpnia": 8, "sierpień": 8, "września": 9, "wrzesień": 9,
    "października": 10, "październik": 10, "listopada": 11, "listopad": 11, "grudnia": 12,
    "grudzień": 12,
}
