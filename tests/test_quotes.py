"""Quotes with speakers: seeds (read from ../shared) and short sentences per language."""

from __future__ import annotations

import pytest

from storywire.model import Mention, Quote
from storywire.nlp.names import extract_names
from storywire.nlp.quotes import find_quotes

_ORG_SLUGS = {"nato", "european-union", "white-house", "united-nations", "kremlin"}
_OUTLETS = {"Reuters", "Ройтерс", "Axios", "БТА", "Bloomberg", "AFP", "CNN"}


def _guess(surface: str, key: str) -> str:
    if key.startswith("=") or surface in _OUTLETS:
        return "ORG"
    if key.startswith("@"):
        return "ORG" if key[1:].split()[0] in _ORG_SLUGS else "LOC"
    return "PER"


def mentions(text: str, lang: str) -> list[Mention]:
    """The article's mentions: the entity detector when it is there, else names.py with a
    guessed type (find_quotes is written against the Mention record only)."""
    try:
        from storywire.nlp.entities import detect_mentions
    except ImportError:
        return [Mention(n.start, n.end, n.surface, _guess(n.surface, n.key), n.key, n.lemma)
                for n in extract_names(text, lang)]
    return detect_mentions(text, lang)


def quotes(text: str, lang: str) -> list[Quote]:
    found = find_quotes(text, lang, mentions(text, lang))
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker is not None:
            assert text[q.speaker_start:q.speaker_end] == q.speaker
    return found


def one(found: list[Quote], start: str) -> Quote:
    hits = [q for q in found if q.text.startswith(start)]
    assert len(hits) == 1, (start, [q.text[:40] for q in found])
    return hits[0]


def _stored(seeds_dir, tmp_path_factory, cli) -> dict[str, dict]:
    import json

    db = tmp_path_factory.mktemp("quotes") / "seeds.db"
    code, out = cli("ingest", str(seeds_dir), "--db", str(db))
    assert code == 0, out
    code, out = cli("articles", "--db", str(db), "--json")
    assert code == 0, out
    rows = [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]
    return {r["id"][:3]: r for r in rows}


@pytest.fixture(scope="module")
def seeds(seeds_dir, tmp_path_factory, cli) -> dict[str, dict]:
    return _stored(seeds_dir, tmp_path_factory, cli)


# --- seeds ----------------------------------------------------------------------------------


def test_bulgarian_seed_lukashenko_quote(seeds):
    art = seeds["004"]
    found = quotes(art["text"], art["lang"])
    q = one(found, "Всичко се движи към сключването на голяма сделка")
    assert q.direct and q.verb == "каза"
    assert "Лукашенко" in q.speaker
    # the span spans the sentence break inside the marks and excludes them
    assert q.text.endswith("договорености") and "сделка. Всичко" in q.text
    assert art["text"][q.start - 1] == "„" and art["text"][q.end] == "“"
    # "Това заяви ... Лукашенко": the previous sentence is what he said
    lead = one(found, "Беларус е на прага")
    assert not lead.direct and "Лукашенко" in lead.speaker
    # "По думите на президента": the president who spoke before, not the other president named
    words = one(found, "Минск и Вашингтон обсъждат")
    assert words.verb == "По думите на" and "Лукашенко" in words.speaker
    # "Той заяви, че ...": the pronoun resolves to him as well
    assert "Лукашенко" in one(found, "с Владимир Путин имат").speaker


def test_russian_seed_speakers(seeds):
    art = seeds["001"]
    found = quotes(art["text"], art["lang"])
    q = one(found, "Стремление администрации Трампа")
    assert q.direct and q.speaker == "Reuters" and q.verb == "пишет"
    # "Об этом сообщает РБК-Украина со ссылкой на Reuters": the cited source spoke
    lead = one(found, "Администрация президента США")
    assert not lead.direct and lead.speaker == "Reuters"
    # "- цитирует слова представителя госдепа издание": the body its representative speaks
    # for (when the detector finds it), never the outlet that relays the words
    spk = one(found, "Соединенные Штаты готовы").speaker
    assert spk is None or "госдеп" in spk.lower()


def test_ukrainian_seed_speakers(seeds):
    art = seeds["000"]
    found = quotes(art["text"], art["lang"])
    q = one(found, "Адміністрація Дональда Трампа та Білорусь")
    assert q.speaker == "Reuters" and q.verb == "пише"
    # "Джерела видання кажуть, що ...": anonymous sources, no speaker
    assert one(found, "така взаємодія адміністрації").speaker is None


# --- short sentences: pronouns, role nouns, verbs per language -----------------------------


@pytest.mark.parametrize("lang,text,start,speaker", [
    ("uk", "Президент Білорусі Олександр Лукашенко прийняв делегацію США. Білоруський лідер "
           "заявив, що переговори були успішними.", "переговори були", "Олександр Лукашенко"),
    ("uk", "Володимир Зеленський провів нараду з військовими. Він сказав, що ситуація на "
           "фронті складна.", "ситуація на", "Володимир Зеленський"),
    ("ru", "Глава МИД России Сергей Лавров прибыл в Женеву. «Мы готовы к переговорам без "
           "предварительных условий», — сказал он журналистам.", "Мы готовы", "Сергей Лавров"),
    ("ru", "По словам Сергея Лаврова, переговоры продолжатся на следующей неделе.",
     "переговоры продолжатся", "Сергея Лаврова"),
    ("bg", "Президентът Румен Радев посети Брюксел. Той каза, че България ще подкрепи "
           "новите мерки.", "България ще", "Румен Радев"),
    ("en", "Polish Prime Minister Donald Tusk spoke in parliament on Wednesday. \"We are "
           "ready to defend every inch of our territory,\" he said.", "We are ready",
     "Donald Tusk"),
    ("en", "President Emmanuel Macron met Olaf Scholz in Paris. The president said that "
           "Europe must spend more on defence.", "Europe must", "Emmanuel Macron"),
    ("de", "Bundeskanzler Friedrich Merz reiste am Montag nach Kiew. \"Die Lage ist sehr "
           "ernst\", sagte er vor Journalisten.", "Die Lage", "Friedrich Merz"),
    ("de", "»Wir werden die Ukraine weiter unterstützen«, sagte Friedrich Merz.",
     "Wir werden", "Friedrich Merz"),
    ("pl", "Premier Donald Tusk przemawiał w Sejmie.\n– Nie ma bezpośredniego zagrożenia "
           "dla obywateli – powiedział premier.", "Nie ma", "Donald Tusk"),
    ("pl", "Zdaniem Donalda Tuska, sytuacja na granicy jest pod kontrolą.", "sytuacja na",
     "Donalda Tuska"),
    ("fr", "« Nous sommes prêts à discuter avec tous les partenaires », a déclaré Emmanuel "
           "Macron.", "Nous sommes", "Emmanuel Macron"),
])
def test_speaker_resolution(lang, text, start, speaker):
    q = one(quotes(text, lang), start)
    assert q.speaker == speaker, q


def test_role_prefers_the_person_named_with_that_role():
    text = ("Президент Білорусі Олександр Лукашенко говорив по телефону з Дональдом Трампом. "
            "Президент США Дональд Трамп назвав розмову добрею. Білоруський лідер сказав, "
            "що чекає на зустріч.")
    q = one(quotes(text, "uk"), "чекає на")
    assert q.speaker == "Олександр Лукашенко"


def test_no_speaker_without_a_link():
    text = "Donald Trump arrived in Geneva on Sunday. Officials said the talks would resume."
    q = one(quotes(text, "en"), "the talks would")
    assert q.speaker is None
    q = one(quotes("Джерела сказали, що переговори тривають уже тиждень.", "uk"), "переговори")
    assert q.speaker is None


def test_quoted_names_and_titles_are_not_quotes():
    text = ("Компанія «Енергоатом» повідомила про відключення енергоблоку. Операцію назвали "
            "„Мидас“, а систему — «Орешник».")
    assert not [q for q in quotes(text, "uk") if q.direct]


def test_nested_quotes_stay_inside_one_quote():
    text = ("«Він назвав план „живим документом“ і пішов з переговорів», — сказав Андрій "
            "Єрмак.")
    (q,) = [q for q in quotes(text, "uk") if q.direct]
    assert q.text.startswith("Він назвав") and q.text.endswith("переговорів")
    assert "„живим документом“" in q.text and q.speaker == "Андрій Єрмак"


def test_inner_attribution_and_continuation():
    text = ("Андрей Ермак выступил в Женеве. «Я предлагаю забыть о 28 пунктах, - сказал он. - "
            "Жизнь меняется быстро». «Мы продолжим работу с партнерами в Европе».")
    found = [q for q in quotes(text, "ru") if q.direct]
    assert [q.speaker for q in found] == ["Андрей Ермак", "Андрей Ермак"]
    assert found[0].verb == "сказал" and found[1].verb is None


@pytest.mark.parametrize("text,lang", [
    ("", "uk"), ("   ", "en"), ("«»„“\"\"", "ru"), ("«" * 500, "bg"),
    ("\"unclosed quote said he", "en"), ("Він сказав, що", "uk"), ("said that", "xx"),
    ("\x00\x01 junk ¶¶ «a» — сказал", "ru"),
])
def test_bad_input_never_crashes(text, lang):
    assert isinstance(find_quotes(text, lang, []), list)


def test_bad_mentions_and_languages_are_tolerated():
    text = "\"We will rebuild every bridge in this country,\" Donald Trump said on Friday."
    bogus = [Mention(5, 400, "nope", "PER", "x", "x"), Mention(0, 2, "zz", "PER", "x", "x")]
    (q,) = find_quotes(text, "en", bogus)
    assert q.speaker is None and q.direct
    assert find_quotes(text, None, []) == find_quotes(text, "", [])  # type: ignore[arg-type]
    # an unknown language still gets direct quotes (no verbs to attach a speaker to)
    assert [q.text for q in find_quotes(text, "zz", [])] == [q.text]


def test_very_long_text_is_cheap():
    para = ("Володимир Зеленський заявив, що Україна готова до переговорів. «Ми працюємо з "
            "партнерами щодня і без вихідних», — сказав він.\n")
    text = para * 2000
    found = find_quotes(text, "uk", mentions(para, "uk"))
    assert found and all(text[q.start:q.end] == q.text for q in found)


# --- statements, bodies, roles and titles -------------------------------------------------


def quotes_titled(text: str, lang: str, title: str | None = None) -> list[Quote]:
    """find_quotes the way the knowledge stage calls it: body mentions plus title mentions."""
    from storywire.nlp.entities import detect_mentions

    ms = detect_mentions(text, lang, title=title)
    found = find_quotes(text, lang, [m for m in ms if m.field == "text"],
                        title_mentions=[m for m in ms if m.field == "title"])
    for q in found:
        assert text[q.start:q.end] == q.text
        if q.speaker is not None:
            src = title if q.speaker_field == "title" else text
            assert src is not None and src[q.speaker_start:q.speaker_end] == q.speaker
    return found


@pytest.mark.parametrize("lang,text,start,speaker", [
    # an impersonal statement verb: the body that issued the statement, named just before
    ("uk", "Міністерство оборони України оприлюднило заяву про нічну атаку.\n\n«Ми продовжуємо "
           "роботу з партнерами, зокрема з компанією «Укроборонпром», – йдеться в повідомленні.",
     "Ми продовжуємо", "Міністерство оборони України"),
    # ... or named in the attribution itself ("у заяві, яку оприлюднило X")
    ("uk", "Посольство вирішило продовжити роботу. Про це йдеться у заяві, яку оприлюднило "
           "Міністерство закордонних справ України.", "Посольство вирішило",
     "Міністерство закордонних справ України"),
    ("ru", "«Мы готовы продолжать переговоры в любом формате и без условий», - говорится в "
           "заявлении МИД России.", "Мы готовы", "МИД России"),
    ("de", "Das Auswärtige Amt veröffentlichte am Abend eine Mitteilung. \"Wir verurteilen den "
           "Angriff auf das Schärfste und fordern eine Untersuchung\", heißt es darin.",
     "Wir verurteilen", "Auswärtige Amt"),
    # Polish impersonal "czytamy" / "dodano": the body, then the same body again
    ("pl", "W środę Ministerstwo Obrony Narodowej opublikowało nowy komunikat.\n\n\"Sytuacja na "
           "granicy jest stabilna i pod pełną kontrolą wojska\" – czytamy.\n\n\"Żołnierze "
           "pozostają w gotowości przez całą noc\" – dodano.", "Żołnierze pozostają",
     "Ministerstwo Obrony Narodowej"),
    # a body noun pointing back at the organisation named before ("the bureau", "бюрото")
    ("en", "The National Anti-Corruption Bureau of Ukraine searched several offices on Monday. "
           "The bureau said the suspects had laundered millions of dollars through shell "
           "companies.", "the suspects", "National Anti-Corruption Bureau of Ukraine"),
    ("bg", "Националното антикорупционно бюро на Украйна проведе обиски. От бюрото съобщиха, "
           "че разследването продължава вече повече от година.", "разследването",
     "Националното антикорупционно бюро на Украйна"),
    # "Russia's defence ministry said": the country the speaking body belongs to
    ("en", "Russia's defence ministry said its forces had shot down dozens of drones over "
           "several regions.", "its forces", "Russia"),
    # an unnamed member of a named body speaks for the body, also after the verb
    ("ru", "«Соединенные Штаты готовы к дальнейшему диалогу с партнерами», - цитирует слова "
           "представителя Госдепартамента издание.", "Соединенные Штаты", "Госдепартамента"),
    ("en", "A State Department spokesman said the United States was ready to continue talks.",
     "the United States", "State Department"),
    # a participle ('"...," adding that'): the subject of the main clause
    ("en", "Marco Rubio told reporters in Geneva that the meeting was \"the most productive "
           "session we have had so far in this process,\" adding that work would continue.",
     "the most productive", "Marco Rubio"),
    # a role noun nobody was named with: the one person the previous sentence is about
    ("de", "Olaf Scholz hat am Montag seinen Rücktritt angekündigt. \"Ich möchte der Regierung "
           "keine Probleme bereiten\", so der frühere Leiter der Partei.", "Ich möchte",
     "Olaf Scholz"),
    # a role in the genitive ("Berater des Präsidenten, X") is not X's role
    ("de", "Der Berater des französischen Präsidenten, Pierre Dupont, traf Präsident Emmanuel "
           "Macron am Montag. \"Wir sind zu allen Gesprächen bereit\", sagte der französische "
           "Präsident.", "Wir sind", "Emmanuel Macron"),
    # a role of another group matches through its name-like modifier ("очільник РНБО")
    ("uk", "Секретар РНБО Олександр Литвиненко провів нараду. «Ми маємо посилити оборону на "
           "півночі країни», – додав очільник РНБО.", "Ми маємо", "Олександр Литвиненко"),
    # the outlet relays the quote; the speaker is who the sentence says spoke
    ("uk", "Марко Рубіо заявив, що \"переговори були дуже продуктивними для обох сторін\", "
           "пише видання.", "переговори були", "Марко Рубіо"),
    # a source phrase elsewhere in the quote's sentence
    ("de", "Die Gespräche sollen nach Angaben der Bundesregierung \"so bald wie möglich in "
           "Berlin fortgesetzt werden\".", "so bald", "Bundesregierung"),
    # "...on X." ends a sentence (X is not an initial), so the next quote continues the speaker
    ("en", "\"We want a lasting peace in Europe,\" Friedrich Merz wrote on X. \"There are hard "
           "questions ahead of us, but we are determined to move forward.\"", "There are hard",
     "Friedrich Merz"),
])
def test_statement_body_and_role_rules(lang, text, start, speaker):
    q = one(quotes_titled(text, lang), start)
    assert q.speaker == speaker and q.speaker_field == "text", q


def test_pronoun_with_its_antecedent_only_in_the_title():
    title = "Володимир Зеленський провів нараду з військовими"
    q = one(quotes_titled("Він заявив, що ситуація на фронті залишається складною.", "uk",
                          title), "ситуація на")
    assert q.speaker == "Володимир Зеленський" and q.speaker_field == "title"
    # without the title there is nobody to resolve to
    assert one(quotes("Він заявив, що ситуація на фронті залишається складною.", "uk"),
               "ситуація на").speaker is None


def test_title_is_only_a_last_resort():
    title = "Emmanuel Macron arrives in Berlin"
    text = ("Olaf Scholz welcomed the guests on Monday. He said that the talks would focus on "
            "defence spending.")
    q = one(quotes_titled(text, "en", title), "the talks")
    assert q.speaker == "Olaf Scholz" and q.speaker_field == "text"


def test_anonymous_people_stay_anonymous():
    text = ("Some American officials told Reuters that the talks were part of a wider "
            "strategy towards the region.")
    assert one(quotes(text, "en"), "the talks").speaker is None
    text = "Деякі американські посадовці казали Reuters, що переговори є частиною стратегії."
    assert one(quotes(text, "uk"), "переговори").speaker is None


def test_bad_title_mentions_are_tolerated():
    text = "He said that the talks would focus on defence spending and energy."
    bogus = [Mention(0, 3, "Bob", "PER", "bob", "Bob", field="title"),
             Mention(5, 2, "x", "PER", "x", "x", field="title"), "junk"]  # type: ignore[list-item]
    (q,) = find_quotes(text, "en", [], title_mentions=bogus)
    assert q.speaker == "Bob" and q.speaker_field == "title" and q.speaker_start == 0
    assert find_quotes(text, "en", [], title_mentions=None)[0].speaker is None


@pytest.mark.parametrize("lang,text,start,speaker", [
    # a generic body noun ("в ведомстве") is the organisation just named; quoted sentences
    # between them do not count as distance
    ("ru", "Истребитель разбился в Карелии. Об этом сообщили в Министерстве обороны России.\n"
           "«Сегодня самолет потерпел катастрофу. Экипаж погиб во время планового полета», — "
           "рассказали в ведомстве.", "Сегодня самолет", "Министерстве обороны России"),
    # an outlet noun after the verb with the outlet's name right there
    ("ru", "Выборы завершились. Ранее стало известно, что президент готов уйти в отставку, "
           "сообщает Telegram-канал «Радио Свобода».", "Ранее стало", "Радио Свобода"),
    # a trailing ", передает ТАСС" relays an already attributed clause
    ("ru", "Генеральный секретарь НАТО Марк Рютте заявил, что альянс проводит оценку инцидента "
           "в Польше, передает ТАСС. На пресс-конференции он подчеркнул, что альянс пока не дает "
           "оценку событиям.", "альянс пока", "Марк Рютте"),
    # an outlet in the dative before the verb is the addressee, not the speaker
    ("ru", "Альянс начал консультации. Об этом телеканалу CNN рассказал пресс-секретарь "
           "правительства Адам Новак.", "Альянс начал", "Адам Новак"),
    # a bare "X posted" opening the next paragraph attributes the quote before it
    ("en", "\"What is going on with these drones over our airports? We will find out!\"\n"
           "Donald Trump posted on Truth Social.", "What is going", "Donald Trump"),
    # a quote over several paragraphs, each opened anew, keeps its speaker
    ("en", "Angela Merkel said: \"We have reached an agreement on the budget.\n\"It was a long "
           "night for all of us.\n\"Everyone made concessions.\n\"I am grateful to every "
           "delegation for their patience and their hard work.\"", "I am grateful", "Merkel"),
])
def test_outlets_bodies_and_paragraphs(lang, text, start, speaker):
    q = one(quotes(text, lang), start)
    assert q.speaker is not None and q.speaker.endswith(speaker), q


def test_attributions_that_name_nobody():
    # "Aus Regierungskreisen hieß es": anonymous circles, not the body named before
    text = ("Das Auswärtige Amt lud am Montag zu Gesprächen ein. Aus Berliner Regierungskreisen "
            "hieß es, die Gespräche sollten noch in dieser Woche fortgesetzt werden.")
    assert one(quotes(text, "de"), "die Gespräche").speaker is None
    # the next paragraph's "X, Y, declared that" introduces its own content, not the quote
    text = ("\"I congratulate the winner of the elections and wish him every success.\"\n\n"
            "The Green party's leader, Anna Novak, declared that she would not join the "
            "coalition.")
    assert one(quotes(text, "en"), "I congratulate").speaker is None


# --- attribution rules (sentences written for these tests) ------------------------------------


@pytest.mark.parametrize(("lang", "text", "start", "speaker"), [
    # a name inside what was said is never who said it; the role noun finds its holder
    ("pl", "Premier Donald Tusk spotkał się z ministrami. Jak podkreśla premier, to wspólna "
           "decyzja rządu i prezydenta Karola Nawrockiego.", "to wspólna", "Tusk"),
    # a role noun before the article names its holder
    ("pl", "Premier podkreślił, że drony zostały zestrzelone. W naradzie wzięli udział "
           "prezydent Karol Nawrocki oraz premier Donald Tusk.", "drony", "Tusk"),
    # a second predicate shares the sentence's subject, not the first predicate's object
    ("ru", "Владимир Путин отменил встречу с Петром Ивановым и заявил, что переговоры "
           "продолжатся на следующей неделе.", "переговоры", "Путин"),
    # the subject phrase ends in its head: the aide, not his boss
    ("de", "Putins Berater Juri Uschakow fasste das Treffen zusammen und sagte, dass bislang "
           "keine Einigung erzielt worden sei.", "bislang", "Uschakow"),
    # '"...," but insisted': a new predicate of the subject named before the quote
    ("en", 'President Vladimir Putin said the plan could be "a basis for future agreements," '
           "but insisted Kyiv withdraw its troops.", "a basis", "Putin"),
    # a quote ending its sentence is not attributed by the next sentence's verb
    ("en", 'Rustem Umerov said the sides had reached "a common understanding on the core '
           'terms of the deal." Ukrainian officials confirmed that the draft had changed.',
     "a common", "Umerov"),
    # a quote standing alone after a sentence about a person is that person's
    ("en", 'Petr Fiala acknowledged the defeat of his alliance. "I congratulate the winner of '
           'the elections and wish him luck."', "I congratulate", "Fiala"),
    # a few quoted words in a sentence with a speech verb
    ("uk", "Андрій Єрмак заявив про «дуже продуктивну» зустріч у Женеві.", "дуже", "Єрмак"),
    ("ru", "Госсекретарь США Марко Рубио назвал встречу «самой продуктивной за всё время».",
     "самой", "Рубио"),
    # an apposition names the spokesman
    ("en", "Oleksiy Tkachuk, a spokesman for the ministry, said the searches were lawful.",
     "the searches", "Tkachuk"),
])
def test_attribution_rules(lang, text, start, speaker) -> None:
    q = one(quotes(text, lang), start)
    assert q.speaker is not None and q.speaker.endswith(speaker), (q.speaker, q.verb)


@pytest.mark.parametrize(("lang", "text", "start"), [
    ("de", "Ein Berater Selenskyjs erklärte, das Treffen habe fünf Stunden gedauert.", "das"),
    ("en", "A senior diplomat in Warsaw said the drones had come from the east.", "the drones"),
    ("pl", "Wojsko zestrzeliło drony nad Polską. Poinformowano, że odbędą się konsultacje "
           "sojusznicze.", "odbędą"),
])
def test_unnamed_speakers_stay_unnamed(lang, text, start) -> None:
    q = one(quotes(text, lang), start)
    assert q.speaker is None, q.speaker


def test_quote_over_paragraphs_opened_anew_on_each() -> None:
    text = ('Zelensky addressed the nation on Friday:\n"We will not give up our land.\n'
            '"Our country will stand, whatever happens next," he added.')
    found = quotes(text, "en")
    first = one(found, "We will not give up")
    assert first.text == "We will not give up our land."
    assert first.speaker == "Zelensky"
    assert one(found, "Our country").speaker == "Zelensky"
