"""``python -m claims import-verdicts``: import verdicts from our CSV export or ClaimReview JSON-LD."""
from __future__ import annotations

import sys

from claims.errors import UserError
from claims.import_verdicts import import_verdicts
from claims.reviewers import default_reviewer
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Import verdicts: a CSV in the export layout or ClaimReview JSON-LD from other fact-checkers."
DESCRIPTION = """\
Import verdicts from each FILE: a CSV in the layout of `export --format csv` (columns content
and label required; claim_id, speaker, language, url, outlet, published, status,
rationale, evidence, reviewer used when present), or a JSON list of schema.org
ClaimReview objects (also an object with @graph, or a Google Fact Check Tools API
response). Each row becomes a checked claim with its verdict, embedded and indexed, so
previously-checked matching finds it; a CSV row whose claim_id names a claim of this
workspace with the same text adds the verdict to that claim instead (nothing if it is
already current). Rejected rows are listed on stderr with their number and reason; the
valid rows are kept. Exit code 0: all rows imported; 1: some rows rejected; 2: a file
could not be read at all (the other files are still imported)."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("import-verdicts", help=HELP, description=DESCRIPTION)
    parser.add_argument("files", metavar="FILE", nargs="+", help="CSV or JSON(-LD) file")
    parser.add_argument("--reviewer", metavar="NAME", default=None,
                        help="who imports (recorded when a row names no reviewer; default: $CLAIMS_REVIEWER)")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ws = Workspace.open(args.workspace)
    reviewer = args.reviewer or default_reviewer()
    code = 0
    for file in args.files:
        try:
            report = import_verdicts(ws, file, reviewer=reviewer)
        except UserError as err:
            print(f"error: {err}", file=sys.stderr)
            code = 2
            continue
        for error in report.errors:
            print(f"{file}: {error}", file=sys.stderr)
        print(f"{file}: {report.summary()}")
        if report.errors:
            code = max(code, 1)
    return code
