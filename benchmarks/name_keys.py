"""How well name keys tell same-event article pairs from others on the dev set, and how fast.

Prints, for article pairs of
  (a) the same gold event in different languages,
  (b) different events of the same thread (the hard negatives: same names, other happening),
  (c) different threads,
the distribution of the weighted Jaccard of their :func:`article_keys` (and of plain Jaccard of
the key sets), the AUC of (a) against (b) and (c); then the most frequent keys with the surface
forms that map to them (to spot bad merges and misses), the skeleton collision rate among the
English lexicon's proper nouns, and the speed per article.

    python benchmarks/name_keys.py [--top 60] [--dev PATH]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from storywire.nlp import names
from storywire.nlp.names import article_keys, extract_names, key_overlap

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "dev" / "dev.jsonl"


def quartiles(xs: list[float]) -> str:
    if not xs:
        return "n=0"
    q = statistics.quantiles(xs, n=4) if len(xs) > 1 else [xs[0]] * 3
    return (f"n={len(xs):6d} mean={statistics.fmean(xs):.3f} q1={q[0]:.3f} median={q[1]:.3f}"
            f" q3={q[2]:.3f} zero={sum(x == 0 for x in xs) / len(xs):.1%}")


def auc(pos: list[float], neg: list[float]) -> float:
    """Probability that a random positive pair scores above a random negative (ties half)."""
    if not pos or not neg:
        return float("nan")
    ranked = sorted([(x, 1) for x in pos] + [(x, 0) for x in neg])
    rank_sum, i = 0.0, 0
    while i < len(ranked):
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        avg = (i + j + 1) / 2
        rank_sum += avg * sum(1 for _, y in ranked[i:j] if y)
        i = j
    n_pos, n_neg = len(pos), len(neg)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def jaccard(a: dict[str, float], b: dict[str, float]) -> float:
    sa, sb = set(a), set(b)
    return len(sa & sb) / len(sa | sb) if sa | sb else 0.0


def idf_cosine(keys: list[dict[str, float]]) -> Callable[[int, int], float]:
    """The clusterer's view: cosine of the key vectors weighted by IDF over the set."""
    df: Counter[str] = Counter(k for ks in keys for k in ks)
    n = len(keys)
    idf = {k: math.log((n + 1) / (c + 0.5)) for k, c in df.items()}
    vecs = [{k: w * idf[k] for k, w in ks.items()} for ks in keys]
    norms = [math.sqrt(sum(v * v for v in vec.values())) for vec in vecs]

    def sim(i: int, j: int) -> float:
        a, b = vecs[i], vecs[j]
        if len(a) > len(b):
            a, b = b, a
        dot = sum(w * b[k] for k, w in a.items() if k in b)
        return dot / (norms[i] * norms[j]) if norms[i] and norms[j] else 0.0

    return sim


def collision_rate() -> str:
    """Share of distinct English proper nouns (simplemma's lexicon) whose key another one shares."""
    d = names._dictionary("en")
    if d is None:
        return "no English lexicon"
    lemmas = {v for v in (d.get(k) for k in d) if v and v[:1].isupper() and v.isalpha()
              and len(v) >= 4 and not v.isupper()}
    by_key: dict[str, set[str]] = defaultdict(set)
    for lemma in lemmas:
        by_key[names.name_key(lemma, "en")].add(lemma)
    shared = sum(len(v) for v in by_key.values() if len(v) > 1)
    examples = sorted((v for v in by_key.values() if len(v) > 1), key=len, reverse=True)[:3]
    pairs = [sorted(v)[:6] for v in examples]
    by_len: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for key, group in by_key.items():
        n = min(len(key) - key.count("a"), 5) if not key.startswith("@") else 5
        by_len[n][0] += len(group)
        by_len[n][1] += len(group) if len(group) > 1 else 0
    per_len = ", ".join(f"{n}{'+' if n == 5 else ''} consonants: {c / t:.0%} of {t}"
                        for n, (t, c) in sorted(by_len.items()))
    sample = ["Putin", "Pushkin", "Trump", "Biden", "Minsk", "Moscow", "Moldova", "Sandu", "Sudan"]
    keys = {w: names.name_key(w, "en") for w in sample}
    return (f"{len(lemmas)} distinct proper nouns, {len(by_key)} keys, {shared / len(lemmas):.1%}"
            f" share a key with another ({per_len}); largest groups: {pairs}\n"
            f"  sample keys: {keys}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dev", type=Path, default=DEV)
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--lang", help="list keys of this language's articles only")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for line in args.dev.read_text(encoding="utf-8").splitlines() if line]

    # warm-up: lexicons load once per process (reported apart from per-article time)
    t0 = time.perf_counter()
    for lang in sorted({r["lang"] for r in rows}):
        names.has_lexicon(lang)
    names.gazetteer()
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    keys = [article_keys(r["text"], r["lang"]) for r in rows]
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(3):
        for r in rows:
            article_keys(r["text"], r["lang"])
    warm = (time.perf_counter() - t0) / 3
    chars = sum(len(r["text"]) for r in rows)

    groups: dict[str, list[float]] = {"a": [], "b": [], "c": []}
    plain: dict[str, list[float]] = {"a": [], "b": [], "c": []}
    cosine: dict[str, list[float]] = {"a": [], "b": [], "c": []}
    sim = idf_cosine(keys)
    same_lang_event: list[float] = []
    for i, j in itertools.combinations(range(len(rows)), 2):
        ri, rj = rows[i], rows[j]
        w = key_overlap(keys[i], keys[j])
        p = jaccard(keys[i], keys[j])
        if ri["event"] == rj["event"]:
            if ri["lang"] == rj["lang"]:
                same_lang_event.append(w)
                continue
            g = "a"
        elif ri["thread"] == rj["thread"]:
            g = "b"
        else:
            g = "c"
        groups[g].append(w)
        plain[g].append(p)
        cosine[g].append(sim(i, j))

    print(f"dev: {len(rows)} articles, {len({r['lang'] for r in rows})} languages,"
          f" {chars / len(rows):.0f} chars/article")
    print("\nweighted Jaccard of article_keys")
    print("  (a) same event, cross-language :", quartiles(groups["a"]))
    print("      same event, same language  :", quartiles(same_lang_event))
    print("  (b) same thread, other event   :", quartiles(groups["b"]))
    print("  (c) other thread               :", quartiles(groups["c"]))
    print(f"  AUC a-vs-b {auc(groups['a'], groups['b']):.3f}   a-vs-c"
          f" {auc(groups['a'], groups['c']):.3f}")
    print("plain Jaccard of key sets")
    for g, label in (("a", "(a)"), ("b", "(b)"), ("c", "(c)")):
        print(f"  {label}", quartiles(plain[g]))
    print(f"  AUC a-vs-b {auc(plain['a'], plain['b']):.3f}   a-vs-c"
          f" {auc(plain['a'], plain['c']):.3f}")
    print("IDF-weighted cosine (document frequencies over the dev set, as the clusterer does)")
    for g, label in (("a", "(a)"), ("b", "(b)"), ("c", "(c)")):
        print(f"  {label}", quartiles(cosine[g]))
    print(f"  AUC a-vs-b {auc(cosine['a'], cosine['b']):.3f}   a-vs-c"
          f" {auc(cosine['a'], cosine['c']):.3f}")

    # per language pair: where cross-language matching is weakest
    by_pair: dict[tuple[str, str], list[float]] = defaultdict(list)
    for i, j in itertools.combinations(range(len(rows)), 2):
        ri, rj = rows[i], rows[j]
        if ri["event"] == rj["event"] and ri["lang"] != rj["lang"]:
            by_pair[tuple(sorted((ri["lang"], rj["lang"])))].append(key_overlap(keys[i], keys[j]))
    print("\nsame-event cross-language overlap by language pair (pairs >= 5)")
    for pair, xs in sorted(by_pair.items(), key=lambda kv: -len(kv[1])):
        if len(xs) >= 5:
            print(f"  {pair[0]}-{pair[1]}: n={len(xs):4d} mean={statistics.fmean(xs):.3f}"
                  f" zero={sum(x == 0 for x in xs) / len(xs):.0%}")

    # keys and the forms behind them
    df: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for r in rows:
        if args.lang and r["lang"] != args.lang:
            continue
        seen = set()
        for m in extract_names(r["text"], r["lang"]):
            spans = m.surface.split() if len(m.tokens) > 1 else [m.surface]
            for tok, surf in zip(m.tokens, spans if len(spans) == len(m.tokens) else
                                 [m.surface] * len(m.tokens), strict=True):
                forms[tok][f"{surf}/{r['lang']}"] += 1
                seen.add(tok)
        df.update(seen)
    print(f"\ntop {args.top} keys by article frequency (surface/lang x count)")
    for k, n in df.most_common(args.top):
        shown = ", ".join(f"{s}x{c}" for s, c in forms[k].most_common(10))
        print(f"  {k:22s} df={n:3d}  {shown}")

    print("\nskeleton collisions:", collision_rate())

    per = warm / len(rows) * 1000
    print(f"\nspeed: lexicon+gazetteer load {load:.2f} s (once per process);"
          f" cold caches {cold / len(rows) * 1000:.2f} ms/article;"
          f" warm {per:.2f} ms/article = {per * 1500 / (chars / len(rows)):.2f} ms per 1,500 chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
