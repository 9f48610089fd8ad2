"""``python -m claims status``: move a claim through the review workflow."""
from __future__ import annotations

from claims.reviewers import default_reviewer
from claims.verdicts import STATUSES, TRANSITIONS, set_status
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Set a claim's review status (new, in_review, checked, published, not_checkworthy)."
DESCRIPTION = "Set a claim's review status. Allowed changes:\n" + "\n".join(
    f"  {status} -> {', '.join(sorted(TRANSITIONS[status]))}" for status in STATUSES
) + """
in_review assigns the claim to the reviewer; checked and published need the claim's own
verdict (recording a verdict moves a claim to checked by itself)."""


def register(subparsers) -> None:
    import argparse

    parser = subparsers.add_parser("status", help=HELP, description=DESCRIPTION,
                                   formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("claim_id", metavar="CLAIM_ID", help="id of the claim")
    parser.add_argument("status", metavar="STATUS", help=f"one of: {', '.join(STATUSES)}")
    parser.add_argument("--reviewer", metavar="NAME", default=None,
                        help="who makes the change, and for in_review who reviews (default: $CLAIMS_REVIEWER)")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ws = Workspace.open(args.workspace)
    change = set_status(ws, args.claim_id, args.status, reviewer=args.reviewer or default_reviewer())
    if not change.changed:
        print(f"claim {change.claim_id} is already {change.status}")
    else:
        who = f" (assigned to {change.assignee})" if change.status == "in_review" and change.assignee else ""
        print(f"claim {change.claim_id}: {change.previous} -> {change.status}{who}")
    return 0
