"""WARC and WARC.gz files (Common Crawl CC-NEWS): each HTML response record is one article.

Streamed with warcio's ArchiveIterator, one record in memory at a time. A record is used when it
is a ``response`` with HTTP status 2xx and an HTML ``Content-Type`` (or a ``resource`` record of
HTML); everything else (requests, metadata, redirects, 404s, images, PDFs) is skipped silently:
those are not articles. The page's own date wins; the capture date (``WARC-Date``) is the
fallback, marked in ``meta["published_from"]``.

Locations read ``path#record12`` (1-based, counting every record in the file, so
``warcio index`` and a hex dump agree about which one), with the byte offset in the reason of
a damaged-file error and in ``meta["warc_offset"]``.

Damage: the records before it come out; then one ReadError "truncated WARC: ..." (the file ends
inside a record, or gzip data ends early) or "damaged WARC: ..." (garbage where a record header
should be), and reading stops there. A record cut short is never turned into a half article.
A whole .warc gzipped as one stream (not per record, as the spec wants) is read too.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator

from storywire.model import Article, InputError, ReadError
from storywire.readers._base import ReadOptions
from storywire.readers._fields import iso_date
from storywire.readers._files import describe_size, open_nonempty, over_limit
from storywire.readers.html import article_from_html

__all__ = ["read", "read_stream"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.I | re.S)


class _Damaged(Exception):
    """The archive cannot be read past this point."""


def read(path: Path, opts: ReadOptions) -> Iterator[Article | ReadError]:
    """Every HTML page in a WARC file, or a ReadError per bad record and one for damage."""
    try:
        fh = open_nonempty(path)
    except InputError as exc:
        yield ReadError(str(path), str(exc))
        return
    with fh:
        if not _one_gzip_stream(fh):
            yield from read_stream(fh, str(path), opts)
            return
        # gzip of a whole .warc (not one member per record, as the spec wants): warcio
        # refuses it, so it reads the gunzipped stream instead.
        with _Gunzipped(fh) as inflated:
            damage_reported = yield from read_stream(inflated, str(path), opts)
            if inflated.cut_off and not damage_reported:
                yield ReadError(str(path), "truncated WARC: the gzip data ends early")


class _Gunzipped(gzip.GzipFile):
    """A whole-file gzip stream that ends quietly where the data ends, remembering that it did
    (warcio takes an EOFError for a clean end of file and would drop the damage report)."""

    cut_off = False

    def __init__(self, fh: BinaryIO) -> None:
        super().__init__(fileobj=fh, mode="rb")

    def read(self, size: int | None = -1) -> bytes:
        try:
            # read1: what one step inflates, so a cut loses nothing that came before it
            return super().read1(size if size is not None else -1)
        except (EOFError, zlib.error, OSError):
            self.cut_off = True
            return b""

    def seek(self, offset: int, whence: int = 0) -> int:
        raise OSError("not seekable")  # no damage report from rewinding a gzip stream


def _one_gzip_stream(fh: BinaryIO) -> bool:
    """Whether the first gzip member holds more than the first WARC record."""
    try:
        raw = fh.read(1 << 20)
        fh.seek(0)
        if not raw.startswith(_GZIP_MAGIC):
            return False
        inflate = zlib.decompressobj(wbits=31)
        head = inflate.decompress(raw, 1 << 20)
    except (OSError, zlib.error):
        return False
    end = head.find(b"\r\n\r\n")
    length = _CONTENT_LENGTH.search(head[:end]) if end > 0 else None
    if not head.startswith(_MAGIC) or length is None:
        return False
    after = end + 4 + int(length.group(1))
    return head[after:].lstrip(b"\r\n").startswith(_MAGIC)


def read_stream(
    fh: BinaryIO, name: str, opts: ReadOptions
) -> Generator[Article | ReadError, None, bool]:
    """The same from an open binary file (seekable, for the damage report); ``name`` labels
    locations. Returns whether it reported damage."""
    records = ArchiveIterator(fh)
    number = 0
    offset = 0  # where the record being read starts (in the file, compressed)
    while True:
        number += 1
        location = f"{name}#record{number}"
        try:
            record = next(records)
        except StopIteration:
            # warcio ends quietly on a header cut short: make sure nothing is left unread.
            reason = _why_stopped(fh, number, offset, None)
            if reason:
                yield ReadError(name, reason)
            return bool(reason)
        except Exception as exc:  # warcio's errors on a cut header are not all its own
            yield ReadError(name, _why_stopped(fh, number, offset, exc))
            return True
        try:
            item = _use_record(record, location, opts)
            records.read_to_end()
            inflate = getattr(getattr(records, "reader", None), "decompressor", None)
            if inflate is not None and not getattr(inflate, "eof", True):
                raise _Damaged("is cut off inside its gzip data")
        except _Damaged as exc:
            yield ReadError(location, f"truncated WARC: record {number} at byte {offset} {exc}")
            return True
        except Exception as exc:  # warcio or zlib giving up inside the record
            yield ReadError(name, _why_stopped(fh, number, offset, exc))
            return True
        if isinstance(item, Article):
            item.meta["warc_offset"] = offset
        if item is not None:
            yield item
        # warcio's own cursor: the next record's first byte, past the blank lines between
        offset = getattr(records, "offset", None) or (
            records.get_record_offset() + records.get_record_length()
        )


def _use_record(record: Any, location: str, opts: ReadOptions) -> Article | ReadError | None:
    """The article in one record, a ReadError for a bad one, None for records that are not
    pages. Raises _Damaged when the record's content ends before its declared length."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not declared.isdigit():
        raise _Damaged("has an incomplete header (no Content-Length)")
    kind = _page_kind(record)
    if kind is None:
        _drain(record)
        return None
    length = record.length or 0
    if length > opts.max_bytes:
        _drain(record)
        return ReadError(location, over_limit("record", length, opts))
    body = record.content_stream().read(opts.max_bytes + 1)
    _drain(record)
    if kind == "sniff" and not _HTML_START.match(body[:4096]):
        return None
    if not body.strip():
        return ReadError(location, "no article: empty response body")
    if len(body) > opts.max_bytes:  # Content-Encoding expanded it (a gzip bomb, say)
        return ReadError(
            location, f"record unpacks to over the {describe_size(opts.max_bytes)} limit"
        )
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        article = article_from_html(
            body, url=url, location=location, declared_charset=_charset(record)
        )
    except InputError as exc:
        return ReadError(location, str(exc))
    captured = iso_date(record.rec_headers.get_header("WARC-Date"))
    if article.published is None and captured is not None:
        article.published = captured
        article.meta["published_from"] = "WARC-Date"
    article.kind = "warc"
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    if record_id:
        article.meta["warc_record_id"] = record_id
    return article


def _page_kind(record: Any) -> str | None:
    """"html" for an HTML page, "sniff" when the server sent no Content-Type, else None."""
    if record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    elif record.rec_type == "response" and record.http_headers is not None:
        status = (record.http_headers.get_statuscode() or "").strip()
        if not status.startswith("2"):
            return None  # redirects and errors are not articles
        ctype = record.http_headers.get_header("Content-Type")
        if ctype is None:
            return "sniff"
    else:
        return None
    return "html" if ctype.split(";")[0].strip().lower() in _HTML_TYPES else None


def _charset(record: Any) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    match = _CHARSET.search(headers.get_header("Content-Type") or "") if headers else None
    return match.group(1) if match else None


def _drain(record: Any) -> None:
    """Read the record to its end; _Damaged when the file ends before its declared length."""
    stream = record.raw_stream
    while stream.read(65536):
        pass
    if getattr(stream, "limit", 0) > 0:
        raise _Damaged(f"ends {stream.limit} bytes short of its Content-Length")


_MAGIC = b"WARC/1."
_GZIP_MAGIC = b"\x1f\x8b"
_PEEK = 65536
_CONTENT_LENGTH = re.compile(rb"\r?\nContent-Length:[ \t]*(\d+)", re.IGNORECASE)


def _why_stopped(fh: BinaryIO, number: int, offset: int, exc: BaseException | None) -> str:
    """The damage report when records stop coming at record ``number``; "" at a clean end."""
    if getattr(fh, "cut_off", False):
        return f"truncated WARC: the gzip data ends inside record {number}"
    leftover = _leftover(fh, offset)
    if not leftover[0] and exc is None:
        return ""
    return _damage(leftover, number, offset, exc)


def _leftover(fh: BinaryIO, offset: int) -> tuple[bytes, int, bool]:
    """What the file holds from ``offset``: (its first 64 KB, gunzipped when it is gzip; how many
    bytes there are in all (of the first gzip member); whether that member ends properly).
    (b"", 0, True) at a clean end of file."""
    try:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(offset)
        raw = fh.read(_PEEK)
    except Exception:  # not seekable, or a gzip stream that ends early
        return b"", 0, True
    if not raw.strip(b"\r\n"):
        return b"", 0, True
    if not raw.startswith(_GZIP_MAGIC[: len(raw)]):
        return raw, size - offset, True
    inflate = zlib.decompressobj(wbits=31)
    head, total = b"", 0
    chunk = raw
    try:
        while chunk and not inflate.eof and total < 1 << 30:
            out = inflate.decompress(chunk)
            total += len(out)
            if len(head) < _PEEK:
                head += out[: _PEEK - len(head)]
            chunk = fh.read(1 << 20)
    except (zlib.error, OSError):
        return raw, size - offset, True  # not gzip after all: judged as raw bytes
    return head or _GZIP_MAGIC, total, inflate.eof


def _damage(rest: tuple[bytes, int, bool], number: int, offset: int,
            exc: BaseException | None) -> str:
    """Why reading stopped at record ``number``: the file ends inside it, or it is garbage.

    Truncated: what is left is the start of a WARC record (or of a gzip member) that ends
    before its header does, before its declared Content-Length, or before its gzip trailer.
    """
    head, available, member_complete = rest
    where = f"record {number} at byte {offset}"
    body = head.lstrip(b"\r\n")
    if head == _GZIP_MAGIC or not member_complete:
        return f"truncated WARC: the gzip data of {where} ends early"
    if isinstance(exc, EOFError):
        return f"truncated WARC: the file ends inside {where} ({exc})"
    if body.startswith(_MAGIC) or (body and _MAGIC.startswith(body)):
        end = body.find(b"\r\n\r\n")
        if end < 0:
            return f"truncated WARC: the file ends inside the header of {where}"
        length = _CONTENT_LENGTH.search(body[:end])
        skipped = len(head) - len(body)
        if length and available - skipped - end - 4 < int(length.group(1)):
            return f"truncated WARC: the file ends inside {where}"
    detail = " ".join(str(exc).split())[:120] if exc else ""
    detail = f" ({detail or type(exc).__name__})" if exc else ""
    if number == 1:
        return f"damaged WARC: no WARC record at the start of the file{detail}"
    return f"damaged WARC: no readable record at {where}{detail}"
