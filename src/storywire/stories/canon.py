"""One canonical entity per real-world person, organisation, place or thing, across the store.

Articles name the same entity in different scripts, spellings and cases (Лукашенка, Лукашенку,
Александър Лукашенко, Lukashenko); the :class:`EntityLinker` gives all of those mentions one
entity id and the entity one English name. It is store-wide and incremental: articles arrive
one at a time (:meth:`EntityLinker.add`), ids never change once given, and when two entities
turn out to be one the younger id redirects to the older (:meth:`EntityLinker.resolve`), as the
event clusterer does with events. The same sequence of articles always gives the same ids.

How mentions are linked (keys come from :mod:`storywire.nlp.names`, so inflection and script
are already folded away: Лукашенка, Lukashenko and Łukaszenka share ``lakasank``):

1. a mention of a gazetteer entry (:mod:`storywire.nlp._worlddata`: countries, capitals,
   international bodies, news agencies, world leaders) belongs to that entry's entity, matched
   by exact form, then by key, then, for people, by surname with a compatible given name;
2. within one article, mentions with one key and compatible types are one entity, and a bare
   surname belongs to the nearest full name with that surname (Джона Коула ... Коула);
3. across articles, a full name joins the entity that has its key, or a person with the same
   surname whose given name is compatible (same consonant skeleton: Oleksandr / Aleksandr /
   Alexander are all ``lksndr``); a bare surname joins the person who first claimed it, or the
   only person with that surname;
4. names of things (not people) that differ in key may still be one thing, in one article and
   across articles, by general rules of how names are written (:mod:`._namematch`): the same
   written form (a lemma that is another mention's surface); the same *signature*, the key
   words without function words and generic head nouns (Партія справедливості та розвитку /
   Справедливість і розвиток; agencji Anadolu / Anadolu); the name without the country that
   qualifies it (Національне антикорупційне бюро України / Национальное антикоррупционное
   бюро; СНБО Украины / СНБО), never across two different countries (МИД Польши is not МИД
   Чехии); an acronym and the name whose initials spell it (САП / Спеціалізована
   антикорупційна прокуратура); a syllabic abbreviation (Минюст / Министерство юстиции); a
   German genitive -s; a name ending a longer one in the same article (Премия мира /
   Нобелевская премия мира); the same words in translation, each content word read as a
   concept of :mod:`storywire.nlp._conceptdata` (Специализираната антикорупционна
   прокуратура / Specialised Anti-Corruption Prosecutor's Office; Friedensnobelpreis /
   Нобелевская премия мира).
5. people: name particles are not given names (von der Leyen is a surname); a name written
   surname first with a patronymic (Путин Владимир Владимирович) is read that way; surnames
   a case ending apart join in one article, and across articles surnames that differ by an h,
   a j or a silent final consonant (Barrot / Барро) join when the given names agree.

Types are compatible when equal, when one is MISC, or when they are LOC and ORG (countries and
their governments are written alike): Trump (PER) never joins Trump Tower (LOC); Minsk and
Belarus never meet because their keys differ.

The name comparisons themselves (given names, acronyms, cognate multi-word names, one-edit
surnames) are pure functions in :mod:`storywire.stories._namematch`; what linking knows about
one mention, and which mentions of one article are one entity, in
:mod:`storywire.stories._mentioninfo`. This module holds what needs the store-wide state.

The canonical name is the gazetteer's English name when there is an entry; else the most used
Latin-script lemma (English text first, full names first for people); else the best lemma
romanised by its language's system (:func:`storywire.nlp.romanise.romanise`).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storywire.model import ENTITY_TYPES, Mention
from storywire.nlp import _worlddata as W
from storywire.nlp.romanise import romanise, romanise_person
from storywire.stories import _namematch as M
from storywire.stories._mentioninfo import (
    MentionInfo,
    group_mentions,
    mention_info,
    plain_signature,
)
from storywire.stories._namematch import compatible

__all__ = ["Entity", "EntityLinker", "EntityMention", "compatible", "mention_from_span"]

STATE_VERSION = 1
#: languages whose romanisation is preferred when several lemmas tie (their own spellings)
_LANG_ORDER = ("uk", "ru", "be", "bg", "sr", "mk")
#: a bare surname whose key has fewer consonants links across articles only as written
SHORT_SURNAME = 3
#: surname keys at least this long may link one edit apart (Галущенко / Галушченко)
FUZZY_SURNAME = 7
_DIGIT = re.compile(r"\d")
_NON_LATIN = frozenset({"uk", "ru", "bg", "be", "mk", "sr", "el", "kk", "ka", "hy"})


@dataclass(frozen=True, slots=True)
class EntityMention:
    """Where an entity is named: ``article.<field>[start:end] == text``."""

    article_id: str
    field: str
    start: int
    end: int
    text: str
    lang: str
    type: str
    key: str
    lemma: str

    def to_json(self) -> dict[str, Any]:
        return {"article_id": self.article_id, "field": self.field, "start": self.start,
                "end": self.end, "text": self.text, "lang": self.lang}


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical entity with every mention of it (``gazetteer``: its world entry id)."""

    id: str
    name: str
    type: str
    aliases: list[str]
    mentions: list[EntityMention]
    gazetteer: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The export shape of DESIGN.md (plus ``gazetteer``)."""
        return {"id": self.id, "name": self.name, "type": self.type,
                "aliases": list(self.aliases), "gazetteer": self.gazetteer,
                "mentions": [m.to_json() for m in self.mentions]}


@dataclass(slots=True)
class _Ent:
    id: str
    seq: int
    gid: str | None = None
    mentions: list[EntityMention] = field(default_factory=list)
    given: set[str] = field(default_factory=set)
    #: casefolded surnames as written (Коул, Cole): a short surname key links on these only
    surnames: set[str] = field(default_factory=set)
    counts: Counter[str] = field(default_factory=Counter)  # mention types
    #: places that qualify its names (МИД *Польши*): a name qualified by another is another body
    quals: set[str] = field(default_factory=set)

    def add(self, m: EntityMention) -> None:
        self.mentions.append(m)
        self.counts[m.type] += 1

    def type(self) -> str:
        counts = +self.counts
        if not counts:
            return W.world().entries[self.gid].type if self.gid else "MISC"
        best = max(counts.values())
        tied = [t for t in counts if counts[t] == best]
        if self.gid and W.world().entries[self.gid].type in tied:
            return W.world().entries[self.gid].type
        return next(m.type for m in self.mentions if m.type in tied)


def _attr(m: Any, name: str, default: Any) -> Any:
    value = getattr(m, name, default)
    return default if value is None else value


class EntityLinker:
    """Store-wide, incremental, deterministic entity canonicalisation (see the module doc)."""

    def __init__(self) -> None:
        self._ents: dict[str, _Ent] = {}
        self._redirects: dict[str, str] = {}
        self._seq = 0
        self._by_key: dict[str, list[str]] = {}
        self._by_gid: dict[str, str] = {}
        self._surname: dict[str, list[str]] = {}
        self._owner: dict[str, str] = {}  # bare surname -> the person it stands for
        self._multi: dict[tuple[str, int], list[str]] = {}  # multi-word keys by first word
        self._by_sub: dict[str, list[str]] = {}  # two+ word parts of longer person names
        self._surname_del: dict[str, set[str]] = {}  # deletion variants of long surnames
        self._articles: dict[str, list[str]] = {}  # article -> ids as given (resolve to read)
        self._surname_var: dict[str, set[str]] = {}  # surname keys by M.surname_variants
        self._forms: dict[str, list[str]] = {}  # casefolded lemma or surface -> things
        #: signatures of things by (first letter, words), and the head-noun flag they came with
        self._sigs: dict[tuple[str, int], dict[tuple[str, ...], list[str]]] = {}
        self._head_sigs: set[tuple[str, ...]] = set()
        self._cores: dict[tuple[str, int], dict[tuple[str, ...], list[str]]] = {}
        self._inits: dict[str, list[str]] = {}  # folded initials of long names -> things
        self._acrs: dict[str, list[str]] = {}  # folded acronyms -> things
        self._alts: dict[str, list[str]] = {}  # genitive stems of one-word things -> things

    # --- public ---------------------------------------------------------------------------------

    def add(self, article_id: str, lang: str, mentions: Sequence[Mention]) -> list[str]:
        """Link one article's mentions; returns an entity id per mention, in input order.

        Ids are final as given; a later merge may redirect one, so readers :meth:`resolve`.
        Adding an article id again replaces its earlier mentions."""
        article_id = str(article_id)
        lang = (lang or "").lower()
        if article_id in self._articles:
            self._forget(article_id)
        mentions = list(mentions or ())
        if not mentions:
            self._articles[article_id] = []
            return []
        infos = [self._info(m, lang) for m in mentions]
        orders = [(0 if _attr(m, "field", "text") == "title" else 1, int(_attr(m, "start", i)))
                  for i, m in enumerate(mentions)]
        out: list[str] = [""] * len(mentions)
        for group in group_mentions(infos, orders):
            eid = self._target([infos[i] for i in group])
            if eid is None:
                eid = self._create([infos[i] for i in group])
            ent = self._ents[eid]
            for i in group:
                self._attach(ent, infos[i], mentions[i], article_id, lang)
                out[i] = eid
        self._articles[article_id] = list(out)
        return out

    def resolve(self, entity_id: str) -> str:
        """The live id an id stands for now (itself, or where a merge sent it)."""
        seen = set()
        while entity_id in self._redirects and entity_id not in seen:
            seen.add(entity_id)
            entity_id = self._redirects[entity_id]
        return entity_id

    def entity(self, entity_id: str) -> Entity | None:
        ent = self._ents.get(self.resolve(entity_id))
        return self._record(ent) if ent else None

    def entities(self) -> list[Entity]:
        """Every live entity, in creation order."""
        return [self._record(e) for e in sorted(self._ents.values(), key=lambda e: e.seq)
                if e.mentions]

    def redirects(self) -> dict[str, str]:
        return {k: self.resolve(k) for k in self._redirects}

    def state(self) -> dict[str, Any]:
        """Everything needed to continue later, as plain JSON-able data (see :meth:`restore`)."""
        return {
            "version": STATE_VERSION,
            "seq": self._seq,
            "entities": [
                {"id": e.id, "seq": e.seq, "gazetteer": e.gid,
                 "mentions": [[m.article_id, m.field, m.start, m.end, m.text, m.lang, m.type,
                               m.key, m.lemma] for m in e.mentions]}
                for e in sorted(self._ents.values(), key=lambda e: e.seq)
            ],
            "redirects": dict(self._redirects),
            "owners": dict(self._owner),
            "articles": {a: list(ids) for a, ids in self._articles.items()},
        }

    @classmethod
    def restore(cls, state: dict[str, Any]) -> EntityLinker:
        """A linker that continues exactly where the one that produced ``state`` stopped."""
        self = cls()
        if not state or state.get("version") != STATE_VERSION:
            return self
        self._seq = int(state.get("seq", 0))
        for rec in state.get("entities", ()):
            ent = _Ent(rec["id"], int(rec["seq"]), rec.get("gazetteer"))
            self._ents[ent.id] = ent
            if ent.gid:
                self._by_gid[ent.gid] = ent.id
            for row in rec.get("mentions", ()):
                m = EntityMention(*row)
                info = mention_info(m.type, m.key, m.lemma, m.text, m.lang, False)
                self._index(ent, info)
                ent.add(m)
        self._redirects = dict(state.get("redirects", {}))
        self._owner = dict(state.get("owners", {}))
        self._articles = {a: list(v) for a, v in state.get("articles", {}).items()}
        return self

    # --- mentions -------------------------------------------------------------------------------

    def _info(self, m: Any, lang: str) -> MentionInfo:
        text = str(_attr(m, "text", None) or _attr(m, "surface", ""))
        typ = str(_attr(m, "type", "MISC")).upper()
        typ = typ if typ in ENTITY_TYPES else "MISC"
        key = str(_attr(m, "key", ""))
        lemma = str(_attr(m, "lemma", "")) or text
        from storywire.nlp.names import name_key

        if _DIGIT.search(text):
            key = M.digit_key(text)
        elif typ != "PER" and not key.startswith(("@", "=")) and (
                len(text.split()) > len(key.split())):
            key = name_key(text, lang)  # a name keyed by its first word only is another name
        elif typ != "PER" and key.startswith("@") and " " not in key and " " in text.strip():
            whole = name_key(text, lang)  # Офіс президента України keyed as its country only
            if key in whole.split(" ") and " " in whole:
                key, lemma = whole, text
        if not key and text:
            key = name_key(text, lang)
        if not key:
            key = "~" + text.casefold().strip()
        return mention_info(typ, key, lemma, text, lang, True)

    def _live(self, ids: Iterable[str]) -> list[str]:
        out = []
        for eid in ids:
            r = self.resolve(eid)
            if r in self._ents and r not in out:
                out.append(r)
        return out

    def _target(self, group: list[MentionInfo]) -> str | None:
        """The existing entity a group of one article's mentions belongs to, if any."""
        named = [g for g in group if not g.bare] or group
        gids = Counter(g.gid for g in named if g.gid)
        if gids:
            gid = max(gids, key=lambda k: (gids[k], -min(i for i, g in enumerate(named)
                                                         if g.gid == k)))
            if gid in self._by_gid:
                return self.resolve(self._by_gid[gid])
            return self._create(group, gid)
        gtype = Counter(g.type for g in group).most_common(1)[0][0]
        strong: list[str] = []
        for g in group:
            if g.bare:
                continue
            for eid in self._live(self._by_key.get(g.key, ())):
                if compatible(self._ents[eid].type(), gtype) and eid not in strong:
                    strong.append(eid)
        if strong:
            strong.sort(key=lambda e: (self._ents[e].gid is None, self._ents[e].seq))
            for other in strong[1:]:
                self._merge(strong[0], other)
            return strong[0]
        persons = [g for g in group if g.person]
        if not persons:
            return self._similar(group, gtype)
        fulls = [g for g in persons if not g.bare]
        surnames = list(dict.fromkeys(g.surname for g in (fulls or persons) if g.surname))
        cands: list[str] = []

        def consider(eids: Iterable[str], need_given: bool) -> None:
            for eid in self._live(eids):
                ent = self._ents[eid]
                if eid in cands or not compatible(ent.type(), "PER"):
                    continue
                if fulls and (ent.given or need_given) and not any(
                    M.given_ok(f.given or "", g) for f in fulls for g in ent.given
                ):
                    continue
                if not fulls and not any(
                    len(M.consonants(b.surname or "")) >= SHORT_SURNAME
                    or b.lemma.casefold() in ent.surnames or b.text.casefold() in ent.surnames
                    or (b.lemma.split() or [""])[-1].casefold() in ent.surnames
                    for b in persons
                ):
                    continue  # a short bare surname (Коул, Delo) must be written alike
                cands.append(eid)

        for s in surnames:
            consider(self._surname.get(s, ()), False)
        for f in fulls if not cands else ():  # González Urrutia / Edmundo González Urrutia
            consider(self._by_sub.get(f.key, ()), False)
            for sub in M.subkeys(f.key):
                consider(self._by_key.get(sub, ()), False)
        if not cands and not fulls:
            alts = [g.alt for g in persons if g.alt]
            for s in alts:
                consider(self._surname.get(s, ()), False)
            surnames += alts
        if not cands:  # one letter apart, for long surnames (with a given name to agree)
            for s in (s for s in surnames if len(s) >= FUZZY_SURNAME):
                near = {k for v in M.deletions(s) for k in self._surname_del.get(v, ())}
                for k in sorted(near):
                    if k != s and M.within_one(k, s):
                        consider(self._surname.get(k, ()), bool(fulls))
        if not cands and fulls:  # Барро / Barrot, Вендхэм / Wendham: given names agreeing
            for f in fulls:
                near = {k for v in M.surname_variants(f.surname or "")
                        for k in self._surname_var.get(v, ())}
                for k in sorted(near - {f.surname}):
                    consider(self._surname.get(k, ()), True)
        if not cands:
            return None
        if not fulls:
            owner = self._owner.get(surnames[0]) if surnames else None
            owner = self.resolve(owner) if owner else None
            if owner in cands:
                return owner
        return min(cands, key=lambda e: (-len(self._ents[e].mentions), self._ents[e].seq))

    def _similar(self, group: list[MentionInfo], gtype: str) -> str | None:
        """The entity a group of names of a thing (not a person) belongs to by a weaker sign
        than its key: a written form, a signature, its country core, an acronym; or None."""

        def live(ids: Iterable[str]) -> list[str]:
            return [e for e in self._live(ids) if compatible(self._ents[e].type(), gtype)]

        cands = live(e for g in group for f in g.forms for e in self._forms.get(f, ()))
        if len(cands) != 1:  # a genitive and its nominative (Bundestages / Bundestag)
            cands = live(e for g in group if not g.person for e in (
                *self._by_key.get(g.alt or "", ()), *self._alts.get(g.key, ()),
                *self._alts.get(g.alt or "", ())))
        if len(cands) == 1:
            return cands[0]
        found: list[str] = []
        for g in group:
            probes = [(g.sig, g.head, frozenset())] if g.sig else []
            core = _cross_core(g)
            if core:
                probes.append((core, False, g.quals))
            for sig, head, quals in probes:
                bucket = self._sigs.get((sig[0][:1], len(sig)), {})
                if len(sig) > 1 or head:
                    others: Iterable[tuple[str, ...]] = bucket
                else:  # a single word meets only a name that lost its head noun, or itself
                    others = [o for o in (sig, *self._head_sigs) if o in bucket]
                for other in others:
                    if M.sig_like(sig, other, head or other in self._head_sigs):
                        found.extend(e for e in live(bucket[other])
                                     if not quals or not self._ents[e].quals
                                     or quals & self._ents[e].quals)
            if g.sig and not g.quals:  # the name without its country: if only one body has it
                cores = live(e for other, ids in self._cores.get(
                    (g.sig[0][:1], len(g.sig)), {}).items() if M.sig_like(g.sig, other, False)
                    for e in ids)
                if len({frozenset(self._ents[e].quals) for e in cores}) == 1:
                    found.extend(cores)
        cands = live(found)
        if cands:
            return min(cands, key=lambda e: (-len(self._ents[e].mentions), self._ents[e].seq))
        cands = live(e for g in group for x in g.acrs for e in self._inits.get(x, ()))
        cands += [e for e in live(e for g in group for x in g.inits if len(x) >= 4
                                  for e in self._acrs.get(x, ())) if e not in cands]
        if len(cands) == 1:
            return cands[0]
        found = []
        for g in group:  # a syllabic abbreviation of one body's name (Минфин, Кабмін)
            if len(g.sig) != 1 or g.head or M.listed(g.sig[0]) or len(g.key) < 5:
                continue
            for n in range(2, 6):
                for other, ids in self._sigs.get((g.key[:1], n), {}).items():
                    if M.syllabic(g.key, plain_signature(other)):
                        found.extend(ids)
        cands = live(found)
        if len(cands) == 1:
            return cands[0]
        return self._alike(group, gtype)

    def _alike(self, group: list[MentionInfo], gtype: str) -> str | None:
        """The entity of a multi-word name alike to one of the group's (see M.multi_like)."""
        cands: list[str] = []
        for g in group:
            bucket = M.bucket(g.key)
            for k in self._multi.get(bucket, ()) if bucket else ():
                if M.multi_like(g.key, k):
                    for eid in self._live(self._by_key.get(k, ())):
                        if compatible(self._ents[eid].type(), gtype) and eid not in cands:
                            cands.append(eid)
        if not cands:
            return None
        return min(cands, key=lambda e: (-len(self._ents[e].mentions), self._ents[e].seq))

    def _new_id(self, base: str) -> str:
        n = 0
        while True:
            h = hashlib.sha1(f"{base}#{n}".encode() if n else base.encode()).hexdigest()[:12]
            eid = "ent-" + h
            if eid not in self._ents and eid not in self._redirects:
                return eid
            n += 1

    def _create(self, group: list[MentionInfo], gid: str | None = None) -> str:
        if gid:
            eid = self._new_id("gaz:" + gid)
        else:
            first = next((g for g in group if not g.bare), group[0])
            eid = self._new_id(f"{first.type}:{first.key}")
        self._seq += 1
        self._ents[eid] = _Ent(eid, self._seq, gid)
        if gid:
            self._by_gid[gid] = eid
        return eid

    def _index(self, ent: _Ent, info: MentionInfo) -> None:
        if not info.bare:
            ids = self._by_key.setdefault(info.key, [])
            if ent.id not in ids:
                ids.append(ent.id)
            bucket = None if info.person else M.bucket(info.key)
            if bucket and len(ids) == 1:
                self._multi.setdefault(bucket, []).append(info.key)
        ent.quals |= info.quals
        if info.sig:
            _add(self._sigs.setdefault((info.sig[0][:1], len(info.sig)), {}), info.sig, ent.id)
            if info.head and len(info.sig) == 1:
                self._head_sigs.add(info.sig)
            core = _cross_core(info)
            if core:
                _add(self._cores.setdefault((core[0][:1], len(core)), {}), core, ent.id)
            for f in info.forms:
                _add(self._forms, f, ent.id)
            if info.alt:
                _add(self._alts, info.alt, ent.id)
            for x in info.acrs:
                _add(self._acrs, x, ent.id)
            for x in info.inits:
                if len(x) >= 4:  # a script tag and three letters or more
                    _add(self._inits, x, ent.id)
        if info.person and info.surname:
            ids = self._surname.setdefault(info.surname, [])
            if ent.id not in ids:
                ids.append(ent.id)
            if info.given:
                ent.given.add(info.given)
            words = info.lemma.split()
            if words:
                ent.surnames.add(words[0 if M.surname_first(info.lemma) else -1].casefold())
            if info.given:
                for v in M.surname_variants(info.surname):
                    self._surname_var.setdefault(v, set()).add(info.surname)
            if len(info.surname) >= FUZZY_SURNAME:
                for v in M.deletions(info.surname):
                    self._surname_del.setdefault(v, set()).add(info.surname)
            for sub in M.subkeys(info.key):
                ids = self._by_sub.setdefault(sub, [])
                if ent.id not in ids:
                    ids.append(ent.id)

    def _attach(self, ent: _Ent, info: MentionInfo, m: Any, article_id: str, lang: str) -> None:
        self._index(ent, info)
        if info.bare and info.surname and info.surname not in self._owner:
            self._owner[info.surname] = ent.id
        ent.add(EntityMention(
            article_id, str(_attr(m, "field", "text")), int(_attr(m, "start", 0)),
            int(_attr(m, "end", 0)), info.text, lang, info.type, info.key, info.lemma,
        ))

    def _merge(self, keep: str, drop: str) -> None:
        """``drop`` becomes part of ``keep``; its id redirects there for good."""
        if keep == drop or drop not in self._ents:
            return
        a, b = self._ents[keep], self._ents.pop(drop)
        for m in b.mentions:
            a.add(m)
        a.given |= b.given
        a.surnames |= b.surnames
        a.quals |= b.quals
        if b.gid and not a.gid:
            a.gid = b.gid
        if b.gid:
            self._by_gid[b.gid] = keep
        self._redirects[drop] = keep

    def _forget(self, article_id: str) -> None:
        for eid in dict.fromkeys(self.resolve(i) for i in self._articles.pop(article_id, ())):
            ent = self._ents.get(eid)
            if ent is not None:
                ent.mentions = [m for m in ent.mentions if m.article_id != article_id]
                ent.counts = Counter(m.type for m in ent.mentions)

    # --- records --------------------------------------------------------------------------------

    def _record(self, ent: _Ent) -> Entity:
        aliases = list(dict.fromkeys(m.text for m in ent.mentions if m.text))
        typ = ent.type()
        return Entity(ent.id, _name(ent, typ), typ, aliases, list(ent.mentions), ent.gid)


def _add(index: dict[Any, list[str]], key: Any, eid: str) -> None:
    ids = index.setdefault(key, [])
    if eid not in ids:
        ids.append(eid)


def _cross_core(info: MentionInfo) -> tuple[str, ...] | None:
    """The country core a name may link by across articles: three words or more, or an
    acronym (Национальное антикоррупционное бюро, СНБО, ГУР); two words (Министерство
    обороны) say too little about whose the body is."""
    core = info.core
    if core and (len(core) >= 3 or (len(core) == 1 and M.listed(core[0]) and len(core[0]) >= 4)):
        return core
    return None


def _name(ent: _Ent, typ: str) -> str:
    """The English display name (see the module doc for the order of preference)."""
    if ent.gid:
        return W.world().entries[ent.gid].name
    ms = ent.mentions
    if not ms:
        return ""
    multi = typ == "PER"

    def words(m: EntityMention) -> int:
        return len(m.lemma.split())

    counts = Counter(m.lemma for m in ms)
    first = {}
    for i, m in enumerate(ms):
        first.setdefault(m.lemma, i)
    latin = [m for m in ms if M.latin(m.lemma)]
    full = [m for m in ms if words(m) > 1] if multi else []
    if latin:
        best = max(latin, key=lambda m: (
            multi and words(m) > 1, m.lang == "en" or m.lang in _NON_LATIN, counts[m.lemma],
            -first[m.lemma]))
        if not (full and words(best) == 1):
            return best.lemma
        ms = full  # a full name romanised says more than a bare Latin surname
    best = max(ms, key=lambda m: (
        multi and words(m) > 1, counts[m.lemma],
        -(_LANG_ORDER.index(m.lang) if m.lang in _LANG_ORDER else len(_LANG_ORDER)),
        -first[m.lemma]))
    return romanise_person(best.lemma, best.lang) if multi else romanise(best.lemma, best.lang)


def mention_from_span(text: str, start: int, end: int, type: str, lang: str,
                      field: str = "text") -> Mention:
    """A :class:`Mention` for a known span (gold annotation), keyed and lemmatised as
    :mod:`storywire.nlp.names` would: the span's own name when it finds exactly one that covers
    it, else the key of the span's words and the surface as lemma."""
    from storywire.nlp.names import extract_names, name_key

    surface = text[start:end] if 0 <= start <= end <= len(text) else ""
    found = extract_names(surface, lang) if surface else []
    if len(found) == 1 and found[0].end - found[0].start >= len(surface.rstrip()) - 1:
        key, lemma = found[0].key, found[0].lemma
    else:  # the words of the span, each keyed (Офіс президента України is not Україна)
        key = " ".join(k for w in surface.split() if (k := name_key(w, lang)))
        lemma = surface
    return Mention(start, end, surface, type, key, lemma, field)
