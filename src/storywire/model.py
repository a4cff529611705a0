"""Plain records shared by every stage: what an article is, and what can go wrong reading one.

Readers produce :class:`Article` records (or :class:`ReadError` for an input item they cannot use);
later stages only add to an article, never rewrite its ``text``: entity offsets point into it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """One news article as read from any input kind.

    ``text`` is the body exactly as found (after decoding), minus header, caption and byline
    lines, which move to ``meta``. ``lang_hint`` is what the input claims (a header code, a JSON
    field, an HTML ``lang`` attribute); ``lang`` is what language identification decides.
    """

    text: str
    id: str | None = None
    url: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    lang: str | None = None
    lang_hint: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    cited: list[str] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    location: str = ""
    kind: str = ""

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape (the ``articles --json`` contract) plus a few extra fields."""
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "lang": self.lang,
            "authors": list(self.authors),
            "cited": list(self.cited),
            "text": self.text,
        }


@dataclass(slots=True, frozen=True)
class ReadError:
    """An input item that could not become an article; the batch goes on without it.

    ``location`` is ``path`` or ``path:line`` (1-based), printed as ``location: reason``.
    """

    location: str
    reason: str

    def __str__(self) -> str:
        return f"{self.location}: {self.reason}"


class InputError(Exception):
    """Raised inside a reader for one bad item; the caller turns it into a :class:`ReadError`."""


# --- what the knowledge stages find in one article ---------------------------------------------
# Offsets are 0-based, end-exclusive Python indices into the article's ``text`` (or ``title``
# when ``field == "title"``), so ``article.text[m.start:m.end] == m.text`` always holds.

ENTITY_TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(slots=True, frozen=True)
class Mention:
    """A name of a specific person, organisation, place or thing as written in one article.

    ``key`` is the cross-script key canonicalisation links on (see :mod:`storywire.nlp.names`);
    ``lemma`` is the base form in the article's language (Лукашенка -> Лукашенко).
    """

    start: int
    end: int
    text: str
    type: str  # one of ENTITY_TYPES
    key: str
    lemma: str
    field: str = "text"  # "text" | "title"


@dataclass(slots=True, frozen=True)
class Figure:
    """A number with what it counts, how it is qualified and who asserts it.

    ``start``/``end`` cover the number phrase with its qualifier ("понад 1 000");
    ``counts`` is an English description of what is counted ("political prisoners") and
    ``counts_text`` the words as written; ``happening`` an English verb class when the sentence
    says what happened to them ("released", "held", "pardoned", "killed"), ``date`` its date when
    the sentence gives one (ISO, possibly month or year granularity).
    """

    value: float
    qualifier: str | None  # "at least" | "more than" | "about" | "up to" | "fewer than" | None
    counts: str
    counts_text: str
    start: int
    end: int
    text: str
    happening: str | None = None
    date: str | None = None
    asserted_by: str | None = None  # the source as written: "Reuters", "джерела"
    hedged: bool = False  # "reportedly", "нібито", "якобы"
    #: sought, planned or possible, not done ("talks on freeing 100"): ``happening`` then reads
    #: "to be released"
    prospective: bool = False
    sentence: tuple[int, int] = (0, 0)
    field: str = "text"


@dataclass(slots=True, frozen=True)
class Quote:
    """What someone said: a direct quote or reported speech, with who said it.

    ``speaker_start``/``speaker_end`` locate the name mention that identifies the speaker; for
    "he said" / "the president said" that is the mention the pronoun or title resolves to.
    ``speaker_field`` says which field those offsets point into: "title" when the only
    antecedent is in the headline.
    """

    text: str
    start: int
    end: int
    direct: bool
    speaker: str | None = None  # surface of the identifying mention
    speaker_start: int | None = None
    speaker_end: int | None = None
    verb: str | None = None
    field: str = "text"
    speaker_field: str = "text"  # "text" | "title": where speaker_start/speaker_end point


@dataclass(slots=True, frozen=True)
class Happening:
    """A dated statement of one article: the raw material of a story's timeline.

    ``date`` is ISO at the honest granularity ("2025-06-21", "2025-09", "2025"); ``start``/``end``
    locate the date phrase, ``sentence`` the evidence sentence; ``what`` is a short English
    description built from the sentence's figures and names ("14 released"), when one can be made.
    """

    date: str
    granularity: str  # "day" | "month" | "year"
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    what: str | None = None
    relative: bool = False
    field: str = "text"
    #: ``what`` lists the sentence's names (no figure was dated by it): a story rewrites it
    #: with the linked entities' canonical names, prefixed by ``verb`` when there is one
    by_names: bool = False
    verb: str | None = None
