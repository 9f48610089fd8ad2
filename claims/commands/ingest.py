"""``python -m claims ingest``: import articles into the workspace (extract, store, embed, index)."""
from __future__ import annotations

import json

from claims.workspace import Workspace
from claims.cli import ProgressBar, add_workspace_option

HELP = "Import articles: extract their claims, store, embed and index them."
DESCRIPTION = """\
Import files and folders of .txt, .md, .html, and .jsonl/.csv with one article per row
(column "text", optional "title", "url", "outlet", "published", "language"). Claims are
extracted, stored, embedded and indexed; a document already in the workspace (same text) is
skipped. A file or row that cannot be read is reported and the rest is still imported.
Progress goes to stderr, the summary to stdout.

Exit status: 0 when anything was imported or nothing failed (e.g. all duplicates), 2 when
inputs failed and nothing was imported."""

def register(subparsers) -> None:
    parser = subparsers.add_parser("ingest", help=HELP, description=DESCRIPTION)
    parser.add_argument("paths", metavar="PATH", nargs="+", help="a file or folder to import")
    parser.add_argument("--encoding", metavar="ENC", default=None,
                        help="text encoding of the files (default: UTF-8, or UTF-16 with a byte-order mark)")
    parser.add_argument("--json", action="store_true", help="print the summary as one JSON object")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_workspace_option(parser)
    parser.set_defaults(func=run)

def run(args) -> int:
    from claims.ingest import ingest_paths

    ws = Workspace.open(args.workspace)
    bar = None if args.no_progress else ProgressBar("ingest", "doc")
    try:
        summary = ingest_paths(ws, args.paths, progress=bar, encoding=args.encoding)
    finally:
        if bar:
            bar.close()
    if args.json:
        print(json.dumps(summary.to_dict(), ensure_ascii=False))
        return summary.exit_code
    print(f"documents: {summary.documents} imported, {summary.skipped} skipped (already stored)"
          + (f", {summary.empty} empty" if summary.empty else ""))
    print(f"claims: {summary.claims}" + (f" ({summary.matches} previously-checked match suggestions)"
                                         if summary.matches else ""))
    print(f"errors: {len(summary.errors)}")
    for where, reason in summary.errors:
        print(f"  {where}: {reason}")
    return summary.exit_code
