"""Language-neutral lexicon (like spaCy's ``lang/xx``): codes, world outlets, credits, stop names.

Everything here applies whatever the article's language is; the per-language modules beside this
one hold what is specific to one language. Values are plain data; ``storywire.readers.metadata``
compiles them.
"""

from __future__ import annotations

# ISO 639-1 codes: a header token counts as a language code only if it is one of these.
_ISO_639_1 = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu"
)
ISO_639_1: frozenset[str] = frozenset(_ISO_639_1.split())

# Codes people write that are not ISO 639-1, mapped to the ISO code.
CODE_ALIASES: dict[str, str] = {"ua": "uk", "gr": "el", "cz": "cs", "dk": "da", "se": "sv"}

# Outlets known by name in any language (exact surface forms, case-sensitive).
OUTLETS: tuple[str, ...] = (
    "Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Axios",
    "CNN", "BBC", "BBC News", "CBS News", "NBC News", "ABC News", "Fox News", "CNBC", "Politico",
    "POLITICO", "Semafor", "The New York Times", "New York Times", "The Washington Post",
    "Washington Post", "The Wall Street Journal", "Wall Street Journal", "Financial Times",
    "The Guardian", "The Economist", "The Telegraph", "The Times", "The Atlantic", "Newsweek",
    "Sky News", "Al Jazeera", "Euronews", "Deutsche Welle", "DW", "dpa", "dpa-AFX", "Xinhua",
    "Kyodo", "Yonhap", "Anadolu", "TASS", "RIA Novosti", "Interfax", "Interfax-Ukraine",
    "Ukrinform", "UNIAN", "Kyiv Independent", "Kyiv Post", "RFE/RL", "Radio Liberty",
    "Radio Free Europe", "Radio Svoboda", "Meduza", "Novaya Gazeta", "MENAFN", "UPI", "EFE",
    "ANSA", "PAP", "Le Monde", "Die Welt", "Der Spiegel", "El País", "NHK", "RFI", "NRK",
)

# Names that look like outlets after an attribution verb but are platforms, countries or blocs.
NOT_OUTLETS: frozenset[str] = frozenset(
    s.casefold()
    for s in (
        "Telegram", "Facebook", "Twitter", "X", "Instagram", "YouTube", "WhatsApp", "Viber",
        "TikTok", "Truth Social", "Threads", "US", "U.S", "USA", "UK", "EU", "UN", "NATO",
        "НАТО", "США", "РФ", "ЕС", "ЄС", "ООН", "СМИ", "ЗМІ", "ЗСУ", "ВСУ", "ОАЭ", "ОАЕ", "ЕУ",
        "САЩ", "OTAN", "ONU", "UE", "EE", "UU", "EEUU", "ÚE",
    )
)

# Photo agencies and stock libraries: a short line made of these (split by "/") is a credit.
PHOTO_CREDITS: tuple[str, ...] = (
    "AP", "AFP", "Reuters", "REUTERS", "EPA", "EPA-EFE", "dpa", "Getty Images", "Getty",
    "Keystone", "Shutterstock", "picture alliance", "ТАСС", "TASS", "УНИАН", "УНІАН", "PAP",
    "БТА", "АП", "Global Look Press", "Global look press", "Sputnik", "РИА Новости", "ANSA",
    "Imago", "IMAGO", "Alamy", "iStock", "istockphoto", "Associated Press", "EFE", "ČTK",
)

# Words a photo-credit-only line may end with: "(Getty Images)", "Reuters Pictures".
CREDIT_WORDS: tuple[str, ...] = ("Images", "Pictures", "Photos", "Photo", "Stock")

# A first line naming the outlet ends with one of these words ("CRBC News", "Kyiv Post").
OUTLET_SUFFIXES: tuple[str, ...] = (
    "News", "Times", "Post", "Journal", "Herald", "Tribune", "Daily", "Press", "Agency", "Wire",
    "Independent", "Gazette", "Guardian", "Telegraph", "Mail", "Today", "Insider", "Zeitung",
    "Allgemeine", "Presse", "Prensa", "Gazeta", "TV", "FM", "Radio", "Online", "Novosti",
    "Новости", "Новини", "Вести", "Вісті", "ТВ",
)

# Social networks listed in share/follow menus ("Telegram | WhatsApp | YouTube").
SOCIAL: tuple[str, ...] = (
    "telegram", "whatsapp", "youtube", "facebook", "twitter", "x", "viber", "instagram", "vk",
    "vkontakte", "tiktok", "linkedin", "rss", "email", "e-mail", "threads", "bluesky", "ok",
    "одноклассники", "вконтакте",
)

# Tokens of a language switcher line ("Укр Рус", "UA | RU | EN").
LANG_SWITCH: tuple[str, ...] = (
    "ua", "uk", "ru", "en", "eng", "укр", "рус", "ukr", "rus", "de", "pl", "bg", "бг", "fr",
    "es", "укр.", "рус.", "eng.", "ua.", "ru.", "en.",
)

# Time-zone and hour marks allowed around a timestamp in any language.
TIME_WORDS: tuple[str, ...] = ("utc", "gmt", "cet", "eet", "h")

# Lines that are page furniture in any language.
BOILERPLATE: tuple[str, ...] = (
    r"[\W_]*\d{1,7}[\W_]*",  # a lone number: view counts, "403", "0"
    r"[•·|]*\s*[\d\s.,]+[kKкК]?\s*(?:views?|просмотр\w*|перегляд\w*|прегледа\w*)",
    r"dmca",
    r"on|off",
)
