"""Tables behind :mod:`storywire.nlp.entities`: the words and names that decide a mention's type.

Everything here is general knowledge written as data (institution words, role words, common given
names, widely known world leaders, capitals and major cities, major news agencies), never drawn
from an evaluation set. Word lists are lower case and space separated; ``*_STEMS`` entries match
a word's beginning, so one stem covers every case form (міністерств -> міністерства, міністерству).
"""

from __future__ import annotations

#: slugs of the names gazetteer (``_namedata``) that are organisations, not places. A seat of
#: power named for its institution (White House, Kremlin) is typed as the institution.
ORG_SLUGS = frozenset({
    "european-union", "united-nations", "nato", "imf", "osce", "iaea", "cia", "fbi",
    "armed-forces-of-ukraine", "nsdc", "verkhovna-rada", "white-house", "kremlin",
})

# --- organisation words --------------------------------------------------------------------------
#: stems of nouns that head an organisation's name (a word of the span starts with one)
ORG_STEMS: dict[str, str] = {
    "uk": "міністерств мінфін мзс мвс агентств агенці парті банк рад комітет комісі служб уряд "
          "парламент суд= суду= судом= суді= суда= прокуратур бюро офіс департамент управлінн "
          "фонд організаці асоціаці "
          "компані корпораці університет академі інститут союз альянс конгрес сенат палат "
          "рух асамбле бундестаг бундесрат сейм= сейму= сеймі= кнесет",
    "ru": "министерств минфин мид мвд агентств партия партии партию парти банк совет комитет "
          "комисси служб правительств парламент суд= суда= суду= судом= суде= прокуратур бюро "
          "офис департамент управлени "
          "фонд организаци ассоциаци компани корпораци университет академи институт союз альянс "
          "конгресс сенат палат движени ассамбле дум госдум кабмин бундестаг бундесрат сейм= "
          "сейма= сейме= кнессет",
    "bg": "министерств агенци парти банк съвет комитет комиси служб правителств парламент съд "
          "прокуратур бюро офис департамент управлени фонд организаци асоциаци компани "
          "корпораци университет академи институт съюз алианс конгрес сенат камар движени "
          "асамбле народното събрание бундестаг бундесрат сейм= сейма= сеймът= кнесет",
    "en": "ministry department agency party bank council committee commission service "
          "mission chamber cabinet "
          "government parliament court office bureau fund organization organisation "
          "association company corporation corp inc ltd university academy institute union "
          "alliance congress senate house assembly federation authority administration group "
          "foundation forum movement network news times post journal press tribune guardian "
          "telegraph herald club league directorate rada=",
    "de": "ministerium amt agentur partei bank rat ausschuss kommission dienst regierung "
          "parlament gericht büro fonds organisation verband unternehmen konzern universität "
          "akademie institut union bündnis kongress senat bundestag bundesrat behörde stiftung "
          "gruppe zeitung allgemeine",
    "pl": "ministerstw agencj parti bank rad komitet komisj służb rząd parlament sąd prokuratur "
          "biur urząd fundusz organizacj stowarzyszeni spółk koncern uniwersytet akademi "
          "instytut uni sojusz kongres senat senac sejm izb fundacj grup dowództw sztab= sztabu= "
          "wojsko= wojska=",
    "fr": "ministère agence parti banque conseil comité commission service gouvernement "
          "parlement cour tribunal bureau office fonds organisation association société groupe "
          "université académie institut union alliance congrès sénat assemblée fondation",
}

#: nouns a preceding word makes an organisation of ("видання Axios", "the newspaper X")
ORG_BEFORE: dict[str, str] = {
    "uk": "видання агентство агентства агенція агенції компанія компанії телеканал телеканалу "
          "газета газети партія партії банк банку організація організації портал сайт журнал "
          "платформа угруповання",
    "ru": "издание издания агентство агентства компания компании телеканал телеканала газета "
          "газеты партия партии банк банка организация организации портал сайт журнал "
          "платформа группировка",
    "bg": "агенция агенцията изданието издание компания компанията телевизия вестник вестника "
          "партия партията банка организация организацията сайта платформата",
    "en": "agency newspaper outlet broadcaster channel company firm party bank organisation "
          "organization group network magazine",
    "de": "agentur zeitung sender konzern unternehmen firma partei bank organisation magazin",
    "pl": "agencja agencji dziennik gazeta portal stacja firma spółka partia bank organizacja "
          "partii",
    "fr": "agence journal quotidien chaîne société entreprise parti banque organisation",
}

#: words before a QUOTED name that make it an organisation: electoral blocs, coalitions,
#: movements (коалиция «Вместе», Блок "X"); before a bare name they are too often followed by
#: the leader's name in the genitive ("движение Бабиша")
BLOC_BEFORE: dict[str, str] = {
    "uk": "блок блоку коаліція коаліції коаліцію рух руху формація формації об'єднання",
    "ru": "блок блока коалиция коалиции коалицию движение движения формация формации "
          "объединение объединения",
    "bg": "блок блокът блока коалиция коалицията движение движението формация формации "
          "обединение",
    "en": "bloc coalition movement alliance",
    "de": "bündnis koalition bewegung block",
    "pl": "blok koalicja koalicji ruch ugrupowanie ugrupowania",
    "fr": "coalition mouvement bloc alliance",
}

#: words before a name that make it a place
LOC_BEFORE: dict[str, str] = {
    "uk": "місто міста місті містом село села селі область області регіон регіону столиці "
          "столиця країни країна районі району курорті острові острів півострів",
    "ru": "город города городе село села области область регион региона столице столица "
          "страны страна районе района курорте острове остров полуостров",
    "bg": "град града село областта област регион региона столицата страната остров",
    "en": "city town village region province capital country island",
    "de": "stadt hauptstadt region provinz land insel",
    "pl": "miasto mieście miasta stolicy stolica regionie wyspie",
    "fr": "ville capitale région province pays île",
}

#: role words before a name that make it a person ("президент X", "envoy X"); English,
#: German, Polish and French roles come from ``_namedata.TITLES`` as well
PER_BEFORE: dict[str, str] = {
    "uk": "президент президента президентові президентом прем'єр прем’єр прем'єра прем’єра "
          "прем'єр-міністр прем’єр-міністр прем'єр-міністра прем’єр-міністра міністр міністра "
          "міністром посланець посланця посланцем представник представника речник речника "
          "речниця голова голови лідер лідера канцлер канцлера генерал генерала депутат "
          "депутата журналіст журналістка політик політика посол посла радник радника "
          "помічник помічника екс-президент держсекретар держсекретаря сенатор сенатора "
          "спікер спікера пан пані опозиціонер опозиціонерка активіст активістка "
          "правозахисник правозахисниця бізнесмен письменник письменниця",
    "ru": "президент президента президенту президентом премьер премьера премьер-министр "
          "премьер-министра министр министра министром посланник посланника посланником "
          "спецпосланник спецпосланника представитель представителя пресс-секретарь "
          "пресс-секретаря глава главы лидер лидера канцлер канцлера генерал генерала депутат "
          "депутата журналист журналистка политик политика посол посла советник советника "
          "помощник помощника экс-президент госсекретарь госсекретаря сенатор сенатора спикер "
          "спикера господин госпожа оппозиционер оппозиционерка активист активистка "
          "правозащитник правозащитница бизнесмен писатель писательница",
    "bg": "президент президента президентът премиер премиера премиерът министър министъра "
          "министърът пратеник пратеника представител представителя говорител говорителя "
          "лидер лидера лидерът канцлер канцлера генерал депутат журналист журналистката "
          "политик посланик посланика съветник съветника държавен секретар сенатор спикер "
          "г-н г-жа опозиционер активист правозащитник бизнесмен писател",
    "en": "envoy spokesman spokeswoman lawmaker journalist activist opposition leader candidate "
          "businessman author writer dissident",
    "de": "sondergesandter sondergesandte gesandter sprecher sprecherin abgeordnete "
          "abgeordneter journalist journalistin aktivist aktivistin oppositionsführerin "
          "oppositionsführer kandidat kandidatin",
    "pl": "prezydent prezydenta premier premiera minister ministra wysłannik wysłannika "
          "rzecznik rzeczniczka poseł posłanka dziennikarz dziennikarka aktywista kandydat "
          "szef szefa przewodniczący",
    "fr": "président présidente ministre premier envoyé émissaire porte-parole député "
          "journaliste militant candidat chancelier secrétaire",
}

#: words before a quoted name that make it a named thing ("система «Орешник»", "plan „X“")
MISC_BEFORE_STEMS: dict[str, str] = {
    "uk": "систем ракет комплекс операці план закон законопроєкт програм угод проєкт премі "
          "форум конференці саміт доктрин стратегі ініціатив мирн указ договор справ роман книг "
          "фільм",
    "ru": "систем ракет комплекс операци план закон законопроект программ соглашени проект "
          "преми форум конференци саммит доктрин стратеги инициатив указ договор дел роман книг "
          "фильм",
    "bg": "систем ракет комплекс операци план закон законопроект програм споразумени проект "
          "награда форум конференци среща доктрин стратеги инициатив указ договор дело роман "
          "книга книгата филм",
    "en": "system missile operation plan law bill act programme program deal treaty project "
          "prize award forum conference summit doctrine strategy initiative case novel book film",
    "de": "system rakete operation plan gesetz programm abkommen vertrag projekt preis forum "
          "konferenz gipfel doktrin strategie initiative roman buch film",
    "pl": "system rakiet operacj plan ustaw program porozumieni traktat projekt nagrod forum "
          "konferencj szczyt doktryn strategi inicjatyw powieś książk film",
    "fr": "système missile opération plan loi programme accord traité projet prix forum "
          "conférence sommet doctrine stratégie initiative roman livre film",
}

#: heads of a named prize, law, plan or event ("Нобелівської премії", "Nobel Peace Prize")
MISC_HEAD_STEMS: dict[str, str] = {
    "uk": "премі договор пакт",
    "ru": "преми договор пакт",
    "bg": "наград договор пакт",
    "en": "prize award act treaty pact",
    "de": "preis vertrag pakt",
    "pl": "nagrod traktat pakt",
    "fr": "prix traité pacte",
}

# --- people --------------------------------------------------------------------------------------
#: common given names in Latin script (English and major European forms), lower case
GIVEN_LATIN = (
    "aaron adam adrian ahmed alain alan albert alberto alec aleksander aleksandr alex alexander "
    "alexandre alexei alexey ali alice alicia alina alla amanda amy ana anatoly andrea andreas "
    "andrei andrew andrey andrii andriy andrzej angela angelina ann anna anne annalena antoine "
    "anthony anton antonio arnold arseniy artem arthur barack barbara ben benjamin bernard "
    "bernd bill bob boris boyko brian bruno carl carlos caroline catherine charles charlie "
    "chris christian christine christopher claire claudia colin cyril daniel daria david "
    "denis dennis denys dmitri dmitry dmytro donald dorota edward elena elizabeth elon emily "
    "emma emmanuel eric erik eva evgeny fabian felix francesco francis frank franz frederick "
    "friedrich gabriel george georgi georgy gerhard giorgia gordon grzegorz hannah hans harry "
    "heinrich helen helmut henry herbert hillary hubert hugo igor ihor ilya ivan iryna jack "
    "jacques jakub james jan jane janet jaroslaw jared jean jeff jeffrey jennifer jens jerzy "
    "jim joe johann johannes john jonathan jose joseph josh juan julia julian julie jurgen "
    "kai kaja karin karl karol kate katarzyna katherine keir keith kevin kim kirill klaus "
    "krzysztof kurt larry laura lars lech leo leon lisa louis lucas ludwig luis lukas maia "
    "maksym manfred manuel marco margaret maria marie marina mario mark marco markus martin "
    "mary mateusz matthew matthias max maxim maya michael michal michel michelle mike mikhail "
    "mikola mykola mykhailo natalia natalya nicholas nicolas nikita nikolai nikolay nina nancy "
    "oleg oleksandr oleksii olena olga oliver olaf pablo paolo pascal patrick paul pavel pavlo "
    "pedro peter petr petro philip philippe pierre piotr rafal ralf ray richard rick robert "
    "roberto roman ronald rudolf rustem ruslan ryan sam samuel sandra sarah scott sebastian "
    "serge sergei sergey serhiy sergiy simon sophie stanislav stefan stephen steve steven "
    "susan svetlana sviatlana tatiana tatyana thomas tim timothy tobias tom tony ulrich ursula "
    "valentin valery vasyl victor viktor viktoria vitali vitaly vladimir vladislav volodymyr "
    "walter wang william witold wojciech wolfgang xavier yaroslav yevgeny yulia yuri yuriy "
    "zbigniew günter gunter jürgen jurgen uwe dieter horst rolf heiko lars norbert olaf "
    "annalena robert christian markus boris friedrich alice sahra jens hendrik saskia "
    "marie-agnes agnieszka małgorzata magdalena szymon tomasz radosław donald jarosław "
    "władysław sławomir przemysław bartosz paweł karolina katarzyna anna ewa"
)
#: common given names in Cyrillic (Ukrainian, Russian, Bulgarian and foreign names as written
#: in those languages), nominative, lower case
GIVEN_CYRILLIC = (
    "адам айдар алан алекс алексей александр александра александър алла анатолий анатолій "
    "андрей андрій андрю анджей анна антон артем артём арсеній арсений борис бойко вадим "
    "валентин валерий валерій василий василь вероника вікторія виктор виктория віктор "
    "виталий віталій владимир владислав володимир вячеслав в'ячеслав галина георги "
    "георгий геннадий геннадій гліб глеб григорий григорій дана даниил данило дарья дарія "
    "денис джеймс джо джон джордж джаред дмитрий дмитро дональд доналд евгений евгения "
    "єлизавета елизавета елена емануел еманюель эммануэль емманюель жан иван іван игорь "
    "ігор илья ілля ирина ірина иосиф йосип кайя кая карл кароль катерина екатерина кир "
    "кирилл кирило кит кір константин костянтин ксения ксенія лариса леонид леонід лилия "
    "лія людмила максим марина мария марія марк марко мартин михаил михайло мыкола микола "
    "надежда надія наталия наталья наталія никита николай ніколас николас олег олександр "
    "олександра олексій олена ольга павел павло петр петро петер питер пьотр ричард роберт "
    "петър мая мария иван георги димитър стефан николай христо васил тодор йордан румен бойко "
    "роман руслан рустем светлана святослав сергей сергій сергий софия софія стефан "
    "степан стив стів тарас татьяна тетяна тимофей тимофій урсула федор федір фридрих "
    "фрідріх эдуард едуард юлия юлія юрий юрій яна ярослав кейр мелони джорджа фридрих "
    "стівен стивен стивън джеффрі джеффри кірил кирил"
)

#: widely known world leaders, heads of state or government and foreign ministers of major
#: countries and top officials of international organisations (English spelling, surname)
LEADERS = (
    "trump biden obama putin zelensky zelenskyy lukashenko macron merz scholz starmer tusk "
    "duda nawrocki orban erdogan netanyahu meloni sanchez modi xi jinping fico babis sandu "
    "stubb rutte guterres lavrov peskov rubio vance blinken medvedev mishustin shmyhal "
    "kallas merkel sunak johnson albanese carney trudeau lula milei maduro khamenei "
    "pezeshkian assad sisi kishida ishiba takaichi yoon lee kim jong-un lai tsipras "
    "mitsotakis radev zhelyazkov vucic plenkovic dodik tokayev aliyev pashinyan "
    "kobakhidze ivanishvili nauseda karis ristic von-der-leyen kellogg sybiha"
)

#: capitals and major cities not in the names gazetteer (English spelling), for typing only
CITIES = (
    "amsterdam tirana andorra yerevan canberra baku minsk brussels sarajevo sofia ottawa "
    "santiago bogota zagreb havana nicosia prague copenhagen quito cairo tallinn addis-ababa "
    "helsinki paris tbilisi berlin accra athens budapest reykjavik delhi new-delhi jakarta "
    "tehran baghdad dublin jerusalem rome tokyo amman astana nairobi pristina kuwait bishkek "
    "riga beirut tripoli vaduz vilnius luxembourg skopje valletta mexico chisinau monaco "
    "ulaanbaatar podgorica rabat kathmandu wellington abuja pyongyang oslo muscat islamabad "
    "panama lima manila warsaw lisbon doha bucharest moscow kigali riyadh dakar belgrade "
    "singapore bratislava ljubljana seoul madrid colombo khartoum stockholm bern damascus "
    "taipei dushanbe bangkok tunis ankara ashgabat kampala kyiv kiev london washington "
    "montevideo tashkent caracas hanoi sanaa lusaka harare johannesburg istanbul shanghai "
    "hong-kong mumbai dubai abu-dhabi los-angeles chicago miami florida texas california "
    "alaska hawaii brooklyn manhattan milan munich hamburg frankfurt cologne gdansk krakow "
    "wroclaw lodz poznan lyon marseille geneva zurich davos barcelona naples venice "
    "st-petersburg novosibirsk yekaterinburg kazan sochi belgorod kursk bryansk rostov "
    "kharkiv odesa lviv dnipro zaporizhzhia kherson mykolaiv sumy chernihiv poltava "
    "donetsk luhansk mariupol bakhmut avdiivka pokrovsk kupiansk crimea donbas "
    "sevastopol kaliningrad grodno gomel brest vitebsk mogilev"
)

#: news agencies and outlets known worldwide (typed ORG wherever they appear)
OUTLETS = (
    "Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, BBC, CNN, Axios, "
    "Politico, Financial Times, The New York Times, New York Times, Washington Post, "
    "The Washington Post, Wall Street Journal, The Wall Street Journal, The Guardian, "
    "The Economist, Der Spiegel, Spiegel, Deutsche Welle, DW, Le Monde, Al Jazeera, "
    "Sky News, Fox News, NBC, CBS, ABC, NPR, dpa, ANSA, EFE, Xinhua, ТАСС, TASS, РИА Новости, "
    "Интерфакс, Interfax, Укрінформ, Укринформ, УНІАН, УНИАН, БТА, BTA, Ройтерс, Рейтер, "
    "Рейтерс, Блумберг, Аксиос, Аксіос, Бі-бі-сі, Би-би-си, Би Би Си, Politico, PAP, ČTK, "
    "Суспільне, Медуза, Meduza, Euronews, Евроньюс, Радио Свобода, Радіо Свобода, "
    "Radio Free Europe, RFE/RL, Bild, Die Welt, Welt, Tagesschau, ZDF, ARD, Le Figaro, TVN24, "
    "Onet, Gazeta Wyborcza, Rzeczpospolita, Kyiv Independent, Kyiv Post, РЕН ТВ, REN TV, "
    "Telegram, YouTube, Facebook, Instagram, TikTok, WhatsApp, Truth Social, Телеграм, "
    "Фейсбук, Ютуб, New York Post, Daily Mail, The Times, The Telegraph, USA Today, "
    "Le Parisien, Libération, El País, Corriere della Sera, La Repubblica, "
    "Frankfurter Allgemeine Zeitung, Süddeutsche Zeitung, Handelsblatt, Der Standard, NZZ, "
    "Neue Zürcher Zeitung, Коммерсантъ, Коммерсант, Ведомости, Известия, Новая газета, "
    "Українська правда, Ukrainska Pravda, Kyiv Independent, Euractiv, Semafor, CNBC, Sky News"
)

#: heads of facility names typed as places ("Khmelnytsky Nuclear Power Plant")
LOC_HEADS: dict[str, str] = {
    "en": "plant station airport port bridge square street avenue river sea ocean mountains "
          "island islands peninsula strait canal",
    "de": "flughafen hafen brücke platz straße fluss see meer insel",
    "pl": "elektrownia lotnisko port most plac ulica rzeka morze wyspa",
    "fr": "centrale aéroport port pont place rue fleuve mer île",
}

#: Slavic nouns that, after a capitalised adjective, make a region's name ("Ивановской
#: области", "Харківській області", "Фурмановском районе")
REGION_STEMS: dict[str, str] = {
    "uk": "област облас район округ край краю краї",
    "ru": "област район округ край края крае",
    "bg": "област район",
    "pl": "województw obwod powiat",
}

#: currency and unit codes that look like acronyms
NOT_NAMES = (
    "UAH USD EUR RUB GBP CHF PLN BYN CZK BGN JPY CNY MDL HUF RON SEK NOK DKK TRY ГРН "
    # generic Cyrillic acronyms of common nouns: media, GDP, air defence, drones, AI
    "СМИ ЗМІ ВВП ДТП ПВО ППО БПЛА ЗРК ИИ ШІ"
)

#: parts of compound organisation names (state companies, ministries written as one word:
#: Мінфін, Минобороны, Нафтогаз, Укренерго, Газпром); a single capitalised word containing
#: one is an organisation
ORG_PARTS = (
    "мінфін минфин мінобор минобор міненерго минэнерго мінюст минюст мінекономі минэконом "
    "мінцифр минцифр мінзакордон генштаб генпрокур газпром нафтогаз нефтегаз роснефт "
    "енерго энерго атом укрзалізниц оборонпром ростех росатом роскосмос сбербанк приватбанк "
    "ощадбанк госдеп держдеп naftogaz gazprom rosneft rosatom energoatom ukrenergo "
    "energo roscosmos rostec sberbank privatbank"
)

#: "the West" as a geopolitical place, in the forms a lexicon gives as lemma
WEST = "захід запад west westen zachód occident запада заходу"

#: words that name something before a quoted name ("під назвою «X»", "codenamed X")
NAMED_BEFORE = (
    "назвою назву назва названием название названия назвала назвали кодовою кодовым "
    "наречена наречен codenamed dubbed named"
)

#: particles inside Latin-script names ("Bureau of Ukraine", "Chamber of Deputies")
PARTICLES_LATIN = "of the for and on de des du la le et in für der die von und na i dla"

#: Slavic function words that end an institution phrase
SLAVIC_STOP = (
    "і й та або а але в у на з із зі до від по за про для при через що як це не ні також "
    "и или но во со к о об от под над из изо что как это не также да със към че това "
    "w we z ze do od przy przez dla oraz lub że się jest są był była było byli nie jak to"
)

#: German institution nouns that end a compound name of one body (Kanzleramt,
#: Außenministeriums, Bundesregierung, Sicherheitsrats, Antikorruptionsbüros)
DE_ORG_TAILS = (
    "ministerium", "ministeriums", "amt", "amts", "amtes", "regierung", "büro", "büros",
    "rat", "rats", "rates", "staatsanwaltschaft", "behörde", "kommission", "ausschuss",
    "ausschusses", "gericht", "gerichts", "gerichtshof", "gerichtshofs", "parlament",
    "parlaments", "bundestag", "bundestags", "geheimdienst", "geheimdienstes",
)

#: German compound tails of named prizes (Nobelpreis, Friedensnobelpreis)
DE_MISC_TAILS = ("preis", "preises")

#: widely reported weapon systems (English names; matched across scripts by key) and the
#: acronyms of systems, typed MISC rather than ORG
WEAPONS = (
    "Patriot, HIMARS, ATACMS, Javelin, Storm Shadow, Taurus, Tomahawk, Iskander, Kinzhal, "
    "Kalibr, Shahed, Geran, Bayraktar, Leopard, Abrams, Bradley, Stinger, NASAMS, IRIS-T, "
    "SAMP/T, Gripen, AWACS, Starlink, Шахед, Шахеды, Іскандер, Искандер, Кинжал, Кинджал, "
    "Калибр, Калібр, Герань, Пэтриот, Петріот, Хаймарс, Байрактар, Старлинк, Старлінк"
)

#: legal forms and party abbreviations written before a quoted name (АО «Энергоатом», ПП "X");
#: the quoted part is the name, the form is not
LEGAL_FORMS = (
    "АО АТ ПАО ПрАТ ПАТ ОАО ЗАО ООО ТОВ ДП ГП НАЕК НАЭК ЕАД ЕООД АД ООД ПП ГО НПО ФГУП "
    "LLC Ltd Inc GmbH AG SA S.A. SE PLC JSC PJSC OJSC sp. S.A.S."
)

#: words after which a lone "X" is the platform (the former Twitter), not a letter
PLATFORM_CUES = (
    "on platform platformie platformy serwisie serwis service dienst onlinedienst plattform "
    "netzwerk kurznachrichtendienst "
    "мережі мережа соцмережі соцмережа платформі платформа соцсети соцсеть сети сеть "
    "платформе мрежа мрежата réseau plateforme"
)

#: Polish demonyms: the lemma endings of nouns for a people (Polak, Rosjanin, Ukrainiec)
PL_DEMONYM_LEMMAS = ("ak", "anin", "ianin", "iec", "czyk")
