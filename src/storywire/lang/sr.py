"""Serbian (sr, Latin and Cyrillic; also covers Bosnian/Croatian wording) lexicon.

Croatian month names are left out on purpose: "listopada" is October in Croatian but November in
Polish, and the merged month table must stay unambiguous.
"""

from __future__ import annotations

CAPTION_PREFIXES: tuple[str, ...] = ("Foto", "Фото", "Ilustracija", "Илустрација", "Izvor")
CAPTION_POSITIONS: tuple[str, ...] = ("levo", "desno", "u sredini", "лево", "десно", "у средини")
BYLINE_PREFIXES: tuple[str, ...] = ("Autor", "Аутор", "Autori")
ROLE_WORDS: tuple[str, ...] = ("Urednik", "Urednica", "Dopisnik", "Novinar", "Novinarka")
DATE_LABELS: tuple[str, ...] = ("Objavljeno", "Ažurirano", "Објављено")
BOILERPLATE: tuple[str, ...] = (
    r"(?:pročitajte (?:još|i)|čitajte (?:još|i))\b:?.{0,200}",
    r"podeli|podijeli|поделите",
)

ATTRIBUTION_VERBS: tuple[str, ...] = (
    "prenosi", "javlja", "javio je", "javila je", "javili su", "piše", "pišu", "prema",
    "navodi", "prema pisanju", "rekao je za", "izjavio je za", "преноси", "јавља", "пише",
    "према", "наводи",
)
ATTRIBUTION_CITING: tuple[str, ...] = ("pozivajući se na", "citirajući", "позивајући се на")
AS_WORDS: tuple[str, ...] = ("kako", "како")
OUTLET_DESCRIPTORS: tuple[str, ...] = (
    "agencij", "dnevnik", "portal", "televizij", "radio", "novin", "агенциј", "дневник",
    "портал", "телевизиј",
)
MEDIA_CONTEXT: tuple[str, ...] = ("intervju", "интервју", "dopisnik", "дописник")
NOT_MEDIA: tuple[str, ...] = ("novinar", "новинар")
OUTLETS: tuple[str, ...] = (
    "Tanjug", "Танјуг", "Beta", "N1", "RTS", "РТС", "Rojters", "Ројтерс", "Sputnjik",
    "Sputnik Srbija", "Politika", "Blic", "Danas", "Nova.rs", "Hina", "HRT", "Jutarnji list",
    "Večernji list", "Index.hr", "Al Jazeera Balkans",
)
AUTHOR_JOINERS: tuple[str, ...] = ("i", "и")

MONTHS: dict[str, int] = {
    "januar": 1, "januara": 1, "februar": 2, "februara": 2, "mart": 3, "marta": 3,
    "april": 4, "aprila": 4, "maj": 5, "maja": 5, "jun": 6, "juna": 6, "jul": 7, "jula": 7,
    "avgust": 8, "avgusta": 8, "septembar": 9, "septembra": 9, "oktobar": 10, "oktobra": 10,
    "novembar": 11, "novembra": 11, "decembar": 12, "decembra": 12,
    "јануар": 1, "јануара": 1, "фебруар": 2, "фебруара": 2, "март": 3, "марта": 3,
    "април": 4, "априла": 4, "мај": 5, "маја": 5, "јун": 6, "јуна": 6, "јул": 7, "јула": 7,
    "август": 8, "августа": 8, "септембар": 9, "септембра": 9, "октобар": 10, "октобра": 10,
    "новембар": 11, "новембра": 11, "децембар": 12, "децембра": 12,
}
