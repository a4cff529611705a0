"""Date vocabulary of the Germanic and Romance languages: English, German, French, Spanish and
Italian (see :mod:`storywire.nlp._datelexicon` for the conventions).
"""

from __future__ import annotations

from storywire.nlp._datelexicon import DateLexicon, expand, months, numbers, phrases, weekdays

# --- English ----------------------------------------------------------------------------------

EN = DateLexicon(
    relative_pronouns=("which",),
    months=months("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"),
    month_abbr=months("Jan", "Feb", "Mar", "Apr", "", "Jun", "Jul", "Aug", "Sep Sept", "Oct",
                      "Nov", "Dec"),
    weekdays=weekdays("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                      "Sunday"),
    weekday_cues=("on", "by", "until", "since", "from", "late on", "early on", "late",
                  "early", "overnight on", "overnight into"),
    month_cues=tuple(expand("{in|since|until|till|by|from|during|through|throughout|before|"
                            "after|in early|in late|in mid-|in mid|early|late|mid-|"
                            "earlier in|later in|the end of|the start of|the beginning of|"
                            "the middle of|end of|start of|beginning of}")),
    mod_last=("last", "past"),
    mod_this=("this",),
    mod_next=("next", "coming", "this coming"),
    this_week=("this week",),
    future_cues=("by", "until", "till", "before"),
    future_words=("will", "won't", "'ll", "shall", "is expected", "are expected",
                  "is scheduled", "are scheduled", "is due", "are due", "is set to",
                  "are set to", "plans to", "planned", "to be held", "upcoming"),
    night_from=(),
    not_dates=("as of today", "until today", "up to today", "to this day", "today's world"),
    days=phrases({"yesterday": -1, "today": 0, "the day before yesterday": -2,
                  "tomorrow": 1, "earlier today": 0, "this morning": 0, "this afternoon": 0,
                  "this evening": 0, "tonight": 0, "earlier on today": 0}),
    months_rel=phrases({
        "last month": -1, "this month": 0, "earlier this month": 0, "early this month": 0,
        "at the start of {the|this} month": 0, "at the beginning of {the|this} month": 0,
        "next month": 1, "late last month": -1, "earlier last month": -1,
        "at the end of last month": -1, "{the |}previous month": -1,
    }),
    years_rel=phrases({
        "this year": 0, "last year": -1, "next year": 1, "earlier this year": 0,
        "later this year": 0, "{the |}previous year": -1, "{the |}past year": -1,
    }),
    weeks_rel=phrases({
        "last week": -1, "this week": 0, "earlier this week": 0, "later this week": 0,
        "next week": 1, "early this week": 0, "late last week": -1, "earlier last week": -1,
        "{the |}previous week": -1, "{the |}past week": -1,
    }),
    weekends_rel=phrases({
        "last weekend": "last", "over the weekend": "recent", "at the weekend": "recent",
        "on the weekend": "recent", "this weekend": "this", "this past weekend": "last",
        "next weekend": "next", "{the |}weekend's": "recent",
    }),
    ago=("# days ago", "# day ago"),
    numbers=numbers("a:1 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 several:0"),
    year_words=(),
    year_cues=tuple(expand("{in|since|until|till|by|from|during|through|before|after|"
                           "early|late|mid-|in early|in late|in mid-|the end of|"
                           "the start of|the beginning of|the year|back in|as of|spring|"
                           "summer|autumn|fall|winter}")),
    joiners=("of",),
    case_sensitive=True,
    slash_mdy=True,
    month_first=True,
)

# --- German -----------------------------------------------------------------------------------

DE = DateLexicon(
    months=months("Januar Jänner", "Februar Feber", "März", "April", "Mai", "Juni", "Juli",
                  "August", "September", "Oktober", "November", "Dezember"),
    month_abbr=months("Jan", "Feb", "Mär Mrz", "Apr", "", "Jun", "Jul", "Aug", "Sep Sept",
                      "Okt", "Nov", "Dez"),
    weekdays=weekdays("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
                      "Samstag Sonnabend", "Sonntag"),
    weekday_suffixes=("abend", "morgen", "vormittag", "nachmittag", "mittag", "nacht",
                      "früh"),
    weekday_cues=("am", "seit", "bis", "bis zum", "ab", "vom", "in der Nacht zum",
                  "in der Nacht auf", "Nacht zum", "Nacht auf"),
    month_cues=tuple(expand("{im|seit|bis|ab|vor|nach|Anfang|Ende|Mitte|seit Anfang|"
                            "seit Ende|seit Mitte|bis Ende|bis Anfang|bis Mitte|im Laufe des|"
                            "im Verlauf des|Im}")),
    mod_last=("letzten", "vergangenen", "vorigen", "letzter", "vergangener", "letztes"),
    mod_this=("diesen", "dieses", "diesem"),
    mod_next=("nächsten", "kommenden", "nächster", "kommender"),
    this_week=("dieser Woche", "diese Woche"),
    future_cues=("bis", "bis zum"),
    future_words=("wird", "soll", "sollen", "solle", "sollten", "geplant", "plant",
                  "planen", "wollen", "will", "anstehend*", "bevorstehend*", "kommend*"),
    night_from=(),
    not_dates=("bis heute", "von heute auf morgen", "ab heute", "seit heute"),
    days=phrases({"gestern": -1, "heute": 0, "vorgestern": -2, "übermorgen": 2,
                  "heute Morgen": 0, "gestern Abend": -1, "heute früh": 0,
                  "gestern Morgen": -1, "gestern Nachmittag": -1, "heute Nachmittag": 0}),
    months_rel=phrases({
        "{im |}letzten Monat": -1, "letzten Monats": -1, "{im |}vergangenen Monat": -1,
        "vergangenen Monats": -1, "{im |}Vormonat": -1, "{in |}diesem Monat": 0,
        "diesen Monat": 0, "Anfang {des |dieses }Monats": 0, "Mitte {des |dieses }Monats": 0,
        "Anfang des Monats": 0, "{im |}nächsten Monat": 1, "{im |}kommenden Monat": 1,
        "Ende {des |}{letzten|vergangenen|vorigen} Monats": -1,
    }),
    years_rel=phrases({
        "{in |}diesem Jahr": 0, "dieses Jahr": 0, "dieses Jahres": 0, "{im |}vergangenen Jahr": -1,
        "{im |}letzten Jahr": -1, "letztes Jahr": -1, "{im |}Vorjahr": -1,
        "vergangenen Jahres": -1, "letzten Jahres": -1, "{im |}nächsten Jahr": 1,
        "{im |}kommenden Jahr": 1, "nächstes Jahr": 1,
    }),
    weeks_rel=phrases({
        "{in der |}{letzten|vergangenen|vorigen} Woche": -1, "letzte Woche": -1,
        "vergangene Woche": -1, "vorige Woche": -1, "{in |}dieser Woche": 0, "diese Woche": 0,
        "Anfang der Woche": 0, "{in der |}{nächsten|kommenden} Woche": 1, "nächste Woche": 1,
        "kommende Woche": 1, "Ende {der |}{letzten|vergangenen} Woche": -1,
    }),
    weekends_rel=phrases({
        "am {letzten|vergangenen} Wochenende": "last", "letztes Wochenende": "last",
        "vergangenes Wochenende": "last", "am Wochenende": "recent",
        "{an |}diesem Wochenende": "this", "dieses Wochenende": "this",
        "am {nächsten|kommenden} Wochenende": "next", "nächstes Wochenende": "next",
    }),
    ago=("vor # {Tagen|Tag}",),
    numbers=numbers("einem:1 einen:1 zwei:2 drei:3 vier:4 fünf:5 sechs:6 sieben:7 "
                    "Zwei:2 Drei:3 Vier:4 Fünf:5 Sechs:6 Sieben:7"),
    year_words=(),
    year_cues=tuple(expand("{im Jahr|im Jahre|seit|bis|ab|vor|nach|Jahr|Anfang|Ende|Mitte|"
                           "Frühjahr|Sommer|Herbst|Winter|bis Ende|seit Ende|Im Jahr}")),
    joiners=(),
    case_sensitive=True,
)


# --- French -----------------------------------------------------------------------------------

FR = DateLexicon(
    months=months("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet",
                  "août aout", "septembre", "octobre", "novembre", "décembre decembre"),
    month_abbr=months("janv", "févr fév", "", "avr", "", "", "juil", "", "sept", "oct", "nov",
                      "déc"),
    weekdays=weekdays("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    weekday_cues=("le", "dès", "depuis", "jusqu'à", "d'ici", "dans la nuit de",
                  "dans la nuit du"),
    month_cues=tuple(expand("{en|depuis|dès|jusqu'en|avant|après|début|fin|mi-|courant|"
                            "au début du mois de|à la fin du mois de|au mois de|le mois de|"
                            "d'ici}")),
    mod_last=(),
    mod_this=("ce",),
    mod_next=(),
    post_last=("dernier", "passé"),
    post_next=("prochain",),
    this_week=("de cette semaine", "cette semaine"),
    future_cues=("d'ici", "jusqu'à"),
    future_words=("aura lieu", "auront lieu", "doit", "doivent", "devrait", "devraient",
                  "prévu*", "va", "vont", "se tiendra", "se rendra", "rencontrera"),
    night_from=("dans la nuit de", "dans la nuit du"),
    night_to=("à", "au"),
    not_dates=("jusqu'à aujourd'hui", "d'aujourd'hui", "jusqu'aujourd'hui"),
    days=phrases({"hier": -1, "aujourd'hui": 0, "avant-hier": -2, "demain": 1,
                  "après-demain": 2, "ce matin": 0, "hier soir": -1, "ce soir": 0,
                  "cet après-midi": 0}),
    months_rel=phrases({
        "le mois dernier": -1, "{le |}mois passé": -1, "ce mois-ci": 0, "{en |}début de mois": 0,
        "{au |}début du mois": 0, "plus tôt ce mois-ci": 0, "le mois prochain": 1,
        "{à la |}fin du mois dernier": -1,
    }),
    years_rel=phrases({
        "cette année": 0, "l'année dernière": -1, "l'an dernier": -1, "l'an passé": -1,
        "l'année passée": -1, "l'année prochaine": 1, "l'an prochain": 1,
    }),
    weeks_rel=phrases({
        "la semaine dernière": -1, "la semaine passée": -1, "cette semaine": 0,
        "plus tôt cette semaine": 0, "en début de semaine": 0, "la semaine prochaine": 1,
    }),
    weekends_rel=phrases({
        "le week-end dernier": "last", "le weekend dernier": "last", "ce week-end": "this",
        "ce weekend": "this", "pendant le week-end": "recent", "le week-end prochain": "next",
        "durant le week-end": "recent",
    }),
    ago=("il y a # jours", "il y a # jour"),
    numbers=numbers("un:1 deux:2 trois:3 quatre:4 cinq:5 six:6 sept:7 quelques:0"),
    year_words=(),
    year_cues=tuple(expand("{en|depuis|dès|jusqu'en|avant|après|l'année|d'ici|fin|début|"
                           "courant|printemps|été|automne|hiver}")),
)

# --- Spanish ----------------------------------------------------------------------------------

ES = DateLexicon(
    months=months("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre setiembre", "octubre", "noviembre", "diciembre"),
    month_abbr=months("ene", "feb", "mar", "abr", "", "jun", "jul", "ago", "sep sept", "oct",
                      "nov", "dic"),
    weekdays=weekdays("lunes", "martes", "miércoles miercoles", "jueves", "viernes",
                      "sábado sabado", "domingo"),
    weekday_cues=("el", "desde el", "hasta el", "la noche del", "la madrugada del"),
    month_cues=tuple(expand("{en|desde|hasta|antes de|después de|a principios de|"
                            "a finales de|a mediados de|principios de|finales de|mediados de|"
                            "a fines de|el mes de|en el mes de|durante}")),
    mod_last=("el pasado", "pasado"),
    mod_this=("este", "esta"),
    mod_next=("el próximo", "próximo", "el proximo", "este próximo"),
    post_last=("pasado",),
    post_next=("próximo", "que viene"),
    this_week=("de esta semana", "esta semana"),
    future_cues=("hasta el",),
    future_words=("será", "serán", "se celebrará", "tendrá lugar", "está previsto",
                  "están previstos", "prevé", "va a", "van a", "se reunirá", "viajará",
                  "se entregará", "celebrará"),
    night_from=("la noche del", "en la noche del"),
    night_to=("al",),
    not_dates=("hasta hoy", "hoy en día", "hoy día", "de hoy en adelante"),
    days=phrases({"ayer": -1, "hoy": 0, "anteayer": -2, "antier": -2, "antes de ayer": -2,
                  "esta mañana": 0, "esta tarde": 0,
                  "esta noche": 0, "pasado mañana": 2}),
    months_rel=phrases({
        "el mes pasado": -1, "{el |}pasado mes": -1, "este mes": 0,
        "a principios de {este |}mes": 0,
        "a comienzos de {este |}mes": 0, "el próximo mes": 1, "el mes que viene": 1,
        "a finales del mes pasado": -1,
    }),
    years_rel=phrases({
        "este año": 0, "el año pasado": -1, "el pasado año": -1, "el próximo año": 1,
        "el año que viene": 1,
    }),
    weeks_rel=phrases({
        "la semana pasada": -1, "la pasada semana": -1, "esta semana": 0,
        "a principios de {esta |}semana": 0, "la próxima semana": 1, "la semana que viene": 1,
    }),
    weekends_rel=phrases({
        "el fin de semana pasado": "last", "el pasado fin de semana": "last",
        "este fin de semana": "this", "durante el fin de semana": "recent",
        "el próximo fin de semana": "next", "el fin de semana": "recent",
    }),
    ago=("hace # días", "hace # día"),
    numbers=numbers("un:1 dos:2 tres:3 cuatro:4 cinco:5 seis:6 siete:7 unos:0"),
    year_words=(),
    year_cues=tuple(expand("{en|desde|hasta|antes de|después de|en el|desde el|hasta el|"
                           "a principios de|a finales de|a mediados de|del|el año|de}")),
    joiners=("de",),
)

# --- Italian ----------------------------------------------------------------------------------

IT = DateLexicon(
    months=months("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio",
                  "agosto", "settembre", "ottobre", "novembre", "dicembre"),
    month_abbr=months("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott",
                      "nov", "dic"),
    weekdays=weekdays("lunedì lunedi", "martedì martedi", "mercoledì mercoledi",
                      "giovedì giovedi", "venerdì venerdi", "sabato", "domenica"),
    weekday_cues=("il", "la", "da", "fino a", "nella notte tra", "nella notte di"),
    month_cues=tuple(expand("{a|ad|in|da|dal|fino a|entro|prima di|dopo|inizio|fine|metà|"
                            "all'inizio di|alla fine di|a metà|nel mese di|il mese di|durante}")),
    mod_last=("lo scorso", "la scorsa", "scorso", "scorsa"),
    mod_this=("questo", "questa"),
    mod_next=("il prossimo", "la prossima", "prossimo", "prossima"),
    post_last=("scorso", "scorsa"),
    post_next=("prossimo", "prossima"),
    this_week=("di questa settimana", "questa settimana"),
    future_cues=("entro", "fino a"),
    future_words=("si terrà", "sarà", "saranno", "è previsto", "sono previsti", "incontrerà",
                  "dovrebbe", "dovrebbero"),
    not_dates=("fino ad oggi", "fino a oggi", "al giorno d'oggi", "oggi giorno"),
    days=phrases({"ieri": -1, "oggi": 0, "l'altro ieri": -2, "l'altroieri": -2, "domani": 1,
                  "stamattina": 0, "ieri sera": -1, "stasera": 0, "stanotte": 0}),
    months_rel=phrases({
        "il mese scorso": -1, "lo scorso mese": -1, "questo mese": 0,
        "all'inizio del mese": 0, "all'inizio di questo mese": 0, "il mese prossimo": 1,
        "il prossimo mese": 1,
    }),
    years_rel=phrases({
        "quest'anno": 0, "l'anno scorso": -1, "lo scorso anno": -1, "l'anno prossimo": 1,
        "il prossimo anno": 1,
    }),
    weeks_rel=phrases({
        "la settimana scorsa": -1, "la scorsa settimana": -1, "questa settimana": 0,
        "la settimana prossima": 1, "la prossima settimana": 1,
    }),
    weekends_rel=phrases({
        "lo scorso fine settimana": "last", "lo scorso weekend": "last",
        "questo fine settimana": "this", "questo weekend": "this",
        "nel fine settimana": "recent", "nel weekend": "recent",
    }),
    ago=("# giorni fa", "# giorno fa"),
    numbers=numbers("un:1 uno:1 due:2 tre:3 quattro:4 cinque:5 sei:6 sette:7 alcuni:0"),
    year_cues=tuple(expand("{nel|dal|fino al|entro il|prima del|dopo il|a|ad|inizio|fine}")),
)
