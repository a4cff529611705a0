"""sniff_kind: which reader a file goes to, by content first where it is unambiguous."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from storywire.readers.sniff import sniff_kind

WARC_HEAD = b"WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n"
RSS_HEAD = b'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
ATOM_HEAD = b'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
RDF_HEAD = b'<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf">'
HTML_HEAD = b"<!DOCTYPE html>\n<html lang='uk'><head><title>"
JSONL_HEAD = '{"id": "a1", "text": "Новина"}\n{"id": "a2"'.encode()


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        # WARC: by name, by content, gzip whose first member is a WARC record
        ("cc-news.warc", WARC_HEAD, "warc"),
        ("CC-NEWS-20251213.warc.gz", gzip.compress(WARC_HEAD), "warc"),
        ("download.bin", WARC_HEAD, "warc"),
        ("download", gzip.compress(WARC_HEAD)[:60], "warc"),
        ("broken.warc.gz", b"", "warc"),
        ("notes.txt.gz", gzip.compress(b"just text"), None),
        # feeds
        ("news.rss", RSS_HEAD, "feed"),
        ("news.atom", ATOM_HEAD, "feed"),
        ("news.xml", RSS_HEAD, "feed"),
        ("rdf.xml", RDF_HEAD, "feed"),
        ("feed", ATOM_HEAD, "feed"),
        ("sitemap.xml", b'<?xml version="1.0"?><urlset xmlns="x">', None),
        # HTML
        ("page.html", b"", "html"),
        ("page.HTM", b"anything", "html"),
        ("saved", HTML_HEAD, "html"),
        ("saved", b"\xef\xbb\xbf  <html><body>", "html"),
        ("saved", b"<!-- saved from url=(0030)https://x.example/ -->\n<html>", "html"),
        # JSON Lines
        ("rows.jsonl", JSONL_HEAD, "jsonl"),
        ("rows.ndjson", b"", "jsonl"),
        ("rows.json", JSONL_HEAD, "jsonl"),
        ("rows", JSONL_HEAD, "jsonl"),
        # text, including junk that the text reader will refuse as binary
        ("article.txt", "Новина дня".encode(), "text"),
        ("README", b"plain words", "text"),
        ("junk.bin", bytes(range(256)) * 4, "text"),
        ("no-extension", b"\x00\x01\x02\x03", "text"),
        ("empty", b"", "text"),
        ("{curly}.txt", b"{not json", "text"),
        # clearly not ours
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", None),
        ("photo", b"\x89PNG\r\n\x1a\n\x00\x00", None),
        ("report", b"%PDF-1.7\n", None),
        ("archive", b"PK\x03\x04\x14\x00", None),
        ("tool", b"\x7fELF\x02\x01\x01", None),
        ("scan.pdf", b"", None),
    ],
)
def test_sniff_kind(name: str, head: bytes, kind: str | None) -> None:
    assert sniff_kind(Path("/data") / name, head) == kind
