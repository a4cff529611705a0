"""Admission: deciding whether an incoming article is new, a copy, a near copy or a new version.

The rules (in this order):

1. same identity (normalised URL, else the given id / file name) and same normalised text:
   a duplicate, nothing is written;
2. same identity, changed text: a new *version* of that article (both kept, latest shown);
3. same normalised text under another identity: stored once, the copy kept as an *alias*;
4. estimated Jaccard >= :data:`~storywire.dedup.NEAR_DUPLICATE_THRESHOLD` with a stored article:
   stored, and linked to that article's original;
5. otherwise new.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from storywire.dedup import NEAR_DUPLICATE_THRESHOLD, Fingerprint, fingerprint, similarity
from storywire.model import Article
from storywire.store.base import Alias, Store

_TRACKING = ("utm_", "fbclid", "gclid", "yclid", "mc_", "ref_src")


class Outcome(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    NEAR_DUPLICATE = "near-duplicate"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class Admission:
    article_id: str
    outcome: Outcome
    original: str | None = None  # for duplicates and near duplicates
    score: float | None = None
    requested: str | None = None  # the id the input gave, if any


def normalise_url(url: str) -> str:
    """The form under which two URLs name the same page: no fragment, tracking or case noise."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    if not parts.scheme or not parts.netloc:
        return url.strip()
    host = parts.netloc.lower().removeprefix("www.")
    if host.endswith((":80", ":443")):
        host = host.rsplit(":", 1)[0]
    query = urlencode(
        [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
         if not k.lower().startswith(_TRACKING)]
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit(("https" if parts.scheme in ("http", "https") else parts.scheme,
                       host, path, query, ""))


def identity_of(article: Article) -> str:
    if article.url:
        return "url:" + normalise_url(article.url)
    if article.id:
        return "id:" + article.id
    return "text:" + fingerprint(article.text).content_hash


def default_id(article: Article, identity: str) -> str:
    """A stable id for an article given none: its file's name, else a hash of its identity."""
    if article.kind in ("text", "html") and article.location:
        stem = PurePath(article.location).stem
        if stem:
            return stem
    return "a" + hashlib.sha1(identity.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _change(old_text: str, new_text: str, old_version: int) -> dict[str, object]:
    matcher = difflib.SequenceMatcher(None, old_text, new_text, autojunk=False)
    big = len(old_text) + len(new_text) > 40_000  # ratio() is quadratic: bound the worst case
    ratio = matcher.quick_ratio() if big else matcher.ratio()
    old_lines, new_lines = old_text.splitlines(), new_text.splitlines()
    diff = list(difflib.unified_diff(old_lines, new_lines, lineterm="", n=0))
    return {
        "from_version": old_version,
        "chars_before": len(old_text),
        "chars_after": len(new_text),
        "similarity": round(ratio, 4),
        "diff": diff[2:42],  # header lines dropped, at most 40 changed lines kept
    }


def admit(store: Store, article: Article, fp: Fingerprint | None = None) -> Admission:
    """Store ``article`` (inside the caller's transaction) and say what it turned out to be."""
    fp = fp or fingerprint(article.text)
    requested = article.id
    identity = identity_of(article)
    sig = fp.signature_bytes()

    same = store.by_identity(identity)
    if same is not None:
        if same.content_hash == fp.content_hash:
            return Admission(same.id, Outcome.DUPLICATE, same.id, 1.0, requested=requested)
        old = store.get(same.id)
        change = _change(old.text if old else "", article.text, same.version)
        article.id = same.id
        store.add_version(same.id, article, content_hash=fp.content_hash, signature=sig,
                          band_keys=fp.band_keys, change=change)
        score = float(change["similarity"])  # type: ignore[arg-type]
        return Admission(same.id, Outcome.UPDATED, same.id, score, requested=requested)

    wanted = article.id or default_id(article, identity)
    copy = store.by_hash(fp.content_hash)
    if copy is not None:
        if wanted != copy.id and store.by_id(wanted) is None:
            store.add_alias(Alias(wanted, copy.id, article.url, article.source, article.location))
        return Admission(copy.id, Outcome.DUPLICATE, copy.id, 1.0, requested=requested)

    article.id = _free_id(store, wanted)
    best_id, best = None, 0.0
    for cand in sorted(store.lsh_candidates(fp.band_keys)):
        stored = store.signature(cand)
        if stored is None:
            continue
        score = similarity(fp.signature, stored)
        if score > best:
            best_id, best = cand, score
    original = None
    if best_id is not None and best >= NEAR_DUPLICATE_THRESHOLD:
        ref = store.by_id(best_id)
        original = (ref.duplicate_of if ref and ref.duplicate_of else best_id)
    store.insert_article(article, identity=identity, content_hash=fp.content_hash, signature=sig,
                         band_keys=fp.band_keys, duplicate_of=original,
                         duplicate_score=round(best, 4) if original else None)
    if original:
        return Admission(
            article.id, Outcome.NEAR_DUPLICATE, original, round(best, 4), requested=requested
        )
    return Admission(article.id, Outcome.NEW, requested=requested)


def _free_id(store: Store, wanted: str) -> str:
    """``wanted`` unless another article already holds it (a given id reused for another URL)."""
    if store.by_id(wanted) is None and store.alias_target(wanted) is None:
        return wanted
    n = 2
    while store.by_id(f"{wanted}~{n}") is not None:
        n += 1
    return f"{wanted}~{n}"
