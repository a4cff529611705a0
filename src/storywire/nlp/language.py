"""Language identification for news text: offline, about a millisecond per article.

Two steps give both speed and precision. py3langid (a byte n-gram naive Bayes model, small and
fast) ranks the configured languages written in the text's main script. If its winner has close
relatives among them (the Cyrillic languages, Serbian/Croatian/Bosnian/Slovene, Czech/Slovak,
...), the choice among those relatives is made again with evidence py3langid weighs poorly:

* orthography: letters only some alphabets have (і ї є ґ Ukrainian, ў Belarusian, ѓ ќ ѕ
  Macedonian, ђ ћ Serbian, ě ř ů Czech ...), and the absence of a language's typical letters
  from a text long enough to show them;
* lingua, far better than py3langid on short Cyrillic text; it is loaded for the Cyrillic
  languages only (about 240 MB, against 1.3 GB for every language) and reads only the opening;
* lexical markers: the only evidence that separates Serbian from Croatian in Latin script
  (ekavian vs ijekavian forms, and words each standard uses), which no offline model does.

A language named by a header or a field is a hint: it only breaks near-ties, the text decides.
Bosnian is folded into Serbian unless ``bs`` is configured, as the project's data does.
"""

from __future__ import annotations

import functools
import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "uk", "ru", "bg", "be", "mk", "sr", "hr", "sl", "en", "de", "fr", "es", "it", "pt",
    "pl", "cs", "sk", "ro", "hu", "el", "tr", "ar", "he", "zh", "sq", "lt", "lv", "sv",
)  # fmt: skip

#: the opening carries the language; scoring more costs time and adds little evidence
MAX_CHARS = 1000
#: py3langid walks UTF-8 bytes in a Python loop (its main cost); a few hundred are plenty
PY3_BYTES = 700
#: lingua's cost grows with length, while its edge over py3langid is on short text
LINGUA_CHARS = 300
#: past this many letters py3langid is reliable, so lingua is consulted only if it hesitates
LINGUA_MAX_LETTERS = 300
LINGUA_BELOW_PROB = 0.98
#: a hinted language wins only if its probability is at least this share of the winner's
HINT_TIE_RATIO = 0.5
#: log-probability of one letter foreign to a language's alphabet (names and quotes allow some)
FOREIGN_LETTER_LOGP = math.log(0.01)
#: log-odds per (weighted) lexical marker found
MARKER_NATS = 1.0
#: probabilities are floored before taking logs, so one model cannot veto the other evidence
_FLOOR = 1e-4

# --- codes --------------------------------------------------------------------------------

_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy"
    " da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht"
    " hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky"
    " la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny"
    " oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss"
    " st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo"
    " za zh zu"
)
_ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
#: country codes often misused as language codes, and Java's retired 'iw', that can only mean
#: one language. Codes that are real language codes stay as they are ('se' is Northern Sami,
#: 'si' Sinhala, 'kr' Kanuri), and English words are not codes ('by', 'us', 'in').
_CODE_ALIASES = {"ua": "uk", "gr": "el", "cz": "cs", "dk": "da", "jp": "ja", "cn": "zh", "iw": "he"}
#: ISO 639-2 bibliographic codes (lingua supplies the 639-3 ones and English names)
_ISO_639_2B = {
    "alb": "sq", "arm": "hy", "baq": "eu", "bur": "my", "chi": "zh", "cze": "cs", "dut": "nl",
    "fre": "fr", "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "mao": "mi",
    "may": "ms", "per": "fa", "rum": "ro", "slo": "sk", "tib": "bo", "wel": "cy",
    "slovenian": "sl", "farsi": "fa", "norwegian": "no",
}  # fmt: skip
_SUBTAG = re.compile(r"[-_.\s]")


@functools.cache
def _long_codes() -> dict[str, str]:
    from lingua import Language

    table = dict(_ISO_639_2B)
    for lang in Language.all():
        one = lang.iso_code_639_1.name.lower()
        table.setdefault(lang.iso_code_639_3.name.lower(), one)
        table.setdefault(lang.name.lower(), one)
    return table


def normalise_code(code: str) -> str | None:
    """Lower-case ISO 639-1 for a language code as found in headers and fields, else None.

    Accepts region/script tags (``en-US``, ``sr_Latn``), country codes misused for languages
    (``UA`` -> ``uk``, ``gr`` -> ``el``), retired codes (``iw`` -> ``he``), ISO 639-2/3 codes
    and English names (``ukr``, ``ger``, ``Russian``).
    """
    if not isinstance(code, str):
        return None
    primary = _SUBTAG.split(code.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2:
        primary = _CODE_ALIASES.get(primary, primary)
        return primary if primary in _ISO_639_1 else None
    if len(primary) >= 3 and primary.isalpha():
        return _long_codes().get(primary)
    return None


# --- scripts ------------------------------------------------------------------------------

#: letters (not digits, marks or punctuation) of the scripts news is written in
_SCRIPT_LETTERS: dict[str, str] = {
    "Latin": "A-Za-z\u00aa\u00ba\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Cyrillic": "\u0400-\u0481\u048a-\u052f",
    "Greek": "\u0386\u0388-\u03ff\u1f00-\u1fff",
    "Hebrew": "\u05d0-\u05ea\u05f0-\u05f2\ufb1d-\ufb4f",
    "Arabic": "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
              "\ufb50-\ufdff\ufe70-\ufefc",
    "Han": "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff",
    "Kana": "\u3040-\u309f\u30a0-\u30ff",
    "Hangul": "\u1100-\u11ff\u3130-\u318f\uac00-\ud7af",
    "Georgian": "\u10a0-\u10ff",
    "Armenian": "\u0531-\u0587",
    "Devanagari": "\u0900-\u097f",
    "Bengali": "\u0980-\u09ff",
    "Gurmukhi": "\u0a00-\u0a7f",
    "Gujarati": "\u0a80-\u0aff",
    "Tamil": "\u0b80-\u0bff",
    "Telugu": "\u0c00-\u0c7f",
    "Kannada": "\u0c80-\u0cff",
    "Malayalam": "\u0d00-\u0d7f",
    "Sinhala": "\u0d80-\u0dff",
    "Thai": "\u0e00-\u0e7f",
    "Lao": "\u0e80-\u0eff",
    "Tibetan": "\u0f00-\u0fff",
    "Myanmar": "\u1000-\u109f",
    "Ethiopic": "\u1200-\u137f",
    "Khmer": "\u1780-\u17ff",
}  # fmt: skip
_SCRIPT_TESTS = tuple((re.compile(f"[{c}]"), s) for s, c in _SCRIPT_LETTERS.items())
_WORDS = re.compile(r"[^\W\d_]+")

#: scripts of languages not written (only) in Latin; every other language counts as Latin
_LANGUAGE_SCRIPTS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("ru", "uk", "be", "bg", "mk", "kk", "ky", "mn", "tg", "tt", "ba", "cv"),
                    ("Cyrillic",)),
    "sr": ("Cyrillic", "Latin"),
    "uz": ("Latin", "Cyrillic"),
    "el": ("Greek",),
    **dict.fromkeys(("he", "yi"), ("Hebrew",)),
    **dict.fromkeys(("ar", "fa", "ur", "ps", "ug", "sd", "ku"), ("Arabic",)),
    "zh": ("Han",),
    "ja": ("Kana", "Han"),
    "ko": ("Hangul", "Han"),
    "ka": ("Georgian",),
    "hy": ("Armenian",),
    **dict.fromkeys(("hi", "mr", "ne", "sa"), ("Devanagari",)),
    **dict.fromkeys(("bn", "as"), ("Bengali",)),
    "pa": ("Gurmukhi",),
    "gu": ("Gujarati",),
    "ta": ("Tamil",),
    "te": ("Telugu",),
    "kn": ("Kannada",),
    "ml": ("Malayalam",),
    "si": ("Sinhala",),
    "th": ("Thai",),
    "lo": ("Lao",),
    **dict.fromkeys(("bo", "dz"), ("Tibetan",)),
    "my": ("Myanmar",),
    **dict.fromkeys(("am", "ti"), ("Ethiopic",)),
    "km": ("Khmer",),
}

# --- close relatives ----------------------------------------------------------------------

#: per script, languages py3langid confuses; its winner's group is re-decided with more evidence
_CLOSE_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Cyrillic", frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt",
                            "ba", "cv", "uz"})),
    ("Latin", frozenset({"hr", "sr", "bs", "sl"})),
    ("Latin", frozenset({"cs", "sk"})),
    ("Latin", frozenset({"da", "no", "nb", "nn", "sv"})),
)
#: groups where lingua is consulted (its Serbian model is Cyrillic only, so not for Latin)
_LINGUA_GROUPS: dict[str, frozenset[str]] = {
    "Cyrillic": frozenset({"ru", "uk", "be", "bg", "mk", "sr"}),
}
#: per script, languages py3langid cannot tell apart (it calls Serbian and Bosnian in Latin
#: script Croatian): its split among them is tempered to this power so other evidence decides
_PY3_BLIND: dict[str, frozenset[str]] = {"Latin": frozenset({"hr", "sr", "bs"})}
PY3_BLIND_POWER = 0.25
#: languages folded into another when not configured themselves (the dev data folds bs -> sr)
_FOLDS = {"bs": "sr"}


@dataclass(frozen=True, slots=True)
class _Orthography:
    """Which letters a language writes, among those its close relatives disagree on.

    ``typical`` letters are frequent enough (combined ``rate`` per letter of running text) that
    a text of that language without any of them is unlikely, the longer the less likely.
    """

    letters: str
    typical: str = ""
    rate: float = 0.0


_ORTHOGRAPHY: dict[str, _Orthography] = {
    "ru": _Orthography("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "ыэёъ", 0.015),
    "uk": _Orthography("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "іїєґ", 0.06),
    "be": _Orthography("абвгдеёжзійклмнопрстуўфхцчшыьэюя", "іўыэё", 0.07),
    "bg": _Orthography("абвгдежзийклмнопрстуфхцчшщъьюя", "ъщ", 0.015),
    "mk": _Orthography("абвгдѓежзѕијклљмнњопрстќуфхцчџш", "јѓќѕљњџ", 0.02),
    "sr": _Orthography("абвгдђежзијклљмнњопрстћуфхцчџш", "јђћљњџ", 0.03),
    "cs": _Orthography("áčďéěíňóřšťúůýž", "ěřů", 0.025),
    "sk": _Orthography("áäčďéíĺľňóôŕšťúýž", "äôľĺŕ", 0.008),
    "sv": _Orthography("åäöé", "äö", 0.02),
    "da": _Orthography("æøåé", "æø", 0.01),
    "no": _Orthography("æøåéô", "æø", 0.01),
    "nb": _Orthography("æøåéô", "æø", 0.01),
    "nn": _Orthography("æøåéô", "æø", 0.01),
}  # not Spanish/Portuguese: ñ is too rare to outweigh a few Portuguese names in Spanish text

#: Serbian ekavian forms Slovene shares (its jat reflex is e too): never Croatian or Bosnian
_EKAVIAN_SHARED = (
    r"predsedn", r"predsedava", r"mest[aou]\b", r"vreme\b", r"rek[aeu]\b", r"mlek",
    r"lep[aeio]?\b", r"cen[aeiu]\b", r"sever", r"tel[aou]\b", r"meseci?\b", r"meseca",
    r"smer", r"sneg", r"bel[aeio]\b", r"beloj\b", r"primer", r"mer[aeiu]\b", r"merama",
    r"zahtev", r"sled", r"reši", r"rešen", r"izmen", r"zamen", r"namer", r"ocen", r"beleš",
    r"beleži", r"nedelj", r"predlog", r"vesti?\b", r"reči?\b", r"lekar", r"leč",
)
#: Serbian only: ekavian forms with o for l (deo, želeo) and other ekavian words Slovene lacks,
#: and Serbian words Bosnian does not use (opšti/opći, takođe/također, odsto/posto)
_SERBIAN = (
    r"deo\b", r"ceo\b", r"želeo", r"hteo", r"htel[aio]\b", r"smeo", r"umeo", r"razumeo",
    r"voleo", r"živeo", r"sedeo", r"posle\b", r"gde\b", r"ovde\b", r"negde\b", r"uvek\b",
    r"dete\b", r"dec[aeu]\b", r"ubedlj", r"pobed", r"promen", r"proveri?", r"provera",
    r"procen(?:a|e|i|u|om)\b", r"verovat", r"uveren", r"svetsk", r"svedo", r"obezbe",
    r"bezbed", r"odeljen", r"delimi", r"celokup", r"obaveš", r"izveš", r"savet", r"opšt",
    r"uopšt", r"saopšt", r"takođe", r"odsto\b", r"spoljn", r"hleb", r"nevrem",
)
#: Serbian and Bosnian, never Croatian (which says tisuća, tjedan, tijekom, sveučilište ...)
#: nor Slovene
_SERBIAN_BOSNIAN = (
    r"hiljad", r"sedmic", r"tokom\b", r"tačk", r"tačn", r"sarad", r"sarađ", r"učešć",
    r"milion", r"niko\b", r"uslov", r"univerzitet", r"porodic", r"istorij", r"historij",
    r"ambasad", r"portparol", r"bezbjed", r"nauk(?:a|e|u|om)\b", r"naučn", r"hemij",
    r"saopć", r"izvještaj", r"zvanič", r"vazduh", r"vazduš", r"procen(?:a)?t", r"fudbal",
    r"pozoriš", r"kancelarij", r"saobraćaj", r"inostran", r"ljekar", r"apotek", r"pasoš",
    r"juče\b", r"šta\b", r"hljeb", r"kafa\b", r"dešav", r"uticaj", r"uticat",
    r"mart[au]?\b", r"jun[au]?\b", r"jul[au]?\b", r"septembar\b", r"oktobar\b",
    r"novembar\b", r"decembar\b", r"\w+kratij", r"da li\b", r"treba da\b", r"može da\b",
    r"mogu da\b", r"želi da\b", r"žele da\b", r"hoće da\b", r"će da\b", r"koalicion",
    r"tužilašt", r"advokat", r"budžet", r"obavez", r"odbran", r"glasanj", r"ćerk", r"štamp",
    r"\w*hapsi", r"\w*hapš", r"finansij", r"finansir", r"kontroliš", r"kontrolis",
    r"\w+izuj", r"\w+izova", r"tramp",
    r"vašington", r"rojters", r"bajden", r"njujork", r"vitkof", r"kušner",
)
#: Serbian, Bosnian and Slovene, never Croatian
_NOT_CROATIAN = (
    r"\w*evrop", r"ko\b", r"januar", r"februar", r"avgust", r"septemb", r"oktob", r"novemb",
    r"decemb", r"sistem",
)
#: Croatian only
_CROATIAN = (
    r"tisuć", r"tjedn", r"tjedan", r"tijekom", r"europ(?:a|e|i|u|om|sk)", r"surad", r"surađ",
    r"sudjel", r"milijun", r"tko\b", r"netko\b", r"nitko\b", r"uvjet", r"sveučiliš",
    r"zrakoplov", r"glazb", r"povijes", r"obitelj", r"kazališ", r"glasnogovorn", r"priopć",
    r"izvješć", r"siječ", r"veljač", r"ožuj", r"travanj", r"travnj", r"svibanj", r"svibnj",
    r"lipanj", r"lipnj", r"srpanj", r"srpnj", r"kolovoz", r"rujan", r"rujn", r"listopad",
    r"studen(?:i|og|oga|om)\b", r"prosin", r"sustav", r"postot", r"prosvjed", r"oporb",
    r"tvrtk", r"dužnosni", r"izvanred", r"inozem", r"jučer\b", r"liječni", r"ljekarn",
    r"putovnic", r"zapovjed", r"mirovin", r"čimbeni", r"razin[aeiu]\b", r"utjec",
    r"tužiteljstv", r"odvjetni", r"obran", r"diljem\b", r"glasovanj", r"kćer", r"tiskovn",
    r"županij", r"uhit", r"uhić", r"financij",
)
#: Croatian and Slovene, never Serbian or Bosnian
_CROATIAN_SLOVENE = (
    r"točk", r"točn", r"nogomet", r"kruh", r"vlak(?:a|om|ovi|ove)?\b", r"znanost",
    r"znanstven", r"veleposlan", r"ravnatelj", r"glede\b", r"gospodarst", r"gospodarsk",
    r"\w+kracij", r"proračun", r"obvez", r"župan\b", r"financir",
)
#: ijekavian forms (Croatian or Bosnian, also Montenegrin; never ekavian Serbian or Slovene),
#: and words Croatian and Bosnian share against Serbian and Slovene
_CROATIAN_BOSNIAN = (
    r"također", r"vanjsk", r"općin", r"nevrijem", r"vijeć", r"kontrolir", r"\w+izir",
    r"predsjedn", r"riječ", r"mjest", r"dio\b", r"dijel", r"djel", r"poslije\b", r"prije\b",
    r"gdje\b", r"ovdje\b", r"uvijek\b", r"dijete\b", r"djec", r"lijep", r"rijek", r"mlijek",
    r"mjer", r"mjesec", r"sjever", r"sjedni", r"rješ", r"riješ", r"pobjed", r"cijel", r"cjel",
    r"cijen", r"tijel", r"vijek", r"nedjelj", r"sjedišt", r"svjed", r"svijest", r"svjetsk",
    r"svijet", r"uvjer", r"povjer", r"provjer", r"ocjen", r"procjen", r"vjerojat", r"vjerovat",
    r"primjer", r"promjen", r"smjer", r"izmjen", r"zamjen", r"namjer", r"naprijed", r"htio",
    r"htjel", r"vidio", r"vidjel", r"želio", r"željel", r"slijed", r"sljed", r"bilješ",
    r"biljež", r"bijel", r"vijest", r"vrijem", r"lijek", r"liječ", r"sjeća", r"odjel",
    r"savjet", r"prijedlog", r"zahtjev", r"obavješ", r"obavijest", r"izvješ",
)
#: function words: Slovene ones vs the ones Serbian, Croatian and Bosnian share
_SLOVENE_WORDS = (
    r"in\b", r"v\b", r"ki\b", r"tudi\b", r"so\b", r"kot\b", r"bo\b", r"bodo\b", r"že\b",
    r"še\b", r"ter\b", r"zaradi\b", r"jih\b", r"ker\b", r"vendar\b", r"kjer\b",
    r"danes\b", r"bil\b", r"leta\b", r"z\b", r"če\b", r"več\b", r"zelo\b",
    r"sicer\b", r"ob\b", r"med\b", r"brez\b",
)
_SHTOKAVIAN_WORDS = (
    r"i\b", r"u\b", r"koj[aeiu]\w*", r"su\b", r"kao\b", r"nakon\b", r"prema\b", r"godine\b",
    r"već\b", r"još\b", r"nije\b", r"jer\b", r"bio\b", r"će\b", r"ili\b", r"danas\b",
    r"sa\b", r"bez\b", r"vrlo\b",
)
#: frequent words of some Cyrillic languages only (the rest of the group never writes them)
_CYRILLIC_WORDS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"ru"}), (r"что\b", r"чтобы\b", r"также\b", r"если\b", r"когда\b", r"его\b",
                         r"сейчас\b", r"только\b")),
    (frozenset({"uk"}), (r"що\b", r"це\b", r"який\b", r"яка\b", r"від\b", r"вже\b",
                         r"його\b", r"також\b", r"щодо\b", r"під\b")),
    (frozenset({"uk", "be"}), (r"які\b",)),
    (frozenset({"be"}), (r"гэта\b", r"ад\b", r"таксама\b", r"калі\b", r"пасля\b", r"быў\b")),
    (frozenset({"bg"}), (r"това\b", r"във\b", r"със\b", r"които\b", r"която\b", r"което\b",
                         r"този\b", r"тази\b", r"бяха\b", r"обаче\b", r"също\b", r"когато\b",
                         r"вече\b", r"днес\b", r"че\b")),
    (frozenset({"bg", "uk"}), (r"ще\b",)),  # Bulgarian future particle, Ukrainian "still"
    (frozenset({"bg", "sr", "be"}), (r"са\b",)),
    (frozenset({"bg", "be"}), (r"няма\b",)),
    (frozenset({"bg", "mk"}), (r"беше\b",)),
    (frozenset({"mk"}), (r"ќе\b", r"дека\b", r"оваа\b", r"тоа\b", r"кои\b", r"веќе\b")),
    (frozenset({"mk", "sr"}), (r"овој\b", r"нема\b", r"која\b")),
    (frozenset({"sr"}), (r"је\b", r"који\b", r"које\b", r"ће\b", r"није\b", r"био\b",
                         r"већ\b")),
)
_CZECH_SLOVAK_WORDS: tuple[tuple[frozenset[str], tuple[str, ...]], ...] = (
    (frozenset({"sk"}), (r"sa\b", r"ako\b", r"aj\b", r"bol[aoi]?\b", r"ktor", r"nie\b",
                         r"sme\b", r"som\b", r"alebo\b", r"tiež\b", r"ešte\b", r"keď\b")),
    (frozenset({"cs"}), (r"jako\b", r"jsou\b", r"jsme\b", r"jsem\b", r"byl[aoi]?\b", r"kter",
                         r"nebo\b", r"ještě\b", r"když\b", r"podle\b")),
)

#: (script, languages, weight, patterns): each pattern found at a word start adds
#: ``weight * MARKER_NATS`` to every language named (patterns are lower-case regex fragments)
_MARKERS: tuple[tuple[str, frozenset[str], float, tuple[str, ...]], ...] = (
    ("Latin", frozenset({"sr", "sl"}), 1.0, _EKAVIAN_SHARED),
    ("Latin", frozenset({"sr"}), 1.0, _SERBIAN),
    ("Latin", frozenset({"sr", "bs"}), 1.0, _SERBIAN_BOSNIAN),
    ("Latin", frozenset({"sr", "bs", "sl"}), 1.0, _NOT_CROATIAN),
    ("Latin", frozenset({"hr"}), 1.0, _CROATIAN),
    ("Latin", frozenset({"hr", "sl"}), 1.0, _CROATIAN_SLOVENE),
    ("Latin", frozenset({"hr", "bs"}), 0.5, _CROATIAN_BOSNIAN),
    ("Latin", frozenset({"sl"}), 0.5, _SLOVENE_WORDS),
    ("Latin", frozenset({"hr", "sr", "bs"}), 0.5, _SHTOKAVIAN_WORDS),
    *(("Cyrillic", langs, 0.5, words) for langs, words in _CYRILLIC_WORDS),
    *(("Latin", langs, 0.5, words) for langs, words in _CZECH_SLOVAK_WORDS),
)

#: short quoted spans: titles and names often keep their own language's spelling there
_QUOTED = re.compile(r"«[^»]{1,60}»|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"")
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+")


def _sample(text: str) -> str:
    """The opening of ``text`` without URLs, e-mail addresses and handles (not language)."""
    return _NOISE.sub(" ", text[: MAX_CHARS + 200])[:MAX_CHARS]


def _softmax(scores: dict[str, float]) -> tuple[float, dict[str, float]]:
    """Probabilities from log-scores, and the largest of them."""
    top = max(scores.values())
    weights = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(weights.values())
    return 1.0 / total, {k: w / total for k, w in weights.items()}


_SCRIPT_CACHE: dict[str, str | None] = {}


def _script_of(letter: str) -> str | None:
    script = _SCRIPT_CACHE.get(letter, "")
    if script == "":
        script = next((s for rx, s in _SCRIPT_TESTS if rx.match(letter)), None)
        if len(_SCRIPT_CACHE) < 50_000:  # bounded: Han alone has tens of thousands
            _SCRIPT_CACHE[letter] = script
    return script


def _utf8_len(script: str) -> int:
    """Bytes per letter of ``script`` in UTF-8."""
    first = _SCRIPT_LETTERS[script][0]
    return len(first.encode())


def _scripts(sample: str) -> tuple[dict[str, int], list[str]]:
    """Letters per script (a word counts for the script of its first letter), and the words."""
    counts: dict[str, int] = {}
    words = _WORDS.findall(sample)
    for word in words:
        script = _script_of(word[0])
        if script is not None:
            counts[script] = counts.get(script, 0) + len(word)
    return counts, words


@dataclass(slots=True)
class _Group:
    """One close group as configured: its members and the evidence compiled for them."""

    script: str
    members: tuple[str, ...]
    letters: frozenset[str] = frozenset()
    markers: re.Pattern[str] | None = None
    marker_langs: dict[str, tuple[frozenset[str], float]] = field(default_factory=dict)
    lingua: Any = None  # lingua.LanguageDetector, when lingua backs this group
    blind: frozenset[str] = frozenset()  # members py3langid cannot tell apart
    letters_re: re.Pattern[str] | None = None  # finds ``letters``


@dataclass(slots=True)
class _Models:
    """Everything loaded: py3langid restricted to the configured languages, and the groups."""

    py3: Any
    by_script: dict[str, tuple[str, ...]]
    groups: list[_Group]


class LanguageIdentifier:
    """Detects the language of news text among a configured set of ISO 639-1 codes.

    Models load on first use (or :meth:`preload`); instances are thread-safe to share.
    """

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        codes: list[str] = []
        for code in languages:
            norm = normalise_code(code)
            if norm is None:
                log.warning("language identification: unknown language code %r ignored", code)
            elif norm not in codes:
                codes.append(norm)
        if not codes:
            raise ValueError("no usable language codes configured")
        self.languages: tuple[str, ...] = tuple(codes)
        #: configured languages no backend can recognise (filled when the models load)
        self.unsupported: tuple[str, ...] = ()
        self._fold = {k: v for k, v in _FOLDS.items() if k not in codes and v in codes}
        self._models: _Models | None = None
        self._lock = threading.Lock()

    # -- public API ------------------------------------------------------------------------

    def preload(self) -> LanguageIdentifier:
        """Load every model now, so start-up pays the cost and forked workers share the pages."""
        self._load()
        return self

    def detect(self, text: str, hints: Sequence[str] = ()) -> str | None:
        """The language of ``text``, or None if it has no letters of a configured language."""
        return self.detect_scored(text, hints)[0]

    def detect_scored(self, text: str, hints: Sequence[str] = ()) -> tuple[str | None, float]:
        """The language of ``text`` and a confidence in [0, 1]; ``(None, 0.0)`` if undecidable.

        ``hints`` (codes from headers or fields, any spelling :func:`normalise_code` accepts)
        only break near-ties: a hinted language wins if its probability is at least
        ``HINT_TIE_RATIO`` of the best one's.
        """
        if not text:
            return None, 0.0
        sample = _sample(text)
        counts, words = _scripts(sample)
        if not counts:
            return None, 0.0
        script = max(counts, key=counts.__getitem__)
        letters = counts[script]
        models = self._load()
        candidates = models.by_script.get(script, ())
        if not candidates:
            return None, 0.0
        share = letters / sum(counts.values())
        if len(candidates) == 1:
            # the script alone decides; few letters or a mixed text make that less certain
            return candidates[0], round(share * min(1.0, letters / 8), 4)
        model_text = sample
        if len(counts) > 1:
            # words in other scripts (names, credits) are noise for the models
            model_text = " ".join(w for w in words if _script_of(w[0]) == script)
        probs = self._py3_probs(models, model_text, candidates, PY3_BYTES // _utf8_len(script))
        best = max(probs, key=probs.__getitem__)
        for group in models.groups:
            if group.script == script and best in group.members:
                self._refine(group, sample, model_text, letters, probs)
                break
        best = max(probs, key=probs.__getitem__)
        best = self._apply_hints(probs, best, hints)
        return best, round(min(1.0, probs[best]), 4)

    # -- steps -----------------------------------------------------------------------------

    @staticmethod
    def _py3_probs(
        models: _Models, sample: str, candidates: Iterable[str], chars: int
    ) -> dict[str, float]:
        ranked = dict(models.py3.rank(sample[:chars]))
        probs = {lang: ranked.get(lang, 0.0) for lang in candidates}
        total = sum(probs.values())
        if total <= 0.0:
            return {lang: 1.0 / len(probs) for lang in probs}
        return {lang: p / total for lang, p in probs.items()}

    def _refine(
        self, group: _Group, sample: str, model_text: str, letters: int, probs: dict[str, float]
    ) -> None:
        """Re-decide among ``group``'s members in place, keeping the mass py3langid gave them.

        Letters and markers are read from ``sample`` (they belong to the group's script anyway,
        and quotes are still visible there); lingua reads ``model_text``, the script's words.
        """
        members = [m for m in group.members if m in probs]
        mass = sum(probs[m] for m in members)
        if mass <= 0.0:
            return
        shares = {m: probs[m] / mass for m in members}
        if group.blind:
            blind = sum(shares[m] for m in group.blind)
            tempered = {m: shares[m] ** PY3_BLIND_POWER for m in group.blind}
            norm = sum(tempered.values())
            shares.update((m, blind * t / norm) for m, t in tempered.items())
        scores = {m: math.log(max(shares[m], _FLOOR)) for m in members}
        low = sample.lower()
        if group.letters_re is not None:
            seen = Counter(group.letters_re.findall(_QUOTED.sub(" ", low)))
            for m in members:
                ortho = _ORTHOGRAPHY.get(m)
                if ortho is None:
                    continue
                foreign = sum(n for ch, n in seen.items() if ch not in ortho.letters)
                scores[m] += foreign * FOREIGN_LETTER_LOGP
                if ortho.typical and not any(seen[ch] for ch in ortho.typical):
                    scores[m] += letters * math.log1p(-ortho.rate)
        if group.markers is not None:
            for match in group.markers.finditer(low):
                langs, weight = group.marker_langs[match.lastgroup or ""]
                for m in langs:
                    scores[m] += weight * MARKER_NATS
        if group.lingua is not None and (
            letters < LINGUA_MAX_LETTERS or _softmax(scores)[0] < LINGUA_BELOW_PROB
        ):
            values = group.lingua.compute_language_confidence_values(model_text[:LINGUA_CHARS])
            lingua = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
            if any(lingua.values()):
                for m in members:
                    scores[m] += math.log(max(lingua.get(m, 0.0), _FLOOR))
        posterior = _softmax(scores)[1]
        for m in members:
            probs[m] = mass * posterior[m]

    def _apply_hints(self, probs: dict[str, float], best: str, hints: Sequence[str]) -> str:
        if not hints:
            return best
        if isinstance(hints, str):
            hints = (hints,)
        floor = probs[best] * HINT_TIE_RATIO
        hinted = []
        for hint in hints:
            code = normalise_code(hint)
            code = self._fold.get(code, code) if code else None
            if code in probs and code != best and probs[code] >= floor:
                hinted.append(code)
        return max(hinted, key=probs.__getitem__) if hinted else best

    # -- loading ---------------------------------------------------------------------------

    def _load(self) -> _Models:
        models = self._models
        if models is not None:
            return models
        with self._lock:
            if self._models is None:
                self._models = self._build()
            return self._models

    def _build(self) -> _Models:
        from py3langid.langid import MODEL_FILE
        from py3langid.langid import LanguageIdentifier as Py3Identifier

        py3 = Py3Identifier.from_model_file(MODEL_FILE, norm_probs=True)
        known = set(py3.labels)
        usable = [c for c in self.languages if c in known or self._sole_in_script(c)]
        self.unsupported = tuple(c for c in self.languages if c not in usable)
        if self.unsupported:
            log.warning("language identification: no model for %s; they are never detected",
                        ", ".join(self.unsupported))
        py3.set_languages([c for c in usable if c in known] or None)
        by_script: dict[str, list[str]] = {}
        for code in usable:
            for script in _LANGUAGE_SCRIPTS.get(code, ("Latin",)):
                by_script.setdefault(script, []).append(code)
        groups = [g for s, langs in _CLOSE_GROUPS
                  if (g := self._build_group(s, langs, by_script.get(s, [])))]
        return _Models(py3, {s: tuple(v) for s, v in by_script.items()}, groups)

    def _sole_in_script(self, code: str) -> bool:
        """True if ``code`` is the only configured language of its scripts (no model needed)."""
        scripts = _LANGUAGE_SCRIPTS.get(code, ("Latin",))
        return all(
            not any(s in _LANGUAGE_SCRIPTS.get(o, ("Latin",)) for s in scripts)
            for o in self.languages if o != code
        )

    def _build_group(
        self, script: str, langs: frozenset[str], in_script: list[str]
    ) -> _Group | None:
        members = tuple(c for c in in_script if c in langs)
        if len(members) < 2:
            return None
        group = _Group(script, members, blind=_PY3_BLIND.get(script, frozenset()) & set(members))
        if len(group.blind) < 2:
            group.blind = frozenset()
        alphabet = {ch for m in members if m in _ORTHOGRAPHY for ch in _ORTHOGRAPHY[m].letters}
        # letters every member with a profile writes carry no evidence
        common = set.intersection(*(set(_ORTHOGRAPHY[m].letters) for m in members
                                    if m in _ORTHOGRAPHY)) if alphabet else set()
        group.letters = frozenset(alphabet - common)
        if group.letters:
            group.letters_re = re.compile(f"[{''.join(sorted(group.letters))}]")
        parts = []
        for i, (marker_script, marker_langs, weight, patterns) in enumerate(_MARKERS):
            folded = frozenset(self._fold.get(m, m) for m in marker_langs) & set(members)
            if marker_script != script or not folded or folded == set(members):
                continue  # evidence for nobody, or for everybody alike
            name = f"m{i}"
            group.marker_langs[name] = (folded, weight)
            parts.append(f"(?P<{name}>{'|'.join(patterns)})")
        if parts:
            group.markers = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")
        lingua_langs = _LINGUA_GROUPS.get(script, frozenset()) & set(members)
        if len(lingua_langs) >= 2:
            from lingua import IsoCode639_1, LanguageDetectorBuilder

            isos = [getattr(IsoCode639_1, c.upper()) for c in sorted(lingua_langs)]
            group.lingua = (LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
                            .with_preloaded_language_models().build())
        return group
