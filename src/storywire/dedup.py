"""Exact and near-duplicate fingerprints.

Syndicated copies (an agency text republished with a changed intro, a marker line, a byline) must be
*linked* to their original, so the store keeps a MinHash signature per article and finds candidates
through LSH band keys held in an indexed table. That keeps the look-up a handful of index probes
however large the store grows, unlike pairwise comparison.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from dataclasses import dataclass

import numpy as np

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE_WORDS = 3
#: estimated Jaccard similarity from which two texts count as near duplicates
NEAR_DUPLICATE_THRESHOLD = 0.7

# Multiply-shift hashing (Dietzfelbinger): h(x) = ((a*x + b) mod 2^64) >> 32 with odd random a.
# Seeds are fixed because stored signatures must stay comparable across runs and versions.
_rng = np.random.default_rng(20251126)
_A = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_B = _rng.integers(0, 2**63, size=NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)
_SPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form two texts must share to be *the same* text: case, width and spacing ignored."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def content_hash(text: str) -> str:
    return hashlib.sha1(normalise(text).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Fingerprint:
    content_hash: str
    signature: np.ndarray  # uint32[NUM_PERM]
    band_keys: tuple[int, ...]  # one signed 63-bit key per band, globally unique per (band, rows)

    def signature_bytes(self) -> bytes:
        return self.signature.astype("<u4").tobytes()


def _shingles(norm: str) -> np.ndarray:
    """32-bit hashes of the distinct word 3-grams (words hashed once, grams combined)."""
    words = _WORD.findall(norm) or [norm]
    w = np.fromiter((zlib.crc32(x.encode("utf-8", "surrogatepass")) for x in words),
                    dtype=np.uint64, count=len(words))
    if len(w) >= SHINGLE_WORDS:
        w = (w[:-2] * np.uint64(0x9E3779B1) + w[1:-1] * np.uint64(0x85EBCA77) + w[2:]) & np.uint64(
            0xFFFFFFFF)
    return np.unique(w)


def fingerprint(text: str) -> Fingerprint:
    norm = normalise(text)
    digest = hashlib.sha1(norm.encode("utf-8", "surrogatepass")).hexdigest()
    hashes = _shingles(norm)
    with np.errstate(over="ignore"):  # wrap-around is the point: arithmetic mod 2^64
        sig = ((np.outer(hashes, _A) + _B) >> np.uint64(32)).min(axis=0).astype(np.uint32)
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        h = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(h, "little") >> 1)  # fits SQLite's signed INTEGER
    return Fingerprint(digest, sig, tuple(keys))


def similarity(sig_a: np.ndarray | bytes, sig_b: np.ndarray | bytes) -> float:
    """Estimated Jaccard similarity of two texts' word-shingle sets."""
    a = np.frombuffer(sig_a, dtype="<u4") if isinstance(sig_a, bytes) else sig_a
    b = np.frombuffer(sig_b, dtype="<u4") if isinstance(sig_b, bytes) else sig_b
    return float(np.count_nonzero(a == b)) / NUM_PERM
