"""``python -m claims similar``: the claims most similar to a stored claim."""
from __future__ import annotations

from claims.commands.search import print_hits
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "List the claims most similar to a stored claim (in both languages)."
DESCRIPTION = """\
List the claims most similar to claim CLAIM_ID (the claim itself left out), in German and
English, with score, speaker, article and current verdict. --json prints the same array as
`search --json`."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("similar", help=HELP, description=DESCRIPTION)
    parser.add_argument("claim_id", metavar="CLAIM_ID", type=int, help="id of the claim")
    parser.add_argument("-k", type=int, default=10, help="number of results (default 10)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.search import similar_claims

    ws = Workspace.open(args.workspace)
    print_hits(similar_claims(ws, args.claim_id, k=args.k), args.json)
    return 0
