"""Czech (cs) lexicon: page furniture, bylines, attribution phrases, months."""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Fotografie", "Ilustrace", "Zdroj")
CAPTION_POSITIONS: tuple[str, ...] = ("vlevo", "vpravo", "uprostřed", "zleva", "zprava")
BYLINE_PREFIXES: tuple[str, ...] = ("Autor", "Autorka", "Autoři")
ROLE_WORDS: tuple[str, ...] = ("Redaktor", "Redaktorka", "Zpravodaj", "Zpravodajka")
DATE_LABELS: tuple[str, ...] = ("Publikováno", "Aktualizováno")
BOILERPLATE: tuple[str, ...] = (
    r"(?:čtěte také|přečtěte si také|související)\b:?.{0,200}",
    r"sdílet|reklama",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "podle", "uvedla", "uvedl", "uvedlo", "informovala", "informoval", "informuje", "napsal",
    "napsala", "napsaly", "píše", "oznámila", "sdělila",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("s odvoláním na", "citující")
AS_WORDS: tuple[str, ...] = ("jak",)
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "agentur", "deník", "server", "televiz", "stanic", "zpravodajsk",
)
MEDIA_CONTEXT: tuple[str, ...] = ("rozhovor",)
OUTLETS: tuple[str, ...] = (
    "ČTK", "Česká televize", "ČT", "ČT24", "ČT 24", "iROZHLAS", "Seznam Zprávy",
    "Aktuálně.cz", "iDNES.cz", "iDNES", "Novinky.cz", "Deník N", "Hospodářské noviny",
    "Lidovky.cz", "TASR",
)
AUTHOR_JOINERS: tuple[str, ...] = ("a",)

MONTHS: dict[str, int] = {
    "ledna": 1, "leden": 1, "února": 2, "únor": 2, "března": 3, "březen": 3, "dubna": 4,
    "duben": 4, "května": 5, "květen": 5, "června": 6, "červen": 6, "července": 7,
    "červenec": 7, "srpna": 8, "srpen": 8, "září": 9, "října": 10, "říjen": 10,
    "listopadu": 11, "prosince": 12, "prosinec": 12,
}
