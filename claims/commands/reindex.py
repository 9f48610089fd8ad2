"""``python -m claims reindex``: re-embed every claim with the configured model and rebuild the index."""
from __future__ import annotations


from claims.workspace import Workspace
from claims.cli import ProgressBar, add_workspace_option

HELP = "Re-embed every claim with the workspace's configured model and rebuild the index."
DESCRIPTION = """\
Re-embed every claim with the model named in the workspace's config.toml and rebuild the
FAISS index from the new vectors. Run it after changing the model (the workspace refuses to
mix vectors of two models). Safe to interrupt: run it again to finish."""


def register(subparsers) -> None:
    parser = subparsers.add_parser("reindex", help=HELP, description=DESCRIPTION)
    parser.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    add_workspace_option(parser)
    parser.set_defaults(func=run)


def run(args) -> int:
    from claims.ingest import reindex

    ws = Workspace.open(args.workspace)
    bar = None if args.no_progress else ProgressBar("reindex", "claim")
    try:
        count = reindex(ws, bar)
    finally:
        if bar is not None:
            bar.close()
    print(f"re-embedded {count} claims with {ws.config['model']}; index rebuilt")
    return 0
