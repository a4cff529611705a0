"""A general world gazetteer: one English canonical name for widely known entities.

Everything here is general knowledge, written from public reference knowledge (ISO 3166 via
pycountry, official names of international bodies, the heads of state and government of major
countries in 2015-2026): nothing is derived from storywire's seeds or evaluation data. See
``docs/gazetteer.md`` for sources and the rules for adding entries.

Line format (like ``_namedata``): ``"slug|TYPE|English name|lang form, form; lang,lang form"``.
Forms are nominatives as written in that language; inflected forms reach an entry through the
cross-script key (:func:`storywire.nlp.names.name_key`), so a form needs listing only when its
key differs from the English name's (listing more does no harm). ``TYPE`` is PER, ORG, LOC or
MISC; ``PER~`` marks a person whose bare surname is too common or too short to stand for them
(Johnson, Kim, Li): only full forms and the listed short forms reach them.

Countries come from pycountry (names in uk, ru, bg, de, pl, fr from its gettext catalogues,
available offline) plus :data:`COUNTRY_EXTRA` for the short forms news actually uses.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

#: ISO 3166 alpha-2 -> English display name, where pycountry's name is formal or outdated
COUNTRY_NAMES: dict[str, str] = {
    "RU": "Russia", "US": "United States", "GB": "United Kingdom", "IR": "Iran",
    "KR": "South Korea", "KP": "North Korea", "SY": "Syria", "VN": "Vietnam", "LA": "Laos",
    "MD": "Moldova", "TW": "Taiwan", "TZ": "Tanzania", "VE": "Venezuela", "BO": "Bolivia",
    "PS": "Palestine", "VA": "Vatican City", "CD": "DR Congo", "CG": "Republic of the Congo",
    "FM": "Micronesia", "TR": "Turkey", "CZ": "Czechia", "CI": "Ivory Coast",
    "MK": "North Macedonia",
    "BN": "Brunei", "CV": "Cape Verde", "SZ": "Eswatini", "VG": "British Virgin Islands",
    "VI": "US Virgin Islands", "FK": "Falkland Islands", "CC": "Cocos Islands",
}  # fmt: skip

#: short and colloquial country forms per language (pycountry has the formal ones)
COUNTRY_EXTRA: tuple[str, ...] = (
    "US| en USA, U.S., US, America, United States of America, the States; uk США, Америка,"
    " Сполучені Штати, Сполучені Штати Америки, Штати; ru США, Америка, Соединённые Штаты,"
    " Соединенные Штаты, Штаты; bg САЩ, Америка, Съединените щати, Щатите; de USA,"
    " Vereinigte Staaten, Amerika; pl USA, Stany Zjednoczone, Ameryka; fr États-Unis, Amérique",
    "GB| en UK, U.K., Britain, Great Britain; uk Британія, Велика Британія, Великобританія;"
    " ru Великобритания, Британия, Соединённое Королевство; bg Великобритания, Обединеното"
    " кралство, Британия; de Großbritannien, Vereinigtes Königreich; pl Wielka Brytania;"
    " fr Royaume-Uni, Grande-Bretagne",
    "RU| en Russian Federation; uk Росія, РФ, Російська Федерація; ru Россия, РФ, Российская"
    " Федерация; bg Русия, Руската федерация; de Russland, Russische Föderation; pl Rosja;"
    " fr Russie",
    "UA| uk Україна; ru Украина; bg Украйна; de Ukraine; pl Ukraina; fr Ukraine",
    "BY| en Belarus, Byelorussia; uk Білорусь, Білорусія; ru Беларусь, Белоруссия, Белорусь;"
    " bg Беларус; de Belarus, Weißrussland; pl Białoruś; fr Biélorussie, Bélarus",
    "DE| uk Німеччина, ФРН; ru Германия, ФРГ; bg Германия; de Deutschland, BRD; pl Niemcy;"
    " fr Allemagne",
    "FR| uk Франція; ru Франция; bg Франция; de Frankreich; pl Francja",
    "CN| en China, PRC; uk Китай, КНР; ru Китай, КНР; bg Китай; de China, Volksrepublik China;"
    " pl Chiny, ChRL; fr Chine",
    "KP| en North Korea, DPRK; uk Північна Корея, КНДР; ru Северная Корея, КНДР; bg Северна"
    " Корея, КНДР; de Nordkorea; pl Korea Północna, KRLD; fr Corée du Nord",
    "KR| en South Korea; uk Південна Корея; ru Южная Корея; bg Южна Корея; de Südkorea;"
    " pl Korea Południowa; fr Corée du Sud",
    "CZ| en Czech Republic; uk Чехія; ru Чехия; bg Чехия; de Tschechien; pl Czechy;"
    " fr Tchéquie, République tchèque",
    "MD| uk Молдова; ru Молдова, Молдавия; bg Молдова; de Moldau, Moldawien; pl Mołdawia;"
    " fr Moldavie",
    "NL| en Netherlands, Holland; uk Нідерланди, Голландія; ru Нидерланды, Голландия;"
    " bg Нидерландия, Холандия; de Niederlande, Holland; pl Holandia; fr Pays-Bas",
    "TR| en Türkiye; uk Туреччина; ru Турция; bg Турция; de Türkei; pl Turcja; fr Turquie",
    "IR| uk Іран; ru Иран; bg Иран; de Iran; pl Iran; fr Iran",
    "SY| uk Сирія; ru Сирия; bg Сирия; de Syrien; pl Syria; fr Syrie",
    "VN| uk В'єтнам; ru Вьетнам; bg Виетнам; de Vietnam; pl Wietnam; fr Viêt Nam",
    "VA| en Vatican, Holy See; uk Ватикан; ru Ватикан; bg Ватикана; de Vatikan; pl Watykan;"
    " fr Vatican, Saint-Siège",
    "PS| en Palestine, Palestinian territories; uk Палестина; ru Палестина; bg Палестина;"
    " de Palästina; pl Palestyna; fr Palestine",
    "AE| en UAE, Emirates; uk ОАЕ, Емірати; ru ОАЭ, Эмираты; bg ОАЕ; de VAE, Emirate;"
    " pl ZEA, Emiraty; fr EAU, Émirats",
    "SA| uk Саудівська Аравія; ru Саудовская Аравия; bg Саудитска Арабия; de Saudi-Arabien;"
    " pl Arabia Saudyjska; fr Arabie saoudite",
    "IL| uk Ізраїль; ru Израиль; bg Израел; de Israel; pl Izrael; fr Israël",
    "CD| en Democratic Republic of the Congo, DRC; uk ДР Конго; ru ДР Конго; fr RDC",
    "MK| en Macedonia; uk Північна Македонія, Македонія; ru Северная Македония, Македония;"
    " bg Северна Македония, Македония; de Nordmazedonien; pl Macedonia Północna",
    "GE| uk Грузія; ru Грузия; bg Грузия; de Georgien; pl Gruzja; fr Géorgie",
    "IN| uk Індія; ru Индия; bg Индия; de Indien; pl Indie; fr Inde",
    "JP| uk Японія; ru Япония; bg Япония; de Japan; pl Japonia; fr Japon",
    "HU| uk Угорщина; ru Венгрия; bg Унгария; de Ungarn; pl Węgry; fr Hongrie",
    "FI| uk Фінляндія; ru Финляндия; bg Финландия; de Finnland; pl Finlandia; fr Finlande",
    "EE| uk Естонія; ru Эстония; bg Естония; de Estland; pl Estonia; fr Estonie",
    "LV| uk Латвія; ru Латвия; bg Латвия; de Lettland; pl Łotwa; fr Lettonie",
    "LT| uk Литва; ru Литва; bg Литва; de Litauen; pl Litwa; fr Lituanie",
    "KZ| uk Казахстан; ru Казахстан; bg Казахстан; de Kasachstan; pl Kazachstan",
    "XK| en Kosovo; uk Косово; ru Косово; bg Косово; de Kosovo; pl Kosowo; fr Kosovo",
)

#: capitals and major cities international news names (English name, then differing forms)
CITIES: tuple[str, ...] = (
    "kyiv|LOC|Kyiv|en Kiev; uk Київ; ru Киев; bg Киев; de Kiew; pl Kijów; fr Kiev, Kyiv",
    "moscow|LOC|Moscow|uk Москва; ru Москва; bg Москва; de Moskau; pl Moskwa; fr Moscou",
    "minsk|LOC|Minsk|uk Мінськ; ru Минск; bg Минск; pl Mińsk",
    "washington|LOC|Washington|en Washington D.C., Washington, D.C.; uk Вашингтон;"
    " ru Вашингтон; bg Вашингтон; pl Waszyngton",
    "london|LOC|London|uk Лондон; ru Лондон; bg Лондон; pl Londyn; fr Londres",
    "paris|LOC|Paris|uk Париж; ru Париж; bg Париж; pl Paryż",
    "berlin|LOC|Berlin|uk Берлін; ru Берлин; bg Берлин",
    "warsaw|LOC|Warsaw|uk Варшава; ru Варшава; bg Варшава; de Warschau; pl Warszawa;"
    " fr Varsovie",
    "brussels|LOC|Brussels|uk Брюссель; ru Брюссель; bg Брюксел; de Brüssel; pl Bruksela;"
    " fr Bruxelles",
    "beijing|LOC|Beijing|en Peking; uk Пекін; ru Пекин; bg Пекин; de Peking; pl Pekin;"
    " fr Pékin",
    "tokyo|LOC|Tokyo|uk Токіо; ru Токио; bg Токио; de Tokio; pl Tokio",
    "rome|LOC|Rome|uk Рим; ru Рим; bg Рим; de Rom; pl Rzym",
    "madrid|LOC|Madrid|uk Мадрид; ru Мадрид; bg Мадрид",
    "lisbon|LOC|Lisbon|uk Лісабон; ru Лиссабон; bg Лисабон; de Lissabon; pl Lizbona;"
    " fr Lisbonne",
    "vienna|LOC|Vienna|uk Відень; ru Вена; bg Виена; de Wien; pl Wiedeń; fr Vienne",
    "prague|LOC|Prague|uk Прага; ru Прага; bg Прага; de Prag; pl Praga",
    "budapest|LOC|Budapest|uk Будапешт; ru Будапешт; bg Будапеща; pl Budapeszt",
    "bratislava|LOC|Bratislava|uk Братислава; ru Братислава; bg Братислава; de Pressburg;"
    " pl Bratysława",
    "bucharest|LOC|Bucharest|uk Бухарест; ru Бухарест; bg Букурещ; de Bukarest;"
    " pl Bukareszt; fr Bucarest",
    "sofia|LOC|Sofia|uk Софія; ru София; bg София; de Sofia; pl Sofia",
    "belgrade|LOC|Belgrade|uk Белград; ru Белград; bg Белград; de Belgrad; pl Belgrad",
    "zagreb|LOC|Zagreb|uk Загреб; ru Загреб; bg Загреб",
    "ljubljana|LOC|Ljubljana|uk Любляна; ru Любляна; bg Любляна; de Laibach; pl Lublana",
    "athens|LOC|Athens|uk Афіни; ru Афины; bg Атина; de Athen; pl Ateny; fr Athènes",
    "chisinau|LOC|Chisinau|en Kishinev; uk Кишинів; ru Кишинёв, Кишинев; bg Кишинев;"
    " de Chișinău; pl Kiszyniów",
    "vilnius|LOC|Vilnius|uk Вільнюс; ru Вильнюс; bg Вилнюс; pl Wilno",
    "riga|LOC|Riga|uk Рига; ru Рига; bg Рига; pl Ryga",
    "tallinn|LOC|Tallinn|uk Таллінн; ru Таллин; bg Талин",
    "helsinki|LOC|Helsinki|uk Гельсінкі; ru Хельсинки; bg Хелзинки",
    "stockholm|LOC|Stockholm|uk Стокгольм; ru Стокгольм; bg Стокхолм; pl Sztokholm",
    "oslo|LOC|Oslo|uk Осло; ru Осло; bg Осло",
    "copenhagen|LOC|Copenhagen|uk Копенгаген; ru Копенгаген; bg Копенхаген; de Kopenhagen;"
    " pl Kopenhaga; fr Copenhague",
    "amsterdam|LOC|Amsterdam|uk Амстердам; ru Амстердам; bg Амстердам",
    "the-hague|LOC|The Hague|uk Гаага; ru Гаага; bg Хага; de Den Haag; pl Haga; fr La Haye",
    "bern|LOC|Bern|uk Берн; ru Берн; bg Берн; fr Berne",
    "geneva|LOC|Geneva|uk Женева; ru Женева; bg Женева; de Genf; pl Genewa; fr Genève",
    "dublin|LOC|Dublin|uk Дублін; ru Дублин; bg Дъблин",
    "ankara|LOC|Ankara|uk Анкара; ru Анкара; bg Анкара",
    "istanbul|LOC|Istanbul|uk Стамбул; ru Стамбул; bg Истанбул; pl Stambuł",
    "tbilisi|LOC|Tbilisi|uk Тбілісі; ru Тбилиси; bg Тбилиси; pl Tbilisi",
    "yerevan|LOC|Yerevan|uk Єреван; ru Ереван; bg Ереван; de Jerewan; pl Erywań",
    "baku|LOC|Baku|uk Баку; ru Баку; bg Баку",
    "astana|LOC|Astana|uk Астана; ru Астана; bg Астана",
    "tehran|LOC|Tehran|uk Тегеран; ru Тегеран; bg Техеран; de Teheran; pl Teheran;"
    " fr Téhéran",
    "jerusalem|LOC|Jerusalem|uk Єрусалим; ru Иерусалим; bg Йерусалим; pl Jerozolima;"
    " fr Jérusalem",
    "tel-aviv|LOC|Tel Aviv|uk Тель-Авів; ru Тель-Авив; bg Тел Авив",
    "gaza|LOC|Gaza|en Gaza Strip; uk Газа, Сектор Газа; ru Газа, Сектор Газа; bg Газа,"
    " Ивицата Газа; de Gaza, Gazastreifen; pl Strefa Gazy; fr Gaza, bande de Gaza",
    "damascus|LOC|Damascus|uk Дамаск; ru Дамаск; bg Дамаск; pl Damaszek; fr Damas",
    "beirut|LOC|Beirut|uk Бейрут; ru Бейрут; bg Бейрут; fr Beyrouth",
    "baghdad|LOC|Baghdad|uk Багдад; ru Багдад; bg Багдад; pl Bagdad; fr Bagdad",
    "cairo|LOC|Cairo|uk Каїр; ru Каир; bg Кайро; de Kairo; pl Kair; fr Le Caire",
    "riyadh|LOC|Riyadh|uk Ер-Ріяд, Ріяд; ru Эр-Рияд, Рияд; bg Рияд; de Riad; pl Rijad",
    "doha|LOC|Doha|uk Доха; ru Доха; bg Доха",
    "abu-dhabi|LOC|Abu Dhabi|uk Абу-Дабі; ru Абу-Даби; bg Абу Даби",
    "dubai|LOC|Dubai|uk Дубай; ru Дубай; bg Дубай; pl Dubaj; fr Dubaï",
    "kabul|LOC|Kabul|uk Кабул; ru Кабул; bg Кабул",
    "new-delhi|LOC|New Delhi|uk Нью-Делі; ru Нью-Дели; bg Ню Делхи; de Neu-Delhi;"
    " pl Nowe Delhi; fr New Delhi",
    "seoul|LOC|Seoul|uk Сеул; ru Сеул; bg Сеул; de Seoul; fr Séoul",
    "pyongyang|LOC|Pyongyang|uk Пхеньян; ru Пхеньян; bg Пхенян; de Pjöngjang; pl Pjongjang",
    "taipei|LOC|Taipei|uk Тайбей; ru Тайбэй, Тайбей; bg Тайпе",
    "ottawa|LOC|Ottawa|uk Оттава; ru Оттава; bg Отава",
    "mexico-city|LOC|Mexico City|uk Мехіко; ru Мехико; bg Мексико сити; de Mexiko-Stadt",
    "brasilia|LOC|Brasília|en Brasilia; uk Бразиліа; ru Бразилиа; pl Brasília",
    "buenos-aires|LOC|Buenos Aires|uk Буенос-Айрес; ru Буэнос-Айрес; bg Буенос Айрес",
    "caracas|LOC|Caracas|uk Каракас; ru Каракас; bg Каракас",
    "havana|LOC|Havana|uk Гавана; ru Гавана; bg Хавана; de Havanna; pl Hawana; fr La Havane",
    "canberra|LOC|Canberra|uk Канберра; ru Канберра; bg Канбера",
    "pretoria|LOC|Pretoria|uk Преторія; ru Претория; bg Претория",
    "nairobi|LOC|Nairobi|uk Найробі; ru Найроби; bg Найроби",
    "new-york|LOC|New York|en New York City, NYC; uk Нью-Йорк; ru Нью-Йорк; bg Ню Йорк;"
    " pl Nowy Jork",
    "los-angeles|LOC|Los Angeles|uk Лос-Анджелес; ru Лос-Анджелес; bg Лос Анджелис",
    "st-petersburg|LOC|Saint Petersburg|en St Petersburg, St. Petersburg; uk Санкт-Петербург,"
    " Петербург; ru Санкт-Петербург, Петербург; bg Санкт Петербург; de Sankt Petersburg;"
    " pl Petersburg, Sankt Petersburg; fr Saint-Pétersbourg",
    "munich|LOC|Munich|uk Мюнхен; ru Мюнхен; bg Мюнхен; de München; pl Monachium",
    "strasbourg|LOC|Strasbourg|uk Страсбург; ru Страсбург; bg Страсбург; de Straßburg",
    "davos|LOC|Davos|uk Давос; ru Давос; bg Давос",
    "kharkiv|LOC|Kharkiv|en Kharkov; uk Харків; ru Харьков; bg Харков; de Charkiw; pl Charków",
    "odesa|LOC|Odesa|en Odessa; uk Одеса; ru Одесса; bg Одеса; pl Odessa",
    "lviv|LOC|Lviv|uk Львів; ru Львов; bg Лвов; de Lwiw, Lemberg; pl Lwów",
    "dnipro|LOC|Dnipro|uk Дніпро; ru Днепр; pl Dniepr",
    "zaporizhzhia|LOC|Zaporizhzhia|uk Запоріжжя; ru Запорожье; bg Запорожие; pl Zaporoże",
    "kherson|LOC|Kherson|uk Херсон; ru Херсон; bg Херсон; de Cherson; pl Chersoń",
    "donetsk|LOC|Donetsk|uk Донецьк; ru Донецк; bg Донецк; pl Donieck",
    "luhansk|LOC|Luhansk|en Lugansk; uk Луганськ; ru Луганск; bg Луганск; pl Ługańsk",
    "mariupol|LOC|Mariupol|uk Маріуполь; ru Мариуполь; bg Мариупол",
    "sevastopol|LOC|Sevastopol|uk Севастополь; ru Севастополь; bg Севастопол; pl Sewastopol",
    "crimea|LOC|Crimea|uk Крим; ru Крым; bg Крим; de Krim; pl Krym; fr Crimée",
    "donbas|LOC|Donbas|en Donbass; uk Донбас; ru Донбасс; bg Донбас",
    "europe|LOC|Europe|uk Європа; ru Европа; bg Европа; de Europa; pl Europa",
)

#: international organisations, with their acronyms per language
ORGANISATIONS: tuple[str, ...] = (
    "un|ORG|United Nations|en UN, U.N.; uk ООН, Організація Об'єднаних Націй; ru ООН,"
    " Организация Объединённых Наций; bg ООН, Организацията на обединените нации;"
    " de UN, UNO, Vereinte Nationen; pl ONZ, Organizacja Narodów Zjednoczonych;"
    " fr ONU, Nations unies",
    "un-security-council|ORG|UN Security Council|en Security Council, UNSC; uk Рада Безпеки"
    " ООН, Радбез ООН, Радбез; ru Совет Безопасности ООН, Совбез ООН, Совбез; bg Съвета за"
    " сигурност на ООН; de UN-Sicherheitsrat, Sicherheitsrat; pl Rada Bezpieczeństwa ONZ;"
    " fr Conseil de sécurité",
    "un-general-assembly|ORG|UN General Assembly|uk Генасамблея ООН, Генеральна Асамблея ООН;"
    " ru Генассамблея ООН, Генеральная Ассамблея ООН; bg Общото събрание на ООН;"
    " de UN-Vollversammlung; pl Zgromadzenie Ogólne ONZ; fr Assemblée générale de l'ONU",
    "nato|ORG|NATO|en North Atlantic Treaty Organization, Nato; uk НАТО, Північноатлантичний"
    " альянс; ru НАТО, Североатлантический альянс; bg НАТО; de NATO, Nato; pl NATO;"
    " fr OTAN",
    "eu|ORG|European Union|en EU; uk ЄС, Євросоюз, Європейський Союз; ru ЕС, Евросоюз,"
    " Европейский союз; bg ЕС, Европейския съюз, Евросъюз; de EU, Europäische Union;"
    " pl UE, Unia Europejska; fr UE, Union européenne",
    "european-commission|ORG|European Commission|en EC; uk Європейська комісія, Єврокомісія;"
    " ru Европейская комиссия, Еврокомиссия; bg Европейската комисия, Еврокомисията;"
    " de EU-Kommission, Europäische Kommission; pl Komisja Europejska;"
    " fr Commission européenne",
    "european-parliament|ORG|European Parliament|uk Європарламент, Європейський парламент;"
    " ru Европарламент, Европейский парламент; bg Европейския парламент, Европарламента;"
    " de Europaparlament, Europäisches Parlament; pl Parlament Europejski;"
    " fr Parlement européen",
    "european-council|ORG|European Council|uk Європейська рада, Єврорада; ru Европейский"
    " совет, Евросовет; bg Европейския съвет; de Europäischer Rat; pl Rada Europejska;"
    " fr Conseil européen",
    "council-of-europe|ORG|Council of Europe|uk Рада Європи; ru Совет Европы; bg Съвета на"
    " Европа; de Europarat; pl Rada Europy; fr Conseil de l'Europe",
    "osce|ORG|OSCE|en Organization for Security and Co-operation in Europe; uk ОБСЄ;"
    " ru ОБСЕ; bg ОССЕ; de OSZE; pl OBWE; fr OSCE",
    "iaea|ORG|IAEA|en International Atomic Energy Agency; uk МАГАТЕ; ru МАГАТЭ; bg МААЕ;"
    " de IAEA, IAEO, Internationale Atomenergiebehörde; pl MAEA; fr AIEA",
    "who|ORG|World Health Organization|en WHO; uk ВООЗ, Всесвітня організація охорони"
    " здоров'я; ru ВОЗ, Всемирная организация здравоохранения; bg СЗО, Световната"
    " здравна организация; de WHO, Weltgesundheitsorganisation; pl WHO, Światowa Organizacja"
    " Zdrowia; fr OMS, Organisation mondiale de la santé",
    "imf|ORG|International Monetary Fund|en IMF; uk МВФ, Міжнародний валютний фонд;"
    " ru МВФ, Международный валютный фонд; bg МВФ, Международния валутен фонд;"
    " de IWF, Internationaler Währungsfonds; pl MFW, Międzynarodowy Fundusz Walutowy;"
    " fr FMI, Fonds monétaire international",
    "world-bank|ORG|World Bank|uk Світовий банк; ru Всемирный банк; bg Световната банка;"
    " de Weltbank; pl Bank Światowy; fr Banque mondiale",
    "wto|ORG|World Trade Organization|en WTO; uk СОТ; ru ВТО; bg СТО; de WTO; pl WTO; fr OMC",
    "icrc|ORG|International Committee of the Red Cross|en ICRC, Red Cross; uk МКЧХ,"
    " Червоний Хрест, Міжнародний комітет Червоного Хреста; ru МККК, Красный Крест,"
    " Международный комитет Красного Креста; bg МКЧК, Червения кръст; de IKRK, Rotes Kreuz;"
    " pl MKCK, Czerwony Krzyż; fr CICR, Croix-Rouge",
    "unesco|ORG|UNESCO|uk ЮНЕСКО; ru ЮНЕСКО; bg ЮНЕСКО",
    "unicef|ORG|UNICEF|uk ЮНІСЕФ; ru ЮНИСЕФ; bg УНИЦЕФ",
    "unhcr|ORG|UNHCR|en UN Refugee Agency; uk УВКБ ООН; ru УВКБ ООН; fr HCR",
    "ohchr|ORG|UN Human Rights Office|en OHCHR; uk УВКПЛ ООН; ru УВКПЧ ООН",
    "g7|ORG|G7|en Group of Seven; uk Велика сімка, G7; ru Большая семёрка, G7; bg G7;"
    " de G7; pl G7; fr G7",
    "g20|ORG|G20|en Group of Twenty; uk Велика двадцятка, G20; ru Большая двадцатка, G20;"
    " bg G20",
    "brics|ORG|BRICS|uk БРІКС; ru БРИКС; bg БРИКС",
    "opec|ORG|OPEC|uk ОПЕК; ru ОПЕК; bg ОПЕК; fr OPEP",
    "asean|ORG|ASEAN|uk АСЕАН; ru АСЕАН; bg АСЕАН",
    "african-union|ORG|African Union|uk Африканський союз; ru Африканский союз;"
    " bg Африканския съюз; de Afrikanische Union; pl Unia Afrykańska; fr Union africaine",
    "arab-league|ORG|Arab League|uk Ліга арабських держав; ru Лига арабских государств;"
    " bg Арабската лига; de Arabische Liga; pl Liga Arabska; fr Ligue arabe",
    "csto|ORG|CSTO|en Collective Security Treaty Organization; uk ОДКБ; ru ОДКБ; bg ОДКС",
    "sco|ORG|Shanghai Cooperation Organisation|en SCO; uk ШОС; ru ШОС; bg ШОС",
    "cis|ORG|Commonwealth of Independent States|en CIS; uk СНД; ru СНГ; bg ОНД; de GUS;"
    " pl WNP; fr CEI",
    "eaeu|ORG|Eurasian Economic Union|en EAEU; uk ЄАЕС; ru ЕАЭС; bg ЕАИС",
    "interpol|ORG|Interpol|uk Інтерпол; ru Интерпол; bg Интерпол",
    "europol|ORG|Europol|uk Європол; ru Европол; bg Европол",
    "icc|ORG|International Criminal Court|en ICC; uk МКС, Міжнародний кримінальний суд;"
    " ru МУС, Международный уголовный суд; bg МНС, Международния наказателен съд;"
    " de IStGH, Internationaler Strafgerichtshof; pl MTK, Międzynarodowy Trybunał Karny;"
    " fr CPI, Cour pénale internationale",
    "icj|ORG|International Court of Justice|en ICJ; uk Міжнародний суд ООН; ru Международный"
    " суд ООН; bg Международния съд; de Internationaler Gerichtshof, IGH;"
    " pl Międzynarodowy Trybunał Sprawiedliwości; fr Cour internationale de justice, CIJ",
    "echr|ORG|European Court of Human Rights|en ECHR; uk ЄСПЛ, Європейський суд з прав"
    " людини; ru ЕСПЧ, Европейский суд по правам человека; bg ЕСПЧ; de EGMR; pl ETPC;"
    " fr CEDH",
    "ecb|ORG|European Central Bank|en ECB; uk ЄЦБ; ru ЕЦБ; bg ЕЦБ; de EZB; pl EBC; fr BCE",
    "ebrd|ORG|EBRD|en European Bank for Reconstruction and Development; uk ЄБРР; ru ЕБРР;"
    " bg ЕБВР; de EBWE; pl EBOiR; fr BERD",
    "oecd|ORG|OECD|uk ОЕСР; ru ОЭСР; bg ОИСР; de OECD; pl OECD; fr OCDE",
    "amnesty|ORG|Amnesty International|uk Amnesty International, Міжнародна амністія;"
    " ru Amnesty International, Международная амнистия; bg Амнести Интернешънъл",
    "hrw|ORG|Human Rights Watch|en HRW; uk Human Rights Watch; ru Human Rights Watch,"
    " Хьюман Райтс Вотч",
    "nobel-committee|ORG|Norwegian Nobel Committee|en Nobel Committee; uk Нобелівський"
    " комітет; ru Нобелевский комитет; bg Нобеловия комитет; de Nobelkomitee;"
    " pl Komitet Noblowski; fr Comité Nobel",
    "hamas|ORG|Hamas|uk ХАМАС; ru ХАМАС; bg Хамас; de Hamas; pl Hamas; fr Hamas",
    "hezbollah|ORG|Hezbollah|uk Хезболла; ru Хезболла, Хезболлах; bg Хизбула; de Hisbollah;"
    " pl Hezbollah; fr Hezbollah",
    "taliban|ORG|Taliban|uk Талібан; ru Талибан; bg Талибан, Талибаните; de Taliban;"
    " pl Talibowie; fr talibans",
    "isis|ORG|Islamic State|en ISIS, ISIL, IS; uk ІДІЛ, Ісламська держава; ru ИГИЛ,"
    " Исламское государство; bg ИДИЛ, Ислямска държава; de IS, Islamischer Staat;"
    " pl Państwo Islamskie; fr EI, État islamique",
)

#: major news agencies and outlets with world reach
AGENCIES: tuple[str, ...] = (
    "reuters|ORG|Reuters|uk Reuters, Рейтер, Рейтерс; ru Reuters, Рейтер, Рейтерс;"
    " bg Ройтерс, Reuters",
    "ap|ORG|Associated Press|en AP, The Associated Press; uk Associated Press, Асошіейтед"
    " Прес, AP; ru Associated Press, Ассошиэйтед Пресс, AP; bg Асошиейтед прес, АП",
    "afp|ORG|AFP|en Agence France-Presse; uk AFP, Франс Прес, Франс-Прес; ru AFP,"
    " Франс Пресс, Франс-Пресс; bg АФП, Франс прес",
    "bloomberg|ORG|Bloomberg|uk Bloomberg, Блумберг; ru Bloomberg, Блумберг; bg Блумбърг,"
    " Bloomberg",
    "tass|ORG|TASS|uk ТАРС, ТАСС; ru ТАСС; bg ТАСС; de TASS; pl TASS",
    "ria-novosti|ORG|RIA Novosti|en RIA; uk РІА Новини, РИА Новости; ru РИА Новости, РИА;"
    " bg РИА Новости",
    "interfax|ORG|Interfax|uk Інтерфакс; ru Интерфакс; bg Интерфакс",
    "interfax-ukraine|ORG|Interfax-Ukraine|uk Інтерфакс-Україна; ru Интерфакс-Украина",
    "ukrinform|ORG|Ukrinform|uk Укрінформ; ru Укринформ; bg Укринформ",
    "unian|ORG|UNIAN|uk УНІАН; ru УНИАН",
    "bta|ORG|BTA|en Bulgarian News Agency; bg БТА, Българската телеграфна агенция",
    "pap|ORG|PAP|en Polish Press Agency; pl PAP, Polska Agencja Prasowa",
    "dpa|ORG|dpa|en DPA, Deutsche Presse-Agentur; de dpa, Deutsche Presse-Agentur",
    "ansa|ORG|ANSA|uk АНСА; ru АНСА",
    "efe|ORG|EFE|uk ЕФЕ; ru ЭФЕ",
    "xinhua|ORG|Xinhua|uk Сіньхуа; ru Синьхуа; bg Синхуа",
    "kyodo|ORG|Kyodo|uk Кіодо; ru Киодо; bg Киодо",
    "yonhap|ORG|Yonhap|uk Йонхап; ru Ёнхап; bg Йонхап",
    "anadolu|ORG|Anadolu Agency|en Anadolu; uk Анадолу; ru Анадолу; bg Анадолу",
    "belta|ORG|BelTA|uk БелТА; ru БелТА; bg БелТА",
    "cnn|ORG|CNN|uk CNN, Сі-Ен-Ен; ru CNN, Си-эн-эн; bg Си Ен Ен",
    "bbc|ORG|BBC|uk BBC, Бі-Бі-Сі; ru BBC, Би-би-си; bg Би Би Си",
    "financial-times|ORG|Financial Times|en FT; uk Financial Times, Файненшл Таймс;"
    " ru Financial Times, Файнэншл Таймс",
    "nyt|ORG|The New York Times|en New York Times, NYT; uk The New York Times, Нью-Йорк"
    " Таймс; ru The New York Times, Нью-Йорк Таймс",
    "washington-post|ORG|The Washington Post|en Washington Post; uk The Washington Post,"
    " Вашингтон Пост; ru The Washington Post, Вашингтон Пост",
    "wsj|ORG|The Wall Street Journal|en Wall Street Journal, WSJ; uk The Wall Street Journal;"
    " ru The Wall Street Journal",
    "guardian|ORG|The Guardian|en Guardian; uk The Guardian; ru The Guardian",
    "politico|ORG|Politico|uk Politico; ru Politico",
    "axios|ORG|Axios|uk Axios; ru Axios",
    "al-jazeera|ORG|Al Jazeera|uk Аль-Джазіра; ru Аль-Джазира; bg Ал Джазира",
    "dw|ORG|Deutsche Welle|en DW; uk DW, Німецька хвиля; ru DW, Немецкая волна",
    "rferl|ORG|Radio Free Europe/Radio Liberty|en RFE/RL, Radio Liberty; uk Радіо Свобода;"
    " ru Радио Свобода; bg Свободна Европа",
    "euronews|ORG|Euronews|uk Євроньюз; ru Евроньюс",
    "spiegel|ORG|Der Spiegel|en Spiegel; de Spiegel, Der Spiegel",
    "le-monde|ORG|Le Monde|fr Le Monde",
    "kommersant|ORG|Kommersant|uk Коммерсант; ru Коммерсантъ, Коммерсант",
)

#: state institutions that international news names on their own
INSTITUTIONS: tuple[str, ...] = (
    "white-house|ORG|White House|uk Білий дім; ru Белый дом; bg Белия дом, Белият дом;"
    " de Weißes Haus; pl Biały Dom; fr Maison Blanche",
    "kremlin|ORG|Kremlin|uk Кремль; ru Кремль; bg Кремъл; de Kreml; pl Kreml",
    "pentagon|ORG|Pentagon|uk Пентагон; ru Пентагон; bg Пентагона, Пентагон",
    "us-state-department|ORG|US State Department|en State Department, Department of State;"
    " uk Держдеп, Держдепартамент, Державний департамент, Державний департамент США,"
    " Держдеп США; ru Госдеп, Госдепартамент, Государственный департамент, Госдеп США,"
    " Госдепартамент США; bg Държавния департамент, Държавният департамент;"
    " de US-Außenministerium; pl Departament Stanu; fr Département d'État",
    "us-treasury|ORG|US Treasury|en Treasury Department, Department of the Treasury;"
    " uk Мінфін США, Міністерство фінансів США; ru Минфин США, Министерство финансов США;"
    " bg Министерството на финансите на САЩ",
    "us-congress|ORG|US Congress|en Congress; uk Конгрес США, Конгрес; ru Конгресс США,"
    " Конгресс; bg Конгреса на САЩ, Конгреса; de US-Kongress, Kongress; pl Kongres;"
    " fr Congrès",
    "us-senate|ORG|US Senate|en Senate; uk Сенат США; ru Сенат США; bg Сената на САЩ",
    "cia|ORG|CIA|uk ЦРУ; ru ЦРУ; bg ЦРУ",
    "fbi|ORG|FBI|uk ФБР; ru ФБР; bg ФБР",
    "verkhovna-rada|ORG|Verkhovna Rada|uk Верховна Рада, Рада; ru Верховная Рада;"
    " bg Върховната рада; de Werchowna Rada; pl Rada Najwyższa",
    "sbu|ORG|SBU|en Security Service of Ukraine; uk СБУ, Служба безпеки України; ru СБУ;"
    " bg СБУ",
    "nabu|ORG|NABU|en National Anti-Corruption Bureau of Ukraine; uk НАБУ; ru НАБУ; bg НАБУ",
    "armed-forces-of-ukraine|ORG|Armed Forces of Ukraine|en AFU; uk ЗСУ, Збройні сили"
    " України; ru ВСУ, Вооружённые силы Украины; bg ВСУ",
    "state-duma|ORG|State Duma|uk Держдума, Державна дума; ru Госдума, Государственная"
    " дума; bg Държавната дума; de Staatsduma; pl Duma Państwowa; fr Douma",
    "fsb|ORG|FSB|uk ФСБ; ru ФСБ; bg ФСБ",
    "kgb-belarus|ORG|KGB|uk КДБ; ru КГБ; bg КГБ",
    "bundestag|ORG|Bundestag|uk Бундестаг; ru Бундестаг; bg Бундестага, Бундестаг",
    "elysee|ORG|Élysée Palace|en Elysee, Élysée; uk Єлисейський палац; ru Елисейский"
    " дворец; bg Елисейския дворец; de Élysée-Palast; pl Pałac Elizejski; fr Élysée",
    "downing-street|ORG|Downing Street|uk Даунінг-стріт; ru Даунинг-стрит;"
    " bg Даунинг стрийт",
    "knesset|ORG|Knesset|uk Кнесет; ru Кнессет; bg Кнесета",
    "sejm|ORG|Sejm|uk Сейм; ru Сейм; bg Сейма; pl Sejm",
)

#: geopolitical regions news names as places, and the world's best-known prizes
REGIONS_AND_PRIZES: tuple[str, ...] = (
    "the-west|LOC|the West|en West; uk Захід; ru Запад; bg Запад, Западът, Запада;"
    " de Westen; pl Zachód; fr Occident",
    "nobel-prize|MISC|Nobel Prize|en Nobel; uk Нобелівська премія, Нобелівка;"
    " ru Нобелевская премия, Нобелевка; bg Нобелова награда, Нобеловата награда;"
    " de Nobelpreis; pl Nagroda Nobla; fr prix Nobel",
    "nobel-peace-prize|MISC|Nobel Peace Prize|uk Нобелівська премія миру;"
    " ru Нобелевская премия мира; bg Нобелова награда за мир, Нобеловата награда за мир;"
    " de Friedensnobelpreis; pl Pokojowa Nagroda Nobla; fr prix Nobel de la paix",
)

#: widely known world figures: heads of state and government of major countries 2015-2026,
#: foreign ministers of the largest powers, UN, EU and NATO leaders
PERSONS: tuple[str, ...] = (
    # United States
    "donald-trump|PER|Donald Trump|uk Дональд Трамп; ru Дональд Трамп; bg Доналд Тръмп",
    "joe-biden|PER|Joe Biden|en Joseph Biden; uk Джо Байден; ru Джо Байден; bg Джо Байдън",
    "barack-obama|PER|Barack Obama|uk Барак Обама; ru Барак Обама; bg Барак Обама",
    "kamala-harris|PER~|Kamala Harris|uk Камала Гарріс; ru Камала Харрис; bg Камала Харис",
    "jd-vance|PER|JD Vance|en J.D. Vance; uk Джей Ді Венс, Венс; ru Джей Ди Вэнс, Вэнс;"
    " bg Джей Ди Ванс, Ванс",
    "mike-pence|PER|Mike Pence|uk Майк Пенс; ru Майк Пенс; bg Майк Пенс",
    "marco-rubio|PER|Marco Rubio|uk Марко Рубіо; ru Марко Рубио; bg Марко Рубио",
    "antony-blinken|PER|Antony Blinken|uk Ентоні Блінкен; ru Энтони Блинкен; bg Антъни Блинкън",
    "mike-pompeo|PER|Mike Pompeo|uk Майк Помпео; ru Майк Помпео; bg Майк Помпео",
    "pete-hegseth|PER|Pete Hegseth|uk Піт Гегсет; ru Пит Хегсет; bg Пийт Хегсет",
    "lloyd-austin|PER~|Lloyd Austin|uk Ллойд Остін; ru Ллойд Остин; bg Лойд Остин",
    # Russia
    "vladimir-putin|PER|Vladimir Putin|uk Володимир Путін; ru Владимир Путин;"
    " bg Владимир Путин; de Wladimir Putin; pl Władimir Putin; fr Vladimir Poutine",
    "dmitry-medvedev|PER|Dmitry Medvedev|uk Дмитро Медведєв; ru Дмитрий Медведев;"
    " bg Дмитрий Медведев; de Dmitri Medwedew; pl Dmitrij Miedwiediew; fr Dmitri Medvedev",
    "mikhail-mishustin|PER|Mikhail Mishustin|uk Михайло Мішустін; ru Михаил Мишустин;"
    " bg Михаил Мишустин; de Michail Mischustin; pl Michaił Miszustin",
    "sergey-lavrov|PER|Sergey Lavrov|uk Сергій Лавров; ru Сергей Лавров; bg Сергей Лавров;"
    " de Sergej Lawrow; pl Siergiej Ławrow; fr Sergueï Lavrov",
    "dmitry-peskov|PER|Dmitry Peskov|uk Дмитро Пєсков; ru Дмитрий Песков; bg Дмитрий Песков;"
    " de Dmitri Peskow; pl Dmitrij Pieskow",
    "sergei-shoigu|PER|Sergei Shoigu|uk Сергій Шойгу; ru Сергей Шойгу; bg Сергей Шойгу;"
    " de Sergej Schoigu; pl Siergiej Szojgu; fr Sergueï Choïgou",
    "andrei-belousov|PER|Andrei Belousov|uk Андрій Бєлоусов; ru Андрей Белоусов;"
    " bg Андрей Белоусов; de Andrej Beloussow; pl Andriej Biełousow",
    "valentina-matviyenko|PER|Valentina Matviyenko|uk Валентина Матвієнко; ru Валентина"
    " Матвиенко; bg Валентина Матвиенко",
    "vyacheslav-volodin|PER|Vyacheslav Volodin|uk В'ячеслав Володін; ru Вячеслав Володин;"
    " bg Вячеслав Володин",
    "alexei-navalny|PER|Alexei Navalny|uk Олексій Навальний; ru Алексей Навальный;"
    " bg Алексей Навални; de Alexej Nawalny; pl Aleksiej Nawalny; fr Alexeï Navalny",
    # Ukraine
    "volodymyr-zelensky|PER|Volodymyr Zelensky|en Volodymyr Zelenskyy; uk Володимир"
    " Зеленський; ru Владимир Зеленский; bg Володимир Зеленски; de Wolodymyr Selenskyj;"
    " pl Wołodymyr Zełenski; fr Volodymyr Zelensky",
    "petro-poroshenko|PER|Petro Poroshenko|uk Петро Порошенко; ru Пётр Порошенко, Петр"
    " Порошенко; bg Петро Порошенко; de Petro Poroschenko; pl Petro Poroszenko",
    "denys-shmyhal|PER|Denys Shmyhal|uk Денис Шмигаль; ru Денис Шмыгаль; bg Денис Шмигал;"
    " de Denys Schmyhal; pl Denys Szmyhal",
    "yulia-svyrydenko|PER|Yulia Svyrydenko|uk Юлія Свириденко; ru Юлия Свириденко;"
    " bg Юлия Свириденко; de Julija Swyrydenko; pl Julija Swyrydenko",
    "dmytro-kuleba|PER|Dmytro Kuleba|uk Дмитро Кулеба; ru Дмитрий Кулеба; bg Дмитро Кулеба",
    "andrii-sybiha|PER|Andrii Sybiha|uk Андрій Сибіга; ru Андрей Сибига; bg Андрий Сибига;"
    " de Andrij Sybiha; pl Andrij Sybiha",
    "ruslan-stefanchuk|PER|Ruslan Stefanchuk|uk Руслан Стефанчук; ru Руслан Стефанчук",
    "andriy-yermak|PER|Andriy Yermak|uk Андрій Єрмак; ru Андрей Ермак; bg Андрий Ермак;"
    " de Andrij Jermak; pl Andrij Jermak",
    "valerii-zaluzhnyi|PER|Valerii Zaluzhnyi|uk Валерій Залужний; ru Валерий Залужный;"
    " bg Валерий Залужни; de Walerij Saluschnyj; pl Wałerij Załużny",
    "oleksandr-syrskyi|PER|Oleksandr Syrskyi|uk Олександр Сирський; ru Александр Сырский;"
    " bg Олександър Сирски; de Oleksandr Syrskyj; pl Ołeksandr Syrski",
    "rustem-umerov|PER|Rustem Umerov|uk Рустем Умєров; ru Рустем Умеров; bg Рустем Умеров",
    "viktor-yanukovych|PER|Viktor Yanukovych|uk Віктор Янукович; ru Виктор Янукович;"
    " bg Виктор Янукович; de Wiktor Janukowytsch; pl Wiktor Janukowycz",
    # Belarus
    "alexander-lukashenko|PER|Alexander Lukashenko|en Aleksandr Lukashenko, Alyaksandr"
    " Lukashenka, Aliaksandr Lukashenka; uk Олександр Лукашенко; ru Александр Лукашенко;"
    " bg Александър Лукашенко; de Alexander Lukaschenko; pl Aleksandr Łukaszenka;"
    " fr Alexandre Loukachenko",
    "sviatlana-tsikhanouskaya|PER|Sviatlana Tsikhanouskaya|en Svetlana Tikhanovskaya;"
    " uk Світлана Тихановська; ru Светлана Тихановская; bg Светлана Тихановска;"
    " de Swjatlana Zichanouskaja; pl Swiatłana Cichanouska",
    # China and East Asia
    "xi-jinping|PER~|Xi Jinping|uk Сі Цзіньпін; ru Си Цзиньпин; bg Си Дзинпин;"
    " de Xi Jinping; pl Xi Jinping",
    "li-qiang|PER~|Li Qiang|uk Лі Цян; ru Ли Цян; bg Ли Цян",
    "li-keqiang|PER~|Li Keqiang|uk Лі Кецян; ru Ли Кэцян; bg Ли Къцян",
    "wang-yi|PER~|Wang Yi|uk Ван І; ru Ван И; bg Ван И",
    "kim-jong-un|PER~|Kim Jong Un|en Kim Jong-un; uk Кім Чен Ин; ru Ким Чен Ын;"
    " bg Ким Чен Ун",
    "shinzo-abe|PER~|Shinzo Abe|uk Сіндзо Абе; ru Синдзо Абэ; bg Шиндзо Абе",
    "fumio-kishida|PER|Fumio Kishida|uk Фуміо Кісіда; ru Фумио Кисида; bg Фумио Кишида",
    "shigeru-ishiba|PER|Shigeru Ishiba|uk Сігеру Ісіба; ru Сигэру Исиба; bg Шигеру Ишиба",
    "sanae-takaichi|PER|Sanae Takaichi|uk Санае Такаїті; ru Санаэ Такаити; bg Санае Такаичи",
    "moon-jae-in|PER~|Moon Jae-in|uk Мун Чже Ін; ru Мун Чжэ Ин; bg Мун Дже-ин",
    "yoon-suk-yeol|PER~|Yoon Suk Yeol|uk Юн Сок Йоль; ru Юн Сок Ёль; bg Юн Сук-йол",
    "lee-jae-myung|PER~|Lee Jae-myung|uk Лі Чже Мьон; ru Ли Чжэ Мён; bg Ли Дже-мьонг",
    "narendra-modi|PER|Narendra Modi|uk Нарендра Моді; ru Нарендра Моди; bg Нарендра Моди",
    # United Kingdom
    "theresa-may|PER~|Theresa May|uk Тереза Мей; ru Тереза Мэй; bg Тереза Мей",
    "boris-johnson|PER~|Boris Johnson|uk Борис Джонсон; ru Борис Джонсон; bg Борис Джонсън",
    "liz-truss|PER|Liz Truss|uk Ліз Трасс; ru Лиз Трасс; bg Лиз Тръс",
    "rishi-sunak|PER|Rishi Sunak|uk Ріші Сунак; ru Риши Сунак; bg Риши Сунак",
    "keir-starmer|PER|Keir Starmer|uk Кір Стармер; ru Кир Стармер; bg Киър Стармър",
    "david-cameron|PER|David Cameron|uk Девід Кемерон; ru Дэвид Кэмерон; bg Дейвид Камерън",
    "david-lammy|PER|David Lammy|uk Девід Леммі; ru Дэвид Лэмми; bg Дейвид Лами",
    "king-charles|PER~|King Charles III|en Charles III; uk Карл III; ru Карл III; bg Чарлз"
    " III; de Charles III.; pl Karol III; fr Charles III",
    "queen-elizabeth|PER~|Queen Elizabeth II|en Elizabeth II; uk Єлизавета II; ru Елизавета"
    " II; bg Елизабет II; de Elisabeth II.; pl Elżbieta II; fr Élisabeth II",
    # France
    "emmanuel-macron|PER|Emmanuel Macron|uk Емманюель Макрон; ru Эмманюэль Макрон;"
    " bg Еманюел Макрон",
    "francois-hollande|PER|François Hollande|en Francois Hollande; uk Франсуа Олланд;"
    " ru Франсуа Олланд; bg Франсоа Оланд",
    "michel-barnier|PER|Michel Barnier|uk Мішель Барньє; ru Мишель Барнье; bg Мишел Барние",
    "francois-bayrou|PER|François Bayrou|en Francois Bayrou; uk Франсуа Байру;"
    " ru Франсуа Байру; bg Франсоа Байру",
    "sebastien-lecornu|PER|Sébastien Lecornu|en Sebastien Lecornu; uk Себастьєн Лекорню;"
    " ru Себастьен Лекорню; bg Себастиен Льокорню",
    "gabriel-attal|PER|Gabriel Attal|uk Габріель Атталь; ru Габриэль Атталь; bg Габриел Атал",
    "jean-noel-barrot|PER|Jean-Noël Barrot|en Jean-Noel Barrot; uk Жан-Ноель Барро;"
    " ru Жан-Ноэль Барро; bg Жан-Ноел Баро",
    # Germany
    "angela-merkel|PER|Angela Merkel|uk Ангела Меркель; ru Ангела Меркель; bg Ангела Меркел",
    "olaf-scholz|PER|Olaf Scholz|uk Олаф Шольц; ru Олаф Шольц; bg Олаф Шолц",
    "friedrich-merz|PER|Friedrich Merz|uk Фрідріх Мерц; ru Фридрих Мерц; bg Фридрих Мерц",
    "frank-walter-steinmeier|PER|Frank-Walter Steinmeier|uk Франк-Вальтер Штайнмаєр;"
    " ru Франк-Вальтер Штайнмайер; bg Франк-Валтер Щайнмайер",
    "annalena-baerbock|PER|Annalena Baerbock|uk Анналена Бербок; ru Анналена Бербок;"
    " bg Аналена Бербок",
    "johann-wadephul|PER|Johann Wadephul|uk Йоганн Вадефуль; ru Йоханн Вадефуль;"
    " bg Йохан Вадефул",
    # Poland
    "andrzej-duda|PER|Andrzej Duda|uk Анджей Дуда; ru Анджей Дуда; bg Анджей Дуда",
    "karol-nawrocki|PER|Karol Nawrocki|uk Кароль Навроцький; ru Кароль Навроцкий;"
    " bg Карол Навроцки",
    "donald-tusk|PER|Donald Tusk|uk Дональд Туск; ru Дональд Туск; bg Доналд Туск",
    "mateusz-morawiecki|PER|Mateusz Morawiecki|uk Матеуш Моравецький; ru Матеуш Моравецкий;"
    " bg Матеуш Моравецки",
    "radoslaw-sikorski|PER|Radosław Sikorski|en Radoslaw Sikorski; uk Радослав Сікорський;"
    " ru Радослав Сикорский; bg Радослав Сикорски",
    # rest of Europe
    "giorgia-meloni|PER|Giorgia Meloni|uk Джорджа Мелоні; ru Джорджа Мелони; bg Джорджа Мелони",
    "mario-draghi|PER|Mario Draghi|uk Маріо Драгі; ru Марио Драги; bg Марио Драги",
    "sergio-mattarella|PER|Sergio Mattarella|uk Серджо Маттарелла; ru Серджо Маттарелла;"
    " bg Серджо Матарела",
    "pedro-sanchez|PER~|Pedro Sánchez|en Pedro Sanchez; uk Педро Санчес; ru Педро Санчес;"
    " bg Педро Санчес",
    "viktor-orban|PER|Viktor Orbán|en Viktor Orban; uk Віктор Орбан; ru Виктор Орбан;"
    " bg Виктор Орбан",
    "robert-fico|PER|Robert Fico|uk Роберт Фіцо; ru Роберт Фицо; bg Роберт Фицо;"
    " de Robert Fico; pl Robert Fico",
    "petr-fiala|PER|Petr Fiala|uk Петр Фіала; ru Петр Фиала; bg Петр Фиала",
    "andrej-babis|PER|Andrej Babiš|en Andrej Babis; uk Андрей Бабіш; ru Андрей Бабиш;"
    " bg Андрей Бабиш",
    "petr-pavel|PER~|Petr Pavel|uk Петр Павел; ru Петр Павел; bg Петр Павел",
    "klaus-iohannis|PER|Klaus Iohannis|uk Клаус Йоганніс; ru Клаус Йоханнис; bg Клаус Йоханис",
    "nicusor-dan|PER~|Nicușor Dan|en Nicusor Dan; uk Нікушор Дан; ru Никушор Дан;"
    " bg Никушор Дан",
    "maia-sandu|PER|Maia Sandu|uk Мая Санду; ru Майя Санду; bg Мая Санду",
    "igor-dodon|PER|Igor Dodon|uk Ігор Додон; ru Игорь Додон; bg Игор Додон",
    "rumen-radev|PER|Rumen Radev|uk Румен Радев; ru Румен Радев; bg Румен Радев",
    "boyko-borissov|PER|Boyko Borissov|en Boyko Borisov; uk Бойко Борисов; ru Бойко Борисов;"
    " bg Бойко Борисов",
    "aleksandar-vucic|PER|Aleksandar Vučić|en Aleksandar Vucic; uk Александр Вучич;"
    " ru Александр Вучич; bg Александър Вучич; sr Александар Вучић",
    "kyriakos-mitsotakis|PER|Kyriakos Mitsotakis|uk Кіріакос Міцотакіс; ru Кириакос"
    " Мицотакис; bg Кириакос Мицотакис",
    "alexander-stubb|PER|Alexander Stubb|uk Александр Стубб; ru Александр Стубб;"
    " bg Александър Стуб",
    "sauli-niinisto|PER|Sauli Niinistö|en Sauli Niinisto; uk Саулі Нііністьо; ru Саули"
    " Ниинистё; bg Саули Ниинистьо",
    "mark-rutte|PER|Mark Rutte|uk Марк Рютте; ru Марк Рютте; bg Марк Рюте",
    "jens-stoltenberg|PER|Jens Stoltenberg|uk Єнс Столтенберг; ru Йенс Столтенберг;"
    " bg Йенс Столтенберг",
    "recep-tayyip-erdogan|PER|Recep Tayyip Erdoğan|en Recep Tayyip Erdogan, Tayyip Erdogan;"
    " uk Реджеп Тайїп Ердоган; ru Реджеп Тайип Эрдоган; bg Реджеп Тайип Ердоган",
    "ilham-aliyev|PER|Ilham Aliyev|uk Ільхам Алієв; ru Ильхам Алиев; bg Илхам Алиев",
    "nikol-pashinyan|PER|Nikol Pashinyan|uk Нікол Пашинян; ru Никол Пашинян; bg Никол Пашинян",
    "kassym-jomart-tokayev|PER|Kassym-Jomart Tokayev|uk Касим-Жомарт Токаєв; ru Касым-Жомарт"
    " Токаев; bg Касъм-Жомарт Токаев",
    "pope-francis|PER~|Pope Francis|uk Папа Франциск; ru Папа Франциск; bg Папа Франциск;"
    " de Papst Franziskus; pl Papież Franciszek; fr Pape François",
    "pope-leo-xiv|PER~|Pope Leo XIV|en Leo XIV; uk Лев XIV; ru Лев XIV; bg Лъв XIV;"
    " de Leo XIV.; pl Leon XIV; fr Léon XIV",
    # Middle East, Americas, Africa, Pacific
    "benjamin-netanyahu|PER|Benjamin Netanyahu|uk Біньямін Нетаньягу; ru Биньямин Нетаньяху;"
    " bg Бенямин Нетаняху; de Benjamin Netanjahu",
    "isaac-herzog|PER~|Isaac Herzog|uk Іцхак Герцог; ru Ицхак Герцог; bg Исак Херцог",
    "ali-khamenei|PER|Ali Khamenei|uk Алі Хаменеї; ru Али Хаменеи; bg Али Хаменей;"
    " de Ali Chamenei; pl Ali Chamenei",
    "masoud-pezeshkian|PER|Masoud Pezeshkian|uk Масуд Пезешкіан; ru Масуд Пезешкиан;"
    " bg Масуд Пезешкиан",
    "ebrahim-raisi|PER|Ebrahim Raisi|uk Ебрагім Раїсі; ru Эбрахим Раиси; bg Ебрахим Раиси",
    "hassan-rouhani|PER|Hassan Rouhani|uk Хасан Роугані; ru Хасан Рухани; bg Хасан Рохани",
    "mohammed-bin-salman|PER|Mohammed bin Salman|en MBS; uk Мухаммед бін Салман;"
    " ru Мухаммед бен Сальман; bg Мохамед бин Салман",
    "mohamed-bin-zayed|PER|Mohamed bin Zayed|en Mohammed bin Zayed; uk Мухаммед бін Заїд;"
    " ru Мухаммед бен Заид; bg Мохамед бин Зайед",
    "tamim-al-thani|PER|Tamim bin Hamad Al Thani|uk Тамім бін Хамад Аль Тані; ru Тамим бен"
    " Хамад Аль Тани; bg Тамим бин Хамад ал Тани",
    "bashar-al-assad|PER|Bashar al-Assad|uk Башар Асад; ru Башар Асад; bg Башар Асад",
    "ahmed-al-sharaa|PER|Ahmed al-Sharaa|uk Ахмед аш-Шараа; ru Ахмед аш-Шараа;"
    " bg Ахмед аш Шараа",
    "mahmoud-abbas|PER~|Mahmoud Abbas|uk Махмуд Аббас; ru Махмуд Аббас; bg Махмуд Абас",
    "abdel-fattah-el-sisi|PER|Abdel Fattah el-Sisi|uk Абдель Фаттах ас-Сісі; ru Абдель Фаттах"
    " ас-Сиси; bg Абдел Фатах ас Сиси",
    "justin-trudeau|PER|Justin Trudeau|uk Джастін Трюдо; ru Джастин Трюдо; bg Джъстин Трюдо",
    "mark-carney|PER|Mark Carney|uk Марк Карні; ru Марк Карни; bg Марк Карни",
    "anthony-albanese|PER|Anthony Albanese|uk Ентоні Албаніз; ru Энтони Албаниз;"
    " bg Антъни Албанезе",
    "lula|PER|Luiz Inácio Lula da Silva|en Lula, Lula da Silva; uk Лула да Сілва, Лула;"
    " ru Лула да Силва, Лула; bg Лула да Силва, Лула",
    "jair-bolsonaro|PER|Jair Bolsonaro|uk Жаїр Болсонару; ru Жаир Болсонару; bg Жаир Болсонаро",
    "javier-milei|PER|Javier Milei|uk Хав'єр Мілей; ru Хавьер Милей; bg Хавиер Милей",
    "nicolas-maduro|PER|Nicolás Maduro|en Nicolas Maduro; uk Ніколас Мадуро; ru Николас"
    " Мадуро; bg Николас Мадуро",
    "claudia-sheinbaum|PER|Claudia Sheinbaum|uk Клаудія Шейнбаум; ru Клаудия Шейнбаум;"
    " bg Клаудия Шейнбаум",
    "cyril-ramaphosa|PER|Cyril Ramaphosa|uk Сиріл Рамафоса; ru Сирил Рамафоса;"
    " bg Сирил Рамафоса",
    # United Nations, EU, international bodies
    "antonio-guterres|PER|António Guterres|en Antonio Guterres; uk Антоніу Гутерреш;"
    " ru Антониу Гутерриш; bg Антонио Гутериш",
    "ban-ki-moon|PER~|Ban Ki-moon|uk Пан Гі Мун; ru Пан Ги Мун; bg Бан Ки Мун",
    "ursula-von-der-leyen|PER|Ursula von der Leyen|uk Урсула фон дер Ляєн; ru Урсула фон дер"
    " Ляйен; bg Урсула фон дер Лайен",
    "charles-michel|PER~|Charles Michel|uk Шарль Мішель; ru Шарль Мишель; bg Шарл Мишел",
    "antonio-costa|PER~|António Costa|en Antonio Costa; uk Антоніу Кошта; ru Антониу Кошта;"
    " bg Антонио Коща",
    "jean-claude-juncker|PER|Jean-Claude Juncker|uk Жан-Клод Юнкер; ru Жан-Клод Юнкер;"
    " bg Жан-Клод Юнкер",
    "josep-borrell|PER|Josep Borrell|uk Жозеп Боррель; ru Жозеп Боррель; bg Жозеп Борел",
    "kaja-kallas|PER|Kaja Kallas|uk Кая Каллас; ru Кая Каллас; bg Кая Калас",
    "roberta-metsola|PER|Roberta Metsola|uk Роберта Мецола; ru Роберта Метсола;"
    " bg Роберта Мецола",
    "rafael-grossi|PER|Rafael Grossi|en Rafael Mariano Grossi; uk Рафаель Гроссі; ru Рафаэль"
    " Гросси; bg Рафаел Гроси",
    "tedros|PER|Tedros Adhanom Ghebreyesus|en Tedros; uk Тедрос Аданом Гебреєсус, Тедрос;"
    " ru Тедрос Адханом Гебрейесус, Тедрос; bg Тедрос Аданом Гебрейесус, Тедрос",
    "kristalina-georgieva|PER|Kristalina Georgieva|uk Кристаліна Георгієва; ru Кристалина"
    " Георгиева; bg Кристалина Георгиева",
)


# --- the index ------------------------------------------------------------------------------------
# Built once, lazily: every listed form is keyed the way a mention of it is keyed, so lookups are
# by key (and by the exact form, which separates entries whose keys collide: Niger / Nigeria).

#: languages whose country names are read from pycountry's catalogues
COUNTRY_LANGS = ("uk", "ru", "bg", "de", "pl", "fr")
#: a bare surname stands for a listed person by its key alone only with this many consonants;
#: shorter keys collide too easily (Duda, Rutte, Fico need their exact form)
SURNAME_MIN_CONSONANTS = 3


@dataclass(frozen=True, slots=True)
class WorldEntry:
    """One gazetteer entity: English canonical ``name``, ``type``, and its forms per language."""

    id: str
    name: str
    type: str
    forms: tuple[tuple[str, str], ...]
    by_surname: bool = True  # a bare surname may stand for this person


@dataclass(slots=True)
class WorldIndex:
    entries: dict[str, WorldEntry] = field(default_factory=dict)
    by_key: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    by_form: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    #: surname key -> persons (all of them), and each person's given-name key tokens
    surnames: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    given: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    #: surname form (casefolded) -> persons a bare surname may stand for
    surname_forms: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _split_lines(lines: tuple[str, ...]) -> list[WorldEntry]:
    out = []
    for line in lines:
        slug, typ, name, rest = [*line.split("|", 3), "", "", ""][:4]
        typ = typ.strip()
        out.append(WorldEntry(slug.strip(), name.strip(), typ.rstrip("~"),
                              (("en", name.strip()), *_forms(rest)), not typ.endswith("~")))
    return out


def _forms(spec: str) -> list[tuple[str, str]]:
    forms: list[tuple[str, str]] = []
    for chunk in spec.split(";"):
        chunk = chunk.strip()
        if not chunk:
            continue
        langs, _, words = chunk.partition(" ")
        for lang in langs.split(","):
            forms += [(lang.strip(), w.strip()) for w in words.split(",") if w.strip()]
    return forms


def _countries() -> list[WorldEntry]:
    """ISO 3166 countries with their names in :data:`COUNTRY_LANGS` (offline catalogues)."""
    try:
        import gettext

        import pycountry
    except ImportError:  # without pycountry only COUNTRY_EXTRA's countries are known
        pycountry = None
    extra: dict[str, list[tuple[str, str]]] = {}
    for line in COUNTRY_EXTRA:
        code, _, rest = line.partition("|")
        extra[code.strip()] = _forms(rest)
    out: list[WorldEntry] = []
    records = list(pycountry.countries) if pycountry is not None else []
    seen = set()
    catalogues = {}
    if pycountry is not None:
        for lang in COUNTRY_LANGS:
            try:
                catalogues[lang] = gettext.translation(
                    "iso3166-1", pycountry.LOCALES_DIR, languages=[lang]
                )
            except OSError:
                continue
    for c in records:
        code = c.alpha_2
        seen.add(code)
        names = [getattr(c, a, None) for a in ("common_name", "name", "official_name")]
        names = [n for n in names if n and "," not in n and "(" not in n]
        forms = [("en", n) for n in names]
        for lang, cat in catalogues.items():
            for n in names:
                t = cat.gettext(n)
                if t and t != n and "," not in t and "(" not in t:
                    forms.append((lang, t))
        name = COUNTRY_NAMES.get(code) or (names[0] if names else c.name)
        out.append(WorldEntry("country-" + code.lower(), name, "LOC",
                              (("en", name), *forms, *extra.get(code, ()))))
    for code, forms in extra.items():  # codes pycountry lacks (Kosovo)
        if code not in seen:
            name = COUNTRY_NAMES.get(code) or forms[0][1]
            out.append(WorldEntry("country-" + code.lower(), name, "LOC", (("en", name), *forms)))
    return out


@cache
def world() -> WorldIndex:
    """The gazetteer with its key index (built on first use, a second or two)."""
    from storywire.nlp.names import extract_names, name_key

    idx = WorldIndex()
    tables = (CITIES, ORGANISATIONS, AGENCIES, INSTITUTIONS, REGIONS_AND_PRIZES, PERSONS)
    entries = _countries() + [e for t in tables for e in _split_lines(t)]
    for e in entries:
        idx.entries[e.id] = e
        for lang, form in dict.fromkeys(e.forms):
            keys = {name_key(form, lang)}
            found = extract_names(form, lang)
            if len(found) == 1 and found[0].end - found[0].start >= len(form) - 1:
                keys.add(found[0].key)
            for k in keys:
                if k and e.id not in idx.by_key[k]:
                    idx.by_key[k].append(e.id)
            f = form.casefold()
            if e.id not in idx.by_form[f]:
                idx.by_form[f].append(e.id)
            if e.type != "PER":
                continue
            parts = name_key(form, lang).split(" ")
            if len(parts) < 2:
                continue
            surname = parts[-1]
            if e.id not in idx.surnames[surname]:
                idx.surnames[surname].append(e.id)
            idx.given[e.id].add(parts[0])
            if e.by_surname:
                last = form.split()[-1].casefold()
                if e.id not in idx.surname_forms[last]:
                    idx.surname_forms[last].append(e.id)
    idx.by_key = dict(idx.by_key)
    idx.by_form = dict(idx.by_form)
    idx.surnames = dict(idx.surnames)
    idx.surname_forms = dict(idx.surname_forms)
    return idx
