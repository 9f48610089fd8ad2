"""``python -m claims extract``: print the attributed claims of files as JSON lines.

The fast path of the workbench: no workspace, no embeddings, no torch. Text files are
streamed block by block (paragraph-aligned), so a huge file keeps memory bounded; HTML is
reduced to its main text first; JSONL/CSV files give one document per row. Passages read
with ``--jsonl-in`` are grouped into their documents and extracted with that context
(``claims.passages``) unless ``--no-context`` is given.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "Print the attributed claims of text, HTML, JSONL or CSV files as JSON lines."
DESCRIPTION = """\
Extract attributed claims (who said what, through which cue) from German or English
text and print one JSON object per claim per line: content, content_span, kind, lang,
sentence, source, source_mention, source_span, cue, cue_span, reported_by. Spans are
character offsets into the text exactly as read. With several inputs, or rows of a
JSONL/CSV file, each line also has "doc": the file path or the row's id. For HTML the
offsets refer to the main text extracted from the page ("text_origin": "html-extracted").
Unreadable files or rows are reported on stderr, one line each, and the exit code is 2;
the other inputs are still processed. An empty file gives no claims.

With --jsonl-in, consecutive lines of one document are extracted together, so a passage's
claims can name a speaker introduced in an earlier passage ("Er sagte …", a Konjunktiv-I
continuation). Lines belong to one document when they carry the same "document" field, or,
without that field, when their ids share the part before a trailing "-s<n>" or "-s<n>-<m>"
(de-wikinews-3216-s7, de-wikinews-3216-s8-9). Each claim is still printed against the
passage that holds its content, with offsets and sentence numbers counted in that passage;
a source or cue found in another passage keeps its name but has a null span (and a null
source_mention). --no-context extracts each line alone."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help=HELP, description=DESCRIPTION,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "files", nargs="*", metavar="FILE",
        help="text (.txt, .md, any other name), HTML (.html, .htm), or one article per row "
        "(.jsonl, .csv with a 'text' column)",
    )
    parser.add_argument(
        "--lang", choices=("de", "en", "auto"), default="auto",
        help="language of the texts; 'auto' (default) detects it per document. A row's own "
        "'lang'/'language' field takes precedence",
    )
    parser.add_argument(
        "--encoding", metavar="ENC", default=None,
        help="text encoding of the input files, e.g. latin-1 or cp1252 (default: UTF-8, or "
        "UTF-16 with a byte-order mark)",
    )
    parser.add_argument(
        "--jsonl-in", metavar="FILE", dest="jsonl_in", default=None,
        help='read passages from a JSONL file with lines {"id": ..., "text": ..., "lang": ...} '
        '("lang" optional) and tag each claim with "doc": id. Consecutive lines of one '
        'document (same "document" field, or ids differing only in a trailing -s<n> part) '
        'are read as one text, so speakers carry over between passages',
    )
    parser.add_argument(
        "--genre", choices=("auto", "news", "speech"), default="auto",
        help="'speech' (a parliamentary debate, an interview: first-person speakers) adds the "
        "learned speech tagger to the rules; 'auto' (default) decides per document from its "
        "share of first-person words",
    )
    parser.add_argument(
        "--no-context", action="store_true", dest="no_context",
        help="with --jsonl-in: extract every line on its own, without the other passages of "
        "its document",
    )
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.documents import check_encoding
    from claims.errors import UserError

    if not args.files and not args.jsonl_in:
        raise UserError("give at least one FILE, or --jsonl-in FILE")
    check_encoding(args.encoding)
    out = _Output()
    try:
        several = len(args.files) + bool(args.jsonl_in) > 1
        for name in args.files:
            suffix = Path(name).suffix.lower()
            if suffix in (".jsonl", ".csv"):
                _extract_rows(name, args, out)
            elif suffix in (".html", ".htm"):
                _extract_html(name, args, out, tag=name if several else None)
            else:
                _extract_text(name, args, out, tag=name if several else None)
        if args.jsonl_in:
            if args.no_context:
                _extract_rows(args.jsonl_in, args, out)
            else:
                _extract_passages(args.jsonl_in, args, out)
    finally:
        out.flush()
    return 2 if out.errors else 0


class _Output:
    """JSON lines to stdout (UTF-8 whatever the locale), problems to stderr."""

    def __init__(self):
        self._stream = getattr(sys.stdout, "buffer", None)
        self._lines: list[str] = []
        self.errors = 0
        self._said_html = False

    def claims(self, claims, doc=None, extra=None) -> None:
        dumps, lines, names = json.dumps, self._lines, _claim_fields()
        for claim in claims:
            # Claim.to_dict() as JSON, built without dataclasses.asdict's deep copy (3x faster
            # here); json writes the span tuples as lists, exactly as to_dict does.
            d = {name: getattr(claim, name) for name in names}
            if doc is not None:
                d = {"doc": doc, **d}
            if extra:
                d.update(extra)
            lines.append(dumps(d, ensure_ascii=False))
        if len(lines) >= 512:
            self.flush()

    def flush(self) -> None:
        if not self._lines:
            return
        text = "\n".join(self._lines) + "\n"
        self._lines.clear()
        if self._stream is not None:
            self._stream.write(text.encode("utf-8"))
            self._stream.flush()
        else:
            sys.stdout.write(text)
            sys.stdout.flush()

    def problem(self, message: str, error: bool = True) -> None:
        self.flush()
        print(f"{'error' if error else 'note'}: {message}", file=sys.stderr)
        if error:
            self.errors += 1

    def html_note(self) -> None:
        if not self._said_html:
            self._said_html = True
            print("note: HTML input: spans refer to the main text extracted from the page "
                  '(lines marked "text_origin": "html-extracted")', file=sys.stderr)


def _claim_fields() -> tuple[str, ...]:
    global _FIELDS
    if _FIELDS is None:
        from dataclasses import fields

        from claims.model import Claim

        _FIELDS = tuple(f.name for f in fields(Claim))
    return _FIELDS


_FIELDS = None


def _language(args, text: str, given=None) -> str:
    if given:
        return given
    if args.lang != "auto":
        return args.lang
    from claims.language import detect_language

    return detect_language(text)


def _genre(args) -> str | None:
    return None if args.genre == "auto" else args.genre


def _extract_text(name: str, args, out: _Output, tag) -> None:
    """Stream a text file block by block; spans and sentence numbers are file-wide."""
    from claims.documents import DocumentError, iter_text_blocks
    from claims.extract import extract_claims

    lang, sentences, empty = None, 0, True
    try:
        blocks = iter_text_blocks(name, args.encoding)
        block = next(blocks, None)
        while block is not None:
            offset, text = block
            block = next(blocks, None)  # read ahead: only a file of several blocks needs counting
            empty = empty and not text.strip()
            if lang is None:
                lang = _language(args, text)
            found = extract_claims(text, lang, _genre(args))
            if offset or sentences:
                found = [c.shifted(offset, sentences) for c in found]
            out.claims(found, doc=tag)
            if block is not None:
                sentences += _sentence_count(text, lang)
    except DocumentError as err:
        out.problem(str(err))
        return
    if empty:
        out.problem(f"{name}: empty file, no claims", error=False)


def _sentence_count(text: str, lang: str) -> int:
    """How many sentences ``text`` holds, so the next block's sentence numbers continue."""
    from claims.sentences import split_sentences

    return len(split_sentences(text, lang))


def _extract_html(name: str, args, out: _Output, tag) -> None:
    from claims.documents import Rejected, read_documents
    from claims.extract import extract_claims

    for doc in read_documents([name], args.encoding):
        if isinstance(doc, Rejected):
            out.problem(str(doc), error=doc.is_error)
            continue
        out.html_note()
        found = extract_claims(doc.text, _language(args, doc.text, doc.language), _genre(args))
        out.claims(found, doc=tag, extra={"text_origin": doc.text_origin})


def _extract_rows(name: str, args, out: _Output) -> None:
    """One document per JSONL/CSV row; each claim is tagged with the row's id."""
    from claims.documents import Rejected, read_documents
    from claims.extract import extract_claims

    for doc in read_documents([name], args.encoding):
        if isinstance(doc, Rejected):
            out.problem(str(doc), error=doc.is_error)
            continue
        out.claims(extract_claims(doc.text, _language(args, doc.text, doc.language), _genre(args)),
                   doc=doc.doc_id)


def _extract_passages(name: str, args, out: _Output) -> None:
    """JSONL passages with document context: consecutive lines of one document are extracted
    together (``claims.passages``), each claim tagged with the id of its passage."""
    from claims.documents import Rejected, read_documents
    from claims.passages import SEPARATOR, document_of, extract_passages, group_consecutive

    fields = _document_fields(name, args.encoding)

    def rows():
        for i, doc in enumerate(read_documents([name], args.encoding)):
            if isinstance(doc, Rejected):
                out.problem(str(doc), error=doc.is_error)
                continue
            document, text_hash = fields.get(i, (None, None))
            yield doc, document if text_hash == hash(doc.text) else None

    def key(row):
        doc, document = row
        return ("document", document) if document is not None else document_of(doc.doc_id)

    for run in group_consecutive(rows(), key):
        for docs in _split_languages([doc for doc, _ in run]):
            given = next((d.language for d in docs if d.language), None)
            lang = _language(args, SEPARATOR.join(d.text for d in docs), given)
            for doc, found in zip(docs, extract_passages([d.text for d in docs], lang, _genre(args))):
                out.claims(found, doc=doc.doc_id)


def _split_languages(docs):
    """Split a document's passages where their own "lang" fields disagree."""
    part, lang = [], None
    for doc in docs:
        if part and doc.language and lang and doc.language != lang:
            yield part
            part, lang = [], None
        part.append(doc)
        lang = lang or doc.language
    if part:
        yield part


def _document_fields(name: str, encoding) -> dict:
    """``{item number: (document field, hash of text)}`` for the lines of a JSONL file that
    have a "document" field, numbered like the items ``read_documents`` yields (one per
    non-blank line, in order). The text hash confirms that both readings agree; empty when
    no line has the field or the file cannot be read whole (lines are then grouped by id)."""
    from claims.documents import DocumentError, read_text_file

    try:
        text = read_text_file(name, encoding)
    except DocumentError:
        return {}
    if '"document"' not in text:
        return {}
    fields, i = {}, 0
    for line in text.split("\n"):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError:
            record = None
        if isinstance(record, dict) and record.get("document") not in (None, "") \
                and isinstance(record.get("text"), str):
            fields[i] = (str(record["document"]), hash(record["text"]))
        i += 1
    return fields
