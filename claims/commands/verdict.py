"""``python -m claims verdict``: record a verdict on a claim (appends; never overwrites)."""
from __future__ import annotations

import json

from claims.reviewers import default_reviewer
from claims.scale import load_scale
from claims.verdicts import record_verdict
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Record a verdict on a claim (a correction appends a new one)."
DESCRIPTION = """\
Record a verdict on a claim. LABEL is a short key, German or English label of the
workspace's verdict scale, any case (e.g. false, Falsch, "mostly true"). Some labels need
a rationale. Evidence links must be http(s) URLs. A new or in-review claim moves to
"checked". An unknown claim, label or a bad URL is reported and nothing is written."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("verdict", help=HELP, description=DESCRIPTION)
    parser.add_argument("claim_id", metavar="CLAIM_ID", help="id of the claim")
    parser.add_argument("label", metavar="LABEL", help="verdict label: key, German or English label")
    parser.add_argument("--rationale", metavar="TEXT", help="why: the reasoning of the verdict")
    parser.add_argument("--evidence", metavar="URL", action="append", default=[],
                        help="an evidence link (http/https); repeat for several")
    parser.add_argument("--reviewer", metavar="NAME", default=None,
                        help="who records the verdict (default: $CLAIMS_REVIEWER)")
    parser.add_argument("--json", action="store_true", help="print the stored verdict as JSON")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ws = Workspace.open(args.workspace)
    event = record_verdict(ws, args.claim_id, args.label, rationale=args.rationale,
                           evidence=args.evidence, reviewer=args.reviewer or default_reviewer())
    if args.json:
        print(json.dumps(event.to_dict(), ensure_ascii=False))
        return 0
    scale = load_scale(ws.path)
    rating = f", rating {event.rating:g}/{scale.best_rating:g}" if event.rating is not None else ""
    by = f" by {event.reviewer}" if event.reviewer else ""
    print(f"claim {event.claim_id}: {event.label_de} / {event.label_en}{rating} recorded{by} "
          f"(verdict {event.id})")
    return 0
