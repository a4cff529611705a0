"""The lexicon cache: a language is decoded once per machine, then memory-mapped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import simplemma

SMALL = "id"  # simplemma's Indonesian dictionary: small, so the tests stay fast
WORDS = ["makanan", "berjalan", "rumah-rumah", "pemerintah", "Jakarta", "xyzzy"]

PROBE = """
import json, sys
from storywire.nlp import _lexicon as L
d = L.dictionary(sys.argv[1])
print(json.dumps({"kind": type(d).__name__, "len": len(d),
                  "lemmas": [L.lemmatize(w, sys.argv[1]) for w in sys.argv[2:]]}))
"""


def _probe(cache: Path, *words: str) -> dict:
    env = dict(os.environ, STORYWIRE_CACHE_DIR=str(cache))
    out = subprocess.run([sys.executable, "-c", PROBE, SMALL, *words], env=env, check=True,
                         capture_output=True, text=True)
    import json

    return json.loads(out.stdout)


def test_first_process_builds_the_cache_the_next_maps_it_with_the_same_lemmas(tmp_path):
    first = _probe(tmp_path, *WORDS)
    files = list(tmp_path.rglob(f"{SMALL}.marisa"))
    assert len(files) == 1 and files[0].stat().st_size > 0
    assert not list(tmp_path.rglob("*.tmp"))  # written atomically, nothing left behind
    second = _probe(tmp_path, *WORDS)
    assert first["kind"] == "MappingStrToByteString" and second["kind"] == "_TrieLexicon"
    assert first["len"] == second["len"] > 1000
    expected = [simplemma.lemmatize(w, SMALL) for w in WORDS]
    assert first["lemmas"] == second["lemmas"] == expected


def test_unwritable_cache_keeps_the_dictionary_in_memory(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    got = _probe(blocker, *WORDS)
    assert got["kind"] == "MappingStrToByteString"
    assert got["lemmas"] == [simplemma.lemmatize(w, SMALL) for w in WORDS]


def test_unknown_language_gives_the_word_back(tmp_path, monkeypatch):
    monkeypatch.setenv("STORYWIRE_CACHE_DIR", str(tmp_path))
    from storywire.nlp import _lexicon as L

    assert L.dictionary("zz") is None
    assert L.lemmatize("Слово", "zz") == "Слово"
