"""Tables behind :mod:`storywire.nlp.names`: spelling-to-sound rules, endings, words, lexicons.

Everything here is general linguistic knowledge written as data, so the code in ``names.py``
and its ``_name*`` modules stays small and a reviewer can audit a mapping without reading code.
The gazetteer's tables (places, acronyms) are in ``_nameplaces``.

Phonetic classes
----------------
Every script is rewritten into one broad phonetic alphabet before a name is reduced to its key.
Only these letters survive transliteration (``_namephonetic.skeleton`` then folds vowels and
glides):

======  ==============================================================================
``a``   any vowel (a e i o u y, Cyrillic а е и і о у ы э ю я є ї ё, Bulgarian ъ, Greek)
``j``   a glide (й, j in Slavic/German spelling, the y of Yermak); dropped from the key
``v``   в, v, w, f, ph, ф, β, φ: English Witkoff / German Witkow / Віткофф and -off / -ov
``h``   г, ґ, х, ч, g, h, kh, ch, cz, č, ć, γ, χ, Spanish j: Ukrainian Г is h where Russian
        Г is g (Hrynchuk / Гринчук / Grinchuk), and Latin "ch" is ч in English/Spanish but х
        in German/Polish/Czech, so ч and х must fall into one class with g and h
``s``   с, з, ш, ж, щ, ц, s, z, sh, zh, sch, sz, š, ž, ś, ź, ż, ß, ts, tz, Polish/Czech c:
        Zelensky / Selenskyj / Зеленський, Merz / Мерц, Kushner / Kuschner / Кушнер
``J``   дж, dž, dż, đ, English j and soft g, Italian gi: John / Джон, Jared / Джаред
others  b p d t m n l r k keep their letter; x is ks, q is k, c is k or s by context (in
        Polish, Czech, Croatian, Lithuanian c is ц, but foreign names keep their c, so c
        before a, o, u, r is read k there: Corina, Cuomo, Macron)
======  ==============================================================================
"""

from __future__ import annotations

#: letters the key treats as vowels (after transliteration)
VOWELS = frozenset("aeiouy")

# --- Cyrillic ---------------------------------------------------------------------------------

#: lower-case Cyrillic letter -> phonetic letters (Ukrainian/Russian/Bulgarian/Serbian/...)
CYRILLIC: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "h", "д": "d", "е": "e", "ё": "jo", "ж": "s",
    "з": "s", "и": "i", "і": "i", "ї": "ji", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "v", "х": "h", "ц": "s",
    "ч": "h", "ш": "s", "щ": "s", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
    "є": "je", "ў": "u", "ђ": "J", "ћ": "h", "џ": "J", "љ": "lj", "њ": "nj", "ј": "j", "ѓ": "J",
    "ќ": "h", "ѕ": "s", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
#: per-language differences: Bulgarian ъ is a vowel (Тръмп = Trump) and щ is "шт"
CYRILLIC_LANG: dict[str, dict[str, str]] = {"bg": {"ъ": "a", "щ": "st"}}
#: context rules applied before the letter table (regex -> phonetic letters)
CYRILLIC_RULES: tuple[tuple[str, str], ...] = (
    ("дж", "J"),
    # Уиткофф, Уильям, Уолл-стрит, Уэльс, Уайт: a word-initial у before a vowel is English w
    (r"^у(?=[иіоэеаы])", "v"),
)

# --- Greek --------------------------------------------------------------------------------------

GREEK: dict[str, str] = {
    "α": "a", "β": "v", "γ": "h", "δ": "d", "ε": "e", "ζ": "s", "η": "i", "θ": "t", "ι": "i",
    "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "ks", "ο": "o", "π": "p", "ρ": "r", "σ": "s",
    "ς": "s", "τ": "t", "υ": "i", "φ": "v", "χ": "h", "ψ": "ps", "ω": "o",
}  # fmt: skip
#: Greek digraphs (accents already removed). Foreign names are written with ντ for d and μπ
#: for b (Ντόναλντ Τραμπ, Μπάιντεν), and with initial (γ)ου + vowel for w (Γουίτκοφ)
GREEK_RULES: tuple[tuple[str, str], ...] = (
    (r"^γου(?=[αεηιοω])", "v"), (r"^ου(?=[αεηιοω])", "v"), ("ου", "u"), ("αι", "e"),
    ("ει", "i"), ("οι", "i"), ("υι", "i"), ("αυ", "av"), ("ευ", "ev"), ("ηυ", "iv"),
    ("μπ$", "mp"), ("μπ", "b"), ("ντ", "d"), ("γκ", "h"), ("γγ", "nh"), ("γχ", "nh"),
    ("τσ", "s"), ("τζ", "J"),
)  # fmt: skip

# --- Latin ----------------------------------------------------------------------------------------

#: final letter table for Latin script (after the language's digraph rules)
LATIN: dict[str, str] = {
    "a": "a", "b": "b", "c": "k", "d": "d", "e": "e", "f": "v", "g": "h", "h": "h", "i": "i",
    "j": "j", "k": "k", "l": "l", "m": "m", "n": "n", "o": "o", "p": "p", "q": "k", "r": "r",
    "s": "s", "t": "t", "u": "u", "v": "v", "w": "v", "x": "ks", "y": "y", "z": "s", "J": "J",
    "ł": "l", "ß": "s", "đ": "J", "ð": "d", "þ": "t", "ø": "o", "æ": "e", "œ": "e", "ş": "s",
    "ș": "s", "ţ": "s", "ț": "s", "ç": "s", "ñ": "n", "ń": "n", "ň": "n", "ś": "s", "š": "s",
    "ž": "s", "ż": "s", "ź": "s", "č": "h", "ć": "h", "ř": "rs", "ď": "d", "ť": "t", "ľ": "l",
    "ĺ": "l", "ŕ": "r", "ğ": "h", "ı": "i", "ģ": "J", "ķ": "h", "ļ": "l", "ņ": "n", "'": "",
    "’": "", "ʼ": "",
}  # fmt: skip

#: digraphs whose reading is the same in every Latin-script language that has them; foreign
#: names keep their own spelling (Kaczyński, Szijjártó, Kushner), so these apply everywhere
LATIN_COMMON: tuple[tuple[str, str], ...] = (
    ("tsch", "h"), ("dzh", "J"), ("sch", "s"), ("cz", "h"), ("sz", "s"), ("kh", "h"),
    ("zh", "s"), ("sh", "s"), ("ph", "v"), ("th", "t"), ("dh", "d"), ("ck", "k"), ("tz", "s"),
    ("ts", "s"), ("ch", "h"), ("gh", "h"), ("qu", "kv"), ("x", "ks"),
)  # fmt: skip

#: per-language rules (regex -> phonetic letters); these win over LATIN_COMMON
LATIN_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "en": (
        ("tch", "h"), ("dg", "J"), (r"j(?=[aeiouy])", "J"), (r"g(?=[eiy])", "J"),
        (r"c(?=[eiy])", "s"),
        ("wh", "v"), ("ohn", "on"), (r"(?<=[aeiou])h$", ""),
    ),
    "de": (
        ("dsch", "J"), ("z", "s"), (r"c(?=[eiyäö])", "s"), ("ie", "i"), ("ß", "s"),
    ),
    "fr": (
        ("tch", "h"), ("ch", "s"), ("dj", "J"), ("j", "s"), (r"gu(?=[eiyéèê])", "h"),
        (r"g(?=[eiyéèê])", "s"), (r"c(?=[eiyéèê])", "s"), ("ç", "s"), ("gn", "nj"), ("ou", "u"),
        ("qu", "k"), ("ill", "ij"), ("h", ""),
    ),
    "es": (
        ("ch", "h"), ("ll", "j"), ("ñ", "nj"), ("qu", "k"), (r"gu(?=[eiéí])", "h"),
        (r"g(?=[eiéí])", "h"), ("j", "h"), (r"c(?=[eiéí])", "s"), ("h", ""),
    ),
    "pt": (
        ("ch", "s"), ("lh", "lj"), ("nh", "nj"), ("ç", "s"), ("qu", "k"), (r"gu(?=[eiéí])", "h"),
        (r"g(?=[eiéí])", "s"), ("j", "s"), (r"c(?=[eiéí])", "s"), ("x", "s"), ("h", ""),
    ),
    "it": (
        ("sch", "sk"), (r"sc(?=[ei])", "s"), ("ch", "k"), ("gh", "h"), (r"gli(?=[aeou])", "lj"),
        ("gli", "lji"), ("gn", "nj"), (r"ci(?=[aou])", "h"), (r"c(?=[ei])", "h"),
        (r"gi(?=[aou])", "J"), (r"g(?=[ei])", "J"), ("zz", "s"), ("h", ""),
    ),
    "pl": (
        ("szcz", "sh"), ("rz", "r"), ("ch", "h"), ("dż", "J"), ("dź", "J"),
        (r"dzi(?=[aeouąę])", "J"),
        (r"ci(?=[aeouąę])", "h"), (r"si(?=[aeouąę])", "s"), (r"zi(?=[aeouąę])", "s"),
        (r"ni(?=[aeouąę])", "nj"), ("ck", "sk"), (r"c(?=[aour])", "k"), ("c", "s"), ("ó", "u"),
        ("ą", "o"), ("ę", "e"),
    ),
    "cs": (
        ("ch", "h"), ("dž", "J"), ("ck", "sk"), (r"c(?=[aour])", "k"), ("c", "s"), ("ou", "u"),
        ("ě", "je"), ("ô", "uo"),
    ),
    "hbs": (
        ("dž", "J"), ("dj", "J"), ("lj", "lj"), ("nj", "nj"), ("ck", "sk"), (r"c(?=[aour])", "k"),
        ("c", "s"),
    ),
    "ro": (
        (r"ch(?=[ei])", "k"), (r"gh(?=[ei])", "h"), (r"c(?=[ei])", "h"), (r"g(?=[ei])", "J"),
        ("j", "s"),
    ),
    "sq": (
        ("xh", "J"), ("gj", "J"), ("nj", "nj"), ("ll", "l"), ("rr", "r"), ("ç", "h"), ("q", "h"),
        ("x", "s"), (r"c(?=[aour])", "k"), ("c", "s"), ("ë", "e"),
    ),
    "lt": (("dž", "J"), ("ck", "sk"), (r"c(?=[aour])", "k"), ("c", "s"), ("ch", "h")),
    "tr": (("ç", "h"), ("ş", "s"), ("c", "J"), ("j", "s"), ("ğ", "")),
    "hu": (
        ("dzs", "J"), ("cs", "h"), ("sz", "s"), ("zs", "s"), ("gy", "J"), ("ty", "h"), ("ny", "nj"),
        ("ly", "j"), ("c", "s"),
    ),
    "nl": (("sch", "sh"), ("ch", "h"), ("ij", "ei"), ("oe", "u"), ("j", "j"), (r"c(?=[eiy])", "s")),
    "sv": (
        ("skj", "s"), ("stj", "s"), ("sj", "s"), (r"sk(?=[eiyäö])", "s"), ("tj", "h"), ("kj", "h"),
        (r"c(?=[eiy])", "s"),
    ),
    "default": ((r"c(?=[eiy])", "s"),),
}  # fmt: skip
#: language -> the rule set it uses (languages not listed use "default")
LATIN_GROUP: dict[str, str] = {
    "en": "en", "de": "de", "fr": "fr", "es": "es", "ca": "es", "gl": "es", "pt": "pt",
    "it": "it", "pl": "pl", "cs": "cs", "sk": "cs", "hr": "hbs", "sr": "hbs", "bs": "hbs",
    "sl": "hbs", "me": "hbs", "mk": "hbs", "ro": "ro", "sq": "sq", "lt": "lt", "lv": "lt",
    "tr": "tr", "az": "tr", "hu": "hu", "nl": "nl", "sv": "sv", "no": "sv", "nb": "sv",
    "nn": "sv", "da": "sv",
}  # fmt: skip

# --- inflection -----------------------------------------------------------------------------------

#: oblique-case endings stripped from names the lexicon does not know (longest first). Only
#: endings that leave a consonant behind matter: a trailing vowel never reaches the key. Endings
#: that end nominatives are deliberately absent (Ukrainian -ів of Харків/Львів, -ов of Лавров,
#: Polish -ów of Kraków).
ENDINGS: dict[str, tuple[str, ...]] = {
    "ru": ("ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ым", "им", "ом", "ем", "ём",
           "ах", "ях", "ам", "ям", "ых", "их"),
    "uk": ("ами", "ями", "ого", "ього", "ому", "ьому", "ими", "ові", "еві", "єві", "ом", "ем",
           "єм", "им", "ім", "их", "іх", "ах", "ях", "ам", "ям"),
    "be": ("амі", "ямі", "ага", "ога", "аму", "ому", "ымі", "імі", "ом", "ем", "ам", "ым", "ім",
           "аў", "ах", "ях"),
    "sr": ("ом", "ем", "ога", "ог", "ому", "има", "ама", "ови", "om", "em", "oga", "og", "omu",
           "ima", "ama", "ovi", "evi"),
    "hr": ("om", "em", "oga", "og", "omu", "ima", "ama", "ovi", "evi"),
    "bs": ("om", "em", "oga", "og", "omu", "ima", "ama", "ovi", "evi"),
    "sl": ("om", "em", "ega", "emu", "ovi", "evi", "ih", "im"),
    "pl": ("iego", "iemu", "ego", "emu", "owi", "ami", "ach", "iem", "em", "om", "ym", "im",
           "ie"),
    "cs": ("ého", "ému", "ými", "ých", "ým", "ím", "ách", "ích", "ovi", "em", "ům", "om", "ami"),
    "sk": ("ého", "ému", "ými", "ých", "ým", "ím", "ách", "ích", "ovi", "om", "ami"),
    "lt": ("iams", "ams", "ais", "uose", "ose", "oms", "iui", "ius", "as", "is", "ys", "us", "es",
           "os"),
    "lv": ("am", "ām", "as", "is", "us", "es", "os", "s"),
    "sq": ("it", "in", "ës", "ut", "un"),
    "ro": ("ului",),
    "el": ("ς",),
    "de": ("s",),
}  # fmt: skip
#: endings removed only after these letters: East Slavic -ем is instrumental only after a soft
#: or hushing consonant (Игорем, Миндичем), while Рустем, Салем end so in the nominative
ENDING_AFTER: dict[tuple[str, str], str] = {
    ("ru", "ем"): "жшчщцрлйь", ("uk", "ем"): "жшчщцрлйь", ("be", "ем"): "жшчщцрлйь",
}
#: nominative endings of languages that add one to every name (Lithuanian Trumpas, Oslas;
#: Greek Μητσοτάκης): removed from the base form before keying, even a lexicon's lemma
NOMINATIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "lt": ("ius", "as", "is", "ys", "us", "ė"),
    "lv": ("s", "š"),
    "el": ("ς",),
}
#: adjectival surnames and names (-ський, -ский, -ski, -ský): after an oblique ending is removed
#: from a stem ending so, the nominative ending is put back for the lemma (Зеленського ->
#: Зеленський, Zełenskiego -> Zełenski); other stems keep the bare stem (Путіним -> Путін)
ADJECTIVE_STEMS: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "uk": (("ськ", "цьк", "зьк"), ("ого", "ому", "им", "ім", "их"), "ий"),
    "ru": (("ск", "цк"), ("ого", "ому", "ым", "им", "ом", "их"), "ий"),
    "be": (("ск", "цк"), ("ага", "аму", "ім", "ім"), "і"),
    "pl": (("sk", "ck", "dzk"), ("iego", "iemu", "im"), "i"),
    "cs": (("sk", "ck"), ("ého", "ému", "ým", "ém"), "ý"),
    "sk": (("sk", "ck"), ("ého", "ému", "ým", "om"), "ý"),
    "hr": (("sk", "ck", "šk"), ("og", "oga", "om", "omu"), "i"),
    "sr": (("sk", "ck", "šk"), ("og", "oga", "om", "omu"), "i"),
    "bs": (("sk", "ck", "šk"), ("og", "oga", "om", "omu"), "i"),
    "sl": (("sk", "ck", "šk"), ("ega", "emu", "em"), "i"),
}
#: Ukrainian/Russian surnames in -енко keep that ending in every case (Лукашенко, Лукашенка)
ENKO_STEMS: tuple[str, ...] = ("енк", "єнк")

# --- words that are not names ---------------------------------------------------------------------

#: function words and frequent sentence openers, per language (whitespace separated, lower case).
#: The lexicon knows most of them; this list matters where there is no lexicon (Polish) and for
#: short words a lexicon may also list as names.
STOPWORDS: dict[str, str] = {
    "en": "the a an and or but if as at by for from in into of on to with without this that these"
          " those it its he she they we you i his her their our my your who whom whose which what"
          " when where why how there here then than so not no yes also however meanwhile after"
          " before during while since until about over under between among against according"
          " despite although though because all both each every some many most more other such"
          " one two three four five first last new last next us",
    "de": "der die das den dem des ein eine einer einem einen eines und oder aber wenn als am an"
          " auf aus bei bis durch für gegen im in mit nach ohne seit über um unter von vor zu zum"
          " zur es er sie wir ihr ich du man dies diese dieser dieses jene auch nicht noch schon"
          " nur doch so wie was wer wo wann warum damit dass laut nun dann denn jedoch zudem"
          " außerdem trotz während wegen sein seine ihre unser alle viele mehrere beide",
    "fr": "le la les un une des du de d l et ou mais si à au aux en dans par pour sur sous avec"
          " sans ce cet cette ces il elle ils elles on nous vous je son sa ses leur leurs qui que"
          " quoi dont où quand comme selon après avant pendant depuis cependant ainsi alors aussi"
          " plus moins selon tous toutes tout",
    "es": "el la los las un una unos unas y o pero si a al de del en por para con sin sobre bajo"
          " entre hacia desde hasta este esta estos estas ese esa eso aquel él ella ellos ellas"
          " nosotros yo su sus que quien cuando donde como según tras durante además sin embargo"
          " también así todo todos",
    "it": "il lo la i gli le un uno una e o ma se a al allo alla ai agli alle di del dello della"
          " dei degli delle da dal in nel nella per con su sul sulla tra fra questo questa quello"
          " quella egli lui lei loro noi io suo sua che chi quando dove come secondo dopo durante"
          " anche però inoltre tutti",
    "pt": "o a os as um uma e ou mas se ao à de do da dos das em no na nos nas por pelo pela para"
          " com sem sobre entre este esta esse essa isso ele ela eles elas nós eu seu sua que"
          " quem quando onde como segundo após durante também porém",
    "pl": "w we z ze na do od o u po za przed przez pod nad dla bez przy i a ale lub oraz albo"
          " czy że jak gdy kiedy gdzie to ten ta te tego tej tym tych jego jej ich on ona ono oni"
          " one my wy ja nie tak już jeszcze także również jednak według podczas po natomiast"
          " wtedy teraz dziś wczoraj jutro jest są był była było byli będzie został została"
          " zostało zostali nasz nasza wszyscy wszystkie każdy każda wiele kilka jeden jedna"
          " pierwszy pierwsza prezydent premier minister szef szefowa rzecznik pan pani sam"
          " sama jako tam tu tutaj więc dlatego potem później wcześniej około ponad tę tą tamten"
          " tamta tamto ci cię mu mi go jemu niej nim niego nas was im ich się sobie obecnie"
          " ponadto tymczasem następnie ostatecznie wówczas zdaniem zgodnie dzisiaj wczoraj"
          " dotychczas dopiero zwłaszcza przede wszystkim oczywiście niestety jednocześnie"
          " również dodatkowo kolejny kolejna kolejne nowy nowa nowe ten taki taka takie jak"
          " według wobec dzięki mimo choć chociaż jeśli jeżeli gdyby aby żeby bo ponieważ",
    "cs": "a i ale nebo že když jak kde to ten ta ty toho té tím jeho její jejich on ona oni my"
          " vy já v ve z ze na do od o u po za před přes pod nad pro bez při s se k ke také však"
          " podle během podle již už ještě",
    "sk": "a i ale alebo že keď ako kde to ten tá tie toho jeho jej ich on ona oni my vy ja v vo"
          " z zo na do od o u po za pred cez pod nad pre bez pri s so k ku tiež však podľa počas",
    "hbs": "i a ali ili da je su kao kada gdje gde to taj ta te tog toga njegov njen njihov on ona"
           " oni mi vi ja u na od do o po za pred kroz pod nad bez pri s sa k ka također takođe"
           " međutim prema tokom nakon",
    "ro": "și sau dar dacă ca la în din de pe cu fără pentru prin după despre între acest această"
          " acești aceste el ea ei ele noi eu său sa lor care ce cine când unde cum potrivit însă"
          " totodată",
    "uk": "і й та а але або чи що як коли де це цей ця ці цього цієї його її їх він вона воно"
          " вони ми ви я у в на з із зі до від о об по за перед через під над для без при також"
          " проте однак водночас згідно після під час тому тож ще вже",
    "ru": "и а но или что как когда где это этот эта эти этого этой его ее её их он она оно они"
          " мы вы я у в во на с со к ко до от о об по за перед через под над для без при также"
          " однако тем после уже еще ещё",
    "bg": "и а но или че как когато където това този тази тези неговия неговата той тя то те ние"
          " вие аз в във на с със към до от за пред през под над без при също обаче според след"
          " вече още",
    "el": "ο η το οι τα του της των τον την και ή αλλά αν ότι πως όταν όπου αυτό αυτός αυτή σε"
          " στο στη στην στον στα με για από προς κατά μετά",
    "sq": "dhe ose por në nga me për pa mbi si kur ku ky kjo këto ai ajo ata ato ne ju unë i e të"
          " së",
    "lt": "ir ar bet kad kai kaip kur tai tas ta jis ji jie mes jūs aš į iš su be po per prie už"
          " apie pagal taip pat",
    "sv": "och eller men om att när hur där det den de denna detta han hon vi ni jag i på av för"
          " med utan till från enligt efter under också",
    "nl": "de het een en of maar als dat dit die deze hij zij wij jij ik in op van voor met zonder"
          " naar uit volgens na tijdens ook",
}  # fmt: skip
STOPWORDS["hr"] = STOPWORDS["sr"] = STOPWORDS["bs"] = STOPWORDS["sl"] = STOPWORDS["hbs"]

#: capitalised titles that precede names in languages that capitalise them (never part of a name)
TITLES: dict[str, str] = {
    "en": "president vice prime minister ministers secretary chancellor senator sen rep gov"
          " governor mayor general gen colonel col lt sgt captain capt king queen prince princess"
          " pope mr mrs ms dr prof sir lord lady foreign defense defence deputy chief ambassador"
          " envoy special speaker chairman chairwoman chair director commissioner judge justice"
          " archbishop bishop patriarch cardinal father rev emir crown premier spokesman"
          " spokeswoman spokesperson adviser advisor head leader former acting",
    "de": "präsident präsidentin präsidenten kanzler kanzlerin bundeskanzler bundeskanzlerin"
          " bundespräsident minister ministerin außenminister außenministerin regierungschef"
          " regierungschefin herr herrn frau dr papst könig königin premierminister premier"
          " sprecher sprecherin chef chefin berater beraterin botschafter gesandte gesandter"
          " sondergesandte sondergesandter",
    "fr": "président présidente ministre premier chancelier secrétaire monsieur madame m mme",
    "es": "presidente presidenta ministro ministra canciller secretario secretaria señor señora",
    "it": "presidente ministro ministra cancelliere segretario segretaria signor signora",
    "pl": "prezydent premier minister szef pan pani ambasador rzecznik marszałek generał",
}  # fmt: skip

#: capitalised month and weekday names (only languages that capitalise them)
CALENDAR: dict[str, str] = {
    "en": "january february march april may june july august september october november december"
          " monday tuesday wednesday thursday friday saturday sunday jan feb apr jun jul aug sep"
          " sept oct nov dec mon tue tues wed thu thurs fri sat",
    "de": "januar jänner februar märz april mai juni juli august september oktober november"
          " dezember montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag",
}  # fmt: skip

#: English demonyms and nationality adjectives end so and are dictionary words (Ukrainian,
#: Belarusian, Polish, Chinese, Israeli, Islamic); a capitalised token that does is not a name
DEMONYM_SUFFIXES: dict[str, tuple[str, ...]] = {
    "en": ("ians", "ian", "eans", "ean", "ans", "an", "ese", "ish", "is", "i", "ic", "ern", "ch"),
}

#: languages that decline names by case: only there may an unlisted word reach a listed place
#: by its skeleton (Genewie -> Genewa); elsewhere a form is listed or is not that place
DECLINING = frozenset({"uk", "ru", "be", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "me", "lt",
                       "lv", "el", "fi", "et", "hu"})
#: languages written in a non-Latin script: a Latin word in their text is keyed as English
NON_LATIN = frozenset({"uk", "ru", "bg", "be", "mk", "el", "he", "ar", "fa", "ka", "hy", "zh",
                       "ja", "ko"})
#: all-capital abbreviations of common nouns (mass media, company forms, GDP, time zones)
ACRONYM_STOP = frozenset({
    "СМИ", "ЗМІ", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОВ", "ПАТ", "АТ", "ФОП", "ВВП", "ДТП", "БВП",
    "ЕООД", "ООД", "АД", "ВИДЕО", "ФОТО", "ТВ", "CEO", "TV", "PR", "PM", "AM", "GMT", "UTC", "GDP",
    "MP", "MPs", "OK", "FAQ", "PDF",
})

#: lower-case particles allowed inside a multi-word name (María Corina Machado is plain; these
#: join Ursula von der Leyen, Lula da Silva, Charles de Gaulle, Mohammed bin Salman)
PARTICLES = frozenset({
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "do", "dos", "das", "du", "le",
    "la", "al", "el", "bin", "ibn", "ben", "ter", "zu", "y",
})

# --- lexicons -------------------------------------------------------------------------------------

#: language -> simplemma dictionary used to tell names from common words. Russian uses pymorphy3
#: (it tags names). Polish is left out on purpose: its simplemma dictionary costs ~350 MB and
#: ~6 s to load, so Polish relies on stopwords, endings and document evidence. Lithuanian and
#: Latvian are left out because their dictionaries turn foreign names into unrelated lemmas
#: (Maria -> Marus).
LEXICON_CODES: dict[str, str] = {
    "uk": "uk", "bg": "bg", "en": "en", "de": "de", "cs": "cs", "sk": "sk", "sr": "hbs",
    "hr": "hbs", "bs": "hbs", "me": "hbs", "sl": "sl", "mk": "mk", "fr": "fr", "es": "es",
    "it": "it", "pt": "pt", "ro": "ro", "el": "el", "sq": "sq", "sv": "sv", "nl": "nl",
    "da": "da", "nb": "nb", "no": "nb", "fi": "fi", "hu": "hu", "tr": "tr", "et": "et", "ca": "ca",
}  # fmt: skip
#: pymorphy3 grammemes that mark a proper noun
PROPER_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
