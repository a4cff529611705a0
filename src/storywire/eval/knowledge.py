"""Knowledge metrics: entity mentions, canonical entities and quotes, scored against a gold file.

The gold (``tests/data/knowledge_gold.jsonl``, guideline in ``docs/annotation.md``) holds, per
article, its mention spans with a type and an entity label, and its quote spans with the speaker's
entity label. Every function here is pure and takes plain dicts, so the same scorer serves the
benchmark, the tests and anyone comparing two systems offline.

Matching rules, chosen to be strict where the product needs exact offsets and forgiving where
annotators themselves disagree:

- mentions: *exact* = same field, start and end (the export contract promises exact offsets);
  *lenient* = any overlap in the same field, counted from each side separately; *type accuracy*
  = share of exact matches whose type agrees.
- canonicalisation: BCubed over gold mentions, gold entity label vs the system's entity id for the
  same span; gold mentions without a system id are left out and reported as ``coverage``.
- quotes: one-to-one, a pair matches when the overlap is at least half the shorter span; the
  speaker is right when the system's speaker span overlaps a gold mention of the gold speaker.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from storywire.eval.metrics import bcubed

Span = tuple[str, int, int]  # (field, start, end)
OVERALL = "all"


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold file's rows, one per annotated article."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def verify_gold(gold: Iterable[Mapping[str, Any]],
                articles: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Problems found checking gold spans against stored articles (empty when all round-trip).

    ``articles`` maps id -> {"text": ..., "title": ...} as ``storywire articles --json`` prints.
    Quotes must lie inside the text; a quote speaker must be an entity the article mentions.
    """
    problems: list[str] = []
    for row in gold:
        aid = row.get("id")
        art = articles.get(aid)
        if art is None:
            problems.append(f"{aid}: article not found")
            continue
        labels = set()
        for m in row.get("mentions", []):
            src = art.get(m.get("field", "text")) or ""
            if src[m["start"]:m["end"]] != m["text"]:
                problems.append(f"{aid}: mention {m['start']}-{m['end']} is "
                                f"{src[m['start']:m['end']]!r}, gold says {m['text']!r}")
            labels.add(m["entity"])
        text = art.get("text") or ""
        for q in row.get("quotes", []):
            if not 0 <= q["start"] < q["end"] <= len(text):
                problems.append(f"{aid}: quote {q['start']}-{q['end']} outside the text")
            if q.get("speaker") is not None and q["speaker"] not in labels:
                problems.append(f"{aid}: quote speaker {q['speaker']!r} is never mentioned")
    return problems


# -- helpers -------------------------------------------------------------------------------------


def _prf(tp_p: int, n_sys: int, tp_r: int, n_gold: int) -> dict[str, float]:
    p = tp_p / n_sys if n_sys else 0.0
    r = tp_r / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _span(m: Mapping[str, Any]) -> Span:
    return (m.get("field") or "text", int(m["start"]), int(m["end"]))


def _overlap(a: Span, b: Span) -> int:
    if a[0] != b[0]:
        return 0
    return max(0, min(a[2], b[2]) - max(a[1], b[1]))


def _by_lang(gold: Iterable[Mapping[str, Any]]) -> dict[str, list[Mapping[str, Any]]]:
    groups: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for row in gold:
        groups[row.get("lang") or "?"].append(row)
        groups[OVERALL].append(row)
    return dict(groups)


# -- mentions ------------------------------------------------------------------------------------


def _mention_counts(gold_ms: Sequence[Mapping[str, Any]],
                    sys_ms: Sequence[Mapping[str, Any]]) -> dict[str, int]:
    gold_spans = {_span(m): m.get("type") for m in gold_ms}
    sys_spans = {_span(m): m.get("type") for m in sys_ms}
    exact = gold_spans.keys() & sys_spans.keys()
    return {
        "gold": len(gold_spans),
        "system": len(sys_spans),
        "exact": len(exact),
        "type_ok": sum(gold_spans[s] == sys_spans[s] for s in exact),
        "lenient_sys": sum(any(_overlap(s, g) for g in gold_spans) for s in sys_spans),
        "lenient_gold": sum(any(_overlap(g, s) for s in sys_spans) for g in gold_spans),
    }


def mention_scores(gold: Iterable[Mapping[str, Any]],
                   system: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict]:
    """Mention P/R/F1 per language and overall (key ``"all"``).

    ``system`` maps article id -> mentions as dicts with field/start/end/type (a
    :class:`storywire.model.Mention` turned into a dict fits). Articles the system has no entry
    for count as finding nothing.
    """
    out: dict[str, dict] = {}
    for lang, rows in sorted(_by_lang(gold).items()):
        tot: dict[str, int] = defaultdict(int)
        for row in rows:
            for k, v in _mention_counts(row.get("mentions", []), system.get(row["id"], [])).items():
                tot[k] += v
        out[lang] = {
            "articles": len(rows),
            "gold": tot["gold"],
            "system": tot["system"],
            "exact": _prf(tot["exact"], tot["system"], tot["exact"], tot["gold"]),
            "lenient": _prf(tot["lenient_sys"], tot["system"], tot["lenient_gold"], tot["gold"]),
            "type_accuracy": round(tot["type_ok"] / tot["exact"], 4) if tot["exact"] else 0.0,
        }
    return out


# -- canonicalisation ----------------------------------------------------------------------------


def canon_scores(gold: Iterable[Mapping[str, Any]],
                 entity_ids: Mapping[str, Mapping[Span, str]]) -> dict[str, dict]:
    """BCubed of the system's entity grouping over gold mentions, per language and overall.

    ``entity_ids`` maps article id -> {(field, start, end): system entity id} for the gold spans
    the system gave an id to (its own exactly matching mentions, or gold spans fed to its linker).
    Per-language figures restrict the items to that language's mentions; ``"all"`` is the
    cross-lingual figure, where Трамп and Trump must share an id.
    """
    out: dict[str, dict] = {}
    for lang, rows in sorted(_by_lang(gold).items()):
        gold_lab: dict[str, str] = {}
        pred_lab: dict[str, str] = {}
        total = 0
        for row in rows:
            ids = entity_ids.get(row["id"], {})
            for i, m in enumerate(row.get("mentions", [])):
                total += 1
                sid = ids.get(_span(m))
                if sid is None:
                    continue
                key = f"{row['id']}#{i}"
                gold_lab[key] = m["entity"]
                pred_lab[key] = str(sid)
        score = bcubed(gold_lab, pred_lab)
        out[lang] = {
            "mentions": total,
            "coverage": round(len(gold_lab) / total, 4) if total else 0.0,
            "entities_gold": len(set(gold_lab.values())),
            "entities_system": len(set(pred_lab.values())),
            "bcubed": score.as_dict(),
        }
    return out


# -- quotes --------------------------------------------------------------------------------------


def match_quotes(gold_qs: Sequence[Mapping[str, Any]],
                 sys_qs: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (gold index, system index) pairs overlapping by >= half the shorter span.

    Greedy by overlap size, so a long reported-speech span is paired with the system quote that
    covers most of it and a second, nested system quote stays unmatched (a false positive).
    """
    cands = []
    for gi, g in enumerate(gold_qs):
        gs = _span(g)
        for si, s in enumerate(sys_qs):
            ss = _span(s)
            ov = _overlap(gs, ss)
            shorter = min(gs[2] - gs[1], ss[2] - ss[1])
            if ov and shorter > 0 and ov >= 0.5 * shorter:
                cands.append((ov, -gi, -si))
    cands.sort(reverse=True)
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _, ngi, nsi in cands:
        gi, si = -ngi, -nsi
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return sorted(pairs)


def _speaker_ok(gold_speaker: str, sys_q: Mapping[str, Any],
                gold_mentions: Sequence[Mapping[str, Any]]) -> bool:
    st, en = sys_q.get("speaker_start"), sys_q.get("speaker_end")
    if st is None or en is None:
        return False
    span = (sys_q.get("speaker_field") or "text", int(st), int(en))
    return any(m["entity"] == gold_speaker and _overlap(span, _span(m))
               for m in gold_mentions)


def quote_scores(gold: Iterable[Mapping[str, Any]],
                 system: Mapping[str, Sequence[Mapping[str, Any]]]) -> dict[str, dict]:
    """Quote detection P/R/F1 and speaker accuracy per language and overall.

    ``system`` maps article id -> quotes as dicts with start/end and speaker_start/speaker_end
    (a :class:`storywire.model.Quote` turned into a dict fits). ``speaker_accuracy`` is over
    matched quotes whose gold speaker is known; ``null_speaker_accuracy`` over matched quotes the
    gold leaves without a speaker (right when the system gives none either).
    """
    out: dict[str, dict] = {}
    for lang, rows in sorted(_by_lang(gold).items()):
        n_gold = n_sys = n_match = spk_n = spk_ok = null_n = null_ok = 0
        for row in rows:
            gq = [q for q in row.get("quotes", [])]
            sq = [q for q in system.get(row["id"], []) if (q.get("field") or "text") == "text"]
            pairs = match_quotes(gq, sq)
            n_gold += len(gq)
            n_sys += len(sq)
            n_match += len(pairs)
            for gi, si in pairs:
                speaker = gq[gi].get("speaker")
                if speaker is None:
                    null_n += 1
                    null_ok += sq[si].get("speaker_start") is None
                else:
                    spk_n += 1
                    spk_ok += _speaker_ok(speaker, sq[si], row.get("mentions", []))
        out[lang] = {
            "articles": len(rows),
            "gold": n_gold,
            "system": n_sys,
            "matched": n_match,
            "detection": _prf(n_match, n_sys, n_match, n_gold),
            "speaker_accuracy": round(spk_ok / spk_n, 4) if spk_n else 0.0,
            "speaker_known": spk_n,
            "null_speaker_accuracy": round(null_ok / null_n, 4) if null_n else 0.0,
        }
    return out


def gold_stats(gold: Iterable[Mapping[str, Any]]) -> dict[str, dict[str, int]]:
    """Articles, mentions, distinct entities and quotes per language and overall."""
    out: dict[str, dict[str, int]] = {}
    for lang, rows in sorted(_by_lang(gold).items()):
        ments = [m for r in rows for m in r.get("mentions", [])]
        quotes = [q for r in rows for q in r.get("quotes", [])]
        out[lang] = {
            "articles": len(rows),
            "mentions": len(ments),
            "entities": len({m["entity"] for m in ments}),
            "quotes": len(quotes),
            "quotes_direct": sum(bool(q.get("direct")) for q in quotes),
            "quotes_with_speaker": sum(q.get("speaker") is not None for q in quotes),
        }
    return out
