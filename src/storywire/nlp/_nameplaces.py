"""The names gazetteer's tables: exonyms of places, international acronyms, multi-word names.

General knowledge written as data (countries, capitals, cities and bodies that international news
names in many languages), compiled by :mod:`storywire.nlp._namegazetteer`. Split from
``_namedata`` because it is a list of the world, not rules of spelling.
"""

from __future__ import annotations

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
