"""kill -9 in the middle of a large ingest, then the same ingest again: nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from storywire import SQLiteStore


def replicate(dev_rows: list[dict], path: Path, copies: int) -> int:
    """The dev set ``copies`` times, each copy with its own id and marker sentence."""
    n = 0
    with path.open("w", encoding="utf-8") as fh:
        for c in range(copies):
            for row in dev_rows:
                text = row["text"] + f"\n\nReplica marker {c}-{row['id']}: copy number {c}."
                fh.write(json.dumps({"id": f"{row['id']}#{c}", "url": None, "text": text},
                                    ensure_ascii=False) + "\n")
                n += 1
    return n


def stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(db, timeout=5)
        try:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_kill_9_then_reingest(tmp_path, dev_rows):
    src = tmp_path / "many.jsonl"
    total = replicate(dev_rows, src, copies=12)  # 3,180 articles
    db = tmp_path / "crash.db"
    cmd = [sys.executable, "-m", "storywire", "ingest", str(src), "--db", str(db)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and stored(db) < 400 and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = stored(db)
    assert 0 < partial < total

    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    with SQLiteStore(db) as store:
        assert store.integrity_ok()
        ids = [a.id for a in store.articles()]
        aliases = {a.alias for a in store.aliases()}
    every = set(ids) | aliases
    assert len(ids) == len(set(ids))
    expected = {f"{r['id']}#{c}" for c in range(12) for r in dev_rows}
    assert expected <= every
    assert len(ids) + len(aliases) == total
