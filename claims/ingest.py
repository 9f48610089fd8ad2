"""Ingest: documents → claims → embeddings → store and index, as a chain of batch steps.

Each step is a function from one batch to the next (``prepare_documents``,
``extract_batch``, ``embed_batch``, ``store_batch``) with everything it needs passed in, so
a step could run as a task of a distributed engine. ``ingest_documents`` drives the chain
over batches as a three-stage pipeline (read+extract, embed, store; in order, one thread
each); ``ingest_paths`` and ``ingest_text`` feed it from files or a pasted text.

Idempotent: a document whose text (normalised line endings and blanks) is already stored is
skipped. Each batch is one DuckDB transaction (documents, speakers, claims, vectors, claim
families, previously-checked matches), committed before its vectors enter the FAISS index;
the index is saved at the end (and every few minutes), and ``claims.index_sync`` repairs it
after a crash.
"""
from __future__ import annotations

import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, Sequence

import duckdb
import numpy as np

from claims import families, index_sync, matching, store
from claims.errors import UserError
from claims.model import Claim
from claims.workspace import Workspace

Progress = Callable[[int, Optional[int], str], None]
"""``progress(done, total, message)``: documents done of total (None when unknown)."""

BATCH_DOCUMENTS = 64
SAVE_EVERY_SECONDS = 120.0
CONFLICT_RETRIES = 3
LANGUAGES = ("de", "en")


@dataclass
class IngestSummary:
    """What an ingest did: counts, new ids, and every input that was not imported and why."""

    documents: int = 0                 # new documents stored
    claims: int = 0                    # new claims stored (and indexed)
    skipped: int = 0                   # documents already stored (same text), or repeated in the input
    empty: int = 0                     # empty files or rows: nothing to import, not an error
    errors: list[tuple[str, str]] = field(default_factory=list)  # (file or "file, line N", reason)
    document_ids: list[int] = field(default_factory=list)           # the new documents
    existing_document_ids: list[int] = field(default_factory=list)  # stored before: the skipped inputs
    claim_ids: list[int] = field(default_factory=list)
    matches: int = 0                   # previously-checked match suggestions made
    seconds: float = 0.0

    def merge(self, other: "IngestSummary") -> None:
        self.documents += other.documents
        self.claims += other.claims
        self.skipped += other.skipped
        self.empty += other.empty
        self.errors.extend(other.errors)
        self.document_ids.extend(other.document_ids)
        self.existing_document_ids.extend(other.existing_document_ids)
        self.claim_ids.extend(other.claim_ids)
        self.matches += other.matches

    @property
    def exit_code(self) -> int:
        """0 when something was imported or nothing failed; 2 when every input failed."""
        return 0 if (self.documents or not self.errors) else 2

    def to_dict(self) -> dict:
        return {
            "documents": self.documents, "claims": self.claims, "skipped": self.skipped, "empty": self.empty,
            "errors": [{"where": where, "reason": reason} for where, reason in self.errors],
            "document_ids": self.document_ids, "existing_document_ids": self.existing_document_ids,
            "claim_ids": self.claim_ids, "matches": self.matches, "seconds": round(self.seconds, 3),
        }


@dataclass(frozen=True)
class PreparedDocument:
    """A document with its content hash and the language its claims are extracted in."""

    document: object  # claims.documents.Document
    content_hash: str
    language: str
    where: str        # for messages: file, "file, line N", or "pasted text"


@dataclass(frozen=True)
class ExtractedDocument:
    prepared: PreparedDocument
    claims: tuple[Claim, ...]


@dataclass(frozen=True)
class EmbeddedBatch:
    """Documents with their claims, and one vector per claim in document order."""

    documents: tuple[ExtractedDocument, ...]
    vectors: np.ndarray
    model: str


# ------------------------------------------------------------------ the steps


def prepare_documents(documents: Iterable) -> list[PreparedDocument]:
    """Hash each document's text and settle its language (given 'de'/'en', else detected)."""
    from claims.language import detect_language

    out = []
    for doc in documents:
        language = (doc.language or "").strip().lower()
        if language not in LANGUAGES:
            language = detect_language(doc.text)
        out.append(PreparedDocument(doc, store.content_hash(doc.text), language, _where(doc)))
    return out


def extract_batch(prepared: Sequence[PreparedDocument]) -> tuple[list[ExtractedDocument], list[tuple[str, str]]]:
    """Claims of each document; a document whose extraction fails is reported, not stored."""
    from claims.extract import extract_claims

    done, errors = [], []
    for p in prepared:
        try:
            found = extract_claims(p.document.text, p.language)
        except UserError as err:
            errors.append((p.where, str(err)))
            continue
        except Exception as err:  # a bug in one document must not stop the batch
            errors.append((p.where, f"claim extraction failed ({type(err).__name__}: {err})"))
            continue
        done.append(ExtractedDocument(p, tuple(c for c in found if c.content.strip())))
    return done, errors


def embed_batch(model, model_name: str, extracted: Sequence[ExtractedDocument]) -> EmbeddedBatch:
    """One normalised vector per claim, in document order."""
    from index.embeddings import encode

    texts = [c.content for d in extracted for c in d.claims]
    vectors = encode(model, texts) if texts else np.zeros((0, 0), dtype=np.float32)
    return EmbeddedBatch(tuple(extracted), vectors, model_name)


def store_batch(ws: Workspace, batch: EmbeddedBatch) -> IngestSummary:
    """Store one batch in one transaction, then add its vectors to the index.

    Documents already stored (by content hash) are skipped, as are their claims and vectors.
    Claims are given their family and, when close to an already checked claim, a
    previously-checked match suggestion in the same transaction. A write conflict with another
    thread of this process (a reviewer's action touching the same rows) is retried.
    """
    for attempt in range(CONFLICT_RETRIES):
        try:
            return _store_batch(ws, batch)
        except duckdb.TransactionException as err:
            if "conflict" not in str(err).lower() or attempt == CONFLICT_RETRIES - 1:
                raise UserError(f"could not store the documents: the workspace changed at the same "
                                f"moment ({err}); import them again") from None
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _store_batch(ws: Workspace, batch: EmbeddedBatch) -> IngestSummary:
    summary = IngestSummary()
    config = ws.config
    with index_sync.workspace_lock(ws), ws.connect() as con:
        with index_sync.synced_index(ws, con) as entry:
            con.execute("BEGIN TRANSACTION")
            try:
                known = store.existing_documents(con, (d.prepared.content_hash for d in batch.documents))
                keep_docs, keep_rows = [], []
                row = 0
                for d in batch.documents:
                    n = len(d.claims)
                    if d.prepared.content_hash in known:
                        summary.skipped += 1
                        summary.existing_document_ids.append(known[d.prepared.content_hash])
                    else:
                        keep_docs.append(d)
                        keep_rows.extend(range(row, row + n))
                    row += n
                vectors = batch.vectors[keep_rows] if keep_rows else np.zeros((0, 0), dtype=np.float32)
                doc_ids = store.reserve_ids(con, "document_ids", len(keep_docs))
                claims = [(doc_id, d, c) for doc_id, d in zip(doc_ids, keep_docs) for c in d.claims]
                claim_ids = store.reserve_ids(con, "claim_ids", len(claims))
                speaker_ids = store.ensure_speakers(
                    con, ((store.speaker_name(c.source), c.source_mention) for _, _, c in claims if c.source)
                )
                contents = [c.content for _, _, c in claims]
                family_ids = families.assign_families(
                    con, entry.index, claim_ids, vectors, contents, families.family_threshold(config)
                )
                store.insert_documents(con, [_document_row(doc_id, d.prepared) for doc_id, d in zip(doc_ids, keep_docs)])
                store.insert_claims(con, [
                    _claim_row(cid, doc_id, c, speaker_ids.get(store.speaker_name(c.source)), fid)
                    for cid, (doc_id, _, c), fid in zip(claim_ids, claims, family_ids)
                ])
                store.insert_embeddings(con, claim_ids, vectors, batch.model)
                summary.matches = matching.match_new_claims(con, entry.index, claim_ids, vectors, contents, config)
                con.execute("COMMIT")
            except BaseException:
                _rollback(con)
                raise
            index_sync.add(ws, con, claim_ids, vectors)
    summary.documents = len(doc_ids)
    summary.claims = len(claim_ids)
    summary.document_ids = doc_ids
    summary.claim_ids = claim_ids
    return summary


# ------------------------------------------------------------------ drivers


def ingest_documents(
    ws: Workspace,
    documents: Iterable,
    progress: Optional[Progress] = None,
    *,
    total: Optional[int] = None,
    batch_size: int = BATCH_DOCUMENTS,
) -> IngestSummary:
    """Import documents (``Document`` objects, or ``Rejected`` records reported as errors).

    The steps run as a pipeline over batches: a reader thread prepares the next batch (reads,
    drops duplicates, extracts claims), this thread embeds the current one, and a writer
    thread stores the previous one, in order. Extraction and storage are Python and DuckDB
    work, embedding is mostly BLAS, so on two cores they overlap and ingest costs little more
    than the embedding itself. ``progress`` is called from this thread; ``total`` (the
    expected number of inputs) only feeds it.
    """
    started = time.monotonic()
    summary = IngestSummary()
    done = 0
    model = model_name = None
    last_save = time.monotonic()
    in_flight: deque = deque()  # (future of store_batch or None, number of inputs), in order

    def settle(block: bool) -> None:
        nonlocal done, last_save
        while in_flight and (block or in_flight[0][0] is None or in_flight[0][0].done() or len(in_flight) > 2):
            future, inputs = in_flight.popleft()
            if future is not None:
                summary.merge(future.result())
            done += inputs
            if time.monotonic() - last_save > SAVE_EVERY_SECONDS:
                with ws.connect() as con:
                    index_sync.save(ws, con)
                last_save = time.monotonic()
            if progress:
                progress(done, max(total or 0, done) if total is not None else None,
                         f"{summary.documents} documents, {summary.claims} claims")

    if progress:
        progress(0, total, "starting")
    items = iter(documents)
    sizes = _batch_sizes(batch_size)
    with ThreadPoolExecutor(1, thread_name_prefix="claims-read") as reader, \
            ThreadPoolExecutor(1, thread_name_prefix="claims-store") as writer:
        try:
            pending = reader.submit(_read_batch, ws, items, next(sizes))
            while (batch := pending.result()) is not None:
                pending = reader.submit(_read_batch, ws, items, next(sizes))
                summary.merge(batch.summary)
                future = None
                if batch.extracted:
                    if model is None:
                        model, model_name = workspace_model(ws)
                    future = writer.submit(store_batch, ws, embed_batch(model, model_name, batch.extracted))
                in_flight.append((future, batch.inputs))
                settle(block=False)
            settle(block=True)
        finally:
            for future, _ in in_flight:  # on an error: let stores in progress finish, start no more
                if future is not None:
                    future.cancel()
    with ws.connect() as con:
        index_sync.save(ws, con)
        unembedded = _count_without_vectors(con)
    if unembedded:  # claims stored by other means (an older program, a direct import): heal
        embed_missing(ws)
    summary.seconds = time.monotonic() - started
    if progress:
        progress(done, done, f"{summary.documents} documents, {summary.claims} claims")
    return summary


def _batch_sizes(largest: int) -> Iterator[int]:
    """A small first batch, then ``largest``: the pipeline (and the progress bar) starts early."""
    size = min(16, largest)
    while True:
        yield size
        size = largest


@dataclass
class _ReadBatch:
    inputs: int                              # items taken from the input
    extracted: list[ExtractedDocument]       # new documents with their claims
    summary: IngestSummary                   # errors, empties, duplicates found on the way


def _read_batch(ws: Workspace, items: Iterator, batch_size: int) -> Optional[_ReadBatch]:
    """The next batch of inputs, prepared, without the documents already stored, extracted."""
    chunk = list(islice(items, batch_size))
    if not chunk:
        return None
    summary = IngestSummary()
    docs = []
    for item in chunk:
        if hasattr(item, "text"):
            docs.append(item)
        elif getattr(item, "is_error", True):
            summary.errors.append(_rejected(item))
        else:
            summary.empty += 1
    prepared = _drop_repeats(prepare_documents(docs), summary)
    fresh = []
    if prepared:
        with ws.connect() as con:
            index_sync.check_model(ws, con)
            known = store.existing_documents(con, (p.content_hash for p in prepared))
        for p in prepared:
            if p.content_hash in known:
                summary.skipped += 1
                summary.existing_document_ids.append(known[p.content_hash])
            else:
                fresh.append(p)
    extracted, errors = extract_batch(fresh) if fresh else ([], [])
    summary.errors.extend(errors)
    return _ReadBatch(len(chunk), extracted, summary)


def ingest_paths(ws: Workspace, paths: Sequence, progress: Optional[Progress] = None,
                 *, encoding: Optional[str] = None) -> IngestSummary:
    """Import files and folders of .txt, .md, .html, .jsonl and .csv (one article per row).

    Files or rows that cannot be read are listed in ``errors``; the rest is imported.
    """
    from claims.documents import read_documents

    paths = [paths] if isinstance(paths, (str, Path)) else list(paths)
    total = estimate_documents(paths) if progress else None
    return ingest_documents(ws, read_documents(paths, encoding=encoding), progress, total=total)


def ingest_text(ws: Workspace, text: str, *, title: Optional[str] = None, url: Optional[str] = None,
                outlet: Optional[str] = None, published=None, language: str = "auto",
                progress: Optional[Progress] = None) -> IngestSummary:
    """Import one pasted article; ``language`` is 'de', 'en' or 'auto' (detected).

    An empty text is reported in ``errors`` (nothing stored); the same text twice is stored once.
    """
    from claims.documents import Document

    if language not in ("auto", *LANGUAGES):
        raise UserError(f"language must be 'auto', 'de' or 'en', not {language!r}")
    if not text or not text.strip():
        summary = IngestSummary()
        summary.errors.append(("pasted text", "the text is empty"))
        return summary
    doc = Document(
        text=text, doc_id="pasted:" + store.content_hash(text)[:16], source_path=None,
        title=_clean(title), url=_clean(url), outlet=_clean(outlet), published=store.as_date(published),
        language=None if language == "auto" else language,
    )
    return ingest_documents(ws, [doc], progress, total=1)


def embed_missing(ws: Workspace, progress: Optional[Progress] = None, *, batch_size: int = 512,
                  all_claims: bool = False) -> int:
    """Embed the claims without a vector of the configured model (all claims with ``all_claims``).

    Encodes outside the workspace lock and writes batch by batch; with ``all_claims`` the index
    is rebuilt at the end. Used by ``reindex`` and by ingest to heal claims stored without a
    vector by other means. Returns the number embedded.
    """
    model, model_name = workspace_model(ws)
    from index.embeddings import encode

    with ws.connect() as con:
        cutoff = con.execute("SELECT coalesce(max(id), 0) FROM claims").fetchall()[0][0]
        total = _needing_vectors(con, model_name, all_claims, cutoff, count=True)
    done, last_id = 0, 0
    if progress:
        progress(0, total, f"embedding with {model_name}")
    while True:
        with ws.connect() as con:
            rows = _needing_vectors(con, model_name, all_claims, cutoff, after=last_id, limit=batch_size)
        if not rows:
            break
        ids = [r[0] for r in rows]
        vectors = encode(model, [r[1] for r in rows])
        with index_sync.workspace_lock(ws), ws.connect() as con:
            con.execute("BEGIN TRANSACTION")
            store.insert_embeddings(con, ids, vectors, model_name)
            con.execute("COMMIT")
            if not all_claims:  # the index holds this model's vectors: add them
                index_sync.add(ws, con, ids, vectors)
        last_id = ids[-1]
        done += len(ids)
        if progress:
            progress(done, max(total, done), f"{done} claims embedded")
    with index_sync.workspace_lock(ws), ws.connect() as con:
        if all_claims:  # the old model's vectors are all replaced: build the index afresh
            index_sync.rebuild(ws, con)
        else:
            index_sync.save(ws, con)
    return done


def claims_without_vectors(ws: Workspace) -> int:
    """How many claims lack a stored vector (0 unless something stored claims by other means)."""
    with ws.connect() as con:
        return _count_without_vectors(con)


def _count_without_vectors(con) -> int:
    # a vector is only ever stored with its claim, so the counts tell
    return max(0, con.execute("SELECT (SELECT count(*) FROM claims) - (SELECT count(*) FROM embeddings)").fetchall()[0][0])


def reindex(ws: Workspace, progress: Optional[Progress] = None) -> int:
    """Re-embed every claim with the configured model and rebuild the index; returns the count.

    Claims stored while it runs are embedded too (they get the configured model already,
    or are picked up by a final pass).
    """
    count = embed_missing(ws, progress, all_claims=True)
    count += embed_missing(ws, progress)  # anything stored meanwhile by an older program
    return count


def estimate_documents(paths: Sequence) -> int:
    """Roughly how many documents the paths hold (a file, or a JSONL/CSV line each), for progress bars."""
    from claims.documents import SUPPORTED_SUFFIXES

    total = 0
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = [p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                     and not any(part.startswith(".") for part in p.relative_to(path).parts)]
        else:
            files = [path]
        for f in files:
            suffix = f.suffix.lower()
            if suffix in (".jsonl", ".csv"):
                try:
                    with open(f, "rb") as fh:
                        lines = sum(1 for line in fh if line.strip())
                except OSError:
                    lines = 1
                total += max(1, lines - (1 if suffix == ".csv" else 0))
            else:
                total += 1
    return total


# ------------------------------------------------------------------ helpers


def workspace_model(ws: Workspace):
    """(model, name) of the workspace's configured embedding model, loaded once per process."""
    from index.embeddings import ModelLoadError, load_model

    name = str(ws.config.get("model") or "").strip()
    try:
        return load_model(name), name
    except ModelLoadError as err:
        raise UserError(str(err)) from None


def _needing_vectors(con, model_name, all_claims, cutoff, *, after=0, limit=None, count=False):
    if all_claims:  # every claim up to the cutoff (the highest id when the run started)
        cond, params = "c.id > ? AND c.id <= ?", [after, cutoff]
    else:           # claims without a vector of this model
        cond = "c.id > ? AND NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.claim_id = c.id AND e.model = ?)"
        params = [after, model_name]
    if count:
        return con.execute(f"SELECT count(*) FROM claims c WHERE {cond}", params).fetchall()[0][0]
    return con.execute(f"SELECT c.id, c.content FROM claims c WHERE {cond} ORDER BY c.id LIMIT ?",
                       [*params, limit]).fetchall()


def _rollback(con) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:  # a failed COMMIT has already rolled back
        pass


def _drop_repeats(prepared: list[PreparedDocument], summary: IngestSummary) -> list[PreparedDocument]:
    seen, out = set(), []
    for p in prepared:
        if p.content_hash in seen:
            summary.skipped += 1
        else:
            seen.add(p.content_hash)
            out.append(p)
    return out


def _where(doc) -> str:
    path = getattr(doc, "source_path", None)
    doc_id = getattr(doc, "doc_id", None) or ""
    if path and "#" in doc_id:
        return f"{path}, line {doc_id.rsplit('#', 1)[1]}"
    return path or doc_id or "pasted text"


def _rejected(item) -> tuple[str, str]:
    path = getattr(item, "path", "?")
    row = getattr(item, "row", None)
    where = str(path) if row is None else f"{path}, line {row}"
    return where, getattr(item, "reason", str(item))


def _clean(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def _document_row(doc_id: int, p: PreparedDocument) -> store.DocumentRow:
    d = p.document
    return store.DocumentRow(
        id=doc_id, title=getattr(d, "title", None), url=getattr(d, "url", None), outlet=getattr(d, "outlet", None),
        language=p.language, published=store.as_date(getattr(d, "published", None)), text=d.text,
        content_hash=p.content_hash, source_path=getattr(d, "source_path", None),
        text_origin=getattr(d, "text_origin", None) or "plain",
    )


def _claim_row(claim_id: int, document_id: int, c: Claim, speaker_id: Optional[int], family_id: int) -> dict:
    def part(span, i):
        return None if span is None else int(span[i])

    return {
        "id": claim_id, "document_id": document_id, "content": c.content,
        "content_start": int(c.content_span[0]), "content_end": int(c.content_span[1]), "kind": c.kind,
        "speaker_id": speaker_id, "source": c.source, "source_mention": c.source_mention,
        "source_start": part(c.source_span, 0), "source_end": part(c.source_span, 1), "cue": c.cue,
        "cue_start": part(c.cue_span, 0), "cue_end": part(c.cue_span, 1), "reported_by": c.reported_by,
        "sentence": c.sentence, "language": c.lang, "family_id": family_id,
    }
