"""Spanish (es) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Fotografía", "Imagen", "Ilustración", "Crédito")
CAPTION_POSITIONS: tuple[str, ...] = ("a la izquierda", "a la derecha", "en el centro")
BYLINE_PREFIXES: tuple[str, ...] = ("Autor", "Autora", "Autores", "Redacción")
BYLINE_BY: tuple[str, ...] = ("Por", "Publicado por", "Escrito por")
ROLE_WORDS: tuple[str, ...] = ("Redactor", "Redactora", "Corresponsal", "Periodista")
DATE_LABELS: tuple[str, ...] = ("Publicado", "Actualizado", "Publicado el", "Actualizado el")
BOILERPLATE: tuple[str, ...] = (
    r"(?:tiempo de lectura:?\s*\d+\s*min\.?|\d+\s*min\.?\s*de lectura)",
    r"(?:lee también|leer más|te puede interesar)\b:?.{0,200}",
    r"publicidad|compartir",
    r"inicio\s*[>»/|].{0,200}",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "según", "informa", "informó", "reporta", "reportó", "de acuerdo con", "citado por",
    "citada por", "dijo a", "declaró a", "publicó", "según informó",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("citando", "citando a", "con base en")
ATTRIBUTION_AFTER: tuple[str, ...] = ("informó", "informa", "reportó", "reporta", "publicó")
AS_WORDS: tuple[str, ...] = ("como",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "diario", "periódico", "agencia", "cadena", "medio", "revista", "portal", "emisora",
    "televisión", "rotativo",
)
MEDIA_CONTEXT: tuple[str, ...] = ("entrevista", "corresponsal")
NOT_MEDIA: tuple[str, ...] = ("mediod",)
OUTLETS: tuple[str, ...] = (
    "Europa Press", "El Mundo", "ABC", "La Vanguardia", "Clarín", "La Nación", "Infobae",
    "RTVE", "Efecto Cocuyo", "El Nacional",
)
AUTHOR_JOINERS: tuple[str, ...] = ("y", "e")
ARTICLES: tuple[str, ...] = ("el", "la", "los", "las")
TIME_WORDS: tuple[str, ...] = ("a las", "hrs", "h")

MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
}
