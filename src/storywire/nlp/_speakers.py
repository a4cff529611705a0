"""Who said a quote: speaker resolution over the article's entity mentions.

:mod:`storywire.nlp.quotes` finds quote candidates and where their attribution sits (a speech
verb and the clause around it, a source phrase, a pronoun phrase); :class:`Resolver` walks them in
text order and picks the mention that names the speaker:

* the PER (else ORG) mention the verb attaches to, in the verb's own clause; for a participle
  ('"...," adding that') the main clause's subject;
* a pronoun ("he said", "він сказав", "той каза") -> the last suitable person (earlier in the
  sentence, else the previous sentences' speaker or subject, else the one person of the title);
* a role noun ("the president", "секретар РНБО") -> the person last named with that role,
  matching its modifier when it has one ("білоруський" ~ "президент Білорусі"); a spokesperson
  of a named body ("Kremlin spokesman") -> the body;
* "X citing Y" / "X з посиланням на Y" -> Y; "йдеться в заяві" / "heißt es" / "czytamy" / "the
  statement said" -> the body that issued the statement (named in the attribution, else the one
  that spoke or was named just before);
* an unnamed member of a named body ("представителя госдепа", "U.S. officials"), a body noun
  pointing back ("the bureau", "бюрото", "в ведомстве") or a possessor ("Russia's defence
  ministry") -> the organisation or country;
* an outlet noun ("пише видання") -> the outlet named there or before.

Anything else gets no speaker: no guesses across sentences without a link. What the resolver
reads (:class:`Ctx`, sentence and mention lookups) lives in :mod:`._quotectx`, shared with
the quote finders; who a role noun names, in :mod:`._roles`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from storywire.model import Mention
from storywire.nlp import _quotedata as D
from storywire.nlp._quotectx import (
    WORD,
    Cand,
    Ctx,
    citing_re,
    ent,
    in_quote,
    lex_re,
    mentions_in,
    participle,
    sent_index,
    sent_of,
    subject_like,
    word_before,
    words_between,
)
from storywire.nlp._roles import RoleHolders

# --- speakers ------------------------------------------------------------------------------


class _Stop:
    """Returned when the subject is an anonymous source: the speaker is unknown, stop looking."""


_NOBODY = _Stop()


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n


class Resolver:
    """Speakers in text order, remembering who spoke so pronouns and titles can find them."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.spoken: list[tuple[int, Mention]] = []  # (quote start, speaker mention)
        self.spoken_at: list[int] = []
        self.holders = RoleHolders(ctx, self.spoken)

    def speaker(self, c: Cand) -> Mention | None:
        ctx = self.ctx
        ctx.own = (c.start, c.end)
        try:
            return self._speaker(c)
        finally:
            ctx.own = (0, 0)

    def _speaker(self, c: Cand) -> Mention | None:
        ctx = self.ctx
        found: Mention | _Stop | None = None
        if c.pronoun_at is not None:
            found = self._pronoun(c.pronoun_at)
        elif c.verb is not None and c.seg is not None:
            found = self._attached(c)
        if isinstance(found, Mention):
            self.spoken.append((c.start, found))
            self.spoken_at.append(c.start)
            return found
        if re.match(r"\W{0,2}[,–—-]\s*\w", ctx.text[c.end : c.end + 6]):
            return None  # '"...", отговаря Мачадо': an attribution follows that was not read
        if found is None and c.direct and c.verb is None and c.whole_sentence:
            introduced = self._introduced(c.start)
            if introduced is not None:
                self.spoken.append((c.start, introduced))
                self.spoken_at.append(c.start)
                return introduced
        if found is None and c.direct and c.verb is None and c.whole_sentence and self.spoken:
            at, who = self.spoken[-1]
            si = sent_index(ctx, c.start)
            if ((si - sent_index(ctx, at) <= 2 and ctx.text.count("\n", at, c.start) <= 2)
                    or self._quoted_paragraphs(at, c.start)):
                return who  # continues the previous speaker's quote
        return None

    def _introduced(self, pos: int) -> Mention | None:
        """'Petr Fiala ... acknowledged the victory of ANO. "I congratulate ..."': a quote
        standing alone right after a sentence about a person, with no quote of its own, is
        that person's (its subject: a name within three words of the sentence start)."""
        ctx, text = self.ctx, self.ctx.text
        si = sent_index(ctx, pos)
        if si == 0:
            return None
        a, b = ctx.sents[si - 1]
        lo, hi = bisect_left(self.spoken_at, a), bisect_left(self.spoken_at, b)
        if in_quote(ctx, a) or text.count("\n", b, pos) > 2 or hi > lo or any(
                a <= qs < b for qs, _ in ctx.quoted):
            return None  # the sentence before has a quote of its own: the last speaker rule
        for m in mentions_in(ctx, a, b):
            if words_between(text, a, m.start) > 3 or re.search(r"[,;:]", text[a:m.start]):
                break
            if m.type == "PER" and subject_like(ctx, m):
                return m
        return None

    def _quoted_paragraphs(self, at: int, pos: int) -> bool:
        """A quote running over paragraphs, each opened anew with a quote mark ('He said:
        "...\n"...\n"...'): every paragraph from the one at ``at`` to ``pos`` opens quoted."""
        text = self.ctx.text
        paras = [p for p in text[at:pos].split("\n")[1:] if p.strip()]
        return 0 < len(paras) <= 6 and all(p.lstrip()[:1] in "«„“\"" for p in paras)

    def _attached(self, c: Cand) -> Mention | _Stop | None:
        ctx, text = self.ctx, self.ctx.text
        assert c.verb is not None and c.seg is not None
        vs, ve = c.verb
        a, b = c.seg
        seg = (min(a, vs), max(b, ve))
        if re.search(r"-(?:t-)?(?:il|elle)$", text[vs:ve], re.IGNORECASE):
            return self._pronoun(vs)  # French "dit-il", "a-t-elle déclaré"
        cited = self._cited(ve, max(b, ve))
        if cited is not None:
            return cited
        imp = lex_re(ctx.lang, "impersonal")
        if imp is not None and imp.fullmatch(text, vs, ve):
            if text[vs].isupper() and not self._document_near(ve, max(b, ve)):
                return None  # "Отмечается, что ...": opened by the verb, no source named
            return self._issuer(a, max(b, ve), c.start)  # "йдеться в заяві", "czytamy"
        first = WORD.match(text, vs)
        ve1 = first.end() if first else ve  # "kündigte Selenskyj an": the name sits inside
        ms = [m for m in mentions_in(ctx, a, max(b, ve), seg) if not (vs <= m.start < ve1)]
        bosses = {id(m) for m in ms if self.holders.boss(m)}
        ms = [m for m in ms if id(m) not in bosses and not self._medium(m)]
        before = [m for m in ms if m.end <= vs and subject_like(ctx, m)]
        after = [m for m in ms if m.start >= ve1 and subject_like(ctx, m)
                 and words_between(text, ve1, m.start) <= 6]
        clause_start = max((a + x.end() for x in re.finditer(r"[,;:]\s|\s[–—]\s", text[a:vs])),
                           default=a)
        if ctx.lang != "de" and words_between(text, clause_start, vs) > 2:
            after = []  # "officials told Reuters": a name after the verb is the addressee
        shared = self._shared_subject(vs)
        if shared is not None:
            return shared
        per_clause = [m for m in before if m.type == "PER" and m.start >= clause_start]
        if per_clause:
            return per_clause[-1]
        if bosses:
            return _NOBODY  # "Ein Berater Selenskijs erklärte": an unnamed aide spoke
        near = self._subject_word(max(a, vs - 60), vs, last=True)
        if near is not None:
            return near
        per_after = [m for m in after if m.type == "PER"]
        if per_after:
            return per_after[0]
        near = self._subject_word(ve1, min(max(b, ve), ve1 + 60), last=False)
        if near is not None:
            return near
        per_before = [m for m in before if m.type == "PER"]
        if per_before:
            return self._phrase_head(per_before[0], before)
        if participle(ctx, vs, ve):  # "Prezydent obarczył ..., podkreślając, że": main subject
            s0, _ = sent_of(ctx, vs)
            main = [m for m in mentions_in(ctx, s0, vs) if m.type == "PER"
                    and subject_like(ctx, m) and words_between(text, s0, m.start) <= 3]
            if main:
                return main[0]  # "Rubio told a briefing that ... "...," adding that"
            near = self._subject_word(s0, min(vs, s0 + 50), last=False)
            if near is not None:
                return near
        owner = self._possessor(ms, clause_start, vs)
        if owner is not None:
            return owner
        lex = ctx.lex
        if lex is not None and lex.sources and any(
                w.lower().startswith(lex.sources) for w in WORD.findall(text, clause_start, vs)):
            return None  # "Rozmówcy Agencji Reutera ... tłumaczą": anonymous people spoke
        proxy = self._proxy(clause_start, vs)
        if proxy is not None:
            return proxy
        org = [m for m in before if m.type == "ORG" and m.start >= clause_start][-1:] or [
            m for m in after if m.type == "ORG"][:1]
        if org:
            return org[0]
        preps = lex.org_preps if lex is not None else frozenset()
        near_orgs = [m for m in ms if m.type in ("ORG", "LOC") and (
            (m.end <= vs and words_between(text, m.end, vs) == 0)
            or (m.start >= ve1 and words_between(text, ve1, m.start) <= 1))
            and ((subject_like(ctx, m) and m.type == "LOC")
                 or word_before(text, m.start) in preps)]
        return near_orgs[0] if near_orgs else None

    def _shared_subject(self, vs: int) -> Mention | None:
        """"Нобелевский институт отменил пресс-конференцию Мачадо и заявил": a speech verb
        coordinated with an earlier predicate shares its subject, the sentence's first name
        (within three words of its start), not the names of the predicate in between."""
        ctx, text = self.ctx, self.ctx.text
        if word_before(text, vs) not in D.COORDINATORS:
            return None
        s0, _ = sent_of(ctx, vs)
        names = [m for m in mentions_in(ctx, s0, vs) if subject_like(ctx, m)]
        lex = ctx.lex
        for w in list(WORD.finditer(text, s0, vs))[:3]:  # "Він відзначив ... й назвав"
            if lex is not None and w.group().lower() in lex.pronouns:
                if names and names[0].start < w.start():
                    break
                return self._pronoun(w.start())
        if not names or words_between(text, s0, names[0].start) > 3:
            return None
        return self._phrase_head(names[0], names)

    def _phrase_head(self, first: Mention, names: list[Mention]) -> Mention:
        """"Putins Berater Yuri Ushakov", "Глава Офиса президента Владимира Зеленского Андрей
        Ермак": names chained by at most two words end in the phrase's head, the last one."""
        text, head = self.ctx.text, first
        for m in names[names.index(first) + 1:]:
            gap = list(WORD.finditer(text, head.end, m.start))
            if (m.type != "PER" or len(gap) > 2 or re.search(r"[,;:.!?()]", text[head.end:m.start])
                    or not all(self.holders.role_at(w.start()) or w.group()[0].isupper()
                               for w in gap)):
                break
            head = m
        return head

    def _medium(self, m: Mention) -> bool:
        """"у повідомленні в телеграм-каналі", "on its Telegram channel": where a statement
        was published, not who issued it."""
        after = self.ctx.text[m.end : m.end + 12].casefold()
        return m.text.casefold() in D.PLATFORMS or after.startswith(D.CHANNEL_WORDS)

    def _document_near(self, a: int, b: int) -> bool:
        """Is a statement or document named in ``text[a:b]`` ("в заявлении", "w komunikacie")?"""
        lex = self.ctx.lex
        return bool(lex and lex.documents) and any(
            w.lower().startswith(lex.documents) for w in WORD.findall(self.ctx.text, a, b))

    def _proxy(self, a: int, b: int) -> Mention | None:
        """"Представители на САЩ заявиха": a body spoke through its people."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        if lex is None or not lex.proxies:
            return None
        for m in mentions_in(ctx, a, b):
            if m.type not in ("ORG", "LOC"):
                continue
            words = WORD.findall(text, max(a, m.start - 40), m.start)[-3:]
            if any(w.lower().startswith(lex.proxies) for w in words):
                return m
        return None

    def _cited(self, ve: int, b: int) -> Mention | None:
        """"повідомляє X з посиланням на Y": Y is the source the quote comes from."""
        ctx, text = self.ctx, self.ctx.text
        cite = citing_re(ctx.lang)
        m = cite.search(text, ve, b) if cite is not None else None
        if m is None or words_between(text, ve, m.start()) > 6:
            return None
        end = min(b, m.end() + 60)
        ms = [x for x in mentions_in(ctx, m.end(), end)
              if words_between(text, m.end(), x.start) <= 3]
        per = [x for x in ms if x.type == "PER"]
        if per:
            return per[0]
        near = self._subject_word(m.end(), end, last=False)
        if isinstance(near, Mention):
            return near
        if near is _NOBODY:
            return None  # "Reuters, citing sources": Reuters is who we can name
        org = [x for x in ms if x.type == "ORG"]
        return org[0] if org else None

    def _subject_word(self, a: int, b: int, last: bool) -> Mention | _Stop | None:
        """A pronoun, role noun, source, document or body noun within three words of the verb."""
        text, lex = self.ctx.text, self.ctx.lex
        if lex is None or b <= a:
            return None
        words = list(WORD.finditer(text, a, b))
        words = words[-3:] if last else words[:3]
        ordered = list(reversed(words)) if last else words
        proxy = False
        ordered = [w for w in ordered if not self._in_name(w.start())]  # "Prosecutor's Office"
        for w in ordered:
            low = w.group().lower()
            if low in lex.pronouns:
                return self._pronoun(w.start())
            if lex.sources and low.startswith(lex.sources):
                return _NOBODY
            if lex.documents and low.startswith(lex.documents):
                return self._issuer(w.start(), w.end(), w.start()) or _NOBODY
            if lex.outlets and low.rsplit("-", 1)[-1].startswith(lex.outlets):
                # "пише видання Axios", "сообщает Telegram-канал «X»": named right there
                # (after the verb only: "телеканалу Polsat рассказал X" is the addressee)
                named = None if last else self._named_outlet(w.end())
                return named or self._outlet(w.start())
            role = self.holders.role_at(w.start())
            if role is not None:
                g, r = role
                ahead = WORD.findall(text, max(0, w.start() - 30), w.start())[-2:]
                if lex.indefinite and any(x.lower() in lex.indefinite for x in ahead):
                    # "a senior diplomat said": nobody named, unless named just before
                    return self._appositive(w.start()) or _NOBODY
                named = self._appositive(w.start()) or self._named_after(r.end())
                if named is not None:
                    return named
                # a spokesperson speaks for a body; an office holder is a person named before
                body = self._body_of(r.start(), r.end(), orgs_only=True)
                if g == "spokesperson":
                    return body or self.holders.role(r, g) or _NOBODY
                return (self.holders.role(r, g) or self._role_fallback(r.start(), g) or body
                        or _NOBODY)
            if lex.proxies and low.startswith(lex.proxies):
                body = self._body_of(w.start(), w.end())  # "представителя госдепа"
                if body is not None:
                    return body
                proxy = True  # "officials said": nobody, unless "the bureau's detectives"
        for w in ordered:  # "the bureau said", "От бюрото съобщиха": a body named before
            body = self._body_noun(w)
            if body is not None:
                return body
        return _NOBODY if proxy else None

    def _named_after(self, pos: int) -> Mention | None:
        """"said the chairman of the Nobel Committee, Jörgen Watne Frydnes": the role's name."""
        ctx = self.ctx
        stop = re.search(r"[.;!?:«»„“”\"]|\s[–—]\s", ctx.text[pos : pos + 70])
        end = pos + (stop.start() if stop else 70)
        for m in mentions_in(ctx, pos, end):
            if m.type == "PER":
                return m
        return None

    def _appositive(self, pos: int) -> Mention | None:
        """"Oleksi Tkatschuk, ein Sprecher Jermaks, sagte": the role belongs to the name before."""
        ctx = self.ctx
        for m in reversed(mentions_in(self.ctx, max(0, pos - 40), pos)):
            if m.type == "PER" and re.fullmatch(r"\s*,\s*(?:\w+\s+){0,2}", ctx.text[m.end:pos]):
                return m
            break
        return None

    def _named_outlet(self, pos: int) -> Mention | None:
        """The organisation named within two words after an outlet noun ending at ``pos``."""
        ctx, text = self.ctx, self.ctx.text
        for m in mentions_in(ctx, pos, pos + 40):
            if (m.type == "ORG" and words_between(text, pos, m.start) <= 2
                    and not re.search(r"[,.;:!?]", text[pos:m.start])):
                return m
            break
        return None

    def _in_name(self, pos: int) -> bool:
        ctx = self.ctx
        i = bisect_right(ctx.starts, pos) - 1
        return any(ctx.ms[j].start < pos < ctx.ms[j].end for j in range(max(0, i - 2), i + 1))

    def _body_of(self, a: int, b: int, *, orgs_only: bool = False) -> Mention | None:
        """The body a role or proxy noun at ``a:b`` belongs to, when it is named right there:
        "Kremlin spokesman", "представителя госдепа", "a spokesman for the State Department"."""
        ctx, text = self.ctx, self.ctx.text
        types = ("ORG",) if orgs_only else ("ORG", "LOC")
        for m in reversed(mentions_in(ctx, max(0, a - 60), a)):
            gap = re.sub(r"^['’]s\b", "", text[m.end:a])
            if m.type in types and words_between(gap, 0, len(gap)) == 0:
                return m
            break
        stop = re.search(r"[,.;:!?«»„“”\"]|\s[–—]\s", text[b : b + 60])
        end = b + (stop.start() if stop else 60)
        lex = ctx.lex
        glue = (lex.preps | lex.articles | lex.genitive) if lex is not None else frozenset()
        for m in mentions_in(ctx, b, end):
            gap = {w.lower() for w in WORD.findall(text, b, m.start)}
            if m.type in types and len(gap) <= 2 and gap <= glue:
                return m
            break
        return None

    def _body_noun(self, w: re.Match[str]) -> Mention | None:
        """"the bureau" / "бюрото" / "у міністерстві": the organisation named before whose name
        holds that noun ("National Anti-Corruption Bureau"). Only a noun in subject position:
        lower case (German: after an article), not an adjective form."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        word = re.sub(r"['’]s$", "", w.group())
        low = word.lower()
        if lex is None or len(low) < 4 or low in lex.pronouns or low in lex.preps:
            return None
        prev = word_before(text, w.start())
        if lex.articles:  # languages with articles: "the bureau", "das Ministerium"
            if prev not in lex.articles or (ctx.lang != "de" and not word[0].islower()):
                return None
        elif not word[0].islower() or low.endswith(D.ADJECTIVE_ENDINGS):
            return None
        idx = bisect_left(ctx.starts, w.start())
        generic = bool(lex.bodies) and low.startswith(lex.bodies)
        for m in reversed(ctx.ms[max(0, idx - 400) : idx]):
            if m.type != "ORG" or in_quote(ctx, m.start):
                continue
            if generic:  # "в ведомстве": the organisation last named, within a few sentences
                lo, hi = sent_index(ctx, m.start) + 1, sent_index(ctx, w.start()) + 1
                between = [a for a, _ in ctx.sents[lo:hi] if not in_quote(ctx, a)]
                return m if len(between) <= 3 else None  # sentences quoted do not count
            for part in WORD.findall(m.text):
                p = part.lower()
                n = _shared_prefix(p, low)
                if n >= 4 and n >= min(len(p), len(low)) - 3 and not part.isupper():
                    return m
        return None

    def _possessor(self, ms: list[Mention], a: int, vs: int) -> Mention | None:
        """"Russia's defence ministry said": the country or body that owns the speaking body."""
        text = self.ctx.text
        for m in reversed([m for m in ms if a <= m.start and m.end <= vs]):
            if m.type == "PER":
                return None
            if (m.type in ("ORG", "LOC") and re.match(r"['’]s\s", text[m.end : m.end + 3])
                    and words_between(text, m.end + 2, vs) <= 3):
                return m
        return None

    def _issuer(self, a: int, b: int, at: int) -> Mention | None:
        """Who issued the statement behind "йдеться в заяві", "heißt es", "czytamy", "the
        statement said": named in the attribution itself ("у заяві, яку опублікував Офіс
        президента", "in der Erklärung des Ministeriums"), else the body that spoke or was
        named just before (a statement is introduced before it is quoted)."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        _s0, s1 = sent_of(ctx, a)
        clause = WORD.findall(text, max(_s0, a - 60), b)
        if lex is not None and lex.sources and any(
                w.lower().startswith(lex.sources) for w in clause):
            return None  # "Aus Regierungskreisen hieß es": anonymous
        rel = re.match(r",\s*\w+", text[b : b + 30])
        if rel and rel.group().lstrip(", ").lower() in D.RELATIVES:
            stop = re.search(r"[,.;!?]", text[b + rel.end() : s1])
            b = b + rel.end() + (stop.start() if stop else s1 - b - rel.end())
        own = [m for m in mentions_in(ctx, a, b) if m.type in ("ORG", "PER", "LOC")
               and not self._medium(m)]
        if own:
            return own[0]
        after = self._body_of(b, b, orgs_only=False)  # "з посиланням на заяву НАБУ"
        if after is not None and after.start >= b and not self._medium(after):
            return after
        si = sent_index(ctx, at)
        if si > 0:
            p0, p1 = ctx.sents[si - 1]
            orgs = [m for m in mentions_in(ctx, p0, p1) if m.type == "ORG"
                    and subject_like(ctx, m)]
            if orgs:
                return orgs[0]
        for qs, who in reversed(self.spoken[-20:]):
            gap = si - sent_index(ctx, qs)
            if gap <= 2 or (gap <= 6 and who.type == "ORG"):
                return who
            if gap > 6:
                break
        for j in range(si - 2, max(-1, si - 4), -1):
            orgs = [m for m in mentions_in(ctx, *ctx.sents[j]) if m.type == "ORG"
                    and subject_like(ctx, m)]
            if orgs:
                return orgs[0]
        return None

    def _outlet(self, pos: int) -> Mention | None:
        """"видання повідомляє" / "the outlet said": the outlet named before with such a noun,
        else the last organisation that was quoted."""
        ctx, text, lex = self.ctx, self.ctx.text, self.ctx.lex
        assert lex is not None
        idx = bisect_left(ctx.starts, pos)
        for m in reversed(ctx.ms[max(0, idx - 400) : idx]):
            if m.type != "ORG" or in_quote(ctx, m.start):
                continue
            words = WORD.findall(text, max(0, m.start - 40), m.start)[-2:]
            if any(w.lower().startswith(lex.outlets) for w in words):
                return m
        for _, who in reversed(self.spoken[-20:]):
            if who.type == "ORG":
                return who
        return None

    def _pronoun(self, pos: int) -> Mention | None:
        """The person a pronoun at ``pos`` stands for: earlier in its sentence, else the
        previous sentences' speaker or subject (up to three sentences back), else the one
        person named in the title when the text has named nobody before."""
        ctx = self.ctx
        si = sent_index(ctx, pos)
        s0 = ctx.sents[si][0] if ctx.sents else 0
        here = [m for m in mentions_in(ctx, s0, pos) if m.type == "PER" and m.end <= pos
                and subject_like(ctx, m)]
        if here:
            return here[-1]
        for j in range(si - 1, max(-1, si - 4), -1):
            a, b = ctx.sents[j]
            lo, hi = bisect_left(self.spoken_at, a), bisect_left(self.spoken_at, b)
            spoke = [who for _, who in self.spoken[lo:hi]]
            if spoke:
                return spoke[-1]
            pers = [m for m in mentions_in(ctx, a, b) if m.type == "PER"
                    and subject_like(ctx, m)]
            if pers:
                return pers[0]
        return self._title_person(pos)

    def _title_person(self, pos: int) -> Mention | None:
        """The person of the title, when it names exactly one and the text none before ``pos``."""
        ctx = self.ctx
        people = {ent(m): m for m in ctx.title_ms if m.type == "PER"}
        if len(people) != 1:
            return None
        if any(m.type == "PER" for m in ctx.ms[: bisect_left(ctx.starts, pos)]):
            return None
        return next(iter(people.values()))

    def _role_fallback(self, pos: int, group: str) -> Mention | None:
        """A role noun nobody was named with: the last speaker, else the person the previous
        sentences are about ("Andrij Jermak kündigte an ... ", so der ehemalige Leiter"),
        unless that person was named with a different role."""
        order, last = self.holders.role_order(pos)
        speakers = {ent(w) for _, w in self.spoken[-50:]}
        for e in order:
            if e in speakers:
                return last[e]
            break
        who = self._pronoun(pos)
        if who is None or who.field != "text":
            return who  # the title's one person, or nobody
        si = sent_index(self.ctx, pos)
        lo = self.ctx.sents[max(0, si - 2)][0] if self.ctx.sents else 0
        named = {ent(m) for m in mentions_in(self.ctx, lo, pos) if m.type == "PER"}
        roles = {g for g, _, _ in self.holders.roles.get(ent(who), ())}
        if len(named) != 1 or (roles and group not in roles):
            return None  # two people just named, or he holds another office: ambiguous
        return who
