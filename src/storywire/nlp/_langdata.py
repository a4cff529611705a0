"""What the language identifier knows about languages: codes, scripts, close relatives,
alphabets and marker words. Data only; :mod:`storywire.nlp.language` compiles and weighs it.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "CLOSE_GROUPS",
    "CODE_ALIASES",
    "FOLDS",
    "ISO_639_1",
    "ISO_639_2B",
    "LANGUAGE_SCRIPTS",
    "LINGUA_GROUPS",
    "MARKERS",
    "ORTHOGRAPHY",
    "PY3_BLIND",
    "SCRIPT_LETTERS",
    "Orthography",
]

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
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
#: country codes often misused as language codes, and Java's retired 'iw', that can only mean
#: one language. Codes that are real language codes stay as they are ('se' is Northern Sami,
#: 'si' Sinhala, 'kr' Kanuri), and English words are not codes ('by', 'us', 'in').
CODE_ALIASES = {"ua": "uk", "gr": "el", "cz": "cs", "dk": "da", "jp": "ja", "cn": "zh", "iw": "he"}
#: ISO 639-2 bibliographic codes (lingua supplies the 639-3 ones and English names)
ISO_639_2B = {
    "alb": "sq", "arm": "hy", "baq": "eu", "bur": "my", "chi": "zh", "cze": "cs", "dut": "nl",
    "fre": "fr", "geo": "ka", "ger": "de", "gre": "el", "ice": "is", "mac": "mk", "mao": "mi",
    "may": "ms", "per": "fa", "rum": "ro", "slo": "sk", "tib": "bo", "wel": "cy",
    "slovenian": "sl", "farsi": "fa", "norwegian": "no",
}  # fmt: skip

# --- scripts ------------------------------------------------------------------------------

#: letters (not digits, marks or punctuation) of the scripts news is written in
SCRIPT_LETTERS: dict[str, str] = {
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

#: scripts of languages not written (only) in Latin; every other language counts as Latin
LANGUAGE_SCRIPTS: dict[str, tuple[str, ...]] = {
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
CLOSE_GROUPS: tuple[tuple[str, frozenset[str]], ...] = (
    ("Cyrillic", frozenset({"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn", "tt",
                            "ba", "cv", "uz"})),
    ("Latin", frozenset({"hr", "sr", "bs", "sl"})),
    ("Latin", frozenset({"cs", "sk"})),
    ("Latin", frozenset({"da", "no", "nb", "nn", "sv"})),
)
#: groups where lingua is consulted (its Serbian model is Cyrillic only, so not for Latin)
LINGUA_GROUPS: dict[str, frozenset[str]] = {
    "Cyrillic": frozenset({"ru", "uk", "be", "bg", "mk", "sr"}),
}
#: per script, languages py3langid cannot tell apart (it calls Serbian and Bosnian in Latin
#: script Croatian): its split among them is tempered (``PY3_BLIND_POWER`` in the identifier)
#: so other evidence decides
PY3_BLIND: dict[str, frozenset[str]] = {"Latin": frozenset({"hr", "sr", "bs"})}
#: languages folded into another when not configured themselves (the dev data folds bs -> sr)
FOLDS = {"bs": "sr"}


@dataclass(frozen=True, slots=True)
class Orthography:
    """Which letters a language writes, among those its close relatives disagree on.

    ``typical`` letters are frequent enough (combined ``rate`` per letter of running text) that
    a text of that language without any of them is unlikely, the longer the less likely.
    """

    letters: str
    typical: str = ""
    rate: float = 0.0


ORTHOGRAPHY: dict[str, Orthography] = {
    "ru": Orthography("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", "ыэёъ", 0.015),
    "uk": Orthography("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", "іїєґ", 0.06),
    "be": Orthography("абвгдеёжзійклмнопрстуўфхцчшыьэюя", "іўыэё", 0.07),
    "bg": Orthography("абвгдежзийклмнопрстуфхцчшщъьюя", "ъщ", 0.015),
    "mk": Orthography("абвгдѓежзѕијклљмнњопрстќуфхцчџш", "јѓќѕљњџ", 0.02),
    "sr": Orthography("абвгдђежзијклљмнњопрстћуфхцчџш", "јђћљњџ", 0.03),
    "cs": Orthography("áčďéěíňóřšťúůýž", "ěřů", 0.025),
    "sk": Orthography("áäčďéíĺľňóôŕšťúýž", "äôľĺŕ", 0.008),
    "sv": Orthography("åäöé", "äö", 0.02),
    "da": Orthography("æøåé", "æø", 0.01),
    "no": Orthography("æøåéô", "æø", 0.01),
    "nb": Orthography("æøåéô", "æø", 0.01),
    "nn": Orthography("æøåéô", "æø", 0.01),
}  # not Spanish/Portuguese: ñ is too rare to outweigh a few Portuguese names in Spanish text

# --- lexical markers ----------------------------------------------------------------------

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
MARKERS: tuple[tuple[str, frozenset[str], float, tuple[str, ...]], ...] = (
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
