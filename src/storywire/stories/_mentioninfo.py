"""What linking needs to know about one name mention, and which mentions of one article are one
entity.

Kept apart from :mod:`storywire.stories.canon`, which links across the store: everything here is
a pure function of one mention or one article's mentions (steps 1, 2 and 4 of canon's rules, as
they apply inside an article), cached where a name recurs, and never touches linker state.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from storywire.stories import _namematch as M
from storywire.stories._namematch import compatible

__all__ = ["GENITIVE_S", "MentionInfo", "group_mentions", "mention_info", "plain_signature"]

#: languages whose genitive adds -s to a name (Krasznahorkais, Bundestages)
GENITIVE_S = frozenset({"de", "en", "nl", "sv", "da", "nb", "no"})


@dataclass(slots=True)
class MentionInfo:
    """What linking needs to know about one mention."""

    type: str
    key: str
    lemma: str
    text: str
    person: bool
    bare: bool  # a person named by one word (a surname, usually)
    surname: str | None
    given: str | None
    gid: str | None  # the gazetteer entry it names
    alt: str | None = None  # the surname without a genitive -s (Krasznahorkais)
    # names of things (not people): see _namematch.signature / country_core / initial_forms
    sig: tuple[str, ...] = ()
    head: bool = False  # a generic head noun (Party, Agencji) was left out of ``sig``
    core: tuple[str, ...] | None = None  # ``sig`` without the country that qualifies it
    quals: frozenset[str] = frozenset()  # the places ``core`` left out
    forms: tuple[str, ...] = ()  # lemma and surface, casefolded
    acrs: frozenset[str] = frozenset()  # an acronym of 3+ letters (M.acronym_forms)
    inits: frozenset[str] = frozenset()  # the acronyms a multi-word name can have


@lru_cache(maxsize=65536)
def mention_info(typ: str, key: str, lemma: str, text: str, lang: str,
                 gazetteer: bool) -> MentionInfo:
    """What linking needs to know about a mention (shared: a name recurs; never mutated)."""
    person = typ == "PER" and not key.startswith(("@", "=", "~"))
    toks = (M.strip_particles(key, text, lang) if person else key).split(" ")
    bare = person and len(toks) == 1
    surname = toks[-1] if person else None
    given = toks[0] if person and len(toks) > 1 else None
    if person and len(toks) == 3 and M.surname_first(text):  # Путин Владимир Владимирович
        surname, given = toks[0], toks[1]
    match = M.world_match(key, lemma, text, typ) if gazetteer else None
    alt = None
    if bare and lang in GENITIVE_S and key.endswith("s") and len(key) > 5:
        alt = key[:-1]
    info = MentionInfo(typ, key, lemma, text, person, bare, surname, given, match, alt)
    if not person and not key.startswith(("#", "~")):
        info.sig, info.head = M.signature(key, text, lang)
        info.core = M.country_core(info.sig)
        info.quals = M.qualifiers(info.sig, info.core)
        reduced = info.core if info.core and len(info.core) == 1 else (
            info.sig if info.head and len(info.sig) == 1 else None)
        if gazetteer and reduced and info.gid is None:  # Ukraine's Verkhovna Rada
            info.gid = M.world_match(reduced[0], "", "", typ)
        info.forms = tuple(dict.fromkeys(
            f for f in (lemma.casefold(), text.casefold()) if sum(map(str.isalpha, f)) >= 3))
        concept = M.concept_signature(text, lang)
        if concept:  # one name translated: "антикорупционна прокуратура" / "Anti-Corruption
            info.forms += ("\x01" + " ".join(concept),)  # Prosecutor's Office"
        if len(info.sig) == 1 == len(toks):  # Bundestages; Росатом
            info.alt = (M.genitive_stem(key) if lang in GENITIVE_S else None) or (
                M.instrumental_stem(key))
        letters = M.acronym(text)
        if letters:
            info.acrs = M.acronym_forms(letters) if len(letters) >= 3 else frozenset()
        elif " " in text.strip():
            info.inits = M.initial_forms(text)
    return info


def plain_signature(sig: tuple[str, ...]) -> tuple[str, ...]:
    """A signature without its listed places (Министерство финансов США -> two words)."""
    return tuple(t for t in sig if not M.place(t))


def group_mentions(infos: list[MentionInfo], orders: list[tuple[int, int]]) -> list[list[int]]:
    """Mentions of one article that are one entity (union-find), in first-mention order."""
    parent = list(range(len(infos)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    first: dict[str, int] = {}  # gazetteer entry -> its first (non-bare) mention
    for i, inf in enumerate(infos):
        if inf.gid and not inf.bare:
            union(first.setdefault(inf.gid, i), i)
    by_key: dict[str, list[int]] = {}
    for i, inf in enumerate(infos):
        for j in by_key.get(inf.key, ()):
            if compatible(infos[j].type, inf.type):
                union(j, i)
                break
        by_key.setdefault(inf.key, []).append(i)
    names = [i for i, inf in enumerate(infos) if not inf.person and " " in inf.text.strip()]
    for i, inf in enumerate(infos):  # an acronym and the name it abbreviates
        acr = None if inf.person else M.acronym(inf.text)
        if acr is None:
            continue
        for j in names:
            if M.expands(acr, infos[j].text) and compatible(infos[j].type, inf.type):
                union(j, i)
                break
    for a_pos, a in enumerate(names):  # one name in two related languages or cases
        for b in names[a_pos + 1:]:
            if compatible(infos[a].type, infos[b].type) and M.multi_like(
                    infos[a].key, infos[b].key):
                union(a, b)
    seen: dict[tuple[str, str, str, str], int] = {}  # one of each name (key unites the rest)
    for i, inf in enumerate(infos):
        if inf.sig:
            seen.setdefault((inf.key, inf.text, inf.lemma, inf.type), i)
    things = list(seen.values())
    by_form: dict[str, int] = {}
    near: dict[tuple[int, str], list[int]] = {}  # signatures that can be alike
    for a in things:  # one thing written alike, with or without a head noun or function words
        ia = infos[a]
        for f in (*ia.forms, *(("\0" + k) for k in (ia.key, ia.alt) if k)):
            b = by_form.setdefault(f, a)
            if compatible(ia.type, infos[b].type):
                union(a, b)
        bucket = near.setdefault((len(ia.sig), ia.sig[0][:1]), [])
        for b in bucket:
            if compatible(ia.type, infos[b].type) and M.sig_like(
                    ia.sig, infos[b].sig, ia.head or infos[b].head):
                union(a, b)
        bucket.append(a)
    tails = [a for a in things if infos[a].sig[-1].startswith("=") and len(infos[a].sig) > 1]
    for a in tails:  # Sztabu Generalnego WP / Sztab Generalny Wojska Polskiego
        for b in things:
            if compatible(infos[a].type, infos[b].type) and M.acronym_tail(
                    infos[a].sig, infos[a].text, infos[b].sig, infos[b].text):
                union(a, b)
    multis = [b for b in things if len(infos[b].sig) > 1]
    for a in things if multis else ():  # Госдеп / Государственный департамент
        ia = infos[a]
        if len(ia.sig) != 1 or ia.head or M.listed(ia.sig[0]):
            continue
        partners = {find(b) for b in multis if compatible(ia.type, infos[b].type)
                    and M.syllabic(ia.sig[0], plain_signature(infos[b].sig))}
        if len(partners) == 1:
            union(a, partners.pop())
    cored = [a for a in things if infos[a].core]
    for b in things if cored else ():  # a name without its country, qualified one way only
        if infos[b].quals:
            continue
        qualified = [a for a in cored if compatible(infos[a].type, infos[b].type)
                     and M.sig_like(infos[a].core, infos[b].sig, False)]
        if qualified and len({infos[a].quals for a in qualified}) == 1:
            for a in qualified:
                union(a, b)
    for a in things:  # a shorter name ending exactly one longer one (Премия мира)
        n = len(infos[a].sig)
        if n < 2:
            continue
        longer = {find(b) for b in things if len(infos[b].sig) > n and compatible(
            infos[a].type, infos[b].type) and M.sub_run(infos[a].sig, infos[b].sig)}
        if len(longer) == 1:
            union(a, longer.pop())
    fulls = [i for i, inf in enumerate(infos) if inf.person and not inf.bare]
    for a_pos, a in enumerate(fulls):  # one person's full names
        for b in fulls[a_pos + 1:]:
            ia, ib = infos[a], infos[b]
            if (ia.surname == ib.surname and M.given_ok(ia.given or "", ib.given or "")) or (
                    M.contains(ia.key, ib.key) or M.contains(ib.key, ia.key)):
                union(a, b)
    for i, inf in enumerate(infos):  # a bare name: the nearest full name before it
        if not inf.bare:
            continue
        same = [j for j in fulls if infos[j].surname in (inf.surname, inf.alt)]
        if not same:  # a surname keyed a case ending apart (Merza), if only one is near
            same = [j for j in fulls if M.surname_near(inf.surname or "", infos[j].surname)]
            if len({infos[j].surname for j in same}) != 1:
                same = []
        if not same:  # a given name alone, if it is one person's in this article
            same = [j for j in fulls if infos[j].given == inf.key]
            if len({infos[j].surname for j in same}) != 1:
                continue
        before = [j for j in same if orders[j] <= orders[i]]
        j = max(before, key=lambda j: orders[j]) if before else min(
            same, key=lambda j: orders[j])
        union(j, i)
    groups: dict[int, list[int]] = {}
    for i in range(len(infos)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: g[0])
