"""``python -m claims export``: claims with their verdicts as CSV or schema.org ClaimReview JSON-LD."""
from __future__ import annotations

import sys

from claims.export import export_claimreview, export_csv, write_claimreview, write_csv
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Export claims with their current verdicts as CSV or ClaimReview JSON-LD."
DESCRIPTION = """\
Export claims with their current verdicts. CSV: one row per claim (also claims without a
verdict), UTF-8, columns claim_id, content, speaker, kind, cue, outlet, url, published,
language, status, label, rating, rationale, evidence (space-separated URLs), reviewer,
verdict_time, family_id, inherited_from, inherited_label; cells a spreadsheet would run
as a formula are prefixed with '. ClaimReview: a JSON list of schema.org ClaimReview
objects for the claims with a verdict of their own. With -o the file is written
atomically (complete or not at all); without it the export goes to stdout."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("export", help=HELP, description=DESCRIPTION)
    parser.add_argument("--format", choices=("csv", "claimreview"), default="csv",
                        help="csv (default) or claimreview (schema.org JSON-LD)")
    parser.add_argument("-o", "--output", metavar="FILE", default=None, help="write to FILE (default: stdout)")
    parser.add_argument("--status", metavar="S", default=None, help="only claims with this status")
    parser.add_argument("--label", metavar="L", default=None, help="only claims whose current verdict has this label")
    parser.add_argument("--since", metavar="DATE", default=None,
                        help="only claims whose verdict (or, without one, import) is on or after DATE (YYYY-MM-DD)")
    parser.add_argument("--excel", action="store_true", help="CSV with a UTF-8 byte-order mark, for Excel")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ws = Workspace.open(args.workspace)
    filters = dict(status=args.status, label=args.label, since=args.since)
    if args.format == "csv":
        filters["excel"] = args.excel
        if args.output:
            count = export_csv(ws, args.output, **filters)
        else:
            count = write_csv(ws, sys.stdout.buffer, **filters)
    else:
        if args.output:
            count = export_claimreview(ws, args.output, **filters)
        else:
            count = write_claimreview(ws, sys.stdout.buffer, **filters)
    if args.output:
        print(f"{count} {'claims' if args.format == 'csv' else 'reviews'} written to {args.output}", file=sys.stderr)
    return 0
