"""Role holders: who a role noun ("the president", "секретар РНБО", "Berater Selenskijs") names.

:class:`RoleHolders` reads, once per article, the roles each person is named with ("президент
Білорусі Олександр Лукашенко": head of state, modifier "білор", noun "президент"), and answers
for :class:`~storywire.nlp._speakers.Resolver`: the role noun at a position, the person last
named with a role (matching its modifier when it has one), and whether a name is the boss an
aide role noun belongs to. It shares the resolver's list of speakers so far, since recent
speakers are the first candidates for a role.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable

from storywire.model import Mention
from storywire.nlp import _quotedata as D
from storywire.nlp._quotectx import (
    WORD,
    Ctx,
    ent,
    in_quote,
    lex_re,
    mentions_in,
    sent_of,
    verbs_near,
    word_before,
    words_between,
)

#: endings that make a role stem an adjective or abstract noun ("президентський", "presidential",
#: "Diplomatie")
_BAD_ROLE_SUFFIX = ("ськ", "ск", "ств", "ial", "iel", "ur", "ship", "ium", "н", "ици", "ie", "ия",
                    "ія", "ic", "ич")


def _role_group(lang: str, stem: str) -> str | None:
    stem = stem.lower()
    for s, g in D.LEXICONS[lang].roles:
        if s == stem:
            return g
    return None


def _stems(words: Iterable[str], lex: D.Lexicon | None) -> set[str]:
    """Comparable stems of modifier words ("білоруський" ~ "Білорусі": both "білор")."""
    out = set()
    for w in words:
        w = w.lower()
        if len(w) < 3 or w in D.WEAK_MODIFIERS or w in D.CONNECTIVES or (
                lex is not None and w in lex.preps):
            continue
        out.add(w[:5])
    return out


class RoleHolders:
    """The roles persons were named with, and the person a role noun stands for."""

    def __init__(self, ctx: Ctx, spoken: list[tuple[int, Mention]]) -> None:
        self.ctx = ctx
        self.spoken = spoken  # the resolver's (quote start, speaker) list, shared as it grows
        self.roles: dict[str, list[tuple[str, set[str], str]]] = self._profiles()

    def role_at(self, pos: int) -> tuple[str, re.Match[str]] | None:
        roles = lex_re(self.ctx.lang, "roles")
        r = roles.match(self.ctx.text, pos) if roles is not None else None
        if r is None or r.group(2).lower().startswith(_BAD_ROLE_SUFFIX):
            return None
        g = _role_group(self.ctx.lang, r.group(1))
        return (g, r) if g else None

    def _profiles(self) -> dict[str, list[tuple[str, set[str], str]]]:
        """entity -> the roles it was named with: group, the words of the role phrase and the
        role noun ("президент Білорусі Олександр Лукашенко": head, {"білор"}, "президент")."""
        ctx, text = self.ctx, self.ctx.text
        roles = lex_re(ctx.lang, "roles")
        out: dict[str, list[tuple[str, set[str], str]]] = {}
        if roles is None:
            return out
        prev_end = 0
        for i, m in enumerate(ctx.ms):
            if m.type != "PER" or in_quote(ctx, m.start):
                continue
            nxt = ctx.ms[i + 1] if i + 1 < len(ctx.ms) else None
            if (nxt is not None and nxt.type == "PER" and not text[m.end:nxt.start].strip()):
                continue  # "Глава офиса Владимира Зеленского Андрей Ермак": Ермак's role
            s0, _ = sent_of(ctx, m.start)
            a = max(s0, prev_end, m.start - 80)
            prev_end = m.end
            parts = [(a, m.start)]
            if text[m.end : m.end + 1] == ",":
                tail = text[m.end + 1 : m.end + 70]
                tail_end = m.end + 1 + len(tail.split(",")[0])
                # "Nawrocki, premier Donald Tusk": a list of people, not an apposition
                if not any(x.type == "PER" for x in mentions_in(ctx, m.end + 1, tail_end)):
                    parts.append((m.end + 1, tail_end))
            for pa, pb in parts:
                found = [r for r in roles.finditer(text, pa, pb)
                         if not r.group(2).lower().startswith(_BAD_ROLE_SUFFIX)
                         and not self._dependent_role(r, m.start)
                         # "The aide also clarified that Witkoff": a verb between, no title
                         and not verbs_near(ctx, r.end(), m.start)]
                if not found:
                    continue
                r = found[-1]
                g = _role_group(ctx.lang, r.group(1))
                if g is None:
                    continue
                words = [word_before(text, r.start()), *WORD.findall(text, r.end(), pb)]
                out.setdefault(ent(m), []).append(
                    (g, _stems(words, ctx.lex), r.group(1).lower()))
        return out

    def _dependent_role(self, r: re.Match[str], name_start: int) -> bool:
        """"der Stabschef des ukrainischen Präsidenten, Andrij Jermak": a role in the genitive,
        set off from the name by a comma, belongs to someone else ("Ehefrau von Präsident
        Macron", with no comma, is Macron's role)."""
        ctx, lex = self.ctx, self.ctx.lex
        if lex is None or not lex.genitive or "," not in ctx.text[r.end():name_start]:
            return False
        before = WORD.findall(ctx.text, max(0, r.start() - 40), r.start())[-3:]
        return any(w.lower() in lex.genitive for w in before)

    def _genitive(self, m: Mention) -> bool:
        """Is the name inflected, as a possessor after a noun is ("Путина", "Зеленського",
        German "Selenskijs")? "aide Yury Ushakov" is an apposition: the aide himself."""
        if m.lemma and m.lemma.lower() != m.text.lower():
            return True
        return self.ctx.lang == "de" and " " not in m.text and m.text.endswith("s")

    def boss(self, m: Mention) -> bool:
        """Is ``m`` the person an aide role noun right before it belongs to ("Berater
        Selenskijs", "помощник Путина"), with no name of the aide after it?"""
        if m.type != "PER" or not self._genitive(m):
            return False
        text = self.ctx.text
        prev = list(WORD.finditer(text, max(0, m.start - 30), m.start))
        if not prev or text[prev[-1].end():m.start].strip():
            return False
        role = self.role_at(prev[-1].start())
        if role is None or role[0] != D.AIDE:
            return False
        i = bisect_right(self.ctx.starts, m.start)
        nxt = self.ctx.ms[i] if i < len(self.ctx.ms) else None
        return not (nxt is not None and nxt.type == "PER"
                    and words_between(text, m.end, nxt.start) == 0
                    and not re.search(r"[,;:.!?]", text[m.end:nxt.start]))

    def role(self, r: re.Match[str], group: str) -> Mention | None:
        """The person last named with a role of ``group`` ("президент Білорусі Олександр
        Лукашенко" for "білоруський лідер"), matching the words around the role noun
        ("білоруський"); a role of another group only when a name-like word around it matches
        ("секретар РНБО" ~ "очільник РНБО")."""
        ctx, text = self.ctx, self.ctx.text
        pos = r.start()
        tail = text[r.end() : r.end() + 40]
        tail = re.split(r"[,.;:!?\"«»„“”]", tail)[0]
        words = [word_before(text, pos), *WORD.findall(tail)[:3]]
        around = _stems(words, ctx.lex)
        proper = _stems(re.findall(r"\b[A-ZА-ЯІЇЄҐ]\w*", " ".join(
            WORD.findall(text, max(0, pos - 30), pos)[-1:] + WORD.findall(tail)[:3])), ctx.lex)
        order, last = self.role_order(pos)
        entries = self.roles

        def pick(test: Callable[[str], bool]) -> Mention | None:
            for e in order:
                if test(e):
                    return last[e]
            return None

        noun = r.group(1).lower()
        return (
            (around and pick(lambda e: any(g == group and st & around
                                           for g, st, _ in entries.get(e, ()))))
            # "premier" is who was named premier, not the president of the same group
            or pick(lambda e: any(n == noun for _, _, n in entries.get(e, ())))
            or (proper and pick(lambda e: any(st & proper for _, st, _ in entries.get(e, ()))))
            or pick(lambda e: any(g == group for g, _, _ in entries.get(e, ())))
            or self._named_later(pos, noun, around)
        )

    def _named_later(self, pos: int, noun: str, around: set[str]) -> Mention | None:
        """"Premier podkreślił ..." before the article names "premier Donald Tusk": the one
        person named later with that very role noun, and no other modifier ("Глава Госдепа"
        is not "глава офиса ... Ермак")."""
        ctx = self.ctx
        holders = {ent(m): m for m in ctx.ms[bisect_right(ctx.starts, pos):]
                   if m.type == "PER" and not in_quote(ctx, m.start)
                   and any(n == noun and (not st or st & around)
                           for _, st, n in self.roles.get(ent(m), ()))}
        return next(iter(holders.values())) if len(holders) == 1 else None

    def role_order(self, pos: int) -> tuple[list[str], dict[str, Mention]]:
        """Persons named before ``pos``: recent speakers first, then by recency."""
        ctx = self.ctx
        idx = bisect_left(ctx.starts, pos)
        last: dict[str, Mention] = {}
        for m in ctx.ms[max(0, idx - 400) : idx]:  # bounded: long texts stay linear
            if m.type == "PER" and not in_quote(ctx, m.start):
                last[ent(m)] = m
        recent = sorted(last, key=lambda e: last[e].start, reverse=True)
        speakers = [ent(w) for _, w in reversed(self.spoken[-50:])]
        speakers = [e for e in dict.fromkeys(speakers) if e in last]
        return speakers + [e for e in recent if e not in speakers], last
