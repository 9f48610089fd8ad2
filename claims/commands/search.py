"""``python -m claims search``: semantic search over the workspace's claims (German or English)."""
from __future__ import annotations

import json

from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Find the claims nearest in meaning to a query, in German or English."
DESCRIPTION = """\
Find the claims nearest in meaning to QUERY, in either language (a German query finds
English claims and the reverse). Shows score, speaker, kind, article and current verdict.
--json prints a JSON array of objects with claim_id, score, content, source, kind,
language, cue, status, verdict, inherited_verdict, family_id and document (id, title,
outlet, url, published)."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("search", help=HELP, description=DESCRIPTION)
    parser.add_argument("query", metavar="QUERY", help="what to look for (a sentence works best)")
    parser.add_argument("-k", type=int, default=10, help="number of results (default 10)")
    parser.add_argument("--lang", choices=("de", "en"), default=None, help="only claims in this language")
    parser.add_argument("--speaker", metavar="NAME", default=None,
                        help="only claims by this speaker (part of the name or a mention, any case)")
    parser.add_argument("--json", action="store_true", help="print a JSON array")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.search import search_claims

    ws = Workspace.open(args.workspace)
    hits = search_claims(ws, args.query, k=args.k, lang=args.lang, speaker=args.speaker)
    print_hits(hits, args.json)
    return 0


def print_hits(hits, as_json: bool) -> None:
    """Print search hits as a JSON array or as readable lines."""
    if as_json:
        print(json.dumps([h.to_dict() for h in hits], ensure_ascii=False, indent=1))
        return
    if not hits:
        print("no claims found")
        return
    for h in hits:
        verdict = h.verdict or (f"{h.inherited_verdict} (inherited)" if h.inherited_verdict else "no verdict")
        where = " · ".join(x for x in (h.outlet, h.title, h.published.isoformat() if h.published else None) if x)
        print(f"[{h.claim_id}] {h.score:.3f}  {h.source or 'unattributed'} ({h.kind}, {h.language}): {h.content}")
        print(f"      {where or 'document ' + str(h.document_id)} · {verdict}")
