"""Which reader a file needs, from its name and its first bytes.

Content that is unambiguous wins over the name (a WARC is a WARC whatever it is called); then
the extension decides; then the content again for files without a telling name. Anything that
might be text goes to the text reader, which refuses binary junk with a specific reason; None
is only for files that are clearly something else (images, archives, PDFs, executables).
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_WARC_MAGIC = b"WARC/1."
_GZIP_MAGIC = b"\x1f\x8b"
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")

_EXTENSIONS = {
    ".warc": "warc",
    ".rss": "feed",
    ".atom": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
}

#: Magic numbers of formats that are not ours (gzip is handled separately: it may be a WARC).
_NOT_OURS = (
    b"PK\x03\x04",  # zip, docx, xlsx, epub
    b"%PDF-",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"RIFF",  # WebP, WAV, AVI
    b"\x7fELF",
    b"MZ",  # Windows executables
    b"7z\xbc\xaf\x27\x1c",
    b"BZh",
    b"\xfd7zXZ\x00",
    b"\x28\xb5\x2f\xfd",  # zstd
    b"SQLite format 3\x00",
    b"ID3",  # MP3
    b"OggS",
    b"\x00\x00\x00\x18ftyp",
    b"\x00\x00\x00\x1cftyp",
    b"\x00\x00\x00\x20ftyp",  # MP4 / MOV
)
_BINARY_EXTENSIONS = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".svgz",
    ".pdf", ".zip", ".7z", ".rar", ".bz2", ".xz", ".zst", ".tar", ".tgz",
    ".mp3", ".mp4", ".m4a", ".avi", ".mov", ".mkv", ".ogg", ".wav", ".webm",
    ".exe", ".dll", ".so", ".dylib", ".o", ".a", ".pyc", ".class", ".jar",
    ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".epub",
    ".sqlite", ".db", ".woff", ".woff2", ".ttf", ".otf",
})

_FEED_ROOT = re.compile(rb"<(?:rss[\s>]|feed[\s>]|rdf:RDF[\s>])", re.IGNORECASE)
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*|<\?xml[^>]*>\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
    re.IGNORECASE | re.DOTALL,
)


def sniff_kind(path: Path, head: bytes) -> str | None:
    """"warc", "feed", "html", "jsonl" or "text" for ``path`` whose first bytes are ``head``;
    None when the file is clearly not an input of ours."""
    name = path.name.lower()
    suffix = path.suffix.lower()
    if head.startswith(_WARC_MAGIC) or name.endswith((".warc", ".warc.gz")):
        return "warc"
    if head.startswith(_GZIP_MAGIC):
        return "warc" if _gunzip_head(head).startswith(_WARC_MAGIC) else None
    text = _strip_bom(head)
    by_name = _EXTENSIONS.get(suffix)
    if by_name:
        return by_name
    if suffix == ".xml":
        return "feed" if _FEED_ROOT.search(text) else None
    if any(head.startswith(magic) for magic in _NOT_OURS) or suffix in _BINARY_EXTENSIONS:
        return None
    if _HTML_START.match(text):
        return "html"
    if text.lstrip().startswith(b"<") and _FEED_ROOT.search(text):
        return "feed"
    first_line = text.lstrip().split(b"\n", 1)[0].rstrip()
    if first_line.startswith(b"{") and (first_line.endswith(b"}") or b"\n" not in text):
        return "jsonl"
    return "text"


def _strip_bom(head: bytes) -> bytes:
    for bom in _BOMS:
        if head.startswith(bom):
            return head[len(bom):]
    return head


def _gunzip_head(head: bytes) -> bytes:
    """The first bytes of the first gzip member, as far as ``head`` goes."""
    try:
        return zlib.decompressobj(wbits=31).decompress(head, 64)
    except zlib.error:
        return b""
