"""The words institutions are named with, as language-independent concepts.

"Специализираната антикорупционна прокуратура", "Specialised Anti-Corruption Prosecutor's
Office" and "Спеціалізована антикорупційна прокуратура" share no spelling, but each word
names the same idea. :func:`storywire.stories._namematch.concept_signature` maps every content
word of a name to a concept here (or keeps it as a name key when it is itself a name), so two
translations of one name get one signature. General vocabulary of institution, party and
prize names in the languages storywire reads; nothing taken from any particular article.

Each concept lists word *stems* (a word matches when it starts with one, casefolded) and
*exact* forms for words too short to match by prefix ("мир" would also match "мировой").
German compounds are read inside the word ("Friedensnobelpreis" = peace, nobel, prize).
"Office" is left out when two other concepts remain: "Prosecutor's Office" is one word,
"прокуратура", in most languages.
"""

from __future__ import annotations

#: concept -> stems (prefix match)
STEMS: dict[str, tuple[str, ...]] = {
    "national": ("національн", "национальн", "национал", "national", "narodow", "nazional"),
    "office": ("бюро", "bureau", "büro", "biur", "офіс", "офис", "office", "kancelari"),
    "anticorruption": ("антикорупц", "антикорупцион", "антикорруп", "корупц", "коррупц",
                       "corruption", "korruption", "korupc", "antykorupc", "anticorru"),
    "prosecution": ("прокуратур", "prosecut", "staatsanwalt", "prokuratur", "parquet"),
    "specialised": ("спеціалізован", "специализирован", "специализиран", "speciali",
                    "sonder", "wyspecjalizowan", "specjaln", "spécialisé"),
    "security": ("безпек", "безопасност", "сигурност", "security", "sicherheit",
                 "bezpieczeńst", "sécurité"),
    "defence": ("оборон", "отбран", "defence", "defense", "verteidigung", "obron",
                "défense"),
    "council": ("совет", "съвет", "council", "conseil"),
    "central": ("централн", "центральн", "централ", "central", "zentral", "centraln"),
    "electoral": ("виборч", "избирател", "electoral", "election", "wahl", "wyborcz",
                  "électoral"),
    "commission": ("комісі", "комисси", "комиси", "commission", "kommission", "komisj"),
    "committee": ("комітет", "комитет", "committee", "komitee", "komitet", "comité"),
    "prize": ("премі", "премии", "премия", "премию", "премией", "наград", "нагород",
              "prize", "preis", "nagrod"),
    "nobel": ("нобел", "nobel"),
    "institute": ("інститут", "институт", "institut", "instytut"),
    "president": ("президент", "presiden", "präsident", "prezydent", "présiden"),
    "administration": ("адміністрац", "администрац", "administra", "verwaltung"),
    "ministry": ("міністерств", "министерств", "ministry", "ministerium", "ministerstw",
                 "ministère"),
    "foreign": ("закордонн", "иностранн", "външни", "foreign", "auswärtig", "zagraniczn",
                "étrangèr"),
    "affairs": ("affair", "angelegenheit", "affaires"),
    "justice": ("юстиці", "юстици", "правосъди", "justice", "justiz", "sprawiedliwoś"),
    "finance": ("фінанс", "финанс", "financ", "finanz", "finans"),
    "solidarity": ("солідарн", "солидарн", "solidar"),
    "freedom": ("свобод", "freedom", "freiheit", "wolnoś", "liberté"),
    "direct": ("прям", "direct", "direkt", "bezpośredn"),
    "democracy": ("демокра", "democra", "demokra", "démocra"),
    "mayor": ("кмет", "мэр", "mayor", "bürgermeister", "burmistrz"),
    "independent": ("незалежн", "независим", "independ", "unabhängig", "niezależn"),
    "pirate": ("пірат", "пират", "pirat"),
    "together": ("разом", "вместе", "заедно", "together", "gemeinsam", "razem"),
    "general": ("генеральн", "general", "generał", "général"),
    "staff": ("штаб", "staff", "sztab"),
    "armed": ("збройн", "вооруж", "въоръж", "armed", "streitkräft", "zbrojn"),
    "intelligence": ("розвідк", "разведк", "разузнав", "intelligence", "nachrichtendienst",
                     "wywiad"),
    "state": ("державн", "государствен", "държавн", "staatlich", "państwow"),
    "supreme": ("верховн", "supreme", "najwyższ"),
    "court": ("суд", "court", "gericht", "sąd"),
    "constitutional": ("конституц", "constitution", "verfassung", "konstytuc"),
    "union": ("союз", "съюз", "union", "unia"),
    "european": ("європ", "европ", "europ"),
    "parliament": ("парламент", "parliament", "parlament"),
    "peace": ("frieden", "peace"),
}

#: concept -> whole words (for words a prefix would over-match)
EXACT: dict[str, tuple[str, ...]] = {
    "council": ("рада", "ради", "раді", "раду", "радою", "rada", "rady", "radzie", "radę",
                "rat", "rates", "rats"),
    "peace": ("мир", "мира", "миру", "миром", "pokój", "pokoju", "paix"),
    "action": ("дія", "дії", "дію", "действие", "действия", "действии", "действието",
               "action", "aktion", "akcja", "akcji", "acțiune"),
    "forces": ("сили", "сил", "силы", "forces", "kräfte", "sił", "siły"),
    "state": ("state", "staat", "staates"),
    "direct": ("пряка", "пряко", "прямой", "прямая", "пряма"),
    "affairs": ("справ", "дел", "работи", "spraw"),
}

#: short words read inside German compounds ("Sicherheitsrat", "Staatsanwaltschaft")
COMPOUND_PARTS: dict[str, tuple[str, ...]] = {
    "council": ("rat",),
    "state": ("staats",),
}

#: words that carry no concept in a name (articles, prepositions, conjunctions, "anti")
FILLERS_TEXT = (
    "the of and for on in at to a an der die das des dem den und für von zur zum im"
    " i і й та и на за по в у з із с со от до для при ніж"
    " w z ze na do dla oraz et de du des la le les pour anti s"
)
FILLERS: frozenset[str] = frozenset(FILLERS_TEXT.split())
