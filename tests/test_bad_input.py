"""Bad input never crashes a batch: each bad item gets a specific error, the rest is ingested."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from storywire import SQLiteStore

GOOD = ("Rescue teams evacuated more than 200 residents from three flooded villages overnight, "
        "regional officials said on Wednesday, adding that the river had peaked at dawn.")
PAGE = ("<html><head><title>Harbour strike ends</title></head><body><article><h1>Harbour strike "
        "ends</h1>" + "".join(
            f"<p>Paragraph {i}: dock workers returned to work after a two-day strike that stopped "
            "ferries and stranded hundreds of travellers at the port, the union said.</p>"
            for i in range(5)) + "</article></body></html>")


def make_warc(path: Path, n: int = 3) -> Path:
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=True)
    for i in range(n):
        body = PAGE.replace("Paragraph", f"Record {i} paragraph").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")
        rec = writer.create_warc_record(f"https://news.example/{i}", "response",
                                        payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(rec)
    path.write_bytes(buf.getvalue())
    return path


def build_batch(root: Path) -> dict[str, Path]:
    root.mkdir()
    files = {
        "good": root / "good.txt",
        "junk": root / "junk.bin",
        "empty": root / "empty.txt",
        "unreadable": root / "gone.txt",
        "big": root / "big.txt",
        "jsonl": root / "lines.jsonl",
        "noarticle": root / "empty-page.html",
        "feed": root / "broken.rss",
        "warc": root / "cut.warc.gz",
    }
    files["good"].write_text(GOOD, encoding="utf-8")
    files["junk"].write_bytes(bytes(range(256)) * 20 + b"\x00\xff\xfe" * 300)
    files["empty"].write_bytes(b"")
    os.symlink(root / "does-not-exist.txt", files["unreadable"])
    files["big"].write_text("Big file. " * 2000, encoding="utf-8")  # 20,000 bytes
    lines = [json.dumps({"id": "j1", "text": GOOD.replace("200", "210")}),
             '{"id": "j2", "text": "broken',
             json.dumps({"id": "j3", "text": GOOD.replace("three", "four") + " More."}),
             json.dumps({"id": "j4", "title": "no text here"})]
    files["jsonl"].write_text("\n".join(lines) + "\n", encoding="utf-8")
    files["noarticle"].write_text("<html><head><title>x</title></head><body><nav>Home</nav>"
                                  "</body></html>", encoding="utf-8")
    files["feed"].write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
                             "<item><title>Cut off", encoding="utf-8")
    whole = make_warc(root / "whole.warc.gz").read_bytes()
    (root / "whole.warc.gz").unlink()
    files["warc"].write_bytes(whole[: int(len(whole) * 0.8)])
    return files


def test_bad_inputs_in_one_batch(cli, tmp_path, db):
    files = build_batch(tmp_path / "in")
    code, text = cli("ingest", tmp_path / "in", "--db", db, "--max-bytes", "10000")
    assert code == 0, text
    lines = text.splitlines()
    errors = {line.split(": ", 1)[0]: line.split(": ", 1)[1] for line in lines[1:]}

    def reason(key: str, suffix: str = "") -> str:
        hits = [v for k, v in errors.items() if k.startswith(str(files[key]) + suffix)]
        assert hits, f"no error line for {key}: {lines}"
        return hits[0]

    assert "binary" in reason("junk")
    assert "empty" in reason("empty")
    assert "cannot read" in reason("unreadable")
    assert "limit" in reason("big")
    assert "malformed JSON" in reason("jsonl", ":2")
    assert "text" in reason("jsonl", ":4")
    assert "no article" in reason("noarticle").lower() or "no text" in reason("noarticle").lower()
    assert reason("feed")
    assert "truncated" in reason("warc").lower()
    with SQLiteStore(db) as store:
        ids = {a.id for a in store.articles()}
    assert "good" in ids and "j1" in ids and "j3" in ids
    assert sum(1 for a in ids if a.startswith("a")) >= 1  # WARC records before the damage


def test_exit_code_1_when_everything_fails(cli, tmp_path, db):
    (tmp_path / "e.txt").write_bytes(b"")
    (tmp_path / "j.bin").write_bytes(b"\x00\x01\x02\x03" * 100)
    code, text = cli("ingest", tmp_path / "e.txt", tmp_path / "j.bin", "--db", db)
    assert code == 1
    assert text.startswith("0 new, 0 duplicate, 0 near-duplicate, 0 updated, 2 failed")


def test_missing_path_is_reported(cli, tmp_path, db):
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    code, text = cli("ingest", tmp_path / "ok.txt", tmp_path / "nope", "--db", db)
    assert code == 0
    assert f"{tmp_path / 'nope'}: no such file or folder" in text


def test_hostile_content_stored_verbatim(cli, tmp_path, db):
    long_line = "Длинная строка без конца " * 4000  # ~100,000 characters on one line
    body = (
        "Officials said the <script>alert('x')</script> tag was found in a press release.\n"
        "A NUL byte \x00 sits here, and right-to-left marks \u200f\u202eשלום\u202c too.\n"
        "Robert'); DROP TABLE articles;-- is a name, not a command.\n" + long_line + "\n"
    )
    (tmp_path / "h.txt").write_text(body, encoding="utf-8")
    (tmp_path / "h.jsonl").write_text(json.dumps({"id": "hj", "text": body}) + "\n",
                                      encoding="utf-8")
    code, text = cli("ingest", tmp_path / "h.txt", tmp_path / "h.jsonl", "--db", db)
    assert code == 0, text
    with SQLiteStore(db) as store:
        art = store.get("h")
        assert art is not None
        for piece in ("<script>alert('x')</script>", "\x00", "\u200f\u202eשלום\u202c",
                      "DROP TABLE articles;--", long_line.strip()):
            assert piece in art.text
        assert store.get("hj").id == "h"  # same text: stored once, linked
        assert store.count() == 1


def test_stdin_jsonl(tmp_path, db):
    texts = ["A dam failed upstream after a week of storms, flooding two farming villages.",
             "Ferry crews walked out over pay, cancelling every crossing to the islands today.",
             "The electoral board ordered a recount in four districts where ballots went missing."]
    records = [{"id": f"s{i}", "text": t} for i, t in enumerate(texts)]
    proc = subprocess.run(
        [sys.executable, "-m", "storywire", "ingest", "-", "--db", str(db)],
        input="\n".join(json.dumps(r) for r in records) + "\n",
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("3 new, 0 duplicate, 0 near-duplicate")
