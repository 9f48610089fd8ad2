"""``python -m claims info``: model and counts of a workspace."""
from __future__ import annotations

import json

from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Show the workspace's model and counts of documents, claims, indexed vectors and verdicts."
DESCRIPTION = """\
Show the workspace's embedding model and counts: documents, claims, indexed vectors
(the FAISS index is checked against the database first and repaired if needed), claims with
a verdict, speakers, claim families, previously-checked matches. --json prints one object
with at least the keys documents, claims, indexed, verdicts, model."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("info", help=HELP, description=DESCRIPTION)
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.info import workspace_info

    ws = Workspace.open(args.workspace)
    info = workspace_info(ws)
    if args.json:
        print(json.dumps(info, ensure_ascii=False))
        return 0
    print(f"workspace: {info['workspace']}")
    print(f"model:     {info['model']}")
    for key in ("documents", "claims", "indexed", "verdicts", "speakers", "families"):
        print(f"{key + ':':<11}{info[key]}")
    if info["matches"]:
        print("matches:   " + ", ".join(f"{n} {state}" for state, n in info["matches"].items()))
    if info.get("warning"):
        print(f"warning: {info['warning']}")
    return 0
