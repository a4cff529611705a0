"""German (de) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Fotos", "Bild", "Bilder", "Grafik", "Illustration",
                                     "Quelle")
CAPTION_POSITIONS: tuple[str, ...] = ("links", "rechts", "v. l.", "v.l.", "v.l.n.r.", "v. l. n. r.")
BYLINE_PREFIXES: tuple[str, ...] = ("Autor", "Autorin", "Autoren", "Text")
BYLINE_BY: tuple[str, ...] = ("Von",)
ROLE_WORDS: tuple[str, ...] = ("Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin")
DATE_LABELS: tuple[str, ...] = ("Veröffentlicht", "Aktualisiert", "Stand", "Veröffentlicht am",
                                "Aktualisiert am")
BOILERPLATE: tuple[str, ...] = (
    r"(?:lesezeit:?\s*\d+\s*min\.?|\d+\s*min\.?\s*lesezeit)",
    r"(?:lesen sie auch|mehr zum thema)\b:?.{0,200}",
    r"textgröße ändern:?",
    r"bildunterschrift (?:ausblenden|einblenden)",
    r"beschriftung umschalten",
    r"anzeige|werbung|teilen",
    r"startseite\s*[>»/|].{0,200}",
    r"diese nachricht wurde am (?P<date>[\d.]+) im programm (?P<source>.{2,60}?) gesendet\.?",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "schreibt",
    "schrieb", "laut", "nach Angaben von", "nach Informationen von", "gegenüber",
    "sagte gegenüber", "zitiert von",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("unter Berufung auf", "mit Verweis auf", "zitierte")
ATTRIBUTION_AFTER: tuple[str, ...] = ("berichtet", "berichtete", "meldet", "meldete", "zufolge",
                                      "schreibt", "schrieb")
AS_WORDS: tuple[str, ...] = ("wie",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "zeitung", "agentur", "nachrichtenagentur", "sender", "magazin", "blatt", "portal",
    "rundfunk", "fernsehsender", "nachrichtenportal",
)
MEDIA_CONTEXT: tuple[str, ...] = ("interview",)
OUTLETS: tuple[str, ...] = (
    "Deutsche Presse-Agentur", "Deutschlandfunk", "Tagesschau", "ARD", "ZDF", "Spiegel",
    "Welt", "Bild", "FAZ", "Frankfurter Allgemeine Zeitung", "Süddeutsche Zeitung",
    "Handelsblatt", "Die Zeit", "Zeit Online", "n-tv", "ntv", "Tagesspiegel", "Focus",
)
AUTHOR_JOINERS: tuple[str, ...] = ("und",)
ARTICLES: tuple[str, ...] = ("der", "die", "das", "den", "dem", "des")
TIME_WORDS: tuple[str, ...] = ("um", "uhr", "mez", "cet")

MONTHS: dict[str, int] = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
    "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
