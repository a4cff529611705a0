"""Language identification for news text: offline, about a millisecond per article.

Two steps give both speed and precision. py3langid (a byte n-gram naive Bayes model, small and
fast) ranks the configured languages written in the text's main script. If its winner has close
relatives among them (the Cyrillic languages, Serbian/Croatian/Bosnian/Slovene, Czech/Slovak,
...), the choice among those relatives is made again with evidence py3langid weighs poorly:

* orthography: letters only some alphabets have (і ї є ґ Ukrainian, ў Belarusian, ѓ ќ ѕ
  Macedonian, ђ ћ Serbian, ě ř ů Czech ...), and the absence of a language's typical letters
  from a text long enough to show them;
* lingua, far better than py3langid on short Cyrillic text; it is loaded for the Cyrillic
  languages only (about 240 MB, against 1.3 GB for every language) and reads only the opening;
* lexical markers: the only evidence that separates Serbian from Croatian in Latin script
  (ekavian vs ijekavian forms, and words each standard uses), which no offline model does.

A language named by a header or a field is a hint: it only breaks near-ties, the text decides.
Bosnian is folded into Serbian unless ``bs`` is configured, as the project's data does.

The tables (codes, scripts, close groups, alphabets, marker words) are data in
:mod:`storywire.nlp._langdata`; this module holds the tuning constants and the scoring.
"""

from __future__ import annotations

import copy
import functools
import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from storywire.nlp._langdata import (
    CLOSE_GROUPS,
    CODE_ALIASES,
    FOLDS,
    ISO_639_1,
    ISO_639_2B,
    LANGUAGE_SCRIPTS,
    LINGUA_GROUPS,
    MARKERS,
    ORTHOGRAPHY,
    PY3_BLIND,
    SCRIPT_LETTERS,
)

__all__ = ["DEFAULT_LANGUAGES", "LanguageIdentifier", "normalise_code"]

log = logging.getLogger(__name__)

DEFAULT_LANGUAGES: tuple[str, ...] = (
    "uk", "ru", "bg", "be", "mk", "sr", "hr", "sl", "en", "de", "fr", "es", "it", "pt",
    "pl", "cs", "sk", "ro", "hu", "el", "tr", "ar", "he", "zh", "sq", "lt", "lv", "sv",
)  # fmt: skip

#: the opening carries the language; scoring more costs time and adds little evidence
MAX_CHARS = 1000
#: py3langid walks UTF-8 bytes in a Python loop (its main cost); a few hundred are plenty
PY3_BYTES = 700
#: lingua's cost grows with length, while its edge over py3langid is on short text
LINGUA_CHARS = 300
#: past this many letters py3langid is reliable, so lingua is consulted only if it hesitates
LINGUA_MAX_LETTERS = 300
LINGUA_BELOW_PROB = 0.98
#: a hinted language wins only if its probability is at least this share of the winner's
HINT_TIE_RATIO = 0.5
#: log-probability of one letter foreign to a language's alphabet (names and quotes allow some)
FOREIGN_LETTER_LOGP = math.log(0.01)
#: log-odds per (weighted) lexical marker found
MARKER_NATS = 1.0
#: probabilities are floored before taking logs, so one model cannot veto the other evidence
_FLOOR = 1e-4
#: the share py3langid gives members it cannot tell apart (``PY3_BLIND``) is tempered to this
#: power, so other evidence decides
PY3_BLIND_POWER = 0.25

# --- codes --------------------------------------------------------------------------------

_SUBTAG = re.compile(r"[-_.\s]")


@functools.cache
def _long_codes() -> dict[str, str]:
    from lingua import Language

    table = dict(ISO_639_2B)
    for lang in Language.all():
        one = lang.iso_code_639_1.name.lower()
        table.setdefault(lang.iso_code_639_3.name.lower(), one)
        table.setdefault(lang.name.lower(), one)
    return table


def normalise_code(code: str) -> str | None:
    """Lower-case ISO 639-1 for a language code as found in headers and fields, else None.

    Accepts region/script tags (``en-US``, ``sr_Latn``), country codes misused for languages
    (``UA`` -> ``uk``, ``gr`` -> ``el``), retired codes (``iw`` -> ``he``), ISO 639-2/3 codes
    and English names (``ukr``, ``ger``, ``Russian``).
    """
    if not isinstance(code, str):
        return None
    primary = _SUBTAG.split(code.strip().lower(), maxsplit=1)[0]
    if len(primary) == 2:
        primary = CODE_ALIASES.get(primary, primary)
        return primary if primary in ISO_639_1 else None
    if len(primary) >= 3 and primary.isalpha():
        return _long_codes().get(primary)
    return None


# --- scripts ------------------------------------------------------------------------------

_SCRIPT_TESTS = tuple((re.compile(f"[{c}]"), s) for s, c in SCRIPT_LETTERS.items())
_WORDS = re.compile(r"[^\W\d_]+")

#: short quoted spans: titles and names often keep their own language's spelling there
_QUOTED = re.compile(r"«[^»]{1,60}»|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"")
_NOISE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\w+|[@#]\w+")


def _sample(text: str) -> str:
    """The opening of ``text`` without URLs, e-mail addresses and handles (not language)."""
    return _NOISE.sub(" ", text[: MAX_CHARS + 200])[:MAX_CHARS]


def _softmax(scores: dict[str, float]) -> tuple[float, dict[str, float]]:
    """Probabilities from log-scores, and the largest of them."""
    top = max(scores.values())
    weights = {k: math.exp(v - top) for k, v in scores.items()}
    total = sum(weights.values())
    return 1.0 / total, {k: w / total for k, w in weights.items()}


_SCRIPT_CACHE: dict[str, str | None] = {}


def _script_of(letter: str) -> str | None:
    script = _SCRIPT_CACHE.get(letter, "")
    if script == "":
        script = next((s for rx, s in _SCRIPT_TESTS if rx.match(letter)), None)
        if len(_SCRIPT_CACHE) < 50_000:  # bounded: Han alone has tens of thousands
            _SCRIPT_CACHE[letter] = script
    return script


def _utf8_len(script: str) -> int:
    """Bytes per letter of ``script`` in UTF-8."""
    first = SCRIPT_LETTERS[script][0]
    return len(first.encode())


def _scripts(sample: str) -> tuple[dict[str, int], list[str]]:
    """Letters per script (a word counts for the script of its first letter), and the words."""
    counts: dict[str, int] = {}
    words = _WORDS.findall(sample)
    for word in words:
        script = _script_of(word[0])
        if script is not None:
            counts[script] = counts.get(script, 0) + len(word)
    return counts, words


@dataclass(slots=True)
class _Group:
    """One close group as configured: its members and the evidence compiled for them."""

    script: str
    members: tuple[str, ...]
    letters: frozenset[str] = frozenset()
    markers: re.Pattern[str] | None = None
    marker_langs: dict[str, tuple[frozenset[str], float]] = field(default_factory=dict)
    lingua: Any = None  # lingua.LanguageDetector, when lingua backs this group
    blind: frozenset[str] = frozenset()  # members py3langid cannot tell apart
    letters_re: re.Pattern[str] | None = None  # finds ``letters``


@dataclass(slots=True)
class _Models:
    """Everything loaded: py3langid restricted to the configured languages, and the groups."""

    py3: Any
    by_script: dict[str, tuple[str, ...]]
    groups: list[_Group]



@functools.cache
def _py3_model() -> Any:
    """py3langid's model, decompressed once per process (0.6 s: every store and every
    evaluation run would pay it again)."""
    from py3langid.langid import MODEL_FILE
    from py3langid.langid import LanguageIdentifier as Py3Identifier

    return Py3Identifier.from_model_file(MODEL_FILE, norm_probs=True)

class LanguageIdentifier:
    """Detects the language of news text among a configured set of ISO 639-1 codes.

    Models load on first use (or :meth:`preload`); instances are thread-safe to share.
    """

    def __init__(self, languages: Sequence[str] = DEFAULT_LANGUAGES) -> None:
        codes: list[str] = []
        for code in languages:
            norm = normalise_code(code)
            if norm is None:
                log.warning("language identification: unknown language code %r ignored", code)
            elif norm not in codes:
                codes.append(norm)
        if not codes:
            raise ValueError("no usable language codes configured")
        self.languages: tuple[str, ...] = tuple(codes)
        #: configured languages no backend can recognise (filled when the models load)
        self.unsupported: tuple[str, ...] = ()
        self._fold = {k: v for k, v in FOLDS.items() if k not in codes and v in codes}
        self._models: _Models | None = None
        self._lock = threading.Lock()

    # -- public API ------------------------------------------------------------------------

    def preload(self) -> LanguageIdentifier:
        """Load every model now, so start-up pays the cost and forked workers share the pages."""
        self._load()
        return self

    def detect(self, text: str, hints: Sequence[str] = ()) -> str | None:
        """The language of ``text``, or None if it has no letters of a configured language."""
        return self.detect_scored(text, hints)[0]

    def detect_scored(self, text: str, hints: Sequence[str] = ()) -> tuple[str | None, float]:
        """The language of ``text`` and a confidence in [0, 1]; ``(None, 0.0)`` if undecidable.

        ``hints`` (codes from headers or fields, any spelling :func:`normalise_code` accepts)
        only break near-ties: a hinted language wins if its probability is at least
        ``HINT_TIE_RATIO`` of the best one's.
        """
        if not text:
            return None, 0.0
        sample = _sample(text)
        counts, words = _scripts(sample)
        if not counts:
            return None, 0.0
        script = max(counts, key=counts.__getitem__)
        letters = counts[script]
        models = self._load()
        candidates = models.by_script.get(script, ())
        if not candidates:
            return None, 0.0
        share = letters / sum(counts.values())
        if len(candidates) == 1:
            # the script alone decides; few letters or a mixed text make that less certain
            return candidates[0], round(share * min(1.0, letters / 8), 4)
        model_text = sample
        if len(counts) > 1:
            # words in other scripts (names, credits) are noise for the models
            model_text = " ".join(w for w in words if _script_of(w[0]) == script)
        probs = self._py3_probs(models, model_text, candidates, PY3_BYTES // _utf8_len(script))
        best = max(probs, key=probs.__getitem__)
        for group in models.groups:
            if group.script == script and best in group.members:
                self._refine(group, sample, model_text, letters, probs)
                break
        best = max(probs, key=probs.__getitem__)
        best = self._apply_hints(probs, best, hints)
        return best, round(min(1.0, probs[best]), 4)

    # -- steps -----------------------------------------------------------------------------

    @staticmethod
    def _py3_probs(
        models: _Models, sample: str, candidates: Iterable[str], chars: int
    ) -> dict[str, float]:
        ranked = dict(models.py3.rank(sample[:chars]))
        probs = {lang: ranked.get(lang, 0.0) for lang in candidates}
        total = sum(probs.values())
        if total <= 0.0:
            return {lang: 1.0 / len(probs) for lang in probs}
        return {lang: p / total for lang, p in probs.items()}

    def _refine(
        self, group: _Group, sample: str, model_text: str, letters: int, probs: dict[str, float]
    ) -> None:
        """Re-decide among ``group``'s members in place, keeping the mass py3langid gave them.

        Letters and markers are read from ``sample`` (they belong to the group's script anyway,
        and quotes are still visible there); lingua reads ``model_text``, the script's words.
        """
        members = [m for m in group.members if m in probs]
        mass = sum(probs[m] for m in members)
        if mass <= 0.0:
            return
        shares = {m: probs[m] / mass for m in members}
        if group.blind:
            blind = sum(shares[m] for m in group.blind)
            tempered = {m: shares[m] ** PY3_BLIND_POWER for m in group.blind}
            norm = sum(tempered.values())
            shares.update((m, blind * t / norm) for m, t in tempered.items())
        scores = {m: math.log(max(shares[m], _FLOOR)) for m in members}
        low = sample.lower()
        if group.letters_re is not None:
            seen = Counter(group.letters_re.findall(_QUOTED.sub(" ", low)))
            for m in members:
                ortho = ORTHOGRAPHY.get(m)
                if ortho is None:
                    continue
                foreign = sum(n for ch, n in seen.items() if ch not in ortho.letters)
                scores[m] += foreign * FOREIGN_LETTER_LOGP
                if ortho.typical and not any(seen[ch] for ch in ortho.typical):
                    scores[m] += letters * math.log1p(-ortho.rate)
        if group.markers is not None:
            for match in group.markers.finditer(low):
                langs, weight = group.marker_langs[match.lastgroup or ""]
                for m in langs:
                    scores[m] += weight * MARKER_NATS
        if group.lingua is not None and (
            letters < LINGUA_MAX_LETTERS or _softmax(scores)[0] < LINGUA_BELOW_PROB
        ):
            values = group.lingua.compute_language_confidence_values(model_text[:LINGUA_CHARS])
            lingua = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
            if any(lingua.values()):
                for m in members:
                    scores[m] += math.log(max(lingua.get(m, 0.0), _FLOOR))
        posterior = _softmax(scores)[1]
        for m in members:
            probs[m] = mass * posterior[m]

    def _apply_hints(self, probs: dict[str, float], best: str, hints: Sequence[str]) -> str:
        if not hints:
            return best
        if isinstance(hints, str):
            hints = (hints,)
        floor = probs[best] * HINT_TIE_RATIO
        hinted = []
        for hint in hints:
            code = normalise_code(hint)
            code = self._fold.get(code, code) if code else None
            if code in probs and code != best and probs[code] >= floor:
                hinted.append(code)
        return max(hinted, key=probs.__getitem__) if hinted else best

    # -- loading ---------------------------------------------------------------------------

    def _load(self) -> _Models:
        models = self._models
        if models is not None:
            return models
        with self._lock:
            if self._models is None:
                self._models = self._build()
            return self._models

    def _build(self) -> _Models:
        # a copy: set_languages below rebinds the copy's arrays, never the shared model's
        py3 = copy.copy(_py3_model())
        known = set(py3.labels)
        usable = [c for c in self.languages if c in known or self._sole_in_script(c)]
        self.unsupported = tuple(c for c in self.languages if c not in usable)
        if self.unsupported:
            log.warning("language identification: no model for %s; they are never detected",
                        ", ".join(self.unsupported))
        py3.set_languages([c for c in usable if c in known] or None)
        by_script: dict[str, list[str]] = {}
        for code in usable:
            for script in LANGUAGE_SCRIPTS.get(code, ("Latin",)):
                by_script.setdefault(script, []).append(code)
        groups = [g for s, langs in CLOSE_GROUPS
                  if (g := self._build_group(s, langs, by_script.get(s, [])))]
        return _Models(py3, {s: tuple(v) for s, v in by_script.items()}, groups)

    def _sole_in_script(self, code: str) -> bool:
        """True if ``code`` is the only configured language of its scripts (no model needed)."""
        scripts = LANGUAGE_SCRIPTS.get(code, ("Latin",))
        return all(
            not any(s in LANGUAGE_SCRIPTS.get(o, ("Latin",)) for s in scripts)
            for o in self.languages if o != code
        )

    def _build_group(
        self, script: str, langs: frozenset[str], in_script: list[str]
    ) -> _Group | None:
        members = tuple(c for c in in_script if c in langs)
        if len(members) < 2:
            return None
        group = _Group(script, members, blind=PY3_BLIND.get(script, frozenset()) & set(members))
        if len(group.blind) < 2:
            group.blind = frozenset()
        alphabet = {ch for m in members if m in ORTHOGRAPHY for ch in ORTHOGRAPHY[m].letters}
        # letters every member with a profile writes carry no evidence
        common = set.intersection(*(set(ORTHOGRAPHY[m].letters) for m in members
                                    if m in ORTHOGRAPHY)) if alphabet else set()
        group.letters = frozenset(alphabet - common)
        if group.letters:
            group.letters_re = re.compile(f"[{''.join(sorted(group.letters))}]")
        parts = []
        for i, (marker_script, marker_langs, weight, patterns) in enumerate(MARKERS):
            folded = frozenset(self._fold.get(m, m) for m in marker_langs) & set(members)
            if marker_script != script or not folded or folded == set(members):
                continue  # evidence for nobody, or for everybody alike
            name = f"m{i}"
            group.marker_langs[name] = (folded, weight)
            parts.append(f"(?P<{name}>{'|'.join(patterns)})")
        if parts:
            group.markers = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")
        lingua_langs = LINGUA_GROUPS.get(script, frozenset()) & set(members)
        if len(lingua_langs) >= 2:
            from lingua import IsoCode639_1, LanguageDetectorBuilder

            isos = [getattr(IsoCode639_1, c.upper()) for c in sorted(lingua_langs)]
            group.lingua = (LanguageDetectorBuilder.from_iso_codes_639_1(*isos)
                            .with_preloaded_language_models().build())
        return group
