"""French (fr) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Photo", "Image", "Illustration", "Crédit", "Crédits")
CAPTION_POSITIONS: tuple[str, ...] = ("à gauche", "à droite", "au centre", "de gauche à droite")
BYLINE_PREFIXES: tuple[str, ...] = ("Auteur", "Auteurs", "Autrice", "Texte")
BYLINE_BY: tuple[str, ...] = ("Par",)
ROLE_WORDS: tuple[str, ...] = ("Rédacteur", "Rédactrice", "Correspondant", "Correspondante",
                               "Journaliste")
DATE_LABELS: tuple[str, ...] = ("Publié le", "Publié", "Mis à jour le", "Mis à jour")
BOILERPLATE: tuple[str, ...] = (
    r"(?:temps de lecture:?\s*\d+\s*min\.?|\d+\s*min\.?\s*de lecture)",
    r"(?:lire aussi|à lire aussi)\b:?.{0,200}",
    r"les derniers articles par .{1,60}",
    r"publicité|partager",
    r"accueil\s*[>»/|].{0,200}",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "selon", "d'après", "d’après", "rapporte", "a rapporté", "indique", "a indiqué",
    "a déclaré à", "cité par", "citée par", "rapporté par", "a confié à",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("citant", "en citant")
ATTRIBUTION_AFTER: tuple[str, ...] = ("rapporte", "a rapporté", "indique", "révèle")
AS_WORDS: tuple[str, ...] = ("comme",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "journal", "quotidien", "agence", "chaîne", "magazine", "hebdomadaire", "média", "radio",
)
MEDIA_CONTEXT: tuple[str, ...] = ("entretien", "interview", "correspondant")
NOT_MEDIA: tuple[str, ...] = ("journaliste",)
OUTLETS: tuple[str, ...] = (
    "Le Figaro", "Libération", "Les Echos", "France 24", "franceinfo", "BFMTV", "Le Parisien",
    "Le Point", "L'Express", "France Inter", "TV5Monde",
)
AUTHOR_JOINERS: tuple[str, ...] = ("et",)
ARTICLES: tuple[str, ...] = ("le", "la", "les", "l'", "l’")
TIME_WORDS: tuple[str, ...] = ("à", "h")

MONTHS: dict[str, int] = {
    "janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12,
}
