"""Italian (it) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Immagine", "Illustrazione", "Credito")
CAPTION_POSITIONS: tuple[str, ...] = ("a sinistra", "a destra", "al centro", "da sinistra")
BYLINE_PREFIXES: tuple[str, ...] = ("Autore", "Autrice", "Autori")
BYLINE_BY: tuple[str, ...] = ("Di",)
ROLE_WORDS: tuple[str, ...] = ("Redattore", "Redattrice", "Corrispondente", "Giornalista")
DATE_LABELS: tuple[str, ...] = ("Pubblicato", "Aggiornato", "Pubblicato il", "Aggiornato il")
BOILERPLATE: tuple[str, ...] = (
    r"(?:leggi anche|potrebbe interessarti)\b:?.{0,200}",
    r"pubblicità|condividi",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "secondo", "riporta", "ha riferito", "scrive", "ha scritto", "riferisce", "stando a",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("citando",)
ATTRIBUTION_AFTER: tuple[str, ...] = ("riporta", "scrive", "riferisce")
AS_WORDS: tuple[str, ...] = ("come",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "agenzia", "quotidiano", "giornale", "emittente", "testata",
)
MEDIA_CONTEXT: tuple[str, ...] = ("intervista",)
OUTLETS: tuple[str, ...] = (
    "Corriere della Sera", "la Repubblica", "La Repubblica", "La Stampa", "Rai", "Sky TG24",
    "Adnkronos", "Il Sole 24 Ore", "Agenzia Nova",
)
AUTHOR_JOINERS: tuple[str, ...] = ("e",)
ARTICLES: tuple[str, ...] = ("il", "lo", "la", "gli", "le")
TIME_WORDS: tuple[str, ...] = ("alle", "ore")

MONTHS: dict[str, int] = {
    "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
    "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
}
