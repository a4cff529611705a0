"""Cyrillic names in Latin letters, by each language's official or standard system.

Canonical English entity names need a romanisation when no Latin-script spelling of a name is
known: a Ukrainian village, a Bulgarian official. A name is romanised the way its own country
does it, so it matches what English-language media and documents print:

* Ukrainian: the national system (Cabinet of Ministers resolution No 55 of 2010): Г h, Ґ g,
  И y, І i, word-initial Є Ї Й Ю Я as Ye Yi Y Yu Ya and elsewhere ie i i iu ia, "зг" as "zgh"
  (Згорани -> Zghorany, not Zhorany), apostrophe and soft sign dropped;
* Russian: BGN/PCGN without diacritics and without the hard/soft sign marks: е is ye at the
  start of a word and after a vowel or й ъ ь, ё is yo (o after ж ч ш щ), ы y, э e, -ий -iy;
* Bulgarian: the official streamlined system (Transliteration Act 2009): Щ sht, Ъ a, Ь y,
  Ю yu, Я ya, and -ия at the end of a word ia (София -> Sofia);
* Belarusian, Serbian, Macedonian: their national Latin tables (Serbian is Gaj's Latin
  alphabet itself); any other Cyrillic text falls back to the Russian table plus the letters
  other alphabets add. Latin and other scripts pass through unchanged.

Letter case follows the source word: Capitalised in, Capitalised out; ALL CAPS stays caps.
"""

from __future__ import annotations

import re

__all__ = ["romanise", "romanise_person"]

_BASE: dict[str, str] = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "ё": "yo", "є": "ye", "ї": "yi",
    "і": "i", "ґ": "g", "ў": "w", "ђ": "dj", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c",
    "џ": "dzh", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "'": "", "’": "", "ʼ": "",
}  # fmt: skip

_UK: dict[str, str] = {**_BASE, "г": "h", "и": "y", "й": "i", "є": "ie", "ї": "i", "ю": "iu",
                       "я": "ia", "щ": "shch"}
#: word-initial forms in the Ukrainian system
_UK_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_BG: dict[str, str] = {**_BASE, "х": "h", "щ": "sht", "ъ": "a", "ь": "y"}

_BE: dict[str, str] = {**_BASE, "г": "h", "і": "i", "ў": "w", "е": "ie", "ё": "io", "ю": "iu",
                       "я": "ia", "й": "j", "ь": "", "'": "", "’": ""}
_BE_INITIAL = {"е": "ye", "ё": "yo", "ю": "yu", "я": "ya"}

_SR: dict[str, str] = {**_BASE, "ж": "ž", "х": "h", "ц": "c", "ч": "č", "ш": "š", "ђ": "đ",
                       "ћ": "ć", "џ": "dž", "ј": "j", "љ": "lj", "њ": "nj"}
_MK: dict[str, str] = {**_BASE, "ж": "zh", "х": "h", "ц": "c", "ч": "ch", "ш": "sh", "ѓ": "gj",
                       "ќ": "kj", "ѕ": "dz", "џ": "dj", "ј": "j", "љ": "lj", "њ": "nj"}

_RU_VOWELS = frozenset("аеёиоуыэюяйъь")
_HUSHING = frozenset("жчшщ")
_CYRILLIC_WORD = re.compile(r"[\u0400-\u052f'’ʼ]+")


def _case(out: str, src: str) -> str:
    """Give ``out`` the letter case of the Cyrillic letter(s) it came from."""
    if not out or src.islower():
        return out
    return out.upper() if len(out) == 1 or (src.isupper() and len(src) > 1) else out.capitalize()


def _word(word: str, lang: str) -> str:
    low = word.lower()
    shouting = len(word) > 1 and word.isupper()
    out: list[str] = []
    n = len(low)
    for i, c in enumerate(low):
        prev = low[i - 1] if i else ""
        initial = not any(ch.isalpha() for ch in low[:i])  # Знам'янка: я after ' is not initial
        if lang == "uk":
            if c == "з" and i + 1 < n and low[i + 1] == "г":
                r = "z"  # the г after it becomes gh below
            elif c == "г" and prev == "з":
                r = "gh"
            elif initial and c in _UK_INITIAL:
                r = _UK_INITIAL[c]
            else:
                r = _UK.get(c, c)
        elif lang == "bg":
            if c == "и" and i + 2 == n and low[i + 1] == "я":
                r = "i"  # -ия at the end of a word is -ia
            elif c == "я" and prev == "и" and i + 1 == n:
                r = "a"
            else:
                r = _BG.get(c, c)
        elif lang == "be":
            if (initial or prev in "аеёіоуыэюяўьʼ'’") and c in _BE_INITIAL:
                r = _BE_INITIAL[c]
            else:
                r = _BE.get(c, c)
        elif lang == "sr":
            r = _SR.get(c, c)
        elif lang == "mk":
            r = _MK.get(c, c)
        else:  # Russian BGN/PCGN, also the default for any other Cyrillic text
            if c == "е" and (initial or prev in _RU_VOWELS):
                r = "ye"
            elif c == "ё":
                r = "o" if prev in _HUSHING else "yo"
            else:
                r = _BASE.get(c, c)
        out.append(r if shouting else _case(r, word[i]))
    text = "".join(out)
    return text.upper() if shouting else text


def romanise(text: str, lang: str) -> str:
    """``text`` with every Cyrillic word in Latin letters by the system of ``lang``.

    >>> romanise("Олександр Лукашенко", "uk")
    'Oleksandr Lukashenko'
    >>> romanise("София", "bg")
    'Sofia'
    """
    if not text:
        return ""
    lang = (lang or "").lower()
    return _CYRILLIC_WORD.sub(lambda m: _word(m.group(), lang), text)


#: English given names as Russian, Ukrainian and Bulgarian media write them: a person known
#: only from Cyrillic text ("Джон Коул") is John, not "Dzhon", in an English story. Names that
#: are also Slavic given names (Марко, Дан, Кир) are left to the romanisation.
ENGLISH_GIVEN: dict[str, str] = {
    "джон": "John", "джонатан": "Jonathan", "стив": "Steve", "стів": "Steve",
    "стивен": "Steven", "стівен": "Steven", "майк": "Mike", "майкл": "Michael",
    "джо": "Joe", "джозеф": "Joseph", "джеймс": "James", "джейк": "Jake", "джек": "Jack",
    "джаред": "Jared", "джефф": "Jeff", "джеф": "Jeff", "джеффри": "Jeffrey",
    "джордж": "George", "уильям": "William", "вільям": "William", "ричард": "Richard",
    "річард": "Richard", "чарльз": "Charles", "дэн": "Dan", "ден": "Dan", "дэниел": "Daniel",
    "деніел": "Daniel", "кит": "Keith", "мэттью": "Matthew", "метью": "Matthew",
    "питер": "Peter", "пітер": "Peter", "пол": "Paul", "скотт": "Scott", "тед": "Ted",
    "тони": "Tony", "тоні": "Tony", "энтони": "Anthony", "ентоні": "Anthony",
    "линдси": "Lindsey", "ліндсі": "Lindsey", "нэнси": "Nancy", "ненсі": "Nancy",
    "кевин": "Kevin", "кевін": "Kevin", "хиллари": "Hillary", "гілларі": "Hillary",
    "билл": "Bill", "білл": "Bill", "илон": "Elon", "ілон": "Elon",
    "кэролайн": "Caroline", "керолайн": "Caroline", "пит": "Pete",
    "піт": "Pete", "тулси": "Tulsi", "тулсі": "Tulsi", "кристи": "Kristi", "крісті": "Kristi",
    "брайан": "Brian", "эрик": "Eric", "ерік": "Eric", "джулиан": "Julian",
}


def romanise_person(name: str, lang: str) -> str:
    """A person's name in Latin letters: a known English given name as English spells it,
    the rest by :func:`romanise` ("Джона Коула" lemma "Джон Коул" -> "John Koul")."""
    words = name.split()
    if len(words) >= 2:
        given = ENGLISH_GIVEN.get(words[0].casefold())
        if given:
            return " ".join([given, romanise(" ".join(words[1:]), lang)])
    return romanise(name, lang)
