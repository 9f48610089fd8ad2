"""Documents in: reading articles from text, Markdown, HTML, JSONL and CSV files.

``read_documents`` turns files and folders into ``Document`` objects, and everything it
cannot read into ``Rejected`` records (file, row, one-sentence reason), so a batch never
stops at one bad file and nothing is dropped silently. ``iter_text_blocks`` streams a huge
text file in paragraph-aligned blocks with bounded memory.

Text is decoded exactly: no newline translation, no whitespace changes, so claim spans are
``str`` offsets into the text as read. Two exceptions, both recorded: a byte-order mark is
not part of the text, and for HTML the text is the article's main text as extracted by
trafilatura (``text_origin = 'html-extracted'``); offsets then refer to that text.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from claims.errors import UserError

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
ROW_SUFFIXES = (".jsonl", ".csv")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + ROW_SUFFIXES

BLOCK_CHARS = 1 << 20  # ~1 M characters per streamed block
_READ_BYTES = 1 << 20
_SNIFF_BYTES = 8192
_MAX_TITLE_CHARS = 300
_LANGUAGE_NAMES = {"de": "de", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
                   "en": "en", "eng": "en", "english": "en", "englisch": "en"}


@dataclass(frozen=True)
class Document:
    """One article: its text and what we know about it.

    ``doc_id`` is stable across runs: the file path for a text or HTML file, the ``id`` of a
    JSONL/CSV row when it has one, else ``path#row`` (row = line number in the file).
    """

    text: str
    doc_id: str
    source_path: Optional[str] = None
    title: Optional[str] = None
    url: Optional[str] = None
    outlet: Optional[str] = None
    published: Optional[date] = None
    language: Optional[str] = None
    text_origin: str = "plain"  # or "html-extracted"


@dataclass(frozen=True)
class Rejected:
    """A file or row that gave no document, and why.

    ``row`` is the line number in a JSONL/CSV file (None for a whole file). ``code`` sorts
    the reasons: ``empty`` (nothing to read; not an error), ``missing``, ``binary``,
    ``undecodable``, ``malformed``, ``unsupported``.
    """

    path: str
    row: Optional[int]
    reason: str
    code: str = "malformed"

    @property
    def is_error(self) -> bool:
        """False for an empty file or row, which is skipped rather than failed."""
        return self.code != "empty"

    def __str__(self) -> str:
        where = self.path if self.row is None else f"{self.path}, line {self.row}"
        return f"{where}: {self.reason}"


class DocumentError(UserError):
    """A file that cannot be read as text; the message names the file (and byte offset)."""

    def __init__(self, path, reason: str, code: str, offset: Optional[int] = None):
        super().__init__(f"{path}: {reason}")
        self.path, self.reason, self.code, self.offset = str(path), reason, code, offset

    def rejected(self, row: Optional[int] = None) -> Rejected:
        return Rejected(self.path, row, self.reason, self.code)


# ---------------------------------------------------------------- public functions


def read_documents(paths, encoding: Optional[str] = None) -> Iterator[Union[Document, Rejected]]:
    """Documents from files and folders, one ``Rejected`` per file or row that cannot be read.

    Folders are searched recursively for .txt, .md, .html/.htm, .jsonl and .csv files
    (hidden files skipped); a file named explicitly is read as plain text whatever its suffix
    unless it is HTML, JSONL or CSV. ``encoding`` overrides the default (UTF-8, or UTF-16
    with a byte-order mark). An empty file gives ``Rejected(code='empty')``.
    """
    check_encoding(encoding)
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for path in _expand(paths):
        if isinstance(path, Rejected):
            yield path
            continue
        suffix = path.suffix.lower()
        try:
            if suffix in HTML_SUFFIXES:
                yield _read_html(path, encoding)
            elif suffix == ".jsonl":
                yield from _read_jsonl(path, encoding)
            elif suffix == ".csv":
                yield from _read_csv(path, encoding)
            else:
                yield _read_text(path, encoding)
        except DocumentError as err:
            yield err.rejected()


def iter_text_blocks(path, encoding: Optional[str] = None,
                     block_chars: int = BLOCK_CHARS) -> Iterator[tuple[int, str]]:
    """``(char_offset, block_text)`` pieces of a text file, in order, with bounded memory.

    Blocks end at a blank line where possible (else at a line end, else at a space, else
    hard at ``block_chars``); joined, they are exactly the decoded file. Raises
    ``DocumentError`` (a ``UserError``) for a missing, binary or undecodable file, naming the
    byte offset; blocks before the bad byte have been yielded by then.
    """
    check_encoding(encoding)
    path = Path(path)
    with _open(path) as f:
        chunk = f.read(_READ_BYTES)
        enc, skip = _choose_encoding(chunk, encoding)
        decoder = codecs.getincrementaldecoder(enc)(errors="strict")
        check_nul = _ascii_compatible(enc)
        consumed = skip  # file offset of the first byte of ``chunk``
        chunk = chunk[skip:]
        buf, offset = "", 0
        while True:
            if check_nul and (nul := chunk.find(b"\0")) >= 0:
                raise _binary(path, consumed + nul)
            pending = len(decoder.getstate()[0])
            try:
                buf += decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as err:
                raise _undecodable(path, enc, consumed - pending + err.start, encoding) from None
            consumed += len(chunk)
            while len(buf) >= block_chars:
                cut = _cut_point(buf, block_chars)
                yield offset, buf[:cut]
                offset += cut
                buf = buf[cut:]
            if not chunk:
                break
            chunk = f.read(_READ_BYTES)
        if buf:
            yield offset, buf


def read_text_file(path, encoding: Optional[str] = None) -> str:
    """The whole decoded text of a file (exact: no newline or whitespace changes).

    Raises ``DocumentError`` for a missing, binary or undecodable file.
    """
    check_encoding(encoding)
    path = Path(path)
    with _open(path) as f:
        data = f.read()
    return _decode(path, data, encoding)


def check_encoding(encoding: Optional[str]) -> None:
    """Raise ``UserError`` unless ``encoding`` is None or a codec Python knows."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UserError(f"unknown encoding {encoding!r} (try utf-8, latin-1 or cp1252)") from None


def parse_date(value) -> Optional[date]:
    """A date from ISO ``2025-10-16`` (a time part is ignored), ``16.10.2025`` or ``2025/10/16``."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    for fmt in ("%d.%m.%Y", "%Y/%m/%d", "%d.%m.%y"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    raise ValueError(f"published {text!r} is not a date (use YYYY-MM-DD)")


def normalise_language(value) -> Optional[str]:
    """``'de'``, ``'en'`` or None from a language field ("de", "de-DE", "German", "auto", "")."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("", "auto", "und"):
        return None
    lang = _LANGUAGE_NAMES.get(text) or _LANGUAGE_NAMES.get(re.split(r"[-_]", text)[0])
    if lang is None:
        raise ValueError(f"language {value!r} is not supported (de or en)")
    return lang


# ---------------------------------------------------------------- files and decoding


def _expand(paths: Iterable) -> Iterator[Union[Path, Rejected]]:
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not found:
                yield Rejected(str(path), None, "folder holds no .txt, .md, .html, .jsonl or .csv "
                               "files", "empty")
            yield from found
        elif path.exists():
            yield path
        else:
            yield Rejected(str(path), None, "no such file or folder", "missing")


def _open(path: Path):
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise DocumentError(path, "no such file", "missing") from None
    except IsADirectoryError:
        raise DocumentError(path, "is a folder, not a file", "unsupported") from None
    except PermissionError:
        raise DocumentError(path, "permission denied", "unsupported") from None


def _choose_encoding(head: bytes, encoding: Optional[str]) -> tuple[str, int]:
    """The codec to use and how many byte-order-mark bytes to skip."""
    if encoding is not None:
        name = codecs.lookup(encoding).name
        if name == "utf-8" and head.startswith(codecs.BOM_UTF8):
            return "utf-8", 3
        return name, 0
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", 3
    if head.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return "utf-32", 0
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    return "utf-8", 0


def _ascii_compatible(enc: str) -> bool:
    """True when a newline and NUL are single bytes (so a NUL byte means binary)."""
    try:
        return "\n\0".encode(enc) == b"\n\0"
    except (UnicodeError, LookupError):
        return False


def _decode(path: Path, data: bytes, encoding: Optional[str]) -> str:
    enc, skip = _choose_encoding(data, encoding)
    if _ascii_compatible(enc) and (nul := data.find(b"\0", skip)) >= 0:
        raise _binary(path, nul)
    try:
        return data[skip:].decode(enc)
    except UnicodeDecodeError as err:
        raise _undecodable(path, enc, skip + err.start, encoding) from None


def _binary(path, offset: int) -> DocumentError:
    return DocumentError(path, f"binary file, not text (NUL byte at byte offset {offset})",
                         "binary", offset)


def _undecodable(path, enc: str, offset: int, asked: Optional[str]) -> DocumentError:
    hint = ("; if it is Latin-1 or Windows-1252 text, pass --encoding latin-1 (or cp1252)"
            if enc.startswith("utf") else "; pass the right --encoding")
    return DocumentError(path, f"cannot decode byte offset {offset} as {enc}{hint}",
                         "undecodable", offset)


def _cut_point(buf: str, block_chars: int) -> int:
    """Where to end a block: after the last blank line, line end or space before ``block_chars``."""
    lo = block_chars // 2
    last = None
    for last in _BLANK_LINE.finditer(buf, lo, block_chars):
        pass
    if last is not None:
        return last.end()
    for sep in ("\n", " "):
        i = buf.rfind(sep, lo, block_chars)
        if i >= 0:
            return i + 1
    return block_chars


_BLANK_LINE = re.compile(r"\n[ \t]*\r?\n")


# ---------------------------------------------------------------- text, Markdown, HTML


def _read_text(path: Path, encoding: Optional[str]) -> Union[Document, Rejected]:
    text = read_text_file(path, encoding)
    if not text.strip():
        return Rejected(str(path), None, "empty file", "empty")
    return Document(text=text, doc_id=str(path), source_path=str(path), title=_title_line(text))


def _title_line(text: str) -> Optional[str]:
    """The first non-blank line as a title, when it is short enough to be one."""
    for line in text[: _MAX_TITLE_CHARS * 4].splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= _MAX_TITLE_CHARS else None
    return None


_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.I)


def _read_html(path: Path, encoding: Optional[str]) -> Union[Document, Rejected]:
    with _open(path) as f:
        data = f.read()
    if not data.strip():
        return Rejected(str(path), None, "empty file", "empty")
    if encoding is None and (m := _CHARSET.search(data[:_SNIFF_BYTES])):
        declared = m.group(1).decode("ascii", "replace")
        try:
            if codecs.lookup(declared).name != "utf-8":
                encoding = declared
        except LookupError:
            pass
    html = _decode(path, data, encoding)
    try:
        import trafilatura  # imported here: it is slow to import and only HTML needs it
    except ImportError as err:
        raise UserError(f"reading HTML needs trafilatura, which cannot be imported ({err})") from None

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = extracted.text if extracted is not None else None
    if not text or not text.strip():
        text = trafilatura.baseline(html)[1]
    if not text or not text.strip():
        return Rejected(str(path), None, "no main text found in the HTML", "empty")
    # The page's <html lang> is left out on purpose: site templates often declare one
    # language for every article, so the text's own language (detected later) is safer.
    meta = extracted
    try:
        published = parse_date(getattr(meta, "date", None))
    except ValueError:
        published = None
    return Document(
        text=text,
        doc_id=str(path),
        source_path=str(path),
        title=getattr(meta, "title", None) or None,
        url=getattr(meta, "url", None) or None,
        outlet=getattr(meta, "sitename", None) or None,
        published=published,
        text_origin="html-extracted",
    )


# ---------------------------------------------------------------- one article per row


def _row_document(path: Path, row: int, record: dict) -> Union[Document, Rejected]:
    """A Document from a JSONL object or CSV row, or why not."""
    text = record.get("text")
    if text is None:
        return Rejected(str(path), row, "no 'text' field", "malformed")
    if not isinstance(text, str):
        return Rejected(str(path), row, "'text' is not a string", "malformed")
    if not text.strip():
        return Rejected(str(path), row, "empty text", "empty")
    try:
        language = normalise_language(record.get("language", record.get("lang")))
        published = parse_date(record.get("published"))
    except ValueError as err:
        return Rejected(str(path), row, str(err), "malformed")
    doc_id = record.get("id")
    doc_id = f"{path}#{row}" if doc_id is None or doc_id == "" else str(doc_id)

    def field(name):
        value = record.get(name)
        return None if value is None or value == "" else str(value)

    return Document(text=text, doc_id=doc_id, source_path=str(path), title=field("title"),
                    url=field("url"), outlet=field("outlet"), published=published,
                    language=language)


def _binary_lines(path: Path, encoding: Optional[str], state: dict):
    """Decoded lines (endings kept) with their 1-based line number; decode errors in ``state``.

    A line that cannot be decoded is yielded decoded with replacement characters and its
    error message is put in ``state['errors'][line_no]``, so one bad line costs one row.
    """
    with _open(path) as f:
        head = f.read(_SNIFF_BYTES)
        enc, skip = _choose_encoding(head, encoding)
        if _ascii_compatible(enc) and (nul := head.find(b"\0", skip)) >= 0:
            raise _binary(path, nul)
        f.seek(skip)
        if not _ascii_compatible(enc):  # UTF-16/32: line ends are not single bytes
            text = _decode(path, f.read(), enc)
            for no, line in enumerate(io.StringIO(text, newline=""), 1):
                yield no, line
            return
        offset = skip
        for no, raw in enumerate(f, 1):
            try:
                line = raw.decode(enc)
            except UnicodeDecodeError as err:
                state["errors"][no] = _undecodable(path, enc, offset + err.start, encoding).reason
                line = raw.decode(enc, "replace")
            offset += len(raw)
            yield no, line


def _read_jsonl(path: Path, encoding: Optional[str]) -> Iterator[Union[Document, Rejected]]:
    state = {"errors": {}}
    seen = False
    for no, line in _binary_lines(path, encoding, state):
        if not line.strip():
            continue
        seen = True
        if no in state["errors"]:
            yield Rejected(str(path), no, state["errors"].pop(no), "undecodable")
            continue
        if "\0" in line:
            yield Rejected(str(path), no, "NUL byte in line (binary data)", "binary")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(str(path), no, f"not valid JSON ({err.msg} at column {err.pos + 1})")
            continue
        if not isinstance(record, dict):
            yield Rejected(str(path), no, "not a JSON object")
            continue
        yield _row_document(path, no, record)
    if not seen:
        yield Rejected(str(path), None, "empty file", "empty")


def _read_csv(path: Path, encoding: Optional[str]) -> Iterator[Union[Document, Rejected]]:
    state = {"errors": {}}
    numbered = _binary_lines(path, encoding, state)
    line_no = [0]  # line number of the last line handed to the csv reader

    def lines():
        for no, line in numbered:
            line_no[0] = no
            yield line

    source = lines()
    header_line = next((line for line in source if line.strip()), None)
    if header_line is None:
        yield Rejected(str(path), None, "empty file", "empty")
        return
    delimiter = max(",;\t", key=header_line.count)
    _raise_field_limit()
    try:
        header = next(csv.reader([header_line], delimiter=delimiter, strict=True))
    except csv.Error as err:
        yield Rejected(str(path), line_no[0], f"unreadable CSV header ({err})")
        return
    header = [name.strip().lstrip("\ufeff").lower() for name in header]
    if "text" not in header:
        yield Rejected(str(path), None, f"no 'text' column (columns: {', '.join(header)})")
        return
    reader = csv.reader(source, delimiter=delimiter, strict=True)
    while True:
        start = line_no[0] + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            if "end of data" in str(err):
                reason = f"a quote opened in this row is never closed (read to line {line_no[0]})"
            else:
                reason = f"malformed CSV row ({err})"
            yield Rejected(str(path), start, reason)
            continue
        bad = [state["errors"].pop(n) for n in range(start, line_no[0] + 1) if n in state["errors"]]
        if bad:
            yield Rejected(str(path), start, bad[0], "undecodable")
            continue
        if not fields or (len(fields) == 1 and not fields[0].strip()):
            continue
        if len(fields) != len(header):
            yield Rejected(str(path), start,
                           f"row has {len(fields)} fields, the header has {len(header)}")
            continue
        yield _row_document(path, start, dict(zip(header, fields)))


def _raise_field_limit() -> None:
    """Let a CSV field hold a whole article (the csv module's default limit is 128 KiB)."""
    if csv.field_size_limit() < 1 << 28:
        csv.field_size_limit(1 << 28)
