"""Date vocabulary of the Slavic languages: Ukrainian, Russian, Bulgarian, Polish, Czech and
Serbian/Croatian/Bosnian (see :mod:`storywire.nlp._datelexicon` for the conventions).
"""

from __future__ import annotations

from storywire.nlp._datelexicon import DateLexicon, expand, months, numbers, phrases, weekdays

# --- Ukrainian --------------------------------------------------------------------------------

UK = DateLexicon(
    relative_pronouns=("який", "яка", "яке", "які", "якого", "якої", "якому", "якій", "яку", "яким",
                       "якою", "якими", "яких"),
    months=months(
        "січ:ень,ня,ні,нем,ню", "лют:ий,ого,ому,им", "берез:ень,ня,ні,нем,ню",
        "квіт:ень,ня,ні,нем,ню", "трав:ень,ня,ні,нем,ню", "черв:ень,ня,ні,нем,ню",
        "лип:ень,ня,ні,нем,ню", "серп:ень,ня,ні,нем,ню", "верес:ень,ня,ні,нем,ню",
        "жовт:ень,ня,ні,нем,ню", "листопад:,а,і,ом,у", "груд:ень,ня,ні,нем,ню",
    ),
    weekdays=weekdays(
        "понеділ:ок,ка,ку,ком", "вівтор:ок,ка,ку,ком", "серед:а,у,и,і,ою", "четвер:,га,гу,гом",
        "п'ятниц:я,ю,і,ею", "субот:а,у,и,і,ою", "неділ:я,ю,і,ею",
    ),
    weekday_needs_cue=True,
    weekday_cues=("у", "в", "до", "з", "із", "зі", "від", "у ніч на", "в ніч на", "ніч на",
                  "вночі на", "уночі на", "на"),
    month_cues=tuple(expand("{у|в|з|із|зі|до|від|після|протягом|на початку|наприкінці|у кінці|"
                            "в кінці|у середині|в середині|з початку|на початку|до кінця|"
                            "до середини|на кінець|станом на кінець}")),
    mod_last=("минулого", "минулої", "минулий", "минулу", "минулому"),
    mod_this=("цього", "цієї", "цей", "цю", "найближчого", "найближчу"),
    mod_next=("наступного", "наступної", "наступний", "наступну"),
    this_week=tuple(expand("{цього тижня|на цьому тижні}")),
    future_cues=("до", "на"),
    future_words=("відбудеться", "відбудуться", "буде", "будуть", "планує*", "планують",
                  "планується", "запланован*", "заплановано", "має відбутися", "мають",
                  "проведе", "проведуть", "зустрінеться", "зустрінуться", "відвідає",
                  "продовжаться", "продовжиться", "вирушить", "прибуде", "очікується",
                  "намічен*", "збирається", "збираються", "розгляне"),
    night_from=("у ніч з", "в ніч з", "уночі з", "вночі з", "у ніч із", "в ніч із"),
    night_to=("на",),
    not_dates=tuple(expand("{на|до|станом на|по} {сьогодні|сьогоднішній день|сьогоднішнього дня}")),
    days=phrases({"вчора": -1, "учора": -1, "сьогодні": 0, "позавчора": -2, "завтра": 1,
                  "післязавтра": 2, "сьогодні вранці": 0, "вчора ввечері": -1}),
    months_rel=phrases({
        "{у |в |}минулому місяці": -1, "минулого місяця": -1, "{у |в |}цьому місяці": 0,
        "цього місяця": 0, "на початку {цього |}місяця": 0, "{на |}початку {цього |}місяця": 0,
        "наприкінці минулого місяця": -1, "на початку минулого місяця": -1,
        "{у |в |}середині {цього |}місяця": 0, "наступного місяця": 1,
        "{у |в |}наступному місяці": 1,
    }),
    years_rel=phrases({
        "цього року": 0, "{у |в |}цьому році": 0, "минулого року": -1, "{у |в |}минулому році": -1,
        "торік": -1, "наступного року": 1, "{у |в |}наступному році": 1,
    }),
    weeks_rel=phrases({
        "минулого тижня": -1, "{на |}минулому тижні": -1, "цього тижня": 0, "на цьому тижні": 0,
        "наступного тижня": 1, "на наступному тижні": 1, "на початку {цього |}тижня": 0,
    }),
    weekends_rel=phrases({
        "минулими вихідними": "last", "{на |у |в |}минулих вихідних": "last",
        "на вихідних": "recent", "у вихідні": "recent", "в вихідні": "recent",
        "цими вихідними": "this", "{на |}цих вихідних": "this", "наступними вихідними": "next",
    }),
    ago=("# {день|дні|днів|доби} тому", "# {день|дні|днів} назад"),
    numbers=numbers("один:1 одну:1 два:2 дві:2 три:3 чотири:4 п'ять:5 шість:6 сім:7 кілька:0"),
    year_words=("року", "рік", "році", "р.", "рр.", "роках", "роки", "роком"),
    year_cues=("у", "в", "з", "із", "до", "від", "після", "станом на", "наприкінці", "протягом"),
)

# --- Russian ----------------------------------------------------------------------------------

RU = DateLexicon(
    relative_pronouns=("котор*",),
    months=months(
        "январ:ь,я,е,ю,ём,ем", "феврал:ь,я,е,ю,ём,ем", "март:,а,е,у,ом", "апрел:ь,я,е,ю,ем",
        "ма:й,я,е,ю,ем", "июн:ь,я,е,ю,ем", "июл:ь,я,е,ю,ем", "август:,а,е,у,ом",
        "сентябр:ь,я,е,ю,ём,ем", "октябр:ь,я,е,ю,ём,ем", "ноябр:ь,я,е,ю,ём,ем",
        "декабр:ь,я,е,ю,ём,ем",
    ),
    month_abbr=months("янв", "фев", "мар", "апр", "", "", "", "авг", "сен сент", "окт", "ноя",
                      "дек"),
    weekdays=weekdays(
        "понедельник:,а,у,ом", "вторник:,а,у,ом", "сред:а,у,ы,е,ой", "четверг:,а,у,ом",
        "пятниц:а,у,ы,е,ей", "суббот:а,у,ы,е,ой", "воскресень:е,я,ю,ем",
    ),
    weekday_needs_cue=True,
    weekday_cues=("в", "во", "до", "с", "со", "в ночь на", "ночью на", "на"),
    month_cues=tuple(expand("{в|во|с|со|до|после|к|на протяжении|в течение|в начале|в конце|"
                            "в середине|с начала|до конца|до середины|к концу|к началу|"
                            "в первой половине|во второй половине|на конец|"
                            "по состоянию на конец}")),
    mod_last=("прошлом", "прошлый", "прошлую", "прошлое", "прошлого", "прошлой",
              "минувший", "минувшую", "минувшее", "минувшем", "минувшего", "минувшей"),
    mod_this=("этот", "эту", "это", "этом", "этого", "этой", "ближайший", "ближайшую",
              "ближайшее"),
    mod_next=("следующий", "следующую", "следующее", "следующем", "следующего", "следующей"),
    this_week=tuple(expand("{на этой неделе|этой недели}")),
    future_cues=("до", "к", "на"),
    future_words=("состоится", "состоятся", "пройдет", "пройдёт", "пройдут", "будет", "будут",
                  "планирует*", "планируют", "планируется", "запланирован*", "намерен*",
                  "проведет", "проведёт", "проведут", "встретится", "встретятся", "посетит",
                  "продолжатся", "продолжится", "отправится", "отправятся", "прибудет",
                  "ожидается", "намечен*", "собирается", "собираются", "рассмотрит"),
    night_from=("в ночь с", "в ночь со", "ночью с", "ночью со"),
    night_to=("на",),
    not_dates=(*expand("{на|до|по состоянию на} {сегодня|сегодняшний день|сегодняшнего дня}"),
               "по сей день"),
    days=phrases({"вчера": -1, "сегодня": 0, "позавчера": -2, "завтра": 1, "послезавтра": 2,
                  "сегодня утром": 0, "вчера вечером": -1}),
    months_rel=phrases({
        "в прошлом месяце": -1, "прошлого месяца": -1, "в этом месяце": 0, "этого месяца": 0,
        "в начале {этого |текущего |}месяца": 0, "в середине {этого |текущего |}месяца": 0,
        "в конце прошлого месяца": -1, "в начале прошлого месяца": -1,
        "в {следующем|будущем} месяце": 1, "в минувшем месяце": -1, "в текущем месяце": 0,
    }),
    years_rel=phrases({
        "в этом году": 0, "этого года": 0, "в текущем году": 0, "текущего года": 0,
        "в прошлом году": -1, "прошлого года": -1, "в минувшем году": -1,
        "в {следующем|будущем} году": 1, "следующего года": 1,
    }),
    weeks_rel=phrases({
        "на прошлой неделе": -1, "прошлой недели": -1, "на минувшей неделе": -1,
        "на этой неделе": 0, "этой недели": 0, "на текущей неделе": 0,
        "на следующей неделе": 1, "следующей недели": 1, "в начале {этой |}недели": 0,
    }),
    weekends_rel=phrases({
        "на прошлых выходных": "last", "в прошлые выходные": "last", "в минувшие выходные": "last",
        "на минувших выходных": "last", "на выходных": "recent", "в выходные": "recent",
        "в эти выходные": "this", "на этих выходных": "this", "в следующие выходные": "next",
        "на следующих выходных": "next",
    }),
    ago=("# {день|дня|дней|суток} назад",),
    numbers=numbers("один:1 одни:1 два:2 две:2 три:3 четыре:4 пять:5 шесть:6 семь:7"),
    year_words=("года", "году", "год", "годом", "г.", "гг.", "годах", "годы", "годов"),
    year_cues=("в", "во", "с", "со", "до", "после", "к", "по состоянию на", "к концу",
               "в течение"),
)

# --- Bulgarian --------------------------------------------------------------------------------

BG = DateLexicon(
    relative_pronouns=("който", "която", "което", "които", "където"),
    months=months("януари", "февруари", "март", "април", "май", "юни", "юли", "август",
                  "септември", "октомври", "ноември", "декември"),
    month_abbr=months("ян", "фев", "мар", "апр", "", "", "", "авг", "сеп", "окт", "ное", "дек"),
    weekdays=weekdays(
        "понеделник:,а", "вторник:,а", "сряда:,та", "четвъртък:,а", "петък:,а", "събота:,та",
        "неделя:,та",
    ),
    weekday_needs_cue=True,
    weekday_cues=("в", "във", "до", "от", "на", "в нощта срещу", "през нощта срещу", "срещу"),
    month_cues=tuple(expand("{в|във|през|от|до|след|около|в началото на|в края на|"
                            "в средата на|от началото на|до края на|към края на}")),
    mod_last=("миналия", "миналата", "миналото", "изминалия", "изминалата"),
    mod_this=("този", "тази", "това"),
    mod_next=("следващия", "следващата", "следващото", "идния", "идната"),
    this_week=tuple(expand("{тази седмица|през тази седмица|на тази седмица}")),
    future_cues=("до",),
    future_words=("ще", "предстои", "планира*", "насрочен*", "очаква се", "предвижда се"),
    night_from=("в нощта срещу",),
    not_dates=("до днес", "и до днес", "към днешна дата", "към днешния ден"),
    days=phrases({"вчера": -1, "днес": 0, "завчера": -2, "онзи ден": -2, "утре": 1,
                  "тази сутрин": 0, "днес сутринта": 0}),
    months_rel=phrases({
        "{през |}миналия месец": -1, "{през |}този месец": 0,
        "в началото на {месеца|този месец}": 0,
        "по-рано този месец": 0, "{през |}следващия месец": 1, "в края на миналия месец": -1,
    }),
    years_rel=phrases({
        "{през |}тази година": 0, "{през |}миналата година": -1, "{през |}следващата година": 1,
        "догодина": 1, "лани": -1,
    }),
    weeks_rel=phrases({
        "{през |}тази седмица": 0, "по-рано тази седмица": 0, "{през |}миналата седмица": -1,
        "{през |}следващата седмица": 1, "в началото на седмицата": 0,
    }),
    weekends_rel=phrases({
        "{през |}миналия уикенд": "last", "{през |}изминалия уикенд": "last",
        "през уикенда": "recent", "този уикенд": "this", "{през |}следващия уикенд": "next",
        "през почивните дни": "recent", "{през |}изминалите почивни дни": "last",
    }),
    ago=("преди # {ден|дни|денонощия}",),
    numbers=numbers("един:1 два:2 две:2 три:3 четири:4 пет:5 шест:6 седем:7 няколко:0"),
    year_words=("г.", "година", "години", "год.", "гг."),
    year_cues=("в", "във", "през", "от", "до", "след", "преди", "около"),
)


# --- Polish -----------------------------------------------------------------------------------

PL = DateLexicon(
    relative_pronouns=("któr*",),
    months=months(
        "stycz:eń,nia,niu,niem", "lut:y,ego,ym,emu", "mar:zec,ca,cu,cem",
        "kwie:cień,tnia,tniu,tniem", "maj:,a,u,em", "czerw:iec,ca,cu,cem", "lip:iec,ca,cu,cem",
        "sierp:ień,nia,niu,niem", "wrze:sień,śnia,śniu,śniem",
        "październik:,a,u,iem", "listopad:,a,zie,em", "grud:zień,nia,niu,niem",
    ),
    month_abbr=months("sty", "lut", "mar", "kwi", "", "cze", "lip", "sie", "wrz", "paź", "lis",
                      "gru"),
    weekdays=weekdays(
        "poniedział:ek,ku,kiem", "wtor:ek,ku,kiem", "środ:a,ę,y,zie,ą", "czwart:ek,ku,kiem",
        "piąt:ek,ku,kiem", "sobot:a,ę,y,a,ą sobocie", "niedziel:a,ę,i,ą",
    ),
    weekday_needs_cue=True,
    weekday_cues=("w", "we", "od", "do", "w nocy na", "nocą na", "w noc na"),
    month_cues=tuple(expand("{w|we|od|do|po|przed|na początku|pod koniec|w połowie|"
                            "od początku|do końca|na przełomie|w ciągu|w trakcie|z końcem|"
                            "z początkiem}")),
    mod_last=("zeszły", "zeszłą", "zeszłym", "ubiegły", "ubiegłą", "ubiegłym", "ostatni",
              "ostatnią", "miniony", "minioną", "minionym", "poprzedni", "poprzednią"),
    mod_this=("ten", "tę", "tą", "tym", "najbliższy", "najbliższą", "obecny"),
    mod_next=("przyszły", "przyszłą", "przyszłym", "następny", "następną", "kolejny",
              "kolejną"),
    this_week=("w tym tygodniu", "tego tygodnia"),
    future_cues=("do",),
    future_words=("będzie", "będą", "odbędzie", "odbędą", "planuje", "planują", "zaplanowan*",
                  "ma się odbyć", "mają się odbyć", "spotka się", "spotkają się",
                  "przyjedzie", "zamierza", "zamierzają"),
    night_from=("w nocy z", "w nocy ze", "nocą z", "w noc z"),
    night_to=("na",),
    not_dates=("do dziś", "do dzisiaj", "na dziś", "po dziś dzień", "do dnia dzisiejszego"),
    days=phrases({"wczoraj": -1, "dziś": 0, "dzisiaj": 0, "przedwczoraj": -2, "jutro": 1,
                  "pojutrze": 2, "dziś rano": 0, "wczoraj wieczorem": -1}),
    months_rel=phrases({
        "w {zeszłym|ubiegłym|poprzednim|minionym} miesiącu": -1,
        "{zeszłego|ubiegłego|poprzedniego} miesiąca": -1, "w tym miesiącu": 0,
        "tego miesiąca": 0, "na początku {tego |}miesiąca": 0, "w przyszłym miesiącu": 1,
        "w połowie {tego |}miesiąca": 0, "pod koniec {zeszłego|ubiegłego} miesiąca": -1,
    }),
    years_rel=phrases({
        "w tym roku": 0, "tego roku": 0, "w {zeszłym|ubiegłym|poprzednim|minionym} roku": -1,
        "{zeszłego|ubiegłego} roku": -1, "w przyszłym roku": 1, "przyszłego roku": 1,
    }),
    weeks_rel=phrases({
        "w {zeszłym|ubiegłym|poprzednim|minionym} tygodniu": -1,
        "{zeszłego|ubiegłego} tygodnia": -1, "w tym tygodniu": 0, "tego tygodnia": 0,
        "w przyszłym tygodniu": 1, "na początku {tego |}tygodnia": 0,
    }),
    weekends_rel=phrases({
        "w {zeszły|ubiegły|miniony|ostatni} weekend": "last", "w weekend": "recent",
        "podczas weekendu": "recent", "w ten weekend": "this",
        "w przyszły weekend": "next", "w najbliższy weekend": "this",
    }),
    ago=("# {dni|dzień} temu",),
    numbers=numbers("jeden:1 dwa:2 dwóch:2 trzy:3 cztery:4 pięć:5 sześć:6 siedem:7 kilka:0"),
    year_words=("r.", "roku", "rok", "rokiem", "latach"),
    year_cues=("w", "we", "od", "do", "po", "przed", "na początku", "pod koniec", "z"),
)

# --- Czech ------------------------------------------------------------------------------------

CS = DateLexicon(
    relative_pronouns=("kter*",),
    months=months(
        "led:en,na,nu,nem", "únor:,a,u,em", "břez:en,na,nu,nem", "dub:en,na,nu,nem",
        "květ:en,na,nu,nem", "červ:en,na,nu,nem", "červen:ec,ce,ci,cem", "srp:en,na,nu,nem",
        "září:,m", "říj:en,na,nu,nem", "listopad:,u,em", "prosin:ec,ce,ci,cem",
    ),
    weekdays=weekdays(
        "pondělí:,m", "úterý:,m", "střed:a,u,y,ě,ou", "čtvrt:ek,ka,ku,kem", "pát:ek,ku,kem",
        "sobot:a,u,y,ě,ou", "neděl:e,i,í",
    ),
    weekday_needs_cue=True,
    weekday_cues=("v", "ve", "od", "do", "v noci na", "přes noc na", "noci na"),
    month_cues=tuple(expand("{v|ve|od|do|po|před|začátkem|koncem|v polovině|na začátku|"
                            "na konci|během|v průběhu|od začátku|do konce|na přelomu}")),
    mod_last=("minulý", "minulou", "minulé", "uplynulý", "uplynulou", "loňský", "loňském"),
    mod_this=("tento", "tuto", "toto", "letošní", "letošním"),
    mod_next=("příští", "následující"),
    this_week=("tento týden", "tohoto týdne"),
    future_cues=("do",),
    future_words=("bude", "budou", "proběhne", "proběhnou", "plánuje", "plánují",
                  "naplánován*", "se uskuteční", "se sejde", "se setkají", "má se konat"),
    night_from=("v noci z", "v noci ze", "přes noc z"),
    night_to=("na",),
    not_dates=("do dneška", "k dnešku", "dnes už", "až dodnes"),
    days=phrases({"včera": -1, "dnes": 0, "předevčírem": -2, "zítra": 1, "pozítří": 2,
                  "dnes ráno": 0, "včera večer": -1}),
    months_rel=phrases({
        "{v |}minulém měsíci": -1, "minulý měsíc": -1, "minulého měsíce": -1,
        "{v |}tomto měsíci": 0, "tento měsíc": 0, "tohoto měsíce": 0,
        "začátkem {tohoto |}měsíce": 0, "na začátku {tohoto |}měsíce": 0,
        "příští měsíc": 1, "{v |}příštím měsíci": 1, "koncem minulého měsíce": -1,
    }),
    years_rel=phrases({
        "letos": 0, "tento rok": 0, "{v |}tomto roce": 0, "loni": -1, "vloni": -1,
        "minulý rok": -1, "{v |}minulém roce": -1, "příští rok": 1, "{v |}příštím roce": 1,
    }),
    weeks_rel=phrases({
        "minulý týden": -1, "{v |}minulém týdnu": -1, "tento týden": 0, "{v |}tomto týdnu": 0,
        "příští týden": 1, "{v |}příštím týdnu": 1, "začátkem {tohoto |}týdne": 0,
    }),
    weekends_rel=phrases({
        "minulý víkend": "last", "o minulém víkendu": "last", "o víkendu": "recent",
        "během víkendu": "recent", "tento víkend": "this", "o tomto víkendu": "this",
        "příští víkend": "next",
    }),
    ago=("před # {dny|dnem}",),
    numbers=numbers("jedním:1 dvěma:2 třemi:3 čtyřmi:4 pěti:5 šesti:6 sedmi:7 několika:0"),
    year_words=("roku",),
    year_cues=tuple(expand("{v roce|roku|od roku|do roku|od|do|po roce|před rokem|"
                           "začátkem roku|koncem roku|v}")),
)

# --- Serbian / Croatian / Bosnian (Latin and Cyrillic) ----------------------------------------

_SR_MONTHS = months(
    "januar:,a,u,om siječ:anj,nja,nju,njem јануар:,а,у,ом",
    "februar:,a,u,om veljač:a,e,i,om фебруар:,а,у,ом",
    "mart:,a,u,om ožuj:ak,ka,ku,kom март:,а,у,ом",
    "april:,a,u,om trav:anj,nja,nju,njem април:,а,у,ом",
    "maj:,a,u,em svib:anj,nja,nju,njem мај:,а,у,ем",
    "jun:,a,u,om juni:,ja lip:anj,nja,nju,njem јун:,а,у,ом",
    "jul:,a,u,om juli:,ja srp:anj,nja,nju,njem јул:,а,у,ом",
    "avgust:,a,u,om august:,a,u,om kolovoz:,a,u,om август:,а,у,ом",
    "septemb:ar,ra,ru,rom rujan:,a rujn:a,u,om септемб:ар,ра,ру,ром",
    "oktob:ar,ra,ru,rom listopad:,a,u,om октоб:ар,ра,ру,ром",
    "novemb:ar,ra,ru,rom studen:i,og,oga,om,ome новемб:ар,ра,ру,ром",
    "decemb:ar,ra,ru,rom prosin:ac,ca,cu,cem децемб:ар,ра,ру,ром",
)
SR = DateLexicon(
    relative_pronouns=("koj*", "кој*"),
    months=_SR_MONTHS,
    weekdays=weekdays(
        "ponedelj:ak,ka,ku,kom ponedjelj:ak,ka,ku,kom понедељ:ак,ка,ку,ком",
        "utor:ak,ka,ku,kom утор:ак,ка,ку,ком",
        "sred:a,u,e,i,om srijed:a,u,e,i,om сред:а,у,е,и,ом",
        "četvrt:ak,ka,ku,kom четврт:ак,ка,ку,ком",
        "pet:ak,ka,ku,kom пет:ак,ка,ку,ком",
        "subot:a,u,e,i,om субот:а,у,е,и,ом",
        "nedelj:a,u,e,i,om nedjelj:a,u,e,i,om недељ:а,у,е,и,ом",
    ),
    weekday_needs_cue=True,
    weekday_cues=("u", "od", "do", "у", "од", "до", "u noći na", "у ноћи на", "noću na"),
    month_cues=tuple(expand("{u|od|do|posle|poslije|nakon|pre|prije|početkom|krajem|sredinom|"
                            "tokom|tijekom|у|од|до|после|почетком|крајем|средином|током}")),
    mod_last=("prošle", "prošlog", "prošlu", "прошле", "прошлог", "прошлу"),
    mod_this=("ove", "ovog", "ovu", "ове", "овог", "ову"),
    mod_next=("sledeće", "sljedeće", "sledećeg", "sljedećeg", "naredne", "narednog",
              "iduće", "idućeg", "следеће", "следећег"),
    this_week=tuple(expand("{ove|ovog} {nedelje|nedjelje|sedmice|tjedna}")),
    future_cues=("do", "до"),
    future_words=("će", "ће", "biće", "bit će", "održaće", "planira*", "planiran*",
                  "zakazan*", "trebalo bi", "treba da", "očekuje se"),
    night_from=("u noći između", "u noći sa", "u noći s", "у ноћи између"),
    night_to=("na", "i", "на", "и"),
    not_dates=("do danas", "до данас", "od danas"),
    days=phrases({"juče": -1, "jučer": -1, "juce": -1, "јуче": -1, "danas": 0, "данас": 0,
                  "prekjuče": -2, "prekjučer": -2, "прекјуче": -2, "sutra": 1, "сутра": 1,
                  "jutros": 0, "јутрос": 0}),
    months_rel=phrases({
        "{prošlog|prethodnog} {meseca|mjeseca}": -1, "{прошлог|претходног} месеца": -1,
        "{ovog|ovoga|tekućeg} {meseca|mjeseca}": 0, "овог месеца": 0,
        "početkom {ovog |}{meseca|mjeseca}": 0, "почетком {овог |}месеца": 0,
        "{sledećeg|sljedećeg|narednog|idućeg} {meseca|mjeseca}": 1, "следећег месеца": 1,
        "krajem prošlog {meseca|mjeseca}": -1,
    }),
    years_rel=phrases({
        "{ove|ovoga|tekuće} godine": 0, "ове године": 0, "{prošle|prethodne} godine": -1,
        "прошле године": -1, "lane": -1, "lani": -1, "{sledeće|sljedeće|naredne|iduće} godine": 1,
        "следеће године": 1,
    }),
    weeks_rel=phrases({
        "prošle {nedelje|nedjelje|sedmice}": -1, "prošlog tjedna": -1, "прошле недеље": -1,
        "прошле седмице": -1, "{ove|ovoga} {nedelje|nedjelje|sedmice}": 0, "ovog tjedna": 0,
        "ovaj tjedan": 0, "ове недеље": 0, "ове седмице": 0,
        "{sledeće|sljedeće|naredne|iduće} {nedelje|nedjelje|sedmice}": 1, "idućeg tjedna": 1,
        "sljedećeg tjedna": 1, "следеће недеље": 1,
    }),
    weekends_rel=phrases({
        "prošlog vikenda": "last", "прошлог викенда": "last", "za vikend": "recent",
        "tokom vikenda": "recent", "tijekom vikenda": "recent", "vikendom": "recent",
        "за викенд": "recent", "током викенда": "recent", "ovog vikenda": "this",
        "овог викенда": "this", "sledećeg vikenda": "next", "sljedećeg vikenda": "next",
    }),
    ago=("{pre|prije|пре} # {dana|dan|дана|дан}",),
    numbers=numbers("jedan:1 dva:2 tri:3 četiri:4 pet:5 šest:6 sedam:7 nekoliko:0 "
                    "један:1 два:2 три:3 четири:4 пет:5 шест:6 седам:7"),
    year_dot=True,
    year_words=("godine", "godina", "godini", "године", "година", "години", "g.", "г."),
    year_cues=("u", "od", "do", "posle", "poslije", "nakon", "pre", "prije", "у", "од", "до",
               "после", "tokom", "tijekom"),
)
