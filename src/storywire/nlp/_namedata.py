"""Tables behind :mod:`storywire.nlp.names`: spelling-to-sound rules, endings, words, gazetteer.

Everything here is general linguistic or geographic knowledge written as data, so the code in
``names.py`` stays small and a reviewer can audit a mapping without reading code.

Phonetic classes
----------------
Every script is rewritten into one broad phonetic alphabet before a name is reduced to its key.
Only these letters survive transliteration (``names._skeleton`` then folds vowels and glides):

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

# --- gazetteer ------------------------------------------------------------------------------------
# One line per place: "slug: lang form, form; lang,lang form; ...". Forms are nominatives as
# written in that language; inflected forms reach the same key through the ending rules, so
# only spellings whose key differs from the English one need listing (more do no harm). The
# slug, prefixed with "@", is the key of every form. General knowledge of exonyms: countries,
# capitals and cities that international news names in many languages.

PLACES: tuple[str, ...] = (
    # countries and regions
    "ukraine: en Ukraine; uk Україна; ru Украина; bg Украйна; cs,hr,sr,sk Ukrajina; pl Ukraina;"
    " el Ουκρανία; lt Ukraina",
    "russia: en Russia; uk Росія; ru Россия; bg Русия; de Russland; pl Rosja; cs,sk Rusko;"
    " hr,sr Rusija; fr Russie; es,it Rusia, Russia; el Ρωσία; lt Rusija; sv Ryssland;"
    " ro Rusia",
    "belarus: en Belarus, Byelorussia; uk Білорусь; ru Беларусь, Белоруссия; bg Беларус;"
    " de Belarus, Weißrussland; pl Białoruś; cs Bělorusko; sk Bielorusko; hr,sr Bjelorusija,"
    " Belorusija; fr Biélorussie; es Bielorrusia; it Bielorussia; el Λευκορωσία;"
    " lt Baltarusija; sv Belarus, Vitryssland; ro Belarus",
    "united-states: en America; uk Америка; ru Америка; bg Америка; de Amerika; pl Ameryka",
    "poland: en Poland; uk Польща; ru Польша; bg Полша; de Polen; pl Polska; cs,sk Polsko;"
    " hr,sr Poljska; fr Pologne; es,it Polonia; el Πολωνία; lt Lenkija; ro Polonia",
    "moldova: en Moldova; uk Молдова; ru Молдова, Молдавия; bg Молдова; de Moldau, Moldawien,"
    " Moldova; pl Mołdawia; cs,sk Moldavsko; hr,sr Moldavija; fr Moldavie; es,it Moldavia;"
    " el Μολδαβία; lt Moldova; ro Moldova",
    "czechia: en Czechia; uk Чехія; ru Чехия; bg Чехия; de Tschechien; pl Czechy; cs Česko;"
    " sk Česko; hr Češka; sr Češka; fr Tchéquie; es Chequia; it Cechia; el Τσεχία",
    "slovakia: en Slovakia; uk Словаччина; ru Словакия; bg Словакия; de Slowakei; pl Słowacja;"
    " cs,sk Slovensko; hr,sr Slovačka; fr Slovaquie; es,it Eslovaquia, Slovacchia",
    "hungary: en Hungary; uk Угорщина; ru Венгрия; bg Унгария; de Ungarn; pl Węgry;"
    " cs Maďarsko; sk Maďarsko; hr,sr Mađarska; fr Hongrie; es Hungría; it Ungheria;"
    " el Ουγγαρία; ro Ungaria",
    "romania: en Romania; uk Румунія; ru Румыния; bg Румъния; de Rumänien; pl Rumunia;"
    " cs,sk Rumunsko; hr,sr Rumunjska, Rumunija; fr Roumanie; es Rumania, Rumanía;"
    " el Ρουμανία; ro România",
    "bulgaria: en Bulgaria; uk Болгарія; ru Болгария; bg България; de Bulgarien;"
    " pl Bułgaria; cs,sk Bulharsko; hr,sr Bugarska; fr Bulgarie; el Βουλγαρία",
    "serbia: en Serbia; uk Сербія; ru Сербия; bg Сърбия; de Serbien; pl Serbia;"
    " cs,sk Srbsko; hr,sr Srbija; fr Serbie; el Σερβία",
    "croatia: en Croatia; uk Хорватія; ru Хорватия; bg Хърватия; de Kroatien; pl Chorwacja;"
    " cs,sk Chorvatsko; hr Hrvatska; sr Hrvatska; fr Croatie; es Croacia; it Croazia",
    "germany: en Germany; uk Німеччина; ru Германия; bg Германия; de Deutschland; pl Niemcy;"
    " cs,sk Německo, Nemecko; hr,sr Njemačka, Nemačka; fr Allemagne; es Alemania;"
    " it Germania; el Γερμανία; lt Vokietija; sv Tyskland; ro Germania",
    "france: en France; uk Франція; ru Франция; bg Франция; de Frankreich; pl Francja;"
    " cs,sk Francie, Francúzsko; hr,sr Francuska; es Francia; it Francia; el Γαλλία;"
    " lt Prancūzija",
    "italy: en Italy; uk Італія; ru Италия; bg Италия; de Italien; pl Włochy; cs Itálie;"
    " sk Taliansko; hr,sr Italija; fr Italie; es Italia; it Italia; el Ιταλία",
    "spain: en Spain; uk Іспанія; ru Испания; bg Испания; de Spanien; pl Hiszpania;"
    " cs Španělsko; sk Španielsko; hr,sr Španjolska, Španija; fr Espagne; es España;"
    " it Spagna; el Ισπανία",
    "portugal: en Portugal; uk Португалія; ru Португалия; bg Португалия; pl Portugalia;"
    " cs,sk Portugalsko; el Πορτογαλία",
    "united-kingdom: en Britain; uk Британія, Великобританія; ru Британия, Великобритания;"
    " bg Великобритания; de Großbritannien, Britannien; pl Brytania; cs Británie;"
    " fr Grande-Bretagne; el Βρετανία",
    "ireland: en Ireland; uk Ірландія; ru Ирландия; bg Ирландия; de Irland; pl Irlandia;"
    " cs,sk Irsko; fr Irlande; es,it Irlanda",
    "netherlands: en Netherlands, Holland; uk Нідерланди; ru Нидерланды; bg Нидерландия;"
    " de Niederlande; pl Holandia; cs,sk Nizozemsko, Holandsko; fr Pays-Bas; es Países Bajos;"
    " it Paesi Bassi",
    "belgium: en Belgium; uk Бельгія; ru Бельгия; bg Белгия; de Belgien; pl Belgia;"
    " cs,sk Belgie, Belgicko; fr Belgique; es,it Bélgica, Belgio",
    "switzerland: en Switzerland; uk Швейцарія; ru Швейцария; bg Швейцария; de Schweiz;"
    " pl Szwajcaria; cs,sk Švýcarsko, Švajčiarsko; hr,sr Švicarska, Švajcarska; fr Suisse;"
    " es Suiza; it Svizzera; el Ελβετία",
    "austria: en Austria; uk Австрія; ru Австрия; bg Австрия; de Österreich; pl Austria;"
    " cs,sk Rakousko, Rakúsko; hr,sr Austrija; fr Autriche; el Αυστρία",
    "sweden: en Sweden; uk Швеція; ru Швеция; bg Швеция; de Schweden; pl Szwecja;"
    " cs,sk Švédsko; hr,sr Švedska; fr Suède; es Suecia; it Svezia; sv Sverige",
    "norway: en Norway; uk Норвегія; ru Норвегия; bg Норвегия; de Norwegen; pl Norwegia;"
    " cs,sk Norsko, Nórsko; hr,sr Norveška; fr Norvège; es Noruega; it Norvegia; sv Norge",
    "finland: en Finland; uk Фінляндія; ru Финляндия; bg Финландия; pl Finlandia;"
    " cs,sk Finsko; fr Finlande; es Finlandia; it Finlandia; sv Finland",
    "denmark: en Denmark; uk Данія; ru Дания; bg Дания; de Dänemark; pl Dania; cs Dánsko;"
    " fr Danemark; es Dinamarca; it Danimarca",
    "estonia: en Estonia; uk Естонія; ru Эстония; bg Естония; de Estland; pl Estonia;"
    " cs,sk Estonsko",
    "latvia: en Latvia; uk Латвія; ru Латвия; bg Латвия; de Lettland; pl Łotwa;"
    " cs,sk Lotyšsko; fr Lettonie; es,it Letonia, Lettonia",
    "lithuania: en Lithuania; uk Литва; ru Литва; bg Литва; de Litauen; pl Litwa; cs Litva;"
    " fr Lituanie; es,it Lituania; lt Lietuva",
    "greece: en Greece; uk Греція; ru Греция; bg Гърция; de Griechenland; pl Grecja;"
    " cs,sk Řecko, Grécko; hr,sr Grčka; fr Grèce; es,it Grecia; el Ελλάδα",
    "turkey: en Turkey, Türkiye; uk Туреччина; ru Турция; bg Турция; de Türkei; pl Turcja;"
    " cs,sk Turecko; hr,sr Turska; fr Turquie; es Turquía; it Turchia; el Τουρκία",
    "georgia: en Georgia; uk Грузія; ru Грузия; bg Грузия; de Georgien; pl Gruzja;"
    " cs,sk Gruzie, Gruzínsko; fr Géorgie",
    "armenia: en Armenia; uk Вірменія; ru Армения; bg Армения; de Armenien; pl Armenia;"
    " cs,sk Arménie, Arménsko",
    "azerbaijan: en Azerbaijan; uk Азербайджан; ru Азербайджан; bg Азербайджан;"
    " de Aserbaidschan; pl Azerbejdżan; cs,sk Ázerbájdžán",
    "kazakhstan: en Kazakhstan; uk Казахстан; ru Казахстан; de Kasachstan; pl Kazachstan",
    "china: en China; uk Китай; ru Китай; bg Китай; de China; pl Chiny; cs,sk Čína;"
    " hr,sr Kina; fr Chine; es,it China, Cina; el Κίνα",
    "japan: en Japan; uk Японія; ru Япония; bg Япония; pl Japonia; cs,sk Japonsko;"
    " fr Japon; es Japón; it Giappone; el Ιαπωνία",
    "india: en India; uk Індія; ru Индия; bg Индия; de Indien; pl Indie; cs,sk Indie, India;"
    " fr Inde",
    "pakistan: en Pakistan; uk Пакистан; ru Пакистан",
    "iran: en Iran; uk Іран; ru Иран; bg Иран; el Ιράν",
    "iraq: en Iraq; uk Ірак; ru Ирак; bg Ирак; de,pl,cs Irak",
    "israel: en Israel; uk Ізраїль; ru Израиль; bg Израел; pl Izrael; cs,sk Izrael;"
    " el Ισραήλ",
    "palestine: en Palestine; uk Палестина; ru Палестина; de Palästina; pl Palestyna",
    "gaza: en Gaza; uk Газа; ru Газа; bg Газа; de Gaza; pl Gaza, Strefa Gazy; el Γάζα",
    "syria: en Syria; uk Сирія; ru Сирия; bg Сирия; de Syrien; pl Syria; cs,sk Sýrie, Sýria",
    "lebanon: en Lebanon; uk Ліван; ru Ливан; bg Ливан; de Libanon; pl Liban; fr Liban",
    "egypt: en Egypt; uk Єгипет; ru Египет; bg Египет; de Ägypten; pl Egipt; cs,sk Egypt",
    "qatar: en Qatar; uk Катар; ru Катар; bg Катар; de Katar; pl Katar",
    "yemen: en Yemen; uk Ємен; ru Йемен; de Jemen; pl Jemen",
    "afghanistan: en Afghanistan; uk Афганістан; ru Афганистан; pl Afganistan",
    "venezuela: en Venezuela; uk Венесуела; ru Венесуэла; bg Венецуела; pl Wenezuela;"
    " lt Venesuela",
    "mexico: en Mexico; uk Мексика; ru Мексика; bg Мексико; de Mexiko; pl Meksyk;"
    " cs,sk Mexiko; es México",
    "brazil: en Brazil; uk Бразилія; ru Бразилия; bg Бразилия; de Brasilien; pl Brazylia;"
    " cs,sk Brazílie",
    "argentina: en Argentina; uk Аргентина; ru Аргентина; pl Argentyna",
    "chile: en Chile; uk Чилі; ru Чили; bg Чили",
    "cuba: en Cuba; uk Куба; ru Куба; de,pl Kuba",
    "canada: en Canada; uk Канада; ru Канада; de Kanada; pl Kanada",
    "australia: en Australia; uk Австралія; ru Австралия; de Australien; pl Australia",
    "nepal: en Nepal; uk Непал; ru Непал",
    "philippines: en Philippines; uk Філіппіни; ru Филиппины; bg Филипини; de Philippinen;"
    " pl Filipiny; cs Filipíny",
    "madagascar: en Madagascar; uk Мадагаскар; ru Мадагаскар; de Madagaskar; pl Madagaskar",
    "vatican: en Vatican; uk Ватикан; ru Ватикан; de Vatikan; pl Watykan; cs Vatikán",
    "europe: en Europe; uk Європа; ru Европа; bg Европа; de Europa; pl Europa; cs Evropa;"
    " hr Europa; sr Evropa; el Ευρώπη",
    "crimea: en Crimea; uk Крим; ru Крым; bg Крим; de Krim; pl Krym; cs,sk Krym;"
    " fr Crimée; es Crimea; el Κριμαία",
    "donbas: en Donbas, Donbass; uk Донбас; ru Донбасс",
    # cities
    "kyiv: en Kyiv, Kiev; uk Київ; ru Киев; bg Киев; de Kiew; pl Kijów; cs,sk Kyjev;"
    " hr Kijev; sr Kijev; fr Kiev; es Kiev; el Κίεβο",
    "moscow: en Moscow; uk Москва; ru Москва; bg Москва; de Moskau; pl Moskwa; cs,sk Moskva;"
    " hr,sr Moskva; fr Moscou; es Moscú; it Mosca; el Μόσχα; lt Maskva; ro Moscova",
    "minsk: en Minsk; uk Мінськ; ru Минск; pl Mińsk; el Μινσκ",
    "warsaw: en Warsaw; uk Варшава; ru Варшава; bg Варшава; de Warschau; pl Warszawa;"
    " cs,sk Varšava; hr Varšava; fr Varsovie; es,it Varsovia; el Βαρσοβία",
    "washington: en Washington; uk Вашингтон; ru Вашингтон; bg Вашингтон; pl Waszyngton;"
    " cs,sk Washington; el Ουάσινγκτον",
    "geneva: en Geneva; uk Женева; ru Женева; bg Женева; de Genf; pl Genewa; cs,sk Ženeva;"
    " hr,sr Ženeva; fr Genève; es Ginebra; it Ginevra; el Γενεύη; lt Ženeva; ro Geneva",
    "vienna: en Vienna; uk Відень; ru Вена; bg Виена; de Wien; pl Wiedeń; cs,sk Vídeň, Viedeň;"
    " hr,sr Beč; fr Vienne; es Viena; el Βιέννη",
    "prague: en Prague; uk Прага; ru Прага; bg Прага; de Prag; pl Praga; cs,sk Praha;"
    " el Πράγα",
    "brussels: en Brussels; uk Брюссель; ru Брюссель; bg Брюксел; de Brüssel; pl Bruksela;"
    " cs,sk Brusel; hr,sr Bruxelles, Brisel; fr Bruxelles; es Bruselas; it Bruxelles;"
    " el Βρυξέλλες",
    "berlin: en Berlin; uk Берлін; ru Берлин; bg Берлин; el Βερολίνο",
    "paris: en Paris; uk Париж; ru Париж; bg Париж; pl Paryż; cs,sk Paříž, Paríž;"
    " hr,sr Pariz; es París; it Parigi; el Παρίσι",
    "london: en London; uk Лондон; ru Лондон; bg Лондон; pl Londyn; cs,sk Londýn;"
    " fr Londres; es Londres; it Londra; el Λονδίνο",
    "rome: en Rome; uk Рим; ru Рим; bg Рим; de Rom; pl Rzym; cs,sk Řím, Rím; hr,sr Rim;"
    " fr Rome; es,it Roma; el Ρώμη",
    "budapest: en Budapest; uk Будапешт; ru Будапешт; bg Будапеща; pl Budapeszt",
    "bucharest: en Bucharest; uk Бухарест; ru Бухарест; bg Букурещ; de Bukarest;"
    " pl Bukareszt; cs,sk Bukurešť; fr Bucarest; ro București",
    "chisinau: en Chisinau, Kishinev; uk Кишинів; ru Кишинёв, Кишинев; bg Кишинев;"
    " de Chișinău, Kischinau; pl Kiszyniów; cs,sk Kišiněv; ro Chișinău",
    "vilnius: en Vilnius; uk Вільнюс; ru Вильнюс; bg Вилнюс; de Wilna, Vilnius; pl Wilno",
    "riga: en Riga; uk Рига; ru Рига; pl Ryga",
    "tallinn: en Tallinn; uk Таллінн; ru Таллин; pl Tallinn",
    "helsinki: en Helsinki; uk Гельсінкі; ru Хельсинки; bg Хелзинки; pl Helsinki",
    "stockholm: en Stockholm; uk Стокгольм; ru Стокгольм; bg Стокхолм; pl Sztokholm",
    "oslo: en Oslo; uk Осло; ru Осло; bg Осло",
    "copenhagen: en Copenhagen; uk Копенгаген; ru Копенгаген; bg Копенхаген;"
    " de Kopenhagen; pl Kopenhaga; da København",
    "istanbul: en Istanbul; uk Стамбул; ru Стамбул; bg Истанбул; pl Stambuł; tr İstanbul",
    "ankara: en Ankara; uk Анкара; ru Анкара",
    "beijing: en Beijing, Peking; uk Пекін; ru Пекин; bg Пекин; de Peking; pl Pekin;"
    " fr Pékin; es Pekín; it Pechino",
    "tokyo: en Tokyo; uk Токіо; ru Токио; pl Tokio; de Tokio",
    "jerusalem: en Jerusalem; uk Єрусалим; ru Иерусалим; bg Йерусалим; pl Jerozolima;"
    " cs Jeruzalém; fr Jérusalem; es Jerusalén; it Gerusalemme",
    "tehran: en Tehran; uk Тегеран; ru Тегеран; bg Техеран; de Teheran; pl Teheran",
    "damascus: en Damascus; uk Дамаск; ru Дамаск; pl Damaszek; fr Damas; es Damasco",
    "beirut: en Beirut; uk Бейрут; ru Бейрут; fr Beyrouth",
    "cairo: en Cairo; uk Каїр; ru Каир; bg Кайро; de Kairo; pl Kair; fr Le Caire",
    "riyadh: en Riyadh; uk Ер-Ріяд, Ріяд; ru Эр-Рияд, Рияд; de Riad; pl Rijad",
    "doha: en Doha; uk Доха; ru Доха",
    "dubai: en Dubai; uk Дубай; ru Дубай; pl Dubaj",
    "abu-dhabi: en Abu Dhabi; uk Абу-Дабі; ru Абу-Даби; bg Абу Даби; el Άμπου Ντάμπι",
    "belgrade: en Belgrade; uk Белград; ru Белград; de Belgrad; pl Belgrad; hr,sr Beograd",
    "zagreb: en Zagreb; uk Загреб; ru Загреб",
    "sofia: en Sofia; uk Софія; ru София; bg София",
    "athens: en Athens; uk Афіни; ru Афины; bg Атина; de Athen; pl Ateny; fr Athènes;"
    " es Atenas; it Atene; el Αθήνα",
    "lisbon: en Lisbon; uk Лісабон; ru Лиссабон; de Lissabon; pl Lizbona; pt Lisboa",
    "madrid: en Madrid; uk Мадрид; ru Мадрид",
    "munich: en Munich; uk Мюнхен; ru Мюнхен; de München; pl Monachium; it Monaco di Baviera",
    "davos: en Davos; uk Давос; ru Давос",
    "strasbourg: en Strasbourg; uk Страсбург; ru Страсбург; de Straßburg",
    "the-hague: en The Hague; uk Гаага; ru Гаага; de Den Haag; pl Haga; fr La Haye",
    "new-york: en New York; uk Нью-Йорк; ru Нью-Йорк; bg Ню Йорк; pl Nowy Jork;"
    " es Nueva York; el Νέα Υόρκη",
    "tel-aviv: en Tel Aviv; uk Тель-Авів; ru Тель-Авив",
    "st-petersburg: en Saint Petersburg, Petersburg; uk Санкт-Петербург, Петербург;"
    " ru Санкт-Петербург, Петербург; de Sankt Petersburg",
    "caracas: en Caracas; uk Каракас; ru Каракас",
    "kharkiv: en Kharkiv, Kharkov; uk Харків; ru Харьков; de Charkiw; pl Charków",
    "odesa: en Odesa, Odessa; uk Одеса; ru Одесса; pl Odessa",
    "lviv: en Lviv; uk Львів; ru Львов; de Lwiw, Lemberg; pl Lwów",
    "dnipro: en Dnipro; uk Дніпро; ru Днепр; pl Dniepr",
    "zaporizhzhia: en Zaporizhzhia; uk Запоріжжя; ru Запорожье; pl Zaporoże",
    "kherson: en Kherson; uk Херсон; ru Херсон; de Cherson; pl Chersoń",
    "donetsk: en Donetsk; uk Донецьк; ru Донецк; pl Donieck",
    "luhansk: en Luhansk, Lugansk; uk Луганськ; ru Луганск; pl Ługańsk",
    "mariupol: en Mariupol; uk Маріуполь; ru Мариуполь",
    "sevastopol: en Sevastopol; uk Севастополь; ru Севастополь; pl Sewastopol",
    "kremlin: en Kremlin; uk Кремль; ru Кремль; bg Кремъл; de,pl Kreml; cs,sk Kreml;"
    " hr,sr Kremlj; el Κρεμλίνο",
    "european-union: uk Євросоюз; ru Евросоюз; de Europaunion",
)

# --- acronyms -------------------------------------------------------------------------------------
# Exact spellings (case-sensitive) of the most common international acronyms in the languages
# they appear in. An acronym not listed keys on its transliterated letters (NABU = НАБУ).

ACRONYMS: tuple[str, ...] = (
    "united-states: USA, US, U.S., U.S.A., США, САЩ, EEUU, EE.UU., ΗΠΑ, SAD, САД, SUA, SHBA, JAV",
    "european-union: EU, ЄС, ЕС, UE, ЕУ, ΕΕ",
    "united-nations: UN, ООН, ONU, OSN, ONZ, UNO, ОН, ΟΗΕ, FN",
    "nato: NATO, Nato, НАТО, OTAN, ΝΑΤΟ",
    "united-kingdom: UK, U.K.",
    "russia: РФ, RF",
    "germany: ФРГ, BRD",
    "united-arab-emirates: UAE, ОАЕ, ОАЭ, VAE, EAU, ZEA, SAE, ΗΑΕ, АЕ",
    "imf: IMF, МВФ, FMI, MFW, MMF, IWF, ΔΝΤ",
    "osce: OSCE, ОБСЄ, ОБСЕ, OSZE, OBWE, OBSE, ΟΑΣΕ",
    "iaea: IAEA, МАГАТЕ, МАГАТЭ, AIEA, IAEO, MAAE",
    "cia: CIA, ЦРУ",
    "fbi: FBI, ФБР",
    "armed-forces-of-ukraine: ЗСУ, ВСУ, AFU, ZSU",
    "nsdc: РНБО, СНБО, NSDC, RNBO",
    "north-korea: КНДР, DPRK, KLDR",
)

# --- multi-word names with lower-case or inflected parts ------------------------------------------
# "slug: lang Lemma = pattern | pattern; ..." Patterns are regular expressions over the text
# (case-sensitive); ``~`` stands for an inflectional ending (``\w*``). The lemma is the
# nominative in that language, used as the mention's lemma.

PHRASES: tuple[str, ...] = (
    "new-york:"
    " en New York = New York;"
    " uk Нью-Йорк = Нью-Йорк~;"
    " ru Нью-Йорк = Нью-Йорк~;"
    " bg Ню Йорк = Ню Йорк;"
    " pl Nowy Jork = Now(?:y|ego|emu|ym) Jork(?:u|iem)?;"
    " es Nueva York = Nueva York;"
    " el Νέα Υόρκη = Νέα Υόρκη",
    "united-states:"
    " en United States = United States(?: of America)?;"
    " uk Сполучені Штати = Сполучен~ Штат~(?: Америки)?;"
    " ru Соединённые Штаты = Соедин[её]нн~ Штат~(?: Америки)?;"
    " bg Съединените щати = Съединени~ [Щщ]ати(?: на Америка)?;"
    " de Vereinigte Staaten = Vereinigte~ Staaten(?: von Amerika)?;"
    " pl Stany Zjednoczone = Stan~ Zjednoczon~;"
    " cs Spojené státy = Spojen~ [Ss]tát~(?: americk~)?;"
    " sk Spojené štáty = Spojen~ [Šš]tát~(?: americk~)?;"
    " fr États-Unis = [ÉE]tats-Unis;"
    " es Estados Unidos = Estados Unidos;"
    " it Stati Uniti = Stati Uniti;"
    " hr Sjedinjene Američke Države = Sjedinjen~ (?:Američk~ )?Držav~;"
    " sr Сједињене Америчке Државе = Сједињен~ (?:Америчк~ )?Држав~;"
    " el Ηνωμένες Πολιτείες = Ηνωμέν~ Πολιτεί~;"
    " ro Statele Unite = Statel~ Unit~;"
    " lt Jungtinės Valstijos = Jungtin~ Valstij~",
    "white-house:"
    " en White House = White House;"
    " uk Білий дім = Біл(?:ий|ого|ому|им|ім) д(?:ім|ому|омі|омом|ома);"
    " ru Белый дом = Бел(?:ый|ого|ому|ым|ом) дом(?:а|у|ом|е)?;"
    " bg Белият дом = Бели(?:я|ят) дом;"
    " de Weißes Haus = Weiße[sn]? Haus(?:es)?;"
    " pl Biały Dom = Biał(?:y|ego|emu|ym) Dom(?:u|em|owi)?;"
    " cs Bílý dům = Bíl(?:ý|ého|ému|ém|ým) d(?:ům|omu|omem|omě);"
    " sk Biely dom = Biel(?:y|eho|emu|om) dom(?:u|e|om)?;"
    " fr Maison Blanche = Maison(?:-| )Blanche;"
    " es Casa Blanca = Casa Blanca;"
    " it Casa Bianca = Casa Bianca;"
    " pt Casa Branca = Casa Branca;"
    " hr Bijela kuća = Bijel~ kuć~;"
    " sr Бела кућа = Бел~ кућ~ | Bel~ kuć~;"
    " el Λευκός Οίκος = Λευκ~ Οίκ~;"
    " ro Casa Albă = Cas~ Alb~",
    "european-union:"
    " en European Union = European Union;"
    " uk Європейський Союз = Європейськ(?:ий|ого|ому|им|ім) [Сс]оюз(?:у|ом|і)?;"
    " ru Европейский союз = Европейск(?:ий|ого|ому|им|ом) [Сс]оюз(?:а|у|ом|е)?;"
    " bg Европейският съюз = Европейски(?:я|ят)? [Сс]ъюз;"
    " de Europäische Union = Europäische~ Union;"
    " pl Unia Europejska = Uni~ Europejsk~;"
    " cs Evropská unie = Evropsk~ [Uu]ni~;"
    " sk Európska únia = Európsk~ [Úú]ni~;"
    " fr Union européenne = Union [Ee]uropéenne;"
    " es Unión Europea = Unión Europea;"
    " it Unione europea = Unione [Ee]uropea;"
    " pt União Europeia = União Europeia;"
    " hr Europska unija = Europsk~ [Uu]nij~;"
    " sr Европска унија = Европск~ [Уу]ниј~ | Evropsk~ [Uu]nij~;"
    " el Ευρωπαϊκή Ένωση = Ευρωπαϊκ~ Ένωσ~;"
    " ro Uniunea Europeană = Uniun~ European~",
    "united-nations:"
    " en United Nations = United Nations;"
    " uk Організація Об'єднаних Націй = (?:Організаці~ )?Об['’ʼ]єднаних [Нн]аці~;"
    " ru Организация Объединённых Наций = (?:Организаци~ )?Объедин[её]нных [Нн]аци~;"
    " bg Организацията на обединените нации = Обединените нации;"
    " de Vereinte Nationen = Vereinte~ Nationen;"
    " fr Nations unies = Nations [Uu]nies;"
    " es Naciones Unidas = Naciones Unidas;"
    " it Nazioni Unite = Nazioni Unite;"
    " pl Organizacja Narodów Zjednoczonych = Narod(?:y|ów) Zjednoczon~",
    "nato:"
    " en North Atlantic Treaty Organization = North Atlantic (?:Treaty Organi[sz]ation|Alliance);"
    " uk Північноатлантичний альянс = Північноатлантичн~ [Аа]льянс~;"
    " ru Североатлантический альянс = Североатлантическ~ [Аа]льянс~;"
    " bg Северноатлантическият алианс = Северноатлантически~ [Аа]лианс~;"
    " pl Sojusz Północnoatlantycki = Sojusz~ Północnoatlantyck~",
    "verkhovna-rada:"
    " en Verkhovna Rada = Verkhovna Rada;"
    " uk Верховна Рада = Верховн(?:а|ої|ій|ою) Рад(?:а|и|і|ою|у);"
    " ru Верховная рада = Верховн(?:ая|ой|ую) [Рр]ад(?:а|ы|е|ой|у);"
    " bg Върховната рада = Върховна(?:та)? [Рр]ада;"
    " de Werchowna Rada = Werchowna Rada;"
    " pl Rada Najwyższa = Rad~ Najwyższ~",
    "united-kingdom:"
    " en United Kingdom = (?:the )?United Kingdom | Great Britain;"
    " uk Велика Британія = Велик(?:а|ої|ій|у|ою) Британі~;"
    " ru Соединённое Королевство = Соедин[её]нн~ Королевств~;"
    " de Vereinigtes Königreich = Vereinigte~ Königreich~;"
    " pl Wielka Brytania = Wielk(?:a|iej|ą) Brytani~;"
    " cs Velká Británie = Velk(?:á|é|ou) Británi~;"
    " fr Royaume-Uni = Royaume-Uni;"
    " es Reino Unido = Reino Unido;"
    " it Regno Unito = Regno Unito;"
    " el Ηνωμένο Βασίλειο = Ηνωμέν~ Βασίλει~",
    "united-arab-emirates:"
    " en United Arab Emirates = United Arab Emirates;"
    " uk Об'єднані Арабські Емірати = Об['’ʼ]єднан~ Арабськ~ Емірат~;"
    " ru Объединённые Арабские Эмираты = Объедин[её]нн~ Арабск~ Эмират~;"
    " bg Обединените арабски емирства = Обединени~ [Аа]рабски [Ее]мирства;"
    " de Vereinigte Arabische Emirate = Vereinigte~ Arabische~ Emirate~;"
    " pl Zjednoczone Emiraty Arabskie = Zjednoczon~ Emirat~ Arabsk~",
    "saudi-arabia:"
    " en Saudi Arabia = Saudi Arabia;"
    " uk Саудівська Аравія = Саудівськ~ Араві~;"
    " ru Саудовская Аравия = Саудовск~ Арави~;"
    " bg Саудитска Арабия = Саудитска Арабия;"
    " de Saudi-Arabien = Saudi-Arabien;"
    " pl Arabia Saudyjska = Arabi~ Saudyjsk~",
    "north-korea:"
    " en North Korea = North Korea;"
    " uk Північна Корея = Північн~ Коре~;"
    " ru Северная Корея = Северн~ Коре~;"
    " de Nordkorea = Nordkorea~;"
    " pl Korea Północna = Kore~ Północn~",
    "south-korea:"
    " en South Korea = South Korea;"
    " uk Південна Корея = Південн~ Коре~;"
    " ru Южная Корея = Южн~ Коре~;"
    " de Südkorea = Südkorea~;"
    " pl Korea Południowa = Kore~ Południow~",
    "czechia:"
    " en Czech Republic = Czech Republic;"
    " uk Чеська Республіка = Чеськ~ Республік~;"
    " ru Чешская Республика = Чешск~ Республик~;"
    " cs Česká republika = Česk~ republik~",
)
