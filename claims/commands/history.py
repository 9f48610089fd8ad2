"""``python -m claims history``: a claim's verdicts, status changes and match decisions over time."""
from __future__ import annotations

import json

from claims.verdicts import claim_history, claim_state
from claims.workspace import Workspace
from claims.cli import add_workspace_option

HELP = "Show a claim's review history: verdicts, status changes, confirmed or rejected matches."


def register(subparsers) -> None:
    parser = subparsers.add_parser("history", help=HELP, description=HELP + " Oldest first.")
    parser.add_argument("claim_id", metavar="CLAIM_ID", help="id of the claim")
    parser.add_argument("--json", action="store_true",
                        help='print one JSON object: claim_id, content, status, assignee, verdict, '
                        'effective_verdict, events')
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    ws = Workspace.open(args.workspace)
    state = claim_state(ws, args.claim_id)
    events = claim_history(ws, state["claim_id"])
    if args.json:
        print(json.dumps({**state, "events": events}, ensure_ascii=False, indent=2))
        return 0
    print(f"claim {state['claim_id']}: {state['content']}")
    assignee = f" (assigned to {state['assignee']})" if state["assignee"] else ""
    print(f"status: {state['status']}{assignee}")
    effective = state["effective_verdict"]
    if effective is None:
        print("verdict: none")
    elif effective["inherited"]:
        print(f"verdict: {effective['label_de']} / {effective['label_en']} — inherited from claim "
              f"{effective['inherited_from']} (confirmed match)")
    else:
        print(f"verdict: {effective['label_de']} / {effective['label_en']}")
    for event in events:
        who = f" by {event['reviewer']}" if event["reviewer"] else ""
        if event["type"] == "verdict":
            line = f"{event['time']}  verdict {event['label_de']} / {event['label_en']}{who}"
            if event["origin"] != "local":
                line += f" [imported: {event['origin']}]"
            print(line)
            if event["rationale"]:
                print(f"    rationale: {event['rationale']}")
            for url in event["evidence"]:
                print(f"    evidence: {url}")
        elif event["type"] == "status":
            print(f"{event['time']}  status -> {event['status']}{who}")
        else:
            print(f"{event['time']}  match with claim {event['checked_claim_id']} {event['state']}{who} "
                  f"(score {event['score']:.2f})")
    return 0
